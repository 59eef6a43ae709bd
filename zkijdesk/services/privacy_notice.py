"""What every subject-access reply must tell the person (GDPR art. 15), kept by the admin.

A copy of the data alone is not a complete answer: the person must also learn who is
responsible and how to reach them or the data-protection officer, why the data is
processed and on what legal basis, who receives it, how long it is kept, where it came
from, and that they may complain to the Autoriteit Persoonsgegevens. Who the
controller is differs per partner (a municipality, UWV, a school), so the functional
admin fills it in; the purposes, basis, recipients and source start from what holds
for the region's career guidance and may be adjusted. The retention sentence is made
from the retention terms the admin already keeps, so it cannot drift from what runs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import ExitReason, Role, label
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services import settings
from zkijdesk.services.base import Service

MAX_LENGTH = 1000
AUTHORITY = (
    "U kunt een klacht indienen bij de Autoriteit Persoonsgegevens, Postbus 93374, "
    "2509 AJ Den Haag, www.autoriteitpersoonsgegevens.nl. Wij horen het graag eerst van u, "
    "zodat wij het kunnen oplossen."
)


@dataclass(frozen=True)
class PrivacyNotice:
    """The texts of an art. 15 reply; an empty string means the admin has not filled it."""

    controller: str = ""
    contact: str = ""
    dpo: str = ""
    purposes: str = (
        "Begeleiding naar (ander) werk, scholing en plaatsing door het Regionaal "
        "Mobiliteitsteam en het Werkgeversservicepunt, en geanonimiseerde cijfers over die "
        "dienstverlening voor de arbeidsmarktregio."
    )
    legal_basis: str = (
        "Uitvoering van een taak van algemeen belang (AVG artikel 6 lid 1 onder e), op grond "
        "van de Participatiewet en de Wet SUWI; voor vrijwillige begeleiding zonder wettelijke "
        "taak: uw toestemming (artikel 6 lid 1 onder a), die u altijd kunt intrekken."
    )
    recipients: str = (
        "Uw loopbaancoach en, als u dat hebt afgesproken, collega's in het team die u "
        "begeleiden. Werkgevers en opleiders alleen met uw toestemming. Niemand buiten de "
        "Europese Unie."
    )
    source: str = (
        "Van uzelf, bij de aanmelding en de gesprekken; de verwijzing van uw gemeente of het "
        "UWV als u via hen bent aangemeld."
    )

    @property
    def missing(self) -> tuple[str, ...]:
        """Dutch names of the fields an admin still has to fill."""
        names = {"controller": "verwerkingsverantwoordelijke", "contact": "contactgegevens"}
        return tuple(n for f, n in names.items() if not getattr(self, f))


FIELDS = {
    "controller": "Verwerkingsverantwoordelijke",
    "contact": "Contactgegevens",
    "dpo": "Functionaris gegevensbescherming",
    "purposes": "Doelen",
    "legal_basis": "Grondslag",
    "recipients": "Ontvangers",
    "source": "Bron van de gegevens",
}


class PrivacyNoticeService(Service):
    def notice(self) -> PrivacyNotice:
        with self.store.read_session() as s:
            stored = settings.PRIVACY_NOTICE.read(s)
        return replace(PrivacyNotice(), **{k: val for k, val in stored.items() if k in FIELDS})

    def set_notice(self, **texts: str | None) -> PrivacyNotice:
        """Store what the admin typed; an emptied field goes back to its default."""
        self.require_role(Role.ADMIN, what="de privacygegevens voor inzageverzoeken instelt")
        clean: dict[str, str] = {}
        for key, value in texts.items():
            if key not in FIELDS:
                raise ValidationError(key, "Onbekend privacygegeven.")
            text = v.clean_text(
                value, field=key, label=FIELDS[key], max_length=MAX_LENGTH, multiline=True
            )
            clean[key] = text or ""
        current = asdict(self.notice())
        defaults = asdict(PrivacyNotice())
        merged = {k: (clean[k] if k in clean else current[k]) for k in FIELDS}
        stored = {k: val for k, val in merged.items() if val and val != defaults[k]}
        key = settings.PRIVACY_NOTICE.key
        with self.store.session() as s:
            settings.PRIVACY_NOTICE.write(s, stored, self.actor.user_id)
            self.audit(s, "change", "setting", None, detail=f"{key}: {','.join(clean)}")
        return self.notice()


def retention_sentence(terms: dict[str, int]) -> str:
    """The retention terms in words: 'na afsluiting 60 maanden (Werk gevonden), ...'."""
    by_months: dict[int, list[str]] = {}
    for reason, months in terms.items():
        by_months.setdefault(months, []).append(label(ExitReason(reason)).lower())
    parts = [
        f"{n} maanden als de reden was: {', '.join(rs)}" for n, rs in sorted(by_months.items())
    ]
    return (
        "Uw dossier wordt bewaard zolang u begeleid wordt, en na het afsluiten van uw laatste "
        f"route nog {'; '.join(parts)}. Daarna wordt het gewist."
    )


__all__ = ["AUTHORITY", "FIELDS", "PrivacyNotice", "PrivacyNoticeService", "retention_sentence"]
