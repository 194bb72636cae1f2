"""An opening phrase before a subject that speaks in a participle (issue 11, thirty-second session, round 117): "In
her first remarks since the US attack, Rodriguez struck a defiant note, saying ...", "Just before Christmas, US
President Donald Trump has unleashed a fresh blast of vitriol ..., saying ...", "Since Russia's full-scale invasion
of Ukraine, Italy has sent ..., saying ...".

`find_claims` reads a sentence's subject after the short openers of round 26 ("Earlier on Wednesday, "); a longer
phrase of time, place or occasion (a preposition and up to 80 characters, no quotation) before a capitalised subject
is read the same way when the sentence goes on to ", saying" or ", adding": the participle is the subject's words,
whatever the main verb was.
"""

from __future__ import annotations

import re

# a phrase of time, place or occasion up to its comma, then a capitalised word (the subject)
_OPENER = re.compile(
    r"(?:(?:Just|Shortly|Soon|Hours|Days|Weeks|Months|Years|Long|Even)\s+)?"
    r"(?i:in|since|after|during|before|at|following|amid|despite|within|throughout|under|from|ahead\s+of)\s+"
    r"[^,;:\"“”]{2,80}?,\s+(?=[A-Z])"
)
_SAYING = re.compile(r",\s+(?:saying|adding)\b")


def saying_opener(text: str, s: int, e: int) -> re.Match[str] | None:
    """The opening phrase of text[s:e] to read the subject after, when the sentence speaks through ", saying" or
    ", adding" ("In her first remarks since the US attack, "), or None."""
    m = _OPENER.match(text, s, e)
    return m if m is not None and _SAYING.search(text, m.end(), e) else None
