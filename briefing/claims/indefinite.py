"""A described speaker referred back to only from an indefinite mention (issue 11, round 113): "one Labour adviser
found themselves sitting opposite two Tory peers. ... Both agreed, the adviser said, that ..." is a source not named.

The ruling (round 4, "a Russian commander said" `reported`; round 49, a family unnamed): a person the text describes
and never names speaks as an unnamed source. "The adviser said" refers back; when the only earlier mention of that
noun in the item is indefinite ("one adviser", "a senior adviser", "an aide") in a sentence that names no person,
the speaker is that unnamed one, not the noun as a name. Not when any earlier sentence names a person with the
noun ("John Smith, an adviser to the prime minister"), nor for an office or a body ("the minister", "the ministry":
their holders and names have their own rules).
"""

from __future__ import annotations

import re

from briefing.claims.status import Page

# the nouns of one person described by role, not by an office a holder is named for
_DESCRIBED_TEXT = """adviser advisor aide insider staffer source witness employee worker resident official diplomat
    officer lawmaker"""
_DESCRIBED = frozenset(_DESCRIBED_TEXT.split())


def unnamed_antecedents(page: Page) -> None:
    """'the adviser said' after 'one Labour adviser ...' and no name: an unnamed source (`reported`, no speaker)."""
    sentences, found = page.sentences, page.found
    for i, sent in enumerate(sentences):
        noun = sent.speaker.lower()
        if sent.speaker_kind != "phrase" or noun not in _DESCRIBED or "attributed" not in sent.cues:
            continue
        if not re.search(rf"\b[Tt]he\s+{noun}\b", sent.text):
            continue
        mentions = [b for b in sentences[:i] if re.search(rf"\b{noun}s?\b", b.text, re.I)]
        indefinite = re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", re.I)
        if not mentions or not all(indefinite.search(b.text) for b in mentions):
            continue
        if any(f.kind == "person" and b.start <= f.start < b.end for b in mentions for f in found):
            continue
        sent.speaker, sent.speaker_kind, sent.unnamed = "", "", True
        sent.cues["reported"] = sent.cues.pop("attributed")
