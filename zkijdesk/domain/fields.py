"""The label of every field, declared once.

A field is named in three places: the caption of its form (and the accessible name of
its editor), the sentence a service says when it refuses the value ("Geboortedatum is
verplicht."), and the import's column. Written out in each, the three drift apart, and
each needed its own English. Here each label is declared once, as a ``Label``: the
services pass it as ``label=`` to the validators (domain/validation.py), the forms
make their captions from it (``views.labels.caption``), and its English is the message
catalogue's ``veld`` entry (``zkijdesk.i18n.translate_label``), the same whether a
sentence names the field or a form shows it.

Labels are shared by the fields they name alike: every start date is ``START_DATE``.
A field that means something else gets a label of its own, even on the same column
(a route's ``sector_id`` is the sector of orientation, a client's is just the sector).
The store-wide settings declare their labels in ``services/settings.py``, with the rest
of each setting; object names ("Cliënt 12 bestaat niet") and the phrases of a role's
refusal are not field labels and stay with their sentences.
"""

from __future__ import annotations

from typing import Final


class Label(str):
    """A field's Dutch label. Its own type so that a test can tell a declared label
    from the same words typed in place."""

    __slots__ = ()


# --------------------------------------------------------------------------- the person
FIRST_NAME: Final = Label("Voornaam")
NAME_PREFIX: Final = Label("Tussenvoegsel")
LAST_NAME: Final = Label("Achternaam")
BIRTH_DATE: Final = Label("Geboortedatum")
BSN: Final = Label("BSN")
EMAIL: Final = Label("E-mailadres")
PHONE: Final = Label("Telefoonnummer")
POSTCODE: Final = Label("Postcode")
MUNICIPALITY: Final = Label("Gemeente")
INTAKE_STATUS: Final = Label("Status bij intake")
DOELGROEPREGISTER: Final = Label("Doelgroepregister")
CONSENT_NOTE: Final = Label("Toestemming en afspraken")
SECTOR: Final = Label("Sector")
TARGET_GROUP: Final = Label("Focusdoelgroep")
SKILL: Final = Label("Vaardigheid")
SKILLS: Final = Label("Vaardigheden")
DESIRED_SKILLS: Final = Label("Gewenste vaardigheden")
EVIDENCE: Final = Label("Bewijs")
SHOWN_ON: Final = Label("Datum aangetoond")
SEARCH_TERM: Final = Label("Zoekterm")
CLIENT_NUMBER: Final = Label("Cliëntnummer")

# --------------------------------------------------------------------------- the route
INTAKE_DATE: Final = Label("Intakedatum")
REFERRAL_SOURCE: Final = Label("Aanmelder")
ORIENTATION_SECTOR: Final = Label("Sector van oriëntatie")
PROJECT: Final = Label("Project")
COACH: Final = Label("Coach")
EXPLANATION: Final = Label("Toelichting")
CLOSED_ON: Final = Label("Afsluitdatum")
EXIT_REASON: Final = Label("Reden uitstroom")

# --------------------------------------------------------------------------- its steps
START_DATE: Final = Label("Startdatum")
END_DATE: Final = Label("Einddatum")
NOTE: Final = Label("Notitie")
GUIDANCE_KIND: Final = Label("Soort begeleiding")
COURSE: Final = Label("Opleiding")
PROVIDER: Final = Label("Aanbieder")
TRAINING_KIND: Final = Label("Soort scholing")
PLANNED_START: Final = Label("Geplande start")
PLANNED_END: Final = Label("Gepland einde")
ACTUAL_START: Final = Label("Werkelijke start")
ACTUAL_END: Final = Label("Werkelijk einde")
RESULT: Final = Label("Resultaat")
CREDENTIAL: Final = Label("Behaald certificaat")
EMPLOYER: Final = Label("Werkgever")
CONTRACT_TYPE: Final = Label("Soort contract")
HOURS_PER_WEEK: Final = Label("Uren per week")
FOLLOW_UP_DATE: Final = Label("Datum nazorg")
PLACEMENT_START: Final = Label("Startdatum plaatsing")
PLACEMENT_END: Final = Label("Einddatum plaatsing")

# --------------------------------------------------------------------------- contacts, tasks
CONTACT_KIND: Final = Label("Soort contact")
CONTACT_DATE: Final = Label("Datum contact")
MINUTES: Final = Label("Duur in minuten")
TASK: Final = Label("Taak")
DUE_DATE: Final = Label("Uiterste datum")

# --------------------------------------------------------------------------- employers
EMPLOYER_NAME: Final = Label("Naam werkgever")
KVK_NUMBER: Final = Label("KvK-nummer")
SIZE_CLASS: Final = Label("Omvang")
CONTACT_NAME: Final = Label("Naam contactpersoon")
CONTACT_PERSON: Final = Label("Contactpersoon")
JOB_TITLE: Final = Label("Functie")
CONTACT_JOB_TITLE: Final = Label("Functie contactpersoon")
CONTACT_EMAIL: Final = Label("E-mail contactpersoon")
CONTACT_PHONE: Final = Label("Telefoon contactpersoon")
SUMMARY: Final = Label("Verslag")
FOLLOW_UP_ON: Final = Label("Vervolg op")

# --------------------------------------------------------------------------- vacancies, matching
OCCUPATION: Final = Label("Beroep")
WORKPLACE: Final = Label("Werkplek (gemeente)")
VACANCY_STATUS: Final = Label("Status vacature")
NEW_STATUS: Final = Label("Nieuwe status")
DATE: Final = Label("Datum")
OPENED_ON: Final = Label("Datum open")
VACANCY_CLOSED_ON: Final = Label("Datum gesloten")
HOURS_MIN: Final = Label("Minimaal aantal uren per week")
HOURS_MAX: Final = Label("Maximaal aantal uren per week")
PROPOSED_ON: Final = Label("Datum voordracht")
INTERVIEW_ON: Final = Label("Datum gesprek")
DECIDED_ON: Final = Label("Datum besluit")
REASON: Final = Label("Reden")

# --------------------------------------------------------------------------- people, reference data
NAME: Final = Label("Naam")
USERNAME: Final = Label("Gebruikersnaam")
ROLE: Final = Label("Rol")
SECRET: Final = Label("Pincode of wachtwoord")
CURRENT_SECRET: Final = Label("Huidige pincode of wachtwoord")
NEW_SECRET: Final = Label("Nieuwe pincode of wachtwoord")
REPEAT_SECRET: Final = Label("Herhaal de nieuwe pincode of wachtwoord")
VALID_UNTIL: Final = Label("Wachtwoord geldig tot")
FILTER_NAME: Final = Label("Naam van het filter")
YEAR: Final = Label("Jaar")
PLACEMENT_AIM: Final = Label("Streefcijfer plaatsingen")
CODE: Final = Label("Code")
NAME_EN: Final = Label("Engelse naam")
PROJECT_CODE: Final = Label("Projectcode")
PROJECT_NAME: Final = Label("Projectnaam")
BACKUP_FOLDER: Final = Label("Map voor reservekopieën")
BACKUP: Final = Label("Reservekopie")


def declared() -> dict[str, Label]:
    """Every label above by its name here, for the tests and the catalogue check."""
    return {name: value for name, value in globals().items() if isinstance(value, Label)}
