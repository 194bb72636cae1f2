"""The faster forms of the per-item rules find exactly what the plain ones do."""

import random
import re

from briefing import phrases
from briefing.actors import patterns
from briefing.claims import status

_PIECES = [
    "Ab",
    "x",
    " ",
    "  ",
    "\n",
    "\t",
    "(",
    ")",
    "(ABC)",
    " (DEFG)",
    " (AB)",
    " (ABCDEFG)",
    "word " * 9,
    "y" * 90,
]


def _texts() -> list[str]:
    rnd = random.Random(7)
    texts = [
        "Petróleos de Venezuela S.A. (PDVSA) said on Monday",
        "the International Atomic Energy Agency  (IAEA) and the World Health Organization\n(WHO)",
        "(NATO) first, then North Atlantic Treaty Organization (NATO)",
    ]
    texts += ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 25))) for _ in range(3000)]
    return texts


def test_acronym_glosses_are_the_patterns_matches() -> None:
    found = 0
    for text in _texts():
        plain = [(m.span(), m.span(1), m.group(2)) for m in patterns._BEFORE_ACRONYM.finditer(text)]
        fast = [(m.span(), m.span(1), m.group(2)) for m in patterns._before_acronyms(text)]
        assert fast == plain, text
        found += len(plain)
    assert found > 1000  # the texts exercise the pattern


_PATTERNS = [
    re.compile(r"\b(?:said|says|say|told|according\s+to)\b|(?:заявил|сказал)\w*|по\s+словам", re.I),
    re.compile(r"(?<!\bnot\s)\b(?:likely|unlikely)\s+to\b|^if\b[^.;]{3,40},|n['’]t\s+sure", re.I),
    re.compile(r"\b(?:emphasi[sz]ed|stressed)(?=\s+that\b)|(?:Sky|ASK)\b"),
    re.compile(r"(?P<who>[A-Z]\w+)\s+(?:said|says)"),  # no first string: the plain search
    re.compile(r"\b(?:says|said|according +to) +(\w+)(?= *(?:[,.;:]|$))", re.M),
    re.compile(r"^(?:if|said)\b", re.M),  # "^" after each line break: the plain search
    # an optional first part: a match starts with its strings or with the rest's
    re.compile(r"\b(?:court\s+)?(?:filings|said)\b|(?:the\s+)??ask(?:ed)?", re.I),
    re.compile(r"(?:not\s+)?(?:likely\s+)?sure|(?:x\s*)*SKY"),
    # groups and alternations of literals inside a first string: "s(?:ai|ay)(d|s)"
    re.compile(r"\bs(?:ai|ay)(d|s)\b|(?:n['’]t|not)\s+sure|(?:ask|court)(?:ed)?\s", re.I),
]
_PATTERNS += [
    *status.UNVERIFIED,
    *status.REPORTED,
    *status.SPECULATIVE,
    *status.UNNAMED,
    status.MODAL,
]
_WORDS = [
    "said",
    "SAID",
    "ſays",
    "Kaid",
    "ſaid",
    "İf",
    "if",
    "not likely to",
    "likely to",
    "n’t sure",
    "n't  sure",
]
_WORDS += [
    "if the talks fail, ",
    "SKY",
    "ſky",
    "aſk",
    "Ask",
    "заявила",
    "ЗАЯВИЛ",
    "по  словам",
    "According  to",
    "stressed that",
    "x",
    "court ",
    "COURT  filings",
    "filings",
    "the ",
    "not ",
    "could not be verified",
    "reportedly",
    "sources said",
]


def test_finditer_finds_what_the_pattern_does() -> None:
    rnd = random.Random(3)
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice([*_WORDS, " ", ", ", ". ", "\n"]) for _ in range(rnd.randint(0, 12)))
        pos = rnd.choice([0, rnd.randint(0, len(text))])
        endpos = rnd.choice([None, rnd.randint(pos, len(text))])
        for pattern in _PATTERNS:
            args = (pos,) if endpos is None else (pos, endpos)
            plain = [(m.span(), m.groups()) for m in pattern.finditer(text, *args)]
            assert [(m.span(), m.groups()) for m in phrases.finditer(pattern, text, pos, endpos)] == plain
            first = phrases.search(pattern, text, pos, endpos)
            assert (first.span() if first else None) == (plain[0][0] if plain else None)
            found += len(plain)
    assert found > 500  # the texts exercise the patterns


def test_the_quick_test_before_dotted_acronyms_never_rules_one_out() -> None:
    rnd = random.Random(5)
    pieces = ["A.", "b.", "C", ".", " ", "U.S.", "F.D.A.", "x", "\n", "G.O.P.'s", "J.R.R. Tolkien"]
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        if patterns._ACRONYM.search(text):
            assert patterns._DOTTED_PAIR.search(text), text
            found += 1
    assert found > 500  # the texts exercise the pattern
