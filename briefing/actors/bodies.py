"""Bodies: organisations and states the model missed, cut or mislabelled (quoted groupings, bodies in
titles, bodies cut at "and", a state's bodies, blocs, companies in apposition, award bodies)."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.actors.headlines import _OWNER_END, _sentence_start
from briefing.actors.patterns import _NAME_LINK
from briefing.actors.people import _TOWN_PRIORITY
from briefing.actors.repair import _BODY_JOINERS, _NAME_WORD, _demonym
from briefing.actors.spans import _WORD_BEFORE, Found, _clean
from briefing.actors.words import (
    _CAP,
    _CAP_WORD,
    _CAPITAL_WORD_BEFORE,
    _OFFICE_HOLDERS,
    _PREFIX_BEFORE,
    _QUOTES,
    _STATES_DEPARTMENT,
    _TRADE_COMMA_NAME,
    INSTITUTION_INSIDE,
    INSTITUTION_WORDS,
    TITLE_WORDS,
    UNIT_WORDS,
    _initials,
    _key,
    _known_place,
    _state_prefix,
    common_word,
    english_margin,
    english_word,
)
from briefing.phrases import PhraseIndex, norm

# a legislature's one-word name ("Duma", "Knesset", "Parliament"): a state's name before it only says whose it is
_LEGISLATURE = re.compile(
    r"Parliament|Senate|Congress|Rada|Duma|Knesset|Bundestag|Bundesrat|Sejm|Majlis|Riksdag|Storting|Folketing|"
    r"Eduskunta|Oireachtas"
)


# a grouping's name in quotes, opened by its kind ("the so-called 'Coalition of the Willing'", "the 'Gang of Eight'")
_QUOTED_GROUPING = re.compile(
    r"(?<![\w’'])['‘\"“]((?:Coalition|Alliance|Axis|Gang|League|Front|Movement|Bloc|Club|Friends|Circle)"
    r"(?:\s+(?:of|for|the|and|[A-Z][\w-]*))*?\s+[A-Z][\w-]*)[’'\"”](?!\w)"
)


def _quoted_groupings(text: str, found: list[Found]) -> list[Found]:
    """A quoted name of two words or more opened by a grouping's kind ("'Coalition of the Willing'") is a body,
    whatever the model read in it (the model tags a quoted Title Case phrase as a work, or not at all)."""
    extra = []
    for m in (
        _QUOTED_GROUPING.finditer(text) if "'" in text or "‘" in text or '"' in text or "“" in text else ()
    ):
        s, e = m.start(1), m.end(1)
        if any(
            f.start < e and f.end > s and (f.listed or f.kind not in ("person", "organisation"))
            for f in found
        ):
            continue
        found = [f for f in found if not (f.start < e and f.end > s)]
        extra.append(Found(s, e, m.group(1), "organisation"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# a troop grouping's quoted name before its noun ('the "North" troop grouping', "the 'Dnipro' group of forces")
_QUOTED_TROOP_GROUPING = re.compile(
    r"(?<![\w’'])['‘\"“]([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})[’'\"”]\s+"
    r"(?:(?:troop|army|force)\s+)?(?:grouping|group\s+of\s+(?:forces|troops))\b"
)


def _quoted_troop_groupings(text: str, found: list[Found]) -> list[Found]:
    """A quoted name before "(troop) grouping" or "group of forces" is that unit's, even where it is a place's or a
    compass point ('inspected the "North" troop grouping'; the model tags nothing, or a place)."""
    if "group" not in text:
        return found
    extra = []
    for m in _QUOTED_TROOP_GROUPING.finditer(text):
        s, e = m.span(1)
        found = [f for f in found if not (f.start < e and f.end > s)]
        extra.append(Found(s, e, m.group(1), "unit"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# the institutions a bloc or body has, written after its short form ("EU Council", "EU Commission", "EU Court of
# Justice"); not a meeting ("EU Summit") nor a post
_INSTITUTION_OF_A_BODY = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:Council|Commission|Parliament|Court|Assembly|Committee|Secretariat)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
)


def _body_of_a_listed_body(text: str, start: int, end: int, inside: list[Found]) -> bool:
    """The model's body is one listed body's short form (or a theatre's keyword, as "EU" is) and an institution's
    noun after it ("EU Council"): the institution, which the index, knowing only the bloc, would cut to the bloc."""
    if len(inside) != 1 or inside[0].kind not in ("organisation", "keyword") or not inside[0].listed:
        return False
    body = inside[0]
    if re.fullmatch(r"(?:[Tt]he\s+)?", text[start : body.start]) is None:
        return False
    word = text[body.start : body.end]
    return (
        re.fullmatch(r"[A-Z]{2,6}", word) is not None  # the short form, not "European Union Council"
        and _INSTITUTION_OF_A_BODY.fullmatch(text, body.end, end) is not None
    )


def _office_of_english_words(name: str) -> bool:
    """A name of two or three capitalised words ending on an office's holder ("Commander", "Representative"),
    the others English words and no institution's ("Supreme Allied Commander", "High Representative"): an
    office, not the body it serves ("Federal Reserve Board" ends on no holder's word)."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[-1].lower() in _OFFICE_HOLDERS
        and all(w[:1].isupper() and (w.lower() in TITLE_WORDS or english_word(w)) for w in words[:-1])
        and not INSTITUTION_INSIDE.search(name)
    )


def _short_form_spells(name: str, text: str) -> bool:
    """The item gives the name's short form in brackets right after it, and its letters are the initials of the
    name's capitalised words ("Philippine Coast Guard (PCG)"): the name is written as the body writes it."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and re.search(re.escape(name) + r"\s*\(" + initials + r"\)", text) is not None


def _one_body_of_a_state(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Bodies whose names differ only in a first word that names one state, as a noun or an adjective ("the
    Philippines Coast Guard", "the Philippine Coast Guard (PCG)"), are one: under the name its short form in
    brackets spells, else the one written first."""
    groups: dict[tuple[str, str], list[str]] = {}
    for f in found:
        first, _, rest = f.name.partition(" ")
        entry = index.entries.get(_key(first)) if rest and f.kind in ("organisation", "unit") else None
        if entry is not None and entry.kind == "state" and f.name not in groups.get((entry.name, rest), []):
            groups.setdefault((entry.name, rest), []).append(f.name)
    rename: dict[str, str] = {}
    for names in groups.values():
        if len(names) > 1:
            spelled = [n for n in names if _short_form_spells(n, text)]
            keep = spelled[0] if len(spelled) == 1 else names[0]
            rename.update({n: keep for n in names if n != keep})
    return [replace(f, name=rename[f.name]) if f.name in rename else f for f in found] if rename else found


def _body_named_by_its_tail(found: list[Found]) -> list[Found]:
    """A body's name of two words or more that ends a longer body's name in the item, on an institution's or a unit's
    word, is that body named short ("Qassam Brigades" after "The Ezzedine Al-Qassam Brigades"), whatever kind the
    model gave the short form; not after another name's hyphen ("Kennedy Center" of a "Trump-Kennedy Center")."""
    bodies = {f.name for f in found if f.kind in ("organisation", "unit") and not f.listed}
    rename: dict[str, tuple[str, str]] = {}
    for f in found:
        words = f.name.split()
        if (
            f.listed
            or f.kind not in ("organisation", "unit", "person")
            or len(words) < 2
            or not (INSTITUTION_WORDS.search(f.name) or UNIT_WORDS.search(f.name))
        ):
            continue
        longer = [
            b
            for b in bodies
            if len(b) > len(f.name) and re.search(rf"(?:\s|\b[Aa]l-|\b[Ee]l-){re.escape(f.name)}$", b)
        ]
        if len(longer) == 1:
            kind = next(g.kind for g in found if g.name == longer[0])
            rename[f.name] = (longer[0], kind)
    if not rename:
        return found
    return [
        replace(f, name=rename[f.name][0], kind=rename[f.name][1]) if f.name in rename else f for f in found
    ]


def _state_adjective_off(name: str, text: str, index: PhraseIndex) -> str:
    """A body's name without the state's adjective before it ("Competition Authority" of "The Italian Competition
    Authority") when the item also writes it after a possessive ("Italy's competition authority"): the item shows
    the adjective is no part of the name; "" otherwise."""
    first, _, rest = name.partition(" ")
    entry = index.entries.get(_key(first))
    if not rest or entry is None or not entry.demonym or not INSTITUTION_WORDS.search(rest):
        return ""
    return rest if re.search(r"['’]s\s+" + re.escape(rest) + r"\b", text, re.I) else ""


def _state_then_body(text: str, start: int, end: int, state: Found, index: PhraseIndex) -> bool:
    """The span is "the", a state's name (not its adjective) and one to three capitalised words without "of":
    one body's name however long the state's ("the United States Border Patrol")."""
    entry = index.entries.get(_key(text[state.start : state.end]))
    rest = text[state.end : end].split()
    return (
        re.fullmatch(r"[Tt]he\s+", text[start : state.start]) is not None
        and entry is not None
        and entry.kind == "state"
        and not entry.demonym
        and 1 <= len(rest) <= 3
        and all(w[:1].isupper() for w in rest)
    )


def _state_before_body(text: str, start: int, end: int, state: Found, index: PhraseIndex) -> bool:
    """The model's organisation span opens on a state's name (no adjective, not the US's or the UK's, which open
    some bodies' own names: "US Coast Guard") and the rest, two or more capitalised words, is written alone
    elsewhere in the item, or a member's title follows it: the state only says whose body it is ("Iran Revolutionary
    Guard" in a headline, "Brazil Supreme Court Justice Alexandre de Moraes")."""
    if state.kind != "state" or state.start != start or text[state.end : state.end + 1] != " ":
        return False
    written = text[state.start : state.end]
    if _state_prefix(written + " ") or _demonym(index, written):
        return False
    rest = text[state.end + 1 : end]
    words = rest.split()
    if len(words) == 1 and _LEGISLATURE.fullmatch(rest):
        return True  # "Russia Duma elections": the Duma, Russia's (as "Russia's Defence Ministry")
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1).lower() in TITLE_WORDS and INSTITUTION_WORDS.search(rest):
        return True  # "Brazil Supreme Court Justice Alexandre de Moraes": the state says whose court the judge's is
    # alone: no capitalised word right before it (a possessive aside: "Brazil's Supreme Court") or after it, so
    # "Iran Human Rights" written twice is not "Human Rights" alone
    pattern = re.compile(rf"(?<![\w-]){re.escape(rest)}(?![\w-])(?!\s+[A-Z])")
    return any(
        (m.start() >= end or m.end() <= start)
        and not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for m in pattern.finditer(text)
    )


_CAPITAL_BEFORE = re.compile(r"(?<![\w’'])[A-Z][\w-]*\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


def _namesake(text: str, start: int, end: int, inside: list[Found]) -> bool:
    """Whether the model's person span is another person than the listed one whose alias it holds: "Brigitte
    Macron" or "Ivanka Trump" around the alias "Macron" or "Trump", "Donald Trump Jr." around "Donald Trump".
    The other words must be capitalised names (titles aside) that the listed person's full name does not start
    with; a first name that only differs in spelling ("Sergey" for "Sergei", "Vladimir" for "Volodymyr") starts
    with the same letter and is the same person."""
    if len(inside) != 1 or inside[0].kind != "person" or not inside[0].listed:
        return False
    f = inside[0]
    canonical = f.name.split()
    if len(canonical) < 2 or (f.start, f.end) == (start, end):
        return False
    before = [w for w in text[start : f.start].split() if w.lower().rstrip(".") not in TITLE_WORDS]
    after = text[f.end : end].split()
    if before:
        if after or not all(w[:1].isupper() and w.isalpha() for w in before):
            return False
        return norm(before[0])[:1] != norm(canonical[0])[:1]
    # one more name after the whole full name: the son ("Nicolás Maduro Guerra", "Donald Trump Jr.")
    if len(after) != 1 or len(text[f.start : f.end].split()) < 2:
        return False
    word = after[0].rstrip(".")
    return word.isalpha() and word[:1].isupper()


# the object of a verb that asks or appoints someone to act: "Trump designated Rubio to draft", "asked Austin to
# stay"; not any verb before a purpose ("protesters filled Shiraz to demand") nor a determiner after "to" ("hit
# Rubio to the south")
_ASKED_BEFORE = re.compile(r"\b([a-z]+) +$")
_ASKED_AFTER = re.compile(r" +to +([a-z]+)\b")
_ASKING_VERBS_TEXT = """asked asks told tells urged urges designated designates appointed appoints named names
    nominated nominates picked picks tapped taps chose chooses ordered orders instructed instructs tasked tasks
    invited invites pressed presses encouraged encourages authorised authorized authorises authorizes"""
_ASKING_VERBS = frozenset(_ASKING_VERBS_TEXT.split())
_DETERMINERS_TEXT = """the a an this that these those its his her their our my your some any all each every both
    no one two three several many"""
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())


def _asked_to_act(text: str, start: int, end: int, inside: list[Found], index: PhraseIndex) -> bool:
    """Whether the model's one-word person, which the gazetteer knows only as a town (no capital, state or region),
    is someone asked or appointed to act ("Trump designated Rubio to draft security guarantees"): a town is not."""
    word = text[start:end]
    if len(inside) != 1 or inside[0].kind != "place" or not _NAME_WORD.fullmatch(word):
        return False
    entry = index.entries.get(_key(word))
    if entry is None or entry.kind != "place" or entry.priority > _TOWN_PRIORITY:
        return False
    before = _ASKED_BEFORE.search(text, max(0, start - 25), start)
    after = _ASKED_AFTER.match(text, end)
    return (
        before is not None
        and before.group(1) in _ASKING_VERBS
        and after is not None
        and after.group(1) not in _DETERMINERS
    )


# "after winning 677 council seats, Reform's triumph": a common word capitalised mid-sentence as an owner
_MIDSENTENCE_OWNER = re.compile(
    rf"(?<=[a-z,;] )(?={_CAP})([A-Z][a-z]{{3,}})['’]s\s+(?=[a-z])"
)  # no day or month


# a company's noun that never names a person's trade (not "producer", "developer", "broker": "film producer Harvey
# Weinstein"; "drugmaker Novo Nordisk", "grid operator Ukrenergo", "education institution Folkuniversitetet"), after
# a word that is no determiner ("the company Musk founded" is a clause, not a name)
_COMPANY_NOUN_THEN_NAME = re.compile(
    r"(?<=[a-z] )(?:company|firm|startup|start-up|carmaker|automaker|chipmaker|drugmaker|retailer|airline|lender|"
    r"insurer|conglomerate|manufacturer|operator|supermarket|institution)\s+"
    r"((?:[A-Z][\w&-]*[\w&])(?:\s+[A-Z][\w&-]*[\w&]){0,2})(?![\w’'-])"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|whose|my|our|your|this|that|which)\s+$", re.I
)


def _companies_in_apposition(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A name in apposition after a company's noun is the company ("a private company, Ocean Infinity, to
    search"), whatever place or product the model took it for (`_TRADE_COMMA_NAME`, which only fills a gap); so
    is the model's person right after a company's noun and a word that is no determiner ("Grid company Stromnetz
    Berlin said", "energy firm Voltaro said"; not "the company Musk founded", "film producer Harvey Weinstein")."""
    names = {(m.start(1), m.end(1)) for m in _TRADE_COMMA_NAME.finditer(text)}
    trade = {
        (m.start(1), m.end(1))
        for m in _COMPANY_NOUN_THEN_NAME.finditer(text)
        if not _DETERMINER_BEFORE.search(text, max(0, m.start() - 7), m.start())
        and not any(english_word(w) or w.lower() in TITLE_WORDS for w in m.group(1).split())
    }
    return [
        (s, e, "ORG")
        if (
            (s, e) in names
            and label in ("GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART")
            and not _known_place(index, text[s:e])
            and not _known_place(index, text[s:e].split()[0])
        )
        or ((s, e) in trade and label == "PERSON" and _key(text[s:e]) not in index.entries)
        else (s, e, label)
        for s, e, label in ents
    ]


# a TASS headline's source after its closing dash, when a ministry or an office ("... in Yemen — Foreign Ministry",
# "— Chinese Defense Ministry"); the model reads the line's last words as the headline's and may give them no span
_TITLE_DASH_BODY = re.compile(
    r"^[^\n]*\S[ \t]+[—–][ \t]+(?P<body>(?:[A-Z][a-z]+[ \t]+){0,2}(?:Ministry|Office|Department|Committee|"
    r"Council|Commission|Agency|Service|Embassy|Parliament|Senate))[ \t]*(?:\n|$)"
)


def _title_dash_bodies(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The body a headline names as its source after a closing dash, where the model gave it no span (a state's
    adjective before it is cut later, as for the model's own "Chinese Foreign Ministry")."""
    m = _TITLE_DASH_BODY.match(text)
    if m is None or any(s < m.end("body") and m.start("body") < e for s, e, _ in ents):
        return ents
    return sorted([*ents, (m.start("body"), m.end("body"), "ORG")])


# "Zhejiang-based Corniola", "a Dubai-based firm": a place made an adjective by "-based" before a name
_BASED_BEFORE = re.compile(r"[A-Z][\w.’'-]*[-‑]based[ \t]+$")


def _companies_after_based(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A name right after a place's "-based" ("Zhejiang-based Corniola") is what is based there, a company or a
    body, whatever place or product the model took it for; a person's name keeps the model's reading."""
    return [
        (s, e, "ORG")
        if label in ("GPE", "LOC", "FAC", "NORP", "PRODUCT")
        and _BASED_BEFORE.search(text, max(0, s - 40), s)
        and not _known_place(index, text[s:e])
        else (s, e, label)
        for s, e, label in ents
    ]


# an office of a named body right before its holder's name: "Chief of the General Staff Valery Gerasimov", "Chief
# of the General Staff of Ukraine's armed forces Andrey Gnatov" (the body's state and its forces in lower case after it)
_BODY_IN_TITLE = re.compile(
    r"\b([A-Za-z]+)\s+of\s+the\s+((?:[A-Z][\w’'-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'-]*)"
    r"(?:\s+of\s+[A-Z][\w-]*['’]s(?:\s+[a-z]+){1,3})?\s+$"
)


def _bodies_in_titles(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The body named in a person's title ("Chief of the General Staff Valery Gerasimov", "Head of the Presidential
    Office Andriy Yermak") is an organisation too: capitalised words after an office's "of the", right before a
    person the model found; not one English word alone ("Leader of the Opposition"), not a place, and never over
    another span."""
    extra = []
    for s, _e, label in ents:
        if label != "PERSON":
            continue
        m = _BODY_IN_TITLE.search(text, max(0, s - 90), s)
        if m is None or m.group(1).lower() not in TITLE_WORDS:
            continue
        bs, be = m.start(2), m.end(2)
        body = m.group(2)
        if (
            (len(body.split()) == 1 and english_word(body))
            or _known_place(index, body)
            or any(os < be and bs < oe for os, oe, _ in ents)
        ):
            continue
        extra.append((bs, be, "ORG"))
    return sorted(ents + extra) if extra else ents


# capitalised words ending in an institution's word ("Foreign Intelligence Service"), then capitalised titles
# ("Chief", "Press Secretary") right before a person: the body the person's title names
_BODY_BEFORE_TITLE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]* +(?:(?:of|and|for) +(?:the +)?)?){0,4}"
    + INSTITUTION_WORDS.pattern[2:-1]
    + r")((?: +[A-Z][a-z]+){1,3}) +$"
)


def _bodies_before_titles(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The body written before a person's capitalised title ("Foreign Intelligence Service Chief Oleg
    Ivashchenko", as "Supreme Court Justice Alexandre de Moraes") is an organisation too, where the model tagged
    the person only: capitalised words ending in an institution's word, a state's adjective or name before them
    left off; not one English word alone ("House Speaker"), not a place, never over another span."""
    extra = []
    for s, _e, label in ents:
        if label != "PERSON":
            continue
        m = _BODY_BEFORE_TITLE.search(text, max(0, s - 90), s)
        if m is None or not all(w.lower() in TITLE_WORDS for w in m.group(2).split()):
            continue
        bs, be = m.start(1), m.end(1)
        words = m.group(1).split()
        while len(words) > 1 and (_demonym(index, words[0]) or _known_place(index, words[0])):
            bs = text.index(words[1], bs + len(words[0]))
            words = words[1:]
        body = text[bs:be]
        if (
            (len(words) == 1 and english_word(body))
            or _known_place(index, body)
            or any(os < be and bs < oe for os, oe, _ in ents)
        ):
            continue
        extra.append((bs, be, "ORG"))
    return sorted(ents + extra) if extra else ents


# a body's name with an institution's noun and its "of" at the head, "and" inside ("the Ministry of Labour and Social
# Affairs", "Institute of Archival Affairs and Records Management"), which the model and the name pattern end at "and"
_BODY_OF_AND = re.compile(
    r"(?<![\w’'-])(?:(?!(?:The|A|An)\s)[A-Z][\w’'-]*(?<![’']s)\s+){0,3}(?:Ministry|Department|Institute|Office|Commission|Council|Committee|Agency|Bureau|Centre|Center|"
    r"Directorate|Secretariat|Authority|Academy|Federation)\s+(?:of|for|on)\s+(?:the\s+)?"
    r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){0,2}"
    r" and ((?:[A-Z][a-z][a-z-]*)(?: [A-Z][a-z][a-z-]*){0,3})(?![\w’'-])(?![’']s\b)(?! [A-Z])"
)


def _bodies_cut_at_and(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A body's name with an institution's noun and "of" at its head, then "and" and one to four capitalised English
    words, is one body, whatever the model made of its parts: "the Ministry of Labour and Social Affairs" (the
    model's "Social Affairs" alone), "Ministry of Diaspora Affairs" + "Combating Antisemitism", "Institute of
    Archival Affairs" + "Records Management"; not over a person, a place or another body ("the Ministry of Defence
    and Central Bank", "Ministry of Finance and Kyiv"). A body's span that starts before the noun keeps its start
    ("the Swedish Ministry of ...")."""
    out = list(ents)
    for m in _BODY_OF_AND.finditer(text):
        start, end, tail = m.start(), m.end(), m.group(1).split()
        inside = [x for x in out if x[0] < end and x[1] > start]
        if (
            all(english_word(w) for w in tail)
            and not INSTITUTION_INSIDE.search(m.group(1))
            and not any(_known_place(index, w) for w in tail)
            and all(label == "ORG" and e <= end for _, e, label in inside)
        ):
            start = min([start] + [s for s, _, _ in inside])
            if len(text[start:end].split()) > 8:
                continue  # longer than the resolver keeps around a place: the parts stay ("Ukrainian Research ...")
            out = [x for x in out if x not in inside] + [(start, end, "ORG")]
    return sorted(out)


_AND_TAIL = re.compile(r" and ([A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*){0,2})(?![\w’'-])")


def _spelled_in(text: str, name: str, but: set[str] | frozenset[str] = frozenset()) -> bool:
    """The item writes the name's initials (three letters or more, not those in `but`) as a word of their own:
    its short form ("Colorado Parks and Wildlife ... CPW", "US Immigration and Customs Enforcement (ICE)")."""
    return any(
        re.search(rf"(?<![\w.-]){short}(?![\w-])", text) for short in _initials(name) - but if len(short) >= 3
    )


def _bodies_spelled_past_and(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body's span the model ended before "and" and one to three capitalised words is one body with them when the
    item's short form spells the whole ("Colorado Parks and Wildlife ... CPW officers") and not the span alone."""
    out = list(ents)
    for s, e, label in ents:
        m = _AND_TAIL.match(text, e)
        if label != "ORG" or m is None:
            continue
        if not _spelled_in(text, _clean(text[s : m.end()]), _initials(_clean(text[s:e]))):
            continue
        inside = [x for x in out if x[0] < m.end() and x[1] > e]
        if any(lab == "PERSON" for _, _, lab in inside):
            continue
        out = [x for x in out if x not in inside and x != (s, e, label)] + [(s, m.end(), "ORG")]
    return sorted(out)


def _bodies_split_after_and(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's span of capitalised words ending in "and", right before a body's span, is that body's first part:
    "The Australian Competition and" + "Consumer Commission's" is one body (no name ends in "and")."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in sorted(ents):
        if out and label == "ORG":
            ps, pe, plabel = out[-1]
            words = text[ps:pe].split()
            if (
                plabel != "PERSON"
                and text[pe:s] == " "
                and len(words) >= 2
                and words[-1] == "and"
                and all(w[:1].isupper() or w in _NAME_LINK for w in words[:-1])
            ):
                out[-1] = (ps, e, "ORG")
                continue
        out.append((s, e, label))
    return out


# a body's common noun after its name ("the Aria agency", "the Adani group") or its chief's ("the Tesla CEO")
_BODY_NOUN_AFTER = re.compile(
    r"\s+(?:agency|company|firm|group|foundation|charity|thinktank|consultancy|institute|CEO|chief\s+executive|"
    r"founder|boss|chairman|chairwoman)\b(?![’'-])"
)


def _bodies_by_their_noun(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The model's place, people's adjective or person of one capitalised word between "the" and a body's noun or
    its chief's is that body ("the Aria agency", "the Tesla CEO"), when it is no English word and the index knows
    no place or people of that name ("the Ukrainian agency", "the Gaza group" stay)."""
    out = []
    for s, e, label in ents:
        word = text[s:e]
        if (
            label in ("GPE", "LOC", "NORP", "PERSON", "FAC", "PRODUCT")
            and re.fullmatch(r"[A-Z][\w-]+", word)
            and re.search(r"(?<![\w-])[Tt]he\s+$", text[max(0, s - 5) : s])
            and _BODY_NOUN_AFTER.match(text, e)
            and not english_word(word)
            and not _known_place(index, word)
            and not _demonym(index, word)
        ):
            label = "ORG"
        out.append((s, e, label))
    return out


# what a name after "called" is: a thing, a venue or an animal, no body nor person ("the main prize, called El
# Gordo", "a prison called the Terrorism Confinement Centre", "a drone dubbed the Falcon")
_THING_CALLED = re.compile(
    r"\b(?:prize|jackpot|lottery|award|ship|boat|vessel|yacht|warship|submarine|plane|aircraft|jet|drone|missile|"
    r"rocket|satellite|operation|programme|program|scheme|plan|project|policy|law|bill|app|website|game|film|movie|"
    r"documentary|show|series|podcast|book|novel|song|album|festival|exhibition|prison|jail|camp|hotel|bar|"
    r"restaurant|cafe|café|nightclub|building|tower|bridge|island|street|road|village|town|neighbou?rhood|district|"
    r"storm|hurricane|typhoon|cyclone|virus|variant|disease|syndrome|drug|vaccine|device|weapon|system|tool|chatbot|"
    r"robot|dog|horse|species|dish|drink|cocktail|brand|product|car|truck|vehicle|chip|doctrine|theory)s?,?\s+"
    r"(?:called|named|dubbed|nicknamed|known\s+as)\s+(?:the\s+)?[\"“‘']?$"
)
# a short form in brackets after the lower-case words it spells ("the news bargaining incentive (NBI)"): a thing's
# short form, not a name (a body's words in lower case, as the Guardian writes "the international criminal court
# (ICC)", end in an institution's noun and stay)
_LOWER_WORDS_ACRONYM = re.compile(r"(?<![\w’'-])((?:[a-z][\w-]*\s+){1,8})\(([A-Z]{2,6})\)")
# an acronym after "a" or "an" and before no noun ("turned down an MBE in the honours"): a common noun (an honour,
# a job, a kind of thing), no body's name, which is one of a kind ("an FBI agent" qualifies the noun after it)
_ACRONYM_AS_NOUN = re.compile(
    r"(?<![\w-])[Aa]n?\s+([A-Z]{2,5})(?=\s+(?:in|for|of|over|from|to|at|on|and|or|but|after|before|because|"
    r"when|while|with|by|last|this|next)\b|\s*[.,;:!?)]|\s*$)"
)


def _things_named(text: str, ents: list[tuple[int, int, str]]) -> set[str]:
    """The names of the model's bodies and people that the item names as things, wherever it writes them: a name
    after a thing's noun and "called", a short form the item spells in lower-case words that end in no
    institution's noun, and an acronym the item writes after "a" or "an" as a common noun."""
    things = set()
    for m in _LOWER_WORDS_ACRONYM.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        for k in range(len(words)):
            initials = "".join(w[0] for w in words[k:] if w not in _NAME_LINK).upper()
            if initials == short and not INSTITUTION_WORDS.search(words[-1].capitalize()):
                things.add(short)
    things |= {m.group(1) for m in _ACRONYM_AS_NOUN.finditer(text)}
    things = {t for t in things if any(label == "ORG" and _clean(text[s:e]) == t for s, e, label in ents)}
    for s, e, label in ents:
        if label in ("ORG", "PERSON") and _THING_CALLED.search(text, max(0, s - 60), s):
            things.add(_clean(text[s:e]))
    return things


def _state_prefix_of_bodies(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A body's span of two or more capitalised words right after "US" or "UK" (the model's span leaving it out)
    takes it back, as the model's own "U.S. Coast Guard" keeps it: "the US Immigration and Customs Enforcement",
    "U.S. District Court Judge ...". Not a state's ministry ("US Justice Department", "the UK Ministry of Defence",
    labelled without the state), a name the index knows ("US NATO allies") or after another capitalised word."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        name = _clean(text[s:e])
        words = name.split()
        m = _PREFIX_BEFORE.search(text[max(0, s - 8) : s]) if label == "ORG" else None
        if (
            m is not None
            and len(words) >= 2
            and all(w[:1].isupper() or w in _BODY_JOINERS for w in words)
            and not _STATES_DEPARTMENT.fullmatch(name)
            and "Ministry" not in words
            and _key(name) not in index.entries
        ):
            at = max(0, s - 8) + m.start()
            if not _CAPITAL_WORD_BEFORE.search(text, max(0, at - 40), at):
                out = [x for x in out if not (x[1] > at and x[0] < s)]
                out.append((at, e, label))
                continue
        if not any(x[0] <= s and x[1] >= e and (x[0], x[1]) != (s, e) for x in out):
            out.append((s, e, label))
    return sorted(set(out))


# two names the model read as one, joined by "and" or a comma: "Both Trump and Zelenskiy said", "Mali, Burkina Faso
# restrict entry", "as Lyft and Uber reveal tie-ups"
_COORDINATED = re.compile(
    r"((?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]*)(?:,\s+|\s+and\s+)((?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]*)"
)


def _coordinated_names(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A body's or person's span of two names joined by "and" or a comma, each of words that are no English words
    (or a name the index knows), and no institution's word in it, is the two names: each a place or state if the
    index knows it, else what the model called the pair ("Trump and Zelenskiy", "Sumy, Kharkiv"; not "Immigration
    and Customs Enforcement", "Israel Defense and Security Forum" or "Food and Drug Administration")."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        # (the model's span may keep the list's comma after it: "Kharkiv, Sumy," of "Kharkiv, Sumy, Mykolaiv and")
        cut = s + len(text[s:e].rstrip(" ,;"))
        m = _COORDINATED.fullmatch(text, s, cut) if label in ("ORG", "PERSON") else None
        if m is None or INSTITUTION_INSIDE.search(text, s, e):
            out.append((s, e, label))
            continue
        parts = [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
        entries = [index.entries.get(_key(text[ps:pe])) for ps, pe in parts]
        if not all(
            entry is not None or not any(english_word(w) for w in text[ps:pe].split())
            for (ps, pe), entry in zip(parts, entries, strict=True)
        ):
            out.append((s, e, label))
            continue
        for (ps, pe), entry in zip(parts, entries, strict=True):
            known = entry is not None and entry.kind in ("state", "place", "region")
            out.append((ps, pe, "GPE" if known else label))
    return out


# a model's designation: letters, a hyphen and a number ("S-400", "F-35", "MiG-29")
_DESIGNATION = r"\b[A-Z][A-Za-z]{0,3}[-‑]\d{1,4}[A-Za-z]?s?"
_LIST_GAP = re.compile(r"(?:,|,?\s+(?:and|or))\s+")  # between two names of a list
_DESIGNATION_BEFORE = re.compile(_DESIGNATION + _LIST_GAP.pattern + "$")
_DESIGNATION_AFTER = re.compile(_LIST_GAP.pattern + _DESIGNATION + r"\b")
# a span opening on a designation, then a capitalised name: the model's designation and its name ("MQ‑9 Reaper",
# "F-16 Fighting Falcon"); not a body named so ("G-20 Secretariat")
_DESIGNATION_NAMED = re.compile(_DESIGNATION + r"\s+[A-Z][a-z]")


def _quoted_figures(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two or three words the model calls a person, each common in English, written only inside quotation marks
    of their own, are a figure of speech or a nickname, no one ("claims 'Grim Reaper' coming for Zelensky"); a
    name written without the marks elsewhere in the item stays a person."""
    out = []
    for s, e, label in ents:
        name = text[s:e].strip(_QUOTES)
        words = name.split()
        if (
            label == "PERSON"
            and 2 <= len(words) <= 3
            and all(_CAP_WORD.fullmatch(w) and common_word(w) >= 3.0 for w in words)
            and _key(name) not in index.entries
            and all(
                text[m.start() - 1 : m.start()] in tuple(_QUOTES)
                and text[m.end() : m.end() + 1] in tuple(_QUOTES)
                for m in re.finditer(re.escape(name), text)
            )
        ):
            continue
        out.append((s, e, label))
    return out


def _names_among_designations(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name listed beside a model's designations is a model's name too, a product ("With S-400, S-500, Pantsir
    Air Defense", "F-16s and Gripens"), whatever the model called it; so is a span opening on a designation
    ("MQ‑9 Reaper")."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        if (
            label in ("ORG", "PERSON")
            and (
                _DESIGNATION_BEFORE.search(text, max(0, s - 20), s)
                or _DESIGNATION_AFTER.match(text, e)
                # the next in the same list: "S-300, Tor and Buk"
                or (out and out[-1][2] == "PRODUCT" and _LIST_GAP.fullmatch(text, out[-1][1], s))
                or (_DESIGNATION_NAMED.match(text, s, e) and not INSTITUTION_WORDS.search(text[s:e]))
            )
        ):
            label = "PRODUCT"
        out.append((s, e, label))
    return out


_OWNER_PRONOUN = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our) $")
_BODY_KIND = re.compile(r"\b(?:Front|Movement|Alliance|League|Coalition|Network|Team|Club|Band|Choir)\b")


def _owned_things(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A capitalised phrase after "his", "her" or "their" that ends on a common English noun and names no kind of
    body is something the person owns or wrote ("her Freedom Manifesto"), not an organisation ("their Labour
    Party", "his Popular Front" stay)."""
    if not any(label == "ORG" and _OWNER_PRONOUN.search(text, max(0, s - 7), s) for s, _, label in ents):
        return ents
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        if (
            label == "ORG"
            and 2 <= len(words) <= 4
            and _OWNER_PRONOUN.search(text, max(0, s - 7), s) is not None
            and common_word(words[-1]) >= 3.0
            and english_margin(words[-1]) >= 1.0
            and not words[-1].isupper()  # "her Anne Frank Trust UK foundation": a body
            and not re.match(
                r" (?:foundation|charity|trust|party|group|company|firm|band)\b", text[e : e + 12]
            )
            and not INSTITUTION_INSIDE.search(text[s:e])
            and not _BODY_KIND.search(text[s:e])
        ):
            continue
        out.append((s, e, label))
    return out


# a bloc's members: "Brics nations", "Opec members"
_MEMBERS_AFTER = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z0-9]{1,7}) (?:nations|members|member states|countries|leaders|summit)\b"
)


def _blocs_before_members(
    text: str, found: list[Found], ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[Found]:
    """A capitalised word before "nations", "members" or "leaders" that the model leaves unread, that is no
    English word and nothing the index knows, is a bloc's name ("For Brics nations and the Global South")."""
    if not _MEMBERS_AFTER.search(text):
        return found
    extra: list[Found] = []
    for m in _MEMBERS_AFTER.finditer(text):
        word = m.group(1)
        if (
            not _sentence_start(text, m.start(1))
            and not english_word(word)
            and english_margin(word) < 0.6
            and word.lower() not in TITLE_WORDS
            and _key(word) not in index.entries
            and not any(s < m.end(1) and e > m.start(1) for s, e, _ in ents)
            and not any(f.start < m.end(1) and f.end > m.start(1) for f in found + extra)
        ):
            extra.append(Found(m.start(1), m.end(1), word, "organisation"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "Reform UK", "Cancer Research UK": a body named by a capitalised word and its state's short name, inside a sentence
_BODY_OF_A_STATE = re.compile(r"(?<=[a-z,] )((?:[A-Z][a-z]+ ){1,2}UK)\b(?![’'-])")


def _bodies_of_a_state(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """One or two capitalised words before "UK", inside a sentence, none a title, a place, a state or its adjective,
    and none a person's or body's name found already, name a British body ("the populists Reform UK")."""
    if " UK" not in text:
        return found
    extra = []
    for m in _BODY_OF_A_STATE.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()[:-1]
        if any(
            w.lower() in TITLE_WORDS or _key(w) in index.entries or not _CAP_WORD.fullmatch(w) for w in words
        ):
            continue
        if any(f.start < e and f.end > s and f.kind not in ("state", "place") for f in found):
            continue
        extra.append(Found(s, e, m.group(1), "organisation"))
    if not extra:
        return found
    kept = [f for f in found if not any(f.start < x.end and f.end > x.start for x in extra)]
    return sorted(kept + extra, key=lambda f: f.start)


def _common_word_bodies(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """A common word the item always capitalises, never writes in lower case, names more than once, and makes an
    owner mid-sentence is a body's name ("Reform's triumph ... Reform is coming": the party)."""
    if "’s" not in text and "'s" not in text:
        return found
    extra = []
    for m in _MIDSENTENCE_OWNER.finditer(text):
        word = m.group(1)
        if (
            english_word(word)
            and word.lower() not in TITLE_WORDS
            and _key(word) not in index.entries
            and text[: m.start(1)].split()[-1].rstrip(",;").islower()  # not "New Year's"
            and not {"the", "a", "an"}
            & {w.lower() for w in text[: m.start(1)].split()[-2:]}  # "the young Democrat's"
            and len(re.findall(rf"\b{word}\b", text)) >= 2
            and not re.search(rf"\b{word.lower()}\b", text)
            and not any(f.start < m.end(1) and f.end > m.start(1) for f in found)
        ):
            extra.append(Found(m.start(1), m.end(1), word, "organisation"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# a state's diplomatic mission by its kind ("the Russian Embassy in Caracas", "the U.S. Consulate General"): generic,
# as "the Chinese embassy" in lower case is; a mission named otherwise ("Embassy of Hope") is not this
_MISSION = re.compile(
    r"(?:[Tt]he\s+)?(.+?)\s+(?:Embassy|Consulate(?:\s+General)?|High\s+Commission)(?:\s+(?:in|to)\s+[A-Z][\w.’'-]*)*"
)


def _state_mission(name: str, index: PhraseIndex, before: str = "") -> bool:
    """Whether an organisation's name is a state's embassy or consulate: its words before the kind, or the word
    before the name (`before`: the text up to it), name a state the index knows, by its name or its adjective
    ("Russian", "Venezuela's", "U.S."; "the Russian" + "Consulate General")."""
    m = _MISSION.fullmatch(name)
    if m is not None:
        owner = m.group(1)
    elif _MISSION.fullmatch("X " + name) and (word := _WORD_BEFORE.search(before)) is not None:
        owner = word.group(1)
    else:
        return False
    owner = _OWNER_END.sub("", owner)
    entry = index.entries.get(_key(owner))
    return _state_prefix(owner + " ") or (entry is not None and (entry.demonym or entry.kind == "state"))


# two names joined by a hyphen or dash before a meeting's noun: "the Trump-Putin Meeting", "Modi–Xi talks"
_PAIR_BEFORE_MEETING = re.compile(
    r"(?<![\w’'.-])([A-Z][a-z]+)[-‑–]([A-Z][a-z]+)(?= (?:[Mm]eeting|[Tt]alks|[Ss]ummit|[Cc]all|[Pp]hone [Cc]all)s?\b)"
)


def _pairs_before_a_meeting(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Two capitalised words joined by a hyphen before "meeting", "talks", "summit" or "call" are the two who meet
    when neither is an English word or anything the index knows ("Trump-Putin Meeting"; "US-China talks" are
    states): each is a person, or what the item calls that name elsewhere ("Velmara" a body)."""
    extra: list[Found] = []
    for m in _PAIR_BEFORE_MEETING.finditer(text) if "-" in text or "‑" in text or "–" in text else ():
        words = (m.group(1), m.group(2))
        known = [index.entries.get(_key(w)) for w in words]
        if any(english_word(w) or english_margin(w) >= 1.0 or w.lower() in TITLE_WORDS for w in words) or any(
            e is not None and e.kind not in ("person", "organisation", "unit") for e in known
        ):
            continue
        for i in (1, 2):
            if any(f.start < m.end(i) and f.end > m.start(i) for f in found + extra):
                continue
            elsewhere = [
                f.kind
                for f in found
                if f.name.split()[-1] == m.group(i) and f.kind in ("person", "organisation", "unit")
            ]
            extra.append(Found(m.start(i), m.end(i), m.group(i), elsewhere[0] if elsewhere else "person"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


_AWARD_END = re.compile(r"\s(?:Prize|Award|Medal|Trophy)$")
_AWARD_BODY_AFTER = re.compile(r" (?:committee|jury|board|academy|foundation)\b")


def _award_bodies(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An award's name before "committee", "jury" or "board" in lower case is the body that gives it, acting
    ("the Nobel Peace Prize committee condemns ..."): the span runs on over that noun, an organisation."""
    out = []
    for s, e, label in ents:
        if label in ("ORG", "WORK_OF_ART", "EVENT", "PRODUCT") and _AWARD_END.search(text[s:e]):
            after = _AWARD_BODY_AFTER.match(text, e)
            if after is not None:
                e, label = after.end(), "ORG"
        out.append((s, e, label))
    return out
