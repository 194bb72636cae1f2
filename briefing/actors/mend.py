"""Spans a scraped or run-on text leads the model to misread, mended (mend_spans): words glued by a lost
line break cut, a credit's slash, lower-case words before a name, handles dropped, a one-word body its
context makes a person."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.actors.words import (
    _PARTICLES,
    _STANCE_BEFORE,
    _ZERO_WIDTH_CHARS,
    INSTITUTION_INSIDE,
    _key,
    common_word,
    english_word,
)
from briefing.phrases import PhraseIndex

# a word glued to the next sentence's first word where a scraped page lost its line break ("Getty ImagesExperts
# say", "locals3 hours ago"): a lower-case letter, then a capital inside one word
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# "posted on X. Speaking to reporters": an initial, then a new sentence's verb
_INITIAL_THEN_VERB = re.compile(r"\b[A-Z]\.\s+([A-Z][a-z]+(?:ing|ed))\b")
# lower-case words the model took into a name ("national security council Dmitry Medvedev")
_LOWER_PREFIX = re.compile(rf"(?:(?:the|a|an)\s+)?(?:(?!{_PARTICLES}\s)[a-z][a-z’'-]*\s+)+(?=[A-Z])")
_JOINING_WORDS = frozenset(("of", "for", "on", "in", "and", "to", "at", "from", "with", "the", "a", "an"))
_FORUM = re.compile(r"G\d{1,2}\+?")
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|"
    rf"nephew|niece|cousin|grandson|granddaughter|widow|partner)[\s{_ZERO_WIDTH_CHARS}]+$"
)


def _glued_end(text: str, s: int, e: int) -> int:
    """Where a span should end when one of its words is two words glued by a lost line break, else e."""
    first = text.find(" ", s, e)
    for m in _GLUE.finditer(
        text, first if first > 0 else e, e
    ):  # "MediaCity", "YouTube" alone: a brand's name
        i = m.start()
        left = re.search(r"[A-Z]?[a-z]+$", text[s:i])  # "Images" of "ImagesExperts"
        right = re.match(r"[A-Z][a-z]+", text[i:e])  # "Experts"
        head = re.search(r"[A-Za-z]+$", text[s:i])
        tail = re.match(r"[A-Za-z]*", text[i:])
        whole = (head.group() if head else "") + (tail.group() if tail else "")
        if (
            left
            and right
            and common_word(whole.lower()) < 1.0  # "YouTube", "PlayStation" are words of their own
            and english_word(left.group())
            and english_word(right.group())
        ):
            return i
    return e


# inside a span's first word: a lower-case letter or a capitals' run, then a capitalised word ("ReutersSecurity",
# "EPASpain")
_FIRST_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _glued_start(text: str, s: int, e: int, index: PhraseIndex) -> int:
    """Where a span should start when its first word is two words glued by a lost line break, else s: the
    left part ends a known name (an outlet's credit "ReutersSecurity", a place "The HagueNato", a region
    "EuropeNo"), or an acronym
    runs into a known name ("EPASpain"). A brand written in one word ("MediaCity", "PetroChina") is neither."""
    space = text.find(" ", s, e)
    first = space if space > 0 else e
    for m in _FIRST_GLUE.finditer(text, s + 1, first):
        i = m.start()
        left = text[s:i]
        right = re.match(r"[A-Z][a-z]+", text[i:first])
        if right is None:
            continue
        before = text[max(0, s - 40) : s].split()[-2:]
        ending = (index.entries.get(_key(" ".join([*before[k:], left]))) for k in range(len(before) + 1))
        # a region too: "stationed across EuropeNo one knows"
        known_left = any(
            en is not None and en.kind in ("outlet", "place", "state", "region") for en in ending
        )
        entry = index.entries.get(_key(right.group()))
        acronym_then_name = (
            left.isupper() and len(left) >= 2 and entry is not None and entry.kind != "keyword"
        )
        if (known_left and len(left) >= 3) or acronym_then_name:
            return i
    return s


def _personal_org(text: str, s: int, e: int, spans: list[tuple[int, int, str]], index: PhraseIndex) -> bool:
    """A one-word name the model calls an organisation that its context makes a person: "his son Flavio",
    "Trump and Netanyahu" (coordinated with a person the model names)."""
    word = text[s:e]
    if (
        not re.fullmatch(r"[A-Z][a-zà-ÿ’'-]+", word)
        or english_word(word)
        or _key(word) in index.entries
        or INSTITUTION_INSIDE.search(word)
    ):
        return False
    if _KIN_BEFORE.search(text, max(0, s - 30), s):
        return True
    return any(
        label == "PERSON" and (text[e:ps] in (" and ", " & ") or text[pe:s] in (" and ", " & "))
        for ps, pe, label in spans
    )


def mend_spans(
    text: str, spans: Iterable[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Spans a scraped or run-on text leads the model to misread, mended: words glued by a lost line break cut
    ("Getty ImagesExperts"), a credit's slash ("Colombian Army/Handout"), an initial before a new sentence's verb
    ("X. Speaking"), lower-case words before a name ("spokeswoman Maria Zakharova"), handles ("UKR_LEAKS") and
    bodies named only in a stance ("pro-Kremlin") dropped, and two unknown one-word places side by side read as
    the person they name ("Natalia Marshavska"); a forum of states named by its count ("G7") is a body."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if label in ("GPE", "LOC", "FAC") and _FORUM.fullmatch(text, s, e):
            label = "ORG"  # "the G7 conference": the group of states, not a place
        if label in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"):
            if "_" in text[s:e]:
                continue  # "UKR_LEAKS", "LEAKS_pl": a handle, no one's name
            was = e
            cut = _glued_start(text, s, e, index)
            after = index.entries.get(_key(text[cut:e])) if cut != s else None
            if after is not None and after.kind in ("state", "place"):
                label = "GPE"  # "EPASpain's": the model's label was for the glued word, the state is Spain
            elif cut != s and " " not in text[cut:e].strip() and english_word(text[cut:e].strip(" .,'’")):
                continue  # "ReutersSecurity is tight": the credit, then the next sentence's first word
            s = cut
            e = _glued_end(text, s, e)
            slash = text.find("/", s, e)
            if slash > s and english_word(re.split(r"[\s/]", text[slash + 1 : e] + " ")[0] or "x"):
                e = slash  # "Colombian Army/Handout via Getty": the credit's source before its slash
            initial = _INITIAL_THEN_VERB.search(text, s, e)
            if initial and english_word(initial.group(1)):
                e = initial.start() + 1  # "X. Speaking": the sentence ends after the initial
            prefix = _LOWER_PREFIX.match(text, s, e)
            if prefix and label in ("ORG", "PERSON") and prefix.group().split()[-1] not in _JOINING_WORDS:
                # "government of National Unity" keeps its head: only words that join no name are cut
                s = prefix.end()
                rest = text[s:e].split()
                if (
                    label == "ORG"
                    and 2 <= len(rest) <= 3
                    and all(w[:1].isupper() and not english_word(w) for w in rest)
                    and not INSTITUTION_INSIDE.search(text[s:e])
                ):
                    label = "PERSON"  # "council Dmitry Medvedev": the name after an office's words
            at = s + len(text[s:e]) - len(text[s:e].lstrip("-‑"))  # the span may keep the prefix's hyphen
            if (
                label in ("ORG", "PERSON")
                and _STANCE_BEFORE.search(text, max(0, at - 5), at)
                and (label == "ORG" or _key(text[at:e]) in index.entries)
                and not re.search(rf"(?<![-‑\w]){re.escape(text[at:e])}\b", text[:at] + " " + text[e:])
            ):
                continue  # "pro-Kremlin narratives": a stance towards a body, which does not act
            if e != was:
                e = len(text[:e].rstrip(" .,;:'’\"“”-"))
            if e <= s:
                continue
        out.append((s, e, label))
    out = [
        (s, e, "PERSON" if label == "ORG" and _personal_org(text, s, e, out, index) else label)
        for s, e, label in out
    ]
    joined: list[tuple[int, int, str]] = []
    for s, e, label in out:
        if joined:
            ps, pe, plabel = joined[-1]
            if (
                label in ("GPE", "LOC")
                and plabel in ("GPE", "LOC")
                and text[pe:s] == " "
                and all(
                    re.fullmatch(r"[A-Z][a-zà-ÿ’'-]+", w)
                    and _key(w) not in index.entries
                    and not english_word(w)
                    for w in (text[ps:pe], text[s:e])
                )
            ):
                joined[-1] = (ps, e, "PERSON")  # "Natalia Marshavska": two unknown places side by side
                continue
        joined.append((s, e, label))
    return joined
