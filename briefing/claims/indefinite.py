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
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.nouns import PEOPLE_NOUNS, _Source
from briefing.claims.status import _Sentence

# the nouns of one person described by role, not by an office a holder is named for
_DESCRIBED_TEXT = """adviser advisor aide insider staffer source witness employee worker resident official diplomat
    officer lawmaker"""
_DESCRIBED = frozenset(_DESCRIBED_TEXT.split())


def _only_indefinite(noun: str, before: Sequence[_Sentence], found: Sequence[Found]) -> bool:
    """Whether every earlier mention of the noun is indefinite ("one adviser", "a mother of three") and none of those
    sentences names a person (there is one earlier mention at least)."""
    mentions = [b for b in before if re.search(rf"\b{noun}s?\b", b.text, re.I)]
    indefinite = re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", re.I)
    if not mentions or not all(indefinite.search(b.text) for b in mentions):
        return False
    return not any(f.kind == "person" and b.start <= f.start < b.end for b in mentions for f in found)


def unnamed_described(
    sent_text: str, src: _Source | None, before: Sequence[_Sentence], found: Sequence[Found]
) -> _Source | None:
    """'"...," the mother said' after "A mother of three former soldiers ... said", "the adviser said" after "one
    Labour adviser ...", and no name: an unnamed source (rounds 113 and 117), read as the sentence is read, so the
    quotation that goes on from it or closes with it goes on unnamed. A person described by role (_DESCRIBED) or as
    one of the people nouns (PEOPLE_NOUNS)."""
    if src is None or src.kind != "phrase":
        return None
    noun = re.sub(r"^the\s+", "", src.name.lower())
    if (noun not in PEOPLE_NOUNS and noun not in _DESCRIBED) or not re.search(
        rf"\b[Tt]he\s+{noun}\b", sent_text
    ):
        return None
    return _Source("", "unnamed", src.verb) if _only_indefinite(noun, before, found) else None


# people a text may bring in only as "a friend", "a colleague" (beside PEOPLE_NOUNS and _DESCRIBED)
_ACQUAINTANCES = frozenset(
    {"friend", "colleague", "acquaintance", "stranger", "customer", "reader", "local", "guest"}
)


_INDEFINITE_PERSON = re.compile(
    rf"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(PEOPLE_NOUNS | _DESCRIBED | _ACQUAINTANCES))})\b",
    re.I,
)


def indefinite_person_before(pronoun: str, before: Sequence[_Sentence], found: Sequence[Found]) -> bool:
    """Whether "she said" / "he said" that refers to no one named goes back to a person brought in only
    indefinitely in the two sentences before ("... a friend texted me. / '...?' she fumed": round 125), with no person
    named there: someone not named (rule 2), as "the friend said" would be."""
    if pronoun not in ("pronoun:he", "pronoun:she"):
        return False
    near = list(before[-2:])
    return any(_INDEFINITE_PERSON.search(b.text) for b in near) and not any(
        f.kind == "person" and b.start <= f.start < b.end for b in near for f in found
    )
