"""Text helpers shared by the analysis steps: a tokeniser, a sentence splitter and a phrase index.

The phrase index finds known names (places, actors, outlets, keywords) in any language in one left-to-right
pass over the tokens, longest match first. Keys are case-sensitive; Latin letters are compared without
accents and Russian words without their case ending, so "Украины" finds "Украина" and "Nicolas" "Nicolás".
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

TOKEN = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?|\w+(?:['’](?!s\b)\w+)*|['’]s\b|[^\w\s]")
MAX_WORDS = 6
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Russian case endings, longest first; stripped only when 4+ letters remain (so "Газ" never finds "Газа").
_RU_ENDINGS_TEXT = "ями ами ого его ому ему ыми ими ей ой ом ем ам ям ах ях ую юю ая яя ое ее ые ие ый ий ых их ым им ью а я ы и е у ю о ь й"
_RU_ENDINGS = tuple(sorted(_RU_ENDINGS_TEXT.split(), key=len, reverse=True))


class Token(NamedTuple):
    # a named tuple, not a frozen dataclass: every word of every item is one, and a tuple is made in a third of
    # the time (tokenise was a tenth of the per-item analysis)
    text: str
    start: int
    end: int


_new_tuple: Any = tuple.__new__  # Token(...) without the Python-level __new__ of a named tuple


def tokenise(text: str) -> list[Token]:
    """Words, abbreviations such as U.S., possessive 's and single punctuation marks, with their offsets."""
    return [_new_tuple(Token, (m.group(), m.start(), m.end())) for m in TOKEN.finditer(text)]


def ru_stem(word: str) -> str:
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    """The form a token is compared in: curly apostrophes straightened, accents dropped, Russian stemmed."""
    word = word.replace("’", "'")
    if _CYRILLIC.search(word):
        return ru_stem(word.replace("ё", "е").replace("Ё", "Е"))
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key_of(phrase: str) -> tuple[str, ...]:
    return tuple(norm(t.text) for t in tokenise(phrase))


@dataclass(frozen=True)
class Entry:
    """What a phrase stands for: a canonical name and kind, and for places the country (ISO code) it lies in."""

    name: str
    kind: str  # state | place | region | keyword | person | organisation | unit | vessel | outlet
    country: str = ""
    theatre: str = ""  # regions and keywords name their theatre directly
    affiliation: str = ""
    role: str = ""
    demonym: bool = False  # may take an English plural s (Venezuelans)
    priority: int = 0


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the text
    end: int
    first: int  # token indexes, end exclusive
    last: int
    entry: Entry


@dataclass
class PhraseIndex:
    """Phrase -> Entry; on a clash the entry with the higher priority keeps the phrase."""

    entries: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    first_words: set[str] = field(default_factory=set)

    def add(self, phrase: str, entry: Entry) -> None:
        key = key_of(phrase)
        if not key or len(key) > MAX_WORDS:
            return
        old = self.entries.get(key)
        if old is None or entry.priority > old.priority:
            self.entries[key] = entry
            self.first_words.add(key[0])

    def add_all(self, phrases: Iterable[str], entry: Entry) -> None:
        for p in phrases:
            self.add(p, entry)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, tokens: list[Token]) -> list[Match]:
        """Every known phrase in the tokens, longest first, never overlapping."""
        keys = [norm(t.text) for t in tokens]
        return list(self._scan(keys, tokens))

    def _scan(self, keys: list[str], tokens: list[Token]) -> Iterator[Match]:
        i, n = 0, len(keys)
        entries, first_words = self.entries, self.first_words
        while i < n:
            word = keys[i]
            if word not in first_words:
                # no phrase starts with this word (every key's first word is in first_words): only the plural of
                # a one-word demonym may ("Venezuelans")
                if word.endswith("s") and len(word) > 3:
                    plural = entries.get((word[:-1],))
                    if plural is not None and plural.demonym:
                        yield Match(tokens[i].start, tokens[i].end, i, i + 1, plural)
                i += 1
                continue
            found = None
            for size in range(min(MAX_WORDS, n - i), 0, -1):
                key = tuple(keys[i : i + size])
                entry = entries.get(key)
                if entry is None and key[-1].endswith("s") and len(key[-1]) > 3:
                    plural = entries.get((*key[:-1], key[-1][:-1]))
                    if plural is not None and plural.demonym:
                        entry = plural
                if entry is not None:
                    found = Match(tokens[i].start, tokens[i + size - 1].end, i, i + size, entry)
                    break
            if found is None:
                i += 1
                continue
            yield found
            i = found.last


# --- sentences -------------------------------------------------------------------------------------------------

_ABBREVIATIONS_TEXT = (
    "mr mrs ms dr prof st sr jr gen lt col maj capt cmdr adm sgt cpl pvt brig sen rep gov pres supt insp det "
    "rev hon messrs mt ft no nos vs v etc inc corp co ltd dept univ est approx fig al "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k u.n e.u u.s.a d.c p.m a.m "
    "sra sres dra ee uu eeuu gral cnel"
)
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s)")
_OPENERS = "\"“‘«([¿¡'"
_LINE = re.compile(r"[^\n]+")
_SPACES_OPENERS = re.compile(r"\s*[" + re.escape(_OPENERS) + "]*")  # \s is str.isspace, as strip() strips
_LAST_WORD = re.compile(r"([\w.]+)$")
_WORD_BEFORE_LETTER = re.compile(r"(?:^|\s)([a-z]+)\s+[A-Za-z]$")
# a name's dotted initials ("said H.M. Nazmul Alam", "J.R.R. Tolkien"), as "U.S." and "U.K." never end a sentence
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; line breaks always end one; abbreviations (Lt. Gen., U.S.) do not."""
    return list(_split_sentences(text))


@lru_cache(maxsize=20_000)
def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    # cached: the claims, their corroboration, the ledes and the summaries split the same texts again
    spans: list[tuple[int, int]] = []
    for para in _LINE.finditer(text):
        line, base = para.group(), para.start()
        start = 0
        for m in _END.finditer(line):
            # what follows, past spaces and opening marks (found in place: the rest of a long line not copied)
            after = _SPACES_OPENERS.match(line, m.end())  # always matches (perhaps nothing)
            nxt = after.end() if after else m.end()
            if nxt == len(line) or line[nxt].islower():
                continue
            before = line[start : m.start()]
            # the last word, looked for in the last characters first ("$" is tried from every position)
            tail = max(0, len(before) - 40)
            word = _LAST_WORD.search(before, tail)
            if word is not None and word.start() == tail > 0:
                word = _LAST_WORD.search(before)  # it may begin further back
            last = word.group(1).lower().rstrip(".") if word else ""
            # a single letter is an initial ("George W. Bush"), unless a lower-case word stands before it:
            # "he posted on X. Speaking to reporters ..." ends a sentence
            initial = len(last) == 1 and last.isalpha() and not _WORD_BEFORE_LETTER.search(before)
            initial = initial or (word is not None and _INITIALS.fullmatch(word.group(1)) is not None)
            if m.group()[0] == "." and (last in ABBREVIATIONS or initial):
                continue
            spans.append((base + start, base + m.end()))
            start = m.end()
        if line[start:].strip():
            spans.append((base + start, base + len(line)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


_STOPWORDS_TEXT = (
    "a about above after again against all also am an and any are as at be because been before being below between "
    "both but by can could did do does doing down during each few for from further had has have having he her here "
    "hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other "
    "our out over own same she should so some such than that the their them then there these they this those "
    "through to too under until up very was we were what when where which while who whom why will with would you "
    "your said says say told new one two three after over amid says will its it's s year years day days week "
    "monday tuesday wednesday thursday friday saturday sunday reuters "
    "el la los las de del que y en un una por para con no se su al es lo como más pero sus le ya o este sí "
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от "
    "меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас"
)
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_WORD = re.compile(r"[^\W\d_]{2,}|\d{2,}")


def content_words(text: str) -> set[str]:
    """Lower-case words worth comparing (no stop words), each folded like `norm` and cut to 8 letters."""
    return {norm(w)[:8] for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


# --- a quick test before a long regular expression ------------------------------------------------------------
# The claim cues are alternations of dozens of phrases, tried at every word of every sentence: most of the
# analysis's time after the model. Every match of such a pattern contains one of a few strings (its words, taken
# from the parsed pattern), so a sentence that contains none of them, compared in the case folding `re` uses,
# is not searched at all. The results are the same; without the private parts of `re` the test always passes.

_NEEDLE_COMBINATIONS = 64  # [ab]c[de] gives acd, ace, bcd, bce; more than this many and the run stops there
try:
    _sre: Any = importlib.import_module("_sre")
    _re_parser: Any = importlib.import_module("re._parser")
    _re_constants: Any = importlib.import_module("re._constants")
    _EXTRA_CASES: dict[int, tuple[int, ...]] | None = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # another Python: no quick test
    _EXTRA_CASES = None


def _case_classes() -> dict[str, str]:
    """Characters `re` takes for the same letter when ignoring case beyond lower case ('ı' and 'i', 'ſ' and 's')
    -> one of them."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, others in (_EXTRA_CASES or {}).items():
        for b in others:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {chr(k): chr(find(k)) for k in parent}


class _Fold(dict[int, str]):
    """str.translate table: each character as `re` compares it when ignoring case (filled as characters come)."""

    classes = _case_classes()

    def __missing__(self, code: int) -> str:
        ch = chr(_sre.unicode_tolower(code))
        ch = self.classes.get(ch, ch)
        self[code] = ch
        return ch


_FOLD = _Fold()


def _grown(run: list[str], op: Any, av: Any) -> list[str] | None:
    """`run` with what the parsed item `op, av` matches appended, when that is one character, a small set of
    literal ones, or a group or alternation of such ("w(?:ill|ould)", as `re` parses "will|would"); None
    otherwise."""
    c = _re_constants
    if op is c.LITERAL:
        return [r + chr(av) for r in run]
    if op is c.IN and all(o is c.LITERAL for o, _ in av) and len(run) * len(av) <= _NEEDLE_COMBINATIONS:
        return [r + chr(a) for r in run for _, a in av]
    if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group that sets no flags
        grown: list[str] | None = run
        for item_op, item_av in av[3]:
            grown = _grown(grown, item_op, item_av) if grown is not None else None
        return grown
    if op is c.BRANCH:
        alternatives = [_grown([""], c.SUBPATTERN, (None, 0, 0, alt)) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        ends = [end for alt in alternatives for end in alt]  # type: ignore[union-attr]
        return (
            [r + end for r in run for end in ends] if len(run) * len(ends) <= _NEEDLE_COMBINATIONS else None
        )
    return None


def _needed(seq: Any) -> set[str] | None:
    """Strings one of which every match of the parsed pattern `seq` contains (the most selective such set), or
    None if there is none."""
    c = _re_constants
    candidates: list[set[str]] = []
    run = [""]
    for op, av in [*seq, (None, None)]:
        grown = _grown(run, op, av)
        if grown is not None:
            run = grown
            continue
        if any(run):
            candidates.append(set(run))
        run = [""]
        got = None
        if op is c.SUBPATTERN:
            got = _needed(av[3])
        elif op is c.BRANCH:
            alternatives = [_needed(a) for a in av[1]]
            got = None if any(a is None for a in alternatives) else set().union(*alternatives)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            got = _needed(av[2])
        elif op is c.ATOMIC_GROUP:
            got = _needed(av)
        if got:
            candidates.append(got)
    return max(candidates, key=lambda found: min(map(len, found))) if candidates else None


# pattern's id -> (the pattern, kept alive so that its id is not reused; its needles): not an lru_cache, which
# hashes a compiled pattern's whole program at every call
_NEEDLES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _needles(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    got = _NEEDLES.get(id(pattern))
    if got is None:
        got = _NEEDLES[id(pattern)] = (pattern, _find_needles(pattern))
    return got[1]


def _find_needles(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds, in folded text, one of the strings every match of `pattern` contains (None: none)."""
    if _EXTRA_CASES is None:
        return None
    try:
        got = _needed(_re_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - a parser of another Python: no quick test
        return None
    if not got:
        return None
    return _trie({s.translate(_FOLD) for s in got})


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text` (it contains none of the pattern's needed
    strings); True otherwise, so `pattern` must still be searched."""
    needles = _needles(pattern)
    return needles is None or needles.search(_folded(text)) is not None


# The same for where a match may start: every match of most of these patterns starts with one of a few strings
# (its first words), so the pattern need only be tried where one of them starts in the folded text (a fast
# search); elsewhere it would fail. The matches are the same as `finditer`'s, in the same order.


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)`, the pattern tried only where one of its first strings starts (or, if
    it has none, only if one of its needed strings is there: `may_match`)."""
    starts = _STARTS.get(id(pattern))
    if starts is None:
        starts = _STARTS[id(pattern)] = (pattern, _find_starts(pattern))
    if starts[1] is None:
        end = len(text) if endpos is None else endpos
        needles = _needles(pattern)
        if needles is None or needles.search(_folded(text), max(pos, 0), end) is not None:
            yield from pattern.finditer(text, pos, end)
        return
    scan, at_start = starts[1]
    pos, end = max(pos, 0), len(text) if endpos is None else endpos
    folded = _folded(text)
    if (needles := _needles(pattern)) is not None and needles.search(folded, pos, end) is None:
        return  # none of the strings every match contains: no candidate start need be tried
    if at_start and pos == 0:  # "^...": the start of the text is one more place to try
        m = pattern.match(text, 0, end)
        if m is not None:
            yield m
            pos = m.end()
    while (where := scan.search(folded, pos, end)) is not None:
        m = pattern.match(text, where.start(), end)
        if m is None:
            pos = where.start() + 1
            continue
        yield m
        pos = m.end()


def search(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`: the first of `finditer`'s matches."""
    return next(finditer(pattern, text, pos, endpos), None)


# pattern's id -> (the pattern, kept alive; a search for where its matches may start, and whether one may also
# start at the text's start only, or None: anywhere)
_STARTS: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], bool] | None]] = {}
_INLINE_MULTILINE = re.compile(r"\(\?[a-zA-Z]*m")


def _find_starts(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool] | None:
    if _EXTRA_CASES is None:
        return None
    try:
        parsed = _re_parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None  # an empty match: finditer's own rules for the next one
        got = _first_strings(parsed.data)
    except Exception:  # noqa: BLE001 - a parser of another Python: no quick test
        return None
    if got is None:
        return None
    firsts, at_start = got
    if at_start and (pattern.flags & re.MULTILINE or _INLINE_MULTILINE.search(pattern.pattern)):
        return None  # "^" after each line break too
    return (_trie({s.translate(_FOLD) for s in firsts}) if firsts else re.compile("(?!)")), at_start


def _first_strings(seq: Any) -> tuple[set[str], bool] | None:
    """Strings one of which every match of the parsed pattern `seq` starts with (and whether a match may instead
    start only at the text's start, "^"), or None if there are none."""
    c = _re_constants
    run = [""]
    for i, (op, av) in enumerate(seq):
        if op is c.AT:
            if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING) and run == [""]:
                return set(), True  # no "(?m)": only at the start of the text
            continue  # \b, \B, $: no character
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # a look-ahead or look-behind: no character either
        grown = _grown(run, op, av)
        if grown is not None:
            run = grown
            continue
        if run != [""]:
            break
        if op is c.SUBPATTERN:
            return _first_strings(av[3])
        if op is c.BRANCH:
            alternatives = [_first_strings(a) for a in av[1]]
            if any(a is None for a in alternatives):
                return None
            return set().union(*(a[0] for a in alternatives)), any(a[1] for a in alternatives)  # type: ignore[index]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _first_strings(av[2])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            # "(?:court\s+)?(?:filings|papers)": a match starts with the optional part's strings or with the rest's
            optional, rest = _first_strings(av[2]), _first_strings(list(seq)[i + 1 :])
            if optional is None or rest is None:
                return None
            return optional[0] | rest[0], optional[1] or rest[1]
        if op is c.ATOMIC_GROUP:
            return _first_strings(av)
        return None
    return (set(run), False) if run != [""] else None


def _trie(strings: set[str]) -> re.Pattern[str]:
    """A pattern that finds any of the strings, as a tree of their letters ("accus(?:ed|es)"): three times faster
    than testing each string in turn."""
    tree: dict[str, Any] = {}
    for needle in strings:
        node = tree
        for ch in needle:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alternation(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a string ends here: a longer one adds nothing
        alts = [re.escape(ch) + alternation(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(alternation(tree))


@lru_cache(maxsize=1024)
def _folded(text: str) -> str:
    # cached: one sentence is tested against a dozen patterns in turn (ten tests a sentence), and folding reads
    # every character through a Python mapping; the sentences of one item at a time (a whole text is folded too:
    # a small cache, the items' texts can be long)
    return text.translate(_FOLD)
