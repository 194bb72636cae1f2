"""The faster forms of the per-item rules find exactly what the plain ones do."""

import random

from briefing import actors

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
        plain = [(m.span(), m.span(1), m.group(2)) for m in actors._BEFORE_ACRONYM.finditer(text)]
        fast = [(m.span(), m.span(1), m.group(2)) for m in actors._before_acronyms(text)]
        assert fast == plain, text
        found += len(plain)
    assert found > 1000  # the texts exercise the pattern
