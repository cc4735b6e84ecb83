"""Logging set-up for every process (CLI, worker, beat): plain text, or one JSON object per
line for log collectors (``VEILLE_LOG_FORMAT=json``). Log lines carry ids and counts, never
item texts (Law 25)."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime

_PLAIN = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message, and the
    exception text when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        for key in ("task_id", "task_name", "source_id"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: int = logging.INFO, log_format: str | None = None) -> None:
    """Replace the root handlers with one on stderr in the chosen format."""
    chosen = (log_format or os.environ.get("VEILLE_LOG_FORMAT") or "plain").lower()
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if chosen == "json" else logging.Formatter(_PLAIN))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
