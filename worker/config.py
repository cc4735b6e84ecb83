"""The admins' file, ``veille.yaml``: pydantic models, loading, and French error reports.

Every problem is reported at once with its YAML path, so an admin fixes the file in one go.
"""

from __future__ import annotations

import re
from datetime import time, timedelta
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from connectors import registry
from connectors.base import ConnectorOptions
from worker.charter.categories import CATEGORY_KEYS
from worker.errors import ConfigError, ConfigProblem
from worker.yamlfile import read_yaml

_DURATION = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_POLL_INTERVAL = timedelta(minutes=1)


def parse_duration(value: object) -> timedelta:
    """``"15m"``, ``"2h"``, ``"1d"``, ``"90s"`` or a number of seconds -> timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return timedelta(seconds=value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError("durée invalide : écrire par exemple 30s, 15m, 2h ou 1d")
    return timedelta(seconds=int(match.group(1)) * _UNIT_SECONDS[match.group(2)])


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entity(_Strict):
    """A watched entity: the organisation or one of its schools."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str = Field(min_length=2)
    aliases: list[str] = []
    # Other names that also mean something else ("Providence"): they count only when one
    # of ``context`` (or the organisation) appears in the item, where the name and aliases
    # count alone. Without ``ambiguous``, a ``context`` applies to every name of the entity
    # (a school name shared by many towns).
    ambiguous: list[str] = []
    context: list[str] = []
    # Words that show the ambiguous names mean something else ("patriote", "1837" beside
    # "Papineau"): anywhere in the item, they keep those names from counting, on a local
    # source too. The name and aliases still count.
    other_sense: list[str] = []
    # Phrases that veto a mention of this entity where they overlap it.
    exclude: list[str] = []
    # Schools of other towns carry this school's name: beside one of those towns
    # (`VeilleConfig.elsewhere`), the name is theirs. Off for a name only ours carries, so
    # that "les élèves de l'ESHG à Québec pour le tournoi" stays ours.
    shared_name: bool = False

    @property
    def terms(self) -> list[str]:
        return [self.name, *self.aliases]

    @model_validator(mode="after")
    def _ambiguous_names_need_a_context(self) -> Entity:
        if self.ambiguous and not self.context:
            raise ValueError("« ambiguous » exige au moins un terme dans « context »")
        return self


class Organisation(Entity):
    # How the digest names the organisation in subjects ("Veille CSSCV — …").
    short_name: str | None = None
    public_contacts: list[str] = []

    @model_validator(mode="after")
    def _ambiguous_names_need_a_context(self) -> Organisation:
        # Overrides the schools' rule: the organisation's ambiguous names ("le centre de
        # services") count beside its other names or on a local source, as the schools'
        # ambiguous names do; a context of their own would also count "le centre de services
        # scolaire concerné" in news about another town's.
        return self

    @property
    def display_short_name(self) -> str:
        return self.short_name or self.name


class SourceConfig(BaseModel):
    """A source: the common keys; the rest belongs to the connector's ``Options``."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    connector: str
    every: Duration = timedelta(minutes=15)
    allow_private_network: bool = False
    # A source about the organisation's own territory (a school's page, the local paper):
    # in its items a school's name that needs a context word (its town) counts alone, as
    # when the item names the organisation.
    local: bool = False
    enabled: bool = True
    name: str | None = None

    @field_validator("every")
    @classmethod
    def _not_too_often(cls, value: timedelta) -> timedelta:
        if value < MIN_POLL_INTERVAL:
            raise ValueError("intervalle trop court : au moins 1m")
        return value

    @property
    def label(self) -> str:
        return self.name or self.id

    @property
    def connector_options(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def _check_emails(value: list[str]) -> list[str]:
    for address in value:
        if not _EMAIL.fullmatch(address):
            raise ValueError(f"adresse courriel invalide : {address!r}")
    return value


Emails = Annotated[list[str], AfterValidator(_check_emails)]


class RouteConfig(_Strict):
    """Extra recipients for some items: those about ``entities`` and/or in ``categories``.

    An item matches when it mentions one of the entities (if any are listed) and has a flag
    in one of the categories (if any are listed). Each route gets its own daily digest of
    the items it matches, and the alerts about them.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    recipients: Emails = Field(min_length=1)
    entities: list[str] = []  # ids of watched entities (checked against the config)
    categories: list[str] = []  # charter category keys

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: list[str]) -> list[str]:
        unknown = [key for key in value if key not in CATEGORY_KEYS]
        if unknown:
            raise ValueError(
                f"catégorie inconnue : {', '.join(map(repr, unknown))} "
                f"(connues : {', '.join(CATEGORY_KEYS)})"
            )
        return value

    @model_validator(mode="after")
    def _selects_something(self) -> RouteConfig:
        if not self.entities and not self.categories:
            # Matching everything is the main list's job; a route without a filter is a slip.
            raise ValueError("préciser entities, categories ou les deux (la liste principale "
                             "digest.recipients reçoit déjà tout)")
        return self


class DigestConfig(_Strict):
    recipients: Emails = Field(min_length=1)
    sender: str
    send_at: time = time(7, 0)
    timezone: str = "America/Toronto"
    send_when_empty: bool = True
    language: Literal["fr", "en"] = "fr"
    max_items: int = Field(default=50, ge=1)
    routes: list[RouteConfig] = []

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"fuseau horaire inconnu : {value!r}") from exc
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def route(self, route_id: str) -> RouteConfig:
        for route in self.routes:
            if route.id == route_id:
                return route
        raise KeyError(route_id)


class AlertsConfig(_Strict):
    """Immediate emails for critical items (threats, sexual content involving students…)."""

    enabled: bool = True
    # Empty: the digest's main list. Matching routes' recipients are always added.
    recipients: Emails = []


class ClassificationConfig(_Strict):
    min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    # Folder of lexicons and patterns, relative to the config file.
    lexicons: str = "charter"
    # Per-category overrides of min_score, by category key.
    thresholds: dict[str, float] = {}
    # Labelled cases (JSON Lines, relative to the config file) the learned scorer is trained
    # on beside the rules; their "dev" split only. Empty: the rules alone (or a model saved
    # by `veille train --cases`).
    training_cases: list[str] = []


class RetentionConfig(_Strict):
    # Full texts of items older than this are purged (Law 25: keep no more than needed).
    item_text_days: int = Field(default=180, ge=1)

    @property
    def item_text_timedelta(self) -> timedelta:
        return timedelta(days=self.item_text_days)


class VeilleConfig(_Strict):
    organisation: Organisation
    entities: list[Entity] = []
    exclude: list[str] = []
    # Towns off the territory: the name of a school with a ``shared_name`` just beside one
    # ("Sainte-Famille de Sherbrooke") names another town's school.
    elsewhere: list[str] = []
    sources: list[SourceConfig] = []
    digest: DigestConfig
    alerts: AlertsConfig = AlertsConfig()
    classification: ClassificationConfig = ClassificationConfig()
    retention: RetentionConfig = RetentionConfig()

    @model_validator(mode="after")
    def _unique_ids(self) -> VeilleConfig:
        _require_unique([self.organisation.id, *(e.id for e in self.entities)], "entities")
        _require_unique([s.id for s in self.sources], "sources")
        _require_unique([r.id for r in self.digest.routes], "digest.routes")
        return self

    @property
    def watched(self) -> list[Entity]:
        """The organisation first, then its schools."""
        return [self.organisation, *self.entities]

    def source(self, source_id: str) -> SourceConfig:
        """Raises: KeyError: no source has that id."""
        return self._sources_by_id[source_id]

    @cached_property
    def _sources_by_id(self) -> dict[str, SourceConfig]:
        # Every poll looks its source up: a scan of a thousand sources showed in profiles.
        return {source.id: source for source in self.sources}


def _require_unique(ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for identifier in ids:
        if identifier in seen:
            raise ValueError(f"identifiant en double dans {where} : {identifier!r}")
        seen.add(identifier)


# pydantic's messages are English; admins read French. Unlisted types keep pydantic's text.
_FRENCH_MESSAGES = {
    "missing": "clé obligatoire manquante",
    "extra_forbidden": "clé inconnue (faute de frappe ?)",
    "string_type": "doit être du texte",
    "int_parsing": "doit être un nombre entier",
    "int_type": "doit être un nombre entier",
    "float_parsing": "doit être un nombre",
    "float_type": "doit être un nombre",
    "bool_parsing": "doit être true ou false",
    "bool_type": "doit être true ou false",
    "list_type": "doit être une liste",
    "dict_type": "doit être une section (clé: valeur)",
    "model_type": "doit être une section (clé: valeur)",
    "time_parsing": "heure invalide : écrire par exemple \"07:00\"",
    "time_type": "heure invalide : écrire par exemple \"07:00\"",
    "string_pattern_mismatch": "identifiant invalide : minuscules, chiffres, - et _ seulement",
    "string_too_short": "trop court",
    "too_short": "ne doit pas être vide",
    "greater_than_equal": "valeur trop petite",
    "less_than_equal": "valeur trop grande",
    "literal_error": "valeur non permise",
    "url_parsing": "adresse web invalide",
    "url_scheme": "seuls http et https sont permis",
}


def _french(error: Any) -> str:
    if error["type"] == "value_error":
        return str(error["ctx"]["error"]) if "ctx" in error else str(error["msg"])
    return _FRENCH_MESSAGES.get(error["type"], str(error["msg"]))


def _dotted(location: tuple[str | int, ...]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def problems_from(exc: ValidationError, prefix: tuple[str | int, ...] = ()) -> list[ConfigProblem]:
    """Turn a pydantic ``ValidationError`` into French, path-addressed problems."""
    return [ConfigProblem(_dotted(prefix + tuple(e["loc"])), _french(e)) for e in exc.errors()]


def _source_problems(config: VeilleConfig) -> list[ConfigProblem]:
    problems: list[ConfigProblem] = []
    for index, source in enumerate(config.sources):
        where: tuple[str | int, ...] = ("sources", index)
        try:
            connector = registry.get(source.connector)
        except KeyError:
            known = ", ".join(sorted(registry.available()))
            problems.append(
                ConfigProblem(
                    _dotted((*where, "connector")),
                    f"connecteur inconnu {source.connector!r} (connus : {known})",
                )
            )
            continue
        try:
            connector.Options.model_validate(source.connector_options)
        except ValidationError as exc:
            problems.extend(problems_from(exc, where))
    return problems


def _route_problems(config: VeilleConfig) -> list[ConfigProblem]:
    known = {entity.id for entity in config.watched}
    return [
        ConfigProblem(
            _dotted(("digest", "routes", index, "entities", position)),
            f"entité inconnue {entity_id!r} (connues : {', '.join(sorted(known))})",
        )
        for index, route in enumerate(config.digest.routes)
        for position, entity_id in enumerate(route.entities)
        if entity_id not in known
    ]


def parse_config(data: object, file: str = "<config>") -> VeilleConfig:
    """Validate already-loaded YAML data.

    Raises:
        ConfigError: with every problem found.
    """
    try:
        config = VeilleConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(file, problems_from(exc)) from None
    problems = _source_problems(config) + _route_problems(config)
    if problems:
        raise ConfigError(file, problems)
    return config


def load_config(path: Path) -> VeilleConfig:
    """Read and validate ``veille.yaml``.

    Raises:
        ConfigError: missing file, YAML syntax error, or invalid content.
    """
    data = read_yaml(path)
    return parse_config(data, str(path))


def config_advice(config: VeilleConfig) -> list[str]:
    """What a valid config may still get wrong, for admins (French): nothing blocks, but the
    digest will be noisier or emptier than it should."""
    advice = []
    if not config.organisation.public_contacts:
        advice.append("organisation.public_contacts est vide : les numéros et adresses publics "
                      "de l'organisation seront signalés comme « vie privée » ; ajoutez-les")
    return advice


def connector_options(source: SourceConfig) -> ConnectorOptions:
    """The validated ``Options`` of a source's connector (the config was validated on load)."""
    return registry.get(source.connector).Options.model_validate(source.connector_options)


def lexicons_dir(config_path: Path, config: VeilleConfig) -> Path:
    return (config_path.parent / config.classification.lexicons).resolve()


def training_case_files(config_path: Path, config: VeilleConfig) -> list[Path]:
    return [(config_path.parent / name).resolve()
            for name in config.classification.training_cases]
