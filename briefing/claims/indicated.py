"""A named subject that "indicated" or "signalled" a statement (issue 11, thirty-second session, round 117): "Trump
indicated US involvement is likely for the long haul", "The White House on Sunday indicated it does not want regime
change", "Israel has indicated that if Hamas is not disarmed peacefully, it will resume military action" (round 114).

The verb is read only with a person, a body or a state the model found at the clause's start and a statement after
it ("that", or a subject and its verb), so a thing's sign stays unflagged ("The joint appearance indicated the
group ...", "the timetable indicated", "signals an escalation"), as does a signal with a noun as its object
("signalled a desire to", an intention).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.nouns import _Source

_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:already|also|now|repeatedly|previously|clearly)\s+)?"
    r"(?:on\s+[A-Z][a-z]+day\s+)?(?P<verb>indicated|signalled|signaled)\s+"
    # a statement: "that", or a subject (a pronoun, a name, or up to four words) and its verb
    r"(?:that\b|(?:he|she|it|they|we|[A-Z][\w.’'-]*(?:\s+[a-z][\w-]*){0,3}|(?:the|its|his|her|their)\s+[\w-]+"
    r"(?:\s+[\w-]+){0,2})\s+(?:is|was|are|were|will|would|could|can|may|might|does|did|do|has|had|wants?|"
    r"plans?|intends?)\b)"
)
# what may come before the subject: an opening phrase up to its comma, a conjunction, "the"
_BEFORE = re.compile(r"(?:[^,;:\"“”]{0,60},\s+)?(?:(?:But|And|Yet)\s+)?(?:[Tt]he\s+)?")


def indicated_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """The person, body or state that indicated or signalled what text[s:e] reports, or None."""
    for f in inside:
        if f.kind not in ("person", "organisation", "state") or not _BEFORE.fullmatch(text, s, f.start):
            continue
        m = _VERB_AFTER.match(text, f.end, e)
        if m is not None:
            return _Source(f.name, f.kind, m.group("verb"))
    return None
