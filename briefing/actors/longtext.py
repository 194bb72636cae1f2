"""Long texts (round 65): what the model finds past a short article's opening, outlets in long texts,
doctrines."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.actors.places import _SPEAKS_AFTER
from briefing.actors.spans import Found, _clean
from briefing.actors.words import (
    INSTITUTION_INSIDE,
    _initials,
    _key,
    common_word,
    english_margin,
    english_word,
)
from briefing.phrases import PhraseIndex

# Kept apart from the rules above: spans a long article names once, deep in its text, that a short item rarely does.

# a document, a doctrine or a plan, named by its last word (or the word before its "of ..." tail): "the Monroe
# Doctrine", "the Roosevelt Corollary", "the National Security Strategy", "the Common Agricultural Policy", "the Gold
# Standard of Science", "the Abraham Accords"; a body with such a word after "for" or "and" ("Center for Infectious
# Disease Research and Policy") or an institution's word is none of these, nor a compact (a grouping: "the UN Global
# Compact", "the 'Velmor Compact'")
_DOCTRINE_HEAD = re.compile(
    r"(?:^|\s)(?:Doctrine|Corollary|Strategy|Policy|Accords?|Plan|Pact|Treaty|Standard|Manifesto)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?$"
)
_BODY_JOINER_INSIDE = re.compile(r"\s(?:for|and|&)\s")
# a building or a site by its last word, capitalised: "Thule Air Base", "Pituffik Space Base", "Qom Central Prison",
# "the Grand Egyptian Museum", "Mariupol Drama Theatre", "Belfast Zoo", "Kherson Oblast"; one that speaks is kept
# ("the British Museum said")
_LANDMARK_END = re.compile(
    r"\s(?:Base|Airbase|Airfield|Prison|Jail|Penitentiary|Museum|Zoo|Cathedral|Basilica|Theatre|Theater|Oblast|"
    r"Governorate|Raion|Krai)$"
)
# the adjective of a people, a creed or an era the model calls a body or a person before the noun it qualifies: "the
# Pharaonic civilisation", "an Alawite mosque", "the Druze minority"
# (not "-an", "-i" or "-ze": "Taliban fighters", "Houthi rebels", "the Kobakhidze government")
_ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]+(?:ic|ian|ite|ese|ish)$")
_QUALIFIED_NOUN_AFTER = re.compile(r" ([a-z]{3,})\b")
_ACTING_AFTER_TEXT = """said says told tells will would could can may might must shall should has had have is was were
are been being did does do"""  # a verb or an auxiliary after a name: it acts
_ACTING_AFTER = frozenset(_ACTING_AFTER_TEXT.split())
_FUNCTION_WORDS_TEXT = """and or but nor of to in on at by for from with as than that which who whom whose while when
where after before also still already not never now then again only just even"""
_NOT_NOUNS = _ACTING_AFTER | frozenset(_FUNCTION_WORDS_TEXT.split())
_STRAY_MARK = re.compile(
    r"[^\w\"“‘'(]*(?:[\u0300-\u036f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+)(?=[A-Za-z])"
)
# a trade's noun before a company the model calls a person: "French studio Sandfall Interactive", "risk
# consultancy Verisk Maplecroft", "charity Christian Aid" (not "service": "the foreign intelligence service Oleh
# Ivashchenko", its head)
_MORE_TRADES_THEN_NAME = re.compile(
    r"(?<=[a-z] )(?:studio|consultancy|charity|developer|publisher)\s+"
    r"((?:[A-Z][\w&-]*[\w&])(?:\s+[A-Z][\w&-]*[\w&]){0,2})(?![\w’'-])"
)
_COMPANY_LAST_WORD = re.compile(
    r"\s(?:Interactive|Corp\.?|Corporation|Inc\.?|Ltd\.?|LLC|plc|PLC|Holdings?|Studios|Games|Entertainment|"
    r"Technologies|Pharmaceuticals|Airlines|Airways|Motors|Industries|Capital|Partners|Labs|Ventures)$"
)


def _adjective_only(text: str, word: str, index: PhraseIndex) -> bool:
    """A capitalised word that qualifies a lower-case noun right after it somewhere ("Alawite mosque", "the Alawite
    religious minority"), that no mention shows acting (no verb after it: "Julian said") and that the index does not
    list as an actor."""
    entry = index.entries.get(_key(word))
    if entry is not None and entry.kind in ("person", "organisation", "unit", "outlet"):
        return False
    qualifies = False
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text):
        nxt = _QUALIFIED_NOUN_AFTER.match(text, m.end())
        if nxt is None:
            continue
        if nxt.group(1) in _ACTING_AFTER or re.search(r"(?:ed|ly)$", nxt.group(1)):
            return False
        qualifies = qualifies or nxt.group(1) not in _NOT_NOUNS
    return qualifies


def _doctrine(name: str) -> bool:
    """A name of two words or more that `_DOCTRINE_HEAD` ends, with no body's joiner or institution's word."""
    return (
        len(name.split()) > 1
        and not _BODY_JOINER_INSIDE.search(name)
        and not INSTITUTION_INSIDE.search(name.split(" of ")[0])
    )


def _long_text_spans(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Spans a long article's later text gives the model, read by their words: a doctrine, a plan or a document
    (`_DOCTRINE_HEAD`) and a building or a site (`_LANDMARK_END`, unless it speaks) are no actors; a people's or an
    era's adjective before its noun is a people (`_adjective_only`); a stray mark of another script glued before a
    word ("\u064bWe will") is no part of it, and a common word left alone is no name; a company's last word
    (`_COMPANY_LAST_WORD`) or a trade's noun before it (`_MORE_TRADES_THEN_NAME`) makes the model's person a body."""
    trades = {(m.start(1), m.end(1)) for m in _MORE_TRADES_THEN_NAME.finditer(text)}
    # the initials of a doctrine or a policy are none either ("CAP money" beside "the Common Agricultural Policy")
    doctrines = {
        short
        for s, e, label in ents
        if label in ("ORG", "PERSON") and _DOCTRINE_HEAD.search(name := _clean(text[s:e])) and _doctrine(name)
        for short in _initials(name)
        if len(short) >= 3
    }
    out = []
    for s, e, label in ents:
        if label not in ("ORG", "PERSON"):
            out.append((s, e, label))
            continue
        stray = _STRAY_MARK.match(text, s)
        if stray and stray.end() < e:
            s = stray.end()
            word = text[s:e]
            if " " not in word and (
                english_word(word) or word.lower() in _NOT_NOUNS or common_word(word) >= 6
            ):
                continue  # "\u064bWe": a pronoun behind a stray mark
        name = _clean(text[s:e])
        words = name.split()
        if _DOCTRINE_HEAD.search(name) and _doctrine(name) or label == "ORG" and name in doctrines:
            label = "LAW"
        elif len(words) > 1 and _LANDMARK_END.search(name) and not _SPEAKS_AFTER.match(text, e):
            label = "FAC"
        elif (
            len(words) == 1
            and _ADJECTIVE_SHAPE.fullmatch(name)
            and english_margin(name) >= 1.0  # an English adjective, not a name ("Dealogic data")
            and _adjective_only(text, name, index)
        ):
            label = "NORP"
        elif label == "PERSON" and (
            (len(words) > 1 and _COMPANY_LAST_WORD.search(name))
            or ((s, e) in trades and _key(name) not in index.entries)
        ):
            label = "ORG"
        out.append((s, e, label))
    return out


# a broadcaster named by its medium in lower case after it: "told France Inter radio", "told CNews television"
_MEDIUM_AFTER = re.compile(r"\s+(?:radio|television|TV)\b(?!\s+(?:station\s+)?(?:reporter|host)s?\b)")


def _long_text_outlets(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Outlets a long article names where it quotes them: a listed outlet written in capitals ("told FRANCE 24"), and
    a name the medium's noun follows ("told France Inter radio"), wherever the item names it."""
    named = set()
    for f in found:
        if f.kind not in ("organisation", "person") or f.listed:
            continue
        letters = [ch for ch in f.name if ch.isalpha()]
        if len(letters) >= 3 and all(ch.isupper() for ch in letters):
            entry = index.entries.get(_key(f.name.title()))
            if entry is not None and entry.kind == "outlet":
                named.add(f.name)
                continue
        if f.kind == "organisation" and _MEDIUM_AFTER.match(text, f.end):
            named.add(f.name)
    if not named:
        return found
    return [
        replace(f, kind="outlet") if f.name in named and f.kind in ("organisation", "person") else f
        for f in found
    ]


def _no_doctrines(found: list[Found]) -> list[Found]:
    """What the later rules found as a body that is a doctrine, a plan or a document (`_DOCTRINE_HEAD`: "the Common
    Agricultural Policy (CAP)" read as a body with its initials), or those initials, unless the index lists it."""
    doctrines = {
        f.name
        for f in found
        if f.kind in ("organisation", "person", "unit")
        and not f.listed
        and _DOCTRINE_HEAD.search(f.name)
        and _doctrine(f.name)
    }
    if not doctrines:
        return found
    initials = {short for name in doctrines for short in _initials(name) if len(short) >= 3}
    return [
        f
        for f in found
        if f.listed or not (f.name in doctrines or (f.kind == "organisation" and f.name in initials))
    ]
