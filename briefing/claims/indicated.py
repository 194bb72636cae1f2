"""A named subject that "indicated" or "signalled" a statement (issue 11, thirty-second session, round 117): "Trump
indicated US involvement is likely for the long haul", "The White House on Sunday indicated it does not want regime
change", "Israel has indicated that if Hamas is not disarmed peacefully, it will resume military action" (round 114).

A statement told by its noun names its maker the same way: "has prompted a warning from Elon Musk that manufacturers
could suffer" (round 150), "the claim by the ministry that ...": the one named after "from" or "by", when a "that"
clause follows.

The verb is read only with a person, a body or a state the model found at the clause's start and a statement after
it ("that", or a subject and its verb), so a thing's sign stays unflagged ("The joint appearance indicated the
group ...", "the timetable indicated", "signals an escalation"), as does a signal with a noun as its object
("signalled a desire to", an intention).

A source no one names indicates the same way (round 157): "One official indicated that the tanker is subject to
sanctions", the headline's "Official indicates vessel is subject to sanctions": `reported`, as "One official said".
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
# what may come before the subject: an opening phrase up to its comma, a conjunction (and for a named subject "the")
_OPENER = r"(?:[^,;:\"“”]{0,60},\s+)?(?:(?:But|And|Yet)\s+)?"
_BEFORE = re.compile(_OPENER + r"(?:[Tt]he\s+)?")


def indicated_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """The person, body or state that indicated or signalled what text[s:e] reports, or None."""
    for f in inside:
        if f.kind not in ("person", "organisation", "state") or not _BEFORE.fullmatch(text, s, f.start):
            continue
        m = _VERB_AFTER.match(text, f.end, e)
        if m is not None:
            return _Source(f.name, f.kind, m.group("verb"))
    return None


# "a warning from Elon Musk that ...", "the claim by the ministry that ...": a statement named by its noun and its maker
_NOUN_FROM = re.compile(
    r"\b(?P<noun>warnings?|claims?|assurances?|pledges?|promises?|threats?|predictions?|accusations?|admissions?|"
    r"suggestions?|insistence)\s+(?:from|by)\s+(?:the\s+)?$"
)


def statement_maker(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """The person, body or state whose warning, claim or promise text[s:e] tells by its noun ("a warning from X
    that ..."), or None."""
    for f in inside:
        if f.kind not in ("person", "organisation", "state"):
            continue
        m = _NOUN_FROM.search(text, max(s, f.start - 40), f.start)
        if m is not None and re.match(r",?\s+that\b", text[f.end : e]):
            return _Source(f.name, f.kind, m.group("noun"))
    return None


# round 157: an official, source, diplomat or aide no one names at the clause's start, and the same statement after
# the verb (a headline's bare noun phrase as its subject too: "Official indicates vessel is ...")
_UNNAMED_INDICATED = re.compile(
    _OPENER + r"(?:(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Tt]he|[Oo]ther)\s+)?"
    r"(?:(?:senior|top|former|[A-Z][\w.]*)\s+){0,2}"
    r"(?:[Oo]fficials?|[Ss]ources?|[Dd]iplomats?|[Aa]ides?|[Ii]nsiders?)"
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:already|also|now|previously|clearly)\s+)?"
    r"(?P<verb>indicated|indicates|signalled|signaled|signals)\s+"
    r"(?:that\b|(?:he|she|it|they|we|(?:the|its|his|her|their)\s+)?[\w’'-]+(?:\s+[a-z][\w-]*){0,2}\s+"
    r"(?:is|was|are|were|will|would|could|can|may|might|has|had)\b)"
)


def unnamed_indicated(text: str, s: int, e: int) -> _Source | None:
    """A source not named that indicated what text[s:e] reports ("One official indicated that ..."), or None."""
    m = _UNNAMED_INDICATED.match(text, s, e)
    return _Source("", "unnamed", m.group("verb")) if m is not None else None
