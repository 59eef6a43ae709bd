<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over zkijdesk</source>
        <translation>About zkijdesk</translation>
    </message>
    <message>
        <source>zkijdesk bevat de onderstaande onderdelen van anderen. Kies een onderdeel om de licentie te lezen.</source>
        <translation>zkijdesk includes the third-party components below. Choose a component to read its licence.</translation>
    </message>
    <message>
        <source>Meegeleverde onderdelen</source>
        <translation>Included components</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licentietekst</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>De licentieteksten ontbreken in deze installatie.</source>
        <translation>The licence texts are missing from this installation.</translation>
    </message>
    <message>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Cliëntvolgsysteem voor de loopbaancoaches van het RMT en het WSP in Zuid-Kennemerland &amp; IJmond.</source>
        <translation>Client tracking system for the career coaches of the RMT and WSP in Zuid-Kennemerland &amp; IJmond.</translation>
    </message>
    <message>
        <source>Uitgegeven onder de %1.</source>
        <translation>Released under the %1.</translation>
    </message>
    <message>
        <source>De licentietekst van %1 ontbreekt in deze installatie.</source>
        <translation>The licence text of %1 is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>AimDialog</name>
    <message>
        <source>Streefcijfer plaatsingen</source>
        <translation>Placement aim</translation>
    </message>
    <message>
        <source>Het aantal plaatsingen dat de regio zich voor een jaar ten doel stelt. Het dashboard zet de plaatsingen van het team ertegen af.</source>
        <translation>The number of placements the region aims for in a year. The dashboard sets the team&apos;s placements against it.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Streefcijfer wissen</source>
        <translation>Clear aim</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>routes bekeken</source>
        <extracomment>Details that are one word: what was looked at or done.</extracomment>
        <translation>routes viewed</translation>
    </message>
    <message>
        <source>contacten bekeken</source>
        <translation>contacts viewed</translation>
    </message>
    <message>
        <source>labels gewijzigd</source>
        <translation>labels changed</translation>
    </message>
    <message>
        <source>vaardigheden gewijzigd</source>
        <translation>skills changed</translation>
    </message>
    <message>
        <source>inzageverzoek (AVG)</source>
        <translation>subject access request (GDPR)</translation>
    </message>
    <message>
        <source>via de prullenbak</source>
        <translation>through the bin</translation>
    </message>
    <message>
        <source>werkwensen gewijzigd</source>
        <translation>work preferences changed</translation>
    </message>
    <message>
        <source>route heropend</source>
        <translation>route reopened</translation>
    </message>
    <message>
        <source>gesprek gepland</source>
        <translation>interview planned</translation>
    </message>
    <message>
        <source>geplaatst</source>
        <translation>placed</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
    <message>
        <source>weer open</source>
        <translation>open again</translation>
    </message>
    <message>
        <source>niets gewijzigd</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <source>map voor reservekopieën</source>
        <translation>backup folder</translation>
    </message>
    <message>
        <source>drempel voor publicatie</source>
        <translation>publication threshold</translation>
    </message>
    <message>
        <source>vergrendelen na inactiviteit</source>
        <translation>lock after inactivity</translation>
    </message>
    <message>
        <source>bewaartermijnen</source>
        <translation>retention periods</translation>
    </message>
    <message>
        <source>titels met alleen het cliëntnummer</source>
        <translation>titles with the client number only</translation>
    </message>
    <message>
        <source>titels zoals getypt</source>
        <translation>titles as typed</translation>
    </message>
    <message>
        <source>naar %1</source>
        <extracomment>``key=value`` parts: the sentence for each key, %1 the value.</extracomment>
        <translation>to %1</translation>
    </message>
    <message>
        <source>%1 routes</source>
        <translation>%1 routes</translation>
    </message>
    <message>
        <source>%1 open taken mee</source>
        <translation>%1 open task(s) moved along</translation>
    </message>
    <message>
        <source>jaar %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>rol %1</source>
        <translation>role %1</translation>
    </message>
    <message>
        <source>%1 contactpersonen bekeken</source>
        <translation>%1 contact persons viewed</translation>
    </message>
    <message>
        <source>%1 regels contactlog bekeken</source>
        <translation>%1 contact log lines viewed</translation>
    </message>
    <message>
        <source>actief: %1</source>
        <translation>active: %1</translation>
    </message>
    <message>
        <source>doet mee aan de banenafspraak: %1</source>
        <translation>takes part in the banenafspraak: %1</translation>
    </message>
    <message>
        <source>bij werkgever %1</source>
        <translation>at employer %1</translation>
    </message>
    <message>
        <source>voor vacature %1</source>
        <translation>for vacancy %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>%1 regels</source>
        <translation>%1 lines</translation>
    </message>
    <message>
        <source>afgeschermd: %1</source>
        <translation>restricted: %1</translation>
    </message>
    <message>
        <source>gedeeld met %1</source>
        <translation>shared with %1</translation>
    </message>
    <message>
        <source>niet meer gedeeld met %1</source>
        <translation>no longer shared with %1</translation>
    </message>
    <message>
        <source>soort %1</source>
        <translation>kind %1</translation>
    </message>
    <message>
        <source>%1 tabellen</source>
        <translation>%1 tables</translation>
    </message>
    <message>
        <source>%1 rijen</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>bereik %1</source>
        <translation>scope %1</translation>
    </message>
    <message>
        <source>%1 kandidaten</source>
        <translation>%1 candidates</translation>
    </message>
    <message>
        <source>%1 met naam</source>
        <translation>%1 by name</translation>
    </message>
    <message>
        <source>%1 passende vacatures bekeken</source>
        <translation>%1 matching vacancies viewed</translation>
    </message>
    <message>
        <source>%1 cliënten in de keuzelijst</source>
        <translation>%1 clients in the choice list</translation>
    </message>
    <message>
        <source>%1 dossiers gewist</source>
        <translation>%1 files erased</translation>
    </message>
    <message>
        <source>app-vergrendeling %1</source>
        <translation>app lock %1</translation>
    </message>
    <message>
        <source>route afgesloten: %1</source>
        <extracomment>``code:value`` details.</extracomment>
        <translation>route closed: %1</translation>
    </message>
    <message>
        <source>niet geplaatst: %1</source>
        <translation>not placed: %1</translation>
    </message>
    <message>
        <source>%1 cliënten naar Excel</source>
        <translation>%1 clients to Excel</translation>
    </message>
    <message>
        <source>%1 taken naar de agenda</source>
        <translation>%1 tasks to the calendar</translation>
    </message>
    <message>
        <source>ja</source>
        <extracomment>Values that are words of their own.</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>aan</source>
        <translation>on</translation>
    </message>
    <message>
        <source>uit</source>
        <translation>off</translation>
    </message>
    <message>
        <source>opnieuw versleuteld</source>
        <translation>hashed again</translation>
    </message>
    <message>
        <source>opgeheven</source>
        <translation>lifted</translation>
    </message>
    <message>
        <source>met de herstelsleutel</source>
        <translation>with the recovery key</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>eigen cliënten</source>
        <translation>own clients</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>voor het terugzetten</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>%1, versie %2, bron %3: %4 cijfers, %5 geheim; %6</source>
        <extracomment>Keys whose value is 1 or 0 for yes or no; elsewhere a 1 is a count. Keys whose value is a user id: shown by name where the page knows it. Keys and prefixes whose value is a code of the domain, shown by its label. Whole details written as a short Dutch phrase by their service (a publication, a contribution, a reporting key, a calendar export): the phrase&apos;s numbers and codes, put into a sentence in the interface language. The stored text stays as written, for the CSV export and the hash chain.</extracomment>
        <translation>%1, version %2, source %3: %4 figures, %5 secret; %6</translation>
    </message>
    <message>
        <source>bijdrage over %1 van bijdrager %2</source>
        <translation>contribution for %1 from contributor %2</translation>
    </message>
    <message>
        <source>sleutel om bijdragen te ontvangen, vingerafdruk %1</source>
        <translation>key to receive contributions, fingerprint %1</translation>
    </message>
    <message>
        <source>sleutel om bijdragen te ondertekenen, vingerafdruk %1</source>
        <translation>key to sign contributions, fingerprint %1</translation>
    </message>
    <message>
        <source>sleutel van de teamleider, vingerafdruk %1</source>
        <translation>team lead&apos;s key, fingerprint %1</translation>
    </message>
    <message>
        <source>%1 taken naar de agenda, %2 geannuleerd</source>
        <translation>%1 tasks to the calendar, %2 cancelled</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Elke inzage, wijziging, export en verwijdering van persoonsgegevens, met wie, wanneer en vanaf welke werkplek. Het log bevat geen namen of BSN&apos;s van cliënten.</source>
        <translation>Every view, change, export and deletion of personal data, with who, when and from which workstation. The log holds no client names or BSNs.</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Alle gebruikers</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Alle cliënten</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>Cliënt-id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Exporteren naar CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Zoeken en de keten controleren…</source>
        <translation>Searching and checking the chain…</translation>
    </message>
    <message numerus="yes">
        <source>keten intact (%n regels)</source>
        <translation>
            <numerusform>chain intact (%n entry)</numerusform>
            <numerusform>chain intact (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>KETEN VERBROKEN bij regel %1</source>
        <translation>CHAIN BROKEN at entry %1</translation>
    </message>
    <message>
        <source>%1 regels gevonden; %2</source>
        <translation>%1 entries found; %2</translation>
    </message>
    <message>
        <source>Auditlog exporteren</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>%1 regels geëxporteerd.</source>
        <translation>%1 entries exported.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Ingezien</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Naar prullenbak</source>
        <translation>Moved to bin</translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Gewist</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Overgedragen</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Kopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Aangemeld</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Scholing</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Instelling</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Vacature</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Focusdoelgroep</source>
        <translation>Focus target group</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Voordracht</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contactlog werkgever</source>
        <translation>Employer contact log</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Maandcijfers</source>
        <translation>Monthly figures</translation>
    </message>
    <message>
        <source>Bijdrage</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Bijdrager</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Rapportagesleutel</source>
        <translation>Reporting key</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Verhuizing naar de teamdatabase</source>
        <translation>Move to the team database</translation>
    </message>
    <message>
        <source>Opslag</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>App-vergrendeling</source>
        <translation>App lock</translation>
    </message>
    <message>
        <source>gelukt</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Moment (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Werkplek</source>
        <translation>Workstation</translation>
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
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Handmatig</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Voor het terugzetten</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <source>Voor het terugzetten (beschadigd, ongelezen)</source>
        <translation>Before restoring (damaged, unread)</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Prullenbak</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Dossiers die u verwijderde, kunt u hier %1 dagen lang terugzetten. Daarna worden ze definitief gewist.</source>
        <translation>Files you deleted can be restored here for %1 days. After that they are erased for good.</translation>
    </message>
    <message>
        <source>Verwijderde dossiers</source>
        <translation>Deleted files</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CalendarTitlesDialog</name>
    <message>
        <source>Taken exporteren naar agenda</source>
        <translation>Export tasks to calendar</translation>
    </message>
    <message>
        <source>Wat komt er in de titel van elke afspraak?</source>
        <translation>What goes into the title of each appointment?</translation>
    </message>
    <message>
        <source>Alleen cliëntnummer (aanbevolen)</source>
        <translation>Client number only (recommended)</translation>
    </message>
    <message>
        <source>De titel van de taak zoals getypt</source>
        <translation>The task&apos;s title as typed</translation>
    </message>
    <message>
        <source>Let op: een getypte titel kan een naam bevatten (“Cv nabespreken met Fatima”). Uw agenda staat vaak op uw telefoon of bij een clouddienst; met alleen het cliëntnummer verlaat geen naam de opslag.</source>
        <translation>Note: a typed title can contain a name (“Discuss CV with Fatima”). Your calendar is often on your phone or with a cloud service; with the client number only, no name leaves the store.</translation>
    </message>
</context>
<context>
    <name>CandidacyList</name>
    <message>
        <source>{number} (cliënt van collega)</source>
        <translation>{number} (colleague&apos;s client)</translation>
    </message>
    <message>
        <source>Voordracht</source>
        <translation>Proposal</translation>
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
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Tekening (SVG)…</source>
        <translation>Drawing (SVG)…</translation>
    </message>
    <message>
        <source>Cijfers (XLSX)…</source>
        <translation>Numbers (XLSX)…</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>Cliëntdossier</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>Dossier wordt geladen…</source>
        <translation>Loading file…</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wijzigingen in Persoon opslaan (Ctrl+S)</source>
        <translation>Save changes in Person (Ctrl+S)</translation>
    </message>
    <message>
        <source>Meer acties</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Delen met een collega…</source>
        <translation>Share with a colleague…</translation>
    </message>
    <message>
        <source>Naar de prullenbak…</source>
        <translation>Move to bin…</translation>
    </message>
    <message>
        <source>Dossier sluiten</source>
        <translation>Close file</translation>
    </message>
    <message>
        <source>Dossier sluiten (Ctrl+W)</source>
        <translation>Close file (Ctrl+W)</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dossier niet beschikbaar</source>
        <translation>File not available</translation>
    </message>
    <message>
        <source>geboren %1 (%2 jaar)</source>
        <translation>born %1 (age %2)</translation>
    </message>
    <message>
        <source>Route loopt</source>
        <translation>Route ongoing</translation>
    </message>
    <message>
        <source>Doelgroepregister</source>
        <translation>Target group register</translation>
    </message>
    <message>
        <source>contactnotitie</source>
        <translation>contact note</translation>
    </message>
    <message>
        <source>Niet-opgeslagen invoer is teruggezet (%1).</source>
        <translation>Unsaved input has been restored (%1).</translation>
    </message>
    <message>
        <source>Bewaard op %1.</source>
        <translation>Kept at %1.</translation>
    </message>
    <message>
        <source>Verwerpen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Gegevens opgeslagen.</source>
        <translation>Details saved.</translation>
    </message>
    <message>
        <source>Naar de prullenbak</source>
        <translation>Move to bin</translation>
    </message>
    <message>
        <source>Het dossier van %1 gaat naar de prullenbak. U kunt het daar 30 dagen terugzetten; daarna wordt het definitief gewist.</source>
        <translation>%1&apos;s file goes to the bin. You can restore it from there for 30 days; after that it is erased for good.</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <source>Cliëntnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
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
        <translation>Transfer client</translation>
    </message>
    <message>
        <source>bijvoorbeeld ZK0000123</source>
        <translation>for example ZK0000123</translation>
    </message>
    <message>
        <source>Opzoeken</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Zoek eerst de cliënt op; zkijdesk laat dan zien wat meegaat.</source>
        <translation>Look the client up first; zkijdesk then shows what moves along.</translation>
    </message>
    <message>
        <source>Nieuwe coach</source>
        <translation>New coach</translation>
    </message>
    <message>
        <source>De overdracht komt in het auditlog. U opent het dossier daarbij niet; de vorige coach ziet het daarna niet meer (tenzij het met hem of haar gedeeld is).</source>
        <translation>The transfer goes into the audit log. You do not open the file; the previous coach no longer sees it afterwards (unless it is shared with them).</translation>
    </message>
    <message>
        <source>Overdragen</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cliënt %1: lopende route sinds %2 bij %3.</source>
        <translation>Client %1: open route since %2 with %3.</translation>
    </message>
    <message>
        <source>Cliënt %1 heeft geen lopende route; de laatste (vanaf %2) was bij %3.</source>
        <translation>Client %1 has no open route; the latest (from %2) was with %3.</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>%1 open taak/taken van die coach over deze cliënt gaan mee.</source>
        <translation>%1 open task(s) of that coach about this client move along.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Aantal gevonden cliënten</source>
        <translation>Number of clients found</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Nieuwe cliënt inschrijven (Ctrl+N)</source>
        <translation>Register a new client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Zoek cliënt</source>
        <translation>Find client</translation>
    </message>
    <message>
        <source>Zoek op naam, cliëntnummer, postcode of geboortedatum</source>
        <translation>Search by name, client number, postcode or date of birth</translation>
    </message>
    <message>
        <source>Zoeken terwijl u typt (Ctrl+F); Esc maakt het veld leeg</source>
        <translation>Search as you type (Ctrl+F); Esc clears the field</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Opgeslagen filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Kolommen kiezen</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>De huidige lijst als Excel-bestand (zonder BSN)</source>
        <translation>The current list as an Excel file (without BSN)</translation>
    </message>
    <message>
        <source>Cliëntenlijst</source>
        <translation>Client list</translation>
    </message>
    <message>
        <source>Geen cliënten gevonden met deze zoekterm en filters.</source>
        <translation>No clients found with this search and these filters.</translation>
    </message>
    <message>
        <source>U heeft geen eigen cliënten. Hier staan alleen cliënten die u zelf begeleidt of die met u gedeeld zijn; de caseloads van uw team ziet u op de pagina Team.</source>
        <translation>You have no clients of your own. This list only shows clients you guide yourself or that are shared with you; your team&apos;s caseloads are on the Team page.</translation>
    </message>
    <message>
        <source>Als functioneel beheerder opent u geen cliëntdossiers.</source>
        <translation>As functional administrator you do not open client files.</translation>
    </message>
    <message>
        <source>U heeft nog geen cliënten. Schrijf er een in met Nieuwe cliënt.</source>
        <translation>You have no clients yet. Register one with New client.</translation>
    </message>
    <message>
        <source>1 cliënt</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 cliënten</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <source>Filter bewaren</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Huidige zoekopdracht bewaren…</source>
        <translation>Save current search…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Lijst exporteren</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>clientenlijst.xlsx</source>
        <translation>client-list.xlsx</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 cliënten geëxporteerd naar %2</source>
        <translation>%1 clients exported to %2</translation>
    </message>
    <message>
        <source>Export afgebroken; er is niets geschreven.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>CloseRouteDialog</name>
    <message>
        <source>Route afsluiten</source>
        <translation>Close route</translation>
    </message>
    <message>
        <source>Kies een reden</source>
        <translation>Choose a reason</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact wijzigen</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Dit contact verwijderen?</source>
        <translation>Delete this contact?</translation>
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
        <translation>with {name}</translation>
    </message>
    <message>
        <source>vervolg {day}</source>
        <translation>follow-up {day}</translation>
    </message>
</context>
<context>
    <name>ContactPersonDialog</name>
    <message>
        <source>Contactpersoon bij {employer}</source>
        <translation>Contact person at {employer}</translation>
    </message>
</context>
<context>
    <name>ContactPersonTable</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
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
        <translation>Record contact</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Notitiesjabloon invoegen</source>
        <translation>Insert note template</translation>
    </message>
    <message>
        <source>Wat is er besproken? (Ctrl+Enter legt vast)</source>
        <translation>What was discussed? (Ctrl+Enter records)</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ContributionPanel</name>
    <message>
        <source>Uw bijdrage aan de maandcijfers</source>
        <translation>Your contribution to the monthly figures</translation>
    </message>
    <message>
        <source>De teamleider telt de maandcijfers van het hele team uit de teamdatabase. U hoeft niets aan te leveren.</source>
        <translation>The team lead counts the whole team&apos;s monthly figures from the team database. You need not send anything.</translation>
    </message>
    <message>
        <source>Werkt uw team zonder gedeelde database, dan telt de teamleider de maandcijfers uit de bijdragen van alle coaches. Een bijdrage bevat alleen aantallen, geen namen of data, en alleen de teamleider kan hem openen.</source>
        <translation>If your team works without a shared database, the team lead counts the monthly figures from every coach&apos;s contribution. A contribution holds counts only, no names or dates, and only the team lead can open it.</translation>
    </message>
    <message>
        <source>Sleutel van de teamleider inlezen…</source>
        <translation>Read the team lead&apos;s key…</translation>
    </message>
    <message>
        <source>Uw eigen sleutel geeft u één keer aan de teamleider.</source>
        <translation>You give your own key to the team lead once.</translation>
    </message>
    <message>
        <source>Uw sleutel opslaan…</source>
        <translation>Save your key…</translation>
    </message>
    <message>
        <source>Maand van de bijdrage</source>
        <translation>Month of the contribution</translation>
    </message>
    <message>
        <source>Bijdrage maken…</source>
        <translation>Make contribution…</translation>
    </message>
    <message>
        <source>Maand:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Sleutel van de teamleider</source>
        <translation>The team lead&apos;s key</translation>
    </message>
    <message>
        <source>Uw sleutel voor de teamleider</source>
        <translation>Your key for the team lead</translation>
    </message>
    <message>
        <source>Map voor de bijdrage</source>
        <translation>Folder for the contribution</translation>
    </message>
    <message>
        <source>Sleutel van %2. Noemt de teamleider precies deze vingerafdruk?&lt;br&gt;&lt;br&gt;&lt;span style=&apos;font-family: monospace; font-size: x-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;</source>
        <translation>Key of %2. Does the team lead read out exactly this fingerprint?&lt;br&gt;&lt;br&gt;&lt;span style=&apos;font-family: monospace; font-size: x-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Vergelijk hem telefonisch of in persoon, niet per e-mail. Klopt hij niet, lees de sleutel dan niet in.</source>
        <translation>Compare it by phone or in person, not by e-mail. If it does not match, do not read the key.</translation>
    </message>
    <message>
        <source>Ja, sleutel vertrouwen</source>
        <translation>Yes, trust the key</translation>
    </message>
    <message>
        <source>Nee, niet inlezen</source>
        <translation>No, do not read it</translation>
    </message>
    <message>
        <source>Sleutel niet ingelezen. Vraag de teamleider om de juiste sleutel en de vingerafdruk.</source>
        <translation>Key not read. Ask the team lead for the right key and its fingerprint.</translation>
    </message>
    <message>
        <source>Sleutel van de teamleider ingelezen.</source>
        <translation>The team lead&apos;s key has been read.</translation>
    </message>
    <message>
        <source>Uw sleutel staat in %1; vingerafdruk %2. Geef het bestand aan de teamleider.</source>
        <translation>Your key is in %1; fingerprint %2. Give the file to the team lead.</translation>
    </message>
    <message>
        <source>Bijdrage wordt gemaakt…</source>
        <translation>Making the contribution…</translation>
    </message>
    <message>
        <source>Bijdrage geschreven: %1. Stuur het bestand naar de teamleider.</source>
        <translation>Contribution written: %1. Send the file to the team lead.</translation>
    </message>
    <message>
        <source>Er ging onverwacht iets mis bij deze stap; probeer het opnieuw. Het logboek van zkijdesk zegt wat er misging.</source>
        <translation>Something unexpected went wrong in this step; please try again. The zkijdesk log says what went wrong.</translation>
    </message>
    <message>
        <source>Nog geen sleutel van de teamleider: lees die eerst in.</source>
        <translation>No key from the team lead yet: read it first.</translation>
    </message>
    <message>
        <source>Sleutel van %1, vingerafdruk %2.</source>
        <translation>Key of %1, fingerprint %2.</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <source>Bijdragen van het team</source>
        <translation>Contributions from the team</translation>
    </message>
    <message>
        <source>Uw teamleidersleutel</source>
        <translation>Your team lead key</translation>
    </message>
    <message>
        <source>Sleutel maken</source>
        <translation>Make key</translation>
    </message>
    <message>
        <source>Sleutel opslaan voor de coaches…</source>
        <translation>Save key for the coaches…</translation>
    </message>
    <message>
        <source>Coaches die bijdragen</source>
        <translation>Coaches who contribute</translation>
    </message>
    <message>
        <source>Geregistreerde coaches</source>
        <translation>Registered coaches</translation>
    </message>
    <message>
        <source>Coach registreren…</source>
        <translation>Register coach…</translation>
    </message>
    <message>
        <source>Bijdragen van %1</source>
        <translation>Contributions for %1</translation>
    </message>
    <message>
        <source>Bijdragen importeren…</source>
        <translation>Import contributions…</translation>
    </message>
    <message>
        <source>Sleutel voor de coaches</source>
        <translation>Key for the coaches</translation>
    </message>
    <message>
        <source>Sleutel van een coach</source>
        <translation>A coach&apos;s key</translation>
    </message>
    <message>
        <source>Bijdragen importeren</source>
        <translation>Import contributions</translation>
    </message>
    <message>
        <source>Bijdragen (*.zkb)</source>
        <translation>Contributions (*.zkb)</translation>
    </message>
    <message>
        <source>Nog geen sleutel: maak er een en geef die aan de coaches.</source>
        <translation>No key yet: make one and give it to the coaches.</translation>
    </message>
    <message>
        <source>Vingerafdruk %1; laat coaches die telefonisch vergelijken.</source>
        <translation>Fingerprint %1; have coaches compare it by phone.</translation>
    </message>
    <message>
        <source>Nog geen coach geregistreerd: registreer eerst hun sleutels.</source>
        <translation>No coach registered yet: register their keys first.</translation>
    </message>
    <message>
        <source>Ontvangen: %1. Ontbreekt nog: %2.</source>
        <translation>Received: %1. Still missing: %2.</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Sleutel gemaakt.</source>
        <translation>Key made.</translation>
    </message>
    <message>
        <source>Sleutel opgeslagen in %1; geef het bestand aan de coaches.</source>
        <translation>Key saved in %1; give the file to the coaches.</translation>
    </message>
    <message>
        <source>%1 geregistreerd; vingerafdruk %2.</source>
        <translation>%1 registered; fingerprint %2.</translation>
    </message>
    <message>
        <source>%1: bijdrage van %2 voor %3 geïmporteerd.</source>
        <translation>%1: contribution from %2 for %3 imported.</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>Werkgever wijzigen</source>
        <translation>Edit employer</translation>
    </message>
    <message>
        <source>Nieuwe werkgever</source>
        <translation>New employer</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Geen sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>Doet mee aan de banenafspraak</source>
        <translation>Takes part in the job agreement</translation>
    </message>
    <message>
        <source>Banenafspraak</source>
        <translation>Job agreement</translation>
    </message>
</context>
<context>
    <name>EmployerTable</name>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Doet mee aan de banenafspraak</source>
        <translation>Takes part in the job agreement</translation>
    </message>
</context>
<context>
    <name>EmployersTab</name>
    <message>
        <source>Werkgevers filteren</source>
        <translation>Filter employers</translation>
    </message>
    <message>
        <source>Zoek op naam, sector of gemeente</source>
        <translation>Search by name, sector or municipality</translation>
    </message>
    <message>
        <source>Alleen banenafspraak</source>
        <translation>Job agreement only</translation>
    </message>
    <message>
        <source>Nieuwe werkgever</source>
        <translation>New employer</translation>
    </message>
    <message>
        <source>Werkgevers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Contactpersoon…</source>
        <translation>Contact person…</translation>
    </message>
    <message>
        <source>Vacature…</source>
        <translation>Vacancy…</translation>
    </message>
    <message>
        <source>Contactlog</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>Kort verslag van het contact</source>
        <translation>Short report of the contact</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Contact vastleggen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>omvang onbekend</source>
        <translation>size unknown</translation>
    </message>
    <message>
        <source>KvK {kvk} · {sector} · {place} · {size} · banenafspraak: {banen}</source>
        <translation>KvK {kvk} · {sector} · {place} · {size} · job agreement: {banen}</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <source>Einde plaatsing vastleggen</source>
        <translation>Record end of placement</translation>
    </message>
    <message>
        <source>Deze plaatsing met haar nazorgmomenten verwijderen?</source>
        <translation>Delete this placement with its follow-ups?</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Er ging iets mis dat zkijdesk niet verwachtte; probeer het opnieuw.</source>
        <extracomment>How long a &quot;saved&quot; confirmation stays in the status bar.</extracomment>
        <translation>Something went wrong that zkijdesk did not expect; please try again.</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Wilt u de wijzigingen in %1 opslaan?</source>
        <translation>Do you want to save the changes in %1?</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter op routestatus</source>
        <translation>Filter by route status</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>All routes</translation>
    </message>
    <message>
        <source>Filter op sector</source>
        <translation>Filter by sector</translation>
    </message>
    <message>
        <source>Alle sectoren</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Jaar van de focusdoelgroep</source>
        <translation>Year of the focus target group</translation>
    </message>
    <message>
        <source>Filter op focusdoelgroep</source>
        <translation>Filter by focus target group</translation>
    </message>
    <message>
        <source>Alle doelgroepen</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>Filter op gemeente</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Filter op coach</source>
        <translation>Filter by coach</translation>
    </message>
    <message>
        <source>Alle coaches; typ een naam</source>
        <translation>All coaches; type a name</translation>
    </message>
    <message>
        <source>Filter op project</source>
        <translation>Filter by project</translation>
    </message>
    <message>
        <source>Alle projecten</source>
        <translation>All projects</translation>
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
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Doelgroepjaar</source>
        <translation>Target group year</translation>
    </message>
    <message>
        <source>Focusdoelgroep</source>
        <translation>Focus target group</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Nazorg na %1 maanden</source>
        <translation>Follow-up after %1 months</translation>
    </message>
    <message>
        <source>Werkt nog bij deze werkgever</source>
        <translation>Still works at this employer</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <source>Begeleiding wijzigen</source>
        <translation>Edit guidance</translation>
    </message>
    <message>
        <source>Begeleiding toevoegen</source>
        <translation>Add guidance</translation>
    </message>
    <message>
        <source>Deze begeleiding verwijderen?</source>
        <translation>Delete this guidance?</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Urenwens van {who}</source>
        <translation>Hours preference of {who}</translation>
    </message>
    <message>
        <source>leeg = geen grens</source>
        <translation>empty = no limit</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Eerste waarde</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Veld in zkijdesk</source>
        <translation>Field in zkijdesk</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Bestaand dossier aanvullen</source>
        <translation>Add to the existing file</translation>
    </message>
    <message>
        <source>Toch nieuw dossier</source>
        <translation>New file anyway</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New file</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Aanvullen</source>
        <translation>Add to existing</translation>
    </message>
    <message>
        <source>cliënt</source>
        <translation>client</translation>
    </message>
    <message>
        <source>cliënten</source>
        <translation>clients</translation>
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
        <translation>training</translation>
    </message>
    <message>
        <source>scholingen</source>
        <translation>trainings</translation>
    </message>
    <message>
        <source>plaatsing</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>plaatsingen</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contacten</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>vaardigheid</source>
        <translation>skill</translation>
    </message>
    <message>
        <source>vaardigheden</source>
        <translation>skills</translation>
    </message>
    <message>
        <source>werkgever</source>
        <translation>employer</translation>
    </message>
    <message>
        <source>werkgevers</source>
        <translation>employers</translation>
    </message>
    <message>
        <source>vacature</source>
        <translation>vacancy</translation>
    </message>
    <message>
        <source>vacatures</source>
        <translation>vacancies</translation>
    </message>
    <message>
        <source>contactpersoon</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>contactpersonen</source>
        <translation>contact persons</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Wat er gebeurt</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Wordt aangemaakt</source>
        <translation>Will be created</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In het bestand</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Regels</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Waarde in zkijdesk</source>
        <translation>Value in zkijdesk</translation>
    </message>
    <message>
        <source>zkijdesk kent dit woord niet</source>
        <translation>zkijdesk does not know this word</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importeren uit spreadsheet</source>
        <extracomment>Rows checked before the preview shows (the issue asks for them within 2 s); the rest of the file is checked after, in the background. A table cell&apos;s padding (style.py: 4px 8px) plus its grid line: (across, down). An import (or its undo) adds or removes clients, their routes and follow-up tasks, and on a sheet of vacancies, employers and vacancies.</extracomment>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kies het bestand met uw cliënten: Excel (xlsx), LibreOffice (ods) of CSV. Er wordt niets opgeslagen voordat u de controle hebt gezien.</source>
        <translation>Choose the file with your clients: Excel (xlsx), LibreOffice (ods) or CSV. Nothing is saved before you have seen the check.</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pad naar het bestand</source>
        <translation>Path to the file</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Nog geen bestand in de goede vorm? Sla het voorbeeldbestand op: het heeft alle kolommen die zkijdesk kent, met twee voorbeeldregels.</source>
        <translation>No file in the right shape yet? Save the example file: it has every column zkijdesk knows, with two example rows.</translation>
    </message>
    <message>
        <source>Voorbeeldbestand opslaan…</source>
        <translation>Save example file…</translation>
    </message>
    <message>
        <source>Welk werkblad wilt u importeren?</source>
        <translation>Which sheet do you want to import?</translation>
    </message>
    <message>
        <source>Werkblad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Koppeling laden…</source>
        <translation>Load mapping…</translation>
    </message>
    <message>
        <source>Koppeling opslaan…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <source>Alle dubbele cliënten:</source>
        <translation>All duplicate clients:</translation>
    </message>
    <message>
        <source>Verslag opslaan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Import ongedaan maken</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Werkblad kiezen</source>
        <translation>Choose sheet</translation>
    </message>
    <message>
        <source>Kolommen koppelen</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>Waarden koppelen</source>
        <translation>Match values</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stap %1 van %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Gestopt; er is niets opgeslagen.</source>
        <translation>Stopped; nothing was saved.</translation>
    </message>
    <message>
        <source>Kies eerst een bestand.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message numerus="yes">
        <source>Kopregel gevonden op regel %1; %n regels met gegevens. Controleer per kolom welk veld het is, of kies &apos;niet gebruiken&apos;.</source>
        <translation>
            <numerusform>Header found on line %1; %n line with data. Check which field each column is, or choose &apos;do not use&apos;.</numerusform>
            <numerusform>Header found on line %1; %n lines with data. Check which field each column is, or choose &apos;do not use&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Veld voor kolom %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <source>— niet gebruiken —</source>
        <translation>— do not use —</translation>
    </message>
    <message numerus="yes">
        <source>Nog %n woorden staan niet in de lijst; die leest zkijdesk zoals ze zijn.</source>
        <translation>
            <numerusform>%n more word is not in the list; zkijdesk reads it as it is.</numerusform>
            <numerusform>%n more words are not in the list; zkijdesk reads them as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waarde voor %2</source>
        <translation>%1: value for %2</translation>
    </message>
    <message>
        <source>— niet herkend: regel wordt geweigerd —</source>
        <translation>— not recognised: row is refused —</translation>
    </message>
    <message>
        <source>Spreadsheet controleren</source>
        <translation>Checking spreadsheet</translation>
    </message>
    <message>
        <source>Verder controleren</source>
        <translation>Continue checking</translation>
    </message>
    <message>
        <source>Controle gestopt; er is niets opgeslagen. Importeren kan pas als het hele bestand is gecontroleerd.</source>
        <translation>Check stopped; nothing has been saved. You can import once the whole file has been checked.</translation>
    </message>
    <message>
        <source>Keuze voor regel %1</source>
        <translation>Choice for row %1</translation>
    </message>
    <message>
        <source>Hieronder staan de eerste %1 van %2 regels; de andere worden nu gecontroleerd. U kunt importeren zodra het hele bestand is gecontroleerd.</source>
        <translation>Below are the first %1 of %2 rows; the others are being checked now. You can import as soon as the whole file has been checked.</translation>
    </message>
    <message>
        <source>Hieronder staan de eerste %1 van %2 regels; de andere zijn nog niet gecontroleerd.</source>
        <translation>Below are the first %1 of %2 rows; the others have not been checked yet.</translation>
    </message>
    <message>
        <source>De eerste %1 van %2 regels staan hieronder, die met een probleem of een dubbele cliënt eerst. De telling hierboven en de keuze voor alle dubbele cliënten gelden voor alle regels; het verslag noemt elke regel.</source>
        <translation>The first %1 of %2 rows are below, those with a problem or a duplicate client first. The count above and the choice for all duplicate clients apply to every row; the report lists each row.</translation>
    </message>
    <message>
        <source>%1 nieuw, %2 aanvullen, %3 overslaan, %4 geweigerd. Er is nog niets opgeslagen.</source>
        <translation>%1 new, %2 to add to, %3 to skip, %4 refused. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>In de eerste %1 regels:</source>
        <translation>In the first %1 rows:</translation>
    </message>
    <message>
        <source>Wordt aangemaakt: %1.</source>
        <translation>Will be created: %1.</translation>
    </message>
    <message>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Bestaand dossier aanvullen</source>
        <translation>Add to the existing file</translation>
    </message>
    <message numerus="yes">
        <source>%n woorden in de kolommen met vaste waarden kent zkijdesk niet; ze staan bovenaan. Kies wat ze betekenen, anders worden die regels geweigerd.</source>
        <translation>
            <numerusform>zkijdesk does not know %n word in the columns with fixed values; it is at the top. Choose what it means, or those rows will be refused.</numerusform>
            <numerusform>zkijdesk does not know %n words in the columns with fixed values; they are at the top. Choose what they mean, or those rows will be refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>zkijdesk kent alle woorden in de kolommen met vaste waarden. Controleer hoe ze worden gelezen en kies zo nodig een andere waarde.</source>
        <translation>zkijdesk knows every word in the columns with fixed values. Check how they are read and choose another value where needed.</translation>
    </message>
    <message>
        <source>Met &apos;Koppeling opslaan&apos; bewaart u de keuzes voor het volgende bestand.</source>
        <translation>&apos;Save mapping&apos; keeps these choices for the next file.</translation>
    </message>
    <message>
        <source>Import %1 is opgeslagen: %2 nieuwe cliënten, %3 bestaande dossiers aangevuld, %4 routes, %5 scholingen, %6 plaatsingen. %7 regels zijn geweigerd; het verslag zegt per regel waarom, zodat u ze kunt verbeteren en opnieuw kunt importeren.</source>
        <translation>Import %1 is saved: %2 new clients, %3 existing files added to, %4 routes, %5 trainings, %6 placements. %7 rows were refused; the report says why for each row, so you can correct them and import them again.</translation>
    </message>
    <message>
        <source>Nieuwe werkgevers: %1; vacatures: %2; contactpersonen: %3.</source>
        <translation>New employers: %1; vacancies: %2; contact persons: %3.</translation>
    </message>
    <message>
        <source>Vaardigheden bij vacatures: %1.</source>
        <translation>Skills with vacancies: %1.</translation>
    </message>
    <message>
        <source>Contacten: %1; vaardigheden: %2.</source>
        <translation>Contacts: %1; skills: %2.</translation>
    </message>
    <message>
        <source>Spreadsheet kiezen</source>
        <translation>Choose spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Voorbeeldbestand opslaan</source>
        <translation>Save example file</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Voorbeeldbestand opgeslagen: %1</source>
        <translation>Example file saved: %1</translation>
    </message>
    <message>
        <source>Verslag opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Verslag opgeslagen: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Koppeling laden</source>
        <translation>Load mapping</translation>
    </message>
    <message>
        <source>Koppeling (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <source>Koppeling opslaan</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Koppeling opgeslagen: %1</source>
        <translation>Mapping saved: %1</translation>
    </message>
    <message>
        <source>De import is ongedaan gemaakt; de opslag is weer zoals ervoor.</source>
        <translation>The import has been undone; the store is as it was before.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Velden met * zijn verplicht. Wat u typt, wordt tussentijds bewaard.</source>
        <translation>Fields marked * are required. What you type is kept as you go.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Inschrijven (Ctrl+S)</source>
        <translation>Register (Ctrl+S)</translation>
    </message>
    <message>
        <source>Direct een route starten</source>
        <translation>Start a route right away</translation>
    </message>
    <message>
        <source>Nog onbekend</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Geen project</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>Niet-afgeronde invoer van %1 is teruggezet.</source>
        <translation>Unfinished input from %1 has been restored.</translation>
    </message>
    <message>
        <source>Leegmaken</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Stoppen met inschrijven?</source>
        <translation>Stop registering?</translation>
    </message>
    <message>
        <source>De ingevulde gegevens worden niet bewaard.</source>
        <translation>The details entered will not be kept.</translation>
    </message>
    <message>
        <source>Niet inschrijven</source>
        <translation>Don&apos;t register</translation>
    </message>
    <message>
        <source>Verder invullen</source>
        <translation>Keep filling in</translation>
    </message>
    <message>
        <source>Ingeschreven als %1.</source>
        <translation>Registered as %1.</translation>
    </message>
    <message>
        <source>Bestaand dossier openen</source>
        <translation>Open existing file</translation>
    </message>
    <message>
        <source>Toch inschrijven: andere persoon</source>
        <translation>Register anyway: a different person</translation>
    </message>
</context>
<context>
    <name>LabelsTab</name>
    <message>
        <source>Focussector</source>
        <translation>Focus sector</translation>
    </message>
    <message>
        <source>De sector waar de cliënt naartoe werkt: Zorg &amp; Welzijn, Onderwijs, Techniek of een overige sector.</source>
        <translation>The sector the client is working towards: Care &amp; Welfare, Education, Technology or another sector.</translation>
    </message>
    <message>
        <source>Geen sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>Focusdoelgroepen %1</source>
        <translation>Focus target groups %1</translation>
    </message>
    <message>
        <source>Focusdoelgroep %1</source>
        <translation>Focus target group %1</translation>
    </message>
    <message>
        <source>Voor dit jaar zijn nog geen focusdoelgroepen vastgesteld.</source>
        <translation>No focus target groups have been set for this year yet.</translation>
    </message>
    <message>
        <source>Eerdere jaren (alleen lezen)</source>
        <translation>Earlier years (read only)</translation>
    </message>
    <message>
        <source>Vaardigheden en certificaten</source>
        <translation>Skills and certificates</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Geen labels uit eerdere jaren.</source>
        <translation>No labels from earlier years.</translation>
    </message>
    <message>
        <source>Gegeven op %1</source>
        <translation>Given on %1</translation>
    </message>
    <message>
        <source>Nog geen vaardigheden vastgelegd.</source>
        <translation>No skills recorded yet.</translation>
    </message>
    <message>
        <source>Vaardigheid %1 verwijderen</source>
        <translation>Remove skill %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Vergrendeld scherm</source>
        <translation>Locked screen</translation>
    </message>
    <message>
        <source>zkijdesk is vergrendeld</source>
        <translation>zkijdesk is locked</translation>
    </message>
    <message>
        <source>Voer uw pincode of wachtwoord in om verder te werken.</source>
        <translation>Enter your PIN or password to continue.</translation>
    </message>
    <message>
        <source>%1, voer uw pincode of wachtwoord in om verder te werken.</source>
        <translation>%1, enter your PIN or password to continue.</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Pincode vergeten? De beheerder kan de vergrendeling opheffen, of gebruik de herstelsleutel van deze opslag (zie de handleiding).</source>
        <translation>Forgot your PIN? The admin can lift the lock, or use this store&apos;s recovery key (see the user guide).</translation>
    </message>
    <message>
        <source>zkijdesk — vergrendeld</source>
        <translation>zkijdesk — locked</translation>
    </message>
    <message>
        <source>Ontgrendelen is mislukt door een onverwachte fout; probeer het opnieuw.</source>
        <translation>Unlocking failed because of an unexpected error; please try again.</translation>
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
        <translation>Main menu</translation>
    </message>
    <message>
        <source>Mijn werkvoorraad</source>
        <translation>My worklist</translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Werkgevers &amp; vacatures</source>
        <translation>Employers &amp; vacancies</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>GEOPENDE DOSSIERS</source>
        <translation>OPEN FILES</translation>
    </message>
    <message>
        <source>Geopende dossiers</source>
        <translation>Open files</translation>
    </message>
    <message>
        <source>Opslag wordt geopend…</source>
        <translation>Opening the store…</translation>
    </message>
    <message>
        <source>Opslag: %1 (wordt geopend…)</source>
        <translation>Store: %1 (opening…)</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Cliënt zoeken</source>
        <translation>Find client</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lijst exporteren naar Excel…</source>
        <translation>Export list to Excel…</translation>
    </message>
    <message>
        <source>Taken exporteren naar agenda (.ics)…</source>
        <translation>Export tasks to calendar (.ics)…</translation>
    </message>
    <message>
        <source>Importeren uit spreadsheet…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <source>Prullenbak…</source>
        <translation>Bin…</translation>
    </message>
    <message>
        <source>Dossier sluiten</source>
        <translation>Close file</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Over zkijdesk</source>
        <translation>About zkijdesk</translation>
    </message>
    <message>
        <source>zkijdesk — DEMO (synthetische gegevens)</source>
        <translation>zkijdesk — DEMO (synthetic data)</translation>
    </message>
    <message>
        <source>Opslag: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Gebruiker: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 wordt geladen…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Dossier wordt geladen…</source>
        <translation>Loading file…</translation>
    </message>
    <message>
        <source>Wijzigingen ongedaan maken</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>De niet-opgeslagen wijzigingen in dit dossier vervallen.</source>
        <translation>The unsaved changes in this file will be lost.</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Taken exporteren naar agenda</source>
        <translation>Export tasks to calendar</translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 taken geëxporteerd naar %2</source>
        <translation>%1 tasks exported to %2</translation>
    </message>
    <message>
        <source>Agenda exporteren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>De gekozen taal wordt gebruikt vanaf de volgende start van zkijdesk.</source>
        <translation>The chosen language is used from the next start of zkijdesk.</translation>
    </message>
    <message>
        <source>Annuleren, zoekveld leegmaken</source>
        <translation>Cancel, clear the search field</translation>
    </message>
    <message>
        <source>Naar een pagina</source>
        <translation>Go to a page</translation>
    </message>
    <message>
        <source>Contact vastleggen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>Scherm vergrendelen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <source>zkijdesk sluit zodra dit klaar is: %1</source>
        <translation>zkijdesk will close as soon as this is done: %1</translation>
    </message>
</context>
<context>
    <name>MatchingTab</name>
    <message>
        <source>Vacature</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Welke cliënten</source>
        <translation>Which clients</translation>
    </message>
    <message>
        <source>Mijn cliënten</source>
        <translation>My clients</translation>
    </message>
    <message>
        <source>Hele team (gepseudonimiseerd)</source>
        <translation>Whole team (pseudonymised)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Wat zoekt u</source>
        <translation>What are you looking for</translation>
    </message>
    <message>
        <source>Kandidaten voor een vacature</source>
        <translation>Candidates for a vacancy</translation>
    </message>
    <message>
        <source>Vacatures voor een cliënt</source>
        <translation>Vacancies for a client</translation>
    </message>
    <message>
        <source>Op de teamdatabase zoeken alleen coaches in het hele team: u leest de anonieme maandcijfers.</source>
        <translation>On the team database only coaches search the whole team: you read the anonymous monthly figures.</translation>
    </message>
    <message>
        <source>Typ een naam of cliëntnummer</source>
        <translation>Type a name or client number</translation>
    </message>
    <message>
        <source>Urenwens…</source>
        <translation>Hours preference…</translation>
    </message>
    <message>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Kies een vacature en klik op Zoeken.</source>
        <translation>Choose a vacancy and click Search.</translation>
    </message>
    <message>
        <source>Kies een cliënt en klik op Zoeken.</source>
        <translation>Choose a client and click Search.</translation>
    </message>
    <message>
        <source>Geen actieve cliënten gevonden die nog niet zijn voorgedragen.</source>
        <translation>No active clients found who have not been proposed yet.</translation>
    </message>
    <message>
        <source>Geen open vacatures gevonden waarvoor deze cliënt nog niet is voorgedragen.</source>
        <translation>No open vacancies found for which this client has not been proposed yet.</translation>
    </message>
    <message>
        <source>Alleen de eigen coach kan deze cliënt voordragen.</source>
        <translation>Only the client&apos;s own coach can propose this client.</translation>
    </message>
    <message>
        <source>Selecteer een eigen cliënt om de urenwens te zien of vast te leggen.</source>
        <translation>Select one of your own clients to see or record the hours preference.</translation>
    </message>
    <message>
        <source>Urenwens van {who}: {hours}</source>
        <translation>Hours preference of {who}: {hours}</translation>
    </message>
    <message>
        <source>Voordragen</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Bezig met zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Voortgangsgesprek</source>
        <translation>Progress meeting</translation>
    </message>
    <message>
        <source>Besproken:
- 

Afspraken:
- 

Volgende stap en datum:
- </source>
        <translation>Discussed:
- 

Agreements:
- 

Next step and date:
- </translation>
    </message>
    <message>
        <source>Intakegesprek</source>
        <translation>Intake meeting</translation>
    </message>
    <message>
        <source>Hulpvraag:

Werkervaring en opleiding:

Vaardigheden:

Belemmeringen:

Afspraken:
- </source>
        <translation>Request for help:

Work experience and education:

Skills:

Barriers:

Agreements:
- </translation>
    </message>
    <message>
        <source>Telefonisch contact</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Reden van contact:

Uitkomst:

Actie:
- </source>
        <translation>Reason for contact:

Outcome:

Action:
- </translation>
    </message>
    <message>
        <source>Gesprek met werkgever</source>
        <translation>Meeting with employer</translation>
    </message>
    <message>
        <source>Werkgever en contactpersoon:

Functie en uren:

Afspraken over begeleiding:
- </source>
        <translation>Employer and contact person:

Position and hours:

Agreements on guidance:
- </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Personalia</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>Contact en woonplaats</source>
        <translation>Contact and residence</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Situatie bij intake</source>
        <translation>Situation at intake</translation>
    </message>
    <message>
        <source>Kies een status</source>
        <translation>Choose a status</translation>
    </message>
    <message>
        <source>In het doelgroepregister (banenafspraak)</source>
        <translation>In the target group register (job agreement)</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>Gesprek vastleggen</source>
        <translation>Record meeting</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Geplaatst</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Niet geplaatst</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <source>Selecteer een voordracht om de volgende stap vast te leggen.</source>
        <translation>Select a proposal to record the next step.</translation>
    </message>
    <message>
        <source>{number} (cliënt van collega {coach})</source>
        <translation>{number} (client of colleague {coach})</translation>
    </message>
    <message>
        <source> · alleen de eigen coach legt de volgende stap vast</source>
        <translation> · only the client&apos;s own coach records the next step</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Plaatsing toevoegen</source>
        <translation>Add placement</translation>
    </message>
    <message>
        <source>Typ een deel van de naam; leeg: werkgever onbekend</source>
        <translation>Type part of the name; empty: employer unknown</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> (optioneel)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Banenafspraakplaatsing</source>
        <translation>Job agreement placement</translation>
    </message>
    <message>
        <source>Nazorg na 3, 6 en 12 maanden wordt automatisch als taak gepland.</source>
        <translation>Follow-ups after 3, 6 and 12 months are planned as tasks automatically.</translation>
    </message>
    <message>
        <source>Kies een werkgever uit de lijst, of maak het veld leeg.</source>
        <translation>Choose an employer from the list, or clear the field.</translation>
    </message>
</context>
<context>
    <name>PrivacyIntegration</name>
    <message>
        <source>zkijdesk is al geopend met deze opslag; dat venster staat nu voor.</source>
        <translation>zkijdesk is already open with this store; that window is now in front.</translation>
    </message>
    <message>
        <source>Stel eerst een pincode in bij Instellingen om te kunnen vergrendelen.</source>
        <translation>Set a PIN under Settings first to be able to lock.</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
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
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Making a backup</translation>
    </message>
    <message>
        <source>De reservekopie van het afsluiten op {when} is nu alsnog gemaakt.</source>
        <translation>The backup from closing on {when} has been made now.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeSection</name>
    <message>
        <source>Privacygegevens voor inzageverzoeken</source>
        <translation>Privacy texts for access requests</translation>
    </message>
    <message>
        <source>Elk inzageoverzicht noemt wie verantwoordelijk is, hoe de cliënt u of de functionaris gegevensbescherming bereikt, de doelen, de grondslag, de ontvangers en de bron. Een leeg tekstvak krijgt de standaardtekst.</source>
        <translation>Every access reply names who is responsible, how the client reaches you or the data protection officer, the purposes, the legal basis, the recipients and the source. An empty text box gets the default text.</translation>
    </message>
    <message>
        <source>Verwerkingsverantwoordelijke</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Contactgegevens</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Functionaris gegevensbescherming</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Ontvangers</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Bron van de gegevens</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>Privacygegevens opslaan</source>
        <translation>Save privacy texts</translation>
    </message>
    <message>
        <source>Privacygegevens opgeslagen.</source>
        <translation>Privacy texts saved.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PublicationTableModel</name>
    <message>
        <source>Geheim.</source>
        <translation>Hidden.</translation>
    </message>
    <message>
        <source>Geheim: het aantal is kleiner dan de drempel.</source>
        <translation>Hidden: the count is below the threshold.</translation>
    </message>
    <message>
        <source>Geheim: iedereen in deze kleine groep had dezelfde uitkomst.</source>
        <translation>Hidden: everyone in this small group had the same outcome.</translation>
    </message>
    <message>
        <source>Geheim: anders is een ander geheim cijfer terug te rekenen.</source>
        <translation>Hidden: otherwise another hidden figure could be worked out.</translation>
    </message>
    <message>
        <source>geheim</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Er ging onverwacht iets mis bij het maken van de maandcijfers; er is niets geschreven.</source>
        <translation>Something unexpected went wrong while making the monthly figures; nothing was written.</translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <source>Deze opslag</source>
        <translation>This store</translation>
    </message>
    <message>
        <source>Bijdragen van het team</source>
        <translation>The team&apos;s contributions</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <extracomment>The user&apos;s preference that remembers the month last chosen (&quot;YYYY-MM&quot;).</extracomment>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Geanonimiseerde maandcijfers voor de RBA en het programmateam. Kleine aantallen en alles waaruit die terug te rekenen zijn, blijven geheim (x).</source>
        <translation>Anonymised monthly figures for the RBA and the programme team. Small counts, and anything they could be worked back from, stay secret (x).</translation>
    </message>
    <message>
        <source>Verslagmaand</source>
        <translation>Reporting month</translation>
    </message>
    <message>
        <source>Bron van de cijfers</source>
        <translation>Source of the figures</translation>
    </message>
    <message>
        <source>Voorbeeld berekenen</source>
        <translation>Calculate preview</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Maand:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Toegankelijke versie voor schermlezers, met dezelfde cijfers en toelichting; gaat altijd mee met de PDF.</source>
        <translation>Accessible version for screen readers, with the same figures and notes; always goes along with the PDF.</translation>
    </message>
    <message>
        <source>Bijdragen…</source>
        <translation>Contributions…</translation>
    </message>
    <message>
        <source>Voor een team zonder gedeelde database: sleutels, coaches en de bijdragen van de maand.</source>
        <translation>For a team without a shared database: keys, coaches and the month&apos;s contributions.</translation>
    </message>
    <message>
        <source>Status van de maandcijfers</source>
        <translation>Status of the monthly figures</translation>
    </message>
    <message>
        <source>Eerdere publicatie</source>
        <translation>Earlier publication</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Tabel:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>Voorbeeld van de tabel</source>
        <translation>Preview of the table</translation>
    </message>
    <message>
        <source>x (grijs) = geheim; wijs een x aan om te zien waarom. Totalen vetgedrukt.</source>
        <translation>x (grey) = secret; point at an x to see why. Totals in bold.</translation>
    </message>
    <message>
        <source>Voorbeeld wordt afgebroken…</source>
        <translation>Stopping the preview…</translation>
    </message>
    <message>
        <source>Voorbeeld afgebroken; kies &apos;Voorbeeld berekenen&apos;.</source>
        <translation>Preview stopped; choose &apos;Calculate preview&apos;.</translation>
    </message>
    <message>
        <source>Deze maand is al gepubliceerd: versie %1 op %2 (%3), %4 geheim; een nieuwe export wordt versie %5.</source>
        <translation>This month was published before: version %1 on %2 (%3), %4 hidden; a new export becomes version %5.</translation>
    </message>
    <message>
        <source>Deze maand is nog niet gepubliceerd.</source>
        <translation>This month has not been published yet.</translation>
    </message>
    <message>
        <source>Laatst gepubliceerd: %1, versie %2 op %3.</source>
        <translation>Last published: %1, version %2 on %3.</translation>
    </message>
    <message>
        <source>Voorbeeld wordt berekend…</source>
        <translation>Calculating preview…</translation>
    </message>
    <message>
        <source>Voorbeeld maandcijfers</source>
        <translation>Monthly figures preview</translation>
    </message>
    <message>
        <source>Map voor de maandcijfers</source>
        <translation>Folder for the monthly figures</translation>
    </message>
    <message>
        <source>Kies ten minste één formaat.</source>
        <translation>Choose at least one format.</translation>
    </message>
    <message>
        <source>Maandcijfers worden gemaakt…</source>
        <translation>Making the monthly figures…</translation>
    </message>
    <message>
        <source>Controle geslaagd · %1 van %2 cijfers geheim · drempel %3</source>
        <translation>Check passed · %1 of %2 figures secret · threshold %3</translation>
    </message>
    <message>
        <source>%1 geheim in deze tabel</source>
        <translation>%1 secret in this table</translation>
    </message>
    <message>
        <source>Maandcijfers %1 geschreven (versie %2); controle geslaagd, %3 geheim.</source>
        <translation>Monthly figures %1 written (version %2); check passed, %3 secret.</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route wijzigen</source>
        <translation>Edit route</translation>
    </message>
    <message>
        <source>Nieuwe route starten</source>
        <translation>Start a new route</translation>
    </message>
    <message>
        <source>Geen project</source>
        <translation>No project</translation>
    </message>
</context>
<context>
    <name>RouteTab</name>
    <message>
        <source>Lopende route</source>
        <translation>Current route</translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Scholing</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Route afsluiten</source>
        <translation>Close route</translation>
    </message>
    <message>
        <source>Begeleiding toevoegen</source>
        <translation>Add guidance</translation>
    </message>
    <message>
        <source>Scholing toevoegen</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>Plaatsing toevoegen</source>
        <translation>Add placement</translation>
    </message>
    <message>
        <source>Geen lopende route</source>
        <translation>No current route</translation>
    </message>
    <message>
        <source>De coach van dit dossier start routes.</source>
        <translation>The coach of this file starts routes.</translation>
    </message>
    <message>
        <source>Laatste route heropenen</source>
        <translation>Reopen last route</translation>
    </message>
    <message>
        <source>Nieuwe route starten</source>
        <translation>Start a new route</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen route. Start een route om begeleiding, scholing en plaatsingen vast te leggen.</source>
        <translation>This client has no route yet. Start a route to record guidance, training and placements.</translation>
    </message>
    <message>
        <source>Eerdere routes</source>
        <translation>Earlier routes</translation>
    </message>
    <message>
        <source>%1 stappen</source>
        <translation>%1 steps</translation>
    </message>
    <message>
        <source>Stappen tonen</source>
        <translation>Show steps</translation>
    </message>
    <message>
        <source>Stappen verbergen</source>
        <translation>Hide steps</translation>
    </message>
    <message>
        <source>Aanmelder: %1</source>
        <translation>Referred by: %1</translation>
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
        <translation>Finished</translation>
    </message>
    <message>
        <source>Gepland: %1</source>
        <translation>Planned: %1</translation>
    </message>
    <message>
        <source>Werkelijk: %1</source>
        <translation>Actual: %1</translation>
    </message>
    <message>
        <source>Behaald: %1</source>
        <translation>Achieved: %1</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Werkgever onbekend</source>
        <translation>Employer unknown</translation>
    </message>
    <message>
        <source>%1 uur per week</source>
        <translation>%1 hours per week</translation>
    </message>
    <message>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Aan het werk</source>
        <translation>At work</translation>
    </message>
    <message>
        <source>Einde of verwijderen</source>
        <translation>End or delete</translation>
    </message>
    <message>
        <source>Route afgesloten</source>
        <translation>Route closed</translation>
    </message>
    <message>
        <source>Reden: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Nazorg %1 mnd: werkt nog (%2)</source>
        <translation>Follow-up %1 mo: still working (%2)</translation>
    </message>
    <message>
        <source>Nazorg %1 mnd: werkt er niet meer (%2)</source>
        <translation>Follow-up %1 mo: no longer working there (%2)</translation>
    </message>
    <message>
        <source>Nazorg %1 mnd: gepland op %2</source>
        <translation>Follow-up %1 mo: planned for %2</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>SectorCounts</name>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Geen sector</source>
        <translation>No sector</translation>
    </message>
</context>
<context>
    <name>SettingEditor</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen en privacy</source>
        <translation>Settings and privacy</translation>
    </message>
    <message>
        <source>Overige instellingen</source>
        <translation>Other settings</translation>
    </message>
    <message>
        <source>Deze instellingen gelden voor iedereen die met deze opslag werkt.</source>
        <translation>These settings apply to everyone who works with this store.</translation>
    </message>
    <message>
        <source>%1 opgeslagen.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>App-vergrendeling</source>
        <translation>App lock</translation>
    </message>
    <message>
        <source>Met een eigen pincode of wachtwoord (minstens 6 tekens) vergrendelt zkijdesk bij het starten, na de ingestelde tijd zonder gebruik en met Ctrl+L; vergrendeld is er geen persoonsgegeven te zien.</source>
        <translation>With your own PIN or password (at least 6 characters) zkijdesk locks at start, after the set time without use and with Ctrl+L; while locked no personal data can be seen.</translation>
    </message>
    <message>
        <source>Vergrendeling instellen</source>
        <translation>Set lock</translation>
    </message>
    <message>
        <source>Vergrendeling uitzetten</source>
        <translation>Turn lock off</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Herhaal: de twee nieuwe invoeren zijn niet gelijk.</source>
        <translation>Repeat: the two new entries are not the same.</translation>
    </message>
    <message>
        <source>Vergrendeling ingesteld.</source>
        <translation>Lock set.</translation>
    </message>
    <message>
        <source>Pincode opslaan</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <source>Vergrendeling uitgezet.</source>
        <translation>Lock turned off.</translation>
    </message>
    <message>
        <source>Pincode verwijderen</source>
        <translation>Remove PIN</translation>
    </message>
    <message>
        <source>Vergrendelen na inactiviteit</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>Geldt op deze opslag voor iedereen die een pincode heeft ingesteld. Is iemand de pincode vergeten, hef de vergrendeling dan hieronder op.</source>
        <translation>Applies on this store to everyone who has set a PIN. If someone forgot their PIN, lift their lock below.</translation>
    </message>
    <message>
        <source>Gebruiker met een pincode</source>
        <translation>User with a PIN</translation>
    </message>
    <message>
        <source>Vergrendeling opheffen…</source>
        <translation>Lift the lock…</translation>
    </message>
    <message>
        <source>Pincode vergeten:</source>
        <translation>PIN forgotten:</translation>
    </message>
    <message>
        <source>De vergrendeling van %1 opheffen? Daarna kan %1 zonder pincode verder en een nieuwe instellen.</source>
        <translation>Lift the lock of %1? %1 can then go on without a PIN and set a new one.</translation>
    </message>
    <message>
        <source>Vergrendeling opheffen</source>
        <translation>Lift the lock</translation>
    </message>
    <message>
        <source>Opheffen</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>De vergrendeling van %1 is opgeheven.</source>
        <translation>The lock of %1 has been lifted.</translation>
    </message>
    <message>
        <source>Instelling opslaan</source>
        <translation>Save setting</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Versleuteld en na het schrijven gecontroleerd: elke dag en bij het afsluiten; bewaard worden 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën.</source>
        <translation>Encrypted and verified after writing: every day and when closing; 7 daily, 4 weekly and 12 monthly copies are kept.</translation>
    </message>
    <message>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Geselecteerde terugzetten…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt en gecontroleerd: %1</source>
        <translation>Backup made and verified: %1</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Make backup</translation>
    </message>
    <message>
        <source>Kies eerst een reservekopie in de lijst.</source>
        <translation>First choose a backup in the list.</translation>
    </message>
    <message>
        <source>Reservekopie van %1 terugzetten? De huidige stand wordt eerst bewaard.</source>
        <translation>Restore the backup of %1? The current state is saved first.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Teruggezet; de vorige stand staat in %1.</source>
        <translation>Restored; the previous state is in %1.</translation>
    </message>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Maanden na het afsluiten van de laatste route, per reden van afsluiten. Wissen gebeurt pas na bevestiging en raakt nooit een lopende route.</source>
        <translation>Months after the last route was closed, per closing reason. Erasing happens only after confirmation and never touches an open route.</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Bewaartermijn %1</source>
        <translation>Retention term %1</translation>
    </message>
    <message>
        <source>Termijnen opslaan</source>
        <translation>Save terms</translation>
    </message>
    <message>
        <source>Toon wat verloopt</source>
        <translation>Show what expires</translation>
    </message>
    <message>
        <source>Verlopen dossiers wissen…</source>
        <translation>Erase expired files…</translation>
    </message>
    <message>
        <source>Bewaartermijnen opgeslagen.</source>
        <translation>Retention terms saved.</translation>
    </message>
    <message>
        <source>%1 dossier(s) over de termijn</source>
        <translation>%1 file(s) past the term</translation>
    </message>
    <message>
        <source>; %1 met beperking blijven staan</source>
        <translation>; %1 with a restriction are kept</translation>
    </message>
    <message>
        <source>Bewaartermijnen nagaan</source>
        <translation>Check retention terms</translation>
    </message>
    <message>
        <source>Toon eerst wat verloopt.</source>
        <translation>First show what expires.</translation>
    </message>
    <message>
        <source>Dossiers wissen</source>
        <translation>Erase files</translation>
    </message>
    <message>
        <source>%1 dossier(s) definitief wissen?</source>
        <translation>Erase %1 file(s) for good?</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>%1 dossier(s) gewist.</source>
        <translation>%1 file(s) erased.</translation>
    </message>
    <message>
        <source>ingesteld; de app vergrendelt na inactiviteit</source>
        <translation>set; the app locks after inactivity</translation>
    </message>
    <message>
        <source>niet ingesteld</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>PostgreSQL: reservekopieën maakt de beheerder.</source>
        <translation>PostgreSQL: backups are made by the administrator.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Dossier delen</source>
        <translation>Share file</translation>
    </message>
    <message>
        <source>Wordt geladen…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Een collega met wie het dossier van %1 gedeeld is, vindt het in de eigen lijst, leest het en vult het aan; de route blijft van de coach. Delen en beëindigen komen in het auditlog; bij beëindigen gaan de open taken van de collega over deze cliënt naar de coach.</source>
        <translation>A colleague %1&apos;s file is shared with finds it in their own list, reads it and adds to it; the route stays the coach&apos;s. Sharing and ending a share go into the audit log; when a share ends, the colleague&apos;s open tasks about this client go to the coach.</translation>
    </message>
    <message>
        <source>Gedeeld met</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>Niet meer delen</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>Collega</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Typ een deel van de naam</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Coach van dit dossier: %1.</source>
        <translation>Coach of this file: %1.</translation>
    </message>
    <message>
        <source>Met niemand gedeeld.</source>
        <translation>Not shared with anyone.</translation>
    </message>
    <message>
        <source>Dossier gedeeld.</source>
        <translation>File shared.</translation>
    </message>
    <message>
        <source>U ziet dit dossier daarna niet meer; uw open taken over deze cliënt gaan naar de coach.</source>
        <translation>You will no longer see this file; your open tasks about this client go to the coach.</translation>
    </message>
    <message>
        <source>Wat u in het dossier nog niet opsloeg, gaat verloren.</source>
        <translation>What you have not yet saved in the file will be lost.</translation>
    </message>
    <message>
        <source>Delen beëindigd.</source>
        <translation>Sharing ended.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Uw inlognaam komt niet voor in deze opslag. Kies uw naam; zkijdesk onthoudt de keuze op deze computer.</source>
        <translation>Your login name is not in this store. Choose your name; zkijdesk remembers the choice on this computer.</translation>
    </message>
    <message>
        <source>Gebruikers van deze opslag</source>
        <translation>Users of this store</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SkillPicker</name>
    <message>
        <source>Zoek op naam of sector, bijv. &apos;ADL&apos; of &apos;Techniek&apos;</source>
        <translation>Search by name or sector, e.g. &apos;ADL&apos; or &apos;Techniek&apos;</translation>
    </message>
    <message>
        <source>Vaardigheid zoeken</source>
        <translation>Find skill</translation>
    </message>
    <message>
        <source>Gevonden vaardigheden</source>
        <translation>Skills found</translation>
    </message>
    <message>
        <source>Toevoegen als vereist</source>
        <translation>Add as required</translation>
    </message>
    <message>
        <source>Gekozen vaardigheid toevoegen als vereist</source>
        <translation>Add the chosen skill as required</translation>
    </message>
    <message>
        <source>Toevoegen als gewenst</source>
        <translation>Add as desired</translation>
    </message>
    <message>
        <source>Gekozen vaardigheid toevoegen als gewenst</source>
        <translation>Add the chosen skill as desired</translation>
    </message>
    <message>
        <source>Vereiste vaardigheden</source>
        <translation>Required skills</translation>
    </message>
    <message>
        <source>Gewenste vaardigheden</source>
        <translation>Desired skills</translation>
    </message>
    <message>
        <source>Verwijderen uit de keuze</source>
        <translation>Remove from the selection</translation>
    </message>
    <message>
        <source>Geselecteerde vaardigheid uit de keuze halen</source>
        <translation>Remove the selected skill from the selection</translation>
    </message>
    <message>
        <source>Vereist</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Desired</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>teamdatabase %1 op %2</source>
        <translation>team database %1 on %2</translation>
    </message>
    <message>
        <source>Opslag: %1 (wordt geopend…)</source>
        <translation>Store: %1 (opening…)</translation>
    </message>
    <message>
        <source>Welkom! Maak een opslag aan of open de demo.</source>
        <translation>Welcome! Create a store or open the demo.</translation>
    </message>
    <message>
        <source>De wachtwoordzin klopt niet. Probeer het opnieuw:</source>
        <translation>The passphrase is not right. Try again:</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de opslag:</source>
        <translation>Passphrase of the store:</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet. Wachtwoord van %1:</source>
        <translation>The password is not right. Password of %1:</translation>
    </message>
    <message>
        <source>Wachtwoord van %1 voor de teamdatabase:</source>
        <translation>Password of %1 for the team database:</translation>
    </message>
    <message>
        <source>Aanmelden bij de teamdatabase</source>
        <translation>Sign in to the team database</translation>
    </message>
    <message>
        <source>Opslag openen</source>
        <translation>Open store</translation>
    </message>
</context>
<context>
    <name>StepDialogs</name>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Geen sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>vanaf %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>SuggestionTable</name>
    <message>
        <source>{number} (cliënt van collega)</source>
        <translation>{number} (colleague&apos;s client)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Vereist</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Vacature</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Taak wijzigen</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Deze taak verwijderen?</source>
        <translation>Delete this task?</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wordt afgebroken…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Uiterste datum</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Taak toevoegen</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Wat moet er gebeuren?</source>
        <translation>What needs doing?</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Liever geen namen in de titel: wie de titels meestuurt naar de agenda, stuurt ze naar telefoon of cloud. Standaard gaat alleen het cliëntnummer mee.</source>
        <translation>Preferably no names in the title: sending titles to the calendar sends them to phone or cloud. By default only the client number goes along.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Afgeronde taken tonen</source>
        <translation>Show completed tasks</translation>
    </message>
    <message>
        <source>Taken van deze cliënt</source>
        <translation>This client&apos;s tasks</translation>
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
        <translation>Each coach&apos;s caseload, what is overdue, and transfers without opening files.</translation>
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
        <translation>Current routes</translation>
    </message>
    <message>
        <source>Nieuw deze maand</source>
        <translation>New this month</translation>
    </message>
    <message>
        <source>Taken te laat</source>
        <translation>Tasks overdue</translation>
    </message>
    <message>
        <source>Nazorg t/m vandaag</source>
        <translation>Follow-ups due by today</translation>
    </message>
    <message>
        <source>Caseload overdragen…</source>
        <translation>Transfer caseload…</translation>
    </message>
    <message>
        <source>Cliënt overdragen…</source>
        <translation>Transfer client…</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Taken van collega&apos;s die te laat zijn</source>
        <translation>Colleagues&apos; overdue tasks</translation>
    </message>
    <message>
        <source>Uiterste datum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Cliëntnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Nazorg van collega&apos;s die te doen is</source>
        <translation>Colleagues&apos; follow-ups that are due</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>%1 (na %2 mnd)</source>
        <translation>%1 (after %2 mo)</translation>
    </message>
    <message>
        <source>Teamcijfers worden gelezen…</source>
        <translation>Reading the team&apos;s figures…</translation>
    </message>
    <message>
        <source>%1 coaches, %2 lopende routes, %3 taken van collega&apos;s te laat.</source>
        <translation>%1 coaches, %2 open routes, %3 colleagues&apos; tasks overdue.</translation>
    </message>
    <message>
        <source>De oudste %1 staan hieronder.</source>
        <translation>The oldest %1 are listed below.</translation>
    </message>
    <message>
        <source>Naar de coach van het dossier</source>
        <translation>To the coach of the file</translation>
    </message>
    <message>
        <source>%1 open taak/taken staan bij een collega die het dossier niet meer ziet (van voor deze versie, of een deling die is beëindigd).</source>
        <translation>%1 open task(s) lie with a colleague who no longer sees the file (from before this version, or a share that ended).</translation>
    </message>
    <message>
        <source>%1 taak/taken naar de coach van het dossier.</source>
        <translation>%1 task(s) given to the coach of the file.</translation>
    </message>
    <message>
        <source>Bijdragen %1: ontvangen van %2; nog niet van %3.</source>
        <translation>Contributions %1: received from %2; not yet from %3.</translation>
    </message>
    <message>
        <source>%1 route(s) overgedragen.</source>
        <translation>%1 route(s) transferred.</translation>
    </message>
    <message>
        <source>Cliënt %1 overgedragen aan %2.</source>
        <translation>Client %1 transferred to %2.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Scholing wijzigen</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <source>Scholing toevoegen</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>Deze scholing verwijderen?</source>
        <translation>Delete this training?</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Caseload overdragen</source>
        <translation>Transfer caseload</translation>
    </message>
    <message>
        <source>Van %1 gaan naar de gekozen collega: %2 lopende route(s), %3 open taak/taken over die cliënten en %4 nazorgmoment(en) die nu te doen zijn.</source>
        <translation>From %1, moving to the chosen colleague: %2 open route(s), %3 open task(s) about those clients and %4 follow-up(s) due now.</translation>
    </message>
    <message>
        <source>Nieuwe coach</source>
        <translation>New coach</translation>
    </message>
    <message>
        <source>De overdracht komt in het auditlog. U opent de dossiers daarbij niet; de nieuwe coach ziet ze direct in de eigen werkvoorraad, de vorige niet meer (tenzij een dossier met hem of haar gedeeld is).</source>
        <translation>The transfer goes into the audit log. You do not open the files; the new coach sees them in their own worklist at once, the previous one no longer does (unless a file is shared with them).</translation>
    </message>
    <message>
        <source>Overdragen</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
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
        <translation>The team&apos;s figures over the last 24 months, as pictures.</translation>
    </message>
    <message>
        <source>Interne teamcijfers: ook kleine aantallen staan erin, zonder geheimhouding. Deel grafieken en bestanden hieruit alleen binnen het team. Cijfers die het team verlaten, maakt u bij Rapportage: de maandcijfers houden kleine aantallen geheim.</source>
        <translation>Internal team figures: small numbers are included, without disclosure control. Share charts and files from here only within the team. Figures that leave the team are made in Reporting: the monthly figures keep small numbers confidential.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Verdeling</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per focussector</source>
        <translation>By focus sector</translation>
    </message>
    <message>
        <source>Per focusdoelgroep van het jaar</source>
        <translation>By the year&apos;s focus target group</translation>
    </message>
    <message>
        <source>Per gemeente</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Jaar tot en met de maand</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Streefcijfers…</source>
        <translation>Aims…</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>De cijfers van 24 maanden worden geteld…</source>
        <translation>Counting 24 months of figures…</translation>
    </message>
    <message>
        <source>Trends berekenen</source>
        <translation>Computing trends</translation>
    </message>
    <message>
        <source>%1 tot en met %2, geteld op %3 met de telregels van de maandcijfers.</source>
        <translation>%1 to %2, counted on %3 with the counting rules of the monthly figures.</translation>
    </message>
    <message>
        <source>Berekenen afgebroken.</source>
        <translation>Computing cancelled.</translation>
    </message>
    <message>
        <source>Intern: niet beveiligd tegen onthulling, niet publiceren.</source>
        <translation>Internal: not protected against disclosure, do not publish.</translation>
    </message>
    <message>
        <source>per maand</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>jaar tot en met de maand</source>
        <translation>year to date</translation>
    </message>
    <message>
        <source>Werkgevers en vacatures hebben geen focusdoelgroep; kies een andere verdeling.</source>
        <translation>Employers and vacancies have no focus target group; choose another split.</translation>
    </message>
    <message>
        <source>Geen cijfers.</source>
        <translation>No figures.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Scholing gestart</source>
        <translation>Training started</translation>
    </message>
    <message>
        <source>Geplaatst</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Werkt na 6 maanden nog</source>
        <translation>Still working after 6 months</translation>
    </message>
    <message>
        <source>Werkt na 12 maanden nog</source>
        <translation>Still working after 12 months</translation>
    </message>
    <message>
        <source>mediaan %1 dagen na de vorige stap</source>
        <translation>median %1 days after the previous step</translation>
    </message>
    <message>
        <source>%1 dagen na intake</source>
        <translation>%1 days after intake</translation>
    </message>
    <message>
        <source>bij %1 plaatsingen is de controle nog niet aan de beurt</source>
        <translation>for %1 placements the check is not due yet</translation>
    </message>
    <message>
        <source>Van intake naar duurzaam werk</source>
        <translation>From intake to lasting work</translation>
    </message>
    <message>
        <source>Routes met een intake in %1</source>
        <translation>Routes with an intake in %1</translation>
    </message>
    <message>
        <source>Geen routes met een intake in deze periode.</source>
        <translation>No routes with an intake in this period.</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Mediaan dagen na de vorige stap</source>
        <translation>Median days after the previous step</translation>
    </message>
    <message>
        <source>Mediaan dagen na intake</source>
        <translation>Median days after intake</translation>
    </message>
    <message>
        <source>Controle nog niet aan de beurt</source>
        <translation>Check not due yet</translation>
    </message>
    <message>
        <source>Plaatsingen %1</source>
        <translation>Placements %1</translation>
    </message>
    <message>
        <source>Streefcijfer %1 naar rato</source>
        <translation>Aim %1 pro rata</translation>
    </message>
    <message>
        <source>%1: %2 van %3 (%4 %)</source>
        <translation>%1: %2 of %3 (%4 %)</translation>
    </message>
    <message>
        <source>Nog geen streefcijfer ingevoerd; de functioneel beheerder voert het in.</source>
        <translation>No aim entered yet; the functional admin enters it.</translation>
    </message>
    <message>
        <source>Plaatsingen tegen het streefcijfer van de regio</source>
        <translation>Placements against the region&apos;s aim</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG-tekening (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Grafiek bewaren</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Grafiek bewaard als %1</source>
        <translation>Chart saved as %1</translation>
    </message>
</context>
<context>
    <name>VacanciesTab</name>
    <message>
        <source>Vacatures filteren</source>
        <translation>Filter vacancies</translation>
    </message>
    <message>
        <source>Zoek op beroep, werkgever, sector of plaats</source>
        <translation>Search by occupation, employer, sector or place</translation>
    </message>
    <message>
        <source>Alleen open vacatures</source>
        <translation>Open vacancies only</translation>
    </message>
    <message>
        <source>Nieuwe vacature</source>
        <translation>New vacancy</translation>
    </message>
    <message>
        <source>Vacatures</source>
        <translation>Vacancies</translation>
    </message>
    <message>
        <source>gesloten {day}</source>
        <translation>closed {day}</translation>
    </message>
    <message>
        <source>Kandidaten zoeken</source>
        <translation>Find candidates</translation>
    </message>
    <message>
        <source>Status wijzigen…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>{hours} uur per week</source>
        <translation>{hours} hours per week</translation>
    </message>
    <message>
        <source>plaats onbekend</source>
        <translation>place unknown</translation>
    </message>
    <message>
        <source>start {day}</source>
        <translation>start {day}</translation>
    </message>
    <message>
        <source>open sinds {day}</source>
        <translation>open since {day}</translation>
    </message>
    <message>
        <source>geen sector</source>
        <translation>no sector</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>Nieuwe vacature</source>
        <translation>New vacancy</translation>
    </message>
    <message>
        <source>Geen sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source> uur per week</source>
        <translation> hours per week</translation>
    </message>
    <message>
        <source>Vaardigheden en certificaten</source>
        <translation>Skills and certificates</translation>
    </message>
</context>
<context>
    <name>VacancyStatusDialog</name>
    <message>
        <source>Status van {vacancy}</source>
        <translation>Status of {vacancy}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welkom bij zkijdesk</source>
        <translation>Welcome to zkijdesk</translation>
    </message>
    <message>
        <source>Het cliëntvolgsysteem voor de loopbaancoaches van Zuid-Kennemerland &amp; IJmond.</source>
        <translation>The client tracking system for the career coaches of Zuid-Kennemerland &amp; IJmond.</translation>
    </message>
    <message>
        <source>Nieuwe opslag aanmaken</source>
        <translation>Create a new store</translation>
    </message>
    <message>
        <source>Voor uw eigen dossiers. De gegevens worden versleuteld op deze computer bewaard; u krijgt eenmalig een herstelsleutel.</source>
        <translation>For your own files. The data is kept encrypted on this computer; you get a recovery key once.</translation>
    </message>
    <message>
        <source>Nieuwe opslag…</source>
        <translation>New store…</translation>
    </message>
    <message>
        <source>Verbinden met een teamdatabase</source>
        <translation>Connect to a team database</translation>
    </message>
    <message>
        <source>Werkt uw team samen in één database van de gemeente? Meld u aan met de inlognaam en het wachtwoord die u van de beheerder kreeg.</source>
        <translation>Does your team share one database run by the municipality? Sign in with the login name and password the administrator gave you.</translation>
    </message>
    <message>
        <source>Verbinden…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <source>Demo verkennen</source>
        <translation>Explore the demo</translation>
    </message>
    <message>
        <source>Een opslag vol verzonnen cliënten, om zkijdesk te leren kennen. Het venster toont duidelijk DEMO.</source>
        <translation>A store full of made-up clients, to get to know zkijdesk. The window clearly shows DEMO.</translation>
    </message>
    <message>
        <source>Demo openen</source>
        <translation>Open demo</translation>
    </message>
    <message>
        <source>Een eigen opslag blijft versleuteld op deze computer; een teamdatabase staat op de server van uw gemeente. zkijdesk stuurt niets naar internet.</source>
        <translation>A store of your own stays encrypted on this computer; a team database lives on your municipality&apos;s server. zkijdesk sends nothing to the internet.</translation>
    </message>
    <message>
        <source>Nieuwe opslag</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>Opslag: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Wachtwoordzin (minstens 10 tekens)</source>
        <translation>Passphrase (at least 10 characters)</translation>
    </message>
    <message>
        <source>Herhaal de wachtwoordzin</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Deze computer heeft geen veilige sleutelkluis; de opslag krijgt daarom een wachtwoordzin. Zonder die wachtwoordzin is de opslag niet meer te openen.</source>
        <translation>This computer has no secure key vault, so the store gets a passphrase. Without that passphrase the store can no longer be opened.</translation>
    </message>
    <message>
        <source>De sleutel van de opslag komt in de sleutelkluis van uw Windows-account. U krijgt zo een herstelsleutel om op te schrijven.</source>
        <translation>The store&apos;s key goes into the key vault of your Windows account. Next you get a recovery key to write down.</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Opslag aanmaken</source>
        <translation>Create store</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Uw herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Raakt u uw Windows-account of deze computer kwijt, dan opent u de opslag alleen nog met deze sleutel. Hij wordt maar één keer getoond. Schrijf hem op of bewaar hem buiten deze computer, bijvoorbeeld in de kluis van uw organisatie.</source>
        <translation>If you lose your Windows account or this computer, only this key opens the store. It is shown only once. Write it down or keep it outside this computer, for instance in your organisation&apos;s safe.</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Opslaan als bestand…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel opgeschreven of buiten deze computer bewaard</source>
        <translation>I have written down the recovery key or kept it outside this computer</translation>
    </message>
    <message>
        <source>Typ ter controle de laatste groep van de sleutel over</source>
        <translation>As a check, type the last group of the key</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>U werkt met uw eigen inlog; de database laat u alleen de dossiers zien die bij uw werk horen. De gegevens staan op de server van de gemeente.</source>
        <translation>You work with your own login; the database shows you only the files that belong to your work. The data is kept on the municipality&apos;s server.</translation>
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
        <translation>Login name *</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wachtwoord onthouden in de sleutelkluis</source>
        <translation>Remember the password in the key vault</translation>
    </message>
    <message>
        <source>Laat het wachtwoord leeg als u zich met uw Windows-account aanmeldt. De verbinding is versleuteld en de server moet zich met een certificaat bekendmaken.</source>
        <translation>Leave the password empty if you sign in with your Windows account. The connection is encrypted and the server must identify itself with a certificate.</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Verbinden met de teamdatabase…</source>
        <translation>Connecting to the team database…</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Opslag wordt aangemaakt…</source>
        <translation>Creating the store…</translation>
    </message>
    <message>
        <source>Demo wordt gevuld met verzonnen cliënten…</source>
        <translation>Filling the demo with made-up clients…</translation>
    </message>
    <message>
        <source>Wordt afgebroken…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Herstelsleutel bewaren</source>
        <translation>Keep recovery key</translation>
    </message>
    <message>
        <source>Tekstbestand (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>Nieuwe cliënt</source>
        <extracomment>Tasks shown per group on the start page; the rest are counted.</extracomment>
        <translation>New client</translation>
    </message>
    <message>
        <source>Lopende routes</source>
        <translation>Current routes</translation>
    </message>
    <message>
        <source>Afgesloten routes</source>
        <translation>Closed routes</translation>
    </message>
    <message>
        <source>Zonder route</source>
        <translation>Without route</translation>
    </message>
    <message>
        <source>Nazorg binnen 7 dagen</source>
        <translation>Follow-ups within 7 days</translation>
    </message>
    <message>
        <source>Taken te laat</source>
        <translation>Tasks overdue</translation>
    </message>
    <message>
        <source>Mijn taken</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Nazorg plaatsingen</source>
        <translation>Placement follow-ups</translation>
    </message>
    <message>
        <source>Recent geopend</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>Mijn cliënten per focussector</source>
        <translation>My clients by focus sector</translation>
    </message>
    <message>
        <source>Cliënten per focussector en routestatus</source>
        <translation>Clients by focus sector and route status</translation>
    </message>
    <message>
        <source>Geen eigen caseload</source>
        <translation>No caseload of your own</translation>
    </message>
    <message>
        <source>U begeleidt zelf geen cliënten, dus hier staan geen taken of cijfers. De caseloads van uw coaches en hun taken die te laat zijn, staan op de pagina Team.</source>
        <translation>You do not guide any clients yourself, so there are no tasks or figures here. Your coaches&apos; caseloads and their overdue tasks are on the Team page.</translation>
    </message>
    <message>
        <source>Geen caseload</source>
        <translation>No caseload</translation>
    </message>
    <message>
        <source>Als functioneel beheerder begeleidt u geen cliënten en opent u geen dossiers. Gebruikers, bewaartermijnen en reservekopieën staan bij Instellingen; wie wat deed, staat in het auditlog.</source>
        <translation>As application administrator you do not guide clients or open files. Users, retention periods and backups are under Settings; who did what is in the audit log.</translation>
    </message>
    <message>
        <source>Nog geen cliënten</source>
        <translation>No clients yet</translation>
    </message>
    <message>
        <source>Zodra u een cliënt inschrijft, ziet u hier uw taken, nazorg en cijfers.</source>
        <translation>Once you register a client, you will see your tasks, follow-ups and figures here.</translation>
    </message>
    <message>
        <source>Naar de pagina Team</source>
        <translation>Go to the Team page</translation>
    </message>
    <message>
        <source>Naar Instellingen</source>
        <translation>Go to Settings</translation>
    </message>
    <message>
        <source>Goedemorgen, %1</source>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <source>Goedemiddag, %1</source>
        <translation>Good afternoon, %1</translation>
    </message>
    <message>
        <source>Goedenavond, %1</source>
        <translation>Good evening, %1</translation>
    </message>
    <message>
        <source>Mijn werkvoorraad</source>
        <translation>My worklist</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Geen open taken voor deze week.</source>
        <translation>No open tasks for this week.</translation>
    </message>
    <message>
        <source>en nog %1 taken</source>
        <translation>and %1 more tasks</translation>
    </message>
    <message>
        <source>Taak afgerond: %1</source>
        <translation>Task done: %1</translation>
    </message>
    <message>
        <source>Geen nazorg te doen.</source>
        <translation>No follow-ups to do.</translation>
    </message>
    <message>
        <source>na %1 maanden</source>
        <translation>after %1 months</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nog geen dossiers geopend.</source>
        <translation>No files opened yet.</translation>
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
        <translation>In progress</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Micro (minder dan 10)</source>
        <translation>Micro (fewer than 10)</translation>
    </message>
    <message>
        <source>Klein (10-49)</source>
        <translation>Small (10-49)</translation>
    </message>
    <message>
        <source>Middelgroot (50-249)</source>
        <translation>Medium (50-249)</translation>
    </message>
    <message>
        <source>Groot (250 of meer)</source>
        <translation>Large (250 or more)</translation>
    </message>
    <message>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>geen urenwens vastgelegd</source>
        <translation>no hours preference recorded</translation>
    </message>
    <message>
        <source>{low}-{high} uur</source>
        <translation>{low}-{high} hours</translation>
    </message>
    <message>
        <source>minstens {low} uur</source>
        <translation>at least {low} hours</translation>
    </message>
    <message>
        <source>hoogstens {high} uur</source>
        <translation>at most {high} hours</translation>
    </message>
    <message>
        <source>Voorgedragen</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Geplaatst</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Niet geplaatst</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <source>Andere kandidaat gekozen</source>
        <translation>Another candidate chosen</translation>
    </message>
    <message>
        <source>Vaardigheden onvoldoende</source>
        <translation>Insufficient skills</translation>
    </message>
    <message>
        <source>Cliënt ziet af</source>
        <translation>Client withdraws</translation>
    </message>
    <message>
        <source>Voorwaarden passen niet</source>
        <translation>Conditions do not fit</translation>
    </message>
    <message>
        <source>Vacature vervallen</source>
        <translation>Vacancy lapsed</translation>
    </message>
</context>
<context>
    <name>WspPage</name>
    <message>
        <source>Werkgevers &amp; vacatures</source>
        <translation>Employers &amp; vacancies</translation>
    </message>
    <message>
        <source>Werkgevers en hun vacatures, kandidaten die passen op vaardigheden (met de redenen), en de voordrachten tot en met de plaatsing.</source>
        <translation>Employers and their vacancies, candidates who fit on skills (with the reasons), and proposals up to the placement.</translation>
    </message>
    <message>
        <source>Werkgevers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Vacatures</source>
        <translation>Vacancies</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
</context>
</TS>
