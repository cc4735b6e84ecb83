"""The one place that knows the charter's categories, their French labels and clauses."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):  # noqa: UP042 (StrEnum would change str() for callers)
    """How urgently the communications team should look. Ordered: critical first."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for critical, 3 for low: sort ascending to get the most severe first."""
        return _SEVERITY_RANK[self]

    @property
    def label_fr(self) -> str:
        return _SEVERITY_FR[self]


def severity_of(value: str) -> Severity:
    """``Severity(value)`` by a dict look-up: the enum's own call costs 5 µs, and a digest
    converts 30,000 stored severities."""
    return _SEVERITY_OF[value]


_SEVERITY_OF = {severity.value: severity for severity in Severity}
_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(Severity)}
_SEVERITY_FR = {
    Severity.CRITICAL: "critique",
    Severity.HIGH: "élevée",
    Severity.MEDIUM: "moyenne",
    Severity.LOW: "faible",
}


@dataclass(frozen=True)
class Category:
    key: str
    label_fr: str
    label_en: str
    clause: str  # the charter's own words, in French
    severity: Severity  # default severity of a flag in this category


_CHARTER = "Charte d'utilisation des médias sociaux, « Responsabilité et sanctions possibles »"

CATEGORIES: dict[str, Category] = {
    c.key: c
    for c in (
        Category(
            "privacy",
            "Atteinte à la vie privée",
            "Privacy",
            "Contenu portant atteinte aux droits fondamentaux d'autrui et notamment au droit "
            "du respect de leur vie privée",
            Severity.HIGH,
        ),
        Category(
            "defamation",
            "Propos diffamatoires, menaces ou insultes",
            "Defamation, threats or insults",
            "Propos diffamatoires (attaque, insulte, langage menaçant ou obscène, propos "
            "homophobe, harcèlement, chantage) ou de propagande",
            Severity.HIGH,
        ),
        Category(
            "disparaging",
            "Commentaires déplacés ou désobligeants",
            "Disparaging comments",
            "Commentaires déplacés ou désobligeants",
            Severity.MEDIUM,
        ),
        Category(
            "sexual",
            "Contenu sexuel ou pornographique",
            "Sexual content",
            "Matériel pornographique",
            Severity.HIGH,
        ),
        Category(
            "spam",
            "Publicité, sollicitation ou pourriel",
            "Commercial spam",
            "Productions commerciales, publicitaires, sollicitations ou pourriels (hyperliens "
            "n'étant pas liés directement au contenu publié par le CSSCV)",
            Severity.LOW,
        ),
        Category(
            "cyberbullying",
            "Cyberintimidation",
            "Cyberbullying",
            "Contenu pour intimider les autres, leur faire mal ou nuire à leur réputation et à "
            "leurs relations (cyberintimidation)",
            Severity.HIGH,
        ),
        Category(
            "confidential",
            "Divulgation de données confidentielles",
            "Confidential data leak",
            "L'utilisateur ne doit pas divulguer des données confidentielles ou stratégiques du "
            "CSSCV ou des écoles, des élèves ou du personnel dans les médias sociaux",
            Severity.HIGH,
        ),
    )
}

CATEGORY_KEYS: tuple[str, ...] = tuple(CATEGORIES)
CHARTER_TITLE = _CHARTER
