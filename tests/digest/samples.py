"""Digests to render in tests: one representative, and small builders for edge cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from worker.charter.categories import Severity
from worker.digest.model import Digest, DigestEntry, DigestEvidence, DigestFlag, SourceHealth

ORGANISATION = "Centre de services scolaire au Cœur-des-Vallées (CSSCV)"
GENERATED_AT = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # 07 h 00 in Montréal


def flag(
    text: str,
    evidence: str,
    category: str = "defamation",
    score: float = 0.87,
    severity: Severity = Severity.HIGH,
) -> DigestFlag:
    """A flag whose evidence is the first occurrence of ``evidence`` in ``text``."""
    start = text.index(evidence)
    span = DigestEvidence(start, start + len(evidence), evidence)
    return DigestFlag(category, score, severity, (span,))


def entry(
    item_id: int,
    title: str,
    body: str,
    *,
    severity: Severity = Severity.HIGH,
    evidence: str | None = None,
    category: str = "defamation",
    score: float = 0.87,
    **changes: object,
) -> DigestEntry:
    """An entry whose text is ``title + "\\n\\n" + body``, flagged on ``evidence``."""
    text = f"{title}\n\n{body}"
    flags = (flag(text, evidence, category, score, severity),) if evidence else ()
    base = DigestEntry(
        item_id=item_id,
        title=title,
        url=f"https://www.facebook.com/groupe/posts/{item_id}",
        source_name="Facebook — Parents de la Vallée",
        author="Jean Tremblay",
        published_at=datetime(2026, 11, 23, 22, 15, tzinfo=UTC),
        fetched_at=datetime(2026, 11, 23, 22, 30, tzinfo=UTC),
        entities=("École secondaire Hormisdas-Gamelin",),
        severity=severity,
        flags=flags,
        text=text,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def digest(entries: tuple[DigestEntry, ...] = (), **changes: object) -> Digest:
    """A digest for 24 November 2026 (Montréal time) with ``entries``."""
    base = Digest(
        organisation_name=ORGANISATION,
        period=date(2026, 11, 24),
        generated_at=GENERATED_AT,
        timezone="America/Montreal",
        entries=entries,
        quiet_mentions=0,
        source_health=(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


LONG_BODY = (
    "Hier soir à la réunion du conseil d'établissement, plusieurs parents ont pris la parole "
    "au sujet du transport scolaire et des nouvelles heures de classe. Le directeur est un "
    "incompétent notoire et tout le monde le sait, a écrit un enseignant sur sa page publique. "
    "D'autres ont demandé que la question soit reportée à la prochaine séance, faute de temps, "
    "et la présidente a levé la séance à 21 h 30."
)


def representative() -> Digest:
    """Every part of the digest at once: all severities, a cut, quiet mentions, failing sources."""
    critical = entry(
        1,
        "Menaces envers une enseignante de l'école Saint-Michel",
        "Si je la croise au dépanneur, elle va le regretter, je te le garantis.",
        severity=Severity.CRITICAL,
        evidence="elle va le regretter",
        score=0.94,
        entities=("École Saint-Michel", "CSSCV"),
        also_at=("Reddit — r/outaouais", "X — @parent_fache"),
    )
    high = entry(
        2,
        "Réunion houleuse au conseil d'établissement",
        LONG_BODY,
        evidence="incompétent notoire",
        author=None,
    )
    high_more = replace(
        entry(
            3,
            "Photos d'élèves publiées sans consentement",
            "Voici les photos de la classe de 3e année, avec les noms de chaque enfant.",
            evidence="les noms de chaque enfant",
            category="privacy",
            score=0.71,
        ),
        flags=(
            flag(
                "Photos d'élèves publiées sans consentement\n\nVoici les photos de la classe "
                "de 3e année, avec les noms de chaque enfant.",
                "les noms de chaque enfant",
                "privacy",
                0.71,
            ),
            flag(
                "Photos d'élèves publiées sans consentement\n\nVoici les photos de la classe "
                "de 3e année, avec les noms de chaque enfant.",
                "sans consentement",
                "confidential",
                0.55,
            ),
        ),
        url="javascript:alert(1)",
        published_at=None,
    )
    medium = entry(
        4,
        "<script>alert(1)</script> Commentaire sur la direction",
        "Franchement, la direction <img src=x onerror=alert(1)> c'est pathétique.",
        severity=Severity.MEDIUM,
        evidence="c'est pathétique",
        category="disparaging",
        score=0.62,
        source_name="Blogue <b>du</b> quartier",
        author="<img src=x onerror=alert(1)>",
    )
    low = entry(
        5,
        "Promo : cours privés de mathématiques",
        "Contactez-moi pour des cours privés.",
        severity=Severity.LOW,
        evidence="cours privés",
        category="spam",
        score=0.51,
    )
    failing = SourceHealth(
        source_id="fb-parents",
        name="Facebook — Parents de la Vallée",
        failing_since=datetime(2026, 11, 22, 14, 5, tzinfo=UTC),
        last_error="HTTP 429 <Too Many Requests> après 3 tentatives",
        consecutive_failures=12,
        last_success_at=datetime(2026, 11, 22, 13, 50, tzinfo=UTC),
    )
    return digest(
        (critical, high, high_more, medium, low),
        quiet_mentions=42,
        source_health=(failing,),
        max_items=4,
    )
