<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Over zkijdesk</source>
            <translation>Over zkijdesk</translation>
        </message>
        <message>
            <source>zkijdesk bevat de onderstaande onderdelen van anderen. Kies een onderdeel om de licentie te lezen.</source>
            <translation>zkijdesk bevat de onderstaande onderdelen van anderen. Kies een onderdeel om de licentie te lezen.</translation>
        </message>
        <message>
            <source>Meegeleverde onderdelen</source>
            <translation>Meegeleverde onderdelen</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Versie</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Licentie</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Licentietekst</source>
            <translation>Licentietekst</translation>
        </message>
        <message>
            <source>De licentieteksten ontbreken in deze installatie.</source>
            <translation>De licentieteksten ontbreken in deze installatie.</translation>
        </message>
        <message>
            <source>Versie %1</source>
            <translation>Versie %1</translation>
        </message>
        <message>
            <source>Cliëntvolgsysteem voor de loopbaancoaches van het RMT en het WSP in Zuid-Kennemerland &amp; IJmond.</source>
            <translation>Cliëntvolgsysteem voor de loopbaancoaches van het RMT en het WSP in Zuid-Kennemerland &amp; IJmond.</translation>
        </message>
        <message>
            <source>Uitgegeven onder de %1.</source>
            <translation>Uitgegeven onder de %1.</translation>
        </message>
        <message>
            <source>De licentietekst van %1 ontbreekt in deze installatie.</source>
            <translation>De licentietekst van %1 ontbreekt in deze installatie.</translation>
        </message>
    </context>
    <context>
        <name>AimDialog</name>
        <message>
            <source>Streefcijfer plaatsingen</source>
            <translation>Streefcijfer plaatsingen</translation>
        </message>
        <message>
            <source>Het aantal plaatsingen dat de regio zich voor een jaar ten doel stelt. Het dashboard zet de plaatsingen van het team ertegen af.</source>
            <translation>Het aantal plaatsingen dat de regio zich voor een jaar ten doel stelt. Het dashboard zet de plaatsingen van het team ertegen af.</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Streefcijfer wissen</source>
            <translation>Streefcijfer wissen</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>routes bekeken</source>
            <extracomment>Details that are one word: what was looked at or done.</extracomment>
            <translation>routes bekeken</translation>
        </message>
        <message>
            <source>contacten bekeken</source>
            <translation>contacten bekeken</translation>
        </message>
        <message>
            <source>labels gewijzigd</source>
            <translation>labels gewijzigd</translation>
        </message>
        <message>
            <source>vaardigheden gewijzigd</source>
            <translation>vaardigheden gewijzigd</translation>
        </message>
        <message>
            <source>inzageverzoek (AVG)</source>
            <translation>inzageverzoek (AVG)</translation>
        </message>
        <message>
            <source>via de prullenbak</source>
            <translation>via de prullenbak</translation>
        </message>
        <message>
            <source>werkwensen gewijzigd</source>
            <translation>werkwensen gewijzigd</translation>
        </message>
        <message>
            <source>route heropend</source>
            <translation>route heropend</translation>
        </message>
        <message>
            <source>gesprek gepland</source>
            <translation>gesprek gepland</translation>
        </message>
        <message>
            <source>geplaatst</source>
            <translation>geplaatst</translation>
        </message>
        <message>
            <source>afgerond</source>
            <translation>afgerond</translation>
        </message>
        <message>
            <source>weer open</source>
            <translation>weer open</translation>
        </message>
        <message>
            <source>niets gewijzigd</source>
            <translation>niets gewijzigd</translation>
        </message>
        <message>
            <source>map voor reservekopieën</source>
            <translation>map voor reservekopieën</translation>
        </message>
        <message>
            <source>drempel voor publicatie</source>
            <translation>drempel voor publicatie</translation>
        </message>
        <message>
            <source>vergrendelen na inactiviteit</source>
            <translation>vergrendelen na inactiviteit</translation>
        </message>
        <message>
            <source>bewaartermijnen</source>
            <translation>bewaartermijnen</translation>
        </message>
        <message>
            <source>titels met alleen het cliëntnummer</source>
            <translation>titels met alleen het cliëntnummer</translation>
        </message>
        <message>
            <source>titels zoals getypt</source>
            <translation>titels zoals getypt</translation>
        </message>
        <message>
            <source>naar %1</source>
            <extracomment>``key=value`` parts: the sentence for each key, %1 the value.</extracomment>
            <translation>naar %1</translation>
        </message>
        <message>
            <source>%1 routes</source>
            <translation>%1 routes</translation>
        </message>
        <message>
            <source>%1 open taken mee</source>
            <translation>%1 open taken mee</translation>
        </message>
        <message>
            <source>jaar %1</source>
            <translation>jaar %1</translation>
        </message>
        <message>
            <source>rol %1</source>
            <translation>rol %1</translation>
        </message>
        <message>
            <source>%1 contactpersonen bekeken</source>
            <translation>%1 contactpersonen bekeken</translation>
        </message>
        <message>
            <source>%1 regels contactlog bekeken</source>
            <translation>%1 regels contactlog bekeken</translation>
        </message>
        <message>
            <source>actief: %1</source>
            <translation>actief: %1</translation>
        </message>
        <message>
            <source>doet mee aan de banenafspraak: %1</source>
            <translation>doet mee aan de banenafspraak: %1</translation>
        </message>
        <message>
            <source>bij werkgever %1</source>
            <translation>bij werkgever %1</translation>
        </message>
        <message>
            <source>voor vacature %1</source>
            <translation>voor vacature %1</translation>
        </message>
        <message>
            <source>status %1</source>
            <translation>status %1</translation>
        </message>
        <message>
            <source>%1 regels</source>
            <translation>%1 regels</translation>
        </message>
        <message>
            <source>afgeschermd: %1</source>
            <translation>afgeschermd: %1</translation>
        </message>
        <message>
            <source>gedeeld met %1</source>
            <translation>gedeeld met %1</translation>
        </message>
        <message>
            <source>niet meer gedeeld met %1</source>
            <translation>niet meer gedeeld met %1</translation>
        </message>
        <message>
            <source>soort %1</source>
            <translation>soort %1</translation>
        </message>
        <message>
            <source>%1 tabellen</source>
            <translation>%1 tabellen</translation>
        </message>
        <message>
            <source>%1 rijen</source>
            <translation>%1 rijen</translation>
        </message>
        <message>
            <source>bereik %1</source>
            <translation>bereik %1</translation>
        </message>
        <message>
            <source>%1 kandidaten</source>
            <translation>%1 kandidaten</translation>
        </message>
        <message>
            <source>%1 met naam</source>
            <translation>%1 met naam</translation>
        </message>
        <message>
            <source>%1 passende vacatures bekeken</source>
            <translation>%1 passende vacatures bekeken</translation>
        </message>
        <message>
            <source>%1 cliënten in de keuzelijst</source>
            <translation>%1 cliënten in de keuzelijst</translation>
        </message>
        <message>
            <source>%1 dossiers gewist</source>
            <translation>%1 dossiers gewist</translation>
        </message>
        <message>
            <source>app-vergrendeling %1</source>
            <translation>app-vergrendeling %1</translation>
        </message>
        <message>
            <source>route afgesloten: %1</source>
            <extracomment>``code:value`` details.</extracomment>
            <translation>route afgesloten: %1</translation>
        </message>
        <message>
            <source>niet geplaatst: %1</source>
            <translation>niet geplaatst: %1</translation>
        </message>
        <message>
            <source>%1 cliënten naar Excel</source>
            <translation>%1 cliënten naar Excel</translation>
        </message>
        <message>
            <source>%1 taken naar de agenda</source>
            <translation>%1 taken naar de agenda</translation>
        </message>
        <message>
            <source>ja</source>
            <extracomment>Values that are words of their own.</extracomment>
            <translation>ja</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>aan</source>
            <translation>aan</translation>
        </message>
        <message>
            <source>uit</source>
            <translation>uit</translation>
        </message>
        <message>
            <source>opnieuw versleuteld</source>
            <translation>opnieuw versleuteld</translation>
        </message>
        <message>
            <source>opgeheven</source>
            <translation>opgeheven</translation>
        </message>
        <message>
            <source>met de herstelsleutel</source>
            <translation>met de herstelsleutel</translation>
        </message>
        <message>
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <source>eigen cliënten</source>
            <translation>eigen cliënten</translation>
        </message>
        <message>
            <source>automatisch</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>voor het terugzetten</source>
            <translation>voor het terugzetten</translation>
        </message>
        <message>
            <source>handmatig</source>
            <translation>handmatig</translation>
        </message>
        <message>
            <source>%1, versie %2, bron %3: %4 cijfers, %5 geheim; %6</source>
            <extracomment>Keys whose value is 1 or 0 for yes or no; elsewhere a 1 is a count. Keys whose value is a user id: shown by name where the page knows it. Keys and prefixes whose value is a code of the domain, shown by its label. Whole details written as a short Dutch phrase by their service (a publication, a contribution, a reporting key, a calendar export): the phrase's numbers and codes, put into a sentence in the interface language. The stored text stays as written, for the CSV export and the hash chain.</extracomment>
            <translation>%1, versie %2, bron %3: %4 cijfers, %5 geheim; %6</translation>
        </message>
        <message>
            <source>bijdrage over %1 van bijdrager %2</source>
            <translation>bijdrage over %1 van bijdrager %2</translation>
        </message>
        <message>
            <source>sleutel om bijdragen te ontvangen, vingerafdruk %1</source>
            <translation>sleutel om bijdragen te ontvangen, vingerafdruk %1</translation>
        </message>
        <message>
            <source>sleutel om bijdragen te ondertekenen, vingerafdruk %1</source>
            <translation>sleutel om bijdragen te ondertekenen, vingerafdruk %1</translation>
        </message>
        <message>
            <source>sleutel van de teamleider, vingerafdruk %1</source>
            <translation>sleutel van de teamleider, vingerafdruk %1</translation>
        </message>
        <message>
            <source>%1 taken naar de agenda, %2 geannuleerd</source>
            <translation>%1 taken naar de agenda, %2 geannuleerd</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Auditlog</source>
            <translation>Auditlog</translation>
        </message>
        <message>
            <source>Elke inzage, wijziging, export en verwijdering van persoonsgegevens, met wie, wanneer en vanaf welke werkplek. Het log bevat geen namen of BSN's van cliënten.</source>
            <translation>Elke inzage, wijziging, export en verwijdering van persoonsgegevens, met wie, wanneer en vanaf welke werkplek. Het log bevat geen namen of BSN's van cliënten.</translation>
        </message>
        <message>
            <source>Gebruiker</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <source>Alle gebruikers</source>
            <translation>Alle gebruikers</translation>
        </message>
        <message>
            <source>Alle cliënten</source>
            <translation>Alle cliënten</translation>
        </message>
        <message>
            <source>Cliënt-id</source>
            <translation>Cliënt-id</translation>
        </message>
        <message>
            <source>Van</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Tot en met</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Exporteren naar CSV…</source>
            <translation>Exporteren naar CSV…</translation>
        </message>
        <message>
            <source>t/m</source>
            <translation>t/m</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Zoeken en de keten controleren…</source>
            <translation>Zoeken en de keten controleren…</translation>
        </message>
        <message numerus="yes">
            <source>keten intact (%n regels)</source>
            <translation>
                <numerusform>keten intact (%n regel)</numerusform>
                <numerusform>keten intact (%n regels)</numerusform>
            </translation>
        </message>
        <message>
            <source>KETEN VERBROKEN bij regel %1</source>
            <translation>KETEN VERBROKEN bij regel %1</translation>
        </message>
        <message>
            <source>%1 regels gevonden; %2</source>
            <translation>%1 regels gevonden; %2</translation>
        </message>
        <message>
            <source>Auditlog exporteren</source>
            <translation>Auditlog exporteren</translation>
        </message>
        <message>
            <source>%1 regels geëxporteerd.</source>
            <translation>%1 regels geëxporteerd.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>Ingezien</source>
            <translation>Ingezien</translation>
        </message>
        <message>
            <source>Aangemaakt</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Gewijzigd</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Naar prullenbak</source>
            <translation>Naar prullenbak</translation>
        </message>
        <message>
            <source>Teruggezet</source>
            <translation>Teruggezet</translation>
        </message>
        <message>
            <source>Geëxporteerd</source>
            <translation>Geëxporteerd</translation>
        </message>
        <message>
            <source>Gewist</source>
            <translation>Gewist</translation>
        </message>
        <message>
            <source>Geweigerd</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Overgedragen</source>
            <translation>Overgedragen</translation>
        </message>
        <message>
            <source>Bewaartermijn</source>
            <translation>Bewaartermijn</translation>
        </message>
        <message>
            <source>Reservekopie</source>
            <translation>Reservekopie</translation>
        </message>
        <message>
            <source>Kopie teruggezet</source>
            <translation>Kopie teruggezet</translation>
        </message>
        <message>
            <source>Aangemeld</source>
            <translation>Aangemeld</translation>
        </message>
        <message>
            <source>Cliënt</source>
            <translation>Cliënt</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Begeleiding</source>
            <translation>Begeleiding</translation>
        </message>
        <message>
            <source>Scholing</source>
            <translation>Scholing</translation>
        </message>
        <message>
            <source>Plaatsing</source>
            <translation>Plaatsing</translation>
        </message>
        <message>
            <source>Nazorg</source>
            <translation>Nazorg</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Taak</source>
            <translation>Taak</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Caseload</translation>
        </message>
        <message>
            <source>Auditlog</source>
            <translation>Auditlog</translation>
        </message>
        <message>
            <source>Instelling</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Gebruiker</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <source>Werkgever</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Vacature</source>
            <translation>Vacature</translation>
        </message>
        <message>
            <source>Focusdoelgroep</source>
            <translation>Focusdoelgroep</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Voordracht</source>
            <translation>Voordracht</translation>
        </message>
        <message>
            <source>Contactpersoon</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Contactlog werkgever</source>
            <translation>Contactlog werkgever</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Matching</translation>
        </message>
        <message>
            <source>Maandcijfers</source>
            <translation>Maandcijfers</translation>
        </message>
        <message>
            <source>Bijdrage</source>
            <translation>Bijdrage</translation>
        </message>
        <message>
            <source>Bijdrager</source>
            <translation>Bijdrager</translation>
        </message>
        <message>
            <source>Rapportagesleutel</source>
            <translation>Rapportagesleutel</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Verhuizing naar de teamdatabase</source>
            <translation>Verhuizing naar de teamdatabase</translation>
        </message>
        <message>
            <source>Opslag</source>
            <translation>Opslag</translation>
        </message>
        <message>
            <source>App-vergrendeling</source>
            <translation>App-vergrendeling</translation>
        </message>
        <message>
            <source>gelukt</source>
            <translation>gelukt</translation>
        </message>
        <message>
            <source>mislukt</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>geweigerd</source>
            <translation>geweigerd</translation>
        </message>
        <message>
            <source>Moment (UTC)</source>
            <translation>Moment (UTC)</translation>
        </message>
        <message>
            <source>Handeling</source>
            <translation>Handeling</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Resultaat</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Werkplek</source>
            <translation>Werkplek</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>BackupTable</name>
        <message>
            <source>Automatisch</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Handmatig</source>
            <translation>Handmatig</translation>
        </message>
        <message>
            <source>Voor het terugzetten</source>
            <translation>Voor het terugzetten</translation>
        </message>
        <message>
            <source>Voor het terugzetten (beschadigd, ongelezen)</source>
            <translation>Voor het terugzetten (beschadigd, ongelezen)</translation>
        </message>
        <message>
            <source>Gemaakt op</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Grootte</source>
            <translation>Grootte</translation>
        </message>
    </context>
    <context>
        <name>BinDialog</name>
        <message>
            <source>Prullenbak</source>
            <translation>Prullenbak</translation>
        </message>
        <message>
            <source>Dossiers die u verwijderde, kunt u hier %1 dagen lang terugzetten. Daarna worden ze definitief gewist.</source>
            <translation>Dossiers die u verwijderde, kunt u hier %1 dagen lang terugzetten. Daarna worden ze definitief gewist.</translation>
        </message>
        <message>
            <source>Verwijderde dossiers</source>
            <translation>Verwijderde dossiers</translation>
        </message>
        <message>
            <source>Terugzetten</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>CalendarTitlesDialog</name>
        <message>
            <source>Taken exporteren naar agenda</source>
            <translation>Taken exporteren naar agenda</translation>
        </message>
        <message>
            <source>Wat komt er in de titel van elke afspraak?</source>
            <translation>Wat komt er in de titel van elke afspraak?</translation>
        </message>
        <message>
            <source>Alleen cliëntnummer (aanbevolen)</source>
            <translation>Alleen cliëntnummer (aanbevolen)</translation>
        </message>
        <message>
            <source>De titel van de taak zoals getypt</source>
            <translation>De titel van de taak zoals getypt</translation>
        </message>
        <message>
            <source>Let op: een getypte titel kan een naam bevatten (“Cv nabespreken met Fatima”). Uw agenda staat vaak op uw telefoon of bij een clouddienst; met alleen het cliëntnummer verlaat geen naam de opslag.</source>
            <translation>Let op: een getypte titel kan een naam bevatten (“Cv nabespreken met Fatima”). Uw agenda staat vaak op uw telefoon of bij een clouddienst; met alleen het cliëntnummer verlaat geen naam de opslag.</translation>
        </message>
    </context>
    <context>
        <name>CandidacyList</name>
        <message>
            <source>{number} (cliënt van collega)</source>
            <translation>{number} (cliënt van collega)</translation>
        </message>
        <message>
            <source>Voordracht</source>
            <translation>Voordracht</translation>
        </message>
        <message>
            <source>Coach: {coach}</source>
            <translation>Coach: {coach}</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Afbeelding (PNG)…</source>
            <translation>Afbeelding (PNG)…</translation>
        </message>
        <message>
            <source>Tekening (SVG)…</source>
            <translation>Tekening (SVG)…</translation>
        </message>
        <message>
            <source>Cijfers (XLSX)…</source>
            <translation>Cijfers (XLSX)…</translation>
        </message>
    </context>
    <context>
        <name>ClientFile</name>
        <message>
            <source>Cliëntdossier</source>
            <translation>Cliëntdossier</translation>
        </message>
        <message>
            <source>Dossier wordt geladen…</source>
            <translation>Dossier wordt geladen…</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Wijzigingen in Persoon opslaan (Ctrl+S)</source>
            <translation>Wijzigingen in Persoon opslaan (Ctrl+S)</translation>
        </message>
        <message>
            <source>Meer acties</source>
            <translation>Meer acties</translation>
        </message>
        <message>
            <source>Vernieuwen</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Delen met een collega…</source>
            <translation>Delen met een collega…</translation>
        </message>
        <message>
            <source>Naar de prullenbak…</source>
            <translation>Naar de prullenbak…</translation>
        </message>
        <message>
            <source>Dossier sluiten</source>
            <translation>Dossier sluiten</translation>
        </message>
        <message>
            <source>Dossier sluiten (Ctrl+W)</source>
            <translation>Dossier sluiten (Ctrl+W)</translation>
        </message>
        <message>
            <source>Persoon</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Contacten</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Dossier niet beschikbaar</source>
            <translation>Dossier niet beschikbaar</translation>
        </message>
        <message>
            <source>geboren %1 (%2 jaar)</source>
            <translation>geboren %1 (%2 jaar)</translation>
        </message>
        <message>
            <source>Route loopt</source>
            <translation>Route loopt</translation>
        </message>
        <message>
            <source>Doelgroepregister</source>
            <translation>Doelgroepregister</translation>
        </message>
        <message>
            <source>contactnotitie</source>
            <translation>contactnotitie</translation>
        </message>
        <message>
            <source>Niet-opgeslagen invoer is teruggezet (%1).</source>
            <translation>Niet-opgeslagen invoer is teruggezet (%1).</translation>
        </message>
        <message>
            <source>Bewaard op %1.</source>
            <translation>Bewaard op %1.</translation>
        </message>
        <message>
            <source>Verwerpen</source>
            <translation>Verwerpen</translation>
        </message>
        <message>
            <source>Gegevens opgeslagen.</source>
            <translation>Gegevens opgeslagen.</translation>
        </message>
        <message>
            <source>Naar de prullenbak</source>
            <translation>Naar de prullenbak</translation>
        </message>
        <message>
            <source>Het dossier van %1 gaat naar de prullenbak. U kunt het daar 30 dagen terugzetten; daarna wordt het definitief gewist.</source>
            <translation>Het dossier van %1 gaat naar de prullenbak. U kunt het daar 30 dagen terugzetten; daarna wordt het definitief gewist.</translation>
        </message>
    </context>
    <context>
        <name>ClientTable</name>
        <message>
            <source>Cliëntnummer</source>
            <translation>Cliëntnummer</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Geboortedatum</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Gemeente</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
    </context>
    <context>
        <name>ClientTransferDialog</name>
        <message>
            <source>Cliënt overdragen</source>
            <translation>Cliënt overdragen</translation>
        </message>
        <message>
            <source>bijvoorbeeld ZK0000123</source>
            <translation>bijvoorbeeld ZK0000123</translation>
        </message>
        <message>
            <source>Opzoeken</source>
            <translation>Opzoeken</translation>
        </message>
        <message>
            <source>Zoek eerst de cliënt op; zkijdesk laat dan zien wat meegaat.</source>
            <translation>Zoek eerst de cliënt op; zkijdesk laat dan zien wat meegaat.</translation>
        </message>
        <message>
            <source>Nieuwe coach</source>
            <translation>Nieuwe coach</translation>
        </message>
        <message>
            <source>De overdracht komt in het auditlog. U opent het dossier daarbij niet; de vorige coach ziet het daarna niet meer (tenzij het met hem of haar gedeeld is).</source>
            <translation>De overdracht komt in het auditlog. U opent het dossier daarbij niet; de vorige coach ziet het daarna niet meer (tenzij het met hem of haar gedeeld is).</translation>
        </message>
        <message>
            <source>Overdragen</source>
            <translation>Overdragen</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cliënt %1: lopende route sinds %2 bij %3.</source>
            <translation>Cliënt %1: lopende route sinds %2 bij %3.</translation>
        </message>
        <message>
            <source>Cliënt %1 heeft geen lopende route; de laatste (vanaf %2) was bij %3.</source>
            <translation>Cliënt %1 heeft geen lopende route; de laatste (vanaf %2) was bij %3.</translation>
        </message>
        <message>
            <source>niemand</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>%1 open taak/taken van die coach over deze cliënt gaan mee.</source>
            <translation>%1 open taak/taken van die coach over deze cliënt gaan mee.</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Cliënten</source>
            <translation>Cliënten</translation>
        </message>
        <message>
            <source>Aantal gevonden cliënten</source>
            <translation>Aantal gevonden cliënten</translation>
        </message>
        <message>
            <source>Nieuwe cliënt</source>
            <translation>Nieuwe cliënt</translation>
        </message>
        <message>
            <source>Nieuwe cliënt inschrijven (Ctrl+N)</source>
            <translation>Nieuwe cliënt inschrijven (Ctrl+N)</translation>
        </message>
        <message>
            <source>Zoek cliënt</source>
            <translation>Zoek cliënt</translation>
        </message>
        <message>
            <source>Zoek op naam, cliëntnummer, postcode of geboortedatum</source>
            <translation>Zoek op naam, cliëntnummer, postcode of geboortedatum</translation>
        </message>
        <message>
            <source>Zoeken terwijl u typt (Ctrl+F); Esc maakt het veld leeg</source>
            <translation>Zoeken terwijl u typt (Ctrl+F); Esc maakt het veld leeg</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Opgeslagen filters</source>
            <translation>Opgeslagen filters</translation>
        </message>
        <message>
            <source>Kolommen</source>
            <translation>Kolommen</translation>
        </message>
        <message>
            <source>Kolommen kiezen</source>
            <translation>Kolommen kiezen</translation>
        </message>
        <message>
            <source>Exporteren</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>De huidige lijst als Excel-bestand (zonder BSN)</source>
            <translation>De huidige lijst als Excel-bestand (zonder BSN)</translation>
        </message>
        <message>
            <source>Cliëntenlijst</source>
            <translation>Cliëntenlijst</translation>
        </message>
        <message>
            <source>Geen cliënten gevonden met deze zoekterm en filters.</source>
            <translation>Geen cliënten gevonden met deze zoekterm en filters.</translation>
        </message>
        <message>
            <source>U heeft geen eigen cliënten. Hier staan alleen cliënten die u zelf begeleidt of die met u gedeeld zijn; de caseloads van uw team ziet u op de pagina Team.</source>
            <translation>U heeft geen eigen cliënten. Hier staan alleen cliënten die u zelf begeleidt of die met u gedeeld zijn; de caseloads van uw team ziet u op de pagina Team.</translation>
        </message>
        <message>
            <source>Als functioneel beheerder opent u geen cliëntdossiers.</source>
            <translation>Als functioneel beheerder opent u geen cliëntdossiers.</translation>
        </message>
        <message>
            <source>U heeft nog geen cliënten. Schrijf er een in met Nieuwe cliënt.</source>
            <translation>U heeft nog geen cliënten. Schrijf er een in met Nieuwe cliënt.</translation>
        </message>
        <message>
            <source>1 cliënt</source>
            <translation>1 cliënt</translation>
        </message>
        <message>
            <source>%1 cliënten</source>
            <translation>%1 cliënten</translation>
        </message>
        <message>
            <source>Filters (%1)</source>
            <translation>Filters (%1)</translation>
        </message>
        <message>
            <source>Filter bewaren</source>
            <translation>Filter bewaren</translation>
        </message>
        <message>
            <source>Huidige zoekopdracht bewaren…</source>
            <translation>Huidige zoekopdracht bewaren…</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Lijst exporteren</source>
            <translation>Lijst exporteren</translation>
        </message>
        <message>
            <source>clientenlijst.xlsx</source>
            <translation>clientenlijst.xlsx</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>%1 cliënten geëxporteerd naar %2</source>
            <translation>%1 cliënten geëxporteerd naar %2</translation>
        </message>
        <message>
            <source>Export afgebroken; er is niets geschreven.</source>
            <translation>Export afgebroken; er is niets geschreven.</translation>
        </message>
    </context>
    <context>
        <name>CloseRouteDialog</name>
        <message>
            <source>Route afsluiten</source>
            <translation>Route afsluiten</translation>
        </message>
        <message>
            <source>Kies een reden</source>
            <translation>Kies een reden</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact wijzigen</source>
            <translation>Contact wijzigen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Dit contact verwijderen?</source>
            <translation>Dit contact verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>ContactLog</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>met {name}</source>
            <translation>met {name}</translation>
        </message>
        <message>
            <source>vervolg {day}</source>
            <translation>vervolg {day}</translation>
        </message>
    </context>
    <context>
        <name>ContactPersonDialog</name>
        <message>
            <source>Contactpersoon bij {employer}</source>
            <translation>Contactpersoon bij {employer}</translation>
        </message>
    </context>
    <context>
        <name>ContactPersonTable</name>
        <message>
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Functie</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Telefoon</translation>
        </message>
    </context>
    <context>
        <name>ContactTable</name>
        <message>
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Duur</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Contact vastleggen</source>
            <translation>Contact vastleggen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sjabloon</source>
            <translation>Sjabloon</translation>
        </message>
        <message>
            <source>Notitiesjabloon invoegen</source>
            <translation>Notitiesjabloon invoegen</translation>
        </message>
        <message>
            <source>Wat is er besproken? (Ctrl+Enter legt vast)</source>
            <translation>Wat is er besproken? (Ctrl+Enter legt vast)</translation>
        </message>
        <message>
            <source>Vastleggen</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <source>Contacten</source>
            <translation>Contacten</translation>
        </message>
    </context>
    <context>
        <name>ContributionPanel</name>
        <message>
            <source>Uw bijdrage aan de maandcijfers</source>
            <translation>Uw bijdrage aan de maandcijfers</translation>
        </message>
        <message>
            <source>De teamleider telt de maandcijfers van het hele team uit de teamdatabase. U hoeft niets aan te leveren.</source>
            <translation>De teamleider telt de maandcijfers van het hele team uit de teamdatabase. U hoeft niets aan te leveren.</translation>
        </message>
        <message>
            <source>Werkt uw team zonder gedeelde database, dan telt de teamleider de maandcijfers uit de bijdragen van alle coaches. Een bijdrage bevat alleen aantallen, geen namen of data, en alleen de teamleider kan hem openen.</source>
            <translation>Werkt uw team zonder gedeelde database, dan telt de teamleider de maandcijfers uit de bijdragen van alle coaches. Een bijdrage bevat alleen aantallen, geen namen of data, en alleen de teamleider kan hem openen.</translation>
        </message>
        <message>
            <source>Sleutel van de teamleider inlezen…</source>
            <translation>Sleutel van de teamleider inlezen…</translation>
        </message>
        <message>
            <source>Uw eigen sleutel geeft u één keer aan de teamleider.</source>
            <translation>Uw eigen sleutel geeft u één keer aan de teamleider.</translation>
        </message>
        <message>
            <source>Uw sleutel opslaan…</source>
            <translation>Uw sleutel opslaan…</translation>
        </message>
        <message>
            <source>Maand van de bijdrage</source>
            <translation>Maand van de bijdrage</translation>
        </message>
        <message>
            <source>Bijdrage maken…</source>
            <translation>Bijdrage maken…</translation>
        </message>
        <message>
            <source>Maand:</source>
            <translation>Maand:</translation>
        </message>
        <message>
            <source>Sleutel van de teamleider</source>
            <translation>Sleutel van de teamleider</translation>
        </message>
        <message>
            <source>Uw sleutel voor de teamleider</source>
            <translation>Uw sleutel voor de teamleider</translation>
        </message>
        <message>
            <source>Map voor de bijdrage</source>
            <translation>Map voor de bijdrage</translation>
        </message>
        <message>
            <source>Sleutel van %2. Noemt de teamleider precies deze vingerafdruk?&lt;br&gt;&lt;br&gt;&lt;span style='font-family: monospace; font-size: x-large'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;</source>
            <translation>Sleutel van %2. Noemt de teamleider precies deze vingerafdruk?&lt;br&gt;&lt;br&gt;&lt;span style='font-family: monospace; font-size: x-large'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Vergelijk hem telefonisch of in persoon, niet per e-mail. Klopt hij niet, lees de sleutel dan niet in.</source>
            <translation>Vergelijk hem telefonisch of in persoon, niet per e-mail. Klopt hij niet, lees de sleutel dan niet in.</translation>
        </message>
        <message>
            <source>Ja, sleutel vertrouwen</source>
            <translation>Ja, sleutel vertrouwen</translation>
        </message>
        <message>
            <source>Nee, niet inlezen</source>
            <translation>Nee, niet inlezen</translation>
        </message>
        <message>
            <source>Sleutel niet ingelezen. Vraag de teamleider om de juiste sleutel en de vingerafdruk.</source>
            <translation>Sleutel niet ingelezen. Vraag de teamleider om de juiste sleutel en de vingerafdruk.</translation>
        </message>
        <message>
            <source>Sleutel van de teamleider ingelezen.</source>
            <translation>Sleutel van de teamleider ingelezen.</translation>
        </message>
        <message>
            <source>Uw sleutel staat in %1; vingerafdruk %2. Geef het bestand aan de teamleider.</source>
            <translation>Uw sleutel staat in %1; vingerafdruk %2. Geef het bestand aan de teamleider.</translation>
        </message>
        <message>
            <source>Bijdrage wordt gemaakt…</source>
            <translation>Bijdrage wordt gemaakt…</translation>
        </message>
        <message>
            <source>Bijdrage geschreven: %1. Stuur het bestand naar de teamleider.</source>
            <translation>Bijdrage geschreven: %1. Stuur het bestand naar de teamleider.</translation>
        </message>
        <message>
            <source>Er ging onverwacht iets mis bij deze stap; probeer het opnieuw. Het logboek van zkijdesk zegt wat er misging.</source>
            <translation>Er ging onverwacht iets mis bij deze stap; probeer het opnieuw. Het logboek van zkijdesk zegt wat er misging.</translation>
        </message>
        <message>
            <source>Nog geen sleutel van de teamleider: lees die eerst in.</source>
            <translation>Nog geen sleutel van de teamleider: lees die eerst in.</translation>
        </message>
        <message>
            <source>Sleutel van %1, vingerafdruk %2.</source>
            <translation>Sleutel van %1, vingerafdruk %2.</translation>
        </message>
    </context>
    <context>
        <name>ContributionsDialog</name>
        <message>
            <source>Bijdragen van het team</source>
            <translation>Bijdragen van het team</translation>
        </message>
        <message>
            <source>Uw teamleidersleutel</source>
            <translation>Uw teamleidersleutel</translation>
        </message>
        <message>
            <source>Sleutel maken</source>
            <translation>Sleutel maken</translation>
        </message>
        <message>
            <source>Sleutel opslaan voor de coaches…</source>
            <translation>Sleutel opslaan voor de coaches…</translation>
        </message>
        <message>
            <source>Coaches die bijdragen</source>
            <translation>Coaches die bijdragen</translation>
        </message>
        <message>
            <source>Geregistreerde coaches</source>
            <translation>Geregistreerde coaches</translation>
        </message>
        <message>
            <source>Coach registreren…</source>
            <translation>Coach registreren…</translation>
        </message>
        <message>
            <source>Bijdragen van %1</source>
            <translation>Bijdragen van %1</translation>
        </message>
        <message>
            <source>Bijdragen importeren…</source>
            <translation>Bijdragen importeren…</translation>
        </message>
        <message>
            <source>Sleutel voor de coaches</source>
            <translation>Sleutel voor de coaches</translation>
        </message>
        <message>
            <source>Sleutel van een coach</source>
            <translation>Sleutel van een coach</translation>
        </message>
        <message>
            <source>Bijdragen importeren</source>
            <translation>Bijdragen importeren</translation>
        </message>
        <message>
            <source>Bijdragen (*.zkb)</source>
            <translation>Bijdragen (*.zkb)</translation>
        </message>
        <message>
            <source>Nog geen sleutel: maak er een en geef die aan de coaches.</source>
            <translation>Nog geen sleutel: maak er een en geef die aan de coaches.</translation>
        </message>
        <message>
            <source>Vingerafdruk %1; laat coaches die telefonisch vergelijken.</source>
            <translation>Vingerafdruk %1; laat coaches die telefonisch vergelijken.</translation>
        </message>
        <message>
            <source>Nog geen coach geregistreerd: registreer eerst hun sleutels.</source>
            <translation>Nog geen coach geregistreerd: registreer eerst hun sleutels.</translation>
        </message>
        <message>
            <source>Ontvangen: %1. Ontbreekt nog: %2.</source>
            <translation>Ontvangen: %1. Ontbreekt nog: %2.</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>niemand</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Sleutel gemaakt.</source>
            <translation>Sleutel gemaakt.</translation>
        </message>
        <message>
            <source>Sleutel opgeslagen in %1; geef het bestand aan de coaches.</source>
            <translation>Sleutel opgeslagen in %1; geef het bestand aan de coaches.</translation>
        </message>
        <message>
            <source>%1 geregistreerd; vingerafdruk %2.</source>
            <translation>%1 geregistreerd; vingerafdruk %2.</translation>
        </message>
        <message>
            <source>%1: bijdrage van %2 voor %3 geïmporteerd.</source>
            <translation>%1: bijdrage van %2 voor %3 geïmporteerd.</translation>
        </message>
    </context>
    <context>
        <name>EmployerDialog</name>
        <message>
            <source>Werkgever wijzigen</source>
            <translation>Werkgever wijzigen</translation>
        </message>
        <message>
            <source>Nieuwe werkgever</source>
            <translation>Nieuwe werkgever</translation>
        </message>
        <message>
            <source>8 cijfers</source>
            <translation>8 cijfers</translation>
        </message>
        <message>
            <source>Onbekend</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source>Geen sector</source>
            <translation>Geen sector</translation>
        </message>
        <message>
            <source>Doet mee aan de banenafspraak</source>
            <translation>Doet mee aan de banenafspraak</translation>
        </message>
        <message>
            <source>Banenafspraak</source>
            <translation>Banenafspraak</translation>
        </message>
    </context>
    <context>
        <name>EmployerTable</name>
        <message>
            <source>Werkgever</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Gemeente</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Laatste contact</source>
            <translation>Laatste contact</translation>
        </message>
        <message>
            <source>Doet mee aan de banenafspraak</source>
            <translation>Doet mee aan de banenafspraak</translation>
        </message>
    </context>
    <context>
        <name>EmployersTab</name>
        <message>
            <source>Werkgevers filteren</source>
            <translation>Werkgevers filteren</translation>
        </message>
        <message>
            <source>Zoek op naam, sector of gemeente</source>
            <translation>Zoek op naam, sector of gemeente</translation>
        </message>
        <message>
            <source>Alleen banenafspraak</source>
            <translation>Alleen banenafspraak</translation>
        </message>
        <message>
            <source>Nieuwe werkgever</source>
            <translation>Nieuwe werkgever</translation>
        </message>
        <message>
            <source>Werkgevers</source>
            <translation>Werkgevers</translation>
        </message>
        <message>
            <source>Wijzigen…</source>
            <translation>Wijzigen…</translation>
        </message>
        <message>
            <source>Contactpersonen</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <source>Contactpersoon…</source>
            <translation>Contactpersoon…</translation>
        </message>
        <message>
            <source>Vacature…</source>
            <translation>Vacature…</translation>
        </message>
        <message>
            <source>Contactlog</source>
            <translation>Contactlog</translation>
        </message>
        <message>
            <source>Kort verslag van het contact</source>
            <translation>Kort verslag van het contact</translation>
        </message>
        <message>
            <source>Vastleggen</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <source>Contact vastleggen</source>
            <translation>Contact vastleggen</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>omvang onbekend</source>
            <translation>omvang onbekend</translation>
        </message>
        <message>
            <source>KvK {kvk} · {sector} · {place} · {size} · banenafspraak: {banen}</source>
            <translation>KvK {kvk} · {sector} · {place} · {size} · banenafspraak: {banen}</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>nee</translation>
        </message>
    </context>
    <context>
        <name>EndPlacementDialog</name>
        <message>
            <source>Einde plaatsing vastleggen</source>
            <translation>Einde plaatsing vastleggen</translation>
        </message>
        <message>
            <source>Deze plaatsing met haar nazorgmomenten verwijderen?</source>
            <translation>Deze plaatsing met haar nazorgmomenten verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Er ging iets mis dat zkijdesk niet verwachtte; probeer het opnieuw.</source>
            <extracomment>How long a "saved" confirmation stays in the status bar.</extracomment>
            <translation>Er ging iets mis dat zkijdesk niet verwachtte; probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Niet gelukt</source>
            <translation>Niet gelukt</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Niet-opgeslagen wijzigingen</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Wilt u de wijzigingen in %1 opslaan?</source>
            <translation>Wilt u de wijzigingen in %1 opslaan?</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Niet opslaan</source>
            <translation>Niet opslaan</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Filter op routestatus</source>
            <translation>Filter op routestatus</translation>
        </message>
        <message>
            <source>Alle routes</source>
            <translation>Alle routes</translation>
        </message>
        <message>
            <source>Filter op sector</source>
            <translation>Filter op sector</translation>
        </message>
        <message>
            <source>Alle sectoren</source>
            <translation>Alle sectoren</translation>
        </message>
        <message>
            <source>Jaar van de focusdoelgroep</source>
            <translation>Jaar van de focusdoelgroep</translation>
        </message>
        <message>
            <source>Filter op focusdoelgroep</source>
            <translation>Filter op focusdoelgroep</translation>
        </message>
        <message>
            <source>Alle doelgroepen</source>
            <translation>Alle doelgroepen</translation>
        </message>
        <message>
            <source>Filter op gemeente</source>
            <translation>Filter op gemeente</translation>
        </message>
        <message>
            <source>Alle gemeenten</source>
            <translation>Alle gemeenten</translation>
        </message>
        <message>
            <source>Filter op coach</source>
            <translation>Filter op coach</translation>
        </message>
        <message>
            <source>Alle coaches; typ een naam</source>
            <translation>Alle coaches; typ een naam</translation>
        </message>
        <message>
            <source>Filter op project</source>
            <translation>Filter op project</translation>
        </message>
        <message>
            <source>Alle projecten</source>
            <translation>Alle projecten</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Gemeente</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Doelgroepjaar</source>
            <translation>Doelgroepjaar</translation>
        </message>
        <message>
            <source>Focusdoelgroep</source>
            <translation>Focusdoelgroep</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Filters wissen</source>
            <translation>Filters wissen</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Nazorg na %1 maanden</source>
            <translation>Nazorg na %1 maanden</translation>
        </message>
        <message>
            <source>Werkt nog bij deze werkgever</source>
            <translation>Werkt nog bij deze werkgever</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Opgeslagen.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>GuidanceDialog</name>
        <message>
            <source>Begeleiding wijzigen</source>
            <translation>Begeleiding wijzigen</translation>
        </message>
        <message>
            <source>Begeleiding toevoegen</source>
            <translation>Begeleiding toevoegen</translation>
        </message>
        <message>
            <source>Deze begeleiding verwijderen?</source>
            <translation>Deze begeleiding verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>HoursDialog</name>
        <message>
            <source>Urenwens van {who}</source>
            <translation>Urenwens van {who}</translation>
        </message>
        <message>
            <source>leeg = geen grens</source>
            <translation>leeg = geen grens</translation>
        </message>
    </context>
    <context>
        <name>ImportColumns</name>
        <message>
            <source>Kolom in het bestand</source>
            <translation>Kolom in het bestand</translation>
        </message>
        <message>
            <source>Eerste waarde</source>
            <translation>Eerste waarde</translation>
        </message>
        <message>
            <source>Veld in zkijdesk</source>
            <translation>Veld in zkijdesk</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Overslaan</source>
            <translation>Overslaan</translation>
        </message>
        <message>
            <source>Bestaand dossier aanvullen</source>
            <translation>Bestaand dossier aanvullen</translation>
        </message>
        <message>
            <source>Toch nieuw dossier</source>
            <translation>Toch nieuw dossier</translation>
        </message>
        <message>
            <source>Nieuw dossier</source>
            <translation>Nieuw dossier</translation>
        </message>
        <message>
            <source>Geweigerd</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Aanvullen</source>
            <translation>Aanvullen</translation>
        </message>
        <message>
            <source>cliënt</source>
            <translation>cliënt</translation>
        </message>
        <message>
            <source>cliënten</source>
            <translation>cliënten</translation>
        </message>
        <message>
            <source>route</source>
            <translation>route</translation>
        </message>
        <message>
            <source>routes</source>
            <translation>routes</translation>
        </message>
        <message>
            <source>scholing</source>
            <translation>scholing</translation>
        </message>
        <message>
            <source>scholingen</source>
            <translation>scholingen</translation>
        </message>
        <message>
            <source>plaatsing</source>
            <translation>plaatsing</translation>
        </message>
        <message>
            <source>plaatsingen</source>
            <translation>plaatsingen</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>contacten</source>
            <translation>contacten</translation>
        </message>
        <message>
            <source>vaardigheid</source>
            <translation>vaardigheid</translation>
        </message>
        <message>
            <source>vaardigheden</source>
            <translation>vaardigheden</translation>
        </message>
        <message>
            <source>werkgever</source>
            <translation>werkgever</translation>
        </message>
        <message>
            <source>werkgevers</source>
            <translation>werkgevers</translation>
        </message>
        <message>
            <source>vacature</source>
            <translation>vacature</translation>
        </message>
        <message>
            <source>vacatures</source>
            <translation>vacatures</translation>
        </message>
        <message>
            <source>contactpersoon</source>
            <translation>contactpersoon</translation>
        </message>
        <message>
            <source>contactpersonen</source>
            <translation>contactpersonen</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Wat er gebeurt</source>
            <translation>Wat er gebeurt</translation>
        </message>
        <message>
            <source>Wordt aangemaakt</source>
            <translation>Wordt aangemaakt</translation>
        </message>
        <message>
            <source>Waarom</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>ImportValues</name>
        <message>
            <source>Veld</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>In het bestand</source>
            <translation>In het bestand</translation>
        </message>
        <message>
            <source>Regels</source>
            <translation>Regels</translation>
        </message>
        <message>
            <source>Waarde in zkijdesk</source>
            <translation>Waarde in zkijdesk</translation>
        </message>
        <message>
            <source>zkijdesk kent dit woord niet</source>
            <translation>zkijdesk kent dit woord niet</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Importeren uit spreadsheet</source>
            <extracomment>Rows checked before the preview shows (the issue asks for them within 2 s); the rest of the file is checked after, in the background. A table cell's padding (style.py: 4px 8px) plus its grid line: (across, down). An import (or its undo) adds or removes clients, their routes and follow-up tasks, and on a sheet of vacancies, employers and vacancies.</extracomment>
            <translation>Importeren uit spreadsheet</translation>
        </message>
        <message>
            <source>Voortgang</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Vorige</source>
            <translation>Vorige</translation>
        </message>
        <message>
            <source>Stoppen</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Volgende</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Kies het bestand met uw cliënten: Excel (xlsx), LibreOffice (ods) of CSV. Er wordt niets opgeslagen voordat u de controle hebt gezien.</source>
            <translation>Kies het bestand met uw cliënten: Excel (xlsx), LibreOffice (ods) of CSV. Er wordt niets opgeslagen voordat u de controle hebt gezien.</translation>
        </message>
        <message>
            <source>Bestand</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Pad naar het bestand</source>
            <translation>Pad naar het bestand</translation>
        </message>
        <message>
            <source>Bladeren…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <source>Nog geen bestand in de goede vorm? Sla het voorbeeldbestand op: het heeft alle kolommen die zkijdesk kent, met twee voorbeeldregels.</source>
            <translation>Nog geen bestand in de goede vorm? Sla het voorbeeldbestand op: het heeft alle kolommen die zkijdesk kent, met twee voorbeeldregels.</translation>
        </message>
        <message>
            <source>Voorbeeldbestand opslaan…</source>
            <translation>Voorbeeldbestand opslaan…</translation>
        </message>
        <message>
            <source>Welk werkblad wilt u importeren?</source>
            <translation>Welk werkblad wilt u importeren?</translation>
        </message>
        <message>
            <source>Werkblad</source>
            <translation>Werkblad</translation>
        </message>
        <message>
            <source>Koppeling laden…</source>
            <translation>Koppeling laden…</translation>
        </message>
        <message>
            <source>Koppeling opslaan…</source>
            <translation>Koppeling opslaan…</translation>
        </message>
        <message>
            <source>Alle dubbele cliënten:</source>
            <translation>Alle dubbele cliënten:</translation>
        </message>
        <message>
            <source>Verslag opslaan…</source>
            <translation>Verslag opslaan…</translation>
        </message>
        <message>
            <source>Import ongedaan maken</source>
            <translation>Import ongedaan maken</translation>
        </message>
        <message>
            <source>Bestand kiezen</source>
            <translation>Bestand kiezen</translation>
        </message>
        <message>
            <source>Werkblad kiezen</source>
            <translation>Werkblad kiezen</translation>
        </message>
        <message>
            <source>Kolommen koppelen</source>
            <translation>Kolommen koppelen</translation>
        </message>
        <message>
            <source>Waarden koppelen</source>
            <translation>Waarden koppelen</translation>
        </message>
        <message>
            <source>Controle</source>
            <translation>Controle</translation>
        </message>
        <message>
            <source>Klaar</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Stap %1 van %2</source>
            <translation>Stap %1 van %2</translation>
        </message>
        <message>
            <source>Importeren</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Gestopt; er is niets opgeslagen.</source>
            <translation>Gestopt; er is niets opgeslagen.</translation>
        </message>
        <message>
            <source>Kies eerst een bestand.</source>
            <translation>Kies eerst een bestand.</translation>
        </message>
        <message numerus="yes">
            <source>Kopregel gevonden op regel %1; %n regels met gegevens. Controleer per kolom welk veld het is, of kies 'niet gebruiken'.</source>
            <translation>
                <numerusform>Kopregel gevonden op regel %1; %n regel met gegevens. Controleer per kolom welk veld het is, of kies 'niet gebruiken'.</numerusform>
                <numerusform>Kopregel gevonden op regel %1; %n regels met gegevens. Controleer per kolom welk veld het is, of kies 'niet gebruiken'.</numerusform>
            </translation>
        </message>
        <message>
            <source>Veld voor kolom %1</source>
            <translation>Veld voor kolom %1</translation>
        </message>
        <message>
            <source>— niet gebruiken —</source>
            <translation>— niet gebruiken —</translation>
        </message>
        <message numerus="yes">
            <source>Nog %n woorden staan niet in de lijst; die leest zkijdesk zoals ze zijn.</source>
            <translation>
                <numerusform>Nog %n woord staat niet in de lijst; dat leest zkijdesk zoals het is.</numerusform>
                <numerusform>Nog %n woorden staan niet in de lijst; die leest zkijdesk zoals ze zijn.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: waarde voor %2</source>
            <translation>%1: waarde voor %2</translation>
        </message>
        <message>
            <source>— niet herkend: regel wordt geweigerd —</source>
            <translation>— niet herkend: regel wordt geweigerd —</translation>
        </message>
        <message>
            <source>Spreadsheet controleren</source>
            <translation>Spreadsheet controleren</translation>
        </message>
        <message>
            <source>Verder controleren</source>
            <translation>Verder controleren</translation>
        </message>
        <message>
            <source>Controle gestopt; er is niets opgeslagen. Importeren kan pas als het hele bestand is gecontroleerd.</source>
            <translation>Controle gestopt; er is niets opgeslagen. Importeren kan pas als het hele bestand is gecontroleerd.</translation>
        </message>
        <message>
            <source>Keuze voor regel %1</source>
            <translation>Keuze voor regel %1</translation>
        </message>
        <message>
            <source>Hieronder staan de eerste %1 van %2 regels; de andere worden nu gecontroleerd. U kunt importeren zodra het hele bestand is gecontroleerd.</source>
            <translation>Hieronder staan de eerste %1 van %2 regels; de andere worden nu gecontroleerd. U kunt importeren zodra het hele bestand is gecontroleerd.</translation>
        </message>
        <message>
            <source>Hieronder staan de eerste %1 van %2 regels; de andere zijn nog niet gecontroleerd.</source>
            <translation>Hieronder staan de eerste %1 van %2 regels; de andere zijn nog niet gecontroleerd.</translation>
        </message>
        <message>
            <source>De eerste %1 van %2 regels staan hieronder, die met een probleem of een dubbele cliënt eerst. De telling hierboven en de keuze voor alle dubbele cliënten gelden voor alle regels; het verslag noemt elke regel.</source>
            <translation>De eerste %1 van %2 regels staan hieronder, die met een probleem of een dubbele cliënt eerst. De telling hierboven en de keuze voor alle dubbele cliënten gelden voor alle regels; het verslag noemt elke regel.</translation>
        </message>
        <message>
            <source>%1 nieuw, %2 aanvullen, %3 overslaan, %4 geweigerd. Er is nog niets opgeslagen.</source>
            <translation>%1 nieuw, %2 aanvullen, %3 overslaan, %4 geweigerd. Er is nog niets opgeslagen.</translation>
        </message>
        <message>
            <source>In de eerste %1 regels:</source>
            <translation>In de eerste %1 regels:</translation>
        </message>
        <message>
            <source>Wordt aangemaakt: %1.</source>
            <translation>Wordt aangemaakt: %1.</translation>
        </message>
        <message>
            <source>Overslaan</source>
            <translation>Overslaan</translation>
        </message>
        <message>
            <source>Bestaand dossier aanvullen</source>
            <translation>Bestaand dossier aanvullen</translation>
        </message>
        <message numerus="yes">
            <source>%n woorden in de kolommen met vaste waarden kent zkijdesk niet; ze staan bovenaan. Kies wat ze betekenen, anders worden die regels geweigerd.</source>
            <translation>
                <numerusform>%n woord in de kolommen met vaste waarden kent zkijdesk niet; het staat bovenaan. Kies wat het betekent, anders worden die regels geweigerd.</numerusform>
                <numerusform>%n woorden in de kolommen met vaste waarden kent zkijdesk niet; ze staan bovenaan. Kies wat ze betekenen, anders worden die regels geweigerd.</numerusform>
            </translation>
        </message>
        <message>
            <source>zkijdesk kent alle woorden in de kolommen met vaste waarden. Controleer hoe ze worden gelezen en kies zo nodig een andere waarde.</source>
            <translation>zkijdesk kent alle woorden in de kolommen met vaste waarden. Controleer hoe ze worden gelezen en kies zo nodig een andere waarde.</translation>
        </message>
        <message>
            <source>Met 'Koppeling opslaan' bewaart u de keuzes voor het volgende bestand.</source>
            <translation>Met 'Koppeling opslaan' bewaart u de keuzes voor het volgende bestand.</translation>
        </message>
        <message>
            <source>Import %1 is opgeslagen: %2 nieuwe cliënten, %3 bestaande dossiers aangevuld, %4 routes, %5 scholingen, %6 plaatsingen. %7 regels zijn geweigerd; het verslag zegt per regel waarom, zodat u ze kunt verbeteren en opnieuw kunt importeren.</source>
            <translation>Import %1 is opgeslagen: %2 nieuwe cliënten, %3 bestaande dossiers aangevuld, %4 routes, %5 scholingen, %6 plaatsingen. %7 regels zijn geweigerd; het verslag zegt per regel waarom, zodat u ze kunt verbeteren en opnieuw kunt importeren.</translation>
        </message>
        <message>
            <source>Nieuwe werkgevers: %1; vacatures: %2; contactpersonen: %3.</source>
            <translation>Nieuwe werkgevers: %1; vacatures: %2; contactpersonen: %3.</translation>
        </message>
        <message>
            <source>Vaardigheden bij vacatures: %1.</source>
            <translation>Vaardigheden bij vacatures: %1.</translation>
        </message>
        <message>
            <source>Contacten: %1; vaardigheden: %2.</source>
            <translation>Contacten: %1; vaardigheden: %2.</translation>
        </message>
        <message>
            <source>Spreadsheet kiezen</source>
            <translation>Spreadsheet kiezen</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
        </message>
        <message>
            <source>Voorbeeldbestand opslaan</source>
            <translation>Voorbeeldbestand opslaan</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Voorbeeldbestand opgeslagen: %1</source>
            <translation>Voorbeeldbestand opgeslagen: %1</translation>
        </message>
        <message>
            <source>Verslag opslaan</source>
            <translation>Verslag opslaan</translation>
        </message>
        <message>
            <source>Verslag opgeslagen: %1</source>
            <translation>Verslag opgeslagen: %1</translation>
        </message>
        <message>
            <source>Koppeling laden</source>
            <translation>Koppeling laden</translation>
        </message>
        <message>
            <source>Koppeling (*.json)</source>
            <translation>Koppeling (*.json)</translation>
        </message>
        <message>
            <source>Koppeling opslaan</source>
            <translation>Koppeling opslaan</translation>
        </message>
        <message>
            <source>Koppeling opgeslagen: %1</source>
            <translation>Koppeling opgeslagen: %1</translation>
        </message>
        <message>
            <source>De import is ongedaan gemaakt; de opslag is weer zoals ervoor.</source>
            <translation>De import is ongedaan gemaakt; de opslag is weer zoals ervoor.</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <source>Nieuwe cliënt</source>
            <translation>Nieuwe cliënt</translation>
        </message>
        <message>
            <source>Velden met * zijn verplicht. Wat u typt, wordt tussentijds bewaard.</source>
            <translation>Velden met * zijn verplicht. Wat u typt, wordt tussentijds bewaard.</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Inschrijven</source>
            <translation>Inschrijven</translation>
        </message>
        <message>
            <source>Inschrijven (Ctrl+S)</source>
            <translation>Inschrijven (Ctrl+S)</translation>
        </message>
        <message>
            <source>Direct een route starten</source>
            <translation>Direct een route starten</translation>
        </message>
        <message>
            <source>Nog onbekend</source>
            <translation>Nog onbekend</translation>
        </message>
        <message>
            <source>Geen project</source>
            <translation>Geen project</translation>
        </message>
        <message>
            <source>Niet-afgeronde invoer van %1 is teruggezet.</source>
            <translation>Niet-afgeronde invoer van %1 is teruggezet.</translation>
        </message>
        <message>
            <source>Leegmaken</source>
            <translation>Leegmaken</translation>
        </message>
        <message>
            <source>Stoppen met inschrijven?</source>
            <translation>Stoppen met inschrijven?</translation>
        </message>
        <message>
            <source>De ingevulde gegevens worden niet bewaard.</source>
            <translation>De ingevulde gegevens worden niet bewaard.</translation>
        </message>
        <message>
            <source>Niet inschrijven</source>
            <translation>Niet inschrijven</translation>
        </message>
        <message>
            <source>Verder invullen</source>
            <translation>Verder invullen</translation>
        </message>
        <message>
            <source>Ingeschreven als %1.</source>
            <translation>Ingeschreven als %1.</translation>
        </message>
        <message>
            <source>Bestaand dossier openen</source>
            <translation>Bestaand dossier openen</translation>
        </message>
        <message>
            <source>Toch inschrijven: andere persoon</source>
            <translation>Toch inschrijven: andere persoon</translation>
        </message>
    </context>
    <context>
        <name>LabelsTab</name>
        <message>
            <source>Focussector</source>
            <translation>Focussector</translation>
        </message>
        <message>
            <source>De sector waar de cliënt naartoe werkt: Zorg &amp; Welzijn, Onderwijs, Techniek of een overige sector.</source>
            <translation>De sector waar de cliënt naartoe werkt: Zorg &amp; Welzijn, Onderwijs, Techniek of een overige sector.</translation>
        </message>
        <message>
            <source>Geen sector</source>
            <translation>Geen sector</translation>
        </message>
        <message>
            <source>Focusdoelgroepen %1</source>
            <translation>Focusdoelgroepen %1</translation>
        </message>
        <message>
            <source>Focusdoelgroep %1</source>
            <translation>Focusdoelgroep %1</translation>
        </message>
        <message>
            <source>Voor dit jaar zijn nog geen focusdoelgroepen vastgesteld.</source>
            <translation>Voor dit jaar zijn nog geen focusdoelgroepen vastgesteld.</translation>
        </message>
        <message>
            <source>Eerdere jaren (alleen lezen)</source>
            <translation>Eerdere jaren (alleen lezen)</translation>
        </message>
        <message>
            <source>Vaardigheden en certificaten</source>
            <translation>Vaardigheden en certificaten</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Geen labels uit eerdere jaren.</source>
            <translation>Geen labels uit eerdere jaren.</translation>
        </message>
        <message>
            <source>Gegeven op %1</source>
            <translation>Gegeven op %1</translation>
        </message>
        <message>
            <source>Nog geen vaardigheden vastgelegd.</source>
            <translation>Nog geen vaardigheden vastgelegd.</translation>
        </message>
        <message>
            <source>Vaardigheid %1 verwijderen</source>
            <translation>Vaardigheid %1 verwijderen</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Vergrendeld scherm</source>
            <translation>Vergrendeld scherm</translation>
        </message>
        <message>
            <source>zkijdesk is vergrendeld</source>
            <translation>zkijdesk is vergrendeld</translation>
        </message>
        <message>
            <source>Voer uw pincode of wachtwoord in om verder te werken.</source>
            <translation>Voer uw pincode of wachtwoord in om verder te werken.</translation>
        </message>
        <message>
            <source>%1, voer uw pincode of wachtwoord in om verder te werken.</source>
            <translation>%1, voer uw pincode of wachtwoord in om verder te werken.</translation>
        </message>
        <message>
            <source>Ontgrendelen</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Pincode vergeten? De beheerder kan de vergrendeling opheffen, of gebruik de herstelsleutel van deze opslag (zie de handleiding).</source>
            <translation>Pincode vergeten? De beheerder kan de vergrendeling opheffen, of gebruik de herstelsleutel van deze opslag (zie de handleiding).</translation>
        </message>
        <message>
            <source>zkijdesk — vergrendeld</source>
            <translation>zkijdesk — vergrendeld</translation>
        </message>
        <message>
            <source>Ontgrendelen is mislukt door een onverwachte fout; probeer het opnieuw.</source>
            <translation>Ontgrendelen is mislukt door een onverwachte fout; probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>zkijdesk</source>
            <extracomment>Pages built on their first visit: key -&gt; (module, class).</extracomment>
            <translation>zkijdesk</translation>
        </message>
        <message>
            <source>Zuid-Kennemerland &amp; IJmond</source>
            <translation>Zuid-Kennemerland &amp; IJmond</translation>
        </message>
        <message>
            <source>Hoofdmenu</source>
            <translation>Hoofdmenu</translation>
        </message>
        <message>
            <source>Mijn werkvoorraad</source>
            <translation>Mijn werkvoorraad</translation>
        </message>
        <message>
            <source>Cliënten</source>
            <translation>Cliënten</translation>
        </message>
        <message>
            <source>Werkgevers &amp; vacatures</source>
            <translation>Werkgevers &amp; vacatures</translation>
        </message>
        <message>
            <source>Rapportage</source>
            <translation>Rapportage</translation>
        </message>
        <message>
            <source>GEOPENDE DOSSIERS</source>
            <translation>GEOPENDE DOSSIERS</translation>
        </message>
        <message>
            <source>Geopende dossiers</source>
            <translation>Geopende dossiers</translation>
        </message>
        <message>
            <source>Opslag wordt geopend…</source>
            <translation>Opslag wordt geopend…</translation>
        </message>
        <message>
            <source>Opslag: %1 (wordt geopend…)</source>
            <translation>Opslag: %1 (wordt geopend…)</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>Nieuwe cliënt</source>
            <translation>Nieuwe cliënt</translation>
        </message>
        <message>
            <source>Cliënt zoeken</source>
            <translation>Cliënt zoeken</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Lijst exporteren naar Excel…</source>
            <translation>Lijst exporteren naar Excel…</translation>
        </message>
        <message>
            <source>Taken exporteren naar agenda (.ics)…</source>
            <translation>Taken exporteren naar agenda (.ics)…</translation>
        </message>
        <message>
            <source>Importeren uit spreadsheet…</source>
            <translation>Importeren uit spreadsheet…</translation>
        </message>
        <message>
            <source>Prullenbak…</source>
            <translation>Prullenbak…</translation>
        </message>
        <message>
            <source>Dossier sluiten</source>
            <translation>Dossier sluiten</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <source>Beel&amp;d</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Sneltoetsen</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>Over zkijdesk</source>
            <translation>Over zkijdesk</translation>
        </message>
        <message>
            <source>zkijdesk — DEMO (synthetische gegevens)</source>
            <translation>zkijdesk — DEMO (synthetische gegevens)</translation>
        </message>
        <message>
            <source>Opslag: %1</source>
            <translation>Opslag: %1</translation>
        </message>
        <message>
            <source>Gebruiker: %1 (%2)</source>
            <translation>Gebruiker: %1 (%2)</translation>
        </message>
        <message>
            <source>%1 wordt geladen…</source>
            <translation>%1 wordt geladen…</translation>
        </message>
        <message>
            <source>Dossier wordt geladen…</source>
            <translation>Dossier wordt geladen…</translation>
        </message>
        <message>
            <source>Wijzigingen ongedaan maken</source>
            <translation>Wijzigingen ongedaan maken</translation>
        </message>
        <message>
            <source>De niet-opgeslagen wijzigingen in dit dossier vervallen.</source>
            <translation>De niet-opgeslagen wijzigingen in dit dossier vervallen.</translation>
        </message>
        <message>
            <source>Ongedaan maken</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Taken exporteren naar agenda</source>
            <translation>Taken exporteren naar agenda</translation>
        </message>
        <message>
            <source>Agenda (*.ics)</source>
            <translation>Agenda (*.ics)</translation>
        </message>
        <message>
            <source>%1 taken geëxporteerd naar %2</source>
            <translation>%1 taken geëxporteerd naar %2</translation>
        </message>
        <message>
            <source>Agenda exporteren</source>
            <translation>Agenda exporteren</translation>
        </message>
        <message>
            <source>De gekozen taal wordt gebruikt vanaf de volgende start van zkijdesk.</source>
            <translation>De gekozen taal wordt gebruikt vanaf de volgende start van zkijdesk.</translation>
        </message>
        <message>
            <source>Annuleren, zoekveld leegmaken</source>
            <translation>Annuleren, zoekveld leegmaken</translation>
        </message>
        <message>
            <source>Naar een pagina</source>
            <translation>Naar een pagina</translation>
        </message>
        <message>
            <source>Contact vastleggen</source>
            <translation>Contact vastleggen</translation>
        </message>
        <message>
            <source>Scherm vergrendelen</source>
            <translation>Scherm vergrendelen</translation>
        </message>
        <message>
            <source>zkijdesk sluit zodra dit klaar is: %1</source>
            <translation>zkijdesk sluit zodra dit klaar is: %1</translation>
        </message>
    </context>
    <context>
        <name>MatchingTab</name>
        <message>
            <source>Vacature</source>
            <translation>Vacature</translation>
        </message>
        <message>
            <source>Welke cliënten</source>
            <translation>Welke cliënten</translation>
        </message>
        <message>
            <source>Mijn cliënten</source>
            <translation>Mijn cliënten</translation>
        </message>
        <message>
            <source>Hele team (gepseudonimiseerd)</source>
            <translation>Hele team (gepseudonimiseerd)</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Cliënt</source>
            <translation>Cliënt</translation>
        </message>
        <message>
            <source>Wat zoekt u</source>
            <translation>Wat zoekt u</translation>
        </message>
        <message>
            <source>Kandidaten voor een vacature</source>
            <translation>Kandidaten voor een vacature</translation>
        </message>
        <message>
            <source>Vacatures voor een cliënt</source>
            <translation>Vacatures voor een cliënt</translation>
        </message>
        <message>
            <source>Op de teamdatabase zoeken alleen coaches in het hele team: u leest de anonieme maandcijfers.</source>
            <translation>Op de teamdatabase zoeken alleen coaches in het hele team: u leest de anonieme maandcijfers.</translation>
        </message>
        <message>
            <source>Typ een naam of cliëntnummer</source>
            <translation>Typ een naam of cliëntnummer</translation>
        </message>
        <message>
            <source>Urenwens…</source>
            <translation>Urenwens…</translation>
        </message>
        <message>
            <source>Suggesties</source>
            <translation>Suggesties</translation>
        </message>
        <message>
            <source>Kies een vacature en klik op Zoeken.</source>
            <translation>Kies een vacature en klik op Zoeken.</translation>
        </message>
        <message>
            <source>Kies een cliënt en klik op Zoeken.</source>
            <translation>Kies een cliënt en klik op Zoeken.</translation>
        </message>
        <message>
            <source>Geen actieve cliënten gevonden die nog niet zijn voorgedragen.</source>
            <translation>Geen actieve cliënten gevonden die nog niet zijn voorgedragen.</translation>
        </message>
        <message>
            <source>Geen open vacatures gevonden waarvoor deze cliënt nog niet is voorgedragen.</source>
            <translation>Geen open vacatures gevonden waarvoor deze cliënt nog niet is voorgedragen.</translation>
        </message>
        <message>
            <source>Alleen de eigen coach kan deze cliënt voordragen.</source>
            <translation>Alleen de eigen coach kan deze cliënt voordragen.</translation>
        </message>
        <message>
            <source>Selecteer een eigen cliënt om de urenwens te zien of vast te leggen.</source>
            <translation>Selecteer een eigen cliënt om de urenwens te zien of vast te leggen.</translation>
        </message>
        <message>
            <source>Urenwens van {who}: {hours}</source>
            <translation>Urenwens van {who}: {hours}</translation>
        </message>
        <message>
            <source>Voordragen</source>
            <translation>Voordragen</translation>
        </message>
        <message>
            <source>Bezig met zoeken…</source>
            <translation>Bezig met zoeken…</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>onbekend</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplates</name>
        <message>
            <source>Voortgangsgesprek</source>
            <translation>Voortgangsgesprek</translation>
        </message>
        <message>
            <source>Besproken:
- 

Afspraken:
- 

Volgende stap en datum:
- </source>
            <translation>Besproken:
- 

Afspraken:
- 

Volgende stap en datum:
- </translation>
        </message>
        <message>
            <source>Intakegesprek</source>
            <translation>Intakegesprek</translation>
        </message>
        <message>
            <source>Hulpvraag:

Werkervaring en opleiding:

Vaardigheden:

Belemmeringen:

Afspraken:
- </source>
            <translation>Hulpvraag:

Werkervaring en opleiding:

Vaardigheden:

Belemmeringen:

Afspraken:
- </translation>
        </message>
        <message>
            <source>Telefonisch contact</source>
            <translation>Telefonisch contact</translation>
        </message>
        <message>
            <source>Reden van contact:

Uitkomst:

Actie:
- </source>
            <translation>Reden van contact:

Uitkomst:

Actie:
- </translation>
        </message>
        <message>
            <source>Gesprek met werkgever</source>
            <translation>Gesprek met werkgever</translation>
        </message>
        <message>
            <source>Werkgever en contactpersoon:

Functie en uren:

Afspraken over begeleiding:
- </source>
            <translation>Werkgever en contactpersoon:

Functie en uren:

Afspraken over begeleiding:
- </translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Personalia</source>
            <translation>Personalia</translation>
        </message>
        <message>
            <source>9 cijfers</source>
            <translation>9 cijfers</translation>
        </message>
        <message>
            <source>Contact en woonplaats</source>
            <translation>Contact en woonplaats</translation>
        </message>
        <message>
            <source>Onbekend</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source>Situatie bij intake</source>
            <translation>Situatie bij intake</translation>
        </message>
        <message>
            <source>Kies een status</source>
            <translation>Kies een status</translation>
        </message>
        <message>
            <source>In het doelgroepregister (banenafspraak)</source>
            <translation>In het doelgroepregister (banenafspraak)</translation>
        </message>
    </context>
    <context>
        <name>PipelineTab</name>
        <message>
            <source>Gesprek vastleggen</source>
            <translation>Gesprek vastleggen</translation>
        </message>
        <message>
            <source> uur</source>
            <translation> uur</translation>
        </message>
        <message>
            <source>Geplaatst</source>
            <translation>Geplaatst</translation>
        </message>
        <message>
            <source>Niet geplaatst</source>
            <translation>Niet geplaatst</translation>
        </message>
        <message>
            <source>Selecteer een voordracht om de volgende stap vast te leggen.</source>
            <translation>Selecteer een voordracht om de volgende stap vast te leggen.</translation>
        </message>
        <message>
            <source>{number} (cliënt van collega {coach})</source>
            <translation>{number} (cliënt van collega {coach})</translation>
        </message>
        <message>
            <source> · alleen de eigen coach legt de volgende stap vast</source>
            <translation> · alleen de eigen coach legt de volgende stap vast</translation>
        </message>
    </context>
    <context>
        <name>PlacementDialog</name>
        <message>
            <source>Plaatsing toevoegen</source>
            <translation>Plaatsing toevoegen</translation>
        </message>
        <message>
            <source>Typ een deel van de naam; leeg: werkgever onbekend</source>
            <translation>Typ een deel van de naam; leeg: werkgever onbekend</translation>
        </message>
        <message>
            <source> uur</source>
            <translation> uur</translation>
        </message>
        <message>
            <source> (optioneel)</source>
            <translation> (optioneel)</translation>
        </message>
        <message>
            <source>Banenafspraakplaatsing</source>
            <translation>Banenafspraakplaatsing</translation>
        </message>
        <message>
            <source>Nazorg na 3, 6 en 12 maanden wordt automatisch als taak gepland.</source>
            <translation>Nazorg na 3, 6 en 12 maanden wordt automatisch als taak gepland.</translation>
        </message>
        <message>
            <source>Kies een werkgever uit de lijst, of maak het veld leeg.</source>
            <translation>Kies een werkgever uit de lijst, of maak het veld leeg.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyIntegration</name>
        <message>
            <source>zkijdesk is al geopend met deze opslag; dat venster staat nu voor.</source>
            <translation>zkijdesk is al geopend met deze opslag; dat venster staat nu voor.</translation>
        </message>
        <message>
            <source>Stel eerst een pincode in bij Instellingen om te kunnen vergrendelen.</source>
            <translation>Stel eerst een pincode in bij Instellingen om te kunnen vergrendelen.</translation>
        </message>
        <message>
            <source>Vergrendelen</source>
            <translation>Vergrendelen</translation>
        </message>
        <message>
            <source>Instellingen</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Trends</translation>
        </message>
        <message>
            <source>Auditlog</source>
            <translation>Auditlog</translation>
        </message>
        <message>
            <source>Reservekopie maken</source>
            <translation>Reservekopie maken</translation>
        </message>
        <message>
            <source>De reservekopie van het afsluiten op {when} is nu alsnog gemaakt.</source>
            <translation>De reservekopie van het afsluiten op {when} is nu alsnog gemaakt.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyNoticeSection</name>
        <message>
            <source>Privacygegevens voor inzageverzoeken</source>
            <translation>Privacygegevens voor inzageverzoeken</translation>
        </message>
        <message>
            <source>Elk inzageoverzicht noemt wie verantwoordelijk is, hoe de cliënt u of de functionaris gegevensbescherming bereikt, de doelen, de grondslag, de ontvangers en de bron. Een leeg tekstvak krijgt de standaardtekst.</source>
            <translation>Elk inzageoverzicht noemt wie verantwoordelijk is, hoe de cliënt u of de functionaris gegevensbescherming bereikt, de doelen, de grondslag, de ontvangers en de bron. Een leeg tekstvak krijgt de standaardtekst.</translation>
        </message>
        <message>
            <source>Verwerkingsverantwoordelijke</source>
            <translation>Verwerkingsverantwoordelijke</translation>
        </message>
        <message>
            <source>Contactgegevens</source>
            <translation>Contactgegevens</translation>
        </message>
        <message>
            <source>Functionaris gegevensbescherming</source>
            <translation>Functionaris gegevensbescherming</translation>
        </message>
        <message>
            <source>Doelen</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <source>Grondslag</source>
            <translation>Grondslag</translation>
        </message>
        <message>
            <source>Ontvangers</source>
            <translation>Ontvangers</translation>
        </message>
        <message>
            <source>Bron van de gegevens</source>
            <translation>Bron van de gegevens</translation>
        </message>
        <message>
            <source>Privacygegevens opslaan</source>
            <translation>Privacygegevens opslaan</translation>
        </message>
        <message>
            <source>Privacygegevens opgeslagen.</source>
            <translation>Privacygegevens opgeslagen.</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
    </context>
    <context>
        <name>PublicationTableModel</name>
        <message>
            <source>Geheim.</source>
            <translation>Geheim.</translation>
        </message>
        <message>
            <source>Geheim: het aantal is kleiner dan de drempel.</source>
            <translation>Geheim: het aantal is kleiner dan de drempel.</translation>
        </message>
        <message>
            <source>Geheim: iedereen in deze kleine groep had dezelfde uitkomst.</source>
            <translation>Geheim: iedereen in deze kleine groep had dezelfde uitkomst.</translation>
        </message>
        <message>
            <source>Geheim: anders is een ander geheim cijfer terug te rekenen.</source>
            <translation>Geheim: anders is een ander geheim cijfer terug te rekenen.</translation>
        </message>
        <message>
            <source>geheim</source>
            <translation>geheim</translation>
        </message>
        <message>
            <source>Aantal</source>
            <translation>Aantal</translation>
        </message>
    </context>
    <context>
        <name>ReportRunner</name>
        <message>
            <source>Er ging onverwacht iets mis bij het maken van de maandcijfers; er is niets geschreven.</source>
            <translation>Er ging onverwacht iets mis bij het maken van de maandcijfers; er is niets geschreven.</translation>
        </message>
    </context>
    <context>
        <name>ReportingPage</name>
        <message>
            <source>Deze opslag</source>
            <translation>Deze opslag</translation>
        </message>
        <message>
            <source>Bijdragen van het team</source>
            <translation>Bijdragen van het team</translation>
        </message>
        <message>
            <source>Rapportage</source>
            <extracomment>The user's preference that remembers the month last chosen ("YYYY-MM").</extracomment>
            <translation>Rapportage</translation>
        </message>
        <message>
            <source>Geanonimiseerde maandcijfers voor de RBA en het programmateam. Kleine aantallen en alles waaruit die terug te rekenen zijn, blijven geheim (x).</source>
            <translation>Geanonimiseerde maandcijfers voor de RBA en het programmateam. Kleine aantallen en alles waaruit die terug te rekenen zijn, blijven geheim (x).</translation>
        </message>
        <message>
            <source>Verslagmaand</source>
            <translation>Verslagmaand</translation>
        </message>
        <message>
            <source>Bron van de cijfers</source>
            <translation>Bron van de cijfers</translation>
        </message>
        <message>
            <source>Voorbeeld berekenen</source>
            <translation>Voorbeeld berekenen</translation>
        </message>
        <message>
            <source>Exporteren…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Maand:</source>
            <translation>Maand:</translation>
        </message>
        <message>
            <source>Bron:</source>
            <translation>Bron:</translation>
        </message>
        <message>
            <source>Toegankelijke versie voor schermlezers, met dezelfde cijfers en toelichting; gaat altijd mee met de PDF.</source>
            <translation>Toegankelijke versie voor schermlezers, met dezelfde cijfers en toelichting; gaat altijd mee met de PDF.</translation>
        </message>
        <message>
            <source>Bijdragen…</source>
            <translation>Bijdragen…</translation>
        </message>
        <message>
            <source>Voor een team zonder gedeelde database: sleutels, coaches en de bijdragen van de maand.</source>
            <translation>Voor een team zonder gedeelde database: sleutels, coaches en de bijdragen van de maand.</translation>
        </message>
        <message>
            <source>Status van de maandcijfers</source>
            <translation>Status van de maandcijfers</translation>
        </message>
        <message>
            <source>Eerdere publicatie</source>
            <translation>Eerdere publicatie</translation>
        </message>
        <message>
            <source>Tabel</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>Tabel:</source>
            <translation>Tabel:</translation>
        </message>
        <message>
            <source>Voorbeeld van de tabel</source>
            <translation>Voorbeeld van de tabel</translation>
        </message>
        <message>
            <source>x (grijs) = geheim; wijs een x aan om te zien waarom. Totalen vetgedrukt.</source>
            <translation>x (grijs) = geheim; wijs een x aan om te zien waarom. Totalen vetgedrukt.</translation>
        </message>
        <message>
            <source>Voorbeeld wordt afgebroken…</source>
            <translation>Voorbeeld wordt afgebroken…</translation>
        </message>
        <message>
            <source>Voorbeeld afgebroken; kies 'Voorbeeld berekenen'.</source>
            <translation>Voorbeeld afgebroken; kies 'Voorbeeld berekenen'.</translation>
        </message>
        <message>
            <source>Deze maand is al gepubliceerd: versie %1 op %2 (%3), %4 geheim; een nieuwe export wordt versie %5.</source>
            <translation>Deze maand is al gepubliceerd: versie %1 op %2 (%3), %4 geheim; een nieuwe export wordt versie %5.</translation>
        </message>
        <message>
            <source>Deze maand is nog niet gepubliceerd.</source>
            <translation>Deze maand is nog niet gepubliceerd.</translation>
        </message>
        <message>
            <source>Laatst gepubliceerd: %1, versie %2 op %3.</source>
            <translation>Laatst gepubliceerd: %1, versie %2 op %3.</translation>
        </message>
        <message>
            <source>Voorbeeld wordt berekend…</source>
            <translation>Voorbeeld wordt berekend…</translation>
        </message>
        <message>
            <source>Voorbeeld maandcijfers</source>
            <translation>Voorbeeld maandcijfers</translation>
        </message>
        <message>
            <source>Map voor de maandcijfers</source>
            <translation>Map voor de maandcijfers</translation>
        </message>
        <message>
            <source>Kies ten minste één formaat.</source>
            <translation>Kies ten minste één formaat.</translation>
        </message>
        <message>
            <source>Maandcijfers worden gemaakt…</source>
            <translation>Maandcijfers worden gemaakt…</translation>
        </message>
        <message>
            <source>Controle geslaagd · %1 van %2 cijfers geheim · drempel %3</source>
            <translation>Controle geslaagd · %1 van %2 cijfers geheim · drempel %3</translation>
        </message>
        <message>
            <source>%1 geheim in deze tabel</source>
            <translation>%1 geheim in deze tabel</translation>
        </message>
        <message>
            <source>Maandcijfers %1 geschreven (versie %2); controle geslaagd, %3 geheim.</source>
            <translation>Maandcijfers %1 geschreven (versie %2); controle geslaagd, %3 geheim.</translation>
        </message>
    </context>
    <context>
        <name>RouteDialog</name>
        <message>
            <source>Route wijzigen</source>
            <translation>Route wijzigen</translation>
        </message>
        <message>
            <source>Nieuwe route starten</source>
            <translation>Nieuwe route starten</translation>
        </message>
        <message>
            <source>Geen project</source>
            <translation>Geen project</translation>
        </message>
    </context>
    <context>
        <name>RouteTab</name>
        <message>
            <source>Lopende route</source>
            <translation>Lopende route</translation>
        </message>
        <message>
            <source>Begeleiding</source>
            <translation>Begeleiding</translation>
        </message>
        <message>
            <source>Scholing</source>
            <translation>Scholing</translation>
        </message>
        <message>
            <source>Plaatsing</source>
            <translation>Plaatsing</translation>
        </message>
        <message>
            <source>Wijzigen</source>
            <translation>Wijzigen</translation>
        </message>
        <message>
            <source>Route afsluiten</source>
            <translation>Route afsluiten</translation>
        </message>
        <message>
            <source>Begeleiding toevoegen</source>
            <translation>Begeleiding toevoegen</translation>
        </message>
        <message>
            <source>Scholing toevoegen</source>
            <translation>Scholing toevoegen</translation>
        </message>
        <message>
            <source>Plaatsing toevoegen</source>
            <translation>Plaatsing toevoegen</translation>
        </message>
        <message>
            <source>Geen lopende route</source>
            <translation>Geen lopende route</translation>
        </message>
        <message>
            <source>De coach van dit dossier start routes.</source>
            <translation>De coach van dit dossier start routes.</translation>
        </message>
        <message>
            <source>Laatste route heropenen</source>
            <translation>Laatste route heropenen</translation>
        </message>
        <message>
            <source>Nieuwe route starten</source>
            <translation>Nieuwe route starten</translation>
        </message>
        <message>
            <source>Deze cliënt heeft nog geen route. Start een route om begeleiding, scholing en plaatsingen vast te leggen.</source>
            <translation>Deze cliënt heeft nog geen route. Start een route om begeleiding, scholing en plaatsingen vast te leggen.</translation>
        </message>
        <message>
            <source>Eerdere routes</source>
            <translation>Eerdere routes</translation>
        </message>
        <message>
            <source>%1 stappen</source>
            <translation>%1 stappen</translation>
        </message>
        <message>
            <source>Stappen tonen</source>
            <translation>Stappen tonen</translation>
        </message>
        <message>
            <source>Stappen verbergen</source>
            <translation>Stappen verbergen</translation>
        </message>
        <message>
            <source>Aanmelder: %1</source>
            <translation>Aanmelder: %1</translation>
        </message>
        <message>
            <source>Coach: %1</source>
            <translation>Coach: %1</translation>
        </message>
        <message>
            <source>Sector: %1</source>
            <translation>Sector: %1</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Project: %1</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Afgerond</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Gepland: %1</source>
            <translation>Gepland: %1</translation>
        </message>
        <message>
            <source>Werkelijk: %1</source>
            <translation>Werkelijk: %1</translation>
        </message>
        <message>
            <source>Behaald: %1</source>
            <translation>Behaald: %1</translation>
        </message>
        <message>
            <source>Gepland</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Werkgever onbekend</source>
            <translation>Werkgever onbekend</translation>
        </message>
        <message>
            <source>%1 uur per week</source>
            <translation>%1 uur per week</translation>
        </message>
        <message>
            <source>Beëindigd</source>
            <translation>Beëindigd</translation>
        </message>
        <message>
            <source>Aan het werk</source>
            <translation>Aan het werk</translation>
        </message>
        <message>
            <source>Einde of verwijderen</source>
            <translation>Einde of verwijderen</translation>
        </message>
        <message>
            <source>Route afgesloten</source>
            <translation>Route afgesloten</translation>
        </message>
        <message>
            <source>Reden: %1</source>
            <translation>Reden: %1</translation>
        </message>
        <message>
            <source>Nazorg %1 mnd: werkt nog (%2)</source>
            <translation>Nazorg %1 mnd: werkt nog (%2)</translation>
        </message>
        <message>
            <source>Nazorg %1 mnd: werkt er niet meer (%2)</source>
            <translation>Nazorg %1 mnd: werkt er niet meer (%2)</translation>
        </message>
        <message>
            <source>Nazorg %1 mnd: gepland op %2</source>
            <translation>Nazorg %1 mnd: gepland op %2</translation>
        </message>
        <message>
            <source>Vastleggen</source>
            <translation>Vastleggen</translation>
        </message>
    </context>
    <context>
        <name>SectorCounts</name>
        <message>
            <source>Totaal</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Geen sector</source>
            <translation>Geen sector</translation>
        </message>
    </context>
    <context>
        <name>SettingEditor</name>
        <message>
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Map kiezen…</source>
            <translation>Map kiezen…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Instellingen en privacy</source>
            <translation>Instellingen en privacy</translation>
        </message>
        <message>
            <source>Overige instellingen</source>
            <translation>Overige instellingen</translation>
        </message>
        <message>
            <source>Deze instellingen gelden voor iedereen die met deze opslag werkt.</source>
            <translation>Deze instellingen gelden voor iedereen die met deze opslag werkt.</translation>
        </message>
        <message>
            <source>%1 opgeslagen.</source>
            <translation>%1 opgeslagen.</translation>
        </message>
        <message>
            <source>App-vergrendeling</source>
            <translation>App-vergrendeling</translation>
        </message>
        <message>
            <source>Met een eigen pincode of wachtwoord (minstens 6 tekens) vergrendelt zkijdesk bij het starten, na de ingestelde tijd zonder gebruik en met Ctrl+L; vergrendeld is er geen persoonsgegeven te zien.</source>
            <translation>Met een eigen pincode of wachtwoord (minstens 6 tekens) vergrendelt zkijdesk bij het starten, na de ingestelde tijd zonder gebruik en met Ctrl+L; vergrendeld is er geen persoonsgegeven te zien.</translation>
        </message>
        <message>
            <source>Vergrendeling instellen</source>
            <translation>Vergrendeling instellen</translation>
        </message>
        <message>
            <source>Vergrendeling uitzetten</source>
            <translation>Vergrendeling uitzetten</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Herhaal: de twee nieuwe invoeren zijn niet gelijk.</source>
            <translation>Herhaal: de twee nieuwe invoeren zijn niet gelijk.</translation>
        </message>
        <message>
            <source>Vergrendeling ingesteld.</source>
            <translation>Vergrendeling ingesteld.</translation>
        </message>
        <message>
            <source>Pincode opslaan</source>
            <translation>Pincode opslaan</translation>
        </message>
        <message>
            <source>Vergrendeling uitgezet.</source>
            <translation>Vergrendeling uitgezet.</translation>
        </message>
        <message>
            <source>Pincode verwijderen</source>
            <translation>Pincode verwijderen</translation>
        </message>
        <message>
            <source>Vergrendelen na inactiviteit</source>
            <translation>Vergrendelen na inactiviteit</translation>
        </message>
        <message>
            <source>Geldt op deze opslag voor iedereen die een pincode heeft ingesteld. Is iemand de pincode vergeten, hef de vergrendeling dan hieronder op.</source>
            <translation>Geldt op deze opslag voor iedereen die een pincode heeft ingesteld. Is iemand de pincode vergeten, hef de vergrendeling dan hieronder op.</translation>
        </message>
        <message>
            <source>Gebruiker met een pincode</source>
            <translation>Gebruiker met een pincode</translation>
        </message>
        <message>
            <source>Vergrendeling opheffen…</source>
            <translation>Vergrendeling opheffen…</translation>
        </message>
        <message>
            <source>Pincode vergeten:</source>
            <translation>Pincode vergeten:</translation>
        </message>
        <message>
            <source>De vergrendeling van %1 opheffen? Daarna kan %1 zonder pincode verder en een nieuwe instellen.</source>
            <translation>De vergrendeling van %1 opheffen? Daarna kan %1 zonder pincode verder en een nieuwe instellen.</translation>
        </message>
        <message>
            <source>Vergrendeling opheffen</source>
            <translation>Vergrendeling opheffen</translation>
        </message>
        <message>
            <source>Opheffen</source>
            <translation>Opheffen</translation>
        </message>
        <message>
            <source>De vergrendeling van %1 is opgeheven.</source>
            <translation>De vergrendeling van %1 is opgeheven.</translation>
        </message>
        <message>
            <source>Instelling opslaan</source>
            <translation>Instelling opslaan</translation>
        </message>
        <message>
            <source>Reservekopieën</source>
            <translation>Reservekopieën</translation>
        </message>
        <message>
            <source>Versleuteld en na het schrijven gecontroleerd: elke dag en bij het afsluiten; bewaard worden 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën.</source>
            <translation>Versleuteld en na het schrijven gecontroleerd: elke dag en bij het afsluiten; bewaard worden 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën.</translation>
        </message>
        <message>
            <source>Nu een reservekopie maken</source>
            <translation>Nu een reservekopie maken</translation>
        </message>
        <message>
            <source>Geselecteerde terugzetten…</source>
            <translation>Geselecteerde terugzetten…</translation>
        </message>
        <message>
            <source>Reservekopie gemaakt en gecontroleerd: %1</source>
            <translation>Reservekopie gemaakt en gecontroleerd: %1</translation>
        </message>
        <message>
            <source>Reservekopie maken</source>
            <translation>Reservekopie maken</translation>
        </message>
        <message>
            <source>Kies eerst een reservekopie in de lijst.</source>
            <translation>Kies eerst een reservekopie in de lijst.</translation>
        </message>
        <message>
            <source>Reservekopie van %1 terugzetten? De huidige stand wordt eerst bewaard.</source>
            <translation>Reservekopie van %1 terugzetten? De huidige stand wordt eerst bewaard.</translation>
        </message>
        <message>
            <source>Terugzetten</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Teruggezet; de vorige stand staat in %1.</source>
            <translation>Teruggezet; de vorige stand staat in %1.</translation>
        </message>
        <message>
            <source>Bewaartermijnen</source>
            <translation>Bewaartermijnen</translation>
        </message>
        <message>
            <source>Maanden na het afsluiten van de laatste route, per reden van afsluiten. Wissen gebeurt pas na bevestiging en raakt nooit een lopende route.</source>
            <translation>Maanden na het afsluiten van de laatste route, per reden van afsluiten. Wissen gebeurt pas na bevestiging en raakt nooit een lopende route.</translation>
        </message>
        <message>
            <source> maanden</source>
            <translation> maanden</translation>
        </message>
        <message>
            <source>Bewaartermijn %1</source>
            <translation>Bewaartermijn %1</translation>
        </message>
        <message>
            <source>Termijnen opslaan</source>
            <translation>Termijnen opslaan</translation>
        </message>
        <message>
            <source>Toon wat verloopt</source>
            <translation>Toon wat verloopt</translation>
        </message>
        <message>
            <source>Verlopen dossiers wissen…</source>
            <translation>Verlopen dossiers wissen…</translation>
        </message>
        <message>
            <source>Bewaartermijnen opgeslagen.</source>
            <translation>Bewaartermijnen opgeslagen.</translation>
        </message>
        <message>
            <source>%1 dossier(s) over de termijn</source>
            <translation>%1 dossier(s) over de termijn</translation>
        </message>
        <message>
            <source>; %1 met beperking blijven staan</source>
            <translation>; %1 met beperking blijven staan</translation>
        </message>
        <message>
            <source>Bewaartermijnen nagaan</source>
            <translation>Bewaartermijnen nagaan</translation>
        </message>
        <message>
            <source>Toon eerst wat verloopt.</source>
            <translation>Toon eerst wat verloopt.</translation>
        </message>
        <message>
            <source>Dossiers wissen</source>
            <translation>Dossiers wissen</translation>
        </message>
        <message>
            <source>%1 dossier(s) definitief wissen?</source>
            <translation>%1 dossier(s) definitief wissen?</translation>
        </message>
        <message>
            <source>Wissen</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>%1 dossier(s) gewist.</source>
            <translation>%1 dossier(s) gewist.</translation>
        </message>
        <message>
            <source>ingesteld; de app vergrendelt na inactiviteit</source>
            <translation>ingesteld; de app vergrendelt na inactiviteit</translation>
        </message>
        <message>
            <source>niet ingesteld</source>
            <translation>niet ingesteld</translation>
        </message>
        <message>
            <source>PostgreSQL: reservekopieën maakt de beheerder.</source>
            <translation>PostgreSQL: reservekopieën maakt de beheerder.</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Dossier delen</source>
            <translation>Dossier delen</translation>
        </message>
        <message>
            <source>Wordt geladen…</source>
            <translation>Wordt geladen…</translation>
        </message>
        <message>
            <source>Een collega met wie het dossier van %1 gedeeld is, vindt het in de eigen lijst, leest het en vult het aan; de route blijft van de coach. Delen en beëindigen komen in het auditlog; bij beëindigen gaan de open taken van de collega over deze cliënt naar de coach.</source>
            <translation>Een collega met wie het dossier van %1 gedeeld is, vindt het in de eigen lijst, leest het en vult het aan; de route blijft van de coach. Delen en beëindigen komen in het auditlog; bij beëindigen gaan de open taken van de collega over deze cliënt naar de coach.</translation>
        </message>
        <message>
            <source>Gedeeld met</source>
            <translation>Gedeeld met</translation>
        </message>
        <message>
            <source>Niet meer delen</source>
            <translation>Niet meer delen</translation>
        </message>
        <message>
            <source>Collega</source>
            <translation>Collega</translation>
        </message>
        <message>
            <source>Typ een deel van de naam</source>
            <translation>Typ een deel van de naam</translation>
        </message>
        <message>
            <source>Delen</source>
            <translation>Delen</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>niemand</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Coach van dit dossier: %1.</source>
            <translation>Coach van dit dossier: %1.</translation>
        </message>
        <message>
            <source>Met niemand gedeeld.</source>
            <translation>Met niemand gedeeld.</translation>
        </message>
        <message>
            <source>Dossier gedeeld.</source>
            <translation>Dossier gedeeld.</translation>
        </message>
        <message>
            <source>U ziet dit dossier daarna niet meer; uw open taken over deze cliënt gaan naar de coach.</source>
            <translation>U ziet dit dossier daarna niet meer; uw open taken over deze cliënt gaan naar de coach.</translation>
        </message>
        <message>
            <source>Wat u in het dossier nog niet opsloeg, gaat verloren.</source>
            <translation>Wat u in het dossier nog niet opsloeg, gaat verloren.</translation>
        </message>
        <message>
            <source>Delen beëindigd.</source>
            <translation>Delen beëindigd.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Wie bent u?</source>
            <translation>Wie bent u?</translation>
        </message>
        <message>
            <source>Uw inlognaam komt niet voor in deze opslag. Kies uw naam; zkijdesk onthoudt de keuze op deze computer.</source>
            <translation>Uw inlognaam komt niet voor in deze opslag. Kies uw naam; zkijdesk onthoudt de keuze op deze computer.</translation>
        </message>
        <message>
            <source>Gebruikers van deze opslag</source>
            <translation>Gebruikers van deze opslag</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Aanmelden</source>
            <translation>Aanmelden</translation>
        </message>
    </context>
    <context>
        <name>SkillPicker</name>
        <message>
            <source>Zoek op naam of sector, bijv. 'ADL' of 'Techniek'</source>
            <translation>Zoek op naam of sector, bijv. 'ADL' of 'Techniek'</translation>
        </message>
        <message>
            <source>Vaardigheid zoeken</source>
            <translation>Vaardigheid zoeken</translation>
        </message>
        <message>
            <source>Gevonden vaardigheden</source>
            <translation>Gevonden vaardigheden</translation>
        </message>
        <message>
            <source>Toevoegen als vereist</source>
            <translation>Toevoegen als vereist</translation>
        </message>
        <message>
            <source>Gekozen vaardigheid toevoegen als vereist</source>
            <translation>Gekozen vaardigheid toevoegen als vereist</translation>
        </message>
        <message>
            <source>Toevoegen als gewenst</source>
            <translation>Toevoegen als gewenst</translation>
        </message>
        <message>
            <source>Gekozen vaardigheid toevoegen als gewenst</source>
            <translation>Gekozen vaardigheid toevoegen als gewenst</translation>
        </message>
        <message>
            <source>Vereiste vaardigheden</source>
            <translation>Vereiste vaardigheden</translation>
        </message>
        <message>
            <source>Gewenste vaardigheden</source>
            <translation>Gewenste vaardigheden</translation>
        </message>
        <message>
            <source>Verwijderen uit de keuze</source>
            <translation>Verwijderen uit de keuze</translation>
        </message>
        <message>
            <source>Geselecteerde vaardigheid uit de keuze halen</source>
            <translation>Geselecteerde vaardigheid uit de keuze halen</translation>
        </message>
        <message>
            <source>Vereist</source>
            <translation>Vereist</translation>
        </message>
        <message>
            <source>Gewenst</source>
            <translation>Gewenst</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>teamdatabase %1 op %2</source>
            <translation>teamdatabase %1 op %2</translation>
        </message>
        <message>
            <source>Opslag: %1 (wordt geopend…)</source>
            <translation>Opslag: %1 (wordt geopend…)</translation>
        </message>
        <message>
            <source>Welkom! Maak een opslag aan of open de demo.</source>
            <translation>Welkom! Maak een opslag aan of open de demo.</translation>
        </message>
        <message>
            <source>De wachtwoordzin klopt niet. Probeer het opnieuw:</source>
            <translation>De wachtwoordzin klopt niet. Probeer het opnieuw:</translation>
        </message>
        <message>
            <source>Wachtwoordzin van de opslag:</source>
            <translation>Wachtwoordzin van de opslag:</translation>
        </message>
        <message>
            <source>Het wachtwoord klopt niet. Wachtwoord van %1:</source>
            <translation>Het wachtwoord klopt niet. Wachtwoord van %1:</translation>
        </message>
        <message>
            <source>Wachtwoord van %1 voor de teamdatabase:</source>
            <translation>Wachtwoord van %1 voor de teamdatabase:</translation>
        </message>
        <message>
            <source>Aanmelden bij de teamdatabase</source>
            <translation>Aanmelden bij de teamdatabase</translation>
        </message>
        <message>
            <source>Opslag openen</source>
            <translation>Opslag openen</translation>
        </message>
    </context>
    <context>
        <name>StepDialogs</name>
        <message>
            <source>Opgeslagen.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <source>Geen sector</source>
            <translation>Geen sector</translation>
        </message>
        <message>
            <source>vanaf %1</source>
            <translation>vanaf %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionTable</name>
        <message>
            <source>{number} (cliënt van collega)</source>
            <translation>{number} (cliënt van collega)</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Cliënt</source>
            <translation>Cliënt</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Vereist</source>
            <translation>Vereist</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Vacature</source>
            <translation>Vacature</translation>
        </message>
        <message>
            <source>Werkgever</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Afstand</source>
            <translation>Afstand</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Taak wijzigen</source>
            <translation>Taak wijzigen</translation>
        </message>
        <message>
            <source>Deze taak verwijderen?</source>
            <translation>Deze taak verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Voortgang</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Wordt afgebroken…</source>
            <translation>Wordt afgebroken…</translation>
        </message>
    </context>
    <context>
        <name>TaskTable</name>
        <message>
            <source>Taak</source>
            <translation>Taak</translation>
        </message>
        <message>
            <source>Uiterste datum</source>
            <translation>Uiterste datum</translation>
        </message>
    </context>
    <context>
        <name>TasksTab</name>
        <message>
            <source>Taak toevoegen</source>
            <translation>Taak toevoegen</translation>
        </message>
        <message>
            <source>Wat moet er gebeuren?</source>
            <translation>Wat moet er gebeuren?</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Liever geen namen in de titel: wie de titels meestuurt naar de agenda, stuurt ze naar telefoon of cloud. Standaard gaat alleen het cliëntnummer mee.</source>
            <translation>Liever geen namen in de titel: wie de titels meestuurt naar de agenda, stuurt ze naar telefoon of cloud. Standaard gaat alleen het cliëntnummer mee.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Afgeronde taken tonen</source>
            <translation>Afgeronde taken tonen</translation>
        </message>
        <message>
            <source>Taken van deze cliënt</source>
            <translation>Taken van deze cliënt</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>De caseload per coach, wat te laat is, en overdragen zonder dossiers te openen.</source>
            <translation>De caseload per coach, wat te laat is, en overdragen zonder dossiers te openen.</translation>
        </message>
        <message>
            <source>Caseloads</source>
            <translation>Caseloads</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Lopende routes</source>
            <translation>Lopende routes</translation>
        </message>
        <message>
            <source>Nieuw deze maand</source>
            <translation>Nieuw deze maand</translation>
        </message>
        <message>
            <source>Taken te laat</source>
            <translation>Taken te laat</translation>
        </message>
        <message>
            <source>Nazorg t/m vandaag</source>
            <translation>Nazorg t/m vandaag</translation>
        </message>
        <message>
            <source>Caseload overdragen…</source>
            <translation>Caseload overdragen…</translation>
        </message>
        <message>
            <source>Cliënt overdragen…</source>
            <translation>Cliënt overdragen…</translation>
        </message>
        <message>
            <source>Vernieuwen</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Taken van collega's die te laat zijn</source>
            <translation>Taken van collega's die te laat zijn</translation>
        </message>
        <message>
            <source>Uiterste datum</source>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <source>Cliëntnummer</source>
            <translation>Cliëntnummer</translation>
        </message>
        <message>
            <source>Taak</source>
            <translation>Taak</translation>
        </message>
        <message>
            <source>Nazorg van collega's die te doen is</source>
            <translation>Nazorg van collega's die te doen is</translation>
        </message>
        <message>
            <source>Controle</source>
            <translation>Controle</translation>
        </message>
        <message>
            <source>%1 (na %2 mnd)</source>
            <translation>%1 (na %2 mnd)</translation>
        </message>
        <message>
            <source>Teamcijfers worden gelezen…</source>
            <translation>Teamcijfers worden gelezen…</translation>
        </message>
        <message>
            <source>%1 coaches, %2 lopende routes, %3 taken van collega's te laat.</source>
            <translation>%1 coaches, %2 lopende routes, %3 taken van collega's te laat.</translation>
        </message>
        <message>
            <source>De oudste %1 staan hieronder.</source>
            <translation>De oudste %1 staan hieronder.</translation>
        </message>
        <message>
            <source>Naar de coach van het dossier</source>
            <translation>Naar de coach van het dossier</translation>
        </message>
        <message>
            <source>%1 open taak/taken staan bij een collega die het dossier niet meer ziet (van voor deze versie, of een deling die is beëindigd).</source>
            <translation>%1 open taak/taken staan bij een collega die het dossier niet meer ziet (van voor deze versie, of een deling die is beëindigd).</translation>
        </message>
        <message>
            <source>%1 taak/taken naar de coach van het dossier.</source>
            <translation>%1 taak/taken naar de coach van het dossier.</translation>
        </message>
        <message>
            <source>Bijdragen %1: ontvangen van %2; nog niet van %3.</source>
            <translation>Bijdragen %1: ontvangen van %2; nog niet van %3.</translation>
        </message>
        <message>
            <source>%1 route(s) overgedragen.</source>
            <translation>%1 route(s) overgedragen.</translation>
        </message>
        <message>
            <source>Cliënt %1 overgedragen aan %2.</source>
            <translation>Cliënt %1 overgedragen aan %2.</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Scholing wijzigen</source>
            <translation>Scholing wijzigen</translation>
        </message>
        <message>
            <source>Scholing toevoegen</source>
            <translation>Scholing toevoegen</translation>
        </message>
        <message>
            <source>Deze scholing verwijderen?</source>
            <translation>Deze scholing verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Caseload overdragen</source>
            <translation>Caseload overdragen</translation>
        </message>
        <message>
            <source>Van %1 gaan naar de gekozen collega: %2 lopende route(s), %3 open taak/taken over die cliënten en %4 nazorgmoment(en) die nu te doen zijn.</source>
            <translation>Van %1 gaan naar de gekozen collega: %2 lopende route(s), %3 open taak/taken over die cliënten en %4 nazorgmoment(en) die nu te doen zijn.</translation>
        </message>
        <message>
            <source>Nieuwe coach</source>
            <translation>Nieuwe coach</translation>
        </message>
        <message>
            <source>De overdracht komt in het auditlog. U opent de dossiers daarbij niet; de nieuwe coach ziet ze direct in de eigen werkvoorraad, de vorige niet meer (tenzij een dossier met hem of haar gedeeld is).</source>
            <translation>De overdracht komt in het auditlog. U opent de dossiers daarbij niet; de nieuwe coach ziet ze direct in de eigen werkvoorraad, de vorige niet meer (tenzij een dossier met hem of haar gedeeld is).</translation>
        </message>
        <message>
            <source>Overdragen</source>
            <translation>Overdragen</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>TrendsPage</name>
        <message>
            <source>Trends</source>
            <translation>Trends</translation>
        </message>
        <message>
            <source>De cijfers van het team over de laatste 24 maanden, in beeld.</source>
            <translation>De cijfers van het team over de laatste 24 maanden, in beeld.</translation>
        </message>
        <message>
            <source>Interne teamcijfers: ook kleine aantallen staan erin, zonder geheimhouding. Deel grafieken en bestanden hieruit alleen binnen het team. Cijfers die het team verlaten, maakt u bij Rapportage: de maandcijfers houden kleine aantallen geheim.</source>
            <translation>Interne teamcijfers: ook kleine aantallen staan erin, zonder geheimhouding. Deel grafieken en bestanden hieruit alleen binnen het team. Cijfers die het team verlaten, maakt u bij Rapportage: de maandcijfers houden kleine aantallen geheim.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Verdeling</source>
            <translation>Verdeling</translation>
        </message>
        <message>
            <source>Totaal</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Per focussector</source>
            <translation>Per focussector</translation>
        </message>
        <message>
            <source>Per focusdoelgroep van het jaar</source>
            <translation>Per focusdoelgroep van het jaar</translation>
        </message>
        <message>
            <source>Per gemeente</source>
            <translation>Per gemeente</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Per maand</source>
            <translation>Per maand</translation>
        </message>
        <message>
            <source>Jaar tot en met de maand</source>
            <translation>Jaar tot en met de maand</translation>
        </message>
        <message>
            <source>Streefcijfers…</source>
            <translation>Streefcijfers…</translation>
        </message>
        <message>
            <source>Vernieuwen</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>De cijfers van 24 maanden worden geteld…</source>
            <translation>De cijfers van 24 maanden worden geteld…</translation>
        </message>
        <message>
            <source>Trends berekenen</source>
            <translation>Trends berekenen</translation>
        </message>
        <message>
            <source>%1 tot en met %2, geteld op %3 met de telregels van de maandcijfers.</source>
            <translation>%1 tot en met %2, geteld op %3 met de telregels van de maandcijfers.</translation>
        </message>
        <message>
            <source>Berekenen afgebroken.</source>
            <translation>Berekenen afgebroken.</translation>
        </message>
        <message>
            <source>Intern: niet beveiligd tegen onthulling, niet publiceren.</source>
            <translation>Intern: niet beveiligd tegen onthulling, niet publiceren.</translation>
        </message>
        <message>
            <source>per maand</source>
            <translation>per maand</translation>
        </message>
        <message>
            <source>jaar tot en met de maand</source>
            <translation>jaar tot en met de maand</translation>
        </message>
        <message>
            <source>Werkgevers en vacatures hebben geen focusdoelgroep; kies een andere verdeling.</source>
            <translation>Werkgevers en vacatures hebben geen focusdoelgroep; kies een andere verdeling.</translation>
        </message>
        <message>
            <source>Geen cijfers.</source>
            <translation>Geen cijfers.</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Scholing gestart</source>
            <translation>Scholing gestart</translation>
        </message>
        <message>
            <source>Geplaatst</source>
            <translation>Geplaatst</translation>
        </message>
        <message>
            <source>Werkt na 6 maanden nog</source>
            <translation>Werkt na 6 maanden nog</translation>
        </message>
        <message>
            <source>Werkt na 12 maanden nog</source>
            <translation>Werkt na 12 maanden nog</translation>
        </message>
        <message>
            <source>mediaan %1 dagen na de vorige stap</source>
            <translation>mediaan %1 dagen na de vorige stap</translation>
        </message>
        <message>
            <source>%1 dagen na intake</source>
            <translation>%1 dagen na intake</translation>
        </message>
        <message>
            <source>bij %1 plaatsingen is de controle nog niet aan de beurt</source>
            <translation>bij %1 plaatsingen is de controle nog niet aan de beurt</translation>
        </message>
        <message>
            <source>Van intake naar duurzaam werk</source>
            <translation>Van intake naar duurzaam werk</translation>
        </message>
        <message>
            <source>Routes met een intake in %1</source>
            <translation>Routes met een intake in %1</translation>
        </message>
        <message>
            <source>Geen routes met een intake in deze periode.</source>
            <translation>Geen routes met een intake in deze periode.</translation>
        </message>
        <message>
            <source>Stap</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Routes</translation>
        </message>
        <message>
            <source>Mediaan dagen na de vorige stap</source>
            <translation>Mediaan dagen na de vorige stap</translation>
        </message>
        <message>
            <source>Mediaan dagen na intake</source>
            <translation>Mediaan dagen na intake</translation>
        </message>
        <message>
            <source>Controle nog niet aan de beurt</source>
            <translation>Controle nog niet aan de beurt</translation>
        </message>
        <message>
            <source>Plaatsingen %1</source>
            <translation>Plaatsingen %1</translation>
        </message>
        <message>
            <source>Streefcijfer %1 naar rato</source>
            <translation>Streefcijfer %1 naar rato</translation>
        </message>
        <message>
            <source>%1: %2 van %3 (%4 %)</source>
            <translation>%1: %2 van %3 (%4 %)</translation>
        </message>
        <message>
            <source>Nog geen streefcijfer ingevoerd; de functioneel beheerder voert het in.</source>
            <translation>Nog geen streefcijfer ingevoerd; de functioneel beheerder voert het in.</translation>
        </message>
        <message>
            <source>Plaatsingen tegen het streefcijfer van de regio</source>
            <translation>Plaatsingen tegen het streefcijfer van de regio</translation>
        </message>
        <message>
            <source>PNG-afbeelding (*.png)</source>
            <translation>PNG-afbeelding (*.png)</translation>
        </message>
        <message>
            <source>SVG-tekening (*.svg)</source>
            <translation>SVG-tekening (*.svg)</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>Grafiek bewaren</source>
            <translation>Grafiek bewaren</translation>
        </message>
        <message>
            <source>Grafiek bewaard als %1</source>
            <translation>Grafiek bewaard als %1</translation>
        </message>
    </context>
    <context>
        <name>VacanciesTab</name>
        <message>
            <source>Vacatures filteren</source>
            <translation>Vacatures filteren</translation>
        </message>
        <message>
            <source>Zoek op beroep, werkgever, sector of plaats</source>
            <translation>Zoek op beroep, werkgever, sector of plaats</translation>
        </message>
        <message>
            <source>Alleen open vacatures</source>
            <translation>Alleen open vacatures</translation>
        </message>
        <message>
            <source>Nieuwe vacature</source>
            <translation>Nieuwe vacature</translation>
        </message>
        <message>
            <source>Vacatures</source>
            <translation>Vacatures</translation>
        </message>
        <message>
            <source>gesloten {day}</source>
            <translation>gesloten {day}</translation>
        </message>
        <message>
            <source>Kandidaten zoeken</source>
            <translation>Kandidaten zoeken</translation>
        </message>
        <message>
            <source>Status wijzigen…</source>
            <translation>Status wijzigen…</translation>
        </message>
        <message>
            <source>{hours} uur per week</source>
            <translation>{hours} uur per week</translation>
        </message>
        <message>
            <source>plaats onbekend</source>
            <translation>plaats onbekend</translation>
        </message>
        <message>
            <source>start {day}</source>
            <translation>start {day}</translation>
        </message>
        <message>
            <source>open sinds {day}</source>
            <translation>open sinds {day}</translation>
        </message>
        <message>
            <source>geen sector</source>
            <translation>geen sector</translation>
        </message>
    </context>
    <context>
        <name>VacancyDialog</name>
        <message>
            <source>Nieuwe vacature</source>
            <translation>Nieuwe vacature</translation>
        </message>
        <message>
            <source>Geen sector</source>
            <translation>Geen sector</translation>
        </message>
        <message>
            <source>Onbekend</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source> uur per week</source>
            <translation> uur per week</translation>
        </message>
        <message>
            <source>Vaardigheden en certificaten</source>
            <translation>Vaardigheden en certificaten</translation>
        </message>
    </context>
    <context>
        <name>VacancyStatusDialog</name>
        <message>
            <source>Status van {vacancy}</source>
            <translation>Status van {vacancy}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welkom bij zkijdesk</source>
            <translation>Welkom bij zkijdesk</translation>
        </message>
        <message>
            <source>Het cliëntvolgsysteem voor de loopbaancoaches van Zuid-Kennemerland &amp; IJmond.</source>
            <translation>Het cliëntvolgsysteem voor de loopbaancoaches van Zuid-Kennemerland &amp; IJmond.</translation>
        </message>
        <message>
            <source>Nieuwe opslag aanmaken</source>
            <translation>Nieuwe opslag aanmaken</translation>
        </message>
        <message>
            <source>Voor uw eigen dossiers. De gegevens worden versleuteld op deze computer bewaard; u krijgt eenmalig een herstelsleutel.</source>
            <translation>Voor uw eigen dossiers. De gegevens worden versleuteld op deze computer bewaard; u krijgt eenmalig een herstelsleutel.</translation>
        </message>
        <message>
            <source>Nieuwe opslag…</source>
            <translation>Nieuwe opslag…</translation>
        </message>
        <message>
            <source>Verbinden met een teamdatabase</source>
            <translation>Verbinden met een teamdatabase</translation>
        </message>
        <message>
            <source>Werkt uw team samen in één database van de gemeente? Meld u aan met de inlognaam en het wachtwoord die u van de beheerder kreeg.</source>
            <translation>Werkt uw team samen in één database van de gemeente? Meld u aan met de inlognaam en het wachtwoord die u van de beheerder kreeg.</translation>
        </message>
        <message>
            <source>Verbinden…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Demo verkennen</source>
            <translation>Demo verkennen</translation>
        </message>
        <message>
            <source>Een opslag vol verzonnen cliënten, om zkijdesk te leren kennen. Het venster toont duidelijk DEMO.</source>
            <translation>Een opslag vol verzonnen cliënten, om zkijdesk te leren kennen. Het venster toont duidelijk DEMO.</translation>
        </message>
        <message>
            <source>Demo openen</source>
            <translation>Demo openen</translation>
        </message>
        <message>
            <source>Een eigen opslag blijft versleuteld op deze computer; een teamdatabase staat op de server van uw gemeente. zkijdesk stuurt niets naar internet.</source>
            <translation>Een eigen opslag blijft versleuteld op deze computer; een teamdatabase staat op de server van uw gemeente. zkijdesk stuurt niets naar internet.</translation>
        </message>
        <message>
            <source>Nieuwe opslag</source>
            <translation>Nieuwe opslag</translation>
        </message>
        <message>
            <source>Opslag: %1</source>
            <translation>Opslag: %1</translation>
        </message>
        <message>
            <source>Wachtwoordzin (minstens 10 tekens)</source>
            <translation>Wachtwoordzin (minstens 10 tekens)</translation>
        </message>
        <message>
            <source>Herhaal de wachtwoordzin</source>
            <translation>Herhaal de wachtwoordzin</translation>
        </message>
        <message>
            <source>Deze computer heeft geen veilige sleutelkluis; de opslag krijgt daarom een wachtwoordzin. Zonder die wachtwoordzin is de opslag niet meer te openen.</source>
            <translation>Deze computer heeft geen veilige sleutelkluis; de opslag krijgt daarom een wachtwoordzin. Zonder die wachtwoordzin is de opslag niet meer te openen.</translation>
        </message>
        <message>
            <source>De sleutel van de opslag komt in de sleutelkluis van uw Windows-account. U krijgt zo een herstelsleutel om op te schrijven.</source>
            <translation>De sleutel van de opslag komt in de sleutelkluis van uw Windows-account. U krijgt zo een herstelsleutel om op te schrijven.</translation>
        </message>
        <message>
            <source>Terug</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Opslag aanmaken</source>
            <translation>Opslag aanmaken</translation>
        </message>
        <message>
            <source>Voortgang</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Uw herstelsleutel</source>
            <translation>Uw herstelsleutel</translation>
        </message>
        <message>
            <source>Raakt u uw Windows-account of deze computer kwijt, dan opent u de opslag alleen nog met deze sleutel. Hij wordt maar één keer getoond. Schrijf hem op of bewaar hem buiten deze computer, bijvoorbeeld in de kluis van uw organisatie.</source>
            <translation>Raakt u uw Windows-account of deze computer kwijt, dan opent u de opslag alleen nog met deze sleutel. Hij wordt maar één keer getoond. Schrijf hem op of bewaar hem buiten deze computer, bijvoorbeeld in de kluis van uw organisatie.</translation>
        </message>
        <message>
            <source>Kopiëren</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <source>Opslaan als bestand…</source>
            <translation>Opslaan als bestand…</translation>
        </message>
        <message>
            <source>Ik heb de herstelsleutel opgeschreven of buiten deze computer bewaard</source>
            <translation>Ik heb de herstelsleutel opgeschreven of buiten deze computer bewaard</translation>
        </message>
        <message>
            <source>Typ ter controle de laatste groep van de sleutel over</source>
            <translation>Typ ter controle de laatste groep van de sleutel over</translation>
        </message>
        <message>
            <source>Beginnen</source>
            <translation>Beginnen</translation>
        </message>
        <message>
            <source>U werkt met uw eigen inlog; de database laat u alleen de dossiers zien die bij uw werk horen. De gegevens staan op de server van de gemeente.</source>
            <translation>U werkt met uw eigen inlog; de database laat u alleen de dossiers zien die bij uw werk horen. De gegevens staan op de server van de gemeente.</translation>
        </message>
        <message>
            <source>Server *</source>
            <translation>Server *</translation>
        </message>
        <message>
            <source>Database *</source>
            <translation>Database *</translation>
        </message>
        <message>
            <source>Inlognaam *</source>
            <translation>Inlognaam *</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Wachtwoord onthouden in de sleutelkluis</source>
            <translation>Wachtwoord onthouden in de sleutelkluis</translation>
        </message>
        <message>
            <source>Laat het wachtwoord leeg als u zich met uw Windows-account aanmeldt. De verbinding is versleuteld en de server moet zich met een certificaat bekendmaken.</source>
            <translation>Laat het wachtwoord leeg als u zich met uw Windows-account aanmeldt. De verbinding is versleuteld en de server moet zich met een certificaat bekendmaken.</translation>
        </message>
        <message>
            <source>Verbinden</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Verbinden met de teamdatabase…</source>
            <translation>Verbinden met de teamdatabase…</translation>
        </message>
        <message>
            <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
            <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
        </message>
        <message>
            <source>Opslag wordt aangemaakt…</source>
            <translation>Opslag wordt aangemaakt…</translation>
        </message>
        <message>
            <source>Demo wordt gevuld met verzonnen cliënten…</source>
            <translation>Demo wordt gevuld met verzonnen cliënten…</translation>
        </message>
        <message>
            <source>Wordt afgebroken…</source>
            <translation>Wordt afgebroken…</translation>
        </message>
        <message>
            <source>Herstelsleutel bewaren</source>
            <translation>Herstelsleutel bewaren</translation>
        </message>
        <message>
            <source>Tekstbestand (*.txt)</source>
            <translation>Tekstbestand (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-jjjj</translation>
        </message>
    </context>
    <context>
        <name>WorklistPage</name>
        <message>
            <source>Nieuwe cliënt</source>
            <extracomment>Tasks shown per group on the start page; the rest are counted.</extracomment>
            <translation>Nieuwe cliënt</translation>
        </message>
        <message>
            <source>Lopende routes</source>
            <translation>Lopende routes</translation>
        </message>
        <message>
            <source>Afgesloten routes</source>
            <translation>Afgesloten routes</translation>
        </message>
        <message>
            <source>Zonder route</source>
            <translation>Zonder route</translation>
        </message>
        <message>
            <source>Nazorg binnen 7 dagen</source>
            <translation>Nazorg binnen 7 dagen</translation>
        </message>
        <message>
            <source>Taken te laat</source>
            <translation>Taken te laat</translation>
        </message>
        <message>
            <source>Mijn taken</source>
            <translation>Mijn taken</translation>
        </message>
        <message>
            <source>Nazorg plaatsingen</source>
            <translation>Nazorg plaatsingen</translation>
        </message>
        <message>
            <source>Recent geopend</source>
            <translation>Recent geopend</translation>
        </message>
        <message>
            <source>Mijn cliënten per focussector</source>
            <translation>Mijn cliënten per focussector</translation>
        </message>
        <message>
            <source>Cliënten per focussector en routestatus</source>
            <translation>Cliënten per focussector en routestatus</translation>
        </message>
        <message>
            <source>Geen eigen caseload</source>
            <translation>Geen eigen caseload</translation>
        </message>
        <message>
            <source>U begeleidt zelf geen cliënten, dus hier staan geen taken of cijfers. De caseloads van uw coaches en hun taken die te laat zijn, staan op de pagina Team.</source>
            <translation>U begeleidt zelf geen cliënten, dus hier staan geen taken of cijfers. De caseloads van uw coaches en hun taken die te laat zijn, staan op de pagina Team.</translation>
        </message>
        <message>
            <source>Geen caseload</source>
            <translation>Geen caseload</translation>
        </message>
        <message>
            <source>Als functioneel beheerder begeleidt u geen cliënten en opent u geen dossiers. Gebruikers, bewaartermijnen en reservekopieën staan bij Instellingen; wie wat deed, staat in het auditlog.</source>
            <translation>Als functioneel beheerder begeleidt u geen cliënten en opent u geen dossiers. Gebruikers, bewaartermijnen en reservekopieën staan bij Instellingen; wie wat deed, staat in het auditlog.</translation>
        </message>
        <message>
            <source>Nog geen cliënten</source>
            <translation>Nog geen cliënten</translation>
        </message>
        <message>
            <source>Zodra u een cliënt inschrijft, ziet u hier uw taken, nazorg en cijfers.</source>
            <translation>Zodra u een cliënt inschrijft, ziet u hier uw taken, nazorg en cijfers.</translation>
        </message>
        <message>
            <source>Naar de pagina Team</source>
            <translation>Naar de pagina Team</translation>
        </message>
        <message>
            <source>Naar Instellingen</source>
            <translation>Naar Instellingen</translation>
        </message>
        <message>
            <source>Goedemorgen, %1</source>
            <translation>Goedemorgen, %1</translation>
        </message>
        <message>
            <source>Goedemiddag, %1</source>
            <translation>Goedemiddag, %1</translation>
        </message>
        <message>
            <source>Goedenavond, %1</source>
            <translation>Goedenavond, %1</translation>
        </message>
        <message>
            <source>Mijn werkvoorraad</source>
            <translation>Mijn werkvoorraad</translation>
        </message>
        <message>
            <source>Te laat</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Vandaag</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Deze week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Geen open taken voor deze week.</source>
            <translation>Geen open taken voor deze week.</translation>
        </message>
        <message>
            <source>en nog %1 taken</source>
            <translation>en nog %1 taken</translation>
        </message>
        <message>
            <source>Taak afgerond: %1</source>
            <translation>Taak afgerond: %1</translation>
        </message>
        <message>
            <source>Geen nazorg te doen.</source>
            <translation>Geen nazorg te doen.</translation>
        </message>
        <message>
            <source>na %1 maanden</source>
            <translation>na %1 maanden</translation>
        </message>
        <message>
            <source>Vastleggen</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <source>Nog geen dossiers geopend.</source>
            <translation>Nog geen dossiers geopend.</translation>
        </message>
    </context>
    <context>
        <name>Wsp</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In behandeling</source>
            <translation>In behandeling</translation>
        </message>
        <message>
            <source>Vervuld</source>
            <translation>Vervuld</translation>
        </message>
        <message>
            <source>Ingetrokken</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Micro (minder dan 10)</source>
            <translation>Micro (minder dan 10)</translation>
        </message>
        <message>
            <source>Klein (10-49)</source>
            <translation>Klein (10-49)</translation>
        </message>
        <message>
            <source>Middelgroot (50-249)</source>
            <translation>Middelgroot (50-249)</translation>
        </message>
        <message>
            <source>Groot (250 of meer)</source>
            <translation>Groot (250 of meer)</translation>
        </message>
        <message>
            <source>Bezoek</source>
            <translation>Bezoek</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Anders</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Opgeslagen.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <source>geen urenwens vastgelegd</source>
            <translation>geen urenwens vastgelegd</translation>
        </message>
        <message>
            <source>{low}-{high} uur</source>
            <translation>{low}-{high} uur</translation>
        </message>
        <message>
            <source>minstens {low} uur</source>
            <translation>minstens {low} uur</translation>
        </message>
        <message>
            <source>hoogstens {high} uur</source>
            <translation>hoogstens {high} uur</translation>
        </message>
        <message>
            <source>Voorgedragen</source>
            <translation>Voorgedragen</translation>
        </message>
        <message>
            <source>Gesprek</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <source>Geplaatst</source>
            <translation>Geplaatst</translation>
        </message>
        <message>
            <source>Niet geplaatst</source>
            <translation>Niet geplaatst</translation>
        </message>
        <message>
            <source>Andere kandidaat gekozen</source>
            <translation>Andere kandidaat gekozen</translation>
        </message>
        <message>
            <source>Vaardigheden onvoldoende</source>
            <translation>Vaardigheden onvoldoende</translation>
        </message>
        <message>
            <source>Cliënt ziet af</source>
            <translation>Cliënt ziet af</translation>
        </message>
        <message>
            <source>Voorwaarden passen niet</source>
            <translation>Voorwaarden passen niet</translation>
        </message>
        <message>
            <source>Vacature vervallen</source>
            <translation>Vacature vervallen</translation>
        </message>
    </context>
    <context>
        <name>WspPage</name>
        <message>
            <source>Werkgevers &amp; vacatures</source>
            <translation>Werkgevers &amp; vacatures</translation>
        </message>
        <message>
            <source>Werkgevers en hun vacatures, kandidaten die passen op vaardigheden (met de redenen), en de voordrachten tot en met de plaatsing.</source>
            <translation>Werkgevers en hun vacatures, kandidaten die passen op vaardigheden (met de redenen), en de voordrachten tot en met de plaatsing.</translation>
        </message>
        <message>
            <source>Werkgevers</source>
            <translation>Werkgevers</translation>
        </message>
        <message>
            <source>Vacatures</source>
            <translation>Vacatures</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Matching</translation>
        </message>
        <message>
            <source>Plaatsingen</source>
            <translation>Plaatsingen</translation>
        </message>
    </context>
</TS>
