"""Outlets named in a list of outlets or by a noun ("the newspaper ...")."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.actors.spans import Found


def _outlets_in_lists(text: str, found: list[Found]) -> list[Found]:
    """An organisation listed with outlets is one: "TV news networks, including CNN, Fox News and MS Now"."""
    out = list(found)
    for _ in range(2):
        for i, f in enumerate(out):
            if f.kind != "organisation" or f.listed:
                continue
            near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
            for g in near:
                gap = text[g.end : f.start] if g.end <= f.start else text[f.end : g.start]
                if g.kind == "outlet" and re.fullmatch(r",\s*|,?\s+(?:and|or)\s+", gap):
                    out[i] = replace(f, kind="outlet")
                    break
    return out


_OUTLET_BEFORE = re.compile(
    r"\b(?:newspaper|daily|magazine|broadcaster|tabloid|news\s+agency|news\s+site|news\s+outlet|"
    r"channel,?|radio\s+station|weekly|aired\s+on|broadcast\s+on|airs\s+on|public\s+broadcaster)\s+(?:the\s+)?$"
)
# "Sports Illustrated writer Howard Beck": the name a journalist's trade follows is the outlet's
_OUTLET_AFTER = re.compile(
    r"\s+(?:newspaper|magazine|news\s+agency|daily|tabloid|broadcaster|writer|reporter|correspondent|"
    r"columnist|editor|journalist|anchor|presenter)\b"
    r"|,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:channel|news\s+site|news\s+website)\b"  # "X, the channel that"
)
# "the Pravda group - a large international network of pro-Kremlin news websites": a media group's apposition
_MEDIA_GROUP_AFTER = re.compile(
    r"\s+(?:group|network)\s*(?:,|[-–—])\s*(?:the|an?)\s+(?:[\w-]+\s+){0,5}?(?:of|for)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:channels|news\s+websites|news\s+sites|outlets|media)\b"
)


# the trade's noun in lower case inside the model's span: "the official Saba Net news agency"
_OUTLET_TAIL = re.compile(r"\s(?:newspaper|news\s+agency|news\s+site|broadcaster|tabloid|daily)$")


def _outlet_before(text: str, f: Found) -> bool:
    """An outlet's noun right before the name; for a person, on the same line: a TASS headline closing on "—
    newspaper" cites the paper the line below names ("Valeurs Actuelles notes ..."), or its columnist ("Selvi
    believes ...")."""
    m = _OUTLET_BEFORE.search(text, max(0, f.start - 40), f.start)
    return m is not None and not (f.kind == "person" and "\n" in text[m.start() : f.start])


def _outlets_by_noun(text: str, found: list[Found]) -> list[Found]:
    """A name the text calls a newspaper, a broadcaster, a news agency or a channel is an outlet, wherever the
    item names it: "the newspaper Il Messaggero", "Kommersant daily", "the Telegram channel X", "the Saba Net news
    agency" (the noun inside the model's span)."""
    named = {
        f.name
        for f in found
        if f.kind in ("organisation", "person")
        and not f.listed
        and (
            _outlet_before(text, f)
            or _OUTLET_AFTER.match(text, f.end, f.end + 30)
            or _MEDIA_GROUP_AFTER.match(text, f.end, f.end + 100)
            or _OUTLET_TAIL.search(f.name)
        )
    }
    if not named:
        return found
    return [
        replace(f, kind="outlet")
        if f.name in named and f.kind in ("organisation", "person") and not f.listed
        else f
        for f in found
    ]
