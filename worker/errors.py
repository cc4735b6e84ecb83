"""The error tree of Veille. Errors carry policy: the class says what to do next.

::

    VeilleError                     a message a person can act on (French for admins)
    ├── ConfigError                 every problem at once, each with its YAML path
    ├── SourceError(source_id)      one source failed; the others go on
    │   ├── TransientSourceError    timeout, 5xx, 429 (retry_after): retry with backoff
    │   ├── PermanentSourceError    401/403/404/410, refused address, bad options: no retry
    │   └── ParseError              the body could not be read as the expected format
    └── DeliveryError(permanent)    an email could not be delivered

Foreign exceptions are wrapped once, at the edge, keeping ``__cause__``. A ``VeilleError``
is recorded (on the source, on the digest) and the run goes on; anything else is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass


class VeilleError(Exception):
    """Base of every error Veille expects; ``str(err)`` is meant for a person."""


@dataclass(frozen=True)
class ConfigProblem:
    """One problem in a config file: where (``sources[2].every``) and what (French)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(racine)'} : {self.message}"


class ConfigError(VeilleError):
    """The config file is invalid; ``problems`` lists every problem found, not just the first."""

    def __init__(self, file: str, problems: list[ConfigProblem]) -> None:
        self.file = file
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"Configuration invalide dans {file} :\n{lines}")


class SourceError(VeilleError):
    """A source could not be polled. Recorded on the source; never stops other sources."""

    def __init__(self, message: str, source_id: str | None = None) -> None:
        self.source_id = source_id
        super().__init__(message)


class TransientSourceError(SourceError):
    """Worth retrying later: timeouts, connection resets, 5xx, 429.

    Args:
        retry_after: seconds the server asked us to wait (``Retry-After``), if it said.
    """

    def __init__(
        self, message: str, source_id: str | None = None, retry_after: float | None = None
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, source_id)


class PermanentSourceError(SourceError):
    """Retrying will not help until someone changes the source (IT is told)."""


class ParseError(SourceError):
    """The body arrived but could not be read as the expected format."""


class DeliveryError(VeilleError):
    """An email could not be delivered.

    Args:
        permanent: True when retrying cannot help (bad address, auth refused).
    """

    def __init__(self, message: str, permanent: bool = False) -> None:
        self.permanent = permanent
        super().__init__(message)
