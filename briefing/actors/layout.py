"""Spans the page's layout or a market's words explain: headings in capitals, names glued by a lost space,
indexes, craft."""

from __future__ import annotations

import re

from briefing.actors.headlines import _OWNER_END, _THE_BEFORE
from briefing.actors.repair import _PREFIX_WORDS, _alone
from briefing.actors.words import (
    INSTITUTION_INSIDE,
    TITLE_WORDS,
    UNIT_WORDS,
    _key,
    _known_place,
    english_word,
)
from briefing.phrases import PhraseIndex

# "FTSE 100", "S&P 500", "Nikkei 225", "Stoxx 600", "CAC 40": a stock index, named with its number of shares
_INDEX_SIZE_AFTER = re.compile(r" (?:30|40|50|100|200|225|250|500|600|1000|2000)(?![\d,.]\d|[-‑]\w)")
# an aircraft maker's model number after its name ("Boeing 777", "Airbus A320"), not a count ("Hamas 300 fighters")
_MODEL_NUMBER_AFTER = re.compile(
    r" [A-Z]?\d{3}(?![\d,.%])(?!\s+(?:people|fighters|troops|jobs|members|workers|staff|employees|million|billion)\b)"
)
# a flight's number after its airline's name: "Jeju Air Flight 2216", "Malaysia Airlines flight MH17"
_FLIGHT_END = re.compile(r"\s+[Ff]light\s+[A-Z]{0,3}\d{1,5}$")
_CRAFT_BEFORE = re.compile(r"\b(?:aboard|on board|[Ff]light)\s+(?:the\s+)?$")
_CRAFT_AFTER = re.compile(r" (?:tanker|oil tanker|vessel|ship|freighter|cargo ship|yacht)s?\b")
# "returned to the White House", "back in the Kremlin": the building an office holder moves into, not the body
_RETURN_BEFORE = re.compile(r"\b(?:return(?:ed|s|ing)?|back)\s+(?:to|in|into|at)\s+the\s+$")
_SEAT_OF_OFFICE = re.compile(
    r"(?:White House|Kremlin|Elysee|Élysée|Capitol|Downing Street|[A-Z][a-z]+ Palace)$"
)
# "SWISS FEDERAL PRESIDENT GUY PARMELIN:", a reaction's heading in capitals: a title, then the speaker's name
_CAPITALS_HEADING = re.compile(r"(?m)^[A-Z][A-Z’'. -]+(?=:[ \t]*$)")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z’'.-]*")
# "Ex-special counsel" opening a line: a prefix and a common word, no name
_PREFIXED_WORD = re.compile(
    rf"(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _PREFIX_WORDS)})[-‑][a-z]+"
)
# a personal title before two or three capitalised words: "Dr Sean O'Leary", "Prof. Anna Berg"
_HONORIFIC_NAME = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
# "TrumpNato", "commitmentTrump": two words glued where a scrape lost the space between them
_GLUED_NAMES = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})(?=['’]s\b|\b)")


def _title_word(word: str) -> bool:
    return all(part in TITLE_WORDS for part in word.lower().rstrip(".").split("-"))


def _heading_speakers(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The speaker of a heading written in capitals ("SWISS FEDERAL PRESIDENT GUY PARMELIN:"), which the model
    does not read: the two or three words after the heading's last title word."""
    out = []
    for line in _CAPITALS_HEADING.finditer(text):
        words = list(_CAPITALS_WORD.finditer(text, line.start(), line.end()))
        titles = [i for i, w in enumerate(words) if _title_word(w.group())]
        name = words[titles[-1] + 1 :] if titles else []
        if (
            2 <= len(name) <= 3
            and not english_word(name[-1].group().title())  # "PRESIDENT SAID TODAY:" names no one
            and not any(s < name[-1].end() and name[0].start() < e for s, e, _ in ents)
        ):
            out.append((name[0].start(), name[-1].end(), "PERSON"))
    return out


def _glued_names(text: str, s: int, e: int, index: PhraseIndex) -> list[tuple[int, int]] | None:
    """The two names of a span glued by a lost space ("TrumpNato's"): each part written alone in the item or
    known to the index, the first written alone; "SoftBank", "PetroChina" stay one name."""
    m = _GLUED_NAMES.fullmatch(text, s, e) or _GLUED_NAMES.match(text, s, e)
    if m is None or m.end() not in (e, e - 2) or (m.end() == e - 2 and not _OWNER_END.search(text, s, e)):
        return None
    first, second = m.group(1), m.group(2)
    known = _key(second) in index.entries or _key(second.upper()) in index.entries  # "Nato" as "NATO"
    if not _alone(text, first) or not (_alone(text, second) or known):
        return None
    return [(m.start(1), m.end(1)), (m.start(2), m.end(2))]


def _spans_of_layout_and_markets(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Spans the page's layout or a market's words explain: a body's name opened by a quote mark is the name
    after it ("the 'Coalition of the Willing'"); one word before an index's size is the index ("FTSE 100");
    an office's building after "returned to the" is a place ("returned to the White House"); two names glued by a
    lost space are two ("TrumpNato's"); a heading in capitals names its speaker after the title. A craft is no
    actor: a name after "aboard" or "flight", or after "the" before "tanker", "vessel" or "ship" ("aboard Air Force
    One", "flight MH370", "the Marinera tanker"), wherever the item names it; so is a maker's model ("Boeing 777")."""
    out: list[tuple[int, int, str]] = []
    crafts: set[str] = set()
    alone = {text[s:e] for s, e, label in ents if label == "ORG" and not _MODEL_NUMBER_AFTER.match(text, e)}
    for s, e, label in ents:
        name = text[s:e]
        if label in ("ORG", "PERSON") and (opening := re.match(r"(?:[Tt]he\s+)?[\"“‘']+(?=[A-Z])", name)):
            s += opening.end()
        elif label in ("ORG", "PERSON") and _PREFIXED_WORD.fullmatch(name):
            continue
        elif (
            label == "ORG"
            and (honorific := _HONORIFIC_NAME.fullmatch(name))
            and not any(
                english_word(w, threshold=3.0) or w.endswith(("'s", "’s")) for w in honorific.group(1).split()
            )
        ):
            # "Dr Sean O'Leary, chair of the American Academy of Pediatrics, said": a person by the title (the
            # model read an organisation, and "the agency said" later went to him), not "Dr Reddy's Laboratories"
            label = "PERSON"
        elif (
            label in ("ORG", "PRODUCT", "FAC") and (flight := _FLIGHT_END.search(name)) and flight.start() > 0
        ):
            # "Jeju Air Flight 2216 crashed": the airline; the flight no actor
            e, label = s + flight.start(), "ORG"
        elif label == "ORG" and " " not in name and _INDEX_SIZE_AFTER.match(text, e):
            label = "PRODUCT"
        elif label == "ORG" and " " not in name and _MODEL_NUMBER_AFTER.match(text, e) and name not in alone:
            label = "PRODUCT"  # "the Boeing 777": a maker's model (the maker acting elsewhere stays)
        elif label in ("ORG", "PERSON") and _craft(text, s, e, index):
            label = "PRODUCT"
            crafts.add(name)
        elif (
            label in ("ORG", "FAC")
            and _SEAT_OF_OFFICE.search(name)
            and _RETURN_BEFORE.search(
                text, max(0, s - 30), s + (4 if name.startswith(("the ", "The ")) else 0)
            )
        ):
            label = "LOC"
        elif label in ("ORG", "PERSON") and (parts := _glued_names(text, s, e, index)) is not None:
            out += [(a, b, label) for a, b in parts]
            continue
        out.append((s, e, label))
    if crafts:
        out = [(s, e, "PRODUCT" if text[s:e] in crafts else label) for s, e, label in out]
    return sorted(out + _heading_speakers(text, out))


def _craft(text: str, s: int, e: int, index: PhraseIndex) -> bool:
    """A plane's or a ship's name by what is said around it, not a navy's, a body's or a place's."""
    name = text[s:e]
    unit = UNIT_WORDS.search(name)
    return (
        (
            _CRAFT_BEFORE.search(text, max(0, s - 15), s) is not None
            or (
                _CRAFT_AFTER.match(text, e) is not None
                and _THE_BEFORE.search(text, max(0, s - 5), s) is not None
            )
        )
        and not (unit is not None and unit.end() == len(name))  # "aboard Navy ships": the navy's
        and not INSTITUTION_INSIDE.search(name)
        and not _known_place(index, name)
        and _key(name) not in index.entries
    )
