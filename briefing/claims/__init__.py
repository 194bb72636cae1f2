"""Claims: sentences the text itself marks as unverified, reported, attributed or speculative.

Each flag names the cue words that set it and, where the text says, whom the claim comes from. A sentence that
only reports a non-verification ("Fox News Digital has not independently verified Budanov's claim.") is not a
claim of its own: it marks the earlier sentence it refers to. A claim is corroborated when an item of another
publisher in the same story carries a similar sentence.

This module puts the parts together (find_claims, corroborate). find_claims reads each sentence in text order by
the steps its loop names (its cues, its source, whom it is credited to), then runs PASSES, the passes across
sentences in their order, each over one claims.status.Page. The cue tables and status readers are in
claims.status, speaker resolution in claims.speakers, what a headline credits in claims.headlines; here are the
text's preparation (names the model cut short, Title Case headlines) and the non-verifications moved onto the
claim they refer to.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from briefing.actors import TITLE_WORDS, Found, common_word, english_word
from briefing.claims.absolute import with_clause_speakers
from briefing.claims.anonymous import anonymous_source
from briefing.claims.beside import named_in_second_clause
from briefing.claims.bodies import _without_kind_noun
from briefing.claims.capital_labels import capital_label
from briefing.claims.coref import pronoun_speakers
from briefing.claims.credits import credited_subject
from briefing.claims.dash_people import dash_described_people
from briefing.claims.described import DESCRIBED_OPENING, described_speakers
from briefing.claims.described_heads import described_headline_people, kin_named_in_body, named_spokespeople
from briefing.claims.frames import framed_statements
from briefing.claims.group_subjects import wider_group_subject
from briefing.claims.headline_views import headline_beliefs, view_subject
from briefing.claims.headlines import (
    _DASH_TAIL,
    _HEADLINE_SAYS,
    _NAME_COLON,
    _SUBJECT_QUOTED,
    _colon_source,
    _credit_dash_class,
    _credit_described_headline,
    _credit_headline,
    _credit_headline_kind,
    _credit_headline_quotation,
    _credit_opening_quote,
    _credit_standfirst,
    _credit_standfirst_office,
    _dash_body_spokesperson,
    _dash_head,
    _dash_office_opener,
    _dash_source,
    _described_or_elided,
    _described_phrase,
    _headline_kind_body,
    _headline_office_of_body,
    _headline_person_spoken_of,
    _headline_says_state,
    _headline_speaker_over_state,
    _headline_trailing_source,
    _name_colon_written,
    _quoted_subject,
    _round89_rules,
    _stance_subject,
    _standfirst_agents,
    _standfirst_office_headline_person,
    credit_closing_quote,
)
from briefing.claims.hypotheticals import HYPOTHETICAL
from briefing.claims.indefinite import indefinite_person_before, unnamed_described
from briefing.claims.indicated import indicated_subject, statement_maker, unnamed_indicated
from briefing.claims.lookback import (
    _police_named_before,
    _resolve_pronoun,
    _same_noun_body,
    _the_police_named,
    _the_report_of,
)
from briefing.claims.none_named import (
    amid_claims,
    by_unnamed_group,
    group_participle,
    headline_predicate_quote,
    identified_by_group,
    they_in_relative,
    unowned_views,
    warned_by_none,
)
from briefing.claims.nouns import (
    _ACRONYM,
    _HEAD_TITLES,
    _QUOTATION,
    _QUOTE_OPEN,
    _WEEKDAYS,
    DATELINE,
    DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    PEOPLE_NOUNS,
    SPEAKER_KINDS,
    _description,
    _personal,
    _Source,
    _speaker_ok,
    _still_quoting,
    _unnamed,
    _words,
    after_lower_title,
    closes_first,
    strip_dateline,
)
from briefing.claims.offices import _closing_office, _office_holders, listed_office_holders
from briefing.claims.parsed import subject_gaps
from briefing.claims.plain_subjects import _AND_SAID, plain_subjects
from briefing.claims.quote_tail import plain_progressive, plain_quote_tail, plain_tail_verb, quote_tail_source
from briefing.claims.referents import referred_speakers
from briefing.claims.relays import person_relayed_by_outlet, relayed_by_outlet
from briefing.claims.saying_openers import saying_opener
from briefing.claims.speakers import (
    _ACRONYM_SKIPS,
    _AND_UNNAMED,
    _BASED_ON,
    _CONDEMNED_FOR,
    _CONDEMNS_ACT,
    _GOES_ON_TO_ACRONYM,
    _IT_BUT_SAID,
    _JOINT,
    _JOINT_ISSUED_BY,
    _NAME_COLON_LOWER,
    _NAME_COLON_QUOTE,
    _OPENING_ADVERBIAL,
    _PAPER_CUE,
    _POLL_SHARE,
    _QUOTE_MARK,
    _QUOTE_THEN_OWNER,
    _QUOTE_THEN_RELAY,
    _QUOTED_VERB,
    _REPORTED_BY_NONE,
    _STAFF,
    _TEXT_FOLLOWS,
    _THE_NOUN_SAYS,
    _background_relative,
    _both_named,
    _counsel_for,
    _credit_capital_subheading,
    _displaced_subject,
    _fullest,
    _habit_of_reporting,
    _hedged_subject,
    _named_pair,
    _only_how_spoken,
    _other_source,
    _own_reports,
    _owned_finding_subject,
    _people_together,
    _quote_across_paragraphs,
    _quoted_predicate_goes_on,
    _quotes_before_their_speaker,
    _round51_speakers,
    _round56_speakers,
    _round60_speakers,
    _round66_speakers,
    _round94_rules,
    _second_speaker,
    _speaker_label,
    _spokesperson_after_body,
    _spokesperson_of_unread_name,
    _state_views,
    _titled_coordinated,
    _unsigned_quote_list,
    _untitled,
    _with_his_group,
)
from briefing.claims.spellings import spelling_variant_fullest
from briefing.claims.status import (
    _ASKED,
    _ASKED_LIKELY,
    _ASKED_TO_LAST,
    _CAUSED_SPECULATION,
    _COMPARED,
    _CONCEDED_LOOK,
    _COUNTERFACTUAL,
    _FORBIDDEN,
    _HEADLINE_HAVE_TO,
    _HEADLINE_OUTCOME_BY,
    _HEADLINE_POISED,
    _LEFT_OPEN,
    _LEGAL_POSSIBILITY,
    _OWN_PLAN,
    _PAST_ABILITY,
    _PURPOSE,
    _QUOTED,
    _REFERENCE,
    _RULE_PROVIDES,
    _VERIFY,
    MAX_CLAIM_CHARS,
    MODAL,
    REPORTED,
    SAID_TOLD_ADDED,
    SPECULATIVE,
    SPEECH,
    STATUSES,
    UNNAMED,
    UNVERIFIED,
    Page,
    _blank,
    _classed_by_speaker,
    _cues,
    _hypothetical_outcome,
    _reported_adjective,
    _reported_passive,
    _Sentence,
    _suspected_by_none,
    _there_were_reports,
    _unquoted_hedges,
)
from briefing.claims.subjects import DATA_NOUNS, OPENING_TIME, _trailing_np_source
from briefing.claims.uncredited import standalone_quotation, uncredited_opening_quotation
from briefing.claims.unnamed import (
    _citing_unnamed,
    _group_beside_named,
    _group_subject,
    _judged_by_group,
    _kind_of_people,
    _named_beside_unnamed,
    _named_in_according_list,
    _quoting_relay,
    _relayed_source,
    _round93_rules,
    _they_group,
    _unnamed_beside,
    _unnamed_clause,
    _unowned_document,
)
from briefing.claims.verbs import _QUESTION, _repair_source, _source_of
from briefing.models import Claim
from briefing.phrases import content_words, split_sentences

# the entry points other modules, benchmarks and tests use; the rules live in claims.status, claims.speakers and
# claims.headlines
__all__ = ["DATELINE", "STATUSES", "corroborate", "find_claims", "meta_text_after", "strip_dateline"]


Pass = Callable[[Page], None]


def _mark_meta_targets(page: Page) -> None:
    """Each non-verification ("... has not independently verified ...") moved onto the claim it refers to."""
    sentences, found = page.sentences, page.found
    for i, sent in enumerate(sentences):
        if sent.meta:
            _mark_target(sentences, i, [f for f in found if sent.start <= f.start < sent.end])


def _speakers_at_fullest(page: Page) -> None:
    """Each speaker under the fullest name the item gives it: a spelling variant, an acronym spelled out, a person's
    or body's longer name (the watch list's names as they are)."""
    text, sentences, found = page.text, page.sentences, page.found
    listed = {f.name for f in found if f.listed}
    people = {_untitled(f.name) for f in found if f.kind == "person"}
    bodies = {f.name for f in found if f.kind in ("organisation", "outlet")}
    for sent in sentences:
        if sent.speaker_kind in ("person", "organisation") and sent.speaker not in listed:
            # round 113: "Zelenskiy said" (the model's organisation) in an item naming "Volodymyr Zelenskyy"
            variant = spelling_variant_fullest(sent.speaker, people)
            if variant != sent.speaker:
                sent.speaker, sent.speaker_kind = variant, "person"
        spelled = (
            re.search(
                rf"((?:[A-Z][\w’'-]*\s+)(?:(?:of|for|and|the|on)\s+|[A-Z][\w’'-]*\s+){{0,5}}?)\({sent.speaker}\)",
                text,
            )
            if _ACRONYM.fullmatch(sent.speaker)
            else None
        )
        if spelled:  # "FSB says", "Russia's Federal Security Service (FSB)": the name the text spells out
            sent.speaker = spelled.group(1).strip()
        sent.speaker = _without_kind_noun(sent.speaker, found)
        if sent.speaker_kind == "person" and sent.speaker not in listed:
            sent.speaker = _fullest(_untitled(sent.speaker), people)
        elif sent.speaker_kind in ("organisation", "outlet") and sent.speaker not in listed:
            # "the Lloyd's notice said" after "Lloyd's List Intelligence said": the body's name at its fullest
            longer = {b for b in bodies if b.startswith((sent.speaker + "'s ", sent.speaker + "’s "))}
            # "the Treasury said" after "The U.S. Treasury Department said": the one body named with that word and
            # its kind noun after it (round 65)
            longer = longer or {b for b in bodies if _kind_of_name(b, sent.speaker)}
            sent.speaker = longer.pop() if len(longer) == 1 else sent.speaker


# find_claims reads each sentence on its own (its cues, its source), then runs these passes over all of them in this
# order: each reads the page (text, sentences, spans found) and credits or flags sentences the earlier ones left
PASSES: tuple[Pass, ...] = (
    _spokesperson_after_body,  # speakers across sentences
    _spokesperson_of_unread_name,
    _police_named_before,
    _quotes_before_their_speaker,
    _quote_across_paragraphs,  # round 90
    _quoted_predicate_goes_on,  # speakers across sentences
    _counsel_for,  # round 90
    _standfirst_agents,  # round 90
    _credit_headline,
    _credit_dash_class,  # round 89
    _credit_headline_kind,
    _credit_standfirst,
    _credit_standfirst_office,
    _credit_described_headline,
    _credit_opening_quote,
    credit_closing_quote,  # round 118: the headline as written
    _credit_headline_quotation,  # round 43
    _credit_capital_subheading,  # round 43
    _unsigned_quote_list,  # round 46
    _headline_trailing_source,
    _own_reports,
    _the_report_of,
    _the_police_named,
    _classed_by_speaker,
    _round51_speakers,  # round 51
    _round56_speakers,  # round 56
    _state_views,  # round 60
    _round60_speakers,  # round 60
    _round66_speakers,  # round 66
    _office_holders,  # rounds 80 and 81
    _headline_person_spoken_of,  # rounds 81 and 84
    _standfirst_office_headline_person,  # offices2
    _headline_kind_body,  # round 81
    _headline_says_state,  # round 84
    _dash_body_spokesperson,  # round 84
    _dash_office_opener,  # round 81
    _round89_rules,  # round 89
    _round93_rules,  # round 93
    _round94_rules,  # round 94
    referred_speakers,  # round 104: an office, description or body referred back
    listed_office_holders,  # round 113: "the US president said" -> the watch list's holder
    pronoun_speakers,  # round 99: "he/she said" no rule above resolved
    described_speakers,  # round 107: "..., says population expert" the lede names
    named_in_second_clause,  # round 107: "officials said ..., and Cuba has said ..."
    relayed_by_outlet,  # round 107: an unnamed source an outlet passes on
    person_relayed_by_outlet,  # round 113: "Kim says ..., KCNA says" is Kim's
    framed_statements,  # round 107: "In an interview with ..., Trump defended ..."
    with_clause_speakers,  # round 112: "..., with Beijing accusing Tokyo of ..."
    dash_described_people,  # round 115: "... — EU politician" over the lede's person
    named_spokespeople,  # round 120: "According to ... Spokesperson Lin Jian, ..."
    described_headline_people,  # round 120: "Top Chinese diplomat points to ..."
    kin_named_in_body,  # forty-fourth session: "wife of detained pastor describes ..."
    headline_beliefs,  # round 115: "many feared dead after blast", "pyre ... thought to be oldest"
    uncredited_opening_quotation,  # round 117: an excerpt that opens inside a quotation no one is named for
    plain_subjects,  # thirty-ninth session: "Aleppo's health directorate said" no rule above read
    standalone_quotation,  # fiftieth session: a whole quoted sentence right after its speaker's
    _mark_meta_targets,  # "... has not independently verified ..." marks the claim it refers to
    _speakers_at_fullest,  # rounds 65 and 113: each speaker under the fullest name the item gives it
)


def find_claims(text: str, found: Sequence[Found], item_id: str = "") -> list[Claim]:
    """The flagged sentences of one item's text (title first), in text order; one claim per sentence.

    Each sentence is read on its own, in text order, by the steps below (its cues, its source, whom it is credited
    to); then PASSES credit and flag across sentences, and each flagged sentence becomes a claim."""
    r = _reading(text, found)
    for s, e in _sentence_spans(r):
        opened = _open_sentence(r, s, e)
        if opened is None:
            continue
        sent, inside, quoted_until = opened
        _read_cues(sent)
        src, unnamed = _source(r, sent, inside, quoted_until)
        _cues_without_source(sent, src)
        src, is_title = _headline_source(r, sent, inside, src)
        src = _subject_noun_source(r, sent, inside, quoted_until, src, is_title)
        src = _headline_form_source(r, sent, inside, src, is_title)
        src = _parsed_source(r, sent, inside, quoted_until, src, is_title)
        src = _possibility_holder(r, sent, inside, quoted_until, src, is_title)
        src = _referred_source(r, sent, src)
        src, unnamed = _dropped_source(r, sent, src, unnamed)
        _credit(r, sent, inside, src, unnamed)
        _group_cues(r, sent, inside)
        _under_label(r, sent, inside)
        _close_sentence(sent)
        r.sentences.append(sent)
    page = Page(r.text, r.written, r.sentences, r.found)
    for step in PASSES:  # speakers and cues across sentences, in order
        step(page)
    return _claims(page, r.title_sent, item_id)


@dataclass
class _Reading:
    """One item's text as find_claims reads it, sentence by sentence, and what it carries from one to the next."""

    # as read (the same offsets): a Title Case headline in sentence case, spaced possessives closed, the verb of
    # '"...," Donald Trump enthused' read "said" (_open_sentence)
    text: str
    written: str  # what the claims quote
    found: list[Found]
    starts: list[int]
    title_end: int
    sentences: list[_Sentence] = field(default_factory=list)
    title_sent: _Sentence | None = None  # the headline's sentence
    seen: set[str] = field(default_factory=set)
    para: int = 0
    last_line: int = -1
    # ("Russia Foreign Ministry", kind, its paragraph): quotes below
    header: tuple[str, str, int] | None = None
    open_quote: bool = False


def _reading(text: str, found: Sequence[Found]) -> _Reading:
    """The text prepared for reading (the same offsets as written): zero-width spaces as spaces, names the model cut
    short made whole, a spaced possessive closed, a Title Case headline in sentence case."""
    text = _ZERO_WIDTH.sub(" ", text)  # "also\u200baccused": same offsets, ordinary spaces
    found = _whole_names(text, sorted(found, key=lambda f: f.start))
    starts = [f.start for f in found]
    # a text without a line break is a headline alone (a feed of titles); it is the title all the same
    title_end = (
        text.find("\n\n") if "\n\n" in text else (len(text.rstrip()) if "\n" not in text.strip() else -1)
    )
    written = text  # what the claims quote; a Title Case headline is read in lower case below (same offsets)
    # "Yemen 's separatists said" (AFP text via France 24, round 70): a possessive written with a space is read as
    # one ("Yemen's  separatists", the space moved after it: same offsets), wherever the speaker code reads "'s"
    text = _SPACED_POSSESSIVE.sub(r"\1 ", text)
    # "Chuck Schumer , told ABC News" (France 24's text): a comma, semicolon or colon written with a space before it
    # is read closed up (the space moved after it: same offsets; not a full stop, which would cut the claim's own)
    text = _SPACED_STOP.sub(r"\1 ", text)
    # "Officials are saying ...": read as "Officials said" (same offsets), as a quotation's tail verb is
    text = plain_tail_verb(plain_progressive(text))
    if title_end > 0:
        text = _sentence_case(text, title_end, found)
    return _Reading(text, written, found, starts, title_end)


def _sentence_spans(r: _Reading) -> list[tuple[int, int]]:
    """The sentences' (start, end) in the text as read; a headline is one sentence."""
    text, title_end = r.text, r.title_end
    spans = list(split_sentences(text))
    head = [sp for sp in spans if sp[1] <= title_end] if title_end > 0 else []
    if len(head) > 1:
        # a headline is one sentence, also when it asks and answers: "London to New York in 90 minutes? It could be
        # possible", "A pill is being heralded as a game changer. Poorer nations could miss out again." (round 81)
        spans = [(head[0][0], head[-1][1]), *spans[len(head) :]]
    return spans


def _quote_runs_on(text: str, s: int) -> bool:
    """Whether the paragraph that opens at `s` goes on with a quotation the paragraph before left open: it opens
    with no quotation mark and its first mark closes one."""
    if text[s : s + 1] in _QUOTE_OPEN:
        return False
    end = text.find("\n", s)
    para = text[s : end if end >= 0 else len(text)]
    first = re.search(r"[\"“”]", para)
    if first is None:
        return False
    if first.group() == "”":
        return True
    return first.group() == '"' and para.count('"') % 2 == 1


def _open_sentence(r: _Reading, s: int, e: int) -> tuple[_Sentence, list[Found], int] | None:
    """The sentence at s..e as read, the spans found in it and where a quotation an earlier sentence opened
    closes in it; None for a sentence read already (a headline repeated as the first sentence). Reads the
    line breaks before it and the quotation still open; moves r on (its paragraph, a quote tail's verb read
    "said")."""
    line = r.text.count("\n", 0, s)
    if line != r.last_line:
        r.para += 1 if r.text[:s].rstrip(" ").endswith("\n") or r.last_line < 0 else 0
        r.last_line = line
        # a quotation that goes on into a new paragraph opens again there; one whose paragraph opens with no mark and
        # closes it (an odd count of straight marks, or a closing curly one first) runs on into it: '... "The
        # situation is frightening. ... their house. / It's catastrophic. ... with the army."' (round 138)
        r.open_quote = r.open_quote and _quote_runs_on(r.text, s)
    m = DATELINE.match(r.text[s:e]) if s == 0 or r.text[s - 1] == "\n" else None
    body_start = s + m.end() if m else s
    r.text = plain_quote_tail(r.text, body_start, e)  # '"...," Donald Trump enthused.' (round 114)
    sent = _Sentence(body_start, e, r.text[body_start:e], r.para)
    sent.quote = sent.text[:1] in _QUOTE_OPEN or r.open_quote
    # a quotation opened in an earlier sentence runs on to its closing mark: a verb there is quoted
    closing = re.search(r"[\"”]", sent.text) if r.open_quote and sent.text[:1] not in _QUOTE_OPEN else None
    quoted_until = body_start + (closing.start() if closing else (len(sent.text) if r.open_quote else 0))
    # "'Oh it's a mess!\" my mum says": a mark that closes what a single mark opened opens no quotation (round 119)
    r.open_quote = _still_quoting(sent.text, r.open_quote or closes_first(sent.text))
    norm_text = re.sub(r"\W+", " ", sent.text.lower()).strip()
    if not norm_text or norm_text in r.seen:  # a headline repeated as the first sentence
        return None
    r.seen.add(norm_text)
    inside = r.found[bisect_left(r.starts, body_start) : bisect_left(r.starts, e)]
    return sent, inside, quoted_until


# "Adding an Instagram filter is something I would now only do ironically", "I would never want them to feel ..."
# (rounds 155, 125, 136): the writer's own habit or stance in the first person, outside any quotation, no forecast
_WRITERS_WOULD = re.compile(r"\bI\s+(?:would|might)\b|\bI['’]d\b")
_QUOTE_CHARS = re.compile(r"[\"“”]")
# "as rumors about the Brown University gunman swirled, CNN's Kaitlan Collins posted ..." (round 155): the time the
# rumours went round, no rumour the sentence tells
_RUMOURS_SWIRLED = re.compile(
    r"\b[Aa]s\s+(?:\w+\s+)?rumou?rs\b[^,;:\"“”]{0,80}?\s(?:swirled|circulated|spread|flew|mounted|grew)\b"
)


def _read_cues(sent: _Sentence) -> None:
    """The sentence's own cue words by status (unverified, reported, speculative), from its words and
    whether it is quoted: a forecast word that forecasts nothing blanked, a question asks, a quoted
    speaker's "not confirmed" is no check the text could not make; a hedging adjective outside quotations."""
    for status, patterns in (
        ("unverified", UNVERIFIED),
        ("reported", REPORTED),
        ("speculative", SPECULATIVE),
    ):
        if status == "speculative":  # "above the bank's April forecast" compares, it does not forecast
            # (may_match: a sentence without "forecast" or "could/may/might" is not searched, the same text)
            plain = _blank(_ASKED_LIKELY, _blank(_COMPARED, sent.text))
            plain = _blank(_LEGAL_POSSIBILITY, plain)  # round 33
            plain = _blank(_COUNTERFACTUAL, plain)  # round 42's block
            plain = _blank(_PURPOSE, _blank(_CONCEDED_LOOK, plain))  # rounds 135-137
            plain = _blank(_PAST_ABILITY, plain)  # rounds 115, 140
            plain = _blank(_CAUSED_SPECULATION, plain)  # round 57
            plain = _blank(_RULE_PROVIDES, plain)  # round 70
            plain = _blank(_OWN_PLAN, plain)  # round 92
            plain = _blank(HYPOTHETICAL, plain)  # round 119
            if not sent.quote and not _QUOTE_CHARS.search(sent.text):
                plain = _blank(_WRITERS_WOULD, plain)  # round 155
            cues = _cues(patterns, plain)
            asked = _blank(_ASKED, _blank(_ASKED_TO_LAST, plain))  # "to judge what it might mean"; round 92
            asked = _blank(_LEFT_OPEN, asked, group=1)  # "did not indicate when it may": the question only
            cues += [c for c in _cues([MODAL], asked) if not any(c in k or k in c for k in cues)]
            forbids = [m.group() for m in _FORBIDDEN.finditer(plain)] if "may" in plain else []
            if forbids:  # "no documents may be withheld": a rule forbids, nothing is forecast
                cues = [c for c in cues if not any(c in f for f in forbids)]
        elif status == "unverified" and sent.quote:
            # 'Some of the victims are foreign nationals; however, ... their nationality has not yet been
            # confirmed.' inside a minister's quotation (round 59): the speaker's words, no check the text
            # says it could not make
            cues = []
        elif status == "reported":
            cues = _cues(patterns, _blank(_RUMOURS_SWIRLED, sent.text))
        else:
            cues = _cues(patterns, sent.text)
        if cues and not (status == "speculative" and _QUESTION.search(sent.text)):
            sent.cues[status] = cues  # "Could the army defend the island?" asks, it does not forecast
    hedged = _reported_adjective(sent.text) if not sent.quote else ""
    if hedged:
        sent.cues.setdefault("reported", []).append(hedged)


def _source(
    r: _Reading, sent: _Sentence, inside: list[Found], quoted_until: int
) -> tuple[_Source | None, list[str]]:
    """Whom the sentence credits (`_source_here`); when none, the same read from the subject after the sentence's
    opening time, as if it opened the sentence: "On Sunday, the governor of Qom said", "Late on Saturday the
    governor of Qom said" (forty-eighth session)."""
    src, unnamed = _source_here(r, sent, inside, quoted_until)
    lead = (
        _OPENING_ADVERBIAL.match(r.text, sent.start, sent.end)
        or OPENING_TIME.match(r.text, sent.start, sent.end)
        if src is None and not sent.quote and sent.para > 1
        else None
    )
    if lead is None:
        return src, unnamed
    k = lead.end()
    opened = r.text[:k] + r.text[k : k + 1].upper() + r.text[k + 1 :]
    again, named = _source_here(*_read_as(r, sent, opened, k, sent.end, r.found), quoted_until)
    return (again, named or unnamed) if again is not None else (src, unnamed)


def _read_as(
    r: _Reading, sent: _Sentence, text: str, start: int, end: int, found: list[Found]
) -> tuple[_Reading, _Sentence, list[Found]]:
    """The reading, the sentence and the spans in it, for the sentence read again as `text[start:end]` (the text
    changed in the sentence only, `found` at their offsets in it): an opening time left out, the words between a
    subject and its verb taken out (`_parsed_source`)."""
    read = replace(r, text=text, found=found, starts=[f.start for f in found])
    return (
        read,
        replace(sent, start=start, end=end, text=text[start:end]),
        [f for f in found if start <= f.start < end],
    )


def _source_read_as(
    r: _Reading, sent: _Sentence, text: str, end: int, found: list[Found], quoted_until: int
) -> _Source | None:
    """The body sentence's source when it is read again as `text[sent.start:end]` (`_read_as`), by the rules that
    read a sentence's own words (`_source`, `_subject_noun_source`): the parser's subject without what stands
    between it and its verb (`_parsed_source`), a possibility's holder as a speaker (`_possibility_holder`)."""
    read, again_sent, within = _read_as(r, sent, text, sent.start, end, found)
    again, _ = _source(read, again_sent, within, quoted_until)
    return _subject_noun_source(read, again_sent, within, quoted_until, again, False)


def _source_here(
    r: _Reading, sent: _Sentence, inside: list[Found], quoted_until: int
) -> tuple[_Source | None, list[str]]:
    """Whom the sentence credits by its own words (its subject and speech verb, an opening adverbial
    skipped, the forms later rounds added), and the unnamed-source cues it holds. Reads the text, the spans
    found in it, and the sentences before (a body sentence or the headline); a poll's share credits no one."""
    text, body_start, e, para, sentences, found = r.text, sent.start, sent.end, r.para, r.sentences, r.found
    unnamed = _cues(UNNAMED, sent.text)
    src = _source_of(text, body_start, e, inside, quoted_until)
    opening = _OPENING_ADVERBIAL.match(text, body_start, e) if src is None else None
    if opening is not None and not text[opening.end()].isupper():
        opening = (
            None  # "On Sunday, the governor of Qom said": a lower-case subject, which `_source` reads again
        )
    lead = (opening or saying_opener(text, body_start, e)) if src is None else None  # round 117
    if lead:  # "Earlier on Wednesday, Zelenskiy's top adviser hailed ...": read from the subject (round 26)
        src = _source_of(text, lead.end(), e, [f for f in inside if f.start >= lead.end()], quoted_until)
    src = _repair_source(text, body_start, e, inside, src)
    src = src or _closing_office(text, body_start, e) or _titled_coordinated(text, body_start, e, inside)
    src = _people_together(text, body_start, e, inside, src)  # round 29
    if (src is None or (src.kind == "unnamed" and not src.name)) and not sent.quote:
        src = _owned_finding_subject(text, body_start, e, inside) or src  # round 43
    if not sent.quote:
        src = _both_named(text, body_start, e, found) or src  # round 43
    it_said = _IT_BUT_SAID.match(text, body_start, e) if src is None and not sent.quote else None
    if it_said:  # round 43
        src = _Source("", "pronoun:it", it_said.group("verb"))
    if src is None and not sent.quote:
        src = _displaced_subject(text, body_start, e, inside)
    elif src is not None and not sent.quote:
        src = _second_speaker(text, body_start, e, inside, src)
        if src.kind.startswith("possessive:") or src.kind == "unnamed":
            # "X and his lawyers have argued", "X and her supporters insist": not the group alone
            src = _with_his_group(text, body_start, e, inside) or src
    if (
        src is not None
        and src.kind in ("phrase", "anaphor")
        and _unowned_document(text, body_start, src.name)
    ):
        src = _Source("", "unnamed", src.verb)  # round 33
    if src is None and not (para == 1 and not sentences):  # a body sentence (a headline's below)
        src = _trailing_np_source(text, body_start, e, inside)
    if src is None and not (para == 1 and not sentences):  # '"...," Donald Trump enthused.' (round 114)
        src = quote_tail_source(text, body_start, e, inside)
    if src is None and not sent.quote:  # "Trump indicated US involvement is likely" (round 117)
        src = indicated_subject(text, body_start, e, inside) or unnamed_indicated(text, body_start, e)
    if src is None and not sent.quote:  # "prompted a warning from Elon Musk that ..." (round 150)
        src = statement_maker(text, body_start, e, inside)
    if src is None and not sent.quote and "reported" in sent.cues:
        src = _hedged_subject(text, body_start, e, inside)  # round 60
    src = anonymous_source(text, body_start, e, src) or src  # round 117: "who asked not to be named"
    if (src is None or src.kind == "unnamed") and _POLL_SHARE.match(text, body_start, e):
        # "57% of Americans said ...": a poll's figure the outlet tells (round 26); "..., according to polling from
        # the Public Religion Research Institute": the pollster's (round 150)
        per = re.search(r"\baccording\s+to\b", text[body_start:e])
        maker = _source_of(text, body_start + per.start(), e, inside) if per else None
        src = maker if maker is not None and maker.kind in ("organisation", "outlet") else None
        unnamed = []
    return src, unnamed


def _cues_without_source(sent: _Sentence, src: _Source | None) -> None:
    """The cues a sentence credited to no one takes from its words (the writer's hypothetical outcome, a
    suspicion, a passive "were reported", "there were reports"); outside quotations, a group that judges
    ("was criticised by officials"), whoever the source."""
    if src is None:  # "Failure to tap the assets would be devastating": the writer's hypothetical (round 22)
        sent.cues.setdefault("speculative", []).extend(_hypothetical_outcome(sent.text))
        if not sent.cues["speculative"]:
            del sent.cues["speculative"]
        # "Assassins ... are suspected of trying to kill" (round 27); outside quotations, "No casualties were
        # reported" (round 30) and "There were also reports of ..." (round 29)
        none_named = _suspected_by_none(sent.text)
        if not sent.quote:
            none_named += _reported_passive(sent.text) + _there_were_reports(sent.text)
            none_named += warned_by_none(sent.text) + identified_by_group(sent.text)  # round 111
            # "amid fears of ...", "concerns remain": fears no one owns, when the sentence credits no one (rounds
            # 135-137; "Bengio said ..., amid fears that ..." stays his)
            none_named += unowned_views(sent.text)
        if none_named:
            sent.cues.setdefault("reported", []).extend(none_named)
    if not sent.quote and (
        by_group := by_unnamed_group(sent.text) + group_participle(sent.text) + amid_claims(sent.text)
    ):
        sent.cues.setdefault("reported", []).extend(by_group)  # "was criticised by officials" (round 111)


def _headline_source(
    r: _Reading, sent: _Sentence, inside: list[Found], src: _Source | None
) -> tuple[_Source | None, bool]:
    """Whether the sentence is the headline (sets r.title_sent), and its source read again: a headline's
    "poised to", a title or noun the model took for a name ("Judge says"; in any sentence "MP confirms",
    "Police said"), a headline's condemnation as an act, the headline's own subject readers (quote, dash,
    colon, stance, view)."""
    text, body_start, e, para, sentences = r.text, sent.start, sent.end, r.para, r.sentences
    is_title = para == 1 and not sentences and (e == r.title_end or "\n\n" in text[e : e + 3])
    if is_title:
        r.title_sent = sent  # read for a quoted judgement no one owns once every reader has run
    # "EU poised to secure Italy's backing": a headline's "is poised to" without its verb (round 52)
    poised = (
        (
            _HEADLINE_POISED.search(sent.text)
            or _HEADLINE_OUTCOME_BY.search(sent.text)
            or _HEADLINE_HAVE_TO.search(sent.text)
        )
        if is_title
        else None
    )
    if poised:
        sent.cues.setdefault("speculative", []).append(poised.group())
    if (
        is_title
        and src is not None
        and src.kind != "phrase"
        and (src.name.lower() in TITLE_WORDS or (len(src.name.split()) == 1 and _description(src.name)))
    ):
        src = _Source(src.name, "phrase", src.verb)  # "Judge says ...": a title the model took for a name
    # "MP confirms ...", "Police said": the model's name is a noun; "hospital staff say" (not a general staff)
    if (
        src is not None
        and src.kind != "anaphor-paper"
        and (
            (src.name and " " not in src.name and (_unnamed(src.name) or _kind_of_people(src.name)))
            or _STAFF.fullmatch(src.name)
        )
    ):
        src = _Source("", "unnamed", src.verb)
    if (
        is_title
        and src is not None
        and _CONDEMNS_ACT.fullmatch(src.verb)
        # (not a passive, "US homeland security condemned for ...": by no one named)
        and not (src.kind == "unnamed" and _CONDEMNED_FOR.search(sent.text))
        and not _QUOTE_MARK.search(sent.text)
    ):
        src = None  # "UN chief condemns Israeli law ...": a headline's condemnation is an act (rounds 24, 26)
        sent.cues.pop("attributed", None)
    if is_title and src is None:
        src = _quoted_subject(text, body_start, e, inside) or _dash_source(text, body_start, e, inside)
    if is_title and src is None:
        src = _colon_source(text, body_start, e, inside) or _stance_subject(text, body_start, e, inside)
        src = src or view_subject(text, body_start, e, inside)  # round 115: "Trump sees good chance ..."
    if is_title and src is not None:
        src = _headline_speaker_over_state(sent.text, src)
        src = _headline_office_of_body(text, body_start, e, inside, src)
    return src, is_title


def _subject_noun_source(
    r: _Reading, sent: _Sentence, inside: list[Found], quoted_until: int, src: _Source | None, is_title: bool
) -> _Source | None:
    """A source still missing, from the sentence's subject: "The regiment denied" is the body the sentences
    before named with that noun; a body sentence's subject forms the readers before miss (issue 11)."""
    text, body_start, e, sentences, found = r.text, sent.start, sent.end, r.sentences, r.found
    the_noun = _THE_NOUN_SAYS.match(text, body_start, e) if src is None and not sent.quote else None
    if the_noun and the_noun.group(1) not in PEOPLE_NOUNS:
        # "The Kalinouski Regiment ... / The regiment denied": the body named before whose name ends with that
        # word; a noun alone is never a speaker
        src = _resolve_pronoun(
            _Source(the_noun.group(1), "anaphor-named", the_noun.group(2)),
            sentences,
            text,
            body_start,
            found,
            e,
        )
    if src is None and not is_title:  # subject forms the readers above miss (issue 11)
        src = credited_subject(text, body_start, e, inside, quoted_until, _source_of)
    return src


def _headline_form_source(
    r: _Reading, sent: _Sentence, inside: list[Found], src: _Source | None, is_title: bool
) -> _Source | None:
    """A headline's source by its form ("reported" with no one named, a name before a colon, a quotation's
    owner, its own named subject, the headline as written), and what it leaves the passes to credit from
    the body (sent.headline, headline_noun, headline_office)."""
    text, body_start, e, written = r.text, sent.start, sent.end, r.written
    if is_title and src is None and _REPORTED_BY_NONE.search(text, body_start, e):
        src = _Source(
            "", "unnamed", "reported"
        )  # "Explosions, aircraft sounds reported in Caracas": by whom?
    colon = _NAME_COLON_QUOTE.match(text, body_start, e) if is_title and src is None else None
    if colon:  # "Zelensky: 'We will not give up our land'": the headline quotes the name before the colon
        # "Antonio Guterres on Afghanistan: 'Everything went wrong'": the name, then what the quote is about
        named = [
            f
            for f in inside
            if (f.end == colon.end(1) or re.fullmatch(r"\s+on\s+[^,;]{1,40}", text[f.end : colon.end(1)]))
            and _speaker_ok(f)
            and f.kind != "state"
        ]
        if named and len(_words(text[body_start : named[0].start])) <= 2:
            src = _Source(named[0].name, named[0].kind, ":")
    # "Macron: allies will make commitments": a lower-case word after the colon too (round 33)
    colon = _NAME_COLON_LOWER.match(text, body_start, e) if is_title and src is None else None
    if colon:  # "Zelensky: Ukraine will not cede land": a person or body before a headline's colon speaks
        named = [f for f in inside if f.end == colon.end(1) and f.kind in ("person", "organisation", "unit")]
        if named and len(_words(text[body_start : named[0].start])) <= 1:
            src = _Source(named[0].name, named[0].kind, ":")
    if is_title and src is None:  # "Opinion | Jacob Rees-Mogg: Progress Depends ...": as written (round 27)
        src = _name_colon_written(written, body_start, e, inside)
    quoted_owner = _QUOTE_THEN_OWNER.match(text, body_start, e) if is_title and src is None else None
    if quoted_owner:  # "'Be fearful when others are greedy': Warren Buffett's lessons": the owner quoted
        owner = next((f for f in inside if f.start == quoted_owner.end()), None)
        if (
            owner is not None
            and owner.kind in ("person", "organisation")
            and text[owner.end : owner.end + 2] in ("'s", "’s")
        ):
            src = _Source(owner.name, owner.kind, "quote")
    # ... also before a lower-case clause with a verb: "German minister: protection of Greenland will be
    # discussed" (round 52), as a name's "Macron: allies will make commitments"
    colon = (
        (_NAME_COLON.match(text, body_start, e) or _NAME_COLON_LOWER.match(text, body_start, e))
        if is_title and src is None and not sent.cues
        else None
    )
    office = re.sub(r"\s+on\s+.*$", "", colon.group(1)) if colon else ""
    # not a quoted phrase before the colon: "'A bat's head': the best and worst gifts 11 people have received"
    if office and len(office.split()) <= 4 and _description(office) and not re.search(r"['‘’\"“”]", office):
        # "UN chief on Venezuela: US action sets 'dangerous precedent'": the office the body names, else as written
        sent.headline, sent.headline_office = True, office
    if is_title and src is None and _described_or_elided(sent.text) and not _described_phrase(sent.text):
        # "North Korea's Kim oversees a test, warns of crisis": the headline's own subject, when it is named
        clause = text.find(",", body_start, e)
        first = next(
            (
                f
                for f in inside
                if f.start < (clause if clause > 0 else e)
                and _speaker_ok(f)
                and f.kind not in ("state", "place")
            ),
            None,
        )
        says = _HEADLINE_SAYS.search(sent.text)
        if first is not None and says and len(_words(text[body_start : first.start])) <= 3:
            src = _Source(first.name, first.kind, says.group().lower())
    if is_title and (
        (src is None and _described_or_elided(sent.text) and not any(_unnamed(w) for w in _words(sent.text)))
        or (src is not None and src.kind == "phrase" and _description(src.name))
        or (src is None and not sent.cues and _QUOTED_VERB.search(sent.text))
    ):
        sent.headline = True  # credited to the person the body names (_credit_headline)
    if is_title and src is not None and src.kind == "unnamed":
        # "... — lawmaker", "..., official says": one person the body may name with that noun
        nouns = [
            w
            for w in _words(sent.text[-40:])
            if w.lower() in DATA_NOUNS
            or ((_unnamed(w) or w.lower() in _HEAD_TITLES) and not w.lower().endswith("s"))
        ]
        # (or the described subject that opens it: "Colorado lawmaker claims Trump's veto ...", rounds 124 and 142)
        opening = _DESCRIBED_OPENING.match(sent.text) if not nouns else None
        if opening and (_unnamed(opening.group(1)) or opening.group(1) in _HEAD_TITLES):
            nouns = [opening.group(1)]
        sent.headline_noun = nouns[-1].lower() if nouns else ""
        tail = _DASH_TAIL.search(sent.text) if src.verb == "—" and not nouns else None
        if tail and _dash_head(tail.group(1)):  # "— opposition politician": its head noun
            sent.headline_noun = _dash_head(tail.group(1))
    quoting = (
        _SUBJECT_QUOTED.match(sent.text)
        if is_title and src is None and not sent.cues and not sent.headline
        else None
    )
    if quoting:  # "Myanmar junta 'extremely disappointed' over ...": what the body's junta said
        sent.headline_noun = quoting.group(1).split()[-1].lower()
    return src


# a headline opening with one described person and a speech verb ("Colorado lawmaker claims ..."): its singular head
_DESCRIBED_OPENING = re.compile(DESCRIBED_OPENING.format(noun=r"([a-z][\w-]*[^s\W])"))


def _parsed_source(
    r: _Reading, sent: _Sentence, inside: list[Found], quoted_until: int, src: _Source | None, is_title: bool
) -> _Source | None:
    """When no rule found a source for a body sentence that does not open with a quotation (the quote-tail rules
    read those) and has "said" or "told" outside its quotations: the sentence read again without the words the
    parser puts between the verb's subject and the verb (`parsed.subject_gaps`), by the same rules (`_source`,
    `_subject_noun_source`): "Bukele, who once described himself ... as "the world's coolest dictator," said he
    did not plan ..." is read as "Bukele said he did not plan ..." (forty-ninth session)."""
    if src is not None or is_title or sent.quote or quoted_until > sent.start:
        return src
    if _AND_SAID.match(r.text, sent.start, sent.end):
        return src  # "The charity highlighted ... and said": the pass after (plain_subjects) reads it
    gaps = [(sent.start + a, sent.start + b) for a, b in subject_gaps(sent.text)]
    if not gaps:
        return src

    def moved(k: int) -> int:  # an offset after the gaps are taken out
        return k - sum(b - a for a, b in gaps if b <= k)

    parts, at = [], 0
    for a, b in gaps:
        parts.append(r.text[at:a])
        at = b
    text = "".join(parts) + r.text[at:]
    if gaps[0][0] == sent.start:  # an opening adverbial left out: the subject opens the sentence, in capitals
        text = text[: sent.start] + text[sent.start : sent.start + 1].upper() + text[sent.start + 1 :]
    found = [
        replace(f, start=moved(f.start), end=moved(f.end))
        for f in r.found
        if not any(a <= f.start < b for a, b in gaps)
    ]
    again = _source_read_as(r, sent, text, moved(sent.end), found, quoted_until)
    if again is not None and not again.name and gaps == [(sent.start, gaps[0][1])]:
        # only an opening adverbial left out, and still no one named: the passes after read it as written ("In a
        # statement, the municipality said": plain_subjects)
        return src
    if again is not None and again.kind == "unnamed" and sent.cues:
        # "A leading surgeon behind a trial ... has said they could ...": flagged already; who the surgeon is, a
        # later pass finds (claims.indefinite), which an unnamed source here would stop
        return src
    return again


# a possibility held open by whoever does it: "Trump left open the possibility of ...", "with Trump leaving open ..."
_HELD_OPEN = re.compile(
    r"\b(left|leaves|leave|leaving)\s+open(?=\s+(?:the\s+)?(?:possibility|prospect|option|chance)\b)"
    # "Dr Kate McLean-MacKenzie hopes her new atlas will make scents ...", "China hopes both sides will ensure ..."
    # (rounds 132 and 84): whose hope the forecast is
    r"|\b(hopes|hoped|hoping)(?=\s+(?:that\s+)?(?:[\w’'-]+\s+){1,8}?(?:will|would|could|can|might|may)\b)"
)
_SAID_FOR = {
    "left": "said",
    "leaves": "says",
    "leave": "say",
    "leaving": "saying",
    "hopes": "says",
    "hoped": "said",
    "hoping": "saying",
}
_HOLDER_KINDS = frozenset({"person", "organisation", "state", "unit", "outlet"})


def _possibility_holder(
    r: _Reading, sent: _Sentence, inside: list[Found], quoted_until: int, src: _Source | None, is_title: bool
) -> _Source | None:
    """Who holds open the possibility a body sentence's forecast is ("Trump left open the possibility of more
    strikes", "..., with US President Donald Trump leaving open the possibility of another strike", "while he left
    open ..."; the labels' speaker, rounds 40, 44 and 148): the sentence read again as if the verb were "said" (the
    same offsets), by the same rules; a pronoun is resolved after, as any is."""
    if src is not None or is_title or "speculative" not in sent.cues:
        return src
    m = _HELD_OPEN.search(r.text, sent.start, sent.end)
    if m is None:
        return src
    before = r.text[sent.start : m.start()]
    if m.group(2) and (
        # "Russia had hopes that it could win", "dispelled hopes among many that ...": the noun, no one's verb
        re.search(
            r"\b(?:had|has|have|no|the|its|his|her|their|our|my|your|of|with|new|fresh|raised|dashed|"
            r"dispelled|fuelled|fueled|and|or|high|false|faint|slim)\s+$",
            before,
            re.I,
        )
        # '"Initially, Russia had hopes ...': inside a quotation, its speaker's
        or len(re.findall(r"[\"“”]", before)) % 2 == 1
    ):
        return src
    said = _SAID_FOR[m.group(1) or m.group(2)]
    text = r.text[: m.start()] + said.ljust(m.end() - m.start()) + r.text[m.end() :]
    again = _source_read_as(r, sent, text, sent.end, r.found, quoted_until)
    if again is None or not (again.kind in _HOLDER_KINDS or again.kind.startswith("pronoun:")):
        return src  # no one, people not named, or a paper ("The ruling left open ..."): the forecast stays the outlet's
    return again


def _referred_source(r: _Reading, sent: _Sentence, src: _Source | None) -> _Source | None:
    """A pronoun's, possessive's or anaphor's source ("he said", "the report said") resolved over the
    sentences before; with no one to refer to, someone not named, or the office as written."""
    text, body_start, e, para, sentences, found = r.text, sent.start, sent.end, r.para, r.sentences, r.found
    if src is not None and src.kind.startswith(("pronoun:", "possessive:", "anaphor")):
        said = src
        src = _resolve_pronoun(src, sentences, text, body_start, found, e)
        src = _same_noun_body(said, src, sentences, body_start) or src  # round 65
        if said.kind == "anaphor-paper" and src is not None and src.name and "reported" in sent.cues:
            # "the report said" of a report its maker was named for: no longer a report nobody is named for
            sent.cues["reported"] = [c for c in sent.cues["reported"] if not _PAPER_CUE.fullmatch(c)]
            if not sent.cues["reported"]:
                del sent.cues["reported"]
        if (  # round 68: "Authorities did not name the vessel. / They said ...": the group no one named
            src is None
            and said.kind == "pronoun:they"
            and _they_group(text, body_start, e, para, sentences, found)
        ):
            src = _Source("", "unnamed", said.verb)
        if src is None and said.kind.startswith(("pronoun:", "possessive:")) and said.verb:
            # '"Nothing is off the table," he said' with no one to refer to: someone said it, not guessed;
            # "the minister said" with no minister named before: the office as written
            # ("his lawyers said" with no one to refer to: someone's lawyers, not guessed)
            office = (
                said.name
                if said.kind.startswith("pronoun:") and said.name not in ("his", "her", "its", "their")
                else ""
            )
            src = _Source(office, "phrase" if office else "several", said.verb)
            if not office and (
                _unnamed_owner(said, sentences, found, body_start, e)
                or _unnamed_spoke_last(said, sent.text, sentences, para)
                # "reforms they say the US is ready for" with no one named to refer to (round 107)
                or (said.kind == "pronoun:they" and they_in_relative(sent.text))
                # "... a friend texted me. / '...?' she fumed" (round 125)
                or indefinite_person_before(said.kind, sentences, found)
            ):
                # round 105: "The man denied the allegations, his lawyer told the court" of an unnamed man, and
                # "..., it said" when the last source before was not named ("Israel's public broadcaster said",
                # "the police said"): someone's agent or a body no one is named for (rule 2), not a named one
                # left blank
                src = _Source("", "unnamed", said.verb)
    # round 117: "A mother of three ... said. / "...," the mother said": the person described and never named
    return unnamed_described(sent.text, src, sentences, found) or src


def _dropped_source(
    r: _Reading, sent: _Sentence, src: _Source | None, unnamed: list[str]
) -> tuple[_Source | None, list[str]]:
    """A joint statement's several authors; no source (and no unnamed cue) for a sentence that only tells
    how someone speaks, a habit of reporting or a background relative clause."""
    text, body_start, e = r.text, sent.start, sent.end
    joint = _JOINT.search(sent.text)
    if (
        joint
        and (src is None or src.kind not in ("unnamed", "pronoun"))
        # "Starmer said he had made his position clear in the joint statement": the statement is what the named
        # speaker talks of, after his own verb, not who speaks (forty-eighth session)
        and not (src is not None and src.name and _spoken_before(sent.text, src, joint.start()))
        # "A joint statement issued by the US State Department ... said": the one issuer named (rounds 34, 35)
        and not (src is not None and src.name and _JOINT_ISSUED_BY.match(strip_dateline(sent.text)))
    ):
        # "In a joint statement, Egypt and six other countries ... 'urged ...'": several authors, none alone
        src = _Source("", "several", "joint statement")
    if (
        _only_how_spoken(sent.text, src)
        or _habit_of_reporting(text, body_start, e, src)
        or _background_relative(sent.text, src)
    ):  # round 36
        src, unnamed = None, []
        sent.cues.pop("reported", None)
        sent.cues.pop("attributed", None)
    return src, unnamed


def _spoken_before(sentence: str, src: _Source, at: int) -> bool:
    """Whether the sentence's named source speaks before `at` with a clause of its own between its verb and `at`
    ("Starmer said he had made his position clear in the joint statement"), not with the statement as its medium
    ("..., Sweden and Switzerland said in a joint statement")."""
    last = src.name.split()[-1]
    spoke = (
        re.search(rf"\b{re.escape(last)}\b[^.;:\"“”]{{0,40}}?\b{re.escape(src.verb)}\b", sentence[:at])
        if src.verb
        else None
    )
    return spoke is not None and _MEDIUM.fullmatch(sentence, spoke.end(), at) is None


# what joins a verb of saying to the statement it speaks through: "said in a joint statement", "said on Tuesday in a"
_MEDIUM = re.compile(
    r"\s*(?:,\s*)?(?:(?:on|late|early|this|last)\s+\w+\s+)?(?:in|via|through|with)\s+(?:a|an|the|their|its)\s+"
)


def _credit(
    r: _Reading, sent: _Sentence, inside: list[Found], src: _Source | None, unnamed: list[str]
) -> None:
    """The sentence credited: unnamed cues where no one is named, then its source (_credit_source), else a
    quotation going on from the sentence before (_quote_goes_on); a quoted hedge no one's quote carries
    stays."""
    sentences = r.sentences
    if unnamed and (src is None or not src.name):  # "the HUR spokesperson said" names its source
        sent.cues.setdefault("reported", []).extend(unnamed)
        sent.unnamed = True
    elif (
        unnamed
        and src is not None
        and src.verb in ("reported", "reports")
        and _relays_unnamed(sent.text, unnamed)
    ):
        # "The ABC reported that a friend of Wilson said ..." (round 128): a named outlet passing on someone not
        # named (rule 2, as "..., Reuters reported, citing two sources"): `reported`, the outlet kept as speaker
        sent.cues.setdefault("reported", []).extend(unnamed)
    quoted_hedges: list[str] = []
    if (
        src is None
        and sent.quote
        and sent.cues.get("reported")
        and not set(sent.cues) - {"reported", "speculative"}
    ):
        # '"..., as if that oil belongs to them because we supposedly owe them.' (round 70): a hedge word inside
        # the quotation that goes on is the quoted speaker's, no outlet's hedge that stops the quote going on
        quoted_before = sent.text[:1] not in _QUOTE_OPEN
        if not _unquoted_hedges(sent.text, sent.cues["reported"], quoted_before):
            quoted_hedges = sent.cues.pop("reported")
    if src is not None:
        _credit_source(r, sent, inside, src)
    elif sent.quote and sentences and not set(sent.cues) - {"speculative"}:  # a quoted forecast goes on too
        _quote_goes_on(r, sent)
    if quoted_hedges and not sent.cues.get("attributed") and not sent.cues.get("reported"):
        sent.cues["reported"] = quoted_hedges  # no one's quote goes on: the hedge stays


_REPORTED_THAT = re.compile(r"\b(?:reported|reports)\s+(?:on\s+\w+\s+|earlier\s+|late\s+on\s+\w+\s+)?that\b")


def _relays_unnamed(text: str, unnamed: list[str]) -> bool:
    """Whether an unnamed source's words come inside the clause of "reported that ..." (after it)."""
    relay = _REPORTED_THAT.search(text)
    return relay is not None and any(text.lower().find(c.lower(), relay.end()) >= 0 for c in unnamed)


def _credit_source(r: _Reading, sent: _Sentence, inside: list[Found], src: _Source) -> None:
    """The sentence credited to its source: one not named (passed on or quoted by a named outlet), several,
    or one named speaker with the hedges that stay beside it."""
    text, body_start, e, sentences, found = r.text, sent.start, sent.end, r.sentences, r.found
    if src.kind == "unnamed":
        sent.unnamed = True
        if src.verb not in sent.cues.get("reported", []):
            sent.cues.setdefault("reported", []).append(src.verb)
        relayed = _relayed_source(text, body_start, e, inside) if not sent.quote else None
        if relayed is not None and relayed.kind.startswith(("pronoun:", "possessive:", "anaphor")):
            # "The coalition said ..., Saudi state media reported": the coalition named before
            relayed = _resolve_pronoun(relayed, sentences, text, body_start, found, e)
        if relayed is not None and relayed.name:  # "Iran's president warned ..., state media reported"
            sent.speaker, sent.speaker_kind = relayed.name, relayed.kind
        elif src.verb in ("quoted", "cited") and (
            not sent.quote or _QUOTE_THEN_RELAY.search(text, body_start, e)
        ):
            # "..., Bernama quoted one of the sources as saying": the one not named speaks through the
            # outlet named, which the sentence is credited to (round 59), staying reported
            quoter = _quoting_relay(text, body_start, e, inside)
            if quoter is not None:
                sent.speaker, sent.speaker_kind = quoter.name, quoter.kind
    elif src.kind in (
        "several",
        "seat",
    ):  # "France, Germany and the UK voiced support": several, none named alone
        sent.cues["attributed"] = [src.verb]
        sent.cues.pop("reported", None)
    elif src.name and _named_pair(text, body_start, e, inside, src.name):
        # "..., Le Monde and France Info reported": two named sources, none alone (round 65); "CBS News and
        # Fox News reported unnamed officials confirming" stays the unnamed officials' (round 53)
        sent.cues["attributed"] = [src.verb]
    elif src.name and _other_source(sent.text, src.name):
        # "X has accused Maduro ..., but the leftist leader denies ...": two sources, none alone
        sent.cues["attributed"] = [src.verb]
        sent.cues.pop("reported", None)
    elif src.name:
        sent.speaker, sent.speaker_kind = src.name, src.kind
        sent.relative = src.verb.startswith("who ")
        sent.cues["attributed"] = [src.verb]
        hedges = [
            c
            for c in sent.cues.get("reported", [])
            # "a Fox News report" is the outlet's, no "news report" of no one's
            if c != src.verb
            and not src.name.lower().endswith(" " + c.split()[0].lower())
            # "A UN report said", "a new Amnesty International study said": the paper its maker's name qualifies
            and not (
                _DOCUMENT_CUE.match(c)
                and re.search(rf"{re.escape(src.name)}(?:['’]s)?\s+(?:[a-z]+\s+)?{re.escape(c)}", sent.text)
            )
            # "days after it revealed apparent progress": the adjective doubts a detail, not who said it
            and c.lower() != "apparent"
            # "an AFP tally based on official announcements and media reports": what the count rests on
            and not any(c in b.group() for b in _BASED_ON.finditer(sent.text))
        ]
        also = _AND_UNNAMED.search(sent.text) if src.verb == "according to" else None
        if also:  # "according to a notice by X and a separate security source": one not named too
            hedges.append(also.group().strip())
        hedges.extend(_unnamed_clause(sent.text, src.name))
        hedges.extend(_citing_unnamed(text, body_start, e, inside))  # round 68
        if src.verb != "according to":
            hedges.extend(_unnamed_beside(text, body_start, e, inside, src.name))
        hedges.extend(_group_beside_named(text, body_start, e, src.name))  # round 77
        if hedges:
            sent.cues["reported"] = hedges
        else:
            sent.cues.pop("reported", None)


# a paper's words as a cue ("report said", "study found"): its maker's when the maker's name qualifies it
_DOCUMENT_CUE = re.compile(rf"(?:{DOCUMENT_NOUNS})s?\b", re.I)


def _quote_goes_on(r: _Reading, sent: _Sentence) -> None:
    """A quoted sentence with no cue of its own but a forecast goes on from the sentence before (or the one
    before a text it introduces): a named speaker's quote, else an unnamed source's, from the paragraph
    before at most."""
    para, sentences = r.para, r.sentences
    prev = sentences[-1]
    reach = para - 1  # the paragraph a quote may go on from
    if _TEXT_FOLLOWS.match(prev.text) and len(sentences) > 1 and not prev.cues:
        # "She said that ... / Here is the text of the statement: / "A message from Venezuela ...": the
        # text the outlet introduces is the one who spoke before it (round 34)
        prev, reach = sentences[-2], prev.para - 1
    # a person's quote goes on; so does an institution's, when its own sentence was a quotation
    quoted = prev.quote or bool(re.search(r"[\"“”]", prev.text))
    # ... and so does a statement an institution's sentence just before in the paragraph introduced ("...,
    # a spokesperson for Russia's investigative committee said. / "Investigators are pursuing ...")
    same = prev.para == para and sent.text[:1] in _QUOTE_OPEN
    if (_personal(prev) or (prev.speaker and (quoted or same))) and prev.para >= reach and not prev.relative:
        sent.speaker, sent.speaker_kind = prev.speaker, prev.speaker_kind  # the quote goes on
        sent.cues["attributed"] = ["quote"]
    elif (
        (prev.unnamed or (prev.cues.get("reported") and not prev.speaker))
        # a quotation opening right after an unnamed source's report ("..., state television reported.
        # / "Three satellites were launched ...," ...") goes on with it
        and (
            prev.quote
            or (
                sent.text[:1] in _QUOTE_OPEN
                and prev.unnamed
                # not when the sentence has its own speech verb ('"...," said merchant X': its speaker)
                and not SPEECH.search(_QUOTATION.sub(" ", sent.text))
            )
        )
        and prev.para >= para - 1
    ):
        sent.cues["reported"] = ["quote"]  # the unnamed source's quote goes on
        sent.unnamed = True


def _group_cues(r: _Reading, sent: _Sentence, inside: list[Found]) -> None:
    """A group as subject ("The protesters argue") or as judge ("was long accused by critics") is an
    unnamed source; a named source beside an unnamed one ("according to X and a source") speaks."""
    text, body_start, e = r.text, sent.start, sent.end
    group = _group_subject(text, body_start, e, inside) if not sent.quote else ""
    if not group and not sent.quote and not sent.cues and not sent.speaker:
        group = wider_group_subject(text, body_start, e, inside)  # "The protesters argue" (round 117)
    # round 68: "was long accused by critics": a group judges the one the sentence is about, who is no source
    # and whom a "he said" after it still means (so the sentence is not marked as an unnamed source's)
    judged_by = _judged_by_group(text, body_start, e, inside) if not sent.quote and not group else ""
    # round 65: "Most of the international community says", "Advocates have criticized ..., saying"
    if group or judged_by:
        sent.cues.setdefault("reported", []).append(group or judged_by)
        if sent.speaker and (
            re.search(rf"\b{re.escape(sent.speaker)}\b", group or judged_by)
            # round 105: "Maduro loyalists insist" read as Nicolás Maduro's: the group's name, not its speaker
            or (group and re.search(rf"\b{re.escape(sent.speaker.split()[-1])}\s+[a-z]+s\b", group))
        ):
            sent.speaker, sent.speaker_kind = "", ""
        sent.unnamed = sent.unnamed or (not sent.speaker and bool(group))
    if sent.unnamed and not sent.speaker and not sent.quote:  # round 43
        beside = _named_beside_unnamed(text, body_start, e, inside) or _named_in_according_list(
            text, body_start, e, inside
        )
        if beside is not None:
            sent.speaker, sent.speaker_kind = beside.name, beside.kind


def _under_label(r: _Reading, sent: _Sentence, inside: list[Found]) -> None:
    """A speaker's label on a line of its own ("RUSSIA FOREIGN MINISTRY:") credits the paragraph right
    under it and the quotations below (r.header), until a later paragraph that is no quotation."""
    text, body_start, e, para = r.text, sent.start, sent.end, r.para
    label = (
        _speaker_label(text, body_start, e, inside) or capital_label(text, body_start, e, inside)
        if not sent.cues
        else None
    )  # capital_label: round 114
    if label is not None:
        r.header = (*label, para)  # "RUSSIA FOREIGN MINISTRY:" on a line of its own: who speaks below
    elif (
        r.header is not None
        and (sent.quote or para == r.header[2] + 1)
        and not sent.speaker
        and not sent.unnamed
    ):
        # the quotations under a speaker's label ("Following are reactions ...: RUSSIA FOREIGN MINISTRY:")
        sent.speaker, sent.speaker_kind = r.header[0], r.header[1]
        sent.cues["attributed"] = ["quote"]
    elif r.header is not None and not sent.quote and para > r.header[2] + 1:
        r.header = None


def _close_sentence(sent: _Sentence) -> None:
    """Page furniture addressed to the reader ("you may need to disable it") forecasts and reports nothing;
    a non-verification is marked meta (moved onto the claim it refers to by _mark_meta_targets)."""
    if not sent.speaker and not sent.unnamed and _TO_THE_READER.search(_QUOTED.sub(" ", sent.text)):
        sent.cues.pop("speculative", None)  # "you may need to disable it": page furniture, no forecast
        sent.cues.pop("reported", None)
    if "unverified" in sent.cues:
        sent.meta = _is_meta(sent.text, sent.cues["unverified"][0])


def _claims(page: Page, title_sent: _Sentence | None, item_id: str) -> list[Claim]:
    """One claim per flagged sentence (a non-verification is none), quoting the text as written; a headline no
    reader flagged that quotes a judgement no one owns is `reported`."""
    sentences, written = page.sentences, page.written
    claims = []
    for sent in sentences:
        if sent.meta:
            continue
        if sent is title_sent and not sent.cues and (pred := headline_predicate_quote(sent.text)):
            sent.cues["reported"] = pred  # "as blockade 'in full effect'": a quoted judgement no one owns
        status = next((st for st in STATUSES if sent.cues.get(st)), "")
        if not status:
            continue
        read, wrote = page.text[sent.start : sent.end], written[sent.start : sent.end]
        cues = [_as_written(c, read, wrote) for st in STATUSES for c in sent.cues.get(st, [])]
        claims.append(
            Claim(
                written[sent.start : sent.end][:MAX_CLAIM_CHARS],
                status,
                tuple(dict.fromkeys(cues)),
                # "Iran's  prosecutor general": a spaced possessive read closed leaves its space after it
                " ".join(sent.speaker.split()),
                item_id=item_id,
            )
        )
    return claims


def _as_written(cue: str, read: str, wrote: str) -> str:
    """A cue as the sentence writes it: the verb of '"...," Tomas Lind enthused' is read "said" (plain_quote_tail,
    the same offsets), and the reader is shown "enthused"; any other cue is the text's own."""
    if read == wrote or re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", wrote, re.I):
        return cue  # a Title Case headline read in lower case keeps the cue it always had
    at = re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", read)
    verb = re.match(r"[\w’'-]+", wrote[at.start() :]) if at is not None else None
    return verb.group() if verb is not None else cue


_NAME_GOES_ON = re.compile(r"[ \t]+([A-Z][\w’'-]+)")
_POSSESSIVE_NAME_GOES_ON = re.compile(r"['’]s(?:[ \t]+[A-Z][\w’'-]+){1,3}(?=[ \t]+[a-z]|[,.;:]|$)")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z’'-]+)[ \t]+$")


# a capitalised word after a one-word name, then a description of a person: "Tasnim Jara, a doctor who"
_FIRST_NAME_OF = re.compile(r"[ \t]+([A-Z][a-z’'-]+)(?=,\s+(?:a|an|who)\s)")


# a capitalised weekday right before a name: "presidential spokesperson Sunday Dare"
_WEEKDAY_BEFORE = re.compile(r"\b([A-Z][a-z]+day)\s+$")


def _whole_names(text: str, found: list[Found]) -> list[Found]:
    """Person spans that stop inside a longer name end with it: "Nicolas Maduro Guerra" is not the "Nicolas Maduro"
    a watch-list alias matched in it, nor the one the model cut short (a capitalised word that is no common English
    word, title or other name goes on with the name)."""
    out: list[Found] = []
    surnames = {f.name.split()[-1]: f.name for f in found if f.kind == "person" and " " in f.name}
    for i, f in enumerate(found):
        if f.kind == "place" and f.name in surnames and text[f.start : f.end] == f.name:
            # "Rubio says ..." where the text names Marco Rubio: his surname, not the town of that name
            out.append(Found(f.start, f.end, surnames[f.name], "person"))
            continue
        weekday = (
            _WEEKDAY_BEFORE.search(text, max(0, f.start - 15), f.start)
            if f.kind in ("person", "organisation") and not f.listed and " " not in f.name
            else None
        )
        if (
            weekday
            and weekday.group(1).lower() in _WEEKDAYS
            and after_lower_title(text, weekday.start(1))
            and not (out and out[-1].end > weekday.start(1))
        ):
            # "presidential spokesperson Sunday Dare said": a weekday after a title is the first name the model
            # read as a date (forty-fourth session)
            out.append(Found(weekday.start(1), f.end, text[weekday.start(1) : f.end], "person"))
            continue
        first = _FIRST_NAME_BEFORE.search(text, max(0, f.start - 30), f.start) if f.demonym else None
        if (
            first
            and not (out and out[-1].end > first.start(1))
            and first.group(1).lower() not in TITLE_WORDS
            and common_word(first.group(1)) < 3.5
            and not _NAME_GOES_ON.match(text, f.end)
        ):  # "UN rights chief Volker Turk": a demonym after a first name is a surname, the two a person
            out.append(Found(first.start(1), f.end, text[first.start(1) : f.end], "person"))
            continue
        end = f.end
        whole = _acronym_confirmed(text, f, found[i + 1 : i + 4])
        if whole is not None:
            out.append(whole)
            continue
        owned = _POSSESSIVE_NAME_GOES_ON.match(text, end) if f.kind == "organisation" else None
        if owned and not any(g.start < owned.end() and g.end > f.end for g in found[i + 1 : i + 4]):
            # "Lloyd's List Intelligence" the model cut to "Lloyd": capitalised words after the possessive go on
            out.append(Found(f.start, owned.end(), text[f.start : owned.end()], f.kind))
            continue
        first_name = _FIRST_NAME_OF.match(text, end) if f.kind in ("outlet", "organisation") else None
        if (
            first_name
            and " " not in text[f.start : f.end]
            and not english_word(first_name.group(1))
            and first_name.group(1).lower() not in TITLE_WORDS
            and not any(
                g.start < first_name.end(1) and g.end > first_name.start(1) for g in found[i + 1 : i + 4]
            )
        ):  # "Tasnim Jara, a doctor who ...": an outlet's one-word name is a person's first name (round 32)
            out.append(Found(f.start, first_name.end(1), text[f.start : first_name.end(1)], "person"))
            continue
        if f.kind == "person":
            while (m := _NAME_GOES_ON.match(text, end)) and m.end() - f.start < 60:
                word = m.group(1)
                if (
                    english_word(word)
                    or word.lower() in TITLE_WORDS
                    or any(g.start < m.end() and g.end > m.start(1) for g in found[i + 1 : i + 4])
                ):
                    break
                end = m.end()
        out.append(f if end == f.end else Found(f.start, end, text[f.start : end], "person"))
    return out


def _acronym_confirmed(text: str, f: Found, next_found: Sequence[Found]) -> Found | None:
    """An organisation the model cut before "and" or "of" whose name goes on to an acronym of its words ("US
    Immigration and Customs Enforcement (ICE)"): the whole name (round 35); None when the acronym is not the
    initials of the words that end the longer name, or another name stands in them ("X and Red Cross (ICRC)")."""
    if f.kind not in ("organisation", "unit") or text[f.start : f.end] != f.name:
        return None
    m = _GOES_ON_TO_ACRONYM.match(text, f.end)
    if m is None or any(g.start < m.end(1) and g.end > f.end for g in next_found):
        return None
    words = [w for w in text[f.start : m.end(1)].split() if w.lower() not in _ACRONYM_SKIPS]
    initials = "".join(w[0] for w in words).upper()
    if len(words) < 3 or not initials.endswith(m.group(2)) or len(m.group(2)) < len(words) - 1:
        return None
    return replace(f, end=m.end(1), name=text[f.start : m.end(1)])


def _kind_of_name(body: str, name: str) -> bool:
    """Whether `body` is the one-word `name` with its institution's kind noun after it, and at most two
    capitalised words before ("U.S. Treasury Department" for "Treasury"), not a name that goes on with more words."""
    words = body.split()
    return (
        " " not in name
        and 2 <= len(words) <= 4
        and words[-2] == name
        and words[-1].lower() in INSTITUTION_NOUNS
        and words[-1][:1].isupper()
        and all(w[:1].isupper() for w in words[:-2])
    )


_TITLE_CASE_WORD = re.compile(r"(?<![\w’'.-])[A-Z][a-z’']+(?![\w’'-])")


def _sentence_case(text: str, title_end: int, found: Sequence[Found]) -> str:
    """The text with a Title Case headline's common words in lower case ("US Says It Is Mobilizing" -> "US says
    it is Mobilizing"), so its verbs read as verbs; names, found or not common, keep their capitals (same length)."""
    words = list(_TITLE_CASE_WORD.finditer(text, 0, title_end))
    long = re.findall(r"[^\W\d_][\w’'-]{3,}", text[:title_end])[1:]
    if len(long) < 3 or sum(w[0].isupper() for w in long) < 0.75 * len(long):
        return text  # a headline in sentence case: its capitals mark names
    out = list(text)
    for w in words:
        if (
            text[: w.start()].strip(" '\"‘“")
            and english_word(w.group())
            and not any(f.start < w.end() and f.end > w.start() for f in found)
        ):
            out[w.start()] = w.group()[0].lower()
    return "".join(out)


_TO_THE_READER = re.compile(r"\b(?:you|your)\b", re.I)  # outside quotes: the text speaks to its reader
# "Venezuela 's President": a name's possessive written apart from it (the apostrophe, then "s" and no more letters)
_SPACED_POSSESSIVE = re.compile(r"(?<=\w) (['’]s)(?!\w)")
_SPACED_STOP = re.compile(r"(?<=\w) ([,;:])(?=\s)")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


_NO_COMMENT = re.compile(
    r"\b(?:did\s+not|didn['’]t|declined\s+to|could\s+not\s+be\s+reached\s+for)\s+(?:immediately\s+)?"
    r"(?:comment|respond|reply)\b",
    re.I,
)


# "... verify the reported attack or photographs of what Saldo's press service said was the aftermath" (round 59)
_WHAT_WAS_SAID = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,4}?(?:said|says|claimed|claims|described)\b")
_NO_COMMENT_GIVEN = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:official\s+)?(?:comment|response|reaction)\b|" + _NO_COMMENT.pattern, re.I
)


_CLOSING_IT_SAID = re.compile(r"[,\"”]\s+it\s+(?:said|says|added|adds)\b[^.;\"“”]{0,80}[.!]?\s*$")


def _unnamed_spoke_last(said: _Source, sentence: str, before: list[_Sentence], para: int) -> bool:
    """Whether a closing "..., it said" goes on with a source no one is named for: the last sentence before it, in
    its paragraph or the one before, that has a source has an unnamed one (round 105; not an opening "It has also
    condemned", whose "it" is the sentence's subject, often the state the item is about)."""
    if said.kind != "pronoun:it" or not _CLOSING_IT_SAID.search(sentence):
        return False
    last = next((b for b in reversed(before) if b.speaker or b.unnamed or b.cues.get("attributed")), None)
    return last is not None and last.para >= para - 1 and last.unnamed and not last.speaker


def _unnamed_owner(
    said: _Source, before: list[_Sentence], found: Sequence[Found], start: int, end: int
) -> bool:
    """Whether "his lawyer said" that refers to no one is the agent of someone not named: no person or body is named
    in the sentence or the one before ("The man denied the allegations, his lawyer told the court"; not "during Combs's
    incarceration ..., his lawyers said", round 105)."""
    if not said.kind.startswith("possessive:"):
        return False
    since = before[-1].start if before else start
    return not any(f.kind in ("person", "organisation", "unit") and since <= f.start < end for f in found)


# the unverified thing as the subject of a verb that tells something, and what it tells: "Unconfirmed reports said
# the minister had resigned", "unverified footage appeared to show troops ..."
_UNVERIFIED_SAYS = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:said|says|say|suggested|suggests|suggest|showed|shows|show|claimed|claims|claim|"
    r"indicated|indicates|indicate|(?:appeared|appears|appear|seemed|seems|seem)\s+to\s+show)\s+(?:that\s+)?[\w\"“]"
)


def _is_meta(sentence: str, cue: str) -> bool:
    """A sentence that only says something else was not verified ('Reuters could not verify the report.')."""
    at = sentence.lower().find(cue)
    before, after = sentence[:at], sentence[at + len(cue) :]
    if re.match(r"^there\s+(?:was|is|has\s+been)\s+no\b", sentence, re.I):
        return True
    if re.search(r",\s*(?:which|that)\b[^,]*$", before) and re.match(r"[^,]*,\s*\w", after):
        return (
            False  # "The footage, which Reuters was unable to verify, appeared to show ...": the claim itself
        )
    if cue in ("unconfirmed", "unverified", "uncorroborated") and (
        re.match(r"\s+\w+\s*,\s*\w", after) or re.search(r"\baccording\s+to\s+(?:\w+\s+)?$", before, re.I)
    ):
        return False  # "According to unconfirmed reports, the minister has resigned": the claim itself
    if cue in ("unconfirmed", "unverified", "uncorroborated") and _UNVERIFIED_SAYS.match(after):
        return False  # "Unconfirmed reports said the minister had resigned": the claim itself, what they say
    clause = re.search(r"(?:,\s*(?:and|but)|;)\s+([^,;]*)$", before)
    if clause and _NO_COMMENT.search(before[: clause.start()]):
        before = clause.group(
            1
        )  # "Israel did not immediately comment, and Reuters could not verify the toll"
    if len(before.split()) > 6:
        return False
    return (
        bool(_REFERENCE.search(after) or _REFERENCE.search(before) or _WHAT_WAS_SAID.search(after))
        or len(sentence.split()) <= 12
    )


def _is_claim(sent: _Sentence) -> bool:
    return bool(sent.speaker or sent.cues) and not sent.meta


_THEIR_CLAIM = re.compile(
    r"^['’]s?\s+(?:\w+\s+)?(?:claims?|reports?|allegations?|assertions?|statements?|accounts?|figures?|"
    r"remarks|comments?|version|words)\b",
    re.I,
)


def meta_text_after(meta: _Sentence, f: Found) -> str:
    """What follows a name in a non-verification: "Budanov's claim" -> "'s claim"."""
    at = f.end - meta.start
    return meta.text[at : at + 40] if 0 <= at <= len(meta.text) else ""


# the whole of a person's account, not one claim: "all the details of Badawi's account", "his claims" (round 59)
_WHOLE_ACCOUNT = re.compile(
    r"^['’]s?\s+(?:\w+\s+)?(?:accounts?|claims|reports|allegations|assertions|statements|remarks|comments)\b",
    re.I,
)
_WHAT_SAID = re.compile(r"^(?:['’]s?\s+(?:[a-z]+\s+){0,2}?)?(?:said|says|claimed|claims|called|described)\b")
# every report told before it: "Reuters could not independently verify the reports." (round 57)
_THE_REPORTS = re.compile(r"\b(?:the|these|those|such)\s+reports\b", re.I)  # not "the battlefield reports"
# what a non-verification is about when no reference noun names it: "The model of the destroyed device could not
# be verified", "the date of the footage showing ..." (round 59): the noun after "of the"
_OF_THE_THING = re.compile(r"\bof\s+(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?([a-z]{4,})\b")


def _account_of(sentences: list[_Sentence], i: int, name: str) -> list[_Sentence]:
    """Every claim of `name` before sentence i in the excerpt: those credited to the person, and those that name the
    person with no one else named ("Badawi's home ... was destroyed, he and a relative said")."""
    last = name.split(" ")[-1]
    account: list[_Sentence] = []
    for j, s in enumerate(sentences[1:i], 1):
        if not _is_claim(s):
            continue
        if s.speaker == name or (
            not s.speaker and re.search(rf"\b{re.escape(last)}\b", _QUOTED.sub(" ", s.text))
        ):
            account.append(s)
        elif (
            not s.speaker
            and account
            and account[-1] is sentences[j - 1]
            and s.para <= account[-1].para + 1
            and _PRONOUN_SAID.search(_QUOTED.sub(" ", s.text))
        ):
            # "Morgan Smith, ..., turned to ... / After her wallet ... was stolen, ..., she said" (round 59): the
            # account goes on in the pronoun's sentence just after it, whose speaker no one else is
            s.speaker = s.speaker or name
            account.append(s)
    return account


_PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:" + "|".join(SAID_TOLD_ADDED) + r")\b")
# "the source said": an unnamed source told again by its noun (_same_report)
_NOUN_SAID = re.compile(r"\b(?:the|this|that)\s+([a-z]{4,})\s+(?:" + "|".join(SAID_TOLD_ADDED) + r")\b")


def _reports_before(sentences: list[_Sentence], i: int) -> list[_Sentence]:
    """The claims told before sentence i, back to the headline or an earlier non-verification, at most seven
    sentences back (only its own paragraph's when claims come before it there); from the first that a source
    reported, when one did."""
    start = max(1, i - 7)
    for j in range(i - 1, start - 1, -1):
        if sentences[j].meta:
            start = j + 1
            break
    own = [j for j in range(start, i) if sentences[j].para == sentences[i].para and _is_claim(sentences[j])]
    start = own[0] if own else start  # "Putin has told ... The battlefield reports could not be verified."
    # "..., the Telegram channels Baza and Shot Telegram reported." (round 4): the reports are those a source
    # reported, not the committee's statement before them
    told = [
        j
        for j in range(start, i)
        if re.search(r"\breport(?:ed|s)\b(?!\s+(?:by|of|from|that)\b)", sentences[j].text)
    ]
    start = told[0] if told else start
    return [s for s in sentences[start:i] if _is_claim(s) and (s.speaker or set(s.cues) - {"speculative"})]


def _mark_target(sentences: list[_Sentence], i: int, inside: Sequence[Found]) -> None:
    """Move a non-verification onto the claim(s) it refers to: that person's last claim (all of them for "X's
    account"), else the ones before."""
    meta = sentences[i]
    people = [
        f
        for f in inside
        if f.kind in SPEAKER_KINDS - {"outlet"} and _THEIR_CLAIM.match(meta_text_after(meta, f))
    ]
    # "... or photographs of what Saldo's press service said was the aftermath" (round 59): what a person said is
    # that person's account, every claim of theirs before it
    said_what = [
        f
        for f in inside
        if f.kind in SPEAKER_KINDS - {"outlet"}
        and f not in people
        and _WHAT_SAID.match(meta_text_after(meta, f))
        and re.search(r"\bwhat\s+(?:the\s+)?$", meta.text[: max(0, f.start - meta.start)])
    ]
    targets: list[_Sentence] = []
    for f in people + said_what:
        name = f.name
        target = next((s for s in reversed(sentences[:i]) if s.speaker == name), None) or next(
            (s for s in reversed(sentences[:i]) if name in s.text or name.split(" ")[-1] in s.text), None
        )
        if target is not None:
            if not target.speaker:
                target.speaker = name
            targets = [target]
            if f in said_what or _WHOLE_ACCOUNT.match(meta_text_after(meta, f)):
                targets = _account_of(sentences, i, name) or targets
            break
    if not targets and _THE_REPORTS.search(meta.text):
        targets = _reports_before(sentences, i)
    if not targets:
        plural = re.search(
            r"\b(?:reports|accusations|claims|allegations|assertions|figures|statements)\b", meta.text
        )
        # "The claims have not been verified" may refer back over one-sentence paragraphs
        window = [
            s
            for s in sentences[max(0, i - 3) : i]
            if s.para >= meta.para - (2 if plural else 1)
            # "There was no immediate official comment from Ukraine about the attack." (before "Reuters could not
            # independently verify the report"): a comment not given is nothing the outlet could check
            and not _NO_COMMENT_GIVEN.search(s.text)
        ]
        claims_before = [s for s in window if _is_claim(s)]
        ref = _REFERENCE.search(meta.text)
        noun = ref.group().split()[-1].lower().rstrip("s") if ref else ""
        thing = _OF_THE_THING.search(meta.text) if not ref else None
        noun = noun or (thing.group(1).rstrip("s") if thing else "")
        # the thing named may lie a paragraph further back ("the footage showing fragments of a device" after
        # "The ministry did not explain ...", round 59); a claim naming it before any other sentence
        wider = [s for s in sentences[max(1, i - 5) : i] if s.para >= meta.para - 2 and not s.meta]
        named = [t for t in wider if noun and len(noun) > 3 and re.search(rf"\b{noun}", t.text, re.I)]
        named = [t for t in named if _is_claim(t)] or [t for t in named if t in window]
        if named and noun not in ("report", "claim", "accusation", "allegation", "statement"):
            targets = named[-1:]  # "Reuters could not verify the videos": the sentence about the videos
            if ref is not None and ref.group().lower().endswith("s"):
                # "the numbers of casualties ... reported by ... rights groups": that sentence's and the claims
                # told after it (one group's toll, then another's)
                targets += [c for c in claims_before if sentences.index(c) > sentences.index(named[-1])]
        elif claims_before:
            # a claim that itself answers "the accusations" is not the accusation (the one before it is)
            answers = [
                c
                for c in claims_before
                if noun and re.search(rf"\b(?:the|these|those|such)\s+{noun}s?\b", c.text, re.I)
            ]
            if answers and len(answers) < len(claims_before):
                claims_before = [c for c in claims_before if c not in answers]
            targets = claims_before[-2:] if plural else claims_before[-1:]
            if not plural:
                targets = _same_report(sentences, targets[0]) + targets
        elif _owned_thing_claim(meta.text, wider) is not None:
            targets = [_owned_thing_claim(meta.text, wider)]  # type: ignore[list-item]
        elif window:
            targets = window[-1:]
    if not targets:
        meta.meta = False
        return
    for target in targets:
        target.cues["unverified"] = meta.cues["unverified"] + target.cues.get("unverified", [])


# what is not confirmed is a named person's property: "North Korea has never confirmed Ju Ae's age"
_OWNED_THING = re.compile(rf"{_VERIFY}\s+(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})['’]s\s+[a-z]+\b")


def _owned_thing_claim(meta: str, wider: list[_Sentence]) -> _Sentence | None:
    """The claim a non-verification of someone's property refers to when no claim lies just before it: the last
    claim a paragraph or two back naming that owner when the sentence just before does not, not the plain one between
    (round 62: "Kim Ju Ae, who is believed to have been born in the early 2010s, ..." / "Kim visits ..." / "North
    Korea has never confirmed Ju Ae's age.")."""
    m = _OWNED_THING.search(meta)
    owner = m.group("owner") if m else None
    if owner is None or not wider or re.search(rf"\b{re.escape(owner)}\b", wider[-1].text):
        return None  # "his battlefield assertion": the person of the sentence just before
    return next(
        (t for t in reversed(wider) if _is_claim(t) and re.search(rf"\b{re.escape(owner)}\b", t.text)), None
    )


def _office_of(said: _Sentence, target: _Sentence, told: Sequence[_Sentence]) -> bool:
    """Whether `said`'s speaker is the office the next sentences give as the title of `target`'s speaker ("..., the
    governor said." before "Governor Vyacheslav Gladkov said ...", round 65)."""
    if said.speaker_kind != "phrase" or not said.speaker or not target.speaker:
        return False
    office = re.escape(said.speaker.split()[-1])
    return any(
        re.search(rf"\b{office}\s+{re.escape(target.speaker)}\b", t.text, re.I) for t in [*told, target]
    )


def _same_report(sentences: list[_Sentence], target: _Sentence) -> list[_Sentence]:
    """The report that goes on in the sentence before: "Bernama reported last week that ..." before "A preliminary
    review found ..., Bernama quoted one of the sources as saying." (round 59): the claims just before whose named
    source the target, credited to no one named, names again."""
    at = sentences.index(target)
    found: list[_Sentence] = []
    plain = _QUOTED.sub(" ", target.text)
    # "..., the source said" after "The Gulf source said ...": an unnamed source told again by its noun
    noun = _NOUN_SAID.search(plain)
    for s in reversed(sentences[max(1, at - 2) : at]):
        if s.para < target.para - 1 or not _is_claim(s):
            break
        if target.speaker and not target.unnamed and not target.quote:
            # "Governor X said ... the two injured were hospitalised. Firefighters put out the fire, he added." then
            # "Reuters was unable to independently verify the report." (round 65): the named source's report goes on
            # over the sentences just before that it speaks (a target relayed by a named outlet is still credited to
            # no one named: "..., Bernama quoted one of ...")
            if s.quote or (s.speaker != target.speaker and not _office_of(s, target, found)):
                break
            found.insert(0, s)
            continue
        if s.speaker and re.search(rf"\b{re.escape(s.speaker.split(' ')[-1])}\b", plain):
            found.insert(0, s)  # the target names the source of the claim before it again
        elif not s.speaker and noun and re.search(rf"\b{noun.group(1)}\s+(?:said|says|told)\b", s.text, re.I):
            found.insert(0, s)
        else:
            break
    return found


# --- corroboration -----------------------------------------------------------------------------------------------


def corroborate(
    claims: Sequence[Claim], texts: dict[str, str], publisher: dict[str, str], threshold: float = 0.4
) -> list[Claim]:
    """Claims with `corroborated` set when a sentence of another publisher's item says much the same."""
    if len({publisher.get(c.item_id, c.item_id) for c in claims} | set(publisher.values())) < 2:
        return list(claims)
    postings: dict[str, list[int]] = defaultdict(list)
    others: list[tuple[str, set[str]]] = []
    for item_id, text in texts.items():
        for s, e in split_sentences(text):
            words = content_words(text[s:e])
            if len(words) < 4:
                continue
            for w in words:
                postings[w].append(len(others))
            others.append((publisher.get(item_id, item_id), words))
    out = []
    for c in claims:
        words = content_words(c.text)
        mine = publisher.get(c.item_id, c.item_id)
        shared: Counter[int] = Counter()
        for w in words:
            post = postings.get(w, [])
            if len(post) <= 200:
                shared.update(post)
        hit = False
        # the 20 sentences sharing most words, ties by position: not by the order a set of words was read in (one
        # sharing fewer than 4 never counts, so it is left out before ranking: the same ones are read, in order)
        strong = [r for r in shared.items() if r[1] >= 4]
        for j, n in heapq.nsmallest(20, strong, key=lambda r: (-r[1], r[0])):
            pub, other = others[j]
            if pub == mine:
                continue
            if n / len(words | other) >= threshold or n / min(len(words), len(other)) >= 0.7:
                hit = True
                break
        out.append(replace(c, corroborated=hit) if hit else c)
    return out
