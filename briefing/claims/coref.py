"""Pronoun speakers across sentences: "He said ...", '"...," she said' with no one found for the pronoun.

A last pass over an item's sentences once every other speaker rule has run (issue 11). A flagged sentence whose
speech verb has "he" or "she" as its subject, and whose speaker the earlier rules left unnamed, takes a person named
in its paragraph or the one before (the headline counts as the paragraph before the first): the last person who
spoke there, when the pronoun fits them and no other fitting person is named after they spoke, else the one person
named there whom the pronoun may refer to. The pronoun fits a person unless the text's own pronouns give them the
other gender, or a word before the name does ("his mother, Laila Soueif" is no "he"). Several fitting people, or
none: the sentence stays unnamed ("when unsure, leave it unnamed rather than guess").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.lookback import _gender_fits, _may_be
from briefing.claims.nouns import _quoted_at, _quoted_spans, _surname
from briefing.claims.status import SPEECH, Page, _Sentence

# the pronoun as the subject of a speech verb: opening the sentence ("He has said ...", "But she also told ...") or
# after a quotation or a comma ('"...," he said', "..., he said al-Zubaidi did not")
_OPENING = re.compile(
    r"(?:(?:But|And|Yet|So|Still|Later|Earlier|Meanwhile|However),?\s+)?(?P<pronoun>He|She)\s+"
    r"(?:(?:also|later|earlier|previously|then|again|has|had|have|repeatedly|[a-z]+ly)\s+){0,2}(?=[a-z])"
)
_AFTER = re.compile(r"(?:[,!?][\"”’]|,)\s+(?P<pronoun>he|she)\s+(?:(?:also|later|then|has|had)\s+)?(?=[a-z])")


def _pronoun_subject(text: str, sent: _Sentence) -> tuple[str, int] | None:
    """('he' or 'she', its offset) when that pronoun, outside quotations, is the subject of a speech verb."""
    quoted = _quoted_spans(text, sent.start, sent.end)
    opening = _OPENING.match(text, sent.start, sent.end)
    matches = [opening] if opening else []
    matches += _AFTER.finditer(text, sent.start, sent.end)
    for m in matches:
        if _quoted_at(quoted, m.start("pronoun")):
            continue
        if SPEECH.match(text, m.end(), sent.end):
            return m.group("pronoun").lower(), m.start("pronoun")
    return None


# words that open a sentence without being its named subject
_OPENERS_TEXT = """a an the this that these those it its his her their our my your we i he she they there here in on at
by for from with after before as when while since during under over about into but and or so yet if
though although some many most one two three several all both each every no not only also still then
now later earlier meanwhile however"""
_OPENERS = frozenset(_OPENERS_TEXT.split())
_CAPITAL_THEN_LOWER = re.compile(r"([A-Z][\w’'-]*)\s+[a-z]")


def _unread_subject(text: str, sent: _Sentence, found: Sequence[Found]) -> bool:
    """Whether the sentence opens with a capitalised word and a verb that no name found covers ("Trump knew ..."
    with no one found there): someone the pronoun after it may mean whom the candidates leave out."""
    m = _CAPITAL_THEN_LOWER.match(text, sent.start, sent.end)
    if m is None or m.group(1).lower() in _OPENERS:
        return False
    return not any(f.start <= sent.start < f.end or f.start == sent.start for f in found)


# what may stand before a name that opens its sentence: capitalised words of a title ("Secretary of State")
_TITLES_ONLY = re.compile(r"(?:[A-Z][\w.’'-]*\s+(?:of\s+)?){0,4}")


def _fitting(
    text: str, found: Sequence[Found], pronoun: str, start: int, pos: int, quoted: Sequence[tuple[int, int]]
) -> list[tuple[int, str]]:
    """(offset, name) of the people named between `start` and `pos` outside the quotations `quoted` whom `pronoun`
    may mean."""
    return [
        (f.start, f.name)
        for f in found
        if start <= f.start < pos
        and f.kind == "person"
        and not _quoted_at(quoted, f.start)
        and _may_be(text, f, pronoun)
        and _gender_fits(text, found, f.name, pronoun)
    ]


def pronoun_speakers(page: Page) -> None:
    """Name the person a flagged sentence's "he/she said" refers to when the earlier rules named no one."""
    text, sentences, found = page.text, page.sentences, page.found
    for i, sent in enumerate(sentences):
        if not sent.cues or sent.speaker or sent.unnamed or sent.relative:
            continue
        subject = _pronoun_subject(text, sent)
        if subject is None:
            continue
        pronoun, pos = subject
        window = [b for b in sentences[:i] if b.para >= sent.para - 1]
        start = window[0].start if window else sent.start
        quoted = _quoted_spans(text, start, pos)
        fitting = _fitting(text, found, pronoun, start, pos, quoted)
        spoke = next(
            (
                b
                for b in reversed(window)
                if b.speaker and b.speaker_kind == "person" and not b.relative and not b.unnamed
            ),
            None,
        )
        # someone unnamed spoke last ("an official said ... / '...,' he said"): not guessed
        if any(b.unnamed and not b.speaker for b in window if spoke is None or b.start > spoke.start):
            continue
        if spoke is not None and _gender_fits(text, found, spoke.speaker, pronoun):
            others = {_surname(n) for at, n in fitting if at >= spoke.end} - {_surname(spoke.speaker)}
            if not others:
                sent.speaker, sent.speaker_kind = spoke.speaker, "person"
                continue
        # a subject no name found covers, in these paragraphs or the one before ("Cole denied ... / The pipe bombs
        # ... supporters of President Donald Trump ... / He initially denied"): whom "he" may mean is not among them
        if any(_unread_subject(text, b, found) for b in sentences[:i] if b.para >= sent.para - 2):
            continue
        names: dict[str, str] = {}
        for _, name in fitting:
            names[_surname(name)] = max(names.get(_surname(name), ""), name, key=len)
        # another person who fits spoke in these paragraphs or the one before ("Cole denied in the FBI interview
        # ... / ... supporters of President Donald Trump ... / He initially denied"): the one named is not sure
        spoke_before = {
            _surname(b.speaker)
            for b in sentences[:i]
            if b.para >= sent.para - 2
            and b.speaker
            and b.speaker_kind == "person"
            and _gender_fits(text, found, b.speaker, pronoun)
        }
        if len(names) != 1 or spoke_before - set(names):
            continue
        # the one person only spoken of ("The storm cut off Maria Lind ... She said"): meant when the pronoun
        # tells them from someone of the other gender named there ("Machado said she had not spoken to Trump ...
        # He has said"), or when the person opens a sentence as its subject
        contrast = any(
            start <= f.start < pos
            and f.kind == "person"
            and not _quoted_at(quoted, f.start)
            and not _gender_fits(text, found, f.name, pronoun)
            for f in found
        )
        opens = any(
            _TITLES_ONLY.fullmatch(text, b.start, at)
            for at, _ in fitting
            for b in window
            if b.start <= at < b.end
        )
        if contrast or opens:
            sent.speaker, sent.speaker_kind = next(iter(names.values())), "person"
