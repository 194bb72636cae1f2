"""Claim speakers of an absolute clause: "..., with Beijing this week accusing Tokyo of ..." (round 112, issue 11).

A sentence whose one reporting cue is the gerund of a "with" clause ("Japan's cabinet has approved a record defence
budget ..., with Beijing this week accusing Tokyo of "fuelling a space arms race"") is the statement of that
clause's subject, not of the sentence's: the person, body or state named there, or no one named when it is a city
standing for its government (the README: a place is never a speaker). A sentence whose main clause speaks as well
("X said ..., with Y saying ...") keeps the readers' speaker.
"""

from __future__ import annotations

import re

from briefing.claims.status import Page

# "with Beijing this week accusing", "with China also saying", "with the Kremlin on Monday denying"
_WITH_SUBJECT = re.compile(
    r"\bwith\s+(?:the\s+)?(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?:(?:this|last|on|earlier|also|now|later)\s+(?:[A-Z]?[a-z]+\s+)?){0,2}(?P<verb>[a-z]+ing)\b"
)
_SPEAKING_KINDS = ("person", "organisation", "outlet", "state")


def with_clause_speakers(page: Page) -> None:
    """Credit a sentence whose only reporting cue is a "with" clause's gerund to that clause's named subject."""
    sentences, found = page.sentences, page.found
    for sent in sentences:
        cues = {c.lower() for c in sent.cues.get("attributed", [])}
        if len(cues) != 1 or sent.quote or any(sent.cues.get(st) for st in ("reported", "unverified")):
            continue
        m = _WITH_SUBJECT.search(sent.text)
        if m is None or m.group("verb") not in cues:
            continue
        at, end = sent.start + m.start("np"), sent.start + m.end("np")
        named = next((f for f in found if f.start == at and f.end == end), None)
        if named is None:
            continue
        if named.kind in _SPEAKING_KINDS and not named.demonym:
            sent.speaker, sent.speaker_kind = named.name, named.kind
        elif named.kind == "place":
            sent.speaker, sent.speaker_kind = "", "several"
        else:
            continue
        sent.relative = sent.unnamed = False
