"""Stories: items about the same event merged into one, with independent sources counted and credibility graded.

Each item is a TF-IDF vector of the words of its headline (counted twice) and lede, its numbers, and the
canonical names of its actors (so a Spanish or Russian report meets the English one on "Nicolás Maduro" and
"Caracas" whatever its words). Items join stories in time order: an item joins the story whose centroid is
most like it (cosine at least the configured similarity) within a time window, or starts a new one. Stories
are found through an inverted index of their heaviest words, so the work grows with the number of items, not
with its square. Two feeds of one publisher count as one source.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from briefing.actors import merge
from briefing.claims import corroborate
from briefing.models import Claim, Item, Story
from briefing.phrases import STOPWORDS, norm, split_sentences
from briefing.summary import DATELINE, extract

LEDE_CHARS = 250  # the lede: whole first sentences up to this many characters
TITLE_WEIGHT = 2.0  # a headline word counts twice: the headline names the event, the lede adds context
ACTOR_FEATURES = 6  # the most mentioned actors (canonical names) of an item, its language-free features
WINDOW_HOURS = 72.0  # an item never joins a story whose newest item is further away in time
LOOKUP_TERMS = 8  # an item looks for stories through its heaviest words only
POSTING_LIMIT = 64  # and, per word, among the latest stories that carry it
SEED_SHARE = 0.25  # an item must be at least this share of the threshold like the story's first report
PRIOR_DOCS = 100  # IDF as if 100 more reports carried none of the words: a small batch still weighs its words
SCORED = 8  # of those, the most promising are scored on all their words
GRADES = "ABCDEF"

CREDIBILITY_LEGEND = {
    1: "Confirmed: carried by two or more independent sources, one of them rated C or better, "
    "and no claim in it flagged as unverified.",
    2: "Probably true: two or more independent sources, or one source rated A or B whose text hedges nothing.",
    3: "Possibly true: one source rated A to C, or several sources with a claim the text itself says is unverified.",
    4: "Doubtful: the only source says a claim is unverified, or it is rated D.",
    5: "Improbable: the only source is rated E (usually unreliable).",
    6: "Cannot be judged: the only source has no reliability rating (F), e.g. an unknown feed or a seed article.",
}
RELIABILITY_LEGEND = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}

_WORD = re.compile(r"[^\W\d_][\w'’]*|\d[\d,.]*\d|\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that say what kind of item it is, not what happened.
_NOT_TERMS = frozenset(
    [
        "live",
        "update",
        "updates",
        "video",
        "watch",
        "opinion",
        "analysis",
        "explainer",
        "factbox",
        "exclusive",
        "breaking",
        "photos",
        "photo",
        "pictures",
        "what",
        "know",
        "things",
    ]
)
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
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].isdigit():
            number = word.replace(",", "")
            if not _YEAR.fullmatch(number):  # a year names no event
                out.append("#" + number)
            continue
        low = re.sub(r"['’]s$", "", word.lower())
        if len(low) > 1 and low not in STOPWORDS and low not in _NOT_TERMS:
            out.append(_stem(low))
    return out


def lede(item: Item) -> str:
    """The first sentences of the item's text, dateline dropped, up to about LEDE_CHARS characters."""
    text = DATELINE.sub("", item.summary[: LEDE_CHARS * 6].strip())
    taken: list[str] = []
    for s, e in split_sentences(text):
        taken.append(text[s:e])
        if sum(map(len, taken)) >= LEDE_CHARS:
            break
    return " ".join(taken)[: LEDE_CHARS + 200]


def features(item: Item) -> Counter[str]:
    """What an item is compared on: headline words (weighted), lede words, and its main actors' names."""
    out: Counter[str] = Counter()
    for word in set(terms(item.title)):
        out[word] += TITLE_WEIGHT
    for word in set(terms(lede(item))):
        out[word] += 1.0
    named = [a for a in item.actors if a.kind != "outlet"][:ACTOR_FEATURES]
    for actor in named:
        out["@" + actor.name] += 1.0
    return out


def vectors(items: Sequence[Item]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors of the items' features, IDF taken over these items."""
    raw = [features(it) for it in items]
    df: Counter[str] = Counter(w for f in raw for w in f)
    n = len(items)
    out = []
    for f in raw:
        v = {w: x * math.log((n + PRIOR_DOCS) / (df[w] + 0.5)) for w, x in f.items()}
        length = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({w: x / length for w, x in v.items()})
    return out


def cosine(v: dict[str, float], centroid: dict[str, float], square: float) -> float:
    """Cosine of a unit vector with a centroid whose squared length is given."""
    return sum(x * centroid.get(w, 0.0) for w, x in v.items()) / math.sqrt(square) if square else 0.0


def _when(item: Item) -> float:
    stamp = item.published or item.fetched_at
    return stamp.timestamp() if stamp else 0.0


def _best_story(
    v: dict[str, float],
    stamp: float,
    posting: dict[str, list[int]],
    centroid: list[dict[str, float]],
    square: list[float],
    newest: list[float],
    threshold: float,
    seeds: list[dict[str, float]],
) -> int:
    """The story most like the vector (cosine with its centroid, at least threshold, in the window), or -1.

    Candidates are the latest stories that carry one of the item's heaviest words, ranked by those words'
    share of the cosine; only the first few are scored on every word.
    """
    partial: dict[int, float] = {}
    for word in sorted(v, key=lambda w: (-v[w], w))[:LOOKUP_TERMS]:
        x = v[word]
        for s in posting.get(word, ())[-POSTING_LIMIT:]:
            partial[s] = partial.get(s, 0.0) + x * centroid[s][word]
    ranked = heapq.nlargest(SCORED, partial, key=lambda s: partial[s] / math.sqrt(square[s]))
    best, best_score = -1, threshold
    for s in sorted(ranked):
        if stamp and newest[s] and abs(stamp - newest[s]) > WINDOW_HOURS * 3600:
            continue
        score = cosine(v, centroid[s], square[s])
        if score < best_score or (score == best_score and best >= 0):
            continue
        if cosine(v, seeds[s], 1.0) >= SEED_SHARE * threshold:
            best, best_score = (
                s,
                score,
            )  # else a chain of look-alikes would lead the story away from its first report
    return best


def cluster(items: Sequence[Item], threshold: float) -> list[list[int]]:
    """Groups of item indexes that tell the same story (identical text always does), in first-seen order.

    Items are taken in time order. Each joins the story whose centroid (the sum of its items' vectors) has
    the highest cosine with it, if that is at least `threshold` and the story's newest item is within
    WINDOW_HOURS; else it starts a story. A story is compared with the whole of what its items say, so a
    chain of items each like the next does not become one story, and a report that shares only a country
    or a topic word with a story stays out of it (those words are common, so they weigh little).
    """
    n = len(items)
    vecs = vectors(items)
    centroid: list[dict[str, float]] = []
    square: list[float] = []  # squared length of each centroid
    newest: list[float] = []
    members: list[list[int]] = []
    posting: dict[str, list[int]] = {}  # word -> stories that carry it, oldest first
    by_hash: dict[str, int] = {}
    seeds: list[dict[str, float]] = []
    for i in sorted(range(n), key=lambda i: (_when(items[i]), i)):
        v, stamp, digest = vecs[i], _when(items[i]), items[i].content_hash
        best = by_hash.get(digest, -1) if digest else -1
        if best < 0:
            best = _best_story(v, stamp, posting, centroid, square, newest, threshold, seeds)
        dot = sum(x * centroid[best].get(w, 0.0) for w, x in v.items()) if best >= 0 else 0.0
        if best < 0:
            best = len(members)
            centroid.append({})
            square.append(0.0)
            newest.append(stamp)
            members.append([])
            seeds.append(v)
        cent = centroid[best]
        square[best] += 2 * dot + sum(x * x for x in v.values())
        for w, x in v.items():
            if w not in cent:
                posting.setdefault(w, []).append(best)
            cent[w] = cent.get(w, 0.0) + x
        newest[best] = max(newest[best], stamp)
        members[best].append(i)
        if digest:
            by_hash.setdefault(digest, best)
    return sorted((sorted(m) for m in members), key=lambda m: m[0])


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


def build(
    items: Sequence[Item],
    placements: dict[str, tuple[tuple[str, ...], dict[str, float]]],
    combine: Callable[[Sequence[tuple[tuple[str, ...], dict[str, float]]]], tuple[str, ...]],
    grade_of: Callable[[str], str],
    threshold: float,
) -> tuple[list[Story], dict[str, Claim]]:
    """Stories from analysed items, and every claim keyed by (item id, text) with its corroboration set."""
    stories: list[Story] = []
    claims_out: dict[str, Claim] = {}
    for group in cluster(items, threshold):
        members = [items[i] for i in group]
        grades = {it.id: grade_of(it.source) for it in members}
        members.sort(key=lambda it: (grade_rank(grades[it.id]), -len(it.summary), _stamp(it), it.id))
        lead = members[0]
        publishers = list(dict.fromkeys(it.publisher or it.source for it in members))
        publisher = {it.id: it.publisher or it.source for it in members}
        claims = [c if c.item_id else replace(c, item_id=it.id) for it in members for c in it.claims]
        if len(publishers) > 1:
            texts = {it.id: f"{it.title}\n\n{it.summary}" for it in members}
            claims = corroborate(claims, texts, publisher)
        for c in claims:
            claims_out[f"{c.item_id}\x1f{c.text}"] = c
        dates = [it.published for it in members if it.published]
        published: datetime | None = max(dates) if dates else None
        earliest = min(members, key=lambda it: (_stamp(it) or float("inf"), it.id))
        stories.append(
            Story(
                id=hashlib.sha256(f"story:{earliest.id}".encode()).hexdigest()[:16],
                theatre="",
                theatres=combine([placements[it.id] for it in members]),
                headline=lead.title,
                summary=extract(members, lead.title),
                item_ids=tuple(it.id for it in members),
                sources=len(publishers),
                credibility=credibility(len(publishers), list(grades.values()), claims),
                actors=merge(it.actors for it in members),
                claims=tuple(claims),
                published=published,
                publishers=tuple(publishers),
            )
        )
    return [replace(st, theatre=st.theatres[0]) for st in stories], claims_out


def sort_stories(
    stories: Sequence[Story], theatre_order: Sequence[str], items: dict[str, Item]
) -> list[Story]:
    """Theatre by theatre in brief order; within one, more independent sources first, then the most recent."""
    order = {name: i for i, name in enumerate(theatre_order)}

    def key(st: Story) -> tuple[int, int, float, str]:
        newest = max((_stamp(items[i]) for i in st.item_ids if i in items), default=0.0)
        return (order.get(st.theatre, len(order)), -st.sources, -newest, st.id)

    return sorted(stories, key=key)
