"""Claim speakers referred back: an office, a description or a body used as a speaker is whom the item names.

A pass over an item's sentences once the rules that read one sentence, a headline or a quotation have run (issue
11, the ruling under "Speaker =" in tests/data/claims/README.md). A flagged sentence whose speaker is still a phrase
(no name) takes:

- for an office or a description of a person ("the Ukrainian president", "China's top diplomat", "Najib Razak's
  lawyer", "The 77-year-old monarch"): the one person the item names with that post, written before the name
  ("Foreign Minister Wang Yi" for a top diplomat, "Najib's lawyer Muhammad Farhan Shafee") or in apposition
  ("Mohammad Sinwar, the elusive Hamas military chief"), the same owner when both are written; else the one person
  the paragraph or the one before is about (the headline counts as the paragraph before the first): the one person
  named there outside quotations, or the one of them who opens a sentence as its subject, when they are written
  with no other post;
- for a body referred back by its kind ("the militia said", "the union", "the agency") or described by a state's
  generic noun ("Ukraine's leading private energy provider", "Hong Kong's anti-graft agency"): the one body that
  speaks elsewhere in the item and fits the noun, else the one body the item names.

Several fit, or none: the phrase stays as written ("when unsure, leave it unnamed rather than guess"; a wrong name
is worse than the office).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import TITLE_WORDS, Found
from briefing.claims.bodies import _KIND_WORDS, _LEVELS
from briefing.claims.nouns import _quoted_at, _quoted_spans, _surname
from briefing.claims.offices import (
    _DIGEST_TITLE,
    _HELD_OFFICES,
    _NO_LONGER_BEFORE,
    _NO_LONGER_WORDS,
    _OTHER_OFFICE_WORDS,
    _TWO_WORD_TITLES,
    _same_owner,
)
from briefing.claims.status import Page, _Sentence

# the head nouns of a person's post or description (an office the README's ruling reads as its holder)
_PERSON_HEADS_TEXT = """head chief spokesman spokeswoman spokesperson lawyer attorney diplomat judge monarch commander
    director adviser advisor pontiff"""
_PERSON_HEADS = _HELD_OFFICES | frozenset(_PERSON_HEADS_TEXT.split())
# descriptions: phrases no one post answers, whose holder is the person the paragraph or the one before is about
_DESCRIPTIONS = frozenset({"leader", "monarch", "diplomat", "chief", "head"})
# the same post in other words: a description's head and the titles that answer it
_SAME_POST = {
    "leader": (
        "president",
        "prime minister",
        "chancellor",
        "premier",
        "leader",
        "king",
        "queen",
        "emir",
        "sultan",
    ),
    "diplomat": ("foreign minister", "foreign secretary", "secretary of state"),
    "judge": ("chief justice", "judge", "justice"),
    "monarch": ("king", "queen", "emperor", "emir", "sultan", "monarch"),
    "premier": ("premier", "prime minister"),
    "attorney": ("attorney", "lawyer"),
    "lawyer": ("lawyer", "attorney"),
    # "the pontiff said" after "Pope Leo XIV" (round 112's leftover: a description whose holder the item names)
    "pontiff": ("pope", "pontiff"),
}
# a body's kind nouns that fit any body ("the agency", "a provider"): with a state's name before them they describe a
# body the item names; the institutions' own nouns ("Russia's investigative committee", "the US military") are a
# name as written
_GENERIC_BODY_HEADS_TEXT = """agency company firm group organisation organization association provider operator
    utility carrier airline militia union broadcaster network watchdog regulator club team league charity
    federation foundation"""
_GENERIC_BODY_HEADS = frozenset(_GENERIC_BODY_HEADS_TEXT.split())
_BODY_HEADS = (
    _GENERIC_BODY_HEADS
    | frozenset(_KIND_WORDS)
    | frozenset(
        {"party", "committee", "commission", "council", "authority", "department", "office", "service"}
    )
)
# a phrase: "the" or an owner's name and "'s", then its words ("the 77-year-old monarch", "Hong Kong's anti-graft
# agency", "Najib Razak's lawyer")
_PHRASE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?:['’]s)?\s+)?"
    r"(?P<words>(?:[\w.’'-]+\s+){0,4}?)(?P<head>[a-z][a-z-]*)"
)
_JOINED = re.compile(r"\s*(?:,|and|&)\s+(?:[A-Z][\w.’'-]*\s+){0,3}")
# what may stand before a person who opens a sentence as its subject: a dateline, a title, an opening quotation
_SUBJECT_LEAD = re.compile(
    r"(?:[^\n]{0,60}\(Reuters\)\s+-\s+)?(?:(?:What|How|Why|When|Where)\s+(?:did|does|do|has|have|will|is|was)\s+)?"
    r"(?:(?:[A-Z][\w.’'-]*|of|the|The)\s+){0,5}"
)


def _phrase_parts(phrase: str) -> tuple[str, str, str] | None:
    """(owner, words, head) of a speaker phrase; None when it names no one's post or body by a lower-case noun."""
    # "governor of Yemen's Hadramout province": its owner after "of"
    post, _, of = phrase.strip().partition(" of ")
    m = _PHRASE.fullmatch(post)
    if m is None:
        return None
    words = {w.lower() for w in (m.group("words") or "").split()}
    if words & (_NO_LONGER_WORDS | _OTHER_OFFICE_WORDS):
        return None  # "the former foreign minister", "the deputy prime minister": another post
    # the owner: the capitalised words before the post or after its "of" ("Saudi-backed" is a description)
    owners = re.findall(r"(?<![\w’'-])[A-Z][\w.’'-]*", f"{m.group('owner') or ''} {of}")
    owner = " ".join(re.sub(r"['’]s$", "", w) for w in owners if not re.search(r"-[a-z]+$", w))
    return (owner, " ".join((m.group("words") or "").split()), m.group("head"))


def _titles_for(words: str, head: str) -> tuple[str, ...]:
    """The titles a holder of `words head` may be written with ("top diplomat" -> "foreign minister"; "agriculture
    minister" -> "agriculture minister", not any minister)."""
    prev = words.split()[-1].lower() if words else ""
    if head in _TWO_WORD_TITLES and prev and prev not in _RANK_WORDS:
        return (f"{prev} {head}",)
    return _SAME_POST.get(head, (head,))


# words before a post that rank it rather than name another one ("top general", "senior minister")
_RANK_WORDS = frozenset({"top", "senior", "chief", "most", "powerful", "veteran", "country's", "region's"})


def _titled(
    text: str, f: Found, titles: tuple[str, ...], owner: str, head: str, found: Sequence[Found]
) -> bool:
    """Whether `f` is written with one of `titles` before the name ("Chinese Foreign Minister Wang Yi", "Najib's
    lawyer Muhammad Farhan Shafee") or after it in apposition with "the" ("Mohammad Sinwar, the elusive Hamas
    military chief"), not another post nor one no longer held ("former US President Barack Obama"), and with the
    office's owner when it has one: the owner written with the title, else (for the office's own title, which many
    states' holders bear: "President Masoud Pezeshkian" is no "U.S. president") the person's owner known otherwise."""
    said = "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles)
    line_start = text.rfind("\n", 0, f.start) + 1
    low = max(line_start, f.start - 60)
    before = re.search(
        rf"(?:([A-Z][\w.’'-]*)\s+)?((?i:{said}))\s+(?:[A-Z][a-z’'-]+\s+)?$", text[low : f.start]
    )
    if before is not None:
        written, title = before.group(0).split(), before.group(2)
        owner_written = before.group(1) or ""
        if _NO_LONGER_BEFORE.search(text, max(0, low + before.start() - 12), low + before.start()):
            return False
    else:
        line_end = text.find("\n", f.end)
        after = re.match(
            rf"\s*[,:]\s+the\s+((?:[\w.’'-]+\s+){{0,4}}?)((?i:{said}))\b(?:\s+of\s+(?:the\s+)?([A-Z][\w.’'-]*))?",
            text[f.end : line_end if line_end >= 0 else len(text)],
        )
        if after is None:
            return False
        written, title = after.group(1).split(), after.group(2)
        owner_written = next((w for w in written if w[:1].isupper()), "") or (after.group(3) or "")
    if {w.lower() for w in written} & (_NO_LONGER_WORDS | _OTHER_OFFICE_WORDS):
        return False
    if len(title.split()) == 1 and owner_written.lower() in TITLE_WORDS and head in _TWO_WORD_TITLES:
        return False  # "Prime Minister Mark Carney" holds no other minister's post
    if owner_written.lower() in TITLE_WORDS:
        owner_written = ""  # "Chief Justice X": a title's own word, no owner
    if not owner:
        return True
    if owner_written:
        return _owners_agree(owner_written, owner)
    if title.lower().split()[-1] != head:
        return True  # another post answering a description ("Chief Justice" for "Iran's top judge")
    return _known_owner(text, found, _surname(f.name), owner) == "agrees"


def _known_owner(text: str, found: Sequence[Found], surname: str, owner: str = "") -> str:
    """What the item says of a person's owner against `owner`: "agrees", "other" (a state before another mention of
    the name or the title, or the watch list's country, that is not the owner) or "" (nothing known)."""
    known = ""
    for f in found:
        if f.kind != "person" or _surname(f.name) != surname:
            continue
        states = [
            g.name if not owner or not _owners_agree(text[g.start : g.end], owner) else owner
            for g in found
            if g.kind in ("state", "place")
            and g.end <= f.start < g.end + 50
            and _TITLES_BETWEEN.fullmatch(text, g.end, f.start)
        ]
        if f.listed and f.affiliation:
            states.append(
                f.affiliation
            )  # the watch list's country or body ("Ukraine" for Volodymyr Zelensky)
        for state in states:
            if owner and (state == owner or _owners_agree(state, owner)):
                known = "agrees"
            elif known != "agrees":
                known = "other"
    return known


def _owners_agree(written: str, owner: str) -> bool:
    """Whether an owner written with a name is one of the office's owner words, a demonym for its state included
    ("Chinese" for "China", "Hadramout" for "Yemen Hadramout")."""
    a = re.sub(r"['’]s$", "", written).lower().replace(".", "")
    for word in owner.split():
        b = word.lower().replace(".", "")
        if _same_owner(a, b) or (min(len(a), len(b)) >= 4 and a[:4] == b[:4]):
            return True
    return False


def _quotations(text: str) -> list[tuple[int, int]]:
    """Where quotations run, paragraph by paragraph (one unclosed quotation mark does not turn the rest inside out)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        spans += _quoted_spans(text, start, start + len(line))
        start += len(line) + 1
    return spans


def _people(found: Sequence[Found], quoted: Sequence[tuple[int, int]], start: int, end: int) -> list[Found]:
    """The people named between `start` and `end` outside the quotations `quoted`."""
    return [
        f for f in found if f.kind == "person" and start <= f.start < end and not _quoted_at(quoted, f.start)
    ]


def _fullest(found: Sequence[Found], surname: str) -> str:
    return max(
        (f.name for f in found if f.kind == "person" and _surname(f.name) == surname), key=len, default=""
    )


def _other_post(text: str, found: Sequence[Found], surname: str, titles: tuple[str, ...]) -> bool:
    """Whether the person is written anywhere with a held office that is not one of `titles` ("Prime Minister X" is
    not "the president" nor "the agriculture minister")."""
    for f in found:
        if f.kind != "person" or _surname(f.name) != surname:
            continue
        m = re.search(r"((?:[A-Za-z]+\s+)?)([A-Za-z]+)\.?\s+$", text[max(0, f.start - 40) : f.start])
        if m is None or m.group(2).lower() not in _HELD_OFFICES:
            continue
        written = f"{m.group(1).lower()}{m.group(2).lower()}"
        if written.split()[0] in _OTHER_OFFICE_WORDS | _NO_LONGER_WORDS:
            return True  # "Vice President X" is not "the president"
        if not any(written.endswith(t) or written.split()[-1:] == t.split() for t in titles):
            return True
    return False


def _owner_disagrees(text: str, found: Sequence[Found], surname: str, owner: str) -> bool:
    """Whether the item gives the person another owner than the office's ("Venezuela's Nicolás Maduro" is not "the
    U.S. president"; the watch list's country counts)."""
    return bool(owner) and _known_owner(text, found, surname, owner) == "other"


# between a state and a person's name: "'s" and the words of a title ("Venezuela's President", "Iranian Supreme
# Leader Ayatollah")
_TITLES_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w.’'-]*)*\s+")


# between a title and the name it is written with: "Governor Oleh Kiper", "the governor, Oleh Kiper,"
_NAME_FOLLOWS = re.compile(r"(?:,\s+|\s+)(?:[A-Z][\w.’'-]*\s+){0,2}")


def _office_mentioned(
    text: str, start: int, end: int, titles: tuple[str, ...], people: Sequence[Found]
) -> bool:
    """Whether one of the office's titles is written between `start` and `end` with no one's name after it."""
    said = "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles)
    for m in re.finditer(rf"(?i)\b(?:{said})\b", text[start:end]):
        at = start + m.end()
        if not any(f.start >= at and _NAME_FOLLOWS.fullmatch(text, at, f.start) for f in people):
            return True
    return False


def _holder(
    text: str,
    sentences: list[_Sentence],
    i: int,
    found: Sequence[Found],
    parts: tuple[str, str, str],
    quoted: Sequence[tuple[int, int]],
) -> str:
    """The person an office or description of sentence `i` stands for (see the module's docstring); '' if unsure.
    `quoted`: the item's quotations (`_quotations`)."""
    owner, words, head = parts
    sent = sentences[i]
    titles = _titles_for(words, head)
    titled = {
        _surname(f.name)
        for f in found
        if f.kind == "person"
        and not _quoted_at(quoted, f.start)
        and _titled(text, f, titles, owner, head, found)
    }
    if len(titled) == 1:
        return _fullest(found, titled.pop())
    if titled or i == 0:
        return ""
    # the one person the paragraph or the one before is about (the headline the paragraph before the first)
    para_start = text.rfind("\n", 0, sent.start) + 1
    window = text.rfind("\n", 0, max(0, para_start - 1)) + 1
    headline = (
        sentences[0] if sentences[0].para == 1 and not _DIGEST_TITLE.search(sentences[0].text) else None
    )
    if sentences[0].para == 1 and headline is None:
        window = max(window, sentences[0].end)  # a digest's headline is several stories' (round 4)
    elif headline is not None and sent.para <= 3 and headline.end <= window:
        window = headline.start
    # the paragraph itself first, then with the one before; a post's holder is never read off the headline alone
    # (offices2: a standfirst's "The president said" over more text stays as written; see
    # _standfirst_office_headline_person for a standfirst alone)
    lowest = headline.end if headline is not None and head not in _DESCRIPTIONS else 0
    for start in (para_start, window):
        people = [
            f
            for f in _people(found, quoted, max(start, lowest), sent.start)
            if not _owner_disagrees(text, found, _surname(f.name), owner)
        ]
        if people:
            window = start
            break
    if _office_mentioned(text, window, sent.start, titles, people):
        return ""  # "governor says, while Donald Trump says": the office is someone the window does not name
    named = {_surname(f.name) for f in people}
    # who opens a sentence as its subject ("Volodymyr Zelenskyy is expected to travel ... with Donald Trump", "What
    # did Volodymyr Zelenskyy say about the deal?")
    opening = [
        f
        for f in people
        for b in sentences
        if b.start <= f.start < b.end and _SUBJECT_LEAD.fullmatch(text, b.start, f.start)
    ]
    # "Anna Berg and Tomas Lind meet ...": a subject of two people is both
    opening += [
        g for f in opening for g in people if g.start > f.end and _JOINED.fullmatch(text, f.end, g.start)
    ]
    subjects = {_surname(f.name) for f in opening}
    in_headline = (
        {_surname(f.name) for f in _people(found, quoted, headline.start, headline.end)}
        if headline
        else set()
    )
    if len(subjects) == 1:
        surname = next(iter(subjects))
    elif len(named) == 1 and named <= in_headline:
        surname = next(iter(named))  # the one person named, spoken of, whom the headline is about
    else:
        return ""
    # a post whose holder is named bare in the paragraph before: the person the headline is about (the README's
    # "US President pointed out" under "Trump says ..."); a person the text named before the office and no
    # headline names is not guessed (offices2: "Anna Berg visited the port. / ..., the interior minister said.")
    if head not in _DESCRIPTIONS and window != para_start and surname not in in_headline:
        return ""
    if _other_post(text, found, surname, titles) or any(
        _surname(f.name) == surname for f in _people(found, quoted, sent.start, sent.end)
    ):
        return ""  # written with another post, or named in the sentence itself (someone else's office)
    return _fullest(found, surname)


def _body(
    sentences: list[_Sentence],
    i: int,
    found: Sequence[Found],
    parts: tuple[str, str, str],
    quoted: Sequence[tuple[int, int]],
) -> str:
    """The body a kind noun of sentence `i` stands for (the one body that speaks elsewhere in the item and fits the
    noun); '' if unsure. `quoted`: the item's quotations (`_quotations`)."""
    owner, words, head = parts
    if owner or "'" in words or "’" in words or set(words.lower().split()) & _LEVELS:
        # "Malaysia's anti-graft agency", "the island's port authority", "the local government": a state's or a
        # place's body, named as written (the README's "Romania's Defense Ministry")
        return ""
    names = {
        f.name
        for f in found
        if f.kind in ("organisation", "unit")
        and not _quoted_at(quoted, f.start)
        and _body_fits(head, words, f.name)
    }
    # a body named with its owner speaks as such ("Cambodia's National Defense Ministry" for "National Defense
    # Ministry", subjects._generic_body)
    spoke = {
        s.speaker
        for j, s in enumerate(sentences)
        if j != i and (s.speaker in names or any(s.speaker.endswith((f"'s {n}", f"’s {n}")) for n in names))
    }
    return spoke.pop() if len(spoke) == 1 else ""


def _body_fits(head: str, words: str, name: str) -> bool:
    """Whether "the <words> <head>" may be the body called `name`: a generic noun fits any body ("the agency", "the
    militia"), unless words before it are not in the name ("the rescue agency"); an institution's noun fits a name
    with that noun or its kind ("the ministry" a ministry, "the army" its forces)."""
    lower = name.lower().split()
    if words and not set(words.lower().split()) <= set(lower):
        return False
    if head in _GENERIC_BODY_HEADS:
        return True
    # "the government" is no ministry, "the army" may be its forces
    kinds = _KIND_WORDS["army"] if head in ("army", "military") else (head, f"{head}s")
    return any(k in lower for k in kinds)


def _indefinite(sentence: str, phrase: str) -> bool:
    """Whether the sentence writes the phrase with an indefinite word ("a company spokesperson said"): someone not
    referred back to."""
    at = sentence.lower().find(phrase.lower())
    return at >= 0 and re.search(r"\b(?:a|an|one|another|some|any)\s+$", sentence[:at], re.I) is not None


def _acted_on(sentence: str, phrase: str) -> bool:
    """Whether the sentence writes the phrase as the one a passive verb acts on ("Venezuelan president accused of
    running ..."): no speaker to name."""
    at = sentence.lower().find(phrase.lower())
    return at >= 0 and _PASSIVE_AFTER.match(sentence, at + len(phrase)) is not None


_PASSIVE_AFTER = re.compile(
    r"\s+(?:is\s+|was\s+|has\s+been\s+|had\s+been\s+)?[a-z]+ed\s+(?:of|by|for|with)\b"
)


def _written_indefinite(sentences: list[_Sentence], i: int) -> bool:
    """Whether the sentences that share sentence `i`'s speaker around it (a quotation and its '..., a company
    spokesperson said') write the phrase with an indefinite word."""
    sent = sentences[i]
    lo, hi = i, i
    while lo > 0 and sentences[lo - 1].speaker == sent.speaker:
        lo -= 1
    while hi + 1 < len(sentences) and sentences[hi + 1].speaker == sent.speaker:
        hi += 1
    return any(_indefinite(b.text, sent.speaker) for b in sentences[lo : hi + 1])


def referred_speakers(page: Page) -> None:
    """Name the person or body a flagged sentence's office, description or kind noun stands for (module docstring)."""
    text, sentences, found = page.text, page.sentences, page.found
    named: list[tuple[_Sentence, str, str]] = []
    quoted: list[tuple[int, int]] | None = (
        None  # the item's quotations, read once when a phrase is to be resolved
    )
    for i, sent in enumerate(sentences):
        if not sent.cues or sent.speaker_kind != "phrase" or not sent.speaker:
            continue
        parts = _phrase_parts(sent.speaker)
        if parts is None or _written_indefinite(sentences, i) or _acted_on(sent.text, sent.speaker):
            continue
        if parts[2] not in _PERSON_HEADS and parts[2] not in _BODY_HEADS:
            continue
        if quoted is None:
            quoted = _quotations(text)
        if parts[2] in _PERSON_HEADS:
            name, kind = _holder(text, sentences, i, found, parts, quoted), "person"
        else:
            name = _body(sentences, i, found, parts, quoted)
            kind = next((f.kind for f in found if f.name == name), "organisation")
        if name:
            named.append((sent, name, kind))
    for sent, name, kind in named:  # after reading them all: one resolved phrase is no evidence for the next
        sent.speaker, sent.speaker_kind = name, kind
