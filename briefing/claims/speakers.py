"""Claim speakers: the passes over a whole item's sentences once each sentence's own speaker is read.

Quotations that go on from a speaker named before or after them, across sentences and paragraphs; spokespersons,
papers and platforms; several sources with none alone; a speaker's label line; a state's view told with no source;
and the passes that labelling rounds added (rounds 51, 56, 60, 66, 94). The readers they build on: claims.nouns
(shared words), claims.subjects and claims.verbs (inside one sentence), claims.offices, claims.bodies, claims.lookback
(what refers back) and claims.unnamed (sources not named). The cue tables live in claims.status; what a headline
credits is claims.headlines'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing.actors import DESCRIPTORS, TITLE_WORDS, Found
from briefing.actors.spans import name_case
from briefing.claims.bodies import (
    _GENERIC_BODIES,
    _body_named_before,
    _issuer_after,
    _opening_body_of,
    _opening_state,
)
from briefing.claims.lookback import _object_of
from briefing.claims.nouns import (
    _HEAD_TITLES,
    _PERSON_TITLES,
    _PLAIN_SPEECH,
    _QUOTATION,
    _QUOTE_OPEN,
    _SPOKES_WORD,
    INSTITUTION_NOUNS,
    PEOPLE_NOUNS,
    _open_quotation,
    _paragraph_before,
    _person_like,
    _personal,
    _quoted_at,
    _quoted_spans,
    _saying,
    _Source,
    _speaker_ok,
    _still_quoting,
    _unnamed,
    _words,
    strip_dateline,
)
from briefing.claims.status import (
    COORDINATED_SPEECH_VERBS,
    SAID_STATED_NOTED,
    SAID_TOLD_ADDED,
    SAID_TOLD_WROTE,
    SPEECH,
    STATUSES,
    Page,
    _blank,
    _outside_quotes,
    _Sentence,
)
from briefing.claims.subjects import _noun_phrase_after
from briefing.claims.unnamed import _kind_of_people
from briefing.text import MONTH

# "Below are a selection." / "Here are key comments made after the meeting:" then quotations whose speakers the text
# does not reach (rounds 45 and 46): a list's quotations credited to no one named, as an unsigned quote
_LIST_NOUNS = r"(?:comments|reactions|remarks|quotes|quotations|statements|tributes|excerpts|selection)"
_QUOTE_LIST_OPENER = re.compile(
    rf"^(?:the\s+)?(?:below|here|following)\s+(?:are|is)\b[^.;]*?\b{_LIST_NOUNS}\b|\b{_LIST_NOUNS}\b[^.;]*:\s*$",
    re.I,
)


def _unsigned_quote_list(page: Page) -> None:
    """Quotations after a list's opening line, with no speaker of their own, are `reported` (no one named)."""
    sentences = page.sentences
    listing = False
    for sent in sentences[1:]:
        if not sent.quote:
            listing = not sent.cues and bool(_QUOTE_LIST_OPENER.search(sent.text))
        elif listing and not sent.cues and not sent.speaker:
            sent.cues["reported"] = ["quotation of no one named"]
            sent.unnamed = True


# ... or a lower-case clause with a verb: "Macron: allies will make commitments" (rounds 31 and 33), not a profile's
# "Nicolás Maduro: from bus driver to ..." or "Flattering Trump: a 2025 retrospective"
_NAME_COLON_LOWER = re.compile(
    r"([^:\n]{2,40}?)\s*:\s+(?=[A-Z\d]|[a-z][^\n]*?\b(?:will|would|must|should|can|cannot|could|may|might|is|are|"
    r"was|were|has|have|had|did|does|do|shall|wants|needs)\b)"
)
_NAME_COLON_QUOTE = re.compile(r"([^:\n]{2,60}?)\s*:\s*['‘\"“]")
_PAPER_CUE = re.compile(r"(?i)(?:report|study|survey|assessment|review|audit)s?\s+\w+")
# "The regiment denied ...": a definite singular noun as the whole subject of a speech verb (at the sentence's start)
_THE_NOUN_SAYS = re.compile(
    r"(?:the|The)\s+([a-z][a-z-]{2,}[a-rt-z])\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?"
    r"(said|says|denied|denies|stated|added|claimed|claims|insisted|insists|rejected|rejects|announced|reported|wrote)\b"
)
_WORD_BEFORE = re.compile(r"([\w’'.-]+)\W*$")


_STAFF = re.compile(r"(?:the\s+)?(?!general\b)[a-z]+(?:\s+[a-z]+)?\s+staff")
_REPORTED_BY_NONE = re.compile(r"(?<=[a-z]),?\s+reported\s+(?:in|at|near|across|along|off|from)\s")
# a headline that quotes what its subject did: "Russia 'strikes Ukraine before Christmas'", "Army 'shells villages'"
# (someone's claim, credited to the person the body names); not "urges X to address 'deepfakes'"
_QUOTED_VERB = re.compile(
    rf"(?:^|\s)(?:[A-Z][\w’'-]*|{'|'.join(sorted(PEOPLE_NOUNS))})\s+['‘]([a-z]+(?:s|ed))\b(?![’'])"
)


# a share of a group as the subject of what it said or thinks: a poll's figure, told by the outlet ("Nearly half
# (45%) of Americans said", "While 65% of Democrats cited it as ...", round 13's and 26's), not an unnamed source
_POLL_SHARE = re.compile(
    # (after a time first: "In 2024, 55% of Democrats said", "But in October of this year, just 36% ...", round 150)
    r"(?:(?:While|But|And|Yet|Only|Just)\s+)?(?:(?:[Ii]n|[Bb]y|[Aa]s\s+of|[Ll]ast|[Tt]his)\s+[\w ]{1,30},?\s+)?"
    r"(?:(?:While|But|And|Yet|Only|Just)\s+)?(?:(?:nearly|almost|about|around|roughly|just|only|more\s+than|over|"
    r"fewer\s+than|less\s+than|some)\s+)?(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|half|a\s+third|a\s+quarter|"
    r"one\s+in\s+\w+|two[\s-]thirds|three[\s-]quarters|a\s+majority|the\s+majority)(?:\s+\([^)]{1,20}\))?\s+of\s+"
    r"(?:the\s+|all\s+)?(?!(?:[\w-]+\s+){0,2}(?:officials?|sources?|diplomats?|witness(?:es)?|analysts?|experts?|"
    r"aides?|insiders?)\b)(?:[\w-]+\s+){1,3}?(?:also\s+)?(?:said|say|says|believe|believed|believes|think|thought|"
    r"cited|reported|told|described|called|named|chose|picked)\b",
    re.I,
)


# "German chancellor Friedrich Merz had pushed hard for ... but still said the final decision ...": a speech verb
# after "but/and" shares the clause's subject, a person after the office they hold (round 29)
_COORDINATED_LATER = re.compile(
    r"\s(?:but|and)\s+(?:also\s+|later\s+|then\s+|still\s+|nonetheless\s+|nevertheless\s+)?"
    r"(" + "|".join(COORDINATED_SPEECH_VERBS) + r")\b"
)


def _titled_coordinated(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """The titled person who opens a one-clause sentence whose speech verb follows "but/and" ('' if another)."""
    m = _COORDINATED_LATER.search(text, s, e) if " but " in text[s:e] or " and " in text[s:e] else None
    if m is None or re.search(r"[,;:\"“”()—–]", text[s : m.start()]) or not inside:
        return None
    first = next((f for f in inside if not f.demonym), inside[0])  # "German chancellor Friedrich Merz"
    titles = _words(text[s : first.start])
    if (
        first.kind == "person"
        and 1 <= len(titles) <= 3
        and titles[-1].lower() in TITLE_WORDS | _PERSON_TITLES | _HEAD_TITLES
        and not any(f.kind == "person" for f in inside if first.start < f.start < m.start())
    ):
        return _Source(first.name, "person", m.group(1))
    return None


# "Trump, Zelensky say ...", "Lewis and Eveleth said they were 90 percent certain": two people as one subject of the
# verb are several, no one speaker (as "Both Trump and Zelensky said", "France, Germany ... voiced support"); round 29
_TOGETHER_VERB = re.compile(
    r"\s+(?:also\s+|have\s+|had\s+|both\s+)*(?:say|said|agree|agreed|warn|warned|told|tell)\b"
)


# speech verbs set apart from their subject (round 33): "with Trump stating that", "Trump and his allies say", "a
# report by The Telegraph that said", "the leaders of several European countries ..., said"
_DISPLACED_VERB = (
    r"(?:say|says|said|stated|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|warn|warns|warned|"
    r"declared|alleged|announced|reported|told|added)\b"
)
_WITH_SAYING = re.compile(
    r"\bwith\s+(?P<subj>(?:[\w’'.-]+\s+){1,6}?)(?:saying|stating|adding|arguing|insisting|claiming|warning|noting|"
    r"declaring)\s+(?:that\b|it\b|[\"“])"
)
_AND_HIS_GROUP = re.compile(
    r"\band\s+(?:his|her|their|its)\s+(?:\w+\s+)?(?:allies|aides|advisers|advisors|supporters|backers|lawyers|"
    r"colleagues|partners|officials|ministers|team|government|administration)\s+(?:have\s+|had\s+)?"
    + _DISPLACED_VERB
)
_DOCUMENT_BY_THAT = re.compile(
    r"\b(?:report|article|story|investigation|interview|post|letter|statement|study|survey|analysis)\b"
    r"[^.;:\"“]{0,60}?\b(?:by|in|from)\s+(?P<by>[^.;:,\"“]{2,60}?)\s+(?:that|which)\s+(?:said|says|claimed|claims|alleged|"
    r"found|showed|reported|stated)\b"
)
_GROUP_OF_SEVERAL = re.compile(
    r"\b(?:the\s+)?(?:leaders|heads|(?:foreign\s+|defen[cs]e\s+)?ministers|officials|governments|representatives|"
    r"envoys|diplomats|members)(?:\s+of\s+(?:state|government))?\s+of\s+(?:several|many|some|other|various|a\s+number\s+of|dozens\s+of|\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b[^.;:\"“]{0,120}?\s(?:have\s+|had\s+)?" + _DISPLACED_VERB
)


# a second clause with a speaker of its own: "Trump said ... while Venezuela's Vice President Delcy Rodriguez said",
# "Greenland's leader declared ..., and Denmark's allies in Europe affirmed" (rounds 31 and 33)
_SECOND_SPEAKER = re.compile(
    r"(?:,\s*|\s)(?:while|whereas|but|and|as|even\s+as)\s+(?P<subj>(?:[\w’'.-]+\s+){1,7}?)(?:also\s+)?"
    r"(?:said|says|told|declared|affirmed|stated|insisted|countered|replied|responded|argued)\b"
)


def _second_speaker(text: str, s: int, e: int, inside: Sequence[Found], src: _Source) -> _Source:
    """Two named sources each with a speech verb of their own in one sentence: none alone (round 33)."""
    if src.kind in ("unnamed", "several") or not src.name:
        return src
    quoted = _quoted_spans(text, s, e)
    for m in _SECOND_SPEAKER.finditer(text, s, e):
        if _quoted_at(quoted, m.start()):
            continue
        subj = [f for f in inside if m.start("subj") <= f.start < m.end("subj")]
        words = [w for w in re.findall(r"[\w’'-]+", src.name) if w[:1].isupper() and len(w) > 2]
        if (
            m.group("subj")[:1].isupper()
            and m.group("subj").split()[-1] not in ("and", "or")  # "flanked by X and Y and said": one subject
            and any(f.kind in ("person", "organisation", "state", "outlet") for f in subj)
            # "... and Kremlin spokesman Dmitry Peskov said": the first speaker again, not a second
            and not any(w in m.group("subj") or any(w in f.name for f in subj) for w in words)
            and any(w in text[s : m.start()] for w in words)
        ):
            return _Source("", "several", src.verb)
    return src


def _with_his_group(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """ "Trump and his allies say": a named source and a group of his, two sources, no one alone (round 33)."""
    m = _AND_HIS_GROUP.search(text, s, e)
    if m and any(
        f.end <= m.start() and not text[f.end : m.start()].strip() and _speaker_ok(f) and f.kind != "state"
        for f in inside
    ):
        return _Source("", "several", m.group())
    return None


def _displaced_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """The source of a speech verb its subject stands apart from, when no other rule found one (round 33)."""
    named = [f for f in inside if _speaker_ok(f) and f.kind != "state"]
    m = _WITH_SAYING.search(text, s, e)
    if m:  # "with Trump stating that Washington intended": the participle's subject
        subj = [f for f in named if m.start("subj") <= f.start and f.end <= m.end("subj")]
        if subj and not text[subj[-1].end : m.end("subj")].strip():
            return _Source(subj[-1].name, subj[-1].kind, "with saying")
        words = m.group("subj").split()
        if words and _unnamed(words[-1]):
            return _Source("", "unnamed", "with saying")  # "with officials saying"
    together = _with_his_group(text, s, e, inside)
    if together is not None:
        return together
    m = _DOCUMENT_BY_THAT.search(text, s, e)
    if m:  # "a report published on Monday by British newspaper The Telegraph that said": whoever the report is by
        by = [f for f in named if m.start("by") <= f.start and f.end == m.end("by")]
        if by:
            return _Source(by[-1].name, by[-1].kind, "that said")
    m = _GROUP_OF_SEVERAL.search(text, s, e)
    if m and not any(f.kind == "person" for f in inside if m.start() <= f.start < m.end()):
        return _Source("", "unnamed", m.group())  # "the leaders of several European countries ... said"
    return None


def _people_together(
    text: str, s: int, e: int, inside: Sequence[Found], src: _Source | None
) -> _Source | None:
    """A person speaker joined to another person before them by "and" or a comma, the verb right after: several."""
    if src is None or src.kind != "person":
        return src
    for k, f in enumerate(inside):
        if f.name != src.name or k == 0 or not _TOGETHER_VERB.match(text, f.end, e):
            continue
        other = inside[k - 1]
        lead = text[max(s, text.rfind(",", s, other.start) + 1) : other.start]
        if (
            other.kind == "person"
            and re.fullmatch(r"\s*(?:,|and)\s+", text[other.end : f.start])
            # the pair opens its clause, after titles at most: not "After meeting Anna Berg, Tomas Lind said"
            and re.fullmatch(r"\s*(?:(?:[A-Z][\w’'.-]*|the|and)\s+)*", lead)
        ):
            return _Source("", "several", src.verb)
    return src


# how a source spoke, said of sources a sentence before named: "The sources ... spoke on condition of anonymity
# because they were not authorized to speak on the deal." (round 34)
_SPOKE_ANONYMOUSLY = re.compile(
    r"\b(?:spoke|speak|talked|talk)\s+(?:to\s+[\w’'-]+\s+)?(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b",
    re.I,
)
# a habit of reporting, not a claim: "Russia typically reports only how many drones its air defences say they
# downed" (round 34); not "often says", a view told
_HABIT = re.compile(
    r"\b(?:typically|usually|routinely|normally|generally|traditionally|rarely|seldom|regularly|never)\s+(?:only\s+)?"
    r"(?:says|reports|announces|claims|publishes|discloses|releases|comments|confirms|gives|provides|issues|"
    r"acknowledges|admits)\b"
)


# what a body had argued, told as the reason for an act the sentence reports: "a U.S. judge dismissed the charges ...
# at the request of the U.S. Justice Department, which had argued that the case was distracting" (round 34): the
# past perfect of a relative clause on the object of a preposition is background (not "X, who has said", a view
# held now, nor the sentence's subject: "Ukraine's military, which has accused Russia ..., did not respond")
_BACKGROUND_RELATIVE = re.compile(
    r"\b(?:of|by|from|with|for|against|at|after)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+,\s+(?:who|which)\s+"
    r"had\s+(?:\w+ly\s+|long\s+|also\s+)?(?:argued|said|claimed|insisted|maintained|warned|accused|denied|stated|"
    r"contended|alleged)\b"
)


def _background_relative(sentence: str, src: _Source | None) -> bool:
    """A source read only from a past-perfect relative clause on a preposition's object: background, no claim."""
    return (
        src is not None and src.verb.startswith("who ") and _BACKGROUND_RELATIVE.search(sentence) is not None
    )


# the outlet introducing a text it then quotes: "Here is the text of the statement:", "Following is the full text of
# her speech:", "Below are excerpts from the letter:"
_TEXT_FOLLOWS = re.compile(
    r"(?:Here|Below|Following)\s+(?:is|are)\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:text|transcript|excerpts?|"
    r"highlights|extracts?)\b[^.:;]{0,60}:\s*$"
)


def _only_how_spoken(sentence: str, src: _Source | None) -> bool:
    """The sentence only says how a source spoke ("spoke on condition of anonymity because ..."): no speech verb of
    its own, so no claim."""
    return src is None and _SPOKE_ANONYMOUSLY.search(sentence) is not None and SPEECH.search(sentence) is None


def _habit_of_reporting(text: str, s: int, e: int, src: _Source | None) -> bool:
    """'Russia typically reports only ...': what a source habitually does, told by the outlet (background), when no
    speech verb comes before the habit and no "said"/"told" after it."""
    habit = _HABIT.search(text, s, e)
    return (
        habit is not None
        and src is not None
        and SPEECH.search(text, s, habit.start()) is None
        and re.search(r"\b(?:said|told|added)\b", text[habit.end() : e]) is None
    )


# --- A finding's owner, two names as one subject (round 43; see tests/test_claims_round43.py; its named sources
# beside unnamed ones are in claims.unnamed) ---

# "A Met Office analysis of data from ... found", "A 2023 report by Spain's human rights ombudsman estimated", "The
# analysis by S&P Global, first reported by CNBC, documented": a finding that opens the sentence, its owner named
# before the noun or after "by", and the finding's verb further on (rounds 37, 39, 43)
_FINDING_SUBJECT = re.compile(
    r"(?:(?:In|On|By|Last|Earlier)\s+[^,;:]{1,30},\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
    r"(?:(?:new|latest|recent|separate|earlier|annual|preliminary|final|internal|independent|\d{4})\s+)*"
    r"(?P<pre>(?:[A-Z][\w&’'./-]*\s+){1,4})?"
    r"(?P<noun>analysis|report|study|survey|review|audit|assessment|census)"
    r"(?P<gap>\s+[^.;:\"“”]{1,120}?)??,?\s+(?:also\s+|has\s+|have\s+|had\s+)?"
    r"(?P<verb>found|finds|shows|showed|estimated|estimates|documented|documents|concluded|concludes|revealed|"
    r"reveals|uncovered)\b"
    r"(?!\s+(?:in|on|at|by|near|during|dead|inside|under|after|guilty|to|for|with)\b)"
)


def _owned_finding_subject(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    """The owner of a finding that opens the sentence as its subject ("A Met Office analysis ... found",
    "A report by X estimated"): a body named before the noun, or the source named after "by"; None otherwise."""
    m = _FINDING_SUBJECT.match(text, s, e)
    if m is None:
        return None
    verb = m.group("verb").lower()
    gap = m.group("gap") or ""
    if m.group("pre"):
        owner = [
            f
            for f in found
            if m.start("pre") <= f.start
            and f.end <= m.end("pre")
            and _speaker_ok(f)
            and f.kind in ("organisation", "outlet", "unit")
        ]
        # the owner is the whole of the words before the noun, not a name inside a longer one
        if owner and not text[owner[-1].end : m.start("noun")].strip():
            return _Source(owner[-1].name, owner[-1].kind, verb)
        return None
    by = re.match(r"\s+by\s+", gap)
    if by is None:
        return None
    at = m.start("gap") + by.end()
    src = _issuer_after(text, at, m.start("verb"), found) or _noun_phrase_after(
        text, at, m.start("verb"), found
    )
    if src is None or not src.name or src.kind in ("unnamed", "place", "state", "several"):
        return None
    return _Source(src.name, src.kind, verb)


# a speech verb right after the second of two names joined by "and": "Le Monde and France Info reported"
_PAIR_SPEECH = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+|also\s+|both\s+|jointly\s+){0,2}"
    r"(?:said|say|says|told|reported|report|reports|announced|added|wrote)\b"
)
_PAIR_KINDS = ("person", "organisation", "outlet")


def _named_pair(text: str, s: int, e: int, inside: Sequence[Found], name: str) -> bool:
    """Whether the speaker `name` is one of two names (people, bodies, outlets) joined by "and" as the subject of a
    speech verb ("Le Monde and France Info reported"), or that pair read as one name: several, none alone."""
    named = [f for f in inside if s <= f.start and f.end <= e and f.kind in _PAIR_KINDS]
    for a in named:
        for b in named:
            if (
                a.name != b.name
                and a.end < b.start
                and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.end : b.start])
                and not _object_of(text, a)
                and _PAIR_SPEECH.match(text, b.end, e)
                and name in (a.name, b.name, text[a.start : b.end], f"{a.name} and {b.name}")
            ):
                return True
    return False


# "Both men said the call was productive", "The two leaders said ...": the two people named before (round 40's label)
_BOTH_OF_THEM = re.compile(
    r"(?:[Bb]oth|[Tt]he\s+two|[Tt]he\s+pair\s+of)\s+(?:men|women|leaders|presidents|ministers|politicians)\s+"
    r"(?:also\s+|later\s+|have\s+|had\s+)?(?P<verb>said|say|told|stated|agreed(?=\s+that\b)|added|insisted|stressed)\b"
)


def _both_named(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    """For "both men said" opening a sentence: the two people named in this paragraph or the one before, outside
    quotations ("Donald Trump and Gustavo Petro"); None unless exactly two are named there."""
    m = _BOTH_OF_THEM.match(text, s, e)
    if m is None:
        return None
    window = _paragraph_before(text, s)
    quoted = _quoted_spans(text, window, s)
    people: list[str] = []
    for f in found:
        if window <= f.start < s and _person_like(f) and not _quoted_at(quoted, f.start):
            name = _fullest(_untitled(f.name), {_untitled(g.name) for g in found if g.kind == "person"})
            if not any(name == p or name in p or p in name for p in people):
                people.append(name)
    if len(people) != 2:
        return None
    return _Source(f"{people[0]} and {people[1]}", "phrase", m.group("verb"))


# "TRUMP: OIL MONEY 'WILL BE CONTROLLED BY ME'": a sub-heading in capitals on a line of its own, a name, a colon and
# what was said, is the person the text names with that name (round 40's label)
_CAPITAL_SUBHEADING = re.compile(r"([A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2}):\s+\S")


def _credit_capital_subheading(page: Page) -> None:
    """A body line in capitals "NAME: ..." credits the person named elsewhere whose name or surname is NAME."""
    text, sentences, found = page.text, page.sentences, page.found
    for sent in sentences[1:]:
        m = _CAPITAL_SUBHEADING.match(sent.text)
        line_start = text.rfind("\n", 0, sent.start) + 1
        line_end = text.find("\n", sent.start)
        if (
            m is None
            or sent.cues
            or sent.text != sent.text.upper()
            or text[line_start : sent.start].strip()
            or text[sent.end : line_end if line_end >= 0 else len(text)].strip()
        ):
            continue
        head = m.group(1).lower()
        people = {
            f.name
            for f in found
            if f.kind == "person" and (f.name.lower() == head or f.name.lower().split()[-1] == head)
        }
        if len(people) == 1:
            sent.speaker, sent.speaker_kind = people.pop(), "person"
            sent.cues["attributed"] = [":"]


# "It did not provide further details on Chen Zhi ..., but said his citizenship had been revoked": "it" opening the
# sentence is the subject of a speech verb joined by "but"/"and" after another verb phrase (round 38)
_IT_BUT_SAID = re.compile(
    r"It\s+(?:also\s+)?(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|has\s+not|hasn['’]t|had\s+not|would\s+not|"
    r"gave|offered|provided|declined|refused)\b[^.;:\"“”]{1,120}?,?\s+(?:but|and)\s+(?:also\s+)?"
    r"(?P<verb>" + "|".join(SAID_STATED_NOTED) + r")\b"
)


# a verb with a that-clause right after the subject: " boasts that", " privately insists that"
_VERB_THAT = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]{3,}s)\s+that\b")
# '"...," ILNA quoted protesters as saying': the relay once the quotation has closed
_QUOTE_THEN_RELAY = re.compile(r"[,!?][\"”]\s+[A-Z][^,;\"“”]{1,60}?\s+(?:quoted|cited)\s")


def _hedged_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """'Putin boasts that ... reportedly exceeding ...': a hedged sentence that opens with a named person or body
    and a verb with a that-clause is what that subject says (the hedge keeps it `reported`), or None."""
    first = inside[0] if inside else None
    if (
        first is None
        or first.start != s
        or first.kind not in ("person", "organisation")
        or not _speaker_ok(first)
    ):
        return None
    m = _VERB_THAT.match(text, first.end, e)
    return _Source(first.name, first.kind, m.group(1)) if m else None


# a time or linking adverbial that opens a sentence before its subject: "Earlier on Wednesday, ", "On Monday, ", "Now, "
# (round 89: "Now, Ewa Sokola is suing Kaja ..., alleging ... that")
_OPENING_ADVERBIAL = re.compile(
    r"(?:(?:Earlier|Later|Meanwhile|Separately|Previously|Also|However|Still|Now|Instead)(?:\s+(?:on|in|this|that|last)\s+\w+)?|"
    r"(?:On|Late|Early|By)\s+(?:\w+\s+){0,2}?\w+)\s*,\s+"
    r"(?=[A-Z]|the\s)"  # a name, or a noun phrase: "On Sunday, the governor of Qom said" (forty-eighth session)
)
_BASED_ON = re.compile(r"\b(?:based|drawn|drawing)\s+(?:on|from)\s+[^.;:\"“”]{1,100}")
_CONDEMNS_ACT = re.compile(r"condemns?|condemned", re.I)
_CONDEMNED_FOR = re.compile(r"\bcondemned\s+(?:for|over|by)\b", re.I)
# (an apostrophe after a letter opens no quotation: "condemns Israel's recognition of Somaliland", round 83)
_QUOTE_MARK = re.compile(r"(?<!\w)[\"“”‘’']\w|\w[\"“”‘’'](?!s\b)|\b(?:says?|said)\b")
_AND_UNNAMED = re.compile(
    r"\band\s+(?:a|an|one|two|three|several|other)\s+(?:[\w-]+\s+){0,3}?(?:sources?|officials?|diplomats?)\b"
)
_JOINT_ISSUED_BY = re.compile(
    r"(?:A|An|The)\s+joint\s+(?:statement|declaration|communiqu[eé]|letter|readout)\s+(?:issued|released|published|posted)\s+by\b"
)
# a statement several signed: "in a joint statement", "issued a joint declaration with"
_JOINT = re.compile(
    r"\bjoint\s+(?:statement|declaration|communiqu[eé]|letter|press\s+release|readout)s?\b"
    r"(?!\s+(?:on|about|over|of|from)\s+(?:the\s+)?(?:talks|plans?|deal|agreement|negotiations)\b)",
    re.I,
)


# a second source answering the first in its own clause: "..., but Kyiv denied", "..., while Donald Trump says"
_SECOND_SOURCE = re.compile(
    r"(?:,\s*|\s)(?:but|while|whereas)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}|the\s+(?:[a-z][\w-]*\s+){1,2})"
    r"(?:has\s+|have\s+|had\s+)?(?:said|says|denied|denies|told|insisted|insists|rejected|rejects|accused|accuses|"
    r"countered|disputed|disputes|dismissed|dismisses)\b"
    # a headline's second clause with its own speaker: "X says ...; Y's office disputes claim", "...; Kyiv says ..."
    r"|;\s*(?P<who2>(?:[A-Z][\w’'.-]*\s+){1,4}(?:[a-z][\w-]*\s+)?)"
    r"(?:says|said|denies|denied|disputes|disputed|rejects|rejected|dismisses|counters|challenges)\b"
    # the first source's claim answered: "..., prompting Cairo to swiftly deny", "..., an assertion Herzog's office
    # was quick to challenge"
    r"|,\s*(?:prompting|leading|forcing)\s+(?P<who3>(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:[a-z][\w-]*\s+)?)"
    r"to\s+(?:\w+ly\s+)?(?:deny|reject|dispute|challenge|counter|dismiss)\b"
    r"|,\s*(?:an?|the)\s+(?:assertion|claim|statement|accusation|allegation|charge|account)\s+(?:that\s+|which\s+)?"
    r"(?P<who4>(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:[a-z][\w-]*\s+)?)(?:was\s+|were\s+|has\s+|have\s+|had\s+)?"
    r"(?:\w+ly\s+|quick\s+to\s+|swift\s+to\s+)?(?:denied|rejected|disputed|challenged|dismissed|deny|reject|dispute|"
    # "..., an allegation that Kyiv said was baseless": a second source that says what the claim is (round 69)
    r"challenge|dismiss|(?:said|says)\s+(?:was|were|is|are))\b"
)


def _other_source(sentence: str, speaker: str) -> bool:
    """Whether a clause after "but/while/whereas" gives another named or described source its own speech verb
    (outside quotations), so that the sentence is no one source's alone."""
    own = {w.lower() for w in re.findall(r"[\w’'-]+", speaker)}
    for m in _SECOND_SOURCE.finditer(sentence):
        if _open_quotation(sentence, 0, m.start()):
            continue
        who = next(g for g in m.groups() if g is not None)
        words = [re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w’'-]+", who) if w.lower() != "the"]
        words = [w for w in words if w not in ("office", "spokesperson", "spokesman", "spokeswoman")] or words
        if words and words[-1] not in own and not _unnamed(words[-1]):
            return True
    return False


# a headline that opens with a quotation and then names whose words they are: "'...': Warren Buffett's lessons",
# "'Why wouldn't there be a regime change?' Trump's latest on Iran" (not "'Driving Home' singer Chris Rea")
_QUOTE_THEN_OWNER = re.compile(r"['‘\"“][^\n]{3,200}?['’\"”][:,]?\s+(?=[A-Z])")


# capitalised words joined by "and/of/for" after a cut name, then its acronym: "US Immigration| and Customs
# Enforcement (ICE)"
_GOES_ON_TO_ACRONYM = re.compile(
    r"((?:[ \t]+(?:and|of|for|&)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)+)[ \t]*\(([A-Z]{2,6})\)"
)
_ACRONYM_SKIPS = frozenset({"and", "of", "for", "the", "&"})


_ROLE_WORDS = TITLE_WORDS | DESCRIPTORS | {"aide"}


def _untitled(name: str) -> str:
    """A person's name without the titles a model span took in: "Aide Yury Ushakov" -> "Yury Ushakov"."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in _ROLE_WORDS:
        words.pop(0)
    return " ".join(words)


def _fullest(name: str, people: Iterable[str]) -> str:
    """A person's name at its fullest in the text: "Donny" is "Ramond Donny Adam" when that is the one longer
    name it is part of (two such names of the same length leave it as it is)."""
    words = name.split()
    longer = [
        p
        for p in people
        if len(p.split()) > len(words)
        and any(p.split()[i : i + len(words)] == words for i in range(len(p.split()) - len(words) + 1))
    ]
    if not longer:
        return name
    best = max(len(p.split()) for p in longer)
    top = {p for p in longer if len(p.split()) == best}
    return top.pop() if len(top) == 1 else name


def _quotes_before_their_speaker(page: Page) -> None:
    """'"Our money will change. It's all the same." Stefan Bisterkov said.': the quoted sentences are his."""
    sentences = page.sentences
    for i, sent in enumerate(sentences):
        # '"There were bricks on me. It was total hell," he told Reuters': the sentence that closes the quote
        closes = sent.quote and not _still_quoting(sent.text, True)
        unnamed = sent.unnamed and closes  # '"... belongs to its people. / It is for ...," the leaders said'
        # '"... / ...," the ministry said'; '"... / ...," the statement said' of several signatories (credited, no
        # one name: forty-eighth session)
        named = (bool(sent.speaker) or "attributed" in sent.cues) and not sent.relative and closes
        if not ((_personal(sent) or unnamed or named) and (len(sent.text.split()) <= 12 or closes)):
            continue
        if sent.quote and not closes:
            continue
        j = i - 1
        # a quoted sentence only guessed to go on from an earlier speaker is the one whose quote closes here, and so
        # is one wholly inside the quotation whatever it names ('"The EU recalls that ... must be upheld. / ...," the
        # EU's top diplomat Kaja Kallas said': the EU is what she said; round 45's miss)
        while (
            j >= 0
            and sentences[j].para == sent.para
            and sentences[j].quote
            and (_only_guessed(sentences[j].cues) or (not unnamed and _wholly_quoted(sentences[j])))
        ):
            if unnamed:
                sentences[j].cues["reported"] = ["quote"]
            else:
                sentences[j].speaker, sentences[j].speaker_kind = sent.speaker, sent.speaker_kind
                sentences[j].cues["attributed"] = ["quote"]
                hedged = [c for c in sentences[j].cues.get("reported", []) if _HEDGE_CUE.search(c)]
                sentences[j].cues.pop("reported", None)  # an unnamed source's quote only guessed to go on
                if (
                    hedged
                ):  # '"This alleged strike is a fabrication. ...," he said': a hedge the speaker's own
                    sentences[j].cues["reported"] = hedged
                sentences[j].unnamed = False
            j -= 1
        if j >= 0 and sentences[j].para == sent.para:
            _quotation_opened_in(sentences[j], sent, unnamed)


def _quotation_opened_in(opener: _Sentence, closer: _Sentence, unnamed: bool) -> None:
    """'Although checks were made in 2019, "none were made after 2020. / We regret this," the mayor said': a
    sentence that opens a quotation after words of its own and leaves it open is the speaker's whom the sentence
    that closes the quotation names (the words before the mark lead into the quotation; news style names the
    speaker once, where the quotation ends); not a sentence with a source or a claim of its own."""
    if opener.quote or not _still_quoting(opener.text, False) or not _only_guessed(opener.cues):
        return
    if opener.speaker or opener.unnamed or SPEECH.search(_outside_quotes(opener.text, False)):
        return  # 'Lind said: "We will ...': its own speaker, whom the quotation already goes on with
    if unnamed:
        opener.cues["reported"] = ["quote"]
        opener.unnamed = True
        return
    opener.speaker, opener.speaker_kind = closer.speaker, closer.speaker_kind
    opener.cues["attributed"] = ["quote"]


# 'Al-Zubaidi "fled to an unknown location".', 'The sale will "support the goals of ..."': the words before the
# quotation are only its subject (a name, or a definite noun, perhaps with an auxiliary) and the quotation runs to the
# sentence's end, so the verb is inside it
_SUBJECT_THEN_QUOTED = re.compile(
    r"(?:(?:The|This|That|Its|His|Her|Their)\s+[a-z][\w-]*|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:\s+(?:will|would|could|can|may|might|must|should|is|was|are|were|has|had|have)(?:\s+(?:not|also|be))?)?"
    r"\s+[\"“][^\"“”]{8,}[\"”]?\s*[.!?…]*[\"”]?\s*$"
)


def _quoted_predicate_goes_on(page: Page) -> None:
    """'"We received intelligence ...," al-Malki said. / Al-Zubaidi "fled to an unknown location".': a sentence whose
    verb is quoted, right after a named source's sentence (in its paragraph, or opening the next), quotes that
    source, as a quotation without a verb of its own goes on with the quoted speaker before it (rule 4)."""
    sentences = page.sentences
    for i, sent in enumerate(sentences):
        if not i or sent.cues or sent.speaker or sent.quote or sent.unnamed:
            continue
        prev = sentences[i - 1]
        if not (prev.speaker and prev.cues.get("attributed") and not prev.relative and not prev.unnamed):
            continue
        if prev.para != sent.para and not (prev.para == sent.para - 1 and prev.para > 1):
            continue  # (a headline's speaker goes on to no body sentence this way)
        if _SUBJECT_THEN_QUOTED.fullmatch(sent.text):
            sent.speaker, sent.speaker_kind = prev.speaker, prev.speaker_kind
            sent.cues["attributed"] = ["quote"]


# "..., a spokesperson said.", "A spokesman said ...": a spokesperson of no one the sentence names
_BARE_SPOKES = re.compile(
    r"(?:^|(?<=[,\s]))(?:a|an|the|A|An|The)\s+spokes(?:person|man|woman)\s+(?:also\s+|later\s+)?(?:said|says|added)\b"
    r"(?:\s+(?:on|in)\s+[A-Z]\w+day)?[.,:]?\s*$|^(?:A|The)\s+spokes(?:person|man|woman)\s+(?:said|says|added)\b"
)


def _spokesperson_after_body(page: Page) -> None:
    """'British media regulator Ofcom said ... / "...," a spokesperson said.': a spokesperson of no one named, right
    after a body spoke, is that body's (rule 4's spokesperson of a named body; round 52's label), not an unnamed
    source; after a person, a state or no one it stays unnamed."""
    sentences = page.sentences
    for i, sent in enumerate(sentences):
        if not i or sent.speaker or not sent.unnamed or set(sent.cues) - {"reported"}:
            continue
        if not _BARE_SPOKES.search(
            _outside_quotes(sent.text, sent.quote and sent.text[:1] not in _QUOTE_OPEN)
        ):
            continue
        j = i - 1  # (past the quotation's sentences before it: '"... / ...," a spokesperson said')
        while (
            j > 0
            and sentences[j].para == sent.para
            and sentences[j].quote
            and _only_guessed(sentences[j].cues)
        ):
            j -= 1
        prev = sentences[j]
        if not (
            prev.speaker
            and prev.para >= sent.para - 1
            and prev.speaker_kind in ("organisation", "unit")
            and not prev.relative
            and not prev.unnamed
        ):
            continue
        sent.speaker, sent.speaker_kind = prev.speaker, prev.speaker_kind
        sent.cues = {"attributed": [c for c in sent.cues["reported"] if "spokes" in c][:1] or ["said"]}
        sent.unnamed = False


# "An HM Treasury spokesperson said": a capitalised name the model did not read, before a spokesperson
_NAMED_SPOKES = re.compile(
    r"(?:^|(?<=[\s,]))(?:a|an|the|A|An|The)\s+((?:[A-Z][\w&’'.-]*\s+){1,4})spokes(?:person|man|woman)\s+"
    r"(?:also\s+|later\s+)?(?:" + "|".join(SAID_TOLD_ADDED) + r")\b"
)
_DEMONYM_LIKE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")
# "A Downing Street spokesperson said": the building an office sits in, read by the model as a place, speaks for the
# office there (round 113)
_SEAT_OF_OFFICE = re.compile(
    r"(?:Downing Street|No\.? ?10|Number 10|White House|Kremlin|Elysee|Élysée|Pentagon|Blue House|Quai d['’]Orsay"
    r"|[A-Z][a-z]+ Palace)"
)
_SEAT_SPOKES = re.compile(
    r"(?:^|(?<=[\s,]))(?:a|an|the|A|An|The)\s+(No\.? ?10|Number 10)\s+spokes(?:person|man|woman)\s+"
    r"(?:also\s+|later\s+)?(?:" + "|".join(SAID_TOLD_ADDED) + r")\b"
)


def _read_as_seat(name: str, start: int, end: int, found: Sequence[Found]) -> bool:
    """Whether the only names the model read over `name` are the place it is, the seat of an office."""
    over = [f for f in found if f.start < end and start < f.end]
    return bool(_SEAT_OF_OFFICE.fullmatch(name)) and all(
        f.kind == "place" and f.start >= start and f.end <= end for f in over
    )


def _spokesperson_of_unread_name(page: Page) -> None:
    """'An HM Treasury spokesperson said: "..."' with no name the model read there: the capitalised words before
    the spokesperson are the body spoken for (rule 4: the spokesperson of a named organisation), and the quotation
    that goes on from it is that body's too, not an unnamed source's; a demonym ("A Norlandian spokesman") or a
    title alone names no one."""
    sentences, found = page.sentences, page.found
    for i, sent in enumerate(sentences):
        if sent.speaker or not sent.unnamed or set(sent.cues) - {"reported"} or sent.quote:
            continue
        m = _NAMED_SPOKES.search(_outside_quotes(sent.text, False)) or _SEAT_SPOKES.search(
            _outside_quotes(sent.text, False)
        )
        if m is None:
            continue
        name = m.group(1).strip()
        start, end = sent.start + m.start(1), sent.start + m.start(1) + len(name)
        if (
            any(f.start < end and start < f.end for f in found) and not _read_as_seat(name, start, end, found)
        ) or _DEMONYM_LIKE.fullmatch(name):
            continue
        if all(w.lower().rstrip(".") in TITLE_WORDS for w in name.split()):
            continue
        sent.speaker, sent.speaker_kind = name, "phrase"
        sent.cues = {"attributed": ["spokesperson said"]}
        sent.unnamed = False
        opened = _open_quotation(sent.text, 0, len(sent.text))
        for after in sentences[i + 1 :]:  # its quotation, guessed to go on from an unnamed source
            if opened and after.quote and not after.speaker and not after.unnamed and after.para == sent.para:
                # 'A Downing Street spokesperson said: "... . They underlined ...': the quotation it opened goes on
                after.speaker, after.speaker_kind = name, "phrase"
                if not after.cues:
                    after.cues = {"attributed": ["quote"]}
                continue
            if not (
                after.quote
                and after.unnamed
                and after.cues == {"reported": ["quote"]}
                and after.para <= sent.para + 1
            ):
                break
            after.speaker, after.speaker_kind = name, "phrase"
            after.cues = {"attributed": ["quote"]}
            after.unnamed = False


def _quote_across_paragraphs(page: Page) -> None:
    """'"We have the right to live in safety. But we remember. / "Today we are hunted," Saar said': a quotation left
    open at a paragraph's end goes on in the next (the news convention: no closing mark, a new opening one), so its
    sentences are the speaker's that the next paragraph's opening quotation names, or an unnamed source's when it
    names none ('..., officials said': `reported`, as within a paragraph) (round 90)."""
    sentences = page.sentences
    for i, sent in enumerate(sentences):
        named = bool(sent.speaker) and not sent.unnamed and bool(sent.cues.get("attributed"))
        unnamed = sent.unnamed and not sent.speaker and bool(sent.cues.get("reported"))
        if not (
            i
            and sentences[i - 1].para == sent.para - 1
            and sent.text[:1] in _QUOTE_OPEN
            and (named or unnamed)
            and not sent.relative
        ):
            continue
        closing = re.search(r"[\"”]", sent.text[1:])
        if closing is None or not SPEECH.search(sent.text[closing.end() + 1 :]):
            continue  # '"... / "Today ...," Saar said': the speaker is named after the quotation it closes
        before = [b for b in sentences[:i] if b.para == sent.para - 1]
        still_open = False
        for b in before:
            still_open = _still_quoting(b.text, still_open)
        if not still_open:
            continue
        for b in reversed(before):
            if not b.quote or not _only_guessed(b.cues):
                break
            if unnamed:
                b.cues["reported"] = ["quote"]
                continue
            b.speaker, b.speaker_kind = sent.speaker, sent.speaker_kind
            b.cues["attributed"] = ["quote"]
            b.cues.pop("reported", None)
            b.unnamed = False


# "Lawyers for Luigi Mangione are ..., arguing that", "Luigi Mangione lawyers fight ..., saying" (round 90)
_COUNSEL_FOR = re.compile(
    r"(?:^|,\s+)(?:[Tt]he\s+)?([Ll]awyers|[Aa]ttorneys|[Ll]egal\s+team)\s+(?:for|of|representing)\s+$"
)
_COUNSEL_AFTER = re.compile(r"\s+((?:defen[cs]e\s+)?(?:lawyers|attorneys|legal\s+team))\b")


_COUNSEL_SAID = re.compile(
    r"\s+(?:also\s+|later\s+|have\s+|had\s+)?"
    rf"(?:{_saying(say='base s past', tell='past', argue='base past', write='past', state='past')})\b"
)


def _counsel_for(page: Page) -> None:
    """'Lawyers for Tomas Lind said', 'Tomas Lind lawyers say' (a headline's noun without "'s"): the lawyers speak
    for him, as "Usmanov's lawyers" already reads, not the person himself (round 90); also after an opening phrase
    ("In court papers, lawyers for Tomas Lind said"), which the verb's subject search leaves with no one."""
    text, sentences, found = page.text, page.sentences, page.found
    for sent in sentences:
        if sent.relative or (sent.speaker and sent.speaker_kind != "person"):
            continue
        for f in found:
            if not (sent.start <= f.start < sent.end and f.kind == "person"):
                continue
            if not (f.name == sent.speaker or (not sent.speaker and not sent.cues and not sent.quote)):
                continue
            before = _COUNSEL_FOR.search(text[sent.start : f.start])
            after = _COUNSEL_AFTER.match(text, f.end, sent.end) if f.start == sent.start else None
            noun = before.group(1) if before else after.group(1) if after else ""
            said = _COUNSEL_SAID.match(text, f.end, sent.end) if before else None
            if not noun or (not sent.speaker and said is None):
                continue
            if said is not None and not sent.speaker:
                sent.cues["attributed"] = [said.group().split()[-1]]
            sent.speaker, sent.speaker_kind = f"{f.name}'s {' '.join(noun.lower().split())}", "phrase"
            break


_HEDGE_CUE = re.compile(r"(?i)alleg|reportedly|purported|supposed|claimed")


def _wholly_quoted(sent: _Sentence) -> bool:
    """A sentence inside a quotation that it neither closes nor interrupts: it opens the quotation or has no quotation
    mark at all, while a quotation is open."""
    marks = [ch for ch in sent.text if ch in '"“”']
    return sent.quote and (not marks or (len(marks) == 1 and sent.text[:1] in _QUOTE_OPEN))


def _only_guessed(cues: dict[str, list[str]]) -> bool:
    """No cue but a forecast's or a guessed quote's: a quoted sentence whose speaker comes after it."""
    guessed = {st for st in ("attributed", "reported") if cues.get(st) == ["quote"]}
    return not set(cues) - {"speculative"} - guessed


_LABEL = re.compile(r"([A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w’'.-]*)){0,7})\s*:\s*$")


def _speaker_label(text: str, s: int, e: int, inside: Sequence[Found]) -> tuple[str, str] | None:
    """(name, kind) of a line that is only a speaker's label ("RUSSIA FOREIGN MINISTRY:", "Brazil's Lula:"): a
    name the model read, or words that end in an institution or an office; None for any other line."""
    if (s and text[s - 1] != "\n") or text[e : e + 1] not in ("", "\n"):
        return None
    label = _LABEL.fullmatch(text, s, e)
    if label is None:
        return None
    name_end = _before_channel(text, s, label.end(1))
    name = text[s:name_end]
    whole = [f for f in inside if f.start == s and f.end == name_end and _speaker_ok(f)]
    if whole:
        return whole[0].name, whole[0].kind
    if name.isupper():  # written in capitals: as a name is written
        name = name_case(name)
    head = name.split()[-1].lower()
    if head in INSTITUTION_NOUNS or head in _PERSON_TITLES:
        return name, "phrase"
    people = [
        f for f in inside if _speaker_ok(f) and f.kind in ("person", "organisation") and f.end == name_end
    ]
    if people:
        return people[-1].name, people[-1].kind
    return _titled_label(name)


def _titled_label(name: str) -> tuple[str, str] | None:
    """'Czech Foreign Minister Petr Macinka' (a label in capitals the model read no name in): the words after the
    office's title are the holder's name, a person."""
    words = name.split()
    titled = [i for i, w in enumerate(words) if w.lower() in _PERSON_TITLES]
    if not titled or not 2 <= len(words) - titled[-1] - 1 <= 3:
        return None
    holder = words[titled[-1] + 1 :]
    return (" ".join(holder), "person") if all(w[:1].isupper() and w.isalpha() for w in holder) else None


# where a reactions list's label says the words below were posted or issued: "SLOVAK FOREIGN MINISTER JURAJ BLANAR
# ON X:", "UN SECRETARY-GENERAL IN A STATEMENT:"
_LABEL_CHANNEL = re.compile(
    r"(?i),?\s+(?:on|via|in\s+a)\s+(?:x|twitter|telegram|facebook|instagram|truth\s+social|social\s+media|"
    r"(?:written\s+)?statement|post|speech|interview)$"
)


def _before_channel(text: str, start: int, end: int) -> int:
    """The end of a speaker's label without the channel it names ("... JURAJ BLANAR ON X:"): the speaker is the
    name before it, whose quotation follows the label."""
    channel = _LABEL_CHANNEL.search(text, start, end)
    return channel.start() if channel and channel.start() > start else end


_DATELINE_OUTLET = re.compile(
    rf"^(?:[A-Z][A-Z.'’/ -]+(?:,\s*[A-Z][\w.'’ /-]+)*,?\s+)?{MONTH}\s+\d{{1,2}}\s*\(([\w .]+)\)", re.M
)
_OWN_REPORT_VERBS = frozenset({"reported", "has reported", "have reported", "had reported", "reports"})


def _own_reports(page: Page) -> None:
    """'Dec 27 (Reuters) - ... / ..., Reuters has reported': the outlet of the dateline telling its own earlier
    reporting is the text's own voice, not a source (rounds 28 and 29)."""
    text, sentences = page.text, page.sentences
    dateline = _DATELINE_OUTLET.search(text)
    if dateline is None:
        return
    outlet = dateline.group(1).strip()
    # "..., Reuters/Ipsos poll finds", "according to a Reuters/Ipsos poll" in a Reuters item: the outlet's own poll,
    # its figures told in its own voice (round 58; not "a Toluna/Harris Interactive poll for LCI news channel")
    own_poll = re.compile(rf"\b{re.escape(outlet)}(?:/[\w-]+)?\s+(?:[\w-]+\s+)?(?:poll|survey)\b")
    for sent in sentences:
        verbs = sent.cues.get("attributed", [])
        own_report = all(v.lower() in _OWN_REPORT_VERBS for v in verbs) and not re.search(
            r"\bciting\b", sent.text
        )  # "..., Reuters reported, citing party leaders": theirs
        if sent.speaker == outlet and verbs and (own_report or own_poll.search(sent.text)):
            del sent.cues["attributed"]
            sent.speaker, sent.speaker_kind = "", ""


# ---- Spokespersons, papers, platforms and relayed words, over a whole item (round 51; tests in
# tests/test_claims_round51.py) ----
# A spokesperson for a named person or body speaks for them ("A spokesperson for Bill Clinton accused ...", and "the
# spokesperson said" just after); an inverted '"...," said spokesman for the Ministry of X, Gilad Zwick.' is the person
# named after the office; a name the model did not know, opening "X called ... and said", is that name (the fullest
# name of a person the text gives that ends with it); a paper ("..., email says"), a lone title word in a headline or a
# standfirst ("Judge says ...") and a platform ("A military Telegram channel said") are no speakers: unnamed, except a
# channel's own name after "channel" ("Telegram channel Baza"); "the two countries said ... after the White House
# announced" names no one alone; "Kim affirmed that ..., KCNA said" is the person's words relayed (round 10's rule).
_SPOKES_FOR = re.compile(r"\b(?:[Aa]|[Tt]he|[Aa]nother)\s+spokes(?:person|man|woman)\s+for\s+(?:the\s+)?")
# (the verbs: SAID_TOLD_WROTE without "tells")
_THE_SPOKES_SAID = re.compile(
    r"(?:^|,\s+|[\"”]\s+)the\s+spokes(?:person|man|woman)\s+(?:said|says|added|told|wrote)\b", re.I
)
_INVERTED_SPOKES = re.compile(
    r"\bsaid\s+(?:a\s+|the\s+)?spokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][^,;\"“”]{2,80},\s+"
)
_CALLED_AND_SAID = re.compile(
    r"([A-Z][a-z’'-]{2,}(?:-[A-Z][a-z’'-]+)?)\s+called\s+[^.;]{1,160}?\s+and\s+(said|told|added|warned)\b"
)
_NOT_A_SURNAME_TEXT = """The This That These Those It He She They We I You His Her Their Its Our There Here What When
    Where Why How Who Some Many Most Both Each Every All Officials Police Critics Residents Protesters Analysts"""
_NOT_A_SURNAME = frozenset(_NOT_A_SURNAME_TEXT.split())
_PAPER_SPEAKERS_TEXT = """email emails e-mail memo memos letter letters document documents data filing filings records
    papers minutes transcript"""
_PAPER_SPEAKERS = frozenset(_PAPER_SPEAKERS_TEXT.split())
_PLATFORMS = frozenset({"Telegram", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "VKontakte"})
_CHANNEL_NAMED = re.compile(
    r"\b(?:Telegram|YouTube)\s+(?:news\s+)?channel\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,2})(?=[\s,])"
)
_CHANNEL_INDEFINITE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal)\s+(?:[\w-]+\s+){0,3}(?:Telegram|YouTube|Facebook)\s+"
    r"(?:news\s+)?(?:channel|account|page)s?\b"
)


# "the two West African countries said ... after the White House announced": several speakers, none named alone
_SEVERAL_SUBJECT = re.compile(
    r"\b(?:[Tt]he\s+)?(?:two|three|four|both)\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|sides|governments)\s+"
    r"(?:have\s+|had\s+|also\s+)?(said|say|told|added|warned|stated)\b"
)
# "Kim affirmed that North Korea would ..., KCNA said": the person's words, relayed by the body that closes the sentence
_PERSON_SPOKE = re.compile(
    r"\s+(?:also\s+)?(?:said|says|affirmed|stressed|warned|noted|insisted|added|told\s+\w+)\s*(?:that\b|,)"
)
_CLOSER = re.compile(r",\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?([A-Z][\w’'-]+)\s+(?:said|reported)\W*$")


def _set_speaker(sent: _Sentence, name: str, kind: str, verb: str) -> None:
    """Credit `sent` to a named source: attributed, its unnamed-source cues dropped."""
    sent.speaker, sent.speaker_kind, sent.unnamed = name, kind, False
    sent.cues["attributed"] = [verb]
    sent.cues.pop("reported", None)


def _set_unnamed(sent: _Sentence, cue: str) -> None:
    """Credit `sent` to a source not named."""
    sent.speaker, sent.speaker_kind, sent.unnamed = "", "", True
    sent.cues.setdefault("reported", []).append(cue)


def _round51_speakers(page: Page) -> None:
    """The speaker forms of round 51 (see the block's comment), over the sentences once their speakers are set."""
    text, sentences, found = page.text, page.sentences, page.found
    people = [f for f in found if f.kind == "person"]
    spoke_for: _Sentence | None = None
    for i, sent in enumerate(sentences):
        inside = [f for f in found if sent.start <= f.start < sent.end]
        plain = _blank(_QUOTATION, sent.text)
        spokes = _SPOKES_FOR.search(plain)
        owner = (
            next(
                (
                    f
                    for f in inside
                    if f.start - sent.start == spokes.end() and f.kind in ("person", "organisation")
                ),
                None,
            )
            if spokes
            else None
        )
        if owner is not None and not sent.speaker and sent.cues and SPEECH.search(plain):
            # "A spokesperson for Bill Clinton accused ...": the spokesperson speaks for Bill Clinton
            _set_speaker(sent, owner.name, owner.kind, "spokesperson")
            spoke_for = sent
            continue
        if (
            spoke_for is not None
            and not sent.speaker
            and sent.para - spoke_for.para <= 1
            and _THE_SPOKES_SAID.search(sent.text)
            and all("spokes" in c or c in _PLAIN_SPEECH | {"quote"} for c in sent.cues.get("reported", []))
        ):
            _set_speaker(sent, spoke_for.speaker, spoke_for.speaker_kind, "spokesperson")
            continue
        if sent.speaker and not _SPOKES_WORD.search(sent.text):
            spoke_for = None
        inverted = _INVERTED_SPOKES.search(sent.text)
        named = (
            next(
                (
                    f
                    for f in inside
                    if f.start - sent.start == inverted.end()
                    and f.kind == "person"
                    and re.match(r"\s*[.,]|\s*$", text[f.end : sent.end])
                ),
                None,
            )
            if inverted
            else None
        )
        if named is not None:
            # '"...," said spokesman for the Ministry of Diaspora Affairs ..., Gilad Zwick.': the person named
            spec = sent.cues.get("speculative")
            _set_speaker(sent, named.name, named.kind, "said")
            if spec:
                sent.cues["speculative"] = spec
            continue
        called = _CALLED_AND_SAID.match(sent.text) if not sent.quote and not sent.speaker else None
        if (
            called
            and called.group(1) not in _NOT_A_SURNAME
            # the model's guess at a place is no place the gazetteer knows ("Touadera"); a known one is never a speaker
            and not any(
                f.start == sent.start and (f.kind != "person" and (f.kind != "place" or f.listed))
                for f in inside
            )
            and not re.search(rf"\b{re.escape(called.group(1).lower())}\b", text)
        ):
            # "Touadera called Putin a 'great leader' and said ...": the name the model did not know speaks
            word = called.group(1)
            whole = [p.name for p in people if p.name.split()[-1] == word]
            name = whole[0] if len(set(whole)) == 1 else word
            spec = sent.cues.get("speculative")
            _set_speaker(sent, name, "person", called.group(2))
            if spec:
                sent.cues["speculative"] = spec
            continue
        if not sent.speaker:
            continue
        several = _SEVERAL_SUBJECT.search(plain)
        if several and sent.speaker not in sent.text[: several.start()] and sent.speaker_kind != "person":
            # the speaker named only after "the two countries said" is what they spoke of, not who spoke
            sent.speaker, sent.speaker_kind = "", ""
            sent.cues["attributed"] = [several.group(1)]
            continue
        first = next((f for f in inside if f.start == sent.start and f.kind == "person"), None)
        closer = _CLOSER.search(sent.text)
        if (
            first is not None
            and closer
            and not sent.quote
            and sent.speaker != first.name
            and sent.speaker.split()[-1] == closer.group(1)
            and _PERSON_SPOKE.match(text, first.end, sent.end)
        ):
            sent.speaker, sent.speaker_kind = first.name, "person"
            continue
        bare = re.search(r",\s+([\w-]+)\s+(?:says|said|shows|showed)\W*$", sent.text)
        if sent.speaker.lower() in _PAPER_SPEAKERS and bare and bare.group(1).lower() == sent.speaker.lower():
            # "..., email says": a bare paper no one is named for ("the document said" after "a Red Cross
            # document" keeps its owner)
            _set_unnamed(sent, sent.speaker.lower())
            sent.cues.pop("attributed", None)
        elif (
            sent.para <= 2
            and i <= 1
            and " " not in sent.speaker
            and sent.speaker.lower() in _HEAD_TITLES
            and sent.text.startswith(sent.speaker)
        ):
            # "Judge says ...", "Judge said ..." in a headline or its standfirst: the one person the first paragraphs
            # name as the subject of a sentence with that word ("Mayor says ..." / "Zohran Mamdani ... on his first
            # day as mayor") or right after it ("governor, Gavin Newsom"), else unnamed (no judge named)
            word = sent.speaker.lower()
            holders = {
                f.name
                for later in sentences[i + 1 :]
                if later.para <= 4 and re.search(rf"\b{word}\b", later.text, re.I)
                for f in found
                if later.start <= f.start < later.end
                and f.kind == "person"
                # the sentence's subject, or the name right after the word ("governor, Gavin Newsom")
                and (
                    f.start == later.start
                    or re.search(
                        rf"\b{word}\W{{1,3}}(?:[a-z]+\s+)?$",
                        text[max(later.start, f.start - 40) : f.start],
                        re.I,
                    )
                )
            }
            if len(holders) == 1:
                sent.speaker, sent.speaker_kind = holders.pop(), "person"
            else:
                _set_unnamed(sent, word)
                sent.cues.pop("attributed", None)
        elif sent.speaker in _PLATFORMS:
            channel = _CHANNEL_NAMED.search(sent.text)
            if channel and channel.group(1) not in _PLATFORMS:
                sent.speaker, sent.speaker_kind = channel.group(1), "outlet"  # "Telegram channel Baza"
            elif _CHANNEL_INDEFINITE.search(sent.text):
                _set_unnamed(sent, "channel")  # "A military Telegram channel said"
                sent.cues.pop("attributed", None)


# ---- end of the spokespersons, papers and platforms (round 51) ----


# ---- Who speaks, read from the reporting verb's subject: a backer inside it, a participle, an inserted clause
# (round 56, issue 11) ----
# "The Saudi-backed governor of Yemen's Hadramout province said": a state inside the subject's compound adjective is
# its backer, not the speaker; the subject speaks, as written (a named source's office, as "the interior minister")
_BACKED_SUBJECT = re.compile(
    r"(?:The|the)\s+((?:pro-[\w’'-]+|[\w’'.]+-(?:backed|led|allied|aligned|supported|appointed|installed|funded))"
    r"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
    r"(?:['’]s\s+(?:[A-Z][\w’'.-]*\s+)*[a-z][a-z-]*)?)?)"
    # "The Saudi-backed governor of Hadramawt in Yemen said": the place after "in" only says where (round 66)
    r"(?:\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:said|says|told|tells|added|stated|wrote|warned|announced)\b"
)
# "Trump ... closed the door ... on working with ... Machado, widely seen as ..., saying she ...": a participle after
# a comma shares the clause's subject (the person opening the sentence before a finite verb), not the object before it
_OPENER_VERB = re.compile(
    r"\s+(?:(?:[a-z]+ly|also|then|later|on\s+[A-Z][a-z]+)\s+){0,2}(?:[a-z]{2,}ed|has|had|was|is|[a-z]{3,}[^s\W]s)\b"
)
# (up to two asides: "called on lawmakers to support Shmyhal, a former prime minister, as the new energy minister,
# saying", round 69)
_OBJECT_TO_PARTICIPLE = re.compile(r"(?:\s*,\s*[^,;:\"“”()]{1,80}){0,2}\s*,\s*$")
# "Lieutenant General Fanil Sarvarov, head of ..., died ..., Svetlana Petrenko, official spokesperson for ..., said.": the
# name right before the closing verb's apposition speaks, not the person the sentence is about
_CLOSING_APPOSED = re.compile(
    r",\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+[^,;:\"“”()]{3,120},\s+"
    r"(?:has\s+|had\s+)?(?:said|says|told\s+[\w’'.-]+|added|wrote|stated)(?:\s+on\s+[A-Z][a-z]+)?\W*$"
)

# "Nicolas Maduro – who Donald Trump says is now in US hands – accused Washington of ...": a reporting verb inside a
# relative aside credits its subject with the aside only; the main verb after the aside is the person's before it
_ASIDE_SPOKEN = re.compile(
    r"\s*([,–—])\s+(?:who|whom|which)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:says|said|has\s+said|claims|claimed)\b"
    r"[^,–—;:\"“”]{1,120}?([,–—])\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|accused|accuses|warned|"
    r"warns|denied|denies|insisted|insists|added|stated|argued|argues)\b"
)


def _round56_speakers(page: Page) -> None:
    """The speaker forms of round 56 (see the block's comment), over the sentences once their speakers are set."""
    sentences, found = page.sentences, page.found
    # (the speaker a closing apposition replaced, by whom): its quotation goes on
    moved: tuple[str, str] | None = None
    for sent in sentences:
        if moved and sent.quote and sent.speaker == moved[0] and not SPEECH.search(sent.text):
            sent.speaker = moved[1]
            continue
        moved = None
        if not sent.speaker or sent.unnamed:
            continue
        inside = [f for f in found if sent.start <= f.start < sent.end]
        plain = _blank(_QUOTATION, sent.text)
        verb = (sent.cues.get("attributed") or [""])[0]
        closing = _CLOSING_APPOSED.search(plain) if sent.speaker_kind == "person" else None
        closer = (
            next((f for f in inside if f.start - sent.start == closing.start(1) and f.kind == "person"), None)
            if closing
            else None
        )
        if closer is not None and closer.name != sent.speaker:
            moved = (sent.speaker, closer.name)
            sent.speaker = closer.name  # "..., Svetlana Petrenko, official spokesperson for ..., said."
            continue
        backed = _BACKED_SUBJECT.match(plain)
        if backed and sent.speaker_kind in ("state", "place") and sent.speaker not in backed.group(1):
            sent.speaker, sent.speaker_kind = backed.group(1), "phrase"  # "The Saudi-backed governor of ..."
            continue
        aside = next(
            (
                f
                for f in inside
                if f.kind == "person"
                and f.name != sent.speaker
                and (m := _ASIDE_SPOKEN.match(plain, f.end - sent.start)) is not None
                and m.group(1) == m.group(2)
                and sent.speaker.split()[-1] in m.group()
            ),
            None,
        )
        if aside is not None and sent.speaker_kind == "person":
            sent.speaker = (
                aside.name
            )  # "Maduro – who Donald Trump says is now in US hands – accused Washington"
            continue
        if sent.speaker_kind != "person" or not verb.endswith("ing"):
            continue
        subject = next((f for f in inside if f.start == sent.start), None)
        spoke = next((f for f in inside if f.name == sent.speaker and f.start > sent.start), None)
        participle = re.search(rf",\s+{verb}\b", plain)
        if (
            subject is not None
            and subject.kind == "person"
            and spoke is not None
            and subject.name != spoke.name
            and participle is not None
            and spoke.start - sent.start < participle.start()
            and _OPENER_VERB.match(plain, subject.end - sent.start)
            and _OBJECT_TO_PARTICIPLE.fullmatch(plain, spoke.end - sent.start, participle.start() + 1)
        ):
            # "Trump ... closed the door ... on working with Machado, ..., saying"
            sent.speaker = subject.name


# ---- end of the reporting verb's subject (round 56) ----


# ---- A state's view told with no source (round 60) ----
# "Abu Dhabi has used alliances ... to counter what it views as the threat of political Islam", "Turkey has long been
# hostile to the SDF, seeing it as an extension of PKK", "It views the STC as a bulwark ...", "Turkey deems the
# fighters terrorists": how the state the sentence opens with (or its pronoun "It" after a sentence opening with one)
# sees a thing, its stand: attributed to the state, to no one named when a city stands for it (as "which Beijing
# considers", rounds 27, 57, 60)
_VIEW_VERBS = r"(?:sees|views|regards|considers|saw|viewed|regarded|considered)"
_STATE_VIEW = re.compile(
    rf"\bwhat\s+(?:it|they)\s+(?:still\s+|now\s+)?{_VIEW_VERBS}\s+as\b"
    r"|,\s+(?:seeing|viewing|regarding)\s+(?:[\w’'.-]+\s+){1,8}?as\b"
    rf"|^It\s+(?:still\s+|now\s+)?{_VIEW_VERBS}\s+(?:[\w’'.-]+\s+){{1,8}}?as\b"
    # "Turkey deems the Kurdish fighters terrorists", "The United States has deemed Maduro an illegitimate dictator"
    # (forty-ninth session): the state's judgement, as "regards ... as"
    r"|^(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:has\s+|have\s+|had\s+)?(?:long\s+|still\s+|now\s+|also\s+)?"
    r"(?:deems|deemed)\s+(?!to\b)"
)


def _state_views(page: Page) -> None:
    """A sentence no source was found for that tells a state's view (see the block's comment) is attributed."""
    sentences, found = page.sentences, page.found
    for i, sent in enumerate(sentences):
        if sent.cues or sent.quote or sent.headline or i == 0:
            continue
        plain = _blank(_QUOTATION, sent.text)
        view = _STATE_VIEW.search(plain)
        if view is None:
            continue
        prev = sentences[i - 1]
        state = (
            _opening_state(prev, _blank(_QUOTATION, prev.text), found)
            if plain.startswith("It ")
            else _opening_state(sent, plain, found)
        )
        if state is None:
            continue
        sent.cues["attributed"] = [view.group().strip(" ,")]
        sent.speaker, sent.speaker_kind = (state.name, "state") if state.kind == "state" else ("", "")


# "Meloni's right-wing government has clashed ..., accusing judges": a person's government (party, team ...) speaks as
# written, not the person (round 60, as "Mamdani's team")
_PERSONS_BODY = re.compile(
    r"(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)['’]s\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,2}"
    r"(?:government|administration|cabinet|party|coalition|team|campaign|office|camp|ministry)\b"
)
# "Supporters of U.S. President Donald Trump have largely praised ... as": a group around a person, none of them named
# (round 60; not "Aides of X", who speak for X)
_GROUP_OF_PERSON = re.compile(
    r"(?:(?:Many|Some|Most)\s+)?((?:[Ss]upporters|[Cc]ritics|[Oo]pponents|[Aa]llies|[Bb]ackers|[Ff]ollowers|[Ff]ans|"
    r"[Rr]ivals|[Dd]etractors))\s+of\s+(?:[A-Z][\w’'.-]*\s+){1,5}"
)
# "Vatican and Italian officials said": a body and another people's officials not named, none alone (round 60; "the
# Ukrainian navy and government officials said" stays the navy's)
_AND_UNNAMED_OFFICIALS = re.compile(
    r"\band\s+[A-Z][a-z]+(?:an|ese|ish|i|ic)\s+(?:officials|sources|diplomats|authorities)\s+"
    r"(?:have\s+|had\s+)?(?:said|say|says|told)\b"
)
# "the prosecutor's statement said" after "the Istanbul chief prosecutor's office said": the office (round 60)
_OWNERS_PAPER = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[a-z]+)['’]s\s+(?:statement|readout|release|communique|notice|letter|post|report)"
)


def _round60_speakers(page: Page) -> None:
    """The speaker forms of round 60 (see the comments above), over the sentences once their speakers are set."""
    sentences = page.sentences
    renamed: dict[str, str] = {}
    for i, sent in enumerate(sentences):
        if sent.speaker in renamed:
            sent.speaker = renamed[sent.speaker]  # "It said" after it: the same office
            continue
        if not sent.speaker:
            continue
        plain = _blank(_QUOTATION, sent.text)
        body = _PERSONS_BODY.match(plain)
        if (
            body is not None
            and sent.speaker_kind in ("person", "organisation")  # the model may call Meloni an organisation
            and sent.speaker.split()[-1] in body.group()
            and any(c.endswith("ing") for c in sent.cues.get("attributed", []))
        ):
            sent.speaker, sent.speaker_kind = body.group(), "phrase"
            continue
        group = _GROUP_OF_PERSON.match(plain)
        if group is not None and sent.speaker_kind == "person" and sent.speaker.split()[-1] in group.group():
            _set_unnamed(
                sent, group.group(1).lower()
            )  # "Supporters of U.S. President Donald Trump have praised"
            sent.cues.pop("attributed", None)
            continue
        joined = _AND_UNNAMED_OFFICIALS.search(plain)
        if (
            joined is not None
            and sent.speaker_kind != "person"
            and plain[: joined.start()].rstrip().endswith(sent.speaker)
        ):
            _set_unnamed(sent, "officials")
            sent.cues.pop("attributed", None)
            continue
        paper = _OWNERS_PAPER.fullmatch(sent.speaker)
        office = (
            next(
                (
                    b.speaker
                    for b in reversed(sentences[:i])
                    if re.search(rf"\b{paper.group('owner')}['’]s\s+office$", b.speaker)
                ),
                None,
            )
            if paper
            else None
        )
        if office is not None:
            renamed[sent.speaker] = office
            sent.speaker, sent.speaker_kind = office, "phrase"


# ---- end of the state's views (round 60) ----


# ---- Who speaks, read from the reporting verb's subject: top offices, a spokesperson of the body before
# (round 66, issue 11) ----
# "China's top diplomat added": a state's or body's "top" diplomat, envoy or adviser is one office, named as written
# (as "Russia's top general"), not one of many diplomats not named (round 62)
_TOP_OFFICE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*['’]s\s+top\s+"
    r"(?:diplomat|envoy|negotiator|adviser|advisor|aide))\s+(?:also\s+|later\s+)?("
    + "|".join(SAID_TOLD_WROTE)
    + r")\b"
)
# ", a spokesperson told Reuters" with no body after it: the spokesperson of the body the sentence before opens
# with as its subject ("France's civil aviation authority on Monday asked airlines ... / ..., a spokesperson told
# Reuters", round 62)
# (the verbs: SAID_TOLD_WROTE without "wrote")
_BARE_SPOKESPERSON = re.compile(
    r"(?:^|,\s+)[Aa]\s+spokes(?:person|man|woman)\s+(?:also\s+|later\s+)?(?:said|says|told|tells|added)\b"
)
# "..., according to a post on their X account": the body the sentence opens with speaks through its own post
# (round 66)
_OWN_POST = re.compile(
    r"\baccording\s+to\s+(?:a|an)\s+(?:post|statement|message)\s+(?:on|in)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:account|website|channel|page)\b"
)


# '"...," Treasury said in a statement' after "The U.S. Treasury said": one capitalised word closing a quotation as the
# subject of its verb, the last word of a body that spoke before, is that body (round 66; the finder read no name)
# (the verbs: SAID_STATED_NOTED with "wrote" for "noted")
_CLOSING_ONE_WORD = re.compile(r"[,.!?][\"”]\s+([A-Z][a-z]{3,})\s+(said|says|added|wrote|stated)\b")


# "The separatists said" after "The Southern Transitional Council ... said": a definite plural of a kind of people
# ("-ists", not a source word such as "officials" or "rebels") that the text used before is the body that spoke in
# the three sentences before (round 60)
_THE_GROUP_SAID = re.compile(
    r"The\s+([a-z]+ists)\s+(?:also\s+|later\s+|have\s+|had\s+)?(said|say|says|told|added|warned|insisted|denied)\b"
)


def _round66_speakers(page: Page) -> None:
    """The speaker forms of round 66 (see the block's comments), over the sentences once their speakers are set."""
    sentences, found = page.sentences, page.found
    for i, sent in enumerate(sentences):
        closing = _CLOSING_ONE_WORD.search(sent.text) if not sent.speaker and not sent.unnamed else None
        if closing is not None and not any(
            sent.start + closing.start(1) <= f.start < sent.start + closing.end(1) for f in found
        ):
            spoke = next(
                (
                    b
                    for b in reversed(sentences[max(0, i - 4) : i])
                    if b.speaker
                    and b.speaker_kind not in ("person", "state", "place")
                    and not b.relative
                    and b.speaker.split()[-1] == closing.group(1)
                ),
                None,
            )
            if spoke is not None:
                _set_speaker(sent, spoke.speaker, spoke.speaker_kind, closing.group(2))
                continue
        if sent.speaker or not sent.unnamed:
            continue
        plain = _blank(_QUOTATION, sent.text)
        top = _TOP_OFFICE.search(plain)
        if top is not None:
            _set_speaker(sent, top.group(1), "phrase", top.group(2))
            continue
        group = _THE_GROUP_SAID.match(strip_dateline(plain))
        if group is not None and _kind_of_people(group.group(1)) and not _unnamed(group.group(1)):
            used = any(re.search(rf"\b{group.group(1)}\b", b.text, re.I) for b in sentences[:i])
            spoke = next(
                (
                    b
                    for b in reversed(sentences[max(0, i - 3) : i])
                    if b.speaker and b.speaker_kind == "organisation" and not b.relative
                ),
                None,
            )
            if used and spoke is not None:
                _set_speaker(sent, spoke.speaker, spoke.speaker_kind, group.group(2))
                continue
        own = _OWN_POST.search(plain)
        owner = _opening_body_of(sent, found) if own is not None else ""
        if owner:
            _set_speaker(sent, owner, "phrase", "according to")
            continue
        bare = _BARE_SPOKESPERSON.search(plain)
        prev = sentences[i - 1] if i > 0 else None
        if bare is None or prev is None or prev.para < sent.para - 1 or prev.quote:
            continue
        body = (
            prev.speaker
            if prev.speaker and prev.speaker_kind in ("organisation", "phrase") and not _personal(prev)
            else _opening_body_of(prev, found)
        )
        if body:
            _set_speaker(sent, body, "phrase", bare.group().strip(", ").split()[-1])


# ---- end of the top offices and spokespersons (round 66) ----


# --- A view credited to its owner, a testimony told (round 89: short TASS/SCMP and WSJ items; the headlines'
# forms of that round are in claims.headlines) ---

# "In Viktor Medvedchuk's view, ...", "In the opinion of Anna Berg, ...": a view credited as "according to" credits it
_VIEW_OF = re.compile(
    r"(?:In|in)\s+(?:(?P<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})['’]s?\s+(?:view|opinion|assessment)|"
    r"the\s+(?:view|opinion|assessment)\s+of\s+(?P<of>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))\s*,"
)
# "testified at the trial", "testified before the committee": an appearance; what was said follows "that" or a quote
_TESTIFIED_AT = re.compile(
    r"\btestified\s+(?:at|before|in|during|for|against)\b(?![^\"“”]*(?:\bthat\b|[\"“”:]))"
)


def _view_of_named(sentences: list[_Sentence], found: Sequence[Found]) -> None:
    """'In Viktor Medvedchuk's view, a referendum is ...' credits the view to the person or body named, as
    'According to Viktor Medvedchuk' does (round 89); a sentence already credited keeps its source."""
    for sent in sentences:
        if sent.cues or sent.quote:
            continue
        m = _VIEW_OF.match(sent.text) or _VIEW_OF.search(sent.text, 0, 40)
        if m is None or (m.start() and not sent.text[: m.start()].rstrip().endswith(",")):
            continue
        name = m.group("owner") or m.group("of")
        a = sent.start + m.start("owner" if m.group("owner") else "of")
        who = next(
            (f for f in found if a <= f.start < a + len(name) and f.kind in ("person", "organisation")), None
        )
        if who is None:
            continue
        sent.speaker, sent.speaker_kind = who.name, who.kind
        sent.cues["attributed"] = [m.group().rstrip(" ,")]


def _testified_at(sentences: list[_Sentence]) -> None:
    """'Two sisters testified at the trial.': an appearance told, not a statement; what was said would follow
    'that' or a quotation (round 89)."""
    for sent in sentences:
        cues = [c for st in STATUSES for c in sent.cues.get(st, [])]
        if cues and all(c.lower() == "testified" for c in cues) and _TESTIFIED_AT.search(sent.text):
            sent.cues.clear()
            sent.speaker, sent.speaker_kind, sent.unnamed = "", "", False


# --- Bodies named by an epithet, a point made, a statement on a site (round 94: Guardian excerpts and TASS/SCMP
# items drawn without a word filter; a body named in lower case is claims.bodies' _the_body_of) ---

# what a body is, as a text describes it instead of naming it again: "the legendary British rock band", "the British
# lender", "the Swiss drugmaker" (not a state's institution, whose noun `_KIND_WORDS` and the anaphors already read)
_EPITHET_NOUNS_TEXT = """band group club company firm lender bank carmaker automaker drugmaker retailer airline
broadcaster insurer miner chain charity publisher newspaper network team label studio startup maker giant conglomerate
operator developer manufacturer supermarket brand outfit organisation organization association foundation union
federation league society institute orchestra trust fund exchange platform"""
_EPITHET_NOUNS = frozenset(_EPITHET_NOUNS_TEXT.split())
# the words of such a description: lower-case modifiers and demonyms ("British", "US-based"), no name of its own
_EPITHET = re.compile(r"(?:[A-Z][a-z]+(?:-[a-z]+)?\s+|[a-z][\w-]*\s+){0,5}([a-z]+)")


def _epithet_at(text: str, speaker: str) -> int:
    """Where the description `speaker` stands in `text` after its 'the' (-1 if not there); a sentence opening with it
    holds it capitalised, 'The retailer said ...' for the speaker 'the retailer' (round 112)."""
    at = text.find(speaker)
    if at < 0 and speaker.startswith("the ") and text.startswith("The " + speaker[4:]):
        return 4
    return at + 4 if at >= 0 and speaker.startswith("the ") else at


def _round94_rules(page: Page) -> None:
    """The speaker forms of round 94 (issue 11), each a function below; run after the other passes."""
    sentences, found = page.sentences, page.found
    _epithet_speakers(sentences, found)
    _point_was_that(sentences, found)
    _statement_on_owners_site(sentences)


def _epithet_speakers(sentences: list[_Sentence], found: Sequence[Found]) -> None:
    """'The Cure guitarist ... has died, the legendary British rock band announced': a body described, not named,
    is the body named just before it (in the sentence, else in the two before), as 'the agency said' is (round
    94); sentences that went on with the description ('it said') take the name too."""
    renamed: dict[str, str] = {}
    for i, sent in enumerate(sentences):
        if sent.speaker in renamed and sent.speaker_kind == "phrase":
            sent.speaker, sent.speaker_kind = renamed[sent.speaker], "organisation"
            continue
        if sent.speaker_kind != "phrase" or sent.relative or sent.unnamed:
            continue
        m = _EPITHET.fullmatch(sent.speaker)
        if m is None or m.group(1) not in _EPITHET_NOUNS:
            continue
        at = _epithet_at(sent.text, sent.speaker)
        if at < 0 or not re.search(r"(?:^|\s)(?:the|The)\s+$", sent.text[:at]):
            continue
        # the body the sentence names before the description; else the body that spoke in the two sentences
        # before; else the one the sentence before opens with (its subject, more likely the one described than a
        # name further on: "The Popular Forces, founded by a Bedouin leader, ..."); not the headline's, whose
        # "Italy's Alps" the finder may take for a body
        spoke = next(
            (
                b.speaker
                for b in reversed(sentences[max(0, i - 2) : i])
                if b.speaker_kind in ("organisation", "outlet") and not b.relative
            ),
            "",
        )
        named = _body_named_before(sent, sent.start + at, found) or spoke
        # (a bare "the company" after a sentence naming several bodies stays as written: round 43)
        if not named and i and sent.speaker.lower() not in _GENERIC_BODIES:
            named = _body_named_before(sentences[i - 1], sentences[i - 1].end, found, first=True)
        if named:
            renamed[sent.speaker] = named
            sent.speaker, sent.speaker_kind = named, "organisation"


# "Her point was that ...", "Anna Berg's argument is that ...": what someone argued, credited as "she argued that"
_POINT_WAS_THAT = re.compile(
    r"(?:(?P<pronoun>His|Her|Their)|(?P<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})['’]s?)\s+"
    r"(?:(?:main|central|key|whole|own)\s+)?(?:point|argument|contention|message|view|position|case)\s+"
    r"(?:was|is|has\s+been|had\s+been|remains)\s+that\b"
)


def _point_was_that(sentences: list[_Sentence], found: Sequence[Found]) -> None:
    """'Her point was that we would struggle ...' opens a statement of the person 'her' is (the last person who spoke
    in the two sentences before) or of the person or body named as owner (round 94); a sentence credited already
    keeps its source."""
    for i, sent in enumerate(sentences):
        m = _POINT_WAS_THAT.match(sent.text)
        if m is None or sent.quote or sent.speaker or sent.unnamed or "reported" in sent.cues:
            continue
        if m.group("owner"):
            a = sent.start + m.start("owner")
            who = next(
                (
                    f
                    for f in found
                    if a <= f.start < sent.start + m.end("owner") and f.kind in ("person", "organisation")
                ),
                None,
            )
            name, kind = (who.name, who.kind) if who is not None else ("", "")
        else:
            spoke = next(
                (
                    b
                    for b in reversed(sentences[max(0, i - 2) : i])
                    if b.speaker_kind == "person" and not b.relative
                ),
                None,
            )
            name, kind = (spoke.speaker, "person") if spoke is not None else ("", "")
        if name:
            sent.speaker, sent.speaker_kind = name, kind
            sent.cues.setdefault("attributed", []).insert(0, m.group())


# "according to a statement published on the band's website", "according to a post on its Telegram channel": a
# statement the body spoken of put out on its own site or account
_STATEMENT_ON_SITE = re.compile(
    r"\baccording\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|post|notice|announcement|release)\s+"
    r"(?:(?:published|posted|issued|put\s+out|released|carried)\s+)?on\s+(?:the\s+[a-z]+['’]s|its|their)\s+"
    r"(?:official\s+)?(?:website|web\s+site|site|account|channel|page|Telegram\s+channel|social\s+media\s+\w+)\b"
)


def _statement_on_owners_site(sentences: list[_Sentence]) -> None:
    """'..., according to a statement published on the band's website': the statement of the body that spoke in the
    three sentences before (round 94; a statement is a named source's when its owner is known, as 'a statement from
    the Kremlin said'); a sentence with a speaker of its own keeps it."""
    for i, sent in enumerate(sentences):
        if sent.speaker or sent.quote or _STATEMENT_ON_SITE.search(sent.text) is None:
            continue
        owner = next(
            (
                b
                for b in reversed(sentences[max(0, i - 3) : i])
                if b.speaker and b.speaker_kind in ("organisation", "outlet", "unit") and not b.relative
            ),
            None,
        )
        if owner is None:
            continue
        sent.cues.pop("reported", None)
        sent.cues.setdefault("attributed", []).insert(0, "according to a statement")
        sent.speaker, sent.speaker_kind, sent.unnamed = owner.speaker, owner.speaker_kind, False
