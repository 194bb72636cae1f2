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

from briefing.claims.headlines import (
    _ANONYMOUS_NOUNS,
    _ONE_SPEAKER_NOUNS,
    _credit_title,
    _lede,
    _lede_names_one,
)
from briefing.claims.nouns import _headline, _singular
from briefing.claims.status import SPEECH, Page, _Sentence
from briefing.claims.subjects import _FINDING_NOUNS

# the headline's speech verb and its described speaker at the end: "..., says population expert", "..., leading
# economist warns"
# (the present of _DESCRIBED_SAYS's verbs below, but "insists" for "told"; the broad reader is claims.status.SPEECH)
_SAYS_VERB = r"(?:says|warns|claims|argues|insists)"
# a headline opening with one described person and the verb: "Colorado lawmaker claims Trump's veto ... is
# retaliation", "Former minister says" (rounds 124 and 142); a template of the described head, {noun} (`claims` reads
# the head itself with it, `_SAYS_NOUN` a given head)
DESCRIBED_OPENING = r"^(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}{noun}\s+" + _SAYS_VERB + r"\b"
_SAYS_NOUN = (
    r"(?:,\s*"
    + _SAYS_VERB
    + r"\s+(?:[\w-]+\s+){{0,3}}{noun}|,\s*(?:[\w-]+\s+){{0,3}}{noun}\s+"
    + _SAYS_VERB
    + r")\W*$"
    r"|" + DESCRIBED_OPENING
)


def _indefinite_description(noun: str) -> re.Pattern[str]:
    """'a leading population expert has said', '..., says an expert on ageing': the noun, singular, after 'a'."""
    return re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", re.I)


# "A leading surgeon behind a clinical trial ... has said": one person described with "a", then a speech verb
_DESCRIBED_SAYS = re.compile(
    r"^(?:[A-Z][\w-]*,?\s+){0,2}?\b(?:A|An|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z]+(?:\s+(?:\w+\s+){0,12}?)?"
    r"\b(?:has|had)\s+(?:said|warned|told|claimed|argued)\b"
)


def _named_after_descriptions(sentences: list[_Sentence], title: _Sentence) -> _Sentence | None:
    """The first body sentence of the summary's three paragraphs under the headline that credits anyone, when it
    credits a named person with a speech verb and the sentences before it credit no one ("Surgeon leading ... / A
    leading surgeon ... has said ... / Dr Robert Montgomery, the director of ..., said"; round 113): the person the
    headline's and the lede's descriptions stand for. None otherwise."""
    paras: set[int] = set()
    for b in sentences[1:]:
        paras.add(b.para)
        if len(paras) > 3 or b.para <= title.para:
            return None
        if b.speaker or b.unnamed:
            return b if b.speaker_kind == "person" and SPEECH.search(b.text) else None
    return None


def described_speakers(page: Page) -> None:
    """Credit a headline's singular description, and the body's same description, to the person the lede names."""
    sentences = page.sentences
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
    later = False
    if first is None or first.speaker_kind != "person" or not _lede_names_one(first, noun):
        first, later = _named_after_descriptions(sentences, title), True
    if first is None or first.speaker_kind != "person" or not _lede_names_one(first, noun):
        return
    if re.search(rf"\b{re.escape(first.speaker.split()[-1])}\b", title.text):
        return  # "Trump's plan will fail, says expert" over "Donald Trump said ...": Trump is no expert here
    if not SPEECH.search(first.text):
        return
    _credit_title(title, first)
    at = sentences.index(first)
    if later:  # "A leading surgeon ... has said" before "Dr Robert Montgomery, the director of ..., said"
        for b in sentences[1:at]:
            if not b.speaker and b.cues and _DESCRIBED_SAYS.search(b.text):
                b.speaker, b.speaker_kind, b.unnamed = first.speaker, first.speaker_kind, False
                if "reported" in b.cues:
                    b.cues["attributed"] = b.cues.pop("reported")
        return
    described = _indefinite_description(re.escape(noun))
    for b in sentences[at + 1 : at + 4]:
        if b.para > first.para + 1 or b.quote or b.speaker or not b.unnamed:
            continue
        if "reported" in b.cues and described.search(" ".join(b.cues["reported"])):
            b.speaker, b.speaker_kind, b.unnamed = first.speaker, first.speaker_kind, False
            b.cues["attributed"] = b.cues.pop("reported")
