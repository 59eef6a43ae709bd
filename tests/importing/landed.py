"""What an import left in the store: row counts per table, and a preview as the wizard
makes one. Shared by the import tests that compare before, after and after undo."""

from __future__ import annotations

from sqlalchemy import func, select

from zkijdesk import models as m

COUNTED = (
    m.Client,
    m.Route,
    m.Activity,
    m.ClientSkill,
    m.Employer,
    m.EmployerContact,
    m.Vacancy,
    m.VacancySkill,
    m.ClientShare,
    m.Task,
)


def counts(store) -> dict[str, int]:
    with store.read_session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED
        }


def preview_of(importer, path):
    source = importer.open(path)
    table = importer.table(source)
    return source, importer.preview(source, table, importer.suggest(table))


def person_fields(s, client: m.Client, route: m.Route) -> dict:
    """A client and their route field by field, as the import tests compare them with
    the sheet: names, numbers, places and codes as words, dates as dates."""
    return {
        "name": (client.first_name, client.name_prefix, client.last_name),
        "bsn": client.bsn,
        "birth_date": client.birth_date,
        "postcode": client.postcode,
        "phone": client.phone,
        "email": client.email,
        "municipality": client.municipality_id
        and s.get(m.Municipality, client.municipality_id).name,
        "sector": client.sector_id and s.get(m.Sector, client.sector_id).code,
        "status": client.intake_status.value,
        "intake": route.intake_date,
        "closed": (route.closed_on, route.exit_reason and route.exit_reason.value),
    }
