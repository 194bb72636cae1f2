"""phrases.may_match: the quick test before a long pattern never says no where the pattern matches."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

from briefing import actors, claims
from briefing.phrases import may_match

SENTENCES = Path(__file__).parent / "data" / "claims" / "sentences.jsonl"


def _texts() -> list[str]:
    out = []
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        out.append(item["title"])
        out += item["paragraphs"]
        out += [s["text"] for s in item["sentences"]]
    return out


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    seen: set[int] = set()  # a pattern one module of the actors package imports from another is checked once
    modules = [
        claims,
        *(
            importlib.import_module(f"briefing.actors.{m.name}")
            for m in pkgutil.iter_modules(actors.__path__)
        ),
    ]
    for module in modules:
        for name, value in vars(module).items():
            for p in value if isinstance(value, list) else [value]:
                if isinstance(p, re.Pattern) and isinstance(p.pattern, str) and id(p) not in seen:
                    seen.add(id(p))
                    found.append((f"{module.__name__}.{name}", p))
    return found


def test_never_rules_out_a_match_in_the_labelled_sentences() -> None:
    texts = _texts()
    checked = skipped = 0
    for name, pattern in _patterns():
        for text in texts:
            if pattern.search(text):
                assert may_match(pattern, text), (name, text)
                checked += 1
            elif not may_match(pattern, text):
                skipped += 1
    assert checked > 1000
    assert skipped > 10_000  # it does rule out most texts where nothing matches


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bcould\s+not\s+(?:be\s+)?confirmed\b", "The Claim COULD NOT BE CONFIRMED."),
        (r"confirm", "confırm"),  # dotless i: re takes it for i when ignoring case
        (r"sources", "ſources"),  # long s
        (r"\bis\b", "İS"),  # capital I with a dot: lower case is two characters, re compares one
        (r"(?:заявил|сказал)\w*", "ЗАЯВИЛА министр"),
        (r"\b(?:unable|not\s+able)\s+to\s+[vc]erify", "were Unable to Verify"),
    ],
)
def test_matches_as_re_does_when_ignoring_case(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.I)
    assert compiled.search(text)
    assert may_match(compiled, text)


def test_rules_out_a_sentence_without_the_words() -> None:
    cue = claims.UNVERIFIED[0]
    assert not may_match(cue, "Troops crossed the river on Monday, officials said.")
    assert may_match(cue, "The report could not be independently verified.")


def test_a_pattern_with_no_needed_words_is_always_searched() -> None:
    assert may_match(re.compile(r"\w+"), "")
    assert may_match(re.compile(r"(?:a|\d)"), "xyz")
