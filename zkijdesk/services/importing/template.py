"""The example sheet ("Voorbeeldbestand opslaan"): every column the import knows.

It shows the shape real sheets have, title row included, with two made-up people
(their BSNs are the well-known test numbers that pass the eleven-test), and a second
sheet that lists the words each coded column accepts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from zkijdesk.atomic import atomic_write
from zkijdesk.domain.enums import (
    ContractType,
    ExitReason,
    IntakeStatus,
    ReferralSource,
    TrainingResult,
)
from zkijdesk.domain.enums import label as enum_label
from zkijdesk.services.importing.mapping import FIELD_BY_KEY
from zkijdesk.sheet_text import text_cell

COLUMNS = (
    "first_name",
    "name_prefix",
    "last_name",
    "birth_date",
    "bsn",
    "email",
    "phone",
    "postcode",
    "municipality",
    "intake_status",
    "doelgroepregister",
    "sector",
    "target_groups",
    "intake_date",
    "referral_source",
    "coach",
    "closed_on",
    "exit_reason",
    "training_title",
    "training_provider",
    "training_result",
    "training_start",
    "training_end",
    "employer",
    "placement_start",
    "hours_per_week",
    "contract_type",
    "contact_date",
    "contact_kind",
    "contact_note",
    "skills",
    "skill_evidence",
    "skill_shown_on",
)
#: A second contact moment on the same row, under numbered headers.
SECOND_CONTACT = ("Contact 2 datum", "Contact 2 soort", "Contact 2 verslag")

EXAMPLES = (
    (
        "Fatima",
        None,
        "Bakker",
        date(1988, 4, 12),
        "111222333",
        "f.bakker@example.nl",
        "06-12345678",
        "2011 AB",
        "Haarlem",
        "Werkzoekend met bijstand",
        "nee",
        "Zorg",
        None,
        date(2025, 9, 1),
        "Gemeente",
        None,
        None,
        None,
        "Helpende Zorg & Welzijn",
        "Nova College",
        "Lopend",
        date(2025, 10, 6),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "Ondersteunen bij ADL; BHV-certificaat",
        "Certificaat",
        date(2024, 6, 28),
        None,
        None,
        None,
    ),
    (
        "Pieter",
        "van der",
        "Meer",
        date(1969, 11, 3),
        "123456782",
        None,
        "0251-123456",
        "1971 AA",
        "IJmuiden",
        "WW",
        "nee",
        "Techniek",
        None,
        date(2025, 3, 17),
        "UWV",
        None,
        date(2025, 8, 29),
        "Werk",
        None,
        None,
        None,
        None,
        None,
        "Tata Steel",
        date(2025, 9, 1),
        32,
        "Bepaalde tijd",
        date(2025, 9, 15),
        "Telefoon",
        "Eerste werkdag goed verlopen.",
        "VCA-basis; Heftruckcertificaat",
        "Werkervaring",
        None,
        date(2025, 10, 20),
        "Gesprek",
        "Na zes weken: gaat goed, wil meer uren.",
    ),
)

#: A sheet of employers: one employer per row, or one vacancy per row under its employer.
EMPLOYER_HEADERS = (
    "Werkgever",
    "KvK-nummer",
    "Sector",
    "Gemeente",
    "Beroep",
    "Uren per week",
    "Datum open",
    "Status vacature",
    "Vaardigheden",
    "Gewenste vaardigheden",
    "Contactpersoon",
    "Functie contactpersoon",
    "E-mail contactpersoon",
    "Telefoon contactpersoon",
)
EMPLOYER_EXAMPLES = (
    (
        "Zorgbalans",
        "12345678",
        "Zorg",
        "Haarlem",
        "Verzorgende IG",
        24,
        date(2025, 10, 1),
        "Open",
        "Ondersteunen bij ADL; BHV-certificaat",
        "Wondzorg",
        "Petra de Wit",
        "Teamleider",
        "p.dewit@example.nl",
        "023-5112345",
    ),
    (
        "Zorgbalans",
        "12345678",
        "Zorg",
        "Haarlem",
        "Helpende",
        32,
        date(2025, 11, 3),
        "Open",
        "Wondzorg",
        None,
        None,
        None,
        None,
        None,
    ),
)

ACCEPTED = (
    (
        "Gemeente",
        "Beverwijk, Bloemendaal, Haarlem, Heemskerk, Heemstede, Velsen, Zandvoort, "
        "Buiten de regio; ook woonplaatsen (IJmuiden, Overveen ...) en CBS-codes (GM0392, 392)",
    ),
    (
        "Sector",
        "Zorg & Welzijn (Zorg), Onderwijs, Techniek, ICT, Circulair, Overige sectoren, "
        "Handel, Logistiek, Horeca, Overheid, Zakelijke dienstverlening",
    ),
    (
        "Focusdoelgroep",
        "de focusdoelgroepen van dit jaar, bijvoorbeeld Jongeren, 50-plussers, "
        "Statushouders, Banenafspraak, Deeltijders; meer dan één gescheiden door ; of ,",
    ),
    (
        "Status bij intake",
        ", ".join(enum_label(s) for s in IntakeStatus) + "; ook WW, bijstand, "
        "Wajong, geen uitkering",
    ),
    ("Aanmelder", ", ".join(enum_label(s) for s in ReferralSource)),
    ("Reden uitstroom", ", ".join(enum_label(s) for s in ExitReason)),
    ("Resultaat", ", ".join(enum_label(s) for s in TrainingResult)),
    ("Soort contract", ", ".join(c.value.replace("_", " ") for c in ContractType)),
    ("Coach", "gebruikersnaam of weergavenaam van een coach in zkijdesk; leeg: uzelf"),
    ("Datums", "echte datums, dd-mm-jjjj, d-m-jj of jjjj-mm-dd"),
    ("Doelgroepregister", "ja of nee"),
    ("Soort contact", "Gesprek, Telefoon, E-mail, Video, Werkgeversbezoek, Notitie"),
    (
        "Contact 2, Contact 3 ...",
        "meer contacten op één regel: Contact 2 datum, Contact 2 soort, Contact 2 duur, "
        "Contact 2 verslag (of Datum contact 2 ...); elk genummerd contact wordt een contact",
    ),
    (
        "Meer regels per cliënt",
        "herhaal naam, geboortedatum en BSN: een andere intakedatum wordt een extra route, "
        "een andere scholing of plaatsing komt bij de route van de regel, contacten ook; "
        "de routes van één cliënt mogen elkaar niet overlappen",
    ),
    (
        "Vaardigheden",
        "namen uit de vaardighedenlijst van zkijdesk (of een woord dat er maar één vindt, "
        "zoals heftruck), gescheiden door ; of ,",
    ),
    (
        "Bewijs, Datum aangetoond",
        "hoe en wanneer de vaardigheden van de regel zijn aangetoond: Diploma, Certificaat, "
        "Werkervaring, Assessment of Eigen opgave (leeg: eigen opgave); een datum, niet in "
        "de toekomst",
    ),
    (
        "Werkgevers (werkblad)",
        "een werkgever per regel, of een vacature per regel (Beroep, "
        "Uren per week, Datum open, Status vacature, Vaardigheden: die vraagt de vacature; "
        "Gewenste vaardigheden: die zijn een pré); "
        "dezelfde werkgever (KvK of naam) wordt één werkgever; met Contactpersoon (en "
        "Functie, E-mail, Telefoon contactpersoon) komt er een contactpersoon bij de werkgever",
    ),
)


def write_template(target: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cliënten")
    sheet.append([text_cell(sheet, "Voorbeeldbestand zkijdesk: één regel per cliënt")])
    sheet.append([])
    sheet.append(
        [text_cell(sheet, FIELD_BY_KEY[key].label) for key in COLUMNS]
        + [text_cell(sheet, header) for header in SECOND_CONTACT]
    )
    for example in EXAMPLES:
        sheet.append([v if not isinstance(v, str) else text_cell(sheet, v) for v in example])
    employers = book.create_sheet("Werkgevers")
    employers.append([text_cell(employers, h) for h in EMPLOYER_HEADERS])
    for employer_example in EMPLOYER_EXAMPLES:
        employers.append(
            [v if not isinstance(v, str) else text_cell(employers, v) for v in employer_example]
        )
    notes = book.create_sheet("Uitleg")
    notes.append([text_cell(notes, "Kolom"), text_cell(notes, "Wat mag erin")])
    for column, accepted in ACCEPTED:
        notes.append([text_cell(notes, column), text_cell(notes, accepted)])
    target = Path(target)
    with atomic_write(target, "wb") as fh:
        book.save(fh)
    return target
