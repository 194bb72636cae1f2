"""A speaker the text keeps anonymous (issue 11): "The mother, who asked not to be named, said ...", '"...," he said,
asking not to be named', "A waiter ..., who declined to be named, said", '"...," said the stranger', '"...," my mum
says' speak as an unnamed source.

The ruling (round 4's "a Russian commander said", round 49's unnamed family, round 117's mother and voter): a person
the text describes and does not name is a source not named, `reported` with no speaker, whatever noun describes them
("mother", "waiter", "fighter", "minister") and also when only a pronoun refers to them. A clause saying the speaker
asked not to be named (declined to be identified, spoke on condition of anonymity) says so outright. Not a sentence
without a verb of saying outside its quotations ("The officials, who were speaking on condition of anonymity, did not
give a location" tells what they did not say), nor one whose source is a name the text gives. A stranger, passer-by
or bystander is someone the writer does not know, and a column's "my mum" or "my neighbour" someone the writer does not
name (round 113's '"...," said the stranger', round 119's "my mum says", `reported` "").
"""

from __future__ import annotations

import re

from briefing.claims.nouns import SPEAKER_KINDS, _Source, closes_first
from briefing.claims.status import _outside_quotes

# "who asked not to be named", "asking not to be identified", "declined to be named", "speaking on condition of
# anonymity", "requested anonymity" (not "declined to give her last name": a first name is a name)
_ANONYMOUS = re.compile(
    r"\b(?:ask(?:ed|ing)|declin(?:ed|ing)|request(?:ed|ing)|did\s+not\s+want|didn['’]t\s+want|wish(?:ed|ing)|"
    r"refus(?:ed|ing))\s+(?:not\s+)?(?:to\s+be\s+(?:named|identified)\b|anonymity\b)"
    r"|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b",
    re.I,
)
# the verb that credits the sentence to its speaker, outside quotations
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|explained|recalled|insisted|warned|wrote|described)\b"
)


# one the writer does not know, and the writer's own people
_STRANGER = r"(?:stranger|passer-?by|bystander|onlooker)"
_WRITERS_OWN = (
    r"(?:mum|mom|mother|dad|father|parents|gran|granny|grandma|grandmother|grandad|grandfather|nan|sister|brother|"
    r"son|daughter|wife|husband|partner|aunt|uncle|cousin|friend|neighbou?r|colleague|flatmate|boss)"
)
_SAYING_WORDS = r"(?:said|says|told|tells|added|adds|asked|asks|replied|shouted|explained|insisted|recalled)"
# (and someone else's own, unnamed: "..., his wife said", "her father told her: ..." (rounds 56, 156))
_WRITER_UNKNOWN = re.compile(
    rf"\b{_SAYING_WORDS}\s+(?:(?:the|a|an|one)\s+(?:[\w-]+\s+)?{_STRANGER}|(?:my|our)\s+(?:[\w-]+\s+)?{_WRITERS_OWN})\b"
    rf"(?!,\s+[A-Z])"
    rf"|(?<![\w’'-])(?:(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?{_STRANGER}|(?:[Mm]y|[Oo]ur)\s+(?:[\w-]+\s+)?{_WRITERS_OWN})"
    rf"\s+(?:also\s+|then\s+)?{_SAYING_WORDS}\b"
    rf"|(?<![\w’'-])(?:[Hh]is|[Hh]er|[Tt]heir)\s+{_WRITERS_OWN}\s+(?:also\s+|then\s+)?{_SAYING_WORDS}\b(?!\s+by\b)"
)


def anonymous_source(text: str, start: int, end: int, src: _Source | None) -> _Source | None:
    """The unnamed source of a sentence whose speaker asked not to be named, or None (its source stays)."""
    if src is not None and src.kind in SPEAKER_KINDS:
        return None  # a name the text gives ("Sima Lowe ..., and an official who asked not to be named")
    sentence = text[start:end]
    outside = _outside_quotes(sentence, closes_first(sentence))
    unknown = _WRITER_UNKNOWN.search(outside)
    if unknown is not None and (src is None or src.kind in ("phrase", "unnamed")):
        return _Source("", "unnamed", unknown.group())
    anonymous = _ANONYMOUS.search(outside)
    verb = _SAYING.search(outside)
    if anonymous is None or verb is None:
        return None
    return _Source("", "unnamed", anonymous.group())
