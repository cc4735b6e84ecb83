from __future__ import annotations

import pytest

from worker.canonical import canonical_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.ORG/a?utm_source=x&b=2&a=1#frag", "https://example.org/a?a=1&b=2"),
        ("http://example.org:80/x?fbclid=abc", "http://example.org/x"),
        ("https://example.org:8443", "https://example.org:8443/"),
        ("https://example.org/p?gclid=1&mc_cid=2&id=7", "https://example.org/p?id=7"),
        ("javascript:alert(1)", None),
        ("not a url", None),
        ("", None),
        (None, None),
        ("http://[::1", None),
    ],
)
def test_canonical_url(url: str | None, expected: str | None) -> None:
    assert canonical_url(url) == expected
