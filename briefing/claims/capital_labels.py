"""A reactions list's speaker label in capitals that the label reader leaves (issue 11, thirty-second session, round
114's pool): "VOLODYMYR ZELENSKIY, UKRAINIAN PRESIDENT" and "DONALD TUSK, POLISH PRIME MINISTER" (a name, a comma, a
description, no colon), "RODERICH KIESEWETTER, PROMINENT MP FROM GERMANY'S ... UNION:" and "BELGIUM'S DEPUTY PRIME
MINISTER AND FOREIGN AFFAIRS MINISTER MAXIME PREVOT:" (longer than `claims.speakers._speaker_label`'s eight words).

A line of its own in capitals, followed by a paragraph that opens with a quotation, names who speaks below: the name
before the comma, or the person the model found ending the label, or the words after the label's last title. The
quotations under it are that person's (`find_claims` carries a label's speaker down as it does for the labels
`_speaker_label` reads).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.nouns import _PERSON_TITLES
from briefing.claims.speakers import _titled_label

_CAPITAL_LINE = re.compile(r"(?P<label>[A-Z][A-Z’'.\- ]*(?:,[A-Z’'.\- ]+)*?[A-Z.]),?\s*(?P<colon>:)?\s*")
_QUOTATION_BELOW = re.compile(r"\n+\s*[\"“]")


def capital_label(text: str, s: int, e: int, inside: Sequence[Found]) -> tuple[str, str] | None:
    """(name, "person") of a label line in capitals over a quotation, or None."""
    if (s and text[s - 1] != "\n") or text[e : e + 1] not in ("", "\n"):
        return None
    line = _CAPITAL_LINE.fullmatch(text, s, e)
    if line is None or not _QUOTATION_BELOW.match(text, e):
        return None
    label = line.group("label")
    words = label.replace(",", " ").split()
    if not 2 <= len(words) <= 16:
        return None
    name_part, comma, after = label.partition(",")
    if comma:
        names = name_part.split()
        if "'" in name_part or "’" in name_part or any(w.lower() in _PERSON_TITLES for w in names):
            names = (
                after.split()
            )  # "INDONESIA'S FOREIGN MINISTRY SPOKESPERSON, YVONNE MEWENGKANG": the title first
        if 2 <= len(names) <= 4 and all(
            w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in names
        ):
            return " ".join(w.capitalize() for w in names), "person"
        return None
    if not line.group("colon"):
        return None  # "WHAT HAPPENED NEXT" over a quotation: a heading, not a speaker
    end = line.end("label")
    found = [f for f in inside if f.kind == "person" and f.end == end]
    if found:
        return found[-1].name, "person"
    return _titled_label(" ".join(w.capitalize() for w in words))
