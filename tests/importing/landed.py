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
