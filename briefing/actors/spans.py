"""Found, one resolved mention, and the cleaners of a span: its kind, its titles and role, and the tests of
a span the resolver keeps or drops."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.actors.words import (
    _ABBREV_TITLES,
    _PARTICLES,
    _ZERO_WIDTH,
    _ZERO_WIDTH_CHARS,
    AGE,
    DESCRIPTORS,
    INSTITUTION_INSIDE,
    OUTLET_WORDS,
    TITLE_WORDS,
    UNIT_WORDS,
    _key,
    _known_place,
    common_word,
    english_margin,
    english_word,
)
from briefing.phrases import Match, PhraseIndex, Token

SHIP_PREFIX = re.compile(
    r"^(?:the\s+)?(USS|USNS|HMS|HMCS|HMAS|RFS|INS|FS|ARA|BAP|TCG|ROKS|JS|USCGC)\s+\S", re.I
)
_ROLE_CONNECT = frozenset({"of", "-", "and"})


@dataclass(frozen=True)
class Found:
    """One mention in the text of an actor, place or keyword, under its canonical name."""

    start: int
    end: int
    name: str
    kind: str  # an Actor kind, or "keyword"/"region" for names that only place a story
    role: str = ""
    affiliation: str = ""
    country: str = ""
    theatre: str = ""
    listed: bool = False  # from the phrase index (actors.toml or gazetteer), not guessed by the model
    demonym: bool = False  # "Russian" names Russia, but never as the one who speaks


def _from_match(m: Match) -> Found:
    e = m.entry
    kind = "place" if e.kind == "region" else e.kind
    return Found(m.start, m.end, e.name, kind, e.role, e.affiliation, e.country, e.theatre, True, e.demonym)


# "the USS Arizona Memorial", "the USS Midway Museum": an institution named after a ship, not the ship
_SHIP_INSTITUTION_END = re.compile(r"\s(?:Memorial|Museum|Foundation|Association|Society)$")


def _kind_of(label: str, text: str) -> str:
    if SHIP_PREFIX.match(text) and not (label == "ORG" and _SHIP_INSTITUTION_END.search(text)):
        return "vessel"
    if (
        label in ("ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC")
        and OUTLET_WORDS.search(text)
        and not re.search(r"\bUniversity\s+Press$", text)  # a publisher of books, not news
    ):
        return "outlet"
    if label in ("ORG", "PRODUCT", "FAC", "NORP") and UNIT_WORDS.search(text):
        return "unit"
    return {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}.get(
        label, ""
    )


_SPACES = re.compile(r"\s+")
_HONOURS = re.compile(r"(?<=\w)(?:,?\s+(?:KC|QC|MP|MEP|MSP|OBE|CBE|MBE|KBE|DBE|PhD))+$")
_POSSESSIVE_END = re.compile(r"[’']s$")
_ARTICLE_START = re.compile(r"^(?:(?:the|The)\s+|an?\s+(?=[A-Z]))")  # "a World Health Organization official"


_BRACKETED_FIRST = re.compile(r"^([A-Z][a-zà-ÿ’'-]+)\) ")


def _clean(text: str) -> str:
    text = _ZERO_WIDTH.sub("", text)  # "Nicolás Maduro\u200b" is "Nicolás Maduro"
    text = _SPACES.sub(" ", text).strip(" \t\"'“”‘’«»()[],.:;-—–")
    text = _BRACKETED_FIRST.sub(r"\1 ", text)  # "Donald) Trump" of "(Donald) Trump"
    if "(" in text and ")" not in text:  # "the National Rally (RN)": the name, not its short form's bracket
        text = text.partition("(")[0].rstrip()
    text = _HONOURS.sub("", text)  # "James Levy KC"
    text = _POSSESSIVE_END.sub("", text).strip()
    return _ARTICLE_START.sub("", _capital_heading_name(text))


# a name written in capitals, as a live page's subheading writes it ("KAJA KALLAS, EU FOREIGN POLICY CHIEF:"): two
# words or more, one of them four letters or more
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)+")
# a three-letter word of capitals read as a word, a given name ("JIM", "ALI": a vowel between two consonants or a
# consonant between two vowels), not as letters ("FDA", "NHS", kept in capitals)
_SPOKEN_SHORT = re.compile(r"[B-DF-HJ-NP-TV-Z][AEIOUY][B-DF-HJ-NP-TV-Z]|[AEIOU][B-DF-HJ-NP-TV-Z][AEIOUY]")
_NAME_JOINERS = frozenset({"OF", "FOR", "AND", "THE", "ON"})


def name_case(capitals: str) -> str:
    """Words written in capitals in the case a name is written ("KAJA KALLAS" -> "Kaja Kallas", "BANK OF ENGLAND"
    -> "Bank of England"): a joining word in lower case; a word read as letters stays in capitals ("US", "FDA",
    "U.S.")."""
    return " ".join(
        w.lower()
        if w in _NAME_JOINERS
        else w
        if "." in w or (w.isalpha() and (len(w) <= 2 or (len(w) == 3 and not _SPOKEN_SHORT.fullmatch(w))))
        else w.capitalize()
        for w in capitals.split()
    )


def _capital_heading_name(name: str) -> str:
    """A name written in capitals in the case names are written, so that it is the same name as where the text
    writes it in the ordinary way ("Kaja Kallas", "European Parliament"; its letter words kept: "US FDA")."""
    if _CAPITALS_NAME.fullmatch(name) is None or not any(len(w) >= 4 for w in re.findall(r"[A-Z]+", name)):
        return name
    return name_case(name)


# a family word said before a name as a form of address ("Grandpa Lin", "Auntie Mei"): no part of the name
_KIN_ADDRESS_TEXT = """grandpa grandma granny grandad granddad grandpapa grandmama grandfather grandmother auntie aunty
aunt uncle"""
_KIN_ADDRESS = frozenset(_KIN_ADDRESS_TEXT.split())


def _calling_word(word: str) -> bool:
    """A capitalised calling before a name, as a sentence opens ("Drummer Chuck Redd", "Guitarist ..."): an agent
    noun far more common in English than elsewhere; no given name ("Hunter", "Christian", "Tucker": names too)."""
    low = word.lower()
    return (
        re.fullmatch(r"[A-Z][a-z]+(?:er|ist|or|ian)", word) is not None
        and common_word(low) >= 2.5
        and english_margin(low) >= 1.2
    )


def _strip_titles(text: str) -> tuple[str, str]:
    """'Lt. Gen. Kyrylo Budanov' -> ('Kyrylo Budanov', 'Lt. Gen.')."""
    words = text.split(" ")
    i = 0
    while i < len(words) - 1 and (
        words[i].lower().rstrip(".") in TITLE_WORDS
        or words[i].lower() in DESCRIPTORS
        or words[i].lower() in _KIN_ADDRESS
        or (len(words[i]) > 5 and words[i].lower().removesuffix("s") in TITLE_WORDS)  # "Princes William"
        or (len(words) - i >= 3 and _calling_word(words[i]) and not re.fullmatch(r"[A-Z]\.?", words[i + 1]))
    ):
        i += 1
    return " ".join(words[i:]), " ".join(words[:i])


def _role_before(tokens: list[Token], first: int, text: str, places: set[int]) -> str:
    """Titles and descriptors right before a name: 'Ukrainian intelligence chief Lt. Gen.'."""
    k = first - 1
    crossed = False
    while k >= 0:
        tok = tokens[k].text
        low = tok.lower()
        prev = tokens[k - 1].text if k > 0 else ""
        title = low in TITLE_WORDS or k in places
        abbreviation = tok == "." and prev.lower() in _ABBREV_TITLES  # the dot of "Lt."
        connector = low in _ROLE_CONNECT and prev.lower() in TITLE_WORDS  # "Secretary of State"
        if not (title or abbreviation or connector or (tok == "State" and prev == "of")):
            break
        if "\n" in text[tokens[k].end : tokens[k + 1].start]:
            if k + 1 < first:
                break  # the name's own line has its title: "... embassy in US\n\nSpokesperson Liu Pengyu"
            crossed = True  # a line that ends with the title, the name opening the next: "... Kyrgyz president\n\nSadyr"
        k -= 1
    k += 1
    while k < first and tokens[k].text.lower() in _ROLE_CONNECT:
        k += 1
    if k >= first or (crossed and not any(t.text.lower() in TITLE_WORDS for t in tokens[k:first])):
        return ""  # ... and a line that ends with a place alone gives no title ("... in Russia\n\nWang Yi")
    if tokens[first - 1].text.lower() in _ROLE_CONNECT:
        return ""  # "the head of Le Pen's party": the name is what the title is of, not who holds it
    return text[tokens[k].start : tokens[first - 1].end]


# the role ends at the comma after it, within the sentence: not past a line break or a word's full stop
# ("Tiphaine Auzière, a married mother of three. Emmanuel Macron, ..."; "U.S." is no sentence end)
_APPOSITIVE = re.compile(r"^,\s+(?:an?|the)\s+((?:(?![a-z]{2}\.\s)[^,;\"“”\n]){3,100}?),")


# where a description stops being a role: a relative pronoun, an adverb in -ly, a participle with its object
# ("an 89-year-old anxiously awaiting word of his granddaughter": the role is the age, which is no role), a past
# participle with its place or agent (the role is what comes before it)
_ROLE_STOPS = re.compile(
    r"\s+(?:who|whose|whom|which|that|where|when|[a-z]{3,}ly\b|[a-z]{3,}ing\s+(?:for|to|on|in|at|of|word|the|an?|his|her|"
    r"their|its)\b"
    # ... or a participle with its place or agent: "the president of Venezuela captured in a U.S. military raid"
    r"|[a-z]{3,}ed\s+(?:in|by|on|at|during|after|over|from|near)\b)"
)


def _role_after(text: str, end: int) -> str:
    """'Seth Krummrich, a retired U.S. Army colonel, said' -> 'retired U.S. Army colonel'; the description up to
    where a clause begins, and no role when only an age is left."""
    m = _APPOSITIVE.match(text[end : end + 130])
    if m is None:
        return ""
    role = m.group(1).strip()
    stop = _ROLE_STOPS.search(role)
    role = role[: stop.start()].strip() if stop else role
    if AGE.fullmatch(role) or len(role.split()) > 16:
        return ""
    return role


_WORD_BEFORE = re.compile(r"([\w.-]+)\s+$")
# what only a person is said to be, right before a name: an age ("51-year-old Annouk Perret"), a relative
# ("twins Alexander and Ella", the second name after the first and "and"), a post and a comma ("the group's
# director, Mahmood Amiry-Moghaddam"; "the president of the Central African Republic, Faustin-Archange Touadera")
_PERSON_BEFORE = re.compile(
    r"(?:\b\d{1,3}[-‑]year[-‑]old|\b(?:(?:son|daughter|brother|sister|twin|grandson|granddaughter|nephew|niece|"
    r"cousin)s?|wife|husband|mother|father|widow|girlfriend|boyfriend|fianc[ée]e?)"
    r"|\b(?:president|minister|director|chief|head|leader|spokes(?:man|woman|person)|governor|mayor|founder|"
    r"chairman|chairwoman|chair|ambassador|envoy|commander)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,5})?,)"
    r"\s+(?:[A-Z][\w’'-]+\s+and\s+)?$"
)
# ... or right after it: an age in commas ("Ana Lutz, 34, said"), a person's post in apposition ("Kailash
# Vijayvargiya, a lawmaker, said"), or "his" or "her" within a few plain words ("came to pay her respects"); not "he",
# "she" or "him", which follow an outlet or a body told something as often ("telling CNews television he was")
_PERSON_AFTER = re.compile(
    r",\s+(?:aged\s+)?\d{1,3},"
    r"|,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}(?:lawmaker|legislator|politician|lawyer|activist|official|"
    r"economist|professor|researcher|journalist|author|writer|senator|deputy|candidate)\b"
    r"|\s+(?:[a-z]+\s+){0,5}(?:his|her)\b"
)


def _rare_or_initials(word: str) -> bool:
    """A name's word no English text writes often ("Zanu-PF", "Chega", "Rurale") or initials ("DEM"): its kind
    after it is no part of the name, as it is after a common word ("Labour party", "Brexit party", labelled so)."""
    return common_word(word) < 3.0 or re.fullmatch(r"[A-Z]{2,6}", word) is not None


# a body's noun in lower case right before its name: "the sociological group Rating ...", "the firm Vatn ..."
_BODY_NOUN_BEFORE = re.compile(
    r"\b(?:group|company|firm|agency|pollster|centre|center|institute|foundation|fund|network|organi[sz]ation|"
    r"association|union|party|movement|bank|charity|service)[ \t]+$"
)


def _body_before_its_head(text: str, start: int, name: str) -> str:
    """The first word of a person's name of three words or more that is a common English word, right after a body's
    noun in lower case, the rest rare words ("group Rating Alexey Antipovich"): the body's one-word name the model
    ran into the name of the person who heads it or speaks for it; '' otherwise."""
    words = name.split()
    if len(words) < 3 or not _BODY_NOUN_BEFORE.search(text, max(0, start - 20), start):
        return ""
    first = words[0]
    if not re.fullmatch(r"[A-Z][a-z]+", first) or common_word(first) < 4.0 or first.lower() in TITLE_WORDS:
        return ""
    return first if all(common_word(w) < 3.0 for w in words[1:]) else ""


def _said_to_be_a_person(text: str, start: int, end: int) -> bool:
    """What the text says right before or after a name only a person is (`_PERSON_BEFORE`, `_PERSON_AFTER`)."""
    return bool(_PERSON_BEFORE.search(text[max(0, start - 80) : start]) or _PERSON_AFTER.match(text, end))


def _written(raw: str, name: str, lead: int) -> tuple[int, int]:
    """Where a cleaned name stands in the text it came from, and how long it is written there: "Valery
    \u200dGerasimov" (an invisible joiner, or two spaces) is one character longer than its name."""
    pattern = "".join(
        rf"[\s{_ZERO_WIDTH_CHARS}]+"
        if ch == " "
        else (_ZERO_WIDTH.pattern + "*" if i else "") + re.escape(ch)
        for i, ch in enumerate(name)
    )
    m = re.search(pattern, raw)
    return (m.start(), m.end() - m.start()) if m else (lead, len(name))


# a word glued to another by a capital inside it ("MetroCard", "PlayStation"); "DeWine", "McCarthy" open with a
# name's particle or a prefix of names
_CAMEL_PAIR = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")
# (the particles, "van", "del", "dos" ..., are `_PARTICLES`)
_NAME_PREFIXES = frozenset(["mac", "mc", "fitz", "des", "san", "st"])
# verbs a headline's subject speaks or is acted on with: "Rubio says", "picked by Zelenskyy"
# (words._HEADLINE_SPEECH_VERBS with "told" for "confirms": written apart, round 70)
_SPEECH_AFTER = re.compile(r"[ \t]+(?:says|said|tells|told|warns|urges|vows|insists|claims|denies)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|at|from|to|for|on|near|into|across|against)[ \t]+$")
_AGENT_BEFORE = re.compile(r"\b[a-z]+(?:ed|en)[ \t]+by[ \t]+$")
# a headline's view of someone's future: "Trump doubts Machado will become ...", "says Rubio could ..."
_BELIEF_BEFORE = re.compile(r"\b(?:doubts|believes|thinks|hopes|fears|expects|says)[ \t]+$")
_MODAL_AFTER = re.compile(r"[ \t]+(?:will|would|could|can|may|might|must|should)[ \t]+[a-z]")
# a summary's line opening on its speaker: "Selvi believes that ...", "Mettan noted ..."
_LINE_SPEAKER_AFTER = re.compile(
    r"[ \t]+(?:also[ \t]+)?(?:believes|believed|thinks|thought|doubts|fears|hopes|says|said|told|warned|warns|"
    r"noted|stressed|added|explained|argued|argues|insisted|insists|suggested|opined|claimed|claims|admitted|"
    r"recalled|emphasized|emphasised|pointed[ \t]+out|points[ \t]+out)\b"
)
_MODALS = frozenset(
    ["will", "would", "can", "could", "may", "might", "must", "should", "shall", "also", "then"]
)


def _surname_alone(text: str, name: str) -> bool:
    """Whether a one-word name is nowhere in the text the last word of a longer capitalised name ("Gates" where
    the item writes "Bill Gates")."""
    return re.search(rf"[A-Z][\w’'.-]*[ \t]+{re.escape(name)}\b", text) is None


def _brand_compound(name: str) -> bool:
    """Two English words joined by a capital inside one word ("MetroCard", "PlayStation"): a product's or a
    brand's name, no person's ("DeWine", "McCarthy", "LeBron", "MacArthur" open with a particle or a prefix, or end
    in a name)."""
    m = _CAMEL_PAIR.fullmatch(name)
    if m is None:
        return False
    first, second = m.group(1).lower(), m.group(2)
    return (
        first not in _NAME_PREFIXES
        and re.fullmatch(_PARTICLES, first) is None
        and common_word(first) >= 3.5
        and english_word(second, 3.5)
    )


def _plural_subject(text: str, name: str, end: int) -> bool:
    """A one-word name that is the plural of an English noun, followed by a verb in the plural's form ("Penguins
    hand over", where one person "hands"): a common noun a sentence opens with, no one."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}s", name):
        return False
    low = name.lower()
    singular = low[:-2] if low.endswith(("ches", "shes", "sses", "xes")) else low[:-1]
    if not all(common_word(w) >= 3.0 and english_margin(w) >= 1.0 for w in (low, singular)):
        return False
    verb = re.match(r"[ \t]+([a-z]{2,})\b", text[end:])
    if verb is None:
        return False
    word = verb.group(1)
    return (
        word not in _MODALS
        and not word.endswith(("s", "ed", "ing"))
        and common_word(word + "s") >= 3.0  # "hand"/"hands", "give"/"gives"
    )


# what a slogan is called near it: "America First is no longer a slogan", "Trump's 'America First' pledge"
_SLOGAN_NOUN = re.compile(
    r"\b(?:slogans?|pledges?|doctrines?|agendas?|mottos?|mantras?|ideology|catchphrases?)\b"
)


def _slogan(text: str, name: str, start: int, end: int, index: PhraseIndex) -> bool:
    """A body's span of a state's or a place's name and English words only, no institution's word ("America
    First"), that the text calls a slogan, a pledge, a doctrine or an agenda within its sentence: a slogan, no body
    ("Britain First", a party, is called none of these)."""
    words = name.split()
    if len(words) < 2 or INSTITUTION_INSIDE.search(name):
        return False
    if not any(_known_place(index, w) for w in words):
        return False
    if not all(_known_place(index, w) or english_word(w) for w in words):
        return False
    before = text.rfind(".", 0, start)
    after = text.find(".", end)
    return _SLOGAN_NOUN.search(text[before + 1 : after if after >= 0 else len(text)]) is not None


def _person_by_verb(text: str, name: str, start: int, end: int, index: PhraseIndex) -> bool:
    """A one-word place the gazetteer does not know, no English word, that a headline makes speak as its subject
    ("Rubio says"), act after a passive ("picked by Zelenskyy") or hold the view a headline reports ("Trump doubts
    Machado will become ..."), or that opens a line of the text below before a verb of a statement or a belief
    ("Selvi believes that ..."): a person's surname the model took for a place. Not elsewhere in the text below (a
    town's police "said"), nor after a preposition ("leader in Bundestag says")."""
    if _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return False
    if not (
        re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", name) is not None
        and not english_word(name)
        and not _known_place(index, name)
        and _key(name) not in index.entries
    ):
        return False
    if "\n" in text[:start]:
        return text[start - 1] == "\n" and _LINE_SPEAKER_AFTER.match(text, end) is not None
    subject = start == 0 or re.search(r"[:—–-][ \t]*$", text[max(0, start - 3) : start]) is not None
    return (
        (subject and _SPEECH_AFTER.match(text, end) is not None)
        or _AGENT_BEFORE.search(text, max(0, start - 30), start) is not None
        or (
            _BELIEF_BEFORE.search(text, max(0, start - 12), start) is not None
            and _MODAL_AFTER.match(text, end) is not None
        )
    )
