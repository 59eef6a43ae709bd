"""The Dutch names of the store's tables, for people: a backup's preview and the
move-in's summary name what they count by these, never by the table's own name."""

from __future__ import annotations

from collections.abc import Mapping

#: Dutch names for the tables a preview shows, in this order; other tables follow by name.
TABLE_LABELS: Mapping[str, str] = {
    "client": "Cliënten",
    "route": "Routes",
    "guidance": "Begeleidingen",
    "training": "Scholingen",
    "placement": "Plaatsingen",
    "placement_follow_up": "Nazorgmomenten",
    "activity": "Contacten",
    "task": "Taken",
    "client_work_preference": "Werkvoorkeuren van cliënten",
    "candidacy": "Voordrachten",
    "client_skill": "Vaardigheden van cliënten",
    "client_target_group": "Focusdoelgroep-labels",
    "client_share": "Gedeelde dossiers",
    "employer": "Werkgevers",
    "vacancy": "Vacatures",
    "vacancy_skill": "Vaardigheden bij vacatures",
    "employer_contact": "Contactpersonen bij werkgevers",
    "employer_contact_log": "Contactmomenten met werkgevers",
    "project": "Projecten",
    "focus_target_group": "Focusdoelgroepen",
    "sector": "Sectoren",
    "municipality": "Gemeenten",
    "skill": "Vaardigheden",
    "app_user": "Gebruikers",
    "user_setting": "Gebruikersinstellingen",
    "store_setting": "Opslaginstellingen",
    "audit_log": "Logregels",
}
