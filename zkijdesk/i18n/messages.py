"""English for the Dutch sentences the domain and services put in their errors.

The services build each message as one Dutch sentence from a template and the field's
label ("Geboortedatum is verplicht."). This catalogue holds the same templates with
their English, and the labels with theirs: a sentence is matched against the Dutch
templates (variable parts are named: ``{label}`` a field label, ``{n}`` a number,
``{x}`` anything else), and the English template is filled with the translated parts.
A sentence no template matches is shown as it is, in Dutch, rather than not at all;
``tests/i18n`` reads every sentence the code can raise and fails if one is missing
here, so that only happens for text from outside zkijdesk (a database driver).

Adding a message to a service: add its Dutch template and English here, and any new
field label to ``LABELS``.
"""

from __future__ import annotations

import re
from functools import cache

#: Field labels and object names that appear inside sentences.
LABELS: dict[str, str] = {
    "Aanbieder": "Provider",
    "Aanmelder": "Referred by",
    "Achternaam": "Last name",
    "Afsluitdatum": "Closing date",
    "Begeleiding": "Guidance",
    "Behaald certificaat": "Certificate achieved",
    "Beroep": "Occupation",
    "Bewijs": "Evidence",
    "BSN": "BSN",
    "Cliënt": "Client",
    "Code": "Code",
    "Coach": "Coach",
    "Contact": "Contact",
    "Contactpersoon": "Contact person",
    "Datum": "Date",
    "Datum aangetoond": "Date shown",
    "Datum besluit": "Date of decision",
    "Datum contact": "Date of contact",
    "Datum gesloten": "Date closed",
    "Datum gesprek": "Date of interview",
    "Datum nazorg": "Date of follow-up",
    "Datum open": "Date opened",
    "Doelgroepregister": "Job agreement register",
    "Datum voordracht": "Date of proposal",
    "Duur in minuten": "Duration in minutes",
    "E-mailadres": "E-mail address",
    "E-mail contactpersoon": "Contact person's e-mail",
    "Einddatum": "End date",
    "Engelse naam": "English name",
    "Financieringsbron": "Funding source",
    "Focusdoelgroep": "Focus target group",
    "Functie": "Position",
    "Geboortedatum": "Date of birth",
    "Gebruiker": "User",
    "Gewenste vaardigheden": "Desired skills",
    "Importbatch": "Import batch",
    "Gebruikersnaam": "Username",
    "Gemeente": "Municipality",
    "Gepland einde": "Planned end",
    "Geplande start": "Planned start",
    "Intakedatum": "Intake date",
    "Jaar": "Year",
    "KvK-nummer": "KvK number",
    "Map voor reservekopieën": "Folder for backups",
    "Maximaal aantal uren": "Maximum hours",
    "Minimaal aantal uren": "Minimum hours",
    "Naam": "Name",
    "Naam contactpersoon": "Name of contact person",
    "Naam van het filter": "Name of the filter",
    "Naam werkgever": "Name of employer",
    "Nazorgmoment": "Follow-up",
    "Nieuwe status": "New status",
    "Notitie": "Note",
    "Omvang": "Size",
    "Opleiding": "Course",
    "Pincode of wachtwoord": "PIN or password",
    "Plaatsing": "Placement",
    "Postcode": "Postcode",
    "Project": "Project",
    "Projectcode": "Project code",
    "Projectnaam": "Project name",
    "Reden": "Reason",
    "Reden uitstroom": "Exit reason",
    "Reservekopie": "Backup",
    "Resultaat": "Result",
    "Rol": "Role",
    "Route": "Route",
    "Scholing": "Training",
    "Sector": "Sector",
    "Soort begeleiding": "Kind of guidance",
    "Soort contact": "Kind of contact",
    "Soort contract": "Kind of contract",
    "Soort scholing": "Kind of training",
    "Startdatum": "Start date",
    "Status bij intake": "Status at intake",
    "Status vacature": "Vacancy status",
    "Streefcijfer plaatsingen": "Placement aim",
    "Taak": "Task",
    "Telefoonnummer": "Phone number",
    "Telefoon contactpersoon": "Contact person's phone",
    "Toelichting": "Explanation",
    "Toestemming en afspraken": "Consent and agreements",
    "Tussenvoegsel": "Name prefix",
    "Uiterste datum": "Due date",
    "Uren per week": "Hours per week",
    "Vaardigheid": "Skill",
    "Vaardigheden": "Skills",
    "Vacature": "Vacancy",
    "Vergrendelen na (minuten)": "Lock after (minutes)",
    "Verslag": "Report",
    "Vervolg op": "Follow-up on",
    "Voordracht": "Proposal",
    "Voornaam": "First name",
    "Werkelijk einde": "Actual end",
    "Werkelijke start": "Actual start",
    "Werkgever": "Employer",
    "Zoekterm": "Search term",
    "Verwerkingsverantwoordelijke": "Controller",
    "Contactgegevens": "Contact details",
    "Functionaris gegevensbescherming": "Data protection officer",
    "Doelen": "Purposes",
    "Grondslag": "Legal basis",
    "Ontvangers": "Recipients",
    "Bron van de gegevens": "Source of the data",
    # The store-wide settings' labels (services/settings.py), also shown on the page.
    "Bewaartermijn": "Retention term",
    "Drempel": "Threshold",
    "Privacygegevens": "Privacy texts",
    # What a role may not do: "Uw rol staat niet toe dat u {label}."
    "bewaartermijnen instelt": "set retention terms",
    "de privacygegevens voor inzageverzoeken instelt": "set the privacy texts for access requests",
    "bijdragen importeert": "import contributions",
    "bijdragers registreert": "register contributors",
    "caseloads overdraagt": "transfer caseloads",
    "cliënten importeert": "import clients",
    "cliënten inschrijft": "register clients",
    "cliënten overdraagt": "transfer clients",
    "de bewaartermijnen toepast": "apply the retention terms",
    "de bijdragen bekijkt": "view the contributions",
    "de drempel voor publicatie instelt": "set the publication threshold",
    "het contact voor de maandcijfers instelt": "set the contact of the monthly figures",
    "instellingen wijzigt": "change settings",
    "de map voor reservekopieën instelt": "set the backup folder",
    "de trends van het team bekijkt": "view the team's trends",
    "de schermvergrendeling van anderen bekijkt": "view other users' screen locks",
    "de schermvergrendeling van iemand anders opheft": "lift someone else's screen lock",
    "de vergrendeltijd instelt": "set the lock time",
    "een cliënt wist": "erase a client",
    "een inzageverzoek uitvoert": "carry out a subject access request",
    "een reservekopie terugzet": "restore a backup",
    "een teamleidersleutel maakt": "make a team lead key",
    "een verwerkingsbeperking zet": "set a restriction of processing",
    "het auditlog controleert": "verify the audit log",
    "het auditlog inziet": "view the audit log",
    "maandcijfers maakt": "make monthly figures",
    "streefcijfers instelt": "set the yearly aims",
    "taken van collega's bekijkt": "view colleagues' tasks",
    "het teamoverzicht bekijkt": "view the team overview",
}

#: Dutch sentence templates and their English. Placeholders: {label...} (a label from
#: LABELS, translated), {n...} (a number), {x...} (kept as it is).
TEMPLATES: tuple[tuple[str, str], ...] = (
    # services/reporting.py: the monthly figures' progress steps, shown on the page
    ("Eerder gepubliceerde cijfers lezen", "Reading figures published before"),
    ("Cijfers tellen in de database", "Counting figures in the database"),
    ("Geheimhouding bepalen en controleren", "Choosing and checking what stays hidden"),
    ("Cijfers berekenen", "Computing the figures"),
    ("Primaire en secundaire onderdrukking", "Primary and secondary suppression"),
    ("Geheimhouding controleren, ronde {n}", "Checking what stays hidden, round {n}"),
    ("{x} maken", "Making {x}"),
    ("Publicatie vastleggen", "Recording the publication"),
    ("Klaar", "Done"),
    # domain/validation.py and domain/choices.py
    ("{label} is verplicht.", "{label} is required."),
    ("Kies een {label}.", "Choose a {label}."),
    # English needs "an" where the label starts with a vowel sound.
    ("Kies een werkgever.", "Choose an employer."),
    ("Kies een reden uitstroom.", "Choose an exit reason."),
    (
        "{label} heeft een waarde die zkijdesk niet kent.",
        "{label} has a value zkijdesk does not know.",
    ),
    ("{label} bevat een ongeldig teken.", "{label} contains an invalid character."),
    ("{label} mag hoogstens {n} tekens lang zijn.", "{label} may be at most {n} characters long."),
    ("{label} moet uit {n} cijfers bestaan.", "{label} must consist of {n} digits."),
    ("{label} is geen bestaand nummer.", "{label} is not an existing number."),
    (
        "{label} moet de vorm 1234 AB hebben en mag niet met een 0 beginnen.",
        "{label} must have the form 1234 AB and may not start with a 0.",
    ),
    (
        "{label} is geen geldige datum; gebruik dd-mm-jjjj.",
        "{label} is not a valid date; use dd-mm-yyyy.",
    ),
    ("{label} mag geen spaties bevatten.", "{label} may not contain spaces."),
    ("{label} moet precies één @ bevatten.", "{label} must contain exactly one @."),
    (
        "{label} heeft niet de vorm naam@domein.nl.",
        "{label} does not have the form name@domain.nl.",
    ),
    ("{label} mag niet vóór 1 januari 1900 liggen.", "{label} may not be before 1 January 1900."),
    (
        "{label} moet minstens {n} jaar geleden liggen, omdat de regels voor kinderarbeid "
        "werk door jongere kinderen niet toestaan.",
        "{label} must be at least {n} years ago, because the rules on child labour do not "
        "allow work by younger children.",
    ),
    ("{label} mag niet in de toekomst liggen.", "{label} may not be in the future."),
    ("{label} mag niet vóór de {label2} liggen.", "{label} may not be before the {label2}."),
    ("{label} moet een heel getal zijn.", "{label} must be a whole number."),
    ("{label} moet tussen {n} en {m} liggen.", "{label} must be between {n} and {m}."),
    (
        "{label} bevat een onzichtbaar teken dat de leesrichting van de tekst verandert; "
        "verwijder het en probeer het opnieuw.",
        "{label} contains an invisible character that changes the reading direction of the "
        "text; remove it and try again.",
    ),
    ("{label} moet op één regel passen.", "{label} must fit on one line."),
    (
        "{label} bevat een onzichtbaar stuurteken; verwijder het en probeer het opnieuw.",
        "{label} contains an invisible control character; remove it and try again.",
    ),
    ("{label} voldoet niet aan de elfproef.", "{label} fails the eleven-test check."),
    (
        "{label} mag niet eindigen op SA, SD of SS, want die lettercombinaties worden in "
        "Nederland niet gebruikt.",
        "{label} may not end in SA, SD or SS, as those letter combinations are not used in "
        "the Netherlands.",
    ),
    (
        "{label} is geen bestaand nummer; controleer het netnummer en het aantal cijfers.",
        "{label} is not an existing number; check the area code and the number of digits.",
    ),
    # references and access
    (
        "{label} bestaat niet in de referentielijst.",
        "{label} does not exist in the reference list.",
    ),
    ("{label} bestaat niet.", "{label} does not exist."),
    ("{label} {n} bestaat niet (meer).", "{label} {n} does not exist (any more)."),
    ("Uw rol staat niet toe dat u {label}.", "Your role does not allow you to {label}."),
    ("U heeft geen toegang tot dit cliëntdossier.", "You have no access to this client file."),
    (
        "U hebt geen toegang tot het dossier van deze cliënt.",
        "You have no access to this client's file.",
    ),
    (
        "Voor deze cliënt geldt een beperking van de verwerking; het dossier kan nu niet worden "
        "gewijzigd.",
        "Processing of this client's data is restricted; the file cannot be changed now.",
    ),
    ("Deze taak is van een collega.", "This task belongs to a colleague."),
    ("Route hoort niet bij deze cliënt.", "Route does not belong to this client."),
    ("Gebruiker kan geen cliëntdossiers inzien.", "User cannot view client files."),
    (
        "Alleen een functioneel beheerder mag referentiegegevens wijzigen.",
        "Only a functional administrator may change reference data.",
    ),
    (
        "Alleen een functioneel beheerder mag gebruikers toevoegen.",
        "Only a functional administrator may add users.",
    ),
    ("Gebruikersnaam is al in gebruik.", "Username is already in use."),
    (
        "Gebruiker bestaat niet in deze opslag of is niet actief; geef --user op.",
        "User does not exist in this store or is not active; give --user.",
    ),
    (
        "Deze gebruiker bestaat niet of is niet actief.",
        "This user does not exist or is not active.",
    ),
    # clients
    (
        "Er bestaat al een cliënt met dit BSN (cliëntnummer {x}).",
        "A client with this BSN already exists (client number {x}).",
    ),
    (
        "Er bestaat al een cliënt met deze naam en geboortedatum (cliëntnummer {x}).",
        "A client with this name and date of birth already exists (client number {x}).",
    ),
    ("Focusdoelgroep bestaat niet.", "Focus target group does not exist."),
    (
        "Focusdoelgroepen kunnen alleen voor {n} worden gekozen; labels van eerdere jaren "
        "blijven zoals ze waren.",
        "Focus target groups can only be chosen for {n}; labels of earlier years stay as they "
        "were.",
    ),
    ("Sorteerkolom is onbekend.", "Sort column is unknown."),
    (
        "Naam van het filter: er kunnen hoogstens {n} filters zijn.",
        "Name of the filter: there can be at most {n} filters.",
    ),
    # bin
    (
        "Deze cliënt staat niet (meer) in de prullenbak.",
        "This client is not (or no longer) in the bin.",
    ),
    (
        "Alleen wie het dossier verwijderde, kan het terugzetten.",
        "Only the person who deleted the file can restore it.",
    ),
    (
        "Dit dossier staat langer dan {n} dagen in de prullenbak en kan niet meer worden "
        "teruggezet.",
        "This file has been in the bin for more than {n} days and can no longer be restored.",
    ),
    # routes and steps
    (
        "{label} mag niet vóór de intakedatum van de route liggen.",
        "{label} may not be before the intake date of the route.",
    ),
    (
        "Deze route is afgesloten; heropen hem eerst om stappen toe te voegen.",
        "This route is closed; reopen it first to add steps.",
    ),
    ("Intakedatum ligt vóór de geboortedatum.", "Intake date is before the date of birth."),
    (
        "Deze cliënt heeft al een lopende route; sluit die eerst af.",
        "This client already has a current route; close it first.",
    ),
    ("Werkelijke start is nodig bij een einddatum.", "Actual start is needed with an end date."),
    (
        "Werkelijk einde is verplicht bij een behaalde of gestopte scholing.",
        "Actual end is required for an achieved or stopped training.",
    ),
    (
        "Behaald certificaat kan alleen bij resultaat 'behaald'.",
        "Certificate achieved is only possible with result 'achieved'.",
    ),
    (
        "Intakedatum mag niet na de afsluitdatum van de route liggen.",
        "Intake date may not be after the closing date of the route.",
    ),
    (
        "Afsluitdatum mag niet vóór de intakedatum liggen.",
        "Closing date may not be before the intake date.",
    ),
    ("Deze route loopt nog.", "This route is still ongoing."),
    (
        "Deze cliënt heeft al een andere lopende route.",
        "This client already has another current route.",
    ),
    ("Vacature hoort niet bij deze werkgever.", "Vacancy does not belong to this employer."),
    (
        "Datum nazorg mag niet vóór de start van de plaatsing liggen.",
        "Date of follow-up may not be before the start of the placement.",
    ),
    (
        "Taak hoort bij een nazorgmoment; leg de nazorg vast in plaats daarvan.",
        "Task belongs to a follow-up; record the follow-up instead.",
    ),
    # employers, vacancies, matching, placements
    (
        "KvK-nummer is al bij een andere werkgever in gebruik.",
        "KvK number is already used by another employer.",
    ),
    (
        "Contactpersoon hoort niet bij deze werkgever.",
        "Contact person does not belong to this employer.",
    ),
    ("Kies welke cliënten meedoen: eigen of team.", "Choose which clients take part: own or team."),
    (
        "Maximaal aantal uren mag niet lager zijn dan het minimum.",
        "Maximum hours may not be lower than the minimum.",
    ),
    ("Datum gesprek ligt te ver in de toekomst.", "Date of interview is too far in the future."),
    (
        "Deze vacature is niet meer open; voordragen kan niet.",
        "This vacancy is no longer open; proposing is not possible.",
    ),
    (
        "Datum voordracht mag niet vóór de opening van de vacature liggen.",
        "Date of proposal may not be before the vacancy opened.",
    ),
    (
        "Deze cliënt heeft geen lopende route; open eerst een route.",
        "This client has no current route; open a route first.",
    ),
    (
        "Deze cliënt is al voorgedragen voor deze vacature.",
        "This client has already been proposed for this vacancy.",
    ),
    ("Over deze voordracht is al besloten.", "This proposal has already been decided."),
    (
        "Datum gesprek mag niet vóór de voordracht liggen.",
        "Date of interview may not be before the proposal.",
    ),
    (
        "Datum besluit mag niet vóór de voordracht liggen.",
        "Date of decision may not be before the proposal.",
    ),
    (
        "Deze cliënt heeft geen lopende route meer; heropen die eerst.",
        "This client no longer has a current route; reopen it first.",
    ),
    # reference data
    (
        "Pijler moet een van de pijlers van de agenda zijn.",
        "Pillar must be one of the pillars of the agenda.",
    ),
    ("Financieringsbron is onbekend.", "Funding source is unknown."),
    ("Code bestaat al voor {n}.", "Code already exists for {n}."),
    ("Projectcode is al in gebruik.", "Project code is already in use."),
    # app lock
    (
        "Pincode of wachtwoord mag niet met een spatie beginnen of eindigen.",
        "PIN or password may not start or end with a space.",
    ),
    (
        "Pincode of wachtwoord moet minstens {n} tekens lang zijn.",
        "PIN or password must be at least {n} characters long.",
    ),
    ("Huidige pincode of wachtwoord klopt niet.", "Current PIN or password is not right."),
    ("Pincode of wachtwoord klopt niet.", "PIN or password is not right."),
    # audit, backups, retention, caseloads, subject access
    (
        "Het inzageoverzicht van cliënt {n} kon niet worden opgemaakt ({x}); er is niets "
        "geschreven.",
        "The access overview of client {n} could not be laid out ({x}); nothing was written.",
    ),
    ("Einddatum mag niet vóór de begindatum liggen.", "End date may not be before the start date."),
    (
        "Het logboek kon niet volledig worden overgenomen.",
        "The log could not be copied completely.",
    ),
    ("{label} moet een volledig pad zijn.", "{label} must be a full path."),
    (
        "Terugzetten gebeurt pas na uw bevestiging van het overzicht.",
        "Restoring only happens after you confirm the overview.",
    ),
    (
        "De teruggezette opslag is niet in orde; de vorige toestand staat in {x}.",
        "The restored store is not in order; the previous state is in {x}.",
    ),
    ("{label}: het pad bestaat niet.", "{label}: the path does not exist."),
    (
        "Map voor reservekopieën bestaat niet; maak hem eerst aan.",
        "Folder for backups does not exist; create it first.",
    ),
    (
        "In de map voor reservekopieën kan zkijdesk niet schrijven.",
        "zkijdesk cannot write in the folder for backups.",
    ),
    (
        "Nieuwe coach moet een actieve coach of teamleider zijn.",
        "New coach must be an active coach or team lead.",
    ),
    ("Nieuwe coach is dezelfde als de huidige.", "New coach is the same as the current one."),
    ("Cliënt heeft nog geen route om over te dragen.", "Client has no route to transfer yet."),
    ("Bewaartermijn noemt een onbekende reden.", "Retention term names an unknown reason."),
    (
        "Bewaartermijn moet tussen {n} en {m} maanden liggen.",
        "Retention term must be between {n} and {m} months.",
    ),
    ("Uitvoerbestand moet eindigen op .pdf of .json.", "Output file must end in .pdf or .json."),
    # demo
    (
        "De opslag mist de sectoren uit de referentiegegevens.",
        "The store lacks the sectors of the reference data.",
    ),
    (
        "Demogegevens kunnen alleen in een lege opslag worden gemaakt; deze opslag bevat al "
        "cliënten.",
        "Demo data can only be made in an empty store; this store already holds clients.",
    ),
    # reporting
    (
        "Maand moet de vorm JJJJ-MM hebben, bijvoorbeeld 2026-10.",
        "Month must have the form YYYY-MM, for example 2026-10.",
    ),
    ("Onbekend privacygegeven.", "Unknown privacy text."),
    (
        "Titels in de agenda moeten een bekende keuze zijn.",
        "Titles in the calendar must be one of the known choices.",
    ),
    (
        "Formaten moeten een of meer zijn van pdf, html, xlsx, csv en json.",
        "Formats must be one or more of pdf, html, xlsx, csv and json.",
    ),
    ("Drempel moet een geheel getal zijn.", "Threshold must be a whole number."),
    ("Drempel moet tussen {n} en {m} liggen.", "Threshold must be between {n} and {m}."),
    ("Contact mag hoogstens {n} tekens lang zijn.", "Contact may be at most {n} characters long."),
    (
        "Deze maand is nog niet voorbij; maandcijfers kunnen pas daarna worden gemaakt.",
        "This month is not over yet; monthly figures can only be made after it.",
    ),
    ("Bron moet 'opslag' of 'bijdragen' zijn.", "Source must be 'opslag' or 'bijdragen'."),
    ("De uitvoermap is een bestand, geen map.", "The output folder is a file, not a folder."),
    (
        "De controle op onthulling is niet geslaagd: een geheim cijfer is terug te rekenen uit "
        "wat al gepubliceerd is; er is niets geschreven.",
        "The disclosure check failed: a secret figure can be worked back from what has already "
        "been published; nothing was written.",
    ),
    (
        "De cijfers zijn onderling tegenstrijdig; er is niets geschreven. Controleer de opslag "
        "met 'zkijdesk check'.",
        "The figures contradict each other; nothing was written. Check the store with "
        "'zkijdesk check'.",
    ),
    (
        "Er zijn voor deze maand nog geen bijdragen geïmporteerd.",
        "No contributions have been imported for this month yet.",
    ),
    (
        "De bijdragen van deze maand gebruiken verschillende focusdoelgroepen; vraag de coaches "
        "hun bijdrage opnieuw te maken.",
        "This month's contributions use different focus target groups; ask the coaches to make "
        "their contribution again.",
    ),
    (
        "Er is nog geen teamleidersleutel; maak er eerst een.",
        "There is no team lead key yet; make one first.",
    ),
    (
        "Deze maand is nog niet voorbij; een bijdrage kan pas daarna.",
        "This month is not over yet; a contribution is only possible after it.",
    ),
    (
        "Er is nog geen teamleidersleutel vertrouwd; importeer eerst de sleutel van uw teamleider.",
        "No team lead key is trusted yet; first import your team lead's key.",
    ),
    (
        "Dit bestand is geen geldige teamleidersleutel van zkijdesk.",
        "This file is not a valid zkijdesk team lead key.",
    ),
    (
        "Dit bestand is geen geldige bijdragersleutel van zkijdesk.",
        "This file is not a valid zkijdesk contributor key.",
    ),
    ("Deze bijdrage hoort bij een andere regio.", "This contribution belongs to another region."),
    # storage
    (
        "Reservekopie {x} bestaat niet of is onleesbaar.",
        "Backup {x} does not exist or cannot be read.",
    ),
    (
        "De reservekopie {x} is beschadigd ({n} fout(en) bij de controle).",
        "The backup {x} is damaged ({n} error(s) in the check).",
    ),
    ("{x} is geen zkijdesk-reservekopie.", "{x} is not a zkijdesk backup."),
    (
        "De controle van reservekopie {x} is mislukt: {n} tabel(len) wijken af van de opslag.",
        "The check of backup {x} failed: {n} table(s) differ from the store.",
    ),
    (
        "De reservekopie {x} kan niet worden gelezen met de sleutel van deze opslag, of is geen "
        "zkijdesk-reservekopie.",
        "The backup {x} cannot be read with this store's key, or is not a zkijdesk backup.",
    ),
    ("De reservekopie {x} is beschadigd.", "The backup {x} is damaged."),
    (
        "De bewaartermijnen in de opslag zijn onleesbaar; stel ze opnieuw in bij Instellingen "
        "voordat er iets wordt verwijderd.",
        "The retention terms in the store cannot be read; set them again under Settings "
        "before anything is removed.",
    ),
    (
        "De verbinding met de opslag is al gesloten.",
        "The connection to the store is already closed.",
    ),
    (
        "De reservekopie kon niet in de map {x} worden geschreven.",
        "The backup could not be written in the folder {x}.",
    ),
    (
        "Het terugzetten is mislukt; er is niets gewijzigd.",
        "Restoring failed; nothing was changed.",
    ),
    (
        "Geen sleutel voor de opslag: zet de omgevingsvariabele {x}, start het programma in een "
        "terminal om de wachtwoordzin in te typen, of gebruik de werkplek waar de opslag is "
        "gemaakt.",
        "No key for the store: set the environment variable {x}, start the program in a "
        "terminal to type the passphrase, or use the workstation where the store was made.",
    ),
    (
        "Herstelsleutel klopt niet; controleer of u hem goed hebt overgenomen.",
        "Recovery key is not right; check that you copied it correctly.",
    ),
    (
        "Er is geen veilige sleutelbos beschikbaar op deze werkplek.",
        "There is no secure key vault on this workstation.",
    ),
    (
        "Wachtwoordzin moet minstens {n} tekens lang zijn.",
        "Passphrase must be at least {n} characters long.",
    ),
    (
        "Herstelsleutel bevat tekens die er niet in horen.",
        "Recovery key contains characters that do not belong in it.",
    ),
    (
        "Wachtwoordzin: de twee invoeren zijn niet gelijk.",
        "Passphrase: the two entries are not the same.",
    ),
    (
        "Deze opslag is gemaakt met een nieuwere versie van zkijdesk; werk het programma bij "
        "voordat u hem opent.",
        "This store was made with a newer version of zkijdesk; update the program before you "
        "open it.",
    ),
    (
        "Na het bijwerken van het schema wijzen {n} verwijzingen naar niets; zet de reservekopie "
        "terug.",
        "After updating the schema, {n} references point to nothing; restore the backup.",
    ),
    (
        "Een database-adres moet naar PostgreSQL wijzen (postgresql+psycopg://...); een lokale "
        "opslag is altijd een versleuteld bestand (--store).",
        "A database address must point to PostgreSQL (postgresql+psycopg://...); a local store "
        "is always an encrypted file (--store).",
    ),
    ("Kan geen verbinding maken met de database {x}.", "Cannot connect to the database {x}."),
    (
        "Geen opslag gevonden op {x}; maak er een met 'zkijdesk init'.",
        "No store found at {x}; make one with 'zkijdesk init'.",
    ),
    (
        "{x} is een onversleuteld SQLite-bestand; zkijdesk opent alleen versleutelde opslag.",
        "{x} is an unencrypted SQLite file; zkijdesk only opens encrypted stores.",
    ),
    ("{x} is geen zkijdesk-opslag.", "{x} is not a zkijdesk store."),
    (
        "Er staat al een bestand op {x}; kies een andere plek.",
        "There already is a file at {x}; choose another place.",
    ),
    (
        "De database {x} bevat al een zkijdesk-opslag.",
        "The database {x} already holds a zkijdesk store.",
    ),
    (
        "Kan de opslag {x} niet openen: de sleutel is onjuist, of het bestand is beschadigd of "
        "geen zkijdesk-opslag.",
        "Cannot open the store {x}: the key is wrong, or the file is damaged or not a zkijdesk "
        "store.",
    ),
    (
        "Kan de opslag {x} niet openen: de sleutel is onjuist of het bestand is geen "
        "zkijdesk-opslag.",
        "Cannot open the store {x}: the key is wrong or the file is not a zkijdesk store.",
    ),
    (
        "De opslag heeft een ouder schema en moet eerst worden bijgewerkt.",
        "The store has an older schema and must be updated first.",
    ),
    (
        "Een opslag op een netwerkschijf wordt geweigerd, omdat SQLite daar niet betrouwbaar kan "
        "vergrendelen; gebruik een lokale map of de PostgreSQL-modus.",
        "A store on a network drive is refused, because SQLite cannot lock reliably there; use "
        "a local folder or the PostgreSQL mode.",
    ),
    (
        "De schijf is vol: de laatste wijziging is niet opgeslagen, eerder opgeslagen gegevens "
        "zijn bewaard; maak ruimte vrij en probeer het opnieuw.",
        "The disk is full: the last change was not saved, data saved earlier is kept; free up "
        "space and try again.",
    ),
    (
        "De opslag is bezet door een andere bewerking: de laatste wijziging is niet opgeslagen, "
        "eerder opgeslagen gegevens zijn bewaard; probeer het zo opnieuw.",
        "The store is busy with another operation: the last change was not saved, data saved "
        "earlier is kept; please try again shortly.",
    ),
    # team database (storage/team.py, storage/connect.py, storage/team_admin.py)
    (
        "De beveiliging van de teamdatabase is ouder dan dit programma; vraag de beheerder van "
        "de server 'zkijdesk team upgrade' uit te voeren.",
        "The team database's security is older than this program; ask the server's "
        "administrator to run 'zkijdesk team upgrade'.",
    ),
    (
        "De beveiliging van de teamdatabase is ouder dan dit programma; voer eerst "
        "'zkijdesk team upgrade' uit. Er is niets verhuisd.",
        "The team database's security is older than this program; first run "
        "'zkijdesk team upgrade'. Nothing was moved.",
    ),
    (
        "Dit dossier is intussen gewijzigd door {x} ({x2}); uw wijziging is niet opgeslagen. "
        "Open het dossier opnieuw en voer uw wijziging nog eens in.",
        "This file was changed in the meantime by {x} ({x2}); your change was not saved. Open "
        "the file again and enter your change once more.",
    ),
    (
        "Iemand anders heeft dit dossier op hetzelfde moment gewijzigd; uw wijziging is niet "
        "opgeslagen. Open het opnieuw en probeer het nog eens.",
        "Someone else changed this file at the same moment; your change was not saved. Open it "
        "again and try once more.",
    ),
    (
        "Een andere verbinding houdt al lang oude gegevens vast; de tabellen zijn niet "
        "herschreven. Sluit lange zoekopdrachten af en start 'zkijdesk team compact' opnieuw.",
        "Another connection has been holding old data for a long time; the tables were not "
        "rewritten. End long queries and start 'zkijdesk team compact' again.",
    ),
    (
        "Deze gebruikers van de werkplek hebben geen teamlogin: {x}; voeg ze toe of geef "
        "--map-user lokaal=teamlogin.",
        "These users of the workstation have no team login: {x}; add them or give --map-user "
        "local=teamlogin.",
    ),
    (
        "Het auditlog van de werkplek klopt niet (de keten breekt bij regel {n}); er is niets "
        "verhuisd, laat de opslag eerst nakijken.",
        "The workstation's audit log is not intact (the chain breaks at entry {n}); nothing "
        "was moved, have the store checked first.",
    ),
    (
        "Deze opslag is al eerder naar de teamdatabase verhuisd.",
        "This store was moved into the team database before.",
    ),
    (
        "De verhuizing is mislukt en helemaal teruggedraaid; de teamdatabase is ongewijzigd en "
        "de verhuizing kan opnieuw worden gestart.",
        "The move failed and was rolled back completely; the team database is unchanged and "
        "the move can be started again.",
    ),
    (
        "Server is een naam of adres, eventueel met :poort.",
        "Server is a name or address, optionally with :port.",
    ),
    (
        "Database is geen teamdatabase; de beheerder richt hem in met 'zkijdesk team init'.",
        "The database is not a team database; the administrator sets it up with 'zkijdesk team "
        "init'.",
    ),
    (
        "Op een teamdatabase ziet de functioneel beheerder geen dossiers; de beheerder van de "
        "server past de bewaartermijnen toe met zijn beheerlogin (zkijdesk --database-url … "
        "retention --apply).",
        "On a team database the functional admin sees no files; the server's administrator "
        "applies the retention terms with the maintenance login (zkijdesk --database-url … "
        "retention --apply).",
    ),
    (
        "Cliënt bestaat niet of heeft nog geen route om over te dragen.",
        "The client does not exist or has no route to transfer yet.",
    ),
    (
        "In een teamdatabase voegt de beheerder van de server gebruikers toe met 'zkijdesk "
        "team add-user', zodat iedereen met een eigen inlog werkt.",
        "In a team database the server's administrator adds users with 'zkijdesk team "
        "add-user', so that everyone works with a login of their own.",
    ),
    (
        "U bent aangemeld als {x}, maar die inlog is geen actieve gebruiker van dit team; "
        "vraag de beheerder u toe te voegen (zkijdesk team add-user).",
        "You are signed in as {x}, but that login is not an active user of this team; ask the "
        "administrator to add you (zkijdesk team add-user).",
    ),
    (
        "Kan geen verbinding maken met de teamdatabase {x}.",
        "Cannot connect to the team database {x}.",
    ),
    (
        "Aanmelden bij de teamdatabase is mislukt.",
        "Signing in to the team database failed.",
    ),
    (
        "De teamdatabase vraagt het wachtwoord van {x}.",
        "The team database asks for the password of {x}.",
    ),
    (
        "Het wachtwoord van {x} klopt niet of is verlopen; typ het opnieuw of vraag de "
        "beheerder om een nieuw wachtwoord.",
        "The password of {x} is wrong or has expired; type it again or ask the administrator "
        "for a new password.",
    ),
    (
        "Gebruiker {x} is uitgeschakeld in de teamdatabase; neem contact op met de beheerder.",
        "User {x} is disabled in the team database; contact the administrator.",
    ),
    (
        "Gebruiker {x} bestaat niet in de teamdatabase op {x2}.",
        "User {x} does not exist in the team database on {x2}.",
    ),
    (
        "De database {x} bestaat niet op de server {x2}.",
        "The database {x} does not exist on the server {x2}.",
    ),
    (
        "De server {x} laat vanaf deze werkplek geen verbinding toe voor {x2}; vraag de "
        "beheerder de toegang (pg_hba.conf) te regelen.",
        "The server {x} does not accept a connection for {x2} from this workstation; ask the "
        "administrator to arrange access (pg_hba.conf).",
    ),
    (
        "De server {x} kon niet bewijzen wie hij is (TLS-certificaat geweigerd); vraag de "
        "beheerder om het juiste CA-certificaat, de verbinding is niet gemaakt.",
        "The server {x} could not prove who it is (TLS certificate refused); ask the "
        "administrator for the right CA certificate, no connection was made.",
    ),
    (
        "De teamdatabase op {x} is niet bereikbaar; controleer de netwerkverbinding of vraag "
        "de beheerder of de server draait.",
        "The team database on {x} cannot be reached; check the network connection or ask the "
        "administrator whether the server is running.",
    ),
    (
        "Uw login heeft geen toegang tot deze teamdatabase; vraag de beheerder u toe te voegen "
        "(zkijdesk team add-user).",
        "Your login has no access to this team database; ask the administrator to add you "
        "(zkijdesk team add-user).",
    ),
    (
        "De teamdatabase heeft een ouder schema; vraag de beheerder van de server 'zkijdesk "
        "team upgrade' uit te voeren.",
        "The team database has an older schema; ask the server's administrator to run "
        "'zkijdesk team upgrade'.",
    ),
    (
        "Een inlognaam voor de teamdatabase bestaat uit 2 tot 63 kleine letters, cijfers, "
        "punten, streepjes of _ en begint met een letter.",
        "A login name for the team database consists of 2 to 63 lower-case letters, digits, "
        "dots, hyphens or _ and starts with a letter.",
    ),
    (
        "{x} is de naam van een teamrol.",
        "{x} is the name of a team role.",
    ),
    (
        "De databaserol {x} is superuser of mag de rijbeveiliging omzeilen; zo iemand kan geen "
        "teamlid zijn.",
        "The database role {x} is a superuser or may bypass row-level security; such a role "
        "cannot be a team member.",
    ),
    (
        "--user kan niet bij een teamdatabase: u werkt als de gebruiker waarmee u inlogt.",
        "--user cannot be used with a team database: you work as the user you sign in as.",
    ),
    (
        "Het voorvoegsel van de teamrollen bestaat uit kleine letters, cijfers en _ en begint "
        "met een letter.",
        "The prefix of the team roles consists of lower-case letters, digits and _ and starts "
        "with a letter.",
    ),
    (
        "De teamdatabase weigert dit voor uw inlog: u heeft geen toegang tot deze gegevens; er "
        "is niets gewijzigd.",
        "The team database refuses this for your login: you have no access to this data; "
        "nothing was changed.",
    ),
    (
        "Alleen de functioneel beheerder of de beheerder van de server controleert de "
        "teamdatabase.",
        "Only the functional administrator or the server's administrator checks the team database.",
    ),
    (
        "Deze database is (nog) geen teamdatabase; richt hem in met 'zkijdesk team init'.",
        "This database is not (yet) a team database; set it up with 'zkijdesk team init'.",
    ),
    (
        "De teamdatabase weigerde de beheeropdracht; voer hem uit met een beheerlogin die "
        "rollen mag maken en lid is van de eigenaarsrol van het team.",
        "The team database refused the maintenance command; run it with a maintenance login "
        "that may create roles and is a member of the team's owner role.",
    ),
    (
        "Deze database bevat al een zkijdesk-teamopslag.",
        "This database already holds a zkijdesk team store.",
    ),
    (
        "Gebruiker {x} bestaat al in dit team.",
        "User {x} already exists in this team.",
    ),
    (
        "Gebruiker {x} bestaat niet in dit team.",
        "User {x} does not exist in this team.",
    ),
    (
        "{label} {n} bestaat niet en staat niet in het auditlog.",
        "{label} {n} does not exist and is not in the audit log.",
    ),
    (
        "De uitvoermap {x} is een bestand, geen map.",
        "The output folder {x} is a file, not a folder.",
    ),
    (
        "{x} is een bestand, geen map; kies een map om in te schrijven.",
        "{x} is a file, not a folder; choose a folder to write to.",
    ),
    (
        "U heeft geen toestemming om in de map {x} te schrijven; kies een andere map.",
        "You have no permission to write in the folder {x}; choose another folder.",
    ),
    (
        "De map {x} staat op een alleen-lezen schijf; kies een andere map.",
        "The folder {x} is on a read-only disk; choose another folder.",
    ),
    (
        "Het pad {x} is te lang; kies een kortere map of naam.",
        "The path {x} is too long; choose a shorter folder or name.",
    ),
    (
        "In de map {x} kan niet worden geschreven; kies een andere map.",
        "The folder {x} cannot be written to; choose another folder.",
    ),
    ("{x} is een map; geef een bestandsnaam op.", "{x} is a folder; give a file name."),
    (
        "Kan de opslag niet openen: u mag niet schrijven in {x} of in de map daarvan, waar "
        "zkijdesk ook het logboek (-wal, -shm) bijhoudt.",
        "Cannot open the store: you may not write to {x} or to its folder, where zkijdesk also "
        "keeps its log (-wal, -shm).",
    ),
    (
        "De opslag is beschadigd (een deel ervan is onleesbaar) en er is niets gewijzigd; zet "
        "een reservekopie terug met 'zkijdesk restore'.",
        "The store is damaged (part of it cannot be read) and nothing was changed; restore a "
        "backup with 'zkijdesk restore'.",
    ),
    (
        "De opslag {x} is leeg (0 bytes): het bestand is beschadigd of nooit afgemaakt; zet een "
        "reservekopie terug met 'zkijdesk restore'.",
        "The store {x} is empty (0 bytes): the file is damaged or was never finished; restore a "
        "backup with 'zkijdesk restore'.",
    ),
    (
        "De opslag {x} is beschadigd: het bestand is afgekapt ({n} bytes, geen geheel aantal "
        "pagina's); zet een reservekopie terug met 'zkijdesk restore'.",
        "The store {x} is damaged: the file is cut short ({n} bytes, not a whole number of "
        "pages); restore a backup with 'zkijdesk restore'.",
    ),
    (
        "De opslag {x} is beschadigd: de sleutel klopt, maar de eerste pagina is onleesbaar; zet "
        "een reservekopie terug met 'zkijdesk restore'.",
        "The store {x} is damaged: the key is right, but the first page cannot be read; restore "
        "a backup with 'zkijdesk restore'.",
    ),
    # services/importing
    (
        "{x} is geen spreadsheet; kies een bestand van het type xlsx, ods of csv.",
        "{x} is not a spreadsheet; choose a file of type xlsx, ods or csv.",
    ),
    (
        "{x} is groter dan {n} MB; splits het in kleinere bestanden.",
        "{x} is larger than {n} MB; split it into smaller files.",
    ),
    ("{x} bestaat niet (meer).", "{x} does not exist (any more)."),
    ("{x} is een map, geen spreadsheet.", "{x} is a folder, not a spreadsheet."),
    (
        "{x} kan niet worden gelezen; sluit het in Excel of vraag om leesrechten.",
        "{x} cannot be read; close it in Excel or ask for permission to read it.",
    ),
    (
        "{x} veranderde terwijl het werd gelezen; sla het op, sluit het en probeer het opnieuw.",
        "{x} changed while it was being read; save it, close it and try again.",
    ),
    (
        "{x} is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer het opnieuw.",
        "{x} is protected with a password; save it without a password and try again.",
    ),
    (
        "{x} is beschadigd of geen werkmap; open het in Excel of LibreOffice, sla het opnieuw "
        "op en probeer het nog eens.",
        "{x} is damaged or not a workbook; open it in Excel or LibreOffice, save it again and "
        "try once more.",
    ),
    ("Het werkblad {x} staat niet in {x2}.", "The sheet {x} is not in {x2}."),
    ("{x} bevat geen gegevens.", "{x} contains no data."),
    (
        "Het werkblad {x} heeft meer dan {x2} regels; splits het in delen van hoogstens {x3} "
        "regels en importeer ze na elkaar.",
        "The sheet {x} has more than {x2} rows; split it into parts of at most {x3} rows and "
        "import them one after the other.",
    ),
    (
        "In {x} staat bovenaan geen kopregel met kolomnamen die zkijdesk kent (zoals Voornaam, "
        "Achternaam, Geboortedatum); zie het voorbeeldbestand.",
        "{x} has no header row at the top with column names zkijdesk knows (such as First "
        "name, Last name, Date of birth); see the example file.",
    ),
    (
        "{x} is geen koppelingsbestand van zkijdesk.",
        "{x} is not a zkijdesk column mapping file.",
    ),
    (
        "Regel {n}: deze keuze kan niet bij deze dubbele cliënt.",
        "Row {n}: this choice is not possible for this duplicate client.",
    ),
    ("Regel {n} staat niet in het voorbeeld.", "Row {n} is not in the preview."),
    (
        "Regel {n} van dit bestand heeft dit BSN ook.",
        "Row {n} of this file has this BSN too.",
    ),
    (
        "Regel {n} van dit bestand heeft deze naam en geboortedatum ook.",
        "Row {n} of this file has this name and date of birth too.",
    ),
    (
        "Koppel ten minste de kolommen voor de naam en de geboortedatum; zonder die kan "
        "zkijdesk geen cliënt herkennen.",
        "Map at least the columns for the name and the date of birth; without them zkijdesk "
        "cannot recognise a client.",
    ),
    (
        "Het voorbeeld toont niet alle regels; controleer eerst het hele bestand.",
        "The preview does not show all rows; check the whole file first.",
    ),
    (
        "{x} is gewijzigd sinds de controle; controleer het bestand opnieuw voordat u importeert.",
        "{x} was changed after it was checked; check the file again before you import.",
    ),
    (
        "Alleen wie de import heeft gedaan, kan hem ongedaan maken.",
        "Only the person who did the import can undo it.",
    ),
    ("Deze import is al ongedaan gemaakt.", "This import has already been undone."),
    (
        "Deze import kan niet meer ongedaan worden gemaakt: {n} gegevens uit deze import zijn "
        "intussen gewijzigd of aangevuld.",
        "This import can no longer be undone: {n} records of this import have been changed or "
        "added to since.",
    ),
    ("{label} moet ja of nee zijn.", "{label} must be yes or no."),
    ("{label} “{x}” kent zkijdesk niet.", "{label} “{x}” is unknown to zkijdesk."),
    (
        "{label} bevat “{x}”, een vaardigheid die zkijdesk niet kent.",
        "{label} contains “{x}”, a skill zkijdesk does not know.",
    ),
    (
        "{label} bevat “{x}”, dat bij meer dan één vaardigheid past; schrijf de naam van "
        "de vaardigheid voluit.",
        "{label} contains “{x}”, which fits more than one skill; write the skill's name in full.",
    ),
    (
        "Kolom “{x}” ({label}) wordt op een werkblad met werkgevers niet gebruikt; kies bij "
        "die kolom “niet gebruiken” (in een koppelingsbestand: null) of zet hem op een eigen "
        "werkblad.",
        "Column “{x}” ({label}) is not used on a sheet of employers; choose “do not use” for "
        "that column (in a mapping file: null) or put it on a sheet of its own.",
    ),
    (
        "Kolom “{x}” ({label}) wordt op een werkblad met cliënten niet gebruikt; kies bij "
        "die kolom “niet gebruiken” (in een koppelingsbestand: null) of zet hem op een eigen "
        "werkblad.",
        "Column “{x}” ({label}) is not used on a sheet of clients; choose “do not use” for "
        "that column (in a mapping file: null) or put it on a sheet of its own.",
    ),
    ("Er is geen cliënt met dit BSN in zkijdesk.", "There is no client with this BSN in zkijdesk."),
    ("Er is geen cliënt met dit cliëntnummer.", "There is no client with this client number."),
    # services/team_overview.py: a team lead names a file to move by its number
    ("Vul het cliëntnummer in.", "Fill in the client number."),
    (
        "Cliëntnummer hoort bij geen cliënt met een route om over te dragen.",
        "Client number belongs to no client with a route to transfer.",
    ),
    (
        "Vul het BSN of het cliëntnummer van de cliënt in.",
        "Fill in the client's BSN or client number.",
    ),
    (
        "Regel {n} van dit bestand heeft deze werkgever ook.",
        "Row {n} of this file has this employer too.",
    ),
    ("Deze werkgever staat al in zkijdesk.", "This employer is already in zkijdesk."),
    (
        "Datum contact ligt vóór de geboortedatum.",
        "Date of contact is before the date of birth.",
    ),
    (
        "Datum aangetoond ligt vóór de geboortedatum.",
        "Date shown is before the date of birth.",
    ),
    (
        "Regel {n} van dit bestand heeft deze cliënt ook; de contacten en vaardigheden van "
        "deze regel komen in hetzelfde dossier.",
        "Row {n} of this file has this client too; the contacts and skills of this row go "
        "into the same file.",
    ),
    (
        "{label} verschilt van regel {n}, waar dezelfde cliënt staat; maak de gegevens van "
        "de cliënt op elke regel gelijk.",
        "{label} differs from row {n}, which has the same client; make the client's details "
        "the same on every row.",
    ),
    (
        "Regel {n} van dit bestand heeft deze cliënt ook; de route van deze regel komt als "
        "extra route in hetzelfde dossier.",
        "Row {n} of this file has this client too; the route of this row goes into the same "
        "file as an extra route.",
    ),
    (
        "Regel {n} van dit bestand heeft deze cliënt ook; de scholing, plaatsing, contacten "
        "en vaardigheden van deze regel komen bij dezelfde route.",
        "Row {n} of this file has this client too; the training, placement, contacts and "
        "skills of this row go to the same route.",
    ),
    (
        "{label} verschilt van regel {n}, waar dezelfde route staat; maak de route op elke "
        "regel gelijk.",
        "{label} differs from row {n}, which has the same route; make the route the same on "
        "every row.",
    ),
    (
        "{label} verschilt van regel {n}, waar dezelfde scholing staat; maak de scholing op "
        "elke regel gelijk.",
        "{label} differs from row {n}, which has the same training; make the training the "
        "same on every row.",
    ),
    (
        "{label} verschilt van regel {n}, waar dezelfde plaatsing staat; maak de plaatsing "
        "op elke regel gelijk.",
        "{label} differs from row {n}, which has the same placement; make the placement the "
        "same on every row.",
    ),
    (
        "Intakedatum valt in de lopende route van regel {n} met dezelfde cliënt; geef die "
        "route een afsluitdatum op of vóór deze intakedatum.",
        "Intake date falls within the ongoing route of row {n} with the same client; give "
        "that route a closing date on or before this intake date.",
    ),
    (
        "Intakedatum valt in de route van regel {n} met dezelfde cliënt; een volgende route "
        "begint op of na de afsluitdatum van de vorige.",
        "Intake date falls within the route of row {n} with the same client; a next route "
        "begins on or after the closing date of the previous one.",
    ),
    (
        "Afsluitdatum ontbreekt, maar regel {n} heeft een latere route voor dezelfde cliënt; "
        "sluit deze route af op of vóór de intakedatum daarvan.",
        "Closing date is missing, but row {n} has a later route for the same client; close "
        "this route on or before that route's intake date.",
    ),
    (
        "Afsluitdatum valt na de intakedatum van de latere route van regel {n} met dezelfde "
        "cliënt; sluit deze route af op of vóór die intakedatum.",
        "Closing date falls after the intake date of the later route of row {n} with the "
        "same client; close this route on or before that intake date.",
    ),
    (
        "Intakedatum is die van een route die deze cliënt al in zkijdesk heeft; een import "
        "voegt niets toe aan een bestaande route, laat de routekolommen van deze regel leeg.",
        "Intake date is that of a route this client already has in zkijdesk; an import adds "
        "nothing to an existing route, leave this row's route columns empty.",
    ),
    (
        "Intakedatum valt in de lopende route die deze cliënt al in zkijdesk heeft; sluit die "
        "route daar eerst af.",
        "Intake date falls within the ongoing route this client already has in zkijdesk; "
        "close that route there first.",
    ),
    (
        "Intakedatum valt in een route die deze cliënt al in zkijdesk heeft; een volgende "
        "route begint op of na de afsluitdatum daarvan.",
        "Intake date falls within a route this client already has in zkijdesk; a next route "
        "begins on or after its closing date.",
    ),
    (
        "Afsluitdatum ontbreekt, maar deze cliënt heeft in zkijdesk al een latere route; sluit "
        "deze route af op of vóór de intakedatum daarvan.",
        "Closing date is missing, but this client already has a later route in zkijdesk; "
        "close this route on or before that route's intake date.",
    ),
    (
        "Afsluitdatum valt na de intakedatum van een latere route die deze cliënt al in "
        "zkijdesk heeft; sluit deze route af op of vóór die intakedatum.",
        "Closing date falls after the intake date of a later route this client already has "
        "in zkijdesk; close this route on or before that intake date.",
    ),
    (
        "Regel {n} van dit bestand, met dezelfde cliënt, is geweigerd; verbeter die regel en "
        "importeer beide regels opnieuw.",
        "Row {n} of this file, with the same client, was refused; correct that row and "
        "import both rows again.",
    ),
    (
        "Het importeren is afgebroken; er is niets opgeslagen.",
        "The import was cancelled; nothing was saved.",
    ),
)

_PLACEHOLDER = re.compile(r"\{(label\d?|n|m|x\d?|sentence)\}")
_LOWER_LABELS = {dutch.lower(): english for dutch, english in LABELS.items()}


def _pattern(template: str) -> re.Pattern[str]:
    parts, position = [], 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position : match.start()]))
        name = match.group(1)
        parts.append(rf"(?P<{name}>-?\d+)" if name in ("n", "m") else rf"(?P<{name}>.+?)")
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The templates, most literal text first, so a specific one wins over a general one."""
    ordered = sorted(TEMPLATES, key=lambda pair: -len(_PLACEHOLDER.sub("", pair[0])))
    return tuple((_pattern(dutch), english) for dutch, english in ordered)


def translate_label(text: str) -> str:
    """A field label in English; a label in mid-sentence keeps its small first letter."""
    english = LABELS.get(text) or _LOWER_LABELS.get(text.lower())
    if english is None:
        return text
    if text[:1].islower() and not english[:2].isupper():
        return english[:1].lower() + english[1:]
    return english


#: Templates that wrap a whole sentence ({sentence}, translated on its own); they are
#: tried before the others, whose {label} would otherwise swallow the prefix.
WRAPPERS: tuple[tuple[str, str], ...] = (
    # A problem of one numbered contact of an import row ("Contact 2 datum").
    ("Contact {n}: {sentence}", "Contact {n}: {sentence}"),
)


def to_english(text: str) -> str:
    """The English of a service sentence; the Dutch sentence if no template matches."""
    for dutch, english in WRAPPERS:
        match = _pattern(dutch).fullmatch(text)
        if match is not None:
            parts = match.groupdict()
            return english.format(**{**parts, "sentence": to_english(parts["sentence"])})
    for pattern, english in _compiled():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = {
            name: translate_label(value) if name.startswith("label") else value
            for name, value in match.groupdict().items()
        }
        return english.format(**values)
    return text
