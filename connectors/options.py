"""Option types shared by connectors' ``Options`` models, so each rule is written once."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from connectors.jsonapi import validate_base_url
from connectors.text import one_line


def _search_query(value: str) -> str:
    query = one_line(value)
    if not query:
        raise ValueError("la recherche (query) est vide")
    return query


# An API's or a site's base address: absolute http(s), no trailing "/" (French error).
BaseUrl = Annotated[str, AfterValidator(validate_base_url)]
# A search query on one line, never empty once its spaces are folded.
SearchQuery = Annotated[str, Field(min_length=1, max_length=500), AfterValidator(_search_query)]
