"""OPML: the feeds listed in an OPML file, read as leniently as a browser reads the invalid XML real lists ship."""

from __future__ import annotations

import html
import re
from pathlib import Path

from briefing.errors import SourceError
from briefing.text import one_line


def read_opml(path: Path) -> list[dict[str, str]]:
    """Feeds listed in an OPML file, tolerant of the invalid XML real lists ship (bare &, stray quotes)."""
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}") from None
    feeds: list[dict[str, str]] = []
    seen: set[str] = set()
    for tag in re.findall(r"""<outline\b((?:"[^"]*"|'[^']*'|[^'">])*)/?>""", text, re.S | re.I):
        attrs = _loose_attrs(tag)
        url = attrs.get("xmlurl", "")
        if not url or url in seen:
            continue
        seen.add(url)
        title = html.unescape(attrs.get("title") or attrs.get("text") or url)
        feeds.append({"name": one_line(title), "url": html.unescape(url)})
    return feeds


def _loose_attrs(tag: str) -> dict[str, str]:
    """Attributes of one tag, read the way a browser would: each value runs to the quote before the next name=."""
    attrs: dict[str, str] = {}
    body = tag.strip()
    if body.endswith("/"):  # a self-closing <outline ... /> (the slash is not part of the last value)
        body = body[:-1].rstrip()
    for m in re.finditer(
        r"""([A-Za-z_:][\w:.-]*)\s*=\s*(?:"(.*?)"|'(.*?)')(?=\s+[A-Za-z_:][\w:.-]*\s*=|\s*$)""", body, re.S
    ):
        attrs[m.group(1).lower()] = m.group(2) if m.group(2) is not None else m.group(3)
    return attrs
