"""Quotations no reader credited (issue 11): one the excerpt opens inside, credited to no one (an excerpt cut before
its speaker's credit); and a whole quoted sentence right after its speaker's sentence, that speaker's
(`standalone_quotation`, fiftieth session).

The ruling (round 59: "those of an excerpt that opens inside a quotation whose speaker it does not name `reported`";
round 117's '"I have the sense that ... / Like many other residents, I fear a new war."'): each sentence of the
quotation that opens the body, when no sentence of it names or refers to a speaker, is someone's words the text does
not name, `reported` with no speaker. Not a quotation its own sentences credit ('"...," Trump said'), nor one of a
word or two (a term or a cut-off '"There are...', `unflagged` by round 9), nor the headline's.
"""

from __future__ import annotations

from briefing.claims.nouns import _QUOTE_OPEN, _headline, _still_quoting
from briefing.claims.status import Page, _outside_quotes, _Sentence

_MIN_WORDS = 4  # '"There are...' (round 9) and a quoted term say nothing of their own


def _read_already(sent: _Sentence) -> bool:
    """A sentence a reader credited or flagged (a speculative quotation's forecast aside)."""
    return bool(sent.speaker or sent.unnamed or sent.meta or set(sent.cues) - {"speculative"})


def _outlet_words(sent: _Sentence, going_on: bool) -> bool:
    """Whether the sentence holds words of the outlet's own outside its quotation ('"Rare" squirrels were seen',
    '"...," he said')."""
    return bool(_outside_quotes(sent.text, going_on).strip(" .,;:!?…'‘’-–—"))


def _credits_someone(after: _Sentence) -> bool:
    """Whether the sentence after a quotation credits a speaker, who may be the quotation's ('"..." / That is how
    Jane Doe put it')."""
    return bool(after.speaker) and not after.relative


def uncredited_opening_quotation(page: Page) -> None:
    """The sentences of a quotation that opens the excerpt's body with no credit: `reported`, no speaker."""
    sentences = page.sentences
    first = 1 if _headline(sentences) is not None else 0
    if first >= len(sentences) or sentences[first].text[:1] not in _QUOTE_OPEN:
        return
    run: list[_Sentence] = []
    still = False
    for sent in sentences[first:]:
        if run and (sent.para != run[0].para or not still):
            break
        run.append(sent)
        still = _still_quoting(sent.text, still)
    if still or sum(len(s.text.split()) for s in run) < _MIN_WORDS:
        return  # a quotation the excerpt cuts off, or runs on past its paragraph: its speaker may come later
    if any(_read_already(s) for s in run):
        return  # a quotation its own sentences credit or flag
    if any(_outlet_words(s, i > 0) for i, s in enumerate(run)):
        return  # words of the outlet's own around it
    after = sentences[first + len(run)] if first + len(run) < len(sentences) else None
    if after is not None and _credits_someone(after):
        return  # whom the next sentence credits may be its speaker
    for sent in run:
        sent.cues["reported"] = ["quote"]
        sent.unnamed = True


_STANDALONE_MIN_WORDS = 6


def standalone_quotation(page: Page) -> None:
    """A whole sentence in quotation marks that no reader credited, right after its speaker's sentence ('... the
    offer would include a free flight back to their home countries, it [the Department of Homeland Security] said. /
    "Illegal aliens should take advantage of this gift ..."', rounds 117 and 148): that speaker's words. Not after a
    sentence of the writer's (a header "... ON X:", "Still, others wanted ...": whose the quotation is, the text
    does not say), nor when the sentence after names a speaker (whose the quotation may be), nor a quotation cut
    short to a few words ('"There are...')."""
    sentences = page.sentences
    first = 1 if _headline(sentences) is not None else 0
    for k in range(first + 1, len(sentences)):
        sent = sentences[k]
        if (
            sent.text[:1] not in _QUOTE_OPEN
            or _read_already(sent)
            or len(sent.text.split()) < _STANDALONE_MIN_WORDS
        ):
            continue
        if _outlet_words(sent, False):
            continue
        after = sentences[k + 1] if k + 1 < len(sentences) else None
        if after is not None and _credits_someone(after) and after.para <= sent.para + 1:
            continue
        spoke = sentences[k - 1]
        if not spoke.speaker or spoke.unnamed or spoke.relative or spoke.para < sent.para - 1:
            continue
        sent.speaker, sent.speaker_kind = spoke.speaker, spoke.speaker_kind
        if not sent.cues:
            sent.cues["attributed"] = ["quote"]
