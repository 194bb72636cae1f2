"""Claim speakers: offices and their holders.

An office written without a name ("Colombia's foreign minister said", "the governor of Fasa said") is credited as
written, or to the one person the item names with that title ("Foreign Minister Rosa Villavicencio"), the person a
paragraph names next, a holder named in apposition, or the former holder named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import TITLE_WORDS, Found
from briefing.claims.nouns import (
    _HEAD_TITLES,
    _PERSON_TITLES,
    _SPOKES,
    ENVOY_NOUNS,
    _bare_name,
    _headline,
    _quoted_at,
    _quoted_spans,
    _Source,
    _words,
)
from briefing.claims.status import _QUOTED, SAID_TOLD_ADDED, Page, _Sentence

# a description right after a name: "John Smith, a former foreign minister, said"
_DESCRIPTION_APPOSED = re.compile(r"\s*,\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)\s*[,.;]")
_WORDS_BEFORE_NAME = re.compile(r"((?:[\w-]+\s+){1,4})$")


def _former_holder(text: str, start: int, office: str, found: Sequence[Found]) -> Found | None:
    """The person named before `start` with the former office `office` ("the former foreign minister" after "Former
    foreign minister John Smith" or "John Smith, a former foreign minister,"); None if no one was named with it (a
    former office is held by no one now: it only refers back; groups79)."""
    wanted = set(office.lower().split())
    for f in reversed(found):
        if f.kind != "person" or f.end > start or start - f.end > 3000:
            continue
        before = _WORDS_BEFORE_NAME.search(text, max(0, f.start - 60), f.start)
        after = _DESCRIPTION_APPOSED.match(text, f.end)
        described = {w.lower() for m in (before, after) if m for w in m.group(1).split()}
        if wanted <= described:
            return f
    return None


def _titled_name_of(text: str, start: int, head: int, end: int, inside: Sequence[Found]) -> str:
    """The two-word name of a person after a title, before "of <body>" ("Superintendent Risto Lohi of"), or ''."""
    words = text[head:end].split()
    titles = [w.lower().rstrip(".") for w in [*_words(text[start:head])[-2:], *words[:-2]]]
    if len(words) < 2 or not any(w in TITLE_WORDS or w in _HEAD_TITLES for w in titles):
        return ""
    name_at, name_end = head + text[head:end].find(words[-2]), head + len(text[head:end].rstrip())
    person = next(
        (f for f in inside if f.kind == "person" and name_at <= f.start and f.end == name_end), None
    )
    if person is not None:
        return person.name
    name = _bare_name(text, name_at, name_end, inside, start)
    return name if len(name.split()) == 2 else ""


_ACCORDING_TITLED = re.compile(
    r"\baccording\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(_HEAD_TITLES))
    + r")(?:\s+[\w-]+)?(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(_HEAD_TITLES))
    + r")(?:\s+[\w-]+)?)?\s+(?:of|at|for)\s+",
    re.I,
)


def _according_to_titled(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """'according to the Founder and CEO of A Collected Man, Silas Walton': the person the office is held by, named
    after the body; None when no person follows in the same clause."""
    m = _ACCORDING_TITLED.search(text, s, e) if "ccording to" in text[s:e] else None
    if m is None:
        return None
    for f in inside:
        if (
            f.kind == "person"
            and m.end() < f.start <= m.end() + 60
            and not re.search(r"[;:.\"“”()]|\s(?:and|who|which|that)\s", text[m.end() : f.start])
            and re.match(r"\s*(?:[,.;)]|$)", text[f.end : e])
        ):
            return _Source(f.name, "person", "according to")
    return None


# "The office of the mayor of the town of Crans-Montana said": the office of a titled holder, as written (round 24)
# (the verbs: SAID_TOLD_ADDED of claims.status with "announced", "stated", "confirmed", "denied")
_OFFICE_OF_HOLDER = re.compile(
    r"(?<![\w’'-])(?:[Tt]he)\s+((?:press\s+)?office\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(_HEAD_TITLES - _SPOKES))})"
    r"(?:\s+of\s+(?:the\s+)?(?:(?:town|city|region|province|state|district|municipality)\s+of\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?)"
    r"\s+(?:also\s+|later\s+|has\s+|had\s+)?(?:said|says|told|added|announced|stated|confirmed|denied)\b"
)


def _office_of_holder(text: str, s: int, e: int) -> _Source | None:
    """'The office of the mayor of X said' with no one else credited: that office, as written (a place at its end
    is part of the office's name, not the speaker)."""
    m = _OFFICE_OF_HOLDER.search(text, s, e)
    return _Source(" ".join(m.group(1).split()), "phrase", "said") if m is not None else None


# "The governor of Fasa told state media that ...": an office of a place as the sentence's subject (round 26)
# (the verbs: _OFFICE_OF_HOLDER's with "tells", "wrote")
_OFFICE_OF_PLACE = re.compile(
    r"(?:[Tt]he\s+)((?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(_HEAD_TITLES - _SPOKES))})"
    r"\s+of\s+(?:the\s+)?(?:(?:town|city|region|province|state|district|municipality|county)\s+of\s+)?"
    r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))"
    r"\s+(?:also\s+|later\s+|has\s+|had\s+)?(said|says|told|tells|added|announced|stated|confirmed|denied|wrote)\b"
)


def _office_of_place(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """'The governor of Fasa said / told state media': that office as written (the place is part of it, never the
    speaker, and the ones told are not the source)."""
    m = _OFFICE_OF_PLACE.match(text, s, e)
    if m is None or any(
        f.start < m.end(2) and f.end > m.start(2) and f.kind not in ("place", "state") for f in inside
    ):
        return None  # "The head of Ukrenergo said": a body's office (_headed_body)
    return _Source(" ".join(m.group(1).split()), "phrase", m.group(3))


# "a presidential spokesman said": the spokesman of an office the adjective names, as written (round 20)
_OFFICE_ADJECTIVE_SPOKES = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he)\s+((?:presidential|parliamentary|ministerial)\s+spokes(?:man|woman|person))\s+"
    r"(?:also\s+|later\s+)?(?:" + "|".join(SAID_TOLD_ADDED) + r")\b"
)


def _office_adjective_spokes(text: str, s: int, e: int, src: _Source | None) -> _Source | None:
    """'A presidential spokesman said ...' with no one named: the spokesman of that office, as written."""
    if src is not None and src.name:
        return src
    m = _OFFICE_ADJECTIVE_SPOKES.search(text, s, e)
    return _Source(m.group(1), "phrase", "said") if m is not None else src


_OFFICE_ENDS = _HEAD_TITLES | {"executive", "officer", "official"}


def _apposed_holder(
    text: str, s: int, e: int, inside: Sequence[Found], src: _Source | None
) -> _Source | None:
    """An office read as the source whose holder the sentence names right after it, between commas ("according
    to the far-right finance minister, Bezalel Smotrich, who ...", "said the regional health chief, Anna Berg."):
    the holder (round 35); an office alone keeps its words."""
    if src is None or src.kind != "phrase" or src.name.split()[-1].lower() not in _OFFICE_ENDS:
        return src
    at = text.find(src.name, s, e)
    comma = re.compile(r",\s+").match(text, at + len(src.name)) if at >= 0 else None
    holder = next((f for f in inside if comma is not None and f.start == comma.end()), None)
    if (
        holder is not None
        and holder.kind == "person"
        and re.match(r"\s*(?:[,.;)]|\s(?:who|whose)\s|$)", text[holder.end : e])
    ):
        return _Source(holder.name, "person", src.verb)
    return src


# "..., the U.N. special rapporteur on the situation of human rights in Myanmar has said": a closing office with
# what it is for, as written (round 29; "the minister said", "the UN envoy said" were read already)
_COMPLEMENT_TITLES = "|".join(
    sorted(
        _PERSON_TITLES
        | {
            "rapporteur",
            "commissioner",
            "representative",
            "coordinator",
            "director",
            "ombudsman",
            "prosecutor",
        }
    )
)
# (the verbs: SAID_STATED_NOTED of claims.status with "warned" for "noted")
_CLOSING_OFFICE = re.compile(
    rf",\s+the\s+((?:[\w.’'-]+\s+){{0,3}}?(?:{_COMPLEMENT_TITLES})\s+(?:for|on|to|of|in|at)\s+[^,;:\"“”]{{2,80}}?)"
    r"\s+(?:has\s+|had\s+)?(said|says|added|stated|warned)\s*[.!]?\s*$"
)


def _closing_office(text: str, s: int, e: int) -> _Source | None:
    """The office with its complement that closes a sentence with a speech verb, as written."""
    m = _CLOSING_OFFICE.search(text, s, e)
    if m is None or _QUOTED.search(m.group(1)):
        return None
    return _Source(m.group(1), "phrase", m.group(2))


# "the late Pope Francis", "former President Biden": a title its holder no longer has
# the words that say a title is no longer its holder's ("the late Pope Francis", "former President Biden"), one list
# for the title before a name (_NO_LONGER_BEFORE) and for an office's own words (_office_named_next and the headline's)
_NO_LONGER_WORDS = frozenset({"former", "late", "ex", "ex-", "then", "previous", "outgoing"})
_NO_LONGER_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(w for w in _NO_LONGER_WORDS if w.isalpha()))})[\s-]+$", re.I
)


def _titled_holder(title: str, text: str, found: Sequence[Found], pos: int, prev: _Sentence | None) -> str:
    """The one person named before `pos` with `title` written before the name ("Pope Leo ... said the pope", also
    when the model read "Leo" as a body; not inside a quotation), not one who no longer holds it ("the late Pope Francis"); with several,
    the one who spoke last; '' if none, or several and none spoke last."""
    titled = re.compile(rf"\b{re.escape(title)}\s+$", re.I)
    quoted = _quoted_spans(text, 0, pos)  # a name inside a quotation is spoken of, not named by the text
    holders: dict[str, str] = {}
    for f in found:
        words = f.name.split()
        if f.end > pos or f.kind in ("state", "place") or not words or _quoted_at(quoted, f.start):
            continue
        if len(words) > 1 and words[0].lower() == title:
            title_at, name = f.start, f.name  # "Pope Leo" read as one name
        else:
            before = titled.search(text, max(0, f.start - 40), f.start)
            if before is None or not text[before.start()].isupper():
                continue  # "the pope Leo met" is no title written before a name
            title_at = before.start()
            name = f.name if len(words) > 1 else f"{text[title_at : title_at + len(title)]} {f.name}"
        if _NO_LONGER_BEFORE.search(text, max(0, title_at - 12), title_at):
            continue
        last = name.split()[-1]
        holders[last] = max(holders.get(last, ""), name, key=len)
    if len(holders) == 1:
        return next(iter(holders.values()))
    spoke = prev.speaker.split()[-1] if prev is not None and prev.speaker else ""
    return holders.get(spoke, "")


# a paragraph that opens with an office as its subject: "The president has made ...", "The minister also said"
_PARAGRAPH_OFFICE = re.compile(
    r"The\s+(?:[a-z][\w-]*\s+)?([a-z]+)\s+(?:\w+ly\s+|also\s+)?(?:[a-z]+ed|[a-z]+s|has|had|was|is)\b"
)


def _office_holder_before(text: str, found: Sequence[Found], para_start: int) -> str:
    """The one person the text names with the title that the paragraph before `para_start` opens with as its
    subject ("The president has made ..." after "US President Donald Trump said"), when that paragraph names no
    person; '' if none or several."""
    before_start = text.rfind("\n", 0, para_start - 1) + 1
    office = _PARAGRAPH_OFFICE.match(text, before_start, para_start)
    if office is None or office.group(1) not in TITLE_WORDS:
        return ""
    if any(f.kind == "person" and before_start <= f.start < para_start for f in found):
        return ""
    titled = re.compile(rf"\b{office.group(1)}\s+$", re.I)
    holders = {
        f.name
        for f in found
        if f.kind == "person"
        and f.start < before_start
        and titled.search(text, max(0, f.start - 30), f.start)
    }
    return holders.pop() if len(holders) == 1 else ""


# Rounds 80 and 81 (office84): an office named without its holder's name ("Colombia's foreign minister said") is the
# one person the item names with that title ("Foreign Minister Rosa Villavicencio said"); see _office_holders.
_HELD_OFFICE_TEXT = """president minister mayor governor chancellor premier leader secretary ambassador envoy prosecutor
    general king queen pope emir sultan monarch emperor"""
_HELD_OFFICES = frozenset(_HELD_OFFICE_TEXT.split())
# the titles an owner's generic "leader" may be written with ("Ukraine's leader" = "Ukrainian President Zelensky")
_LEADER_TITLES = r"president|prime\s+minister|chancellor|premier|leader"
# the title in lower case, or capitalised as TASS writes it ("Chinese President"): the owner is then the shortest
# run of capitalised words before it
_OFFICE_WITH_OWNER = re.compile(
    r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?)(?:['’]s)?\s+"
    r"(?P<title>[A-Za-z][a-z-]*(?:\s+[A-Za-z][a-z-]*){0,2})"
)
_OFFICE_OF_OWNER = re.compile(
    r"(?P<title>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+of\s+(?:the\s+(?:town|city|village|region|province|state)"
    r"\s+of\s+)?(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
)
# a word before a holder's title that makes it another office ("deputy prime minister Oleksiy Kuleba")
_ANOTHER_POST_WORDS = frozenset({"deputy", "vice", "acting", "assistant", "junior", "first", "interim"}) | (
    _NO_LONGER_WORDS - {"ex-"}
)
_OTHER_OFFICE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_ANOTHER_POST_WORDS))})[\s-]+$", re.I)
_NO_OWNER_TEXT = """the a an but and then as said says told when while after before"""
_NO_OWNER_WORDS = frozenset(_NO_OWNER_TEXT.split())
# the owners that are the United States, as _same_owner writes them (no dots, "_" for spaces)
_US_OWNERS_TEXT = """us usa america american united_states"""
_US_OWNERS = frozenset(_US_OWNERS_TEXT.split())


def _same_owner(one: str, other: str) -> bool:
    """Whether two owners of an office are the same ("Ukraine" and "Ukrainian", "US" and "U.S.")."""
    a, b = (re.sub(r"\s+", "_", x.lower().replace(".", "")) for x in (one, other))
    if a in _US_OWNERS or b in _US_OWNERS:
        return a in _US_OWNERS and b in _US_OWNERS
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return a == b or common >= 5


# an office written without an owner ("the interior minister", "the local prosecutor"): its words; a title of two
# words ends in one of these ("interior minister"), any other is its last word ("regional governor" -> "governor")
_UNOWNED_OFFICE = re.compile(r"(?:the\s+)?(?P<title>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})", re.I)
_TWO_WORD_TITLES = frozenset({"minister", "secretary", "general"})
# the words that make an unowned office another post than its holder's title ("deputy prime minister")
_OTHER_OFFICE_WORDS = _ANOTHER_POST_WORDS | frozenset({"new", "next", "opposition", "shadow"})


def _office_parts(office: str) -> tuple[str, str] | None:
    """(title, owner) of an office named without a name: "Colombia's foreign minister" -> ("foreign minister",
    "Colombia"); "the interior minister" -> ("interior minister", ""), "the regional governor" -> ("governor", "");
    None when it is no held office or another post than a title ("deputy prime minister", "former president")."""
    owned = _OFFICE_WITH_OWNER.fullmatch(office) or _OFFICE_OF_OWNER.fullmatch(office)
    if owned is not None and owned.group("owner").lower() not in _NO_OWNER_WORDS:
        title = " ".join(owned.group("title").split()).lower()
        return (title, owned.group("owner")) if title.split()[-1] in _HELD_OFFICES else None
    bare = _UNOWNED_OFFICE.fullmatch(office.strip())
    words = bare.group("title").lower().split() if bare is not None and office[:1].islower() else []
    if not words or words[-1] not in _HELD_OFFICES or _OTHER_OFFICE_WORDS & set(words):
        return None
    # rounds 4 and 65-66 (offices2): "the interior minister said" is whoever the item calls Interior Minister
    keep = 2 if words[-1] in _TWO_WORD_TITLES and len(words) > 1 else 1
    return " ".join(words[-keep:]), ""


# words that open a sentence, never a first name between a title and a surname
_OPENING_WORDS = (
    r"(?:While|When|Whilst|The|But|And|In|On|At|As|After|Before|Since|If|Although|Though|A|An|This|That|It|He|She|"
    r"They|We|Yet|So|Meanwhile|However|Earlier|Later|Last|Now|Then)"
)


def _office_holder(text: str, found: Sequence[Found], office: str) -> str:
    """The one person `text` names with the title of `office` written before the name, its owner the office's or
    none ("Colombia's foreign minister" -> "Foreign Minister Rosa Villavicencio"; "Ukraine's leader" ->
    "Ukrainian President Volodymyr Zelensky"), or in apposition after "the" and that title or its last words ("The
    minister, Pedro Sanchez, said"); an office written without an owner ("the governor said") is the one person
    named with its title whatever the owner; '' when no person or several fit."""
    parts = _office_parts(office)
    if parts is None:
        return ""
    title, owner = parts
    said = _LEADER_TITLES if title == "leader" else r"\s+".join(map(re.escape, title.split()))
    # the title, then the name (the name may be found from its surname: "President Volodymyr [Zelenskiy]")
    # (not a word that opens a sentence: "..., says its foreign minister / While Benjamin Netanyahu ...")
    titled = re.compile(
        rf"(?:([A-Z][\w.’'-]*)\s+)?(?i:{said})\s+(?:(?!{_OPENING_WORDS}\b)[A-Z][a-z’'-]+\s+)?$"
    )
    # "The minister, Pedro Sanchez, said", "The US president, Donald Trump, has said": the title or its last words
    tail = r"\s+".join(map(re.escape, title.split()[-1:]))
    apposed = re.compile(rf"(?:^|[\s,])[Tt]he\s+(?:([A-Z][\w.’'-]*)\s+)?(?i:(?:[a-z-]+\s+)?{tail}),\s+$")
    own: dict[str, str] = {}
    unowned: dict[str, str] = {}
    # "after the meeting with President Trump" inside a quotation: spoken of, not named by the text
    quoted = _quoted_spans(text, 0, len(text))
    for f in found:
        if f.kind != "person" or not f.name.split() or _quoted_at(quoted, f.start):
            continue
        before = titled.search(text, max(0, f.start - 60), f.start)
        if before is None:
            before = apposed.search(text, max(0, f.start - 60), f.start)
            if before is None or not re.match(r"[^\S\n]*,", text[f.end : f.end + 3]):
                continue
        # "Deputy Prime Minister X", "the former minister, X,": another post, or one no longer held
        words = {w.lower() for w in re.findall(r"[\w’'-]+", before.group(0))}
        if words & _OTHER_OFFICE_WORDS or _OTHER_OFFICE_BEFORE.search(
            text, max(0, before.start() - 12), before.start()
        ):
            continue
        if before.group(1) is None or before.group(1).lower() in _NO_OWNER_WORDS or not owner:
            unowned[f.name.split()[-1]] = f.name
        elif _same_owner(before.group(1), owner):
            own[f.name.split()[-1]] = f.name
    holders = own or unowned
    return next(iter(holders.values())) if len(holders) == 1 else ""


def _office_holders(page: Page) -> None:
    """An office named with its owner and without a name ("Colombia's foreign minister said", "the mayor of the
    town of Crans-Montana said", "Ukraine's leader said") is the one person the item names with that title
    (rounds 70, 80, 81: "German president says" -> Frank-Walter Steinmeier); with none or several, as written."""
    text, sentences, found = page.text, page.sentences, page.found
    for sent in sentences:
        office = sent.speaker if sent.speaker_kind == "phrase" else ""
        if sent.speaker_kind == "organisation" and sent.speaker.split()[-1].lower() in _HELD_OFFICES:
            # "The Ruritanian President said": a capitalised office read as a body's name is the office
            office = sent.speaker
        if sent.speaker_kind in ("state", "phrase") and re.fullmatch(r"[A-Z][\w.-]*", sent.speaker):
            # "Ukraine's leader said" read as Ukraine's: the office the sentence writes with the state's name
            said = re.search(
                rf"\b{re.escape(sent.speaker)}['’]s\s+([a-z]+)\s+(?:said|says|told|added|noted)\b", sent.text
            )
            office = (
                said.group(0).rsplit(None, 1)[0]
                if said is not None and said.group(1) in _HELD_OFFICES
                else ""
            )
        if not office:
            continue
        # "Saudi Arabia's ambassador to Yemen" is the ambassador the item names ("Saudi ambassador Mohammed Al-Jaber")
        posted = re.match(rf"(.+?\b{ENVOY_NOUNS})\s+(?:to|at)\s", office)
        holder = _office_holder(text, found, office) or (
            _office_holder(text, found, posted.group(1)) if posted else ""
        )
        if holder:
            sent.speaker, sent.speaker_kind = holder, "person"
    _office_named_next(text, sentences, found)


# Offices by the ruling (offices2): a paragraph that opens with an office as its speaker ("..., the interior minister
# said.") and the one person the next sentences name first ("Ihor Klymenko said ...", Reuters' and the BBC's lead
# then second paragraph) -> that person holds it
_NAMED_NEXT_OFFICES = _HELD_OFFICES | frozenset(
    {
        # the abbreviated titles of a headline ("..., deputy AG says" over "Todd Blanche says ...", round 155)
        "ag",
        "pm",
        "head",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "commander",
        "director",
    }
)
# a headline over several stories, a word of it anywhere ("Ukraine war briefing: ...", "... - live", "what we know");
# wider than rank's _DIGEST, which makes commentary of an item only when its headline is a digest's name and
# nothing else ("Morning news brief") or a list of reads: live pages and briefings are news there, not here
_DIGEST_TITLE = re.compile(r"(?i)\b(?:at\s+a\s+glance|briefing|what\s+we\s+know|live|round-?up|digest)\b")
# a name followed by an apposition giving a post or a description ("Kuan Bi-ling, head of the Ocean Affairs
# Council,", "Anna Berg, a resident,"): someone described otherwise; an age or a relative clause is no post
_POST_APPOSED = re.compile(r"\s*,\s+(?!who\b|which\b|whose\b|\d)[a-z]")
_RANKS = frozenset({"general", "gen", "lieutenant", "lt", "colonel", "col", "major", "admiral", "brigadier"})


def _office_word(office: str) -> str:
    """The head noun of an office phrase: "head of the plant" -> "head", "Iran's military chief" -> "chief"."""
    words = re.findall(r"[\w-]+", office.split(" of ")[0].lower())
    return words[-1] if words else ""


def _first_named_after(text: str, found: Sequence[Found], start: int, end: int) -> Found | None:
    """The first person named (outside quotations) between `start` and `end`; None if none."""
    quoted = _quoted_spans(text, start, end)
    return next(
        (
            f
            for f in found
            if f.kind == "person" and start <= f.start < end and not _quoted_at(quoted, f.start)
        ),
        None,
    )


def _post_before(text: str, f: Found) -> str:
    """The title word written right before a name ("Foreign Minister Anna Berg" -> "minister"), '' if none."""
    m = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, f.start - 30) : f.start])
    word = m.group(1).lower() if m else ""
    return word if word in TITLE_WORDS or word in _NAMED_NEXT_OFFICES else ""


# how the person named after an office speaks: opening the sentence ("Anna Berg welcomed ..."), after a short
# opening phrase and with the reporting verb ("In a post on social media, Anna Berg said"), after a quotation
# ('..." Anna Berg said'), or followed by the reporting verb ("..., Anna Berg said"); not one named in passing
# ("victims of Anna Berg"), nor one described ("Anna Berg is a journalist")
_AFTER_QUOTATION = re.compile(r"[,!?.…][\"”’']\s*(?:[A-Z][a-z]+\.?\s+)?$")
_SAID_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:said|says|told|added|wrote|posted|stated|was\s+(?:cited|quoted))\b"
)
_DESCRIBED_AFTER = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s")


def _speaks_as_named(text: str, sent: _Sentence, f: Found) -> bool:
    """Whether the person `f` named in `sent` is written as its speaker (see _SAID_AFTER)."""
    if _DESCRIBED_AFTER.match(text, f.end):
        return False
    before = text[sent.start : f.start].lstrip(" \"“'‘")
    if not before or _AFTER_QUOTATION.search(before):
        return True
    return _SAID_AFTER.match(text, f.end) is not None


def _office_named_next(text: str, sentences: list[_Sentence], found: Sequence[Found]) -> None:
    """An office or description that speaks in a paragraph's first sentence ("..., the interior minister said.",
    "Italy's foreign minister hailed ...") is the person the sentences after it name first, in full, when that person
    is written as a speaker (_speaks_as_named), is not named before and has no other post ("Ihor Klymenko said
    ..."); the sentences between may only be the office's own ("he said") or name no one, within the two paragraphs
    after. Not in a digest, whose next name may be another story's. The person the item names only bare holds the
    office (the labels' ruling)."""
    headline = _headline(sentences)
    # "Russia's foreign minister said ... Sergei Lavrov told" in a war briefing's fourth story (round 4): in a digest
    # only the headline's office is read, and only from the standfirst right under it, which tells the same lead
    # ("..., says foreign minister – US politics live" over "Yusuf Tuggar says ...", round 153)
    digest = headline is not None and _DIGEST_TITLE.search(headline.text) is not None
    for i, sent in enumerate(sentences):
        if digest and (sent is not headline or len(sentences) < 2):
            break
        office = sent.speaker
        if (
            sent.speaker_kind != "phrase"
            or (sent.para == 1 and sent is not headline)
            or (i > 0 and sentences[i - 1].para == sent.para)
            or _office_word(office) not in _NAMED_NEXT_OFFICES
            or _NO_LONGER_WORDS & {w.lower() for w in office.split()}
        ):
            continue
        # a headline's office: the standfirst under it only (its first paragraph after the headline's)
        last_para = sentences[i + 1].para if sent is headline and i + 1 < len(sentences) else sent.para + 2
        chain = [sent]
        person: Found | None = None
        for later in sentences[i + 1 :]:
            if later.para > last_para:
                break
            if later.speaker == office:
                chain.append(later)  # "..., he said": the office's own
                last_para = later.para + 1
                continue
            named = _first_named_after(text, found, later.start, later.end)
            if named is None:
                continue
            person = named if _speaks_as_named(text, later, named) else None
            break
        if person is None or " " not in text[person.start : person.end].strip():
            continue
        last = person.name.split()[-1]
        mentions = [f for f in found if f.kind == "person" and f.name.split()[-1] == last]
        body = sentences[1].start if headline is not None and len(sentences) > 1 else 0
        if (
            any(body <= f.start < sent.end for f in mentions)
            or _POST_APPOSED.match(text, person.end)
            or any(_post_before(text, f) not in ("", *_RANKS) for f in mentions if f.start > sent.end)
        ):
            continue  # named before the office, or written with another post: not guessed
        for s in chain:
            s.speaker, s.speaker_kind = person.name, "person"


def _role_title(role: str) -> str:
    """The title a watch-list role opens with: "President of the United States" -> "president"."""
    return re.split(r"\s+of\s+|,", role.strip().lower(), maxsplit=1)[0].strip()


def listed_office_holders(page: Page) -> None:
    """An office written with its owner and no name ("..., the US president said") that no rule resolved: the one
    person the item names whom the watch list gives that office of that owner ("Donald Trump", President of the
    United States; round 108's "Gustavo Petro needs to be careful ..., the US president said" -> Trump). Not a
    generic "leader" (the owner's president or prime minister), nor another post ("deputy", "former")."""
    sentences, found = page.sentences, page.found
    for sent in sentences:
        if sent.speaker_kind != "phrase" or not sent.cues:
            continue
        parts = _office_parts(sent.speaker)
        if parts is None or not parts[1] or parts[0] == "leader":
            continue
        title, owner = parts
        holders = {
            f.name
            for f in found
            if f.kind == "person"
            and f.listed
            and f.affiliation
            and _role_title(f.role) == title
            and _same_owner(owner, f.affiliation)
        }
        if len(holders) == 1:
            sent.speaker, sent.speaker_kind = holders.pop(), "person"
