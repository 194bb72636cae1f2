"""A speaker's surname written in another transliteration than the item's full name ("Zelenskiy said" in an item
that names "Volodymyr Zelenskyy"): the person at the fullest name the text gives (round 113's label, the labels'
rule "written as the text names it at its fullest"). Read by find_claims after the speakers are chosen."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# the endings transliterations of one Slavic surname differ in: -iy, -yy, -yi, -ij, -ii, -y, -i
_TRANSLITERATED_END = re.compile(r"(?:iy|yy|yi|ij|ii|y|i)$")


def _spelling_key(word: str) -> str:
    """A surname without accents and its transliterated ending: "Zelenskiy", "Zelenskyy", "Zelensky" -> "zelensk"."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
    return _TRANSLITERATED_END.sub("", folded)


def spelling_variant_fullest(name: str, people: Iterable[str]) -> str:
    """The one full name among `people` whose surname is `name` in another transliteration ("Zelenskiy" ->
    "Volodymyr Zelenskyy"); `name` itself when it is more than one word, has no such ending, or no one or several
    fit."""
    key = _spelling_key(name)
    if " " in name.strip() or len(key) < 5 or key == name.lower():
        return name
    fits = {
        p
        for p in people
        if len(p.split()) > 1 and p.split()[-1] != name and _spelling_key(p.split()[-1]) == key
    }
    return fits.pop() if len(fits) == 1 else name
