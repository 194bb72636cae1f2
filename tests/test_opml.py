"""OPML outlines in every way a list writes them (issue 13.6): self-closing with the feed URL as the last
attribute was skipped, so a 5,000-outline export in that style gave "no feeds found"."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.opml import read_opml

FORMS = {
    "self-closing": '<outline text="A" type="rss" xmlUrl="https://a.example/feed.xml"/>',
    "self-closing with a space": '<outline text="B" type="rss" xmlUrl="https://b.example/feed.xml" />',
    "closed by a tag": '<outline text="C" type="rss" xmlUrl="https://c.example/feed.xml"></outline>',
    "open, closed later": '<outline text="D" xmlUrl="https://d.example/feed.xml" >\n</outline>',
    "single quotes": "<outline text='E' xmlUrl='https://e.example/feed.xml'/>",
    "URL first": '<outline xmlUrl="https://f.example/feed.xml" text="F"/>',
    "line breaks": '<outline\n  text="G"\n  xmlUrl="https://g.example/feed.xml"\n/>',
}


def opml(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "list.opml"
    path.write_text(
        f'<?xml version="1.0"?>\n<opml version="2.0"><body>\n{body}\n</body></opml>\n', encoding="utf-8"
    )
    return path


@pytest.mark.parametrize("form", list(FORMS))
def test_each_outline_form_is_read(tmp_path: Path, form: str) -> None:
    [feed] = read_opml(opml(tmp_path, FORMS[form]))
    letter = feed["name"]
    assert feed["url"] == f"https://{letter.lower()}.example/feed.xml"


def test_all_forms_in_one_file(tmp_path: Path) -> None:
    feeds = read_opml(opml(tmp_path, "\n".join(FORMS.values())))
    assert [f["name"] for f in feeds] == list("ABCDEFG")


def test_five_thousand_self_closing_outlines(tmp_path: Path) -> None:
    body = "\n".join(
        f'<outline text="Feed {n}" title="Feed {n}" type="rss" xmlUrl="https://n{n}.example/rss"/>'
        for n in range(5000)
    )
    feeds = read_opml(opml(tmp_path, body))
    assert len(feeds) == 5000 and feeds[-1] == {"name": "Feed 4999", "url": "https://n4999.example/rss"}
