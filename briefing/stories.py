"""Stories: items about the same event merged into one, with independent sources counted and credibility graded.

Near-duplicates are found with MinHash LSH (datasketch) over the content words of each item's title and lede,
so the work grows with the number of items, not with its square; every candidate pair is then checked with
the exact Jaccard similarity and the names and numbers both carry. Two feeds of one publisher count as one
source.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from briefing.actors import merge
from briefing.claims import corroborate
from briefing.models import Claim, Item, Story
from briefing.phrases import STOPWORDS, content_words, norm
from briefing.summary import DATELINE, extract

NUM_PERM = 64
LEDE_CHARS = 300
TITLE_SIMILARITY = 0.5
ANCHOR_SHARE = 0.7  # of the names and numbers of the item that has fewer
GRADES = "ABCDEF"


def signature(item: Item) -> set[str]:
    """The words two reports of one event share: title and lede, dateline dropped."""
    return content_words(f"{item.title} {_lede(item)}")


def _lede(item: Item) -> str:
    return DATELINE.sub("", item.summary[: LEDE_CHARS + 80])[:LEDE_CHARS]


_ANCHOR = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
_OPENERS = ".!?:;\"“‘'(—–-|"
_NOT_ANCHORS_TEXT = (
    "live update updates video watch opinion analysis explainer factbox exclusive breaking insight photos "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_NOT_ANCHORS = frozenset(_NOT_ANCHORS_TEXT.split())


def anchors(item: Item) -> set[str]:
    """The names and numbers of title and lede: what two reports of one event keep and two events differ in."""
    text = f"{item.title}. {_lede(item)}"
    out = set()
    for m in _ANCHOR.finditer(text):
        word = m.group()
        if not word[0].isdigit():
            before = text[: m.start()].rstrip()
            if not word[0].isupper() or not before or before[-1] in _OPENERS:
                continue  # lower case, or capitalised only because a sentence starts
        elif re.fullmatch(r"(?:19|20)\d\d", word):
            continue  # a year names no event
        key = norm(re.sub(r"['’]s$", "", word).lower())
        if key not in STOPWORDS and key not in _NOT_ANCHORS:
            out.add(key)
    return out


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def cluster(items: Sequence[Item], threshold: float) -> list[list[int]]:
    """Groups of item indexes that tell the same story (identical text always does), in first-seen order.

    Candidates come from two LSH indexes: headline and lede at the configured similarity, and the headline
    alone at a stricter one (two outlets often share the headline's words but not the lede's). Two items are
    linked when they are that similar and share most of their names and numbers (so "tanker seized off
    Mykolaiv" and "tanker seized off Sevastopol" stay apart). Items join a story in time order, and only one
    they are linked to at least half of: no chains of items that are each like the next.
    """
    from datasketch import MinHash, MinHashLSH

    n = len(items)
    lede = [signature(it) for it in items]
    title = [content_words(it.title) for it in items]
    names = [anchors(it) for it in items]
    title_floor = max(threshold, TITLE_SIMILARITY)
    candidates: list[set[int]] = [set() for _ in range(n)]
    by_hash: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        if it.content_hash:
            by_hash.setdefault(it.content_hash, []).append(i)
    for same in by_hash.values():
        for i in same:
            candidates[i].update(j for j in same if j != i)
    for sigs, floor, min_words in ((lede, threshold, 3), (title, title_floor, 4)):
        usable = [i for i in range(n) if len(sigs[i]) >= min_words]
        if len(usable) < 2:
            continue
        hashes = MinHash.bulk([[w.encode("utf-8") for w in sigs[i]] for i in usable], num_perm=NUM_PERM)
        lsh = MinHashLSH(threshold=floor, num_perm=NUM_PERM)
        for i, mh in zip(usable, hashes, strict=True):
            lsh.insert(i, mh, check_duplication=False)
        for i, mh in zip(usable, hashes, strict=True):
            candidates[i].update(j for j in lsh.query(mh) if j != i)

    def linked(i: int, j: int) -> bool:
        if items[i].content_hash and items[i].content_hash == items[j].content_hash:
            return True
        a, b = names[i], names[j]
        if a and b and len(a & b) < ANCHOR_SHARE * min(len(a), len(b)):
            return False
        return jaccard(lede[i], lede[j]) >= threshold or (
            len(title[i]) >= 4 and len(title[j]) >= 4 and jaccard(title[i], title[j]) >= title_floor
        )

    def when(i: int) -> float:
        stamp = items[i].published or items[i].fetched_at
        return stamp.timestamp() if stamp else 0.0

    story_of: dict[int, int] = {}
    members: list[list[int]] = []
    for i in sorted(range(n), key=lambda i: (when(i), i)):
        best, best_share = -1, 0.0
        near = Counter(story_of[j] for j in candidates[i] if j in story_of)
        # most promising story first; one whose candidates are under half its members cannot take the item
        for s, count in sorted(near.items(), key=lambda r: (-r[1] / len(members[r[0]]), r[0])):
            if count / len(members[s]) < 0.5 or best_share == 1.0:
                break
            links = sum(linked(i, j) for j in members[s] if j in candidates[i])
            share = links / len(members[s])
            if share >= 0.5 and share > best_share:
                best, best_share = s, share
        if best < 0:
            story_of[i] = len(members)
            members.append([i])
        else:
            story_of[i] = best
            members[best].append(i)
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
