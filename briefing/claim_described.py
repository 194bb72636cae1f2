"""A headline's described speaker the summary names (issue 11, round 107): "..., says population expert" over
"Sarah Harper says ..." is Sarah Harper's, and so is the body's "..., a leading population expert has said".

The ruling under "Speaker =" in tests/data/claims/README.md: an office or a description in a headline ("...,
parliament speaker says") is credited to the person the text names as its speaker (round 6), and a described person
the body names speaks as that person ("A British anti-disinformation campaigner ... has said": Imran Ahmed, round
102). `_credit_headline` does so when a body sentence names the person with the headline's noun ("said Pele
Broberg, the leader of Naleraq") and, for "official" and "spokesperson", when the lede credits one named person.
This pass does it for the other singular descriptions of one person ("expert", "campaigner", "economist", "leader"):
a headline credited to its description alone, through a speech verb, over a lede that credits one named person
with a speech verb, whose name the headline does not carry (the expert is not the one the headline is about). The
body's own sentences that credit the same description, singular and indefinite ("a leading population expert has
said"), in the lede's paragraph or the next, are that person's too.

Not the nouns of those who speak unnamed ("— diplomat", "official says" have their own rule; "source", "insider"),
not a plural ("experts say"), not a finding ("..., analysis shows").
"""

from __future__ import annotations

import re

from briefing.claim_headlines import (
    _ANONYMOUS_NOUNS,
    _ONE_SPEAKER_NOUNS,
    _credit_title,
    _lede,
    _lede_names_one,
)
from briefing.claim_nouns import _headline, _singular
from briefing.claim_status import SPEECH, _Sentence
from briefing.claim_subjects import _FINDING_NOUNS

# the headline's speech verb and its described speaker at the end: "..., says population expert", "..., leading
# economist warns"
_SAYS_NOUN = r"(?:,\s*(?:says|warns|claims|argues|insists)\s+(?:[\w-]+\s+){{0,3}}{noun}|,\s*(?:[\w-]+\s+){{0,3}}{noun}\s+(?:says|warns|claims|argues|insists))\W*$"


def _indefinite_description(noun: str) -> re.Pattern[str]:
    """'a leading population expert has said', '..., says an expert on ageing': the noun, singular, after 'a'."""
    return re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", re.I)


def described_speakers(sentences: list[_Sentence]) -> None:
    """Credit a headline's singular description, and the body's same description, to the person the lede names."""
    title = _headline(sentences)
    if title is None or title.speaker or not title.unnamed or not title.headline_noun:
        return
    noun = title.headline_noun
    if (
        noun in _ANONYMOUS_NOUNS
        or noun in _ONE_SPEAKER_NOUNS
        or noun in _FINDING_NOUNS
        or _singular(noun) != noun
        or title.cues.get("reported") == ["—"]
        or not re.search(_SAYS_NOUN.format(noun=re.escape(noun)), title.text, re.I)
    ):
        return
    first = _lede(sentences, title)
    if first is None or first.speaker_kind != "person" or not _lede_names_one(first, noun):
        return
    if re.search(rf"\b{re.escape(first.speaker.split()[-1])}\b", title.text):
        return  # "Trump's plan will fail, says expert" over "Donald Trump said ...": Trump is no expert here
    if not SPEECH.search(first.text):
        return
    _credit_title(title, first)
    described = _indefinite_description(re.escape(noun))
    at = sentences.index(first)
    for b in sentences[at + 1 : at + 4]:
        if b.para > first.para + 1 or b.quote or b.speaker or not b.unnamed:
            continue
        if "reported" in b.cues and described.search(" ".join(b.cues["reported"])):
            b.speaker, b.speaker_kind, b.unnamed = first.speaker, first.speaker_kind, False
            b.cues["attributed"] = b.cues.pop("reported")
