"""Headlines: a Title Case headline read in sentence case for the model (model_headline), and whether a
capitalised word of a headline is a name (headline_span, repeated_headline)."""

from __future__ import annotations

import re

from briefing.actors.words import (
    _CREED_GROUP,
    _GEOGRAPHY,
    _GROUP_AFTER_NORP,
    _HEADLINE_SPEECH_VERBS,
    _LAW_END,
    _SHORT_TITLES,
    _TITLE_SPEECH_AFTER,
    COMMON_ACRONYMS,
    INSTITUTION_INSIDE,
    INSTITUTION_WORDS,
    TIME_ZONES,
    _institution_of_place,
    _key,
    common_word,
    english_margin,
    english_word,
)
from briefing.phrases import PhraseIndex, norm, tokenise

_HEADLINE_INSTITUTION = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}" + INSTITUTION_WORDS.pattern[:-1] + r"\b")


# a word, or one opening a quotation in straight quotes ("Send 'Stern Warning'"; not "O'Brien")
_HEADLINE_WORD = re.compile(r"(?:(?<![\w.’'-])|(?<=\s')|(?<=^'))[A-Z][a-z][a-z’'-]*(?![\w.’'-])")
_MIDSENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )([A-Z][a-z][\w-]*)")
_HEADLINE_GEOGRAPHY = re.compile(r"[A-Z][\w’'-]*\s+" + _GEOGRAPHY.pattern[:-1] + r"\b")
_VERB_ENDING = re.compile(r"(?:[iy][sz]es|[iy][sz]ed|ing|ed)$")
# titles the model reads well before a name, and surnames they may be ("Erik Prince")
_HONORIFICS = _SHORT_TITLES | frozenset(
    [
        "prince",
        "princess",
        "king",
        "queen",
        "pope",
        "president",
        "senator",
        "governor",
        "mayor",
        "general",
        "judge",
        "bishop",
        "cardinal",
        "marshal",
        "major",
        "sheikh",
        "emir",
        "sultan",
        "chancellor",
        "premier",
        "minister",
        "lord",
        "lady",
        "dame",
        "sir",
    ]
)
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'-]*(?= |$)")
_SEGMENT_START = re.compile(r"(?:^|[:|–—]|\s-)\s*[\"“‘']?$")


def _headline_institutions(title: str) -> list[tuple[int, int]]:
    """The spans of a headline's institution names: the capitalised words up to an institution word and the
    rarer capitalised words after its "of" ("Supreme Court", "Bureau of Land Management Is ...")."""
    spans = []
    for m in _HEADLINE_INSTITUTION.finditer(title):
        start, end = m.start(), m.end()
        # a headline's verb before the name is no part of it: "U.K. Loosens Bank Capital Demands"
        for word in list(_CAPITAL_WORD.finditer(title, start, end))[:-1]:
            if _rare_verb_form(word.group()):
                start = word.end() + 1
        tail = re.match(r"\s+(?:of|for|on)\s+(?:the\s+)?", title[end:])
        if tail is None:
            spans.append((start, end))
            continue
        pos = end + tail.end()
        # a headline's verb ends the name: "Is", "Warns", "Moves" (English only, as no institution's words are)
        while (
            (w := _CAPITAL_WORD.match(title, pos))
            and common_word(w.group()) < 5.5
            and english_margin(w.group()) < 2.05
        ):
            end = w.end()
            pos = end + 1
        spans.append((start, end))
    return spans


def _rare_verb_form(word: str) -> bool:
    """A verb's rare -s form, English only, of an English stem ("Loosens", "Tightens", "Eases"): the frequency
    list misses it as a word, but no name is written so."""
    return (
        word.endswith("s")
        and not english_word(word)
        and english_margin(word) >= 2.0
        and english_word(word[:-1])
    )


def _english_compound(word: str) -> bool:
    """Two English words written as one ("decadeslong", "yearlong"), which the frequency list does not know."""
    return any(english_word(word[:i], 3.5) and english_word(word[i:], 3.5) for i in range(3, len(word) - 2))


def model_headline(title: str, index: PhraseIndex, body: str = "") -> str:
    """A Title Case headline as the model reads it best, in sentence case: its English words lower-cased, names,
    places, institutions and acronyms kept ("Ukraine Seeks Security Guarantee as Trump Offers 15 Years" ->
    "Ukraine seeks security guarantee as Trump offers 15 years"). Same length, so the model's offsets hold.
    A word the body below capitalises inside a sentence is a name there, and stays ("Fiona Hill", "Taylor Swift")."""
    out = list(title)
    names = set(_MIDSENTENCE_CAPITAL.findall(body)) if body else set()
    kept = _headline_institutions(title) if INSTITUTION_INSIDE.search(title) else []
    # the gazetteer's phrases ("North Korea") and a place's name before its kind ("Bondi Beach") stay whole
    kept += [(m.start, m.end) for m in index.find(tokenise(title)) if " " in title[m.start : m.end]]
    kept += [(m.start(), m.end()) for m in _HEADLINE_GEOGRAPHY.finditer(title)]
    for m in _HEADLINE_WORD.finditer(title):
        word = _OWNER_END.sub("", m.group())
        # a headline's first word, and the first after a colon, dash or bar, stays as written
        if _SEGMENT_START.search(title, 0, m.start()) or any(s <= m.start() < e for s, e in kept):
            continue
        if _key(word) in index.entries or norm(word) in index.first_words or word in names:
            continue
        if word.lower() in _HONORIFICS:
            continue  # "President Trump", "Erik Prince": the model reads a title before a name well
        freq, margin = common_word(word), english_margin(word)
        if (
            english_word(word)
            or (freq >= 2.5 and margin >= 1.5)  # "Ouster", "Coerce": rare, but English only
            or (freq >= 1.5 and margin >= 1.5 and _VERB_ENDING.search(word))  # "Capitalizes"
            or (freq >= 4.5 and margin >= 0.7)  # "Tech"
            # "Dial Back", "Lit Fuse": English words no surname shares (not after a rare name: "Monroe Doctrine")
            or (freq >= 3.5 and margin >= 1.0 and not _after_rare_name(title, m.start()))
            or (word.endswith("s") and freq >= 3.0 and margin >= 1.0)  # "Boosters"
            or (word.endswith("s") and common_word(word[:-1]) >= 4.5 and english_margin(word[:-1]) >= 0.7)
            or _rare_verb_form(word)  # "Loosens", "Tightens"
            or (freq == 0 and _english_compound(word.lower()))  # "Decadeslong"
            or (
                word.endswith("s")
                and common_word(word[:-1]) >= 4.0
                and _after_demonym(title, m.start(), index)
            )
        ):
            out[m.start()] = word[0].lower()
    return "".join(out)


def _after_rare_name(title: str, start: int) -> bool:
    """Whether the word at `start` follows a capitalised rare word, a name it may be part of ("Monroe Doctrine")."""
    prev = re.search(r"([A-Z][\w’'-]*)\s+$", title[max(0, start - 30) : start])
    return prev is not None and common_word(_OWNER_END.sub("", prev.group(1))) < 4.0


def _after_demonym(title: str, start: int, index: PhraseIndex) -> bool:
    """Whether the word at `start` follows a nationality ("Chinese Jets", "Russian Drones"): a plural there is
    a common noun (people's surnames do not follow a nationality in the plural)."""
    prev = re.search(r"([A-Z][a-z]+)\s+$", title[max(0, start - 30) : start])
    entry = index.entries.get(_key(prev.group(1))) if prev else None
    return entry is not None and entry.demonym


# an indefinite article (and up to two words) before a headline's last words: a common noun's phrase, no name
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?)\s+(?:[\w-]+\s+){0,2}$")
_QUOTED_AFTER_ARTICLE = re.compile(r"(?<![\w-])(?:[Aa]n?)\s+[\"“‘'](?:[\w-]+\s+){0,2}$")
_PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)|—–]|\s-\s)")
_HEADLINE_SPEECH_AFTER = re.compile(r" (?:" + "|".join(_HEADLINE_SPEECH_VERBS) + r")\b")


def _headline_subject_speaking(text: str, start: int, end: int) -> bool:
    """A Title Case headline's first word, no plural, before a verb of speech ("Pentagon Says It Will ..."): the
    model, reading it in sentence case, called it a body speaking; an English word ("pentagon") all the same."""
    return (
        start == 0 and not text[start:end].endswith("s") and _TITLE_SPEECH_AFTER.match(text, end) is not None
    )


def headline_span(
    title: str, read: str, start: int, end: int, label: str, body: str, index: PhraseIndex | None = None
) -> bool:
    """Whether a name the model found in a Title Case headline (`read`: as the model read it) is kept: a person's
    name, an organisation's of rare words or followed by a verb ("as Trump offers"; not "Regime loyalist"), a
    body by its kind or by its kind and a place the index knows, or any name the text below repeats."""
    name = title[start:end]
    if not name[:1].isalnum() or title[max(0, start - 2) : start] == "& ":
        return False  # "Notable & Quotable": a column's name
    words = [w.strip("’'.,") for w in name.split()]
    if label in ("PERSON", "ORG") and _QUOTED_AFTER_ARTICLE.search(read, 0, start):
        return False  # "Asked a Power Plant to Build a 'Fish Disco.'": a thing's quoted name, no one's
    if label == "PERSON" and len(words) <= 3:
        return True
    if label == "ORG" and _INDEFINITE_BEFORE.search(read, 0, start) and _PHRASE_END.match(read, end):
        return False  # "Prospects ... in a Transforming Petrostate": a noun the headline capitalised, no name
    if label == "ORG" and _common_noun_after_the(read, start, words, body):
        return False  # "Trump Rolls the Dice on ...": an idiom's noun, capitalised by the headline only
    if label == "ORG" and 2 <= len(words) <= 5 and INSTITUTION_WORDS.search(re.sub(r"\s*\(.*", "", name)):
        return True  # "Venezuela’s Hydrocarbon Ministry", "African Energy Chamber": a body by its kind
    if label == "ORG" and index is not None and _institution_of_place(name, index):
        return True  # "Bank of England Cuts Rates": a body by its kind and the state or city it serves
    if label == "NORP" and (_GROUP_AFTER_NORP.match(title, end) or _CREED_GROUP.fullmatch(name)):
        return True  # "Targeted Islamic State Camps": the group, completed with its noun later
    if (
        label == "ORG"
        and len(words) == 1
        and re.fullmatch(r"[A-Z]{2,6}", words[0])  # "From EU Antitrust Fine" too
        and words[0] not in COMMON_ACRONYMS
        and words[0] not in TIME_ZONES
        and (
            _OBJECT_BEFORE.search(read, 0, start)
            # not a law's first word: "Grossly Violate UN Charter" names a charter, no body
            or (
                _ENGLISH_BEFORE.search(read, 0, start) and not _LAW_END.search(_next_words(title, start, end))
            )
        )
    ):
        # "Strike Against ISIS", "Limited Relief for BOE": an acronym a headline acts on or for; "Likely Cementing
        # BOE Rate Cut": one after a word the reading lower-cased as English (a verb's object, mid-headline)
        return True
    if (
        label == "ORG"
        and len(words) == 1
        and read[end : end + 2] in ("'s", "’s")
        and not english_word(words[0])
        and english_margin(words[0]) < 0.6
        # not a segment's first word ("War: Trump's Real Plan"): the headline's subject, found as a person
        and not _SEGMENT_START.search(title, 0, start)
    ):
        return True  # "Will Trump's Resolve ...": the owner of what follows, a name as common abroad as in English
    if (
        label == "ORG"
        and len(words) == 1
        and not words[0].isupper()
        and not english_word(words[0])
        and english_margin(words[0]) < 0.6
        and _OBJECT_BEFORE.search(read, 0, start)
        and _PHRASE_END.match(read, end)
    ):
        return True  # "Trade Fight With Trump": a name as common abroad as in English, the object ending a phrase
    if (
        label == "ORG"
        and len(words) == 1
        and not title[:start].strip(" \"“‘'")
        and _HEADLINE_SPEECH_AFTER.match(read, end)
        and not words[0].endswith("s")
    ):
        # "Pentagon Says It Will ...": the model, reading the headline in sentence case, calls its first word a
        # body speaking; an English word then ("pentagon") names the institution all the same
        return True
    if label == "ORG" and _common_noun_before_noun(read, end, words, body):
        return False  # "Suspected Cartel Members": a noun the headline capitalised, before a noun, no name
    verb = _VERB_NEXT.match(read, end)
    if (
        label == "ORG"
        and len(words) <= 3
        and not any(english_word(w) or w.isupper() for w in words)  # "DRC", "AFCON": the text's to name
        and (
            # rare words, the last not an English noun a headline capitalised after a name ("Louvre Heist": a
            # place's event; "Sinaloa Cartel", "Wagner Group" end on a word as common abroad)
            # (a word far more common in French, German, Spanish or Italian, "Le" of "Le Creuset", is a name's)
            (all(common_word(w) < 4.0 or english_margin(w) < 0 for w in words) and not _english_head(words))
            or (verb and english_margin(verb.group(1)) >= 2.0)
            or not title[:start].strip(" \"“‘'")  # the headline's subject: "Trump and U.S. CEOs Agree"
        )
    ):
        return True
    repeat = repeated_headline(title, body)
    return name in (body[: repeat[0]] + body[repeat[1] :] if repeat else body)


def _next_words(title: str, start: int, end: int) -> str:
    """A headline's name and the capitalised word after it ("UN Charter" of "Violate UN Charter —")."""
    nxt = re.match(r"\s+[A-Z][\w’'-]*", title[end:])
    return title[start : end + (nxt.end() if nxt else 0)]


def _english_head(words: list[str]) -> bool:
    """A two- or three-word name whose last word is English rather than anyone's (far more common in English than
    elsewhere: "Heist", "Probe"), after a word that is not: a noun the headline capitalised, its subject a place's
    or an event's name."""
    last = words[-1]
    return (
        len(words) >= 2
        and not INSTITUTION_WORDS.search(last)
        and common_word(last) >= 3.0
        and english_margin(last) >= 1.0
        and english_margin(words[0]) < 1.0
    )


_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
_LOWER_NOUN_NEXT = re.compile(r"\s+([a-z]{3,})\b")


def _common_noun_before_noun(read: str, end: int, words: list[str], body: str) -> bool:
    """A Title Case headline's one capitalised word, as common in English as a name, before a noun the
    headline's reading lower-cased, that the text below never names: a noun used as a modifier ("Suspected
    Cartel Members"), not a body ("Hamas Fighters", rare in English, or "Tesla Shares" with a text naming Tesla)."""
    if len(words) != 1 or not body.strip() or words[0].isupper() or words[0] in body:
        return False
    nxt = _LOWER_NOUN_NEXT.match(read, end)
    return (
        nxt is not None
        and english_word(nxt.group(1))
        and common_word(words[0]) >= 3.0
        and english_margin(words[0]) >= 0.7
    )


def _common_noun_after_the(read: str, start: int, words: list[str], body: str) -> bool:
    """A Title Case headline's one capitalised word after "the" that the text below never names (with a text
    below to tell): a common noun ("Rolls the Dice"), not a body ("Visits the Bundesbank" and a text that says
    so). Acronyms and owners ("the Kremlin's") are left to the other tests."""
    return (
        len(words) == 1
        and bool(body.strip())
        and not words[0].isupper()
        and _THE_BEFORE.search(read, 0, start) is not None
        and read[start + len(words[0]) : start + len(words[0]) + 2] not in ("'s", "’s")
        and words[0] not in body
    )


def repeated_headline(title: str, body: str) -> tuple[int, int] | None:
    """Where the body's first line repeats a Title Case headline (a summary that begins with the title, or
    with its later part): that line is a headline too, and no evidence that the headline's words are names."""
    line_end = body.find("\n")
    line = body[: line_end if line_end >= 0 else len(body)]
    lead = line[:40]
    if len(lead) < 40 or lead not in title or not _title_case(line):
        return None
    return 0, len(line)


_OBJECT_BEFORE = re.compile(r"\b(?:against|for|with|by|from|on|to)\s+$")
_ENGLISH_BEFORE = re.compile(r"(?<![\w’'-])[a-z]{3,}\s+$")  # a word the reading lower-cased, then a space
_VERB_NEXT = re.compile(r"\s+([a-z]{2,}(?:s|ed))\b")


def _title_case(line: str) -> bool:
    """A headline in Title Case: most of its words (four or more) capitalised."""
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n:—–-"


def _in_lower_case(text: str, word: str) -> bool:
    """The word written in lower case somewhere in the text, on its own ("an email", not "e-mail" nor "emails")."""
    return re.search(rf"(?<![\w‑-]){re.escape(word.lower())}(?![\w‑-])", text) is not None


def _named_inside(text: str, word: str) -> bool:
    """The word capitalised somewhere inside a sentence, where only a name is."""
    return any(not _sentence_start(text, m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _only_at_starts(text: str, word: str) -> bool:
    """A word that is capitalised only where every word is (a sentence's or line's start)."""
    return re.search(rf"\b{re.escape(word)}\b", text) is not None and not _named_inside(text, word)


_OWNER_END = re.compile(r"['’]s?$")
