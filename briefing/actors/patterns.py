"""Names the model missed that their setting shows (_names_by_pattern): titled people, administrations,
acronyms and the names they stand for."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.actors.headlines import _rare_verb_form, _sentence_start
from briefing.actors.spans import Found
from briefing.actors.words import (
    _CAP,
    _CAPITAL_WORD_BEFORE,
    _DWELLING_AFTER,
    _PREFIX_BEFORE,
    _PRODUCT_NOUNS,
    _STATES_DEPARTMENT,
    _TRADE_COMMA_NAME,
    COMMON_ACRONYMS,
    DISEASES,
    INSTITUTION_INSIDE,
    INSTITUTION_WORDS,
    TIME_ZONES,
    TITLE_WORDS,
    _key,
    _known_place,
    common_word,
    english_margin,
    english_word,
)
from briefing.phrases import PhraseIndex

_PERSONAL_TITLE = re.compile(
    r"\b(?:Prince|Princess|King|Queen|Pope|President|Senator|Sen\.|Rep\.|Gov\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
    r"Chancellor|Premier|Sheikh|Ayatollah|Emir|Sultan|Cardinal|Archbishop|Prime\s+Minister|PM)\s+"
    # not before an apostrophe ("O" of "O'Brien"), unless it is a possessive's ("President Donald Trump's", "King
    # Charles' honours list")
    r"((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]*[^\W\d_])\b(?!['’](?!s\b)\w)"
)
_ADMINISTRATION_WORDS = ("administration", "presidency", "regime", "government")
_ADMINISTRATION = re.compile(
    r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ADMINISTRATION_WORDS)
    + r")\b"
)  # "the Trump administration", and capitalised ("Pressure on Maduro Regime")
# "the interior ministry", "the Israeli foreign ministry", "Britain's defence ministry": a state's ministry named by
# its portfolio (the actor is the ministry; the claims step still names a speaker with its state)
_MINISTRY = re.compile(
    r"\b(?:[Tt]he\s+(?:([A-Z][a-z]+)\s+)?|([A-Z][a-z]+)['’]s\s+|(?=[a-z]+\s+ministry\s+spokes(?:wo)?(?:man|person))"
    # "Russia destroys 90 drones, defence ministry says": a headline's source after its comma, the ministry of the
    # state the headline names
    r"|(?<=,\s)(?=[a-z]+\s+ministry\s+(?:says|said)\b)"
    # "Belarus will judge ... — defense ministry official": a TASS headline's source after its spaced dash
    r"|(?<=\s[—–]\s)(?=[a-z]+\s+ministry\s+(?:official|source|spokes(?:wo)?(?:man|person)|says|said)\b))"
    r"((?:defen[cs]e|foreign|interior|finance|health|justice|economy|education|"
    r"energy|agriculture|trade|transport|culture|environment|labou?r|emergencies|emergency|home|intelligence|"
    r"oil|petroleum|hydrocarbons?|mining|mines|industry|housing|tourism|information|communications|water|"
    r"planning|sports?|youth)"
    r"\s+ministry)\b"
)
# a body's name of capitalised words (small words between them) and its short form after ", or"
_OR_ACRONYM = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w-]*(?<!['’]s)\s+)(?:(?:of|for|and|the|de|du|des)\s+|[A-Z][\w-]*\s+){0,6}"
    r"[A-Z][\w-]*[a-z]),\s+or\s+([A-Z]{2,6})\b"
)
# a maker named before what it makes, which the model leaves out: "access to Pfizer boosters" (not weapons, whose
# names are their own: "Oreshnik missiles")
_MAKER = re.compile(
    r"\b([A-Z][a-z]{2,})\s+(?:boosters?|vaccines?|jabs?|doses|pills|smartphones|phones|cars|vehicles|chips)\b"
)
# an acronym that acts in what someone says is a body: "Israel says IDF is staying", "officials said NHS had"
_ACRONYM_SUBJECT = re.compile(
    r"\b(?:says|said)\s+(?:the\s+)?([A-Z]{2,6})\s+(?:is|are|was|were|has|have|had|will|would)\s+[a-z]+"
)
# an acronym in apposition to a body described in lower case ("the country's intelligence service SEBIN", "the
# state oil company, PDVSA,"): that body's short name, closed by punctuation or a lower-case word
_BODY_NOUN_THEN_ACRONYM = re.compile(
    r"\b(?:service|agency|police|directorate|bureau|ministry|regulator|watchdog|militia|company|commission)"
    r",?\s+([A-Z]{3,6})(?=[,.;:)]|\s+[a-z])"
)
_NEWS_BEFORE = re.compile(r"\bnews\s+$", re.I)
# a company or group named after its trade: "producer Bunge", "software giant Visma", "criminal group Los Tiguerones"
# (not after an article: "the giant Christmas tree"; not an app or platform: those are no organisations)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An) $")
_TRADE_THEN_NAME = re.compile(
    r"(?<=[a-z] )(?:company|firm|startup|start-up|giant|maker|chipmaker|automaker|carmaker|operator|retailer|"
    r"airline|carrier|lender|insurer|conglomerate|producer|supplier|contractor|developer|manufacturer|broker|"
    r"group)\s+((?:[A-Z][\w&-]*[\w&])(?:\s+[A-Z][\w&-]*[\w&]){0,2})(?![\w-])"
)
# an acronym before its members, fighters or targets is a body's: "IS militants", "STC fighters", "UMNO leaders";
# so before its officers, agents or allies: "ICE officer kills", "its CSTO allies"
_ACRONYM_MEMBERS = re.compile(
    r"(?<![\w.-])([A-Z]{2,5})(?:[-‑](?:linked|affiliated|inspired|backed|led))?\s+(?:militants?|fighters?|"
    r"members?|jihadists?|insurgents?|operatives?|commanders?|cells?|group|leaders?|targets?|strongholds?|camps?|"
    r"affiliates?|supporters?|weapons|positions|hideouts?|officers?|agents?|officials?|envoys?|"
    r"spokes(?:wo)?(?:man|person)|allies)\b"
    # so before its executives, staff or workers, after a quoted count or a trade's word: "'CITGO 6' oil execs"
    # (the company whose executives the nickname counts), "DWP staff"
    r"|(?<![\w.-])([A-Z]{2,5})(?: \d{1,3}['’]?)?\s+(?:[a-z]+\s+)?(?:execs|executives|employees|staff|staffers|workers)\b"
)
_MAKER_HINTS = ("booster", "vaccine", "jab", "doses", "pills", "phones", "cars", "vehicles", "chips")
# the same in a house style that writes names of institutions in lower case: "two state department officials",
# "parties in the European parliament" (the EU's institutions), not "a health department"
_LOWER_INSTITUTION = re.compile(
    r"(?<![Aa] )\b((?:state|justice|defen[cs]e|treasury|commerce|homeland\s+security|energy|labor|interior)"
    r"\s+department|European\s+(?:parliament|commission|council))\b"
)
# a monarch's or pope's name: "Charles III", "Leo XIV" (not "World War II": "War" is an English word)
_REGNAL = re.compile(r"\b([A-Z][a-z]+ (?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2}))(?![\w’'-])")
# an acronym owning something is an institution: "the ECB's digital euro", "IDF's"
_POSSESSIVE_ACRONYM = re.compile(r"(?<![\w.])([A-Z]{2,5})['’]s\b")
# an acronym right before an office in lower case, the office the body's: "ICC prosecutor", "IAEA chief", "WHO envoy"
_ACRONYM_BEFORE_OFFICE = re.compile(
    r"(?<![\w.-])([A-Z]{2,6})\s+(?:prosecutors?|chief|chiefs|envoys?|spokes(?:man|woman|person)|director|"
    r"secretary-general|secretary general|head|boss|chairman|chairwoman|inspectors?)\b"
)
# a calling in lower case right before one to three capitalised words, a name the model left alone in a headline:
# "Nobel laureate Mohammadi", "dissident Ai Weiwei"
_PERSON_AFTER_CALLING = re.compile(
    r"(?<![\w-])(?:laureate|dissident|activist|blogger|rapper|singer|tycoon|billionaire|cleric|novelist|"
    r"filmmaker|playwright|footballer)\s+((?:(?:[A-Z][\w’'-]+|[A-Z]\.)\s+){0,2}[A-Z][\w’'-]*[^\W\d_])(?![\w’'.-])"
)
_ACRONYM = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,5})(?![\w.]*[a-z])")  # dotted: "F.D.A.", "G.O.P."
# in every match of _ACRONYM: a quick test before its slower scan
_DOTTED_PAIR = re.compile(r"[A-Z]\.[A-Z]\.")
_INSTITUTION_NAME_WORDS = [
    "Bureau",
    "Ministry",
    "Department",
    "Council",
    "Agency",
    "Commission",
    "Committee",
    "Institute",
    "University",
    "Foundation",
    "Survey",
    "Court",
    "Authority",
    "Administration",
    "Union",
    "Bank",
    "Fund",
]
_STATES_PAIR = re.compile(r"[A-Z][\w’']*(?:[-‑][A-Z][\w’']*)+")  # "US-Uzbekistan", not "Israeli-occupied"
_INSTITUTION_NAME = re.compile(
    r"\b((?:[A-Z][\w’'-]+[ \t]+(?:and[ \t]+(?=[A-Z]))?){0,3}(?:" + "|".join(_INSTITUTION_NAME_WORDS) + ")"
    # not "on Monday": a day or a month is no part of the name
    r"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,3})?)"
)


def _has_any(text: str, words: Iterable[str]) -> bool:
    """Whether any of the words occurs in the text: a substring test that rules out a slower pattern's scan."""
    return any(w in text for w in words)


# words, then a short form in brackets: "Petróleos de Venezuela S.A. (PDVSA)"
_BEFORE_ACRONYM = re.compile(r"([^\s(][^(\n]{2,80}?)\s+\(([A-Z]{3,6})\)")
_NAME_LINK = frozenset(("de", "del", "of", "for", "and", "la", "des", "du", "the"))


_ACRONYM_PAREN = re.compile(r"\s\([A-Z]{3,6}\)")  # the end of every match of _BEFORE_ACRONYM


def _before_acronyms(text: str) -> Iterable[re.Match[str]]:
    """The matches of `_BEFORE_ACRONYM.finditer(text)`, each searched for from just before its "(ABC)": the
    pattern tries up to 81 characters from every position of a text, most of them nowhere near a parenthesis."""
    pos = 0
    while (paren := _ACRONYM_PAREN.search(text, pos)) is not None:
        # a match's "(" is the first after its start, and its name (at most 81 characters) ends in the spaces
        # before it: no match starts further back than that
        spaces = paren.start()
        while spaces > 0 and text[spaces - 1].isspace():
            spaces -= 1
        m = _BEFORE_ACRONYM.search(text, max(pos, spaces - 81), paren.end())
        if m is None:
            pos = paren.start() + 2  # no match ends at this "(ABC)": none starts at or before its "("
            continue
        yield m
        pos = m.end()


def _spelled_by(text: str, start: int, end: int, short: str) -> int | None:
    """Where the name that `short` spells ends at `end` begins: the last words before the bracket, each
    capitalised (a dotted abbreviation gives all its letters: "S.A."), a small word giving its initial or none;
    None when no run of such words spells it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    letters = short.upper()

    for i in range(len(words) - 1, max(-1, len(words) - 1 - 2 * len(letters)), -1):
        w = words[i].group()
        if w[:1].isupper() and len(words) - i >= 2 and _spells(words[i:], letters):
            return start + words[i].start()
    return None


def _spells(words: list[re.Match[str]], letters: str) -> bool:
    """Whether these words, in order, spell the letters (see _spelled_by)."""
    if not words:
        return not letters
    w = words[0].group().strip(",")
    if w in _NAME_LINK:
        return _spells(words[1:], letters) or (
            letters[:1] == w[0].upper() and _spells(words[1:], letters[1:])
        )
    if not w[:1].isupper() or not letters:
        return False
    if re.fullmatch(r"(?:[A-Z]\.){2,}", w):
        part = w.replace(".", "")
        return letters.startswith(part) and _spells(words[1:], letters[len(part) :])
    return letters[0] == w[0].upper() and _spells(words[1:], letters[1:])


def _unknown_acronym(name: str, index: PhraseIndex) -> bool:
    """Whether an acronym may be a body's: not a common one ("CEO", "GDP"), a time zone, a disease, nor a place or
    name the gazetteer knows ("US", "UK")."""
    return (
        name not in COMMON_ACRONYMS
        and name not in TIME_ZONES
        and not DISEASES.match(name)
        and _key(name) not in index.entries
    )


def _names_by_pattern(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Names the model missed that their setting shows: "Prince Charles", "the Trump administration", an
    acronym in a headline ("F.D.A. Panel ..."), "Bureau of Land Management"; never over a name already found."""
    first_line = text.find("\n") if "\n" in text else len(text)
    headline = text[:first_line]
    shouting = headline.isupper()
    extra: list[Found] = []

    def free(s: int, e: int) -> bool:
        return not any(f.start < e and f.end > s for f in found + extra)

    for m in _PERSONAL_TITLE.finditer(text):
        words = m.group(1).split()
        while len(words) > 1 and common_word(words[-1]) >= 4.5 and english_margin(words[-1]) >= 1.0:
            # "Prince Charles Proud": a headline's next words; not a surname as common abroad ("President
            # Donald Trump" past the model's reach is not "Donald")
            words.pop()
        if not words or any(
            common_word(w) >= 5.0 or english_word(w) or w.lower() in TITLE_WORDS for w in words
        ):  # "Former Honduran President Pardoned by Trump"
            continue
        if m.start(1) < first_line and any(w.endswith("s") and english_word(w[:-1]) for w in words):
            continue  # "Kidnapped Prince Bolsters al Qaeda": a Title Case headline's verb, not a name
        s = m.start(1)
        e = s + len(" ".join(words))
        # the model's organisation that runs from a state's adjective over the title to the name and ends there
        # ("Kazakh President Kassym-Jomart Tokayev also signed"): the person
        wide = [
            f
            for f in found
            if f.kind == "organisation" and not f.listed and f.start <= m.start() and f.end == e
        ]
        if wide:
            found = [f for f in found if f not in wide]
        if free(s, e):
            extra.append(Found(s, e, text[s:e], "person"))
    for m in _REGNAL.finditer(text):
        word = m.group(1).split()[0]
        if not (
            english_word(word)
            or word.lower() in TITLE_WORDS
            or _key(word) in index.entries
            or re.match(r"\s+(?:\w+\s+)?(?:" + _PRODUCT_NOUNS + r"|bombs?)\b", text[m.end() : m.end() + 30])
        ):  # not "Paveway IV guided bombs"
            s, e = m.start(1), m.end(1)
            covering = [f for f in found + extra if f.start <= s < f.end and f.kind == "person" and f.end < e]
            if covering or free(s, e):  # "Charles" of "Charles III": the numeral is part of the name
                found = [f for f in found if f not in covering]
                extra.append(Found(s, e, text[s:e], "person"))
    for m in _POSSESSIVE_ACRONYM.finditer(text) if "’s" in text or "'s" in text else ():
        name = m.group(1)
        if _unknown_acronym(name, index) and free(m.start(1), m.end(1)) and not shouting:
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "the ECB's digital euro"
    for m in _ACRONYM_BEFORE_OFFICE.finditer(text) if not shouting else ():
        name = m.group(1)
        if (
            _unknown_acronym(name, index)  # "US envoy", "UK prosecutors": a state's
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "ICC prosecutor's alleged ..."
    for m in _PERSON_AFTER_CALLING.finditer(text):
        words = [w for w in m.group(1).split() if not re.fullmatch(r"[A-Z]\.", w)]  # "Jeremy O. Harris"
        s, e = m.start(1), m.end(1)
        if (
            # a name's words, not an acronym's ("rights activist group HRANA")
            all(not english_word(w) and common_word(w) < 4.5 and not w.isupper() for w in words)
            and _key(text[s:e]) not in index.entries  # "journalist Reuters", "activist Gaza": no one
            and not any(_key(w) in index.entries for w in words)
            and free(s, e)
        ):
            extra.append(Found(s, e, text[s:e], "person"))  # "Nobel laureate Mohammadi in Iran"
    for m in _ADMINISTRATION.finditer(text) if _has_any(text, (w[1:] for w in _ADMINISTRATION_WORDS)) else ():
        word = m.group(1)
        adjective = re.search(
            r"(?:ive|ist|ic|al|ary|ory|ish|ese|ican|ian)$", word
        )  # "Conservative administration"
        guessed_place = [f for f in found if f.kind == "place" and not f.listed and f.start == m.start(1)]
        if (
            not adjective
            and word.lower() not in TITLE_WORDS
            and common_word(word) < 5.0
            and not english_word(word)  # "Coalition government"
            and _key(word) not in index.entries  # "Israeli government"
            and not re.search(rf"\b{word}s\b", text)  # "a Nazi regime" where the text names "Nazis": a group
            and (free(m.start(1), m.end(1)) or guessed_place)
        ):
            # "the Trump administration", "the Yunus regime" (a name the model took for a place)
            found = [f for f in found if f not in guessed_place]
            extra.append(Found(m.start(1), m.end(1), word, "person"))
    for m in _MINISTRY.finditer(text) if "ministry" in text else ():
        state = m.group(1) or m.group(2)
        entry = index.entries.get(_key(state)) if state else None
        if state and (entry is None or entry.kind != "state"):
            continue  # "the Israeli foreign ministry", "Britain's defence ministry": a state's; "Ballet's" no
        if text[max(0, m.start() - 2) : m.start()] in (", ", "— ", "– ") and not any(
            f.kind == "state" for f in found
        ):
            continue  # "..., health ministry says" with no state named: whose ministry is not said
        if free(m.start(3), m.end(3)):
            extra.append(Found(m.start(3), m.end(3), m.group(3), "organisation"))
    for m in _before_acronyms(text) if "(" in text else ():
        start = _spelled_by(text, m.start(1), m.end(1), m.group(2))
        if start is None:
            continue
        inside = [f for f in found + extra if f.start < m.end(1) and f.end > start]
        if all(f.kind in ("state", "place") for f in inside):
            # "Petróleos de Venezuela S.A. (PDVSA)": the words the short form spells are the body's name
            found = [f for f in found if f not in inside]
            extra = [f for f in extra if f not in inside]
            prefix = _PREFIX_BEFORE.search(text, max(0, start - 8), start)
            spelled = text[start : m.end(1)]
            if (
                prefix is not None
                and not _CAPITAL_WORD_BEFORE.search(text, max(0, prefix.start() - 40), prefix.start())
                and not _STATES_DEPARTMENT.fullmatch(spelled)
                and "Ministry" not in spelled.split()
                and _key(spelled) not in index.entries
            ):
                # "the US Immigration and Customs Enforcement (ICE)": the state before the spelled words is kept,
                # as a model's span after "US" takes it back (`_state_prefix_of_bodies`)
                start = prefix.start()
            extra.append(Found(start, m.end(1), text[start : m.end(1)], "organisation"))
    for m in _OR_ACRONYM.finditer(text) if ", or " in text else ():
        words = m.group(1).split()
        if not any(INSTITUTION_WORDS.search(w) for w in words) or _key(m.group(1)) in index.entries:
            continue
        inside = [f for f in found + extra if f.start < m.end(1) and f.end > m.start(1)]
        alias = [f for f in found + extra if (f.start, f.end) == (m.start(2), m.end(2))]
        if all(f.kind in ("state", "place") for f in inside) and all(f.kind == "organisation" for f in alias):
            # "Democratic Party of Ivory Coast, or PDCI": the item gives the body's name and its short form, which
            # may spell another language's words; the model found the short form alone (or a place inside)
            found = [f for f in found if f not in inside and f not in alias]
            extra = [f for f in extra if f not in inside and f not in alias]
            at = m.start(1) + (4 if m.group(1).startswith("The ") else 0)
            extra.append(Found(at, m.end(1), text[at : m.end(1)], "organisation"))
    for m in _MAKER.finditer(text) if _has_any(text, _MAKER_HINTS) else ():
        name = m.group(1)
        if (
            not _sentence_start(text, m.start(1))
            and common_word(name) >= 2.0
            and english_margin(name)
            < 1.0  # a maker's name travels; "Western vaccines", "Electric cars" do not
            and not english_word(name)
            and not DISEASES.match(name)
            and _key(name) not in index.entries
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "access to Pfizer boosters"
    for m in _ACRONYM_SUBJECT.finditer(text) if not shouting and _has_any(text, ("says", "said")) else ():
        name = m.group(1)
        if _unknown_acronym(name, index) and free(m.start(1), m.end(1)):
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "Israel says IDF is staying"
    for m in _BODY_NOUN_THEN_ACRONYM.finditer(text) if not shouting else ():
        name = m.group(1)
        if (
            not _NEWS_BEFORE.search(text, max(0, m.start() - 6), m.start())  # "news agency WAM": an outlet
            and _unknown_acronym(name, index)
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "intelligence service SEBIN"
    for m in _TRADE_THEN_NAME.finditer(text):
        words = m.group(1).split()
        if (
            m.group(1) not in COMMON_ACRONYMS
            and not any(english_word(w) or w.lower() in TITLE_WORDS for w in words)
            and _key(m.group(1)) not in index.entries
            and not _known_place(index, words[0])
            and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), m.group(1), "organisation"))  # "software giant Visma"
    for m in _TRADE_COMMA_NAME.finditer(text):
        words = m.group(1).split()
        if (
            m.group(1) not in COMMON_ACRONYMS
            and not any(w.lower() in TITLE_WORDS for w in words)
            and _key(m.group(1)) not in index.entries
            and not _known_place(index, words[0])
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), m.group(1), "organisation"))  # "parcels company, Shift."
    for m in _ACRONYM_MEMBERS.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if (
            _unknown_acronym(name, index)
            and not text[line_start : line_end if line_end >= 0 else len(text)].isupper()
            # before its staff, a rare acronym only: "NGO workers", "GP staff", "STEM workers" are no body's
            and (group == 1 or common_word(name) < 3.0)
            and free(m.start(group), m.end(group))
        ):
            extra.append(
                Found(m.start(group), m.end(group), name, "organisation")
            )  # "clashes with IS militants"
    for m in _LOWER_INSTITUTION.finditer(text) if "department" in text or "European " in text else ():
        if free(m.start(1), m.end(1)):
            extra.append(Found(m.start(1), m.end(1), m.group(1), "organisation"))
    for m in _ACRONYM.finditer(text) if _DOTTED_PAIR.search(text) else ():
        if shouting and m.start() < first_line:
            continue
        name = m.group(1)
        if name.rstrip(".") in COMMON_ACRONYMS or name in TIME_ZONES or DISEASES.match(name):
            continue
        if _known_place(index, name.replace(".", "")):
            continue  # "U.A.E.'s ransom payment": a state's initials, not an agency
        if m.start() > first_line and re.match(r"\s*[A-Z][a-z]", text[m.end(1) : m.end(1) + 3]):
            continue  # "J.R.R. Tolkien": a person's initials (a Title Case headline capitalises every word)
        place = re.search(r"([A-Z][\w’'-]+),?\s*$", text[max(0, m.start(1) - 40) : m.start(1)])
        if place and _known_place(index, place.group(1)):
            continue  # "Washington, D.C.": a place's state or district, not an agency
        if free(m.start(1), m.end(1)):
            short = name.rstrip(".") if "." not in name[:-1] else name
            extra.append(Found(m.start(1), m.end(1), short, "organisation"))
    for m in _INSTITUTION_NAME.finditer(text) if _has_any(text, _INSTITUTION_NAME_WORDS) else ():
        parts = list(re.finditer(r"\S+", m.group(1)))
        # a Title Case headline's verbs ("... Management Is Moving") end the name; leading common parts do not start it
        # a headline's verb before the institution's word ends what came before: "U.K. Loosens Bank Capital"
        verbs = [i for i, w in enumerate(parts[:-1]) if _rare_verb_form(w.group())]
        parts = parts[verbs[-1] + 1 :] if verbs else parts
        while len(parts) > 1 and common_word(parts[0].group()) >= 5.0 and not parts[0].group().isupper():
            parts.pop(0)
        # "Business and Investment Council": two common words joined by "and" are one part of the name
        paired = {
            j
            for i, w in enumerate(parts)
            if w.group() == "and" and 0 < i < len(parts) - 1
            for j in (i - 1, i, i + 1)
            if english_word(parts[i - 1].group()) and english_word(parts[i + 1].group())
        }
        cut = next(
            (
                i
                for i, w in enumerate(parts)
                if i > 0
                and i not in paired
                and common_word(w.group()) >= 5.5
                and w.group() not in ("of", "for", "on", "the")
            ),
            len(parts),
        )
        parts = parts[:cut]
        while parts and parts[0].group() == "and":
            parts.pop(0)
        if len(parts) < 2:
            continue
        s, e = m.start(1) + parts[0].start(), m.start(1) + parts[-1].end()
        if parts[-1].group() in ("of", "for", "on", "the") or not INSTITUTION_INSIDE.search(text[s:e]):
            continue
        if _DWELLING_AFTER.match(text, e):
            continue  # "the Wang Fuk Court residential complex": where people live, named by its kind, no body
        inside = [f for f in found if s <= f.start and f.end <= e]
        if (
            inside
            and not free(s, e)
            and all(f.kind in ("state", "place") for f in inside)
            and all(s <= f.start and f.end <= e for f in found + extra if f.start < e and f.end > s)
            and _STATES_PAIR.fullmatch(text[s:e].split()[0]) is not None
            and len(parts) >= 3
        ):
            # "the US-Uzbekistan Business and Investment Council": the states of its first word are part of it
            found = [f for f in found if f not in inside]
        if free(s, e):
            extra.append(Found(s, e, text[s:e], "organisation"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found
