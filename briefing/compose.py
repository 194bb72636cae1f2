"""Compose: analysed items and stories -> the Brief every renderer reads (sections, BLUF, changes, appendix).

Carry-over: a story keeps its id from brief to brief when it shares items with one of the last brief's stories,
or one of its headlines shares `desk.carry_similarity` of its words with one of that story's, or their headlines
mean what that story's meant (`desk.carry_meaning`, headline embeddings), or weaker evidence agrees (a looser
meaning, a few rare words, and no name in the headline that the old story never gave); it is then
Developing (new reports since) or Continuing (none), else New. Ranking and balance are in rank.py.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import numpy as np

from briefing import actors, analyse, embeddings, rank, summary
from briefing import stories as stories_step
from briefing.config import DeskSettings, Settings
from briefing.models import STORY_KEY_ACTORS, Actor, Brief, Item, SourceStatus, Story, TheatreSection
from briefing.phrases import STOPWORDS, content_words, norm
from briefing.summary import CREDIBILITY_WORDS

PROFILE_WORDS = 12  # words of a story's profile, remembered for tomorrow's close match
PROFILE_TITLES = 30  # headlines read for it
MIN_SHARED = 3  # profile words two stories must share to be one
MEANING_TITLES = 10  # headlines whose mean embedding stands for a story in tomorrow's match by meaning
LEDE_CHARS = 1000  # of each report's text read for the day's vocabulary (names and lower-case words)
_NAME = re.compile(r"[^\W\d_][\w'-]*")
# a headline's clauses ("Opinion | X", "X: Y", "X \u2014 expert"), a text's sentences, a trailing ", KCNA says"
_PARTS = re.compile(r"\s*(?:[:|;]|\s[-\u2013\u2014]\s)\s*")
_SENTENCE = re.compile(r"[.!?:;|\n\u2013\u2014\"]\s*|\s-\s")
_SAYS = re.compile(r",[^,]*\b(?:says?|said|reports?|reported|told|tv)\W*$", re.I)


def remember(brief: Brief) -> dict[str, list[dict[str, Any]]]:
    """What the next brief needs of this one's stories to carry them over (kept in the store with the brief):
    {"stories": [...], "commentary": [...]}, each {id, item_ids, headline, words, publishers, credibility,
    theatre, top}."""
    return {
        "stories": _remember(brief, lambda sec: sec.stories),
        "commentary": _remember(brief, lambda sec: sec.commentary),
    }


def _remember(brief: Brief, which: Callable[[TheatreSection], Sequence[Story]]) -> list[dict[str, Any]]:
    items = {it.id: it for it in brief.items}
    out = []
    for sec in brief.sections:
        top = {b.story_id for b in sec.bullets}
        for st in which(sec):
            out.append(
                remembered(st, [items[i].title for i in st.item_ids if i in items], sec.name, st.id in top)
            )
    return out


def remembered(st: Story, titles: Sequence[str], theatre: str, top: bool) -> dict[str, Any]:
    """What the next brief keeps of one story told by these headlines (`remember`)."""
    titles = list(titles) or [st.headline]
    return {
        "id": st.id,
        "item_ids": list(st.item_ids),
        "headline": st.headline,
        "words": profile(titles),
        "names": sorted(capitalised(titles)),
        "titles": titles[:MEANING_TITLES],
        "publishers": list(st.publishers),
        "credibility": st.credibility,
        "theatre": theatre,
        "top": top,
    }


def profile(titles: Sequence[str]) -> list[str]:
    """A story's words: the PROFILE_WORDS content words most used in its headlines (ties alphabetical)."""
    counts: Counter[str] = Counter()
    for title in titles[:PROFILE_TITLES]:
        counts.update(content_words(title))
    return [w for w, _ in sorted(counts.items(), key=lambda r: (-r[1], r[0]))[:PROFILE_WORDS]]


def capitalised(titles: Iterable[str]) -> set[str]:
    """The words these headlines write with a capital (folded, cut like profile words): the names they may hold."""
    return {_key(w) for t in titles for w in _NAME.findall(t) if w[0].isupper()}


def vocabulary(texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """The words these texts write in lower case, and those they capitalise inside a sentence (names)."""
    lower: set[str] = set()
    inner: set[str] = set()
    for text in texts:
        for sentence in _SENTENCE.split(text):
            words = _NAME.findall(sentence)
            lower.update(_key(w) for w in words if w.islower())
            inner.update(_key(w) for w in words[1:] if w[0].isupper())
    return lower, inner


def names(headline: str, lower: set[str], inner: set[str]) -> set[str]:
    """The names a headline gives: its capitalised words that the day's reports never write in lower case
    (`vocabulary`; a clause's first word only when they capitalise it inside a sentence too, or "Japan's"), the
    last of a run ("Donald Trump"), leaving out a trailing source ("..., KCNA says", "... \u2014 expert")."""
    parts = _PARTS.split(headline.replace("\u2019", "'"))
    if len(parts) > 1 and re.search(r"\s[-\u2013\u2014]\s", headline):
        parts = parts[:-1]
    found: set[str] = set()
    for part in parts:
        words = _NAME.findall(_SAYS.sub("", part))
        for n, (w, nxt) in enumerate(zip(words, [*words[1:], "x"], strict=True)):
            k = _key(w)
            if w[0].isupper() and not nxt[0].isupper() and (n or k in inner or w.endswith("'s")):
                found.add(k)
    return {k for k in found if k not in lower and k not in STOPWORDS}


def _key(word: str) -> str:
    return norm(word.lower().replace("\u2019", "'").removesuffix("'s"))[:8]


def carry_over(
    stories: Sequence[Story],
    previous: dict[str, Any] | None,
    items: dict[str, Item],
    similarity: float = 0.4,
    meaning: float = 0.0,
    weak: tuple[float, float] = (DeskSettings.carry_weak_meaning, DeskSettings.carry_weak_similarity),
) -> tuple[list[Story], dict[str, dict[str, Any]]]:
    """Each story marked new, developing or continuing against the last brief, keeping the id it had there.

    A story continues one of the last brief when they share items (the most shared wins), or else when their
    profiles (the words most used in their headlines) agree: the words they share, each weighted by how rare it
    is among both briefs' stories (log(1 + stories / stories using it)), make at least `similarity` of the
    smaller profile's weight, with at least MIN_SHARED words, or else (when `meaning` > 0 and the headline model
    is installed) when the mean embeddings of their first MEANING_TITLES headlines have a cosine of at least
    `meaning`: a big story told in new words each day ("We are going to run the country" on day one, "Trump's
    base cheers Maduro capture" on day two) shares no rare headline words. Or else, weaker evidence together:
    a cosine of at least `weak[0]` (desk.carry_weak_meaning), rare profile words making `weak[1]`
    (desk.carry_weak_similarity) of the smaller profile's weight,
    and no name in its headline that the old story's headlines never gave (`names`: "Berlin mayor denounces attack
    on city's power grid" continues "Berlin power outage hits 45,000 homes after suspected arson attack"; "Trump
    threatens military operation against Colombia" does not continue the Maduro capture, which never named
    Colombia). The strongest match keeps the old id (a weak one is weaker than any other); another story
    continuing the same old one is marked so under its own id. Return the stories and, by (new) story id, the old
    story each continues.
    """
    old = [*(previous or {}).get("stories", []), *(previous or {}).get("commentary", [])]
    if not old:
        return [replace(st, is_new=True, status="new") for st in stories], {}
    out, before = _carried(stories, old, items, similarity, meaning, weak)
    # a commentary piece's peg (Story.about) follows its story to the id that story keeps
    renamed = {st.id: o.id for st, o in zip(stories, out, strict=True)}
    return [replace(o, about=renamed.get(o.about, o.about)) if o.about else o for o in out], before


def _carried(
    stories: Sequence[Story],
    old: list[dict[str, Any]],
    items: dict[str, Item],
    similarity: float,
    meaning: float,
    weak: tuple[float, float],
) -> tuple[list[Story], dict[str, dict[str, Any]]]:
    weak_meaning, weak_similarity = weak
    by_item: dict[str, int] = {}
    by_word: dict[str, set[int]] = defaultdict(set)
    old_words: list[set[str]] = []
    for k, o in enumerate(old):
        for i in o.get("item_ids", []):
            by_item.setdefault(i, k)
        words = set(o.get("words") or profile([o.get("headline", "")]))
        old_words.append(words)
        for w in words:
            by_word[w].add(k)
    new_words = [
        set(profile([items[i].title for i in st.item_ids if i in items] or [st.headline])) for st in stories
    ]
    df: Counter[str] = Counter(w for ws in (*old_words, *new_words) for w in ws)
    total = len(old_words) + len(new_words)

    def weight(ws: set[str]) -> float:
        return sum(math.log(1 + total / df[w]) for w in ws)

    matches: list[tuple[float, int, int]] = []  # (strength, story index, old index)
    unmatched: list[int] = []
    # (story, old story) -> the share of rare profile words they share
    agree: dict[tuple[int, int], float] = {}
    for n, st in enumerate(stories):
        shared = Counter(by_item[i] for i in st.item_ids if i in by_item)
        if shared:
            k, count = min(shared.items(), key=lambda r: (-r[1], r[0]))
            matches.append((1.0 + count, n, k))
            continue
        mine = new_words[n]
        best, best_sim = -1, 0.0
        for k in sorted(set().union(*(by_word.get(w, set()) for w in mine))) if mine else ():
            common = mine & old_words[k]
            sim = weight(common) / min(weight(mine), weight(old_words[k]))
            agree[n, k] = sim
            if len(common) >= MIN_SHARED and sim >= similarity and sim > best_sim:
                best, best_sim = k, sim
        if best >= 0:
            matches.append((best_sim, n, best))
        else:
            unmatched.append(n)
    if meaning > 0 and unmatched and embeddings.available():
        mine_v = _meanings([[items[i].title for i in st.item_ids if i in items] for st in stories], unmatched)
        theirs = _meanings([o.get("titles") or [o.get("headline", "")] for o in old], range(len(old)))
        sims = mine_v @ theirs.T
        lower, inner = vocabulary(f"{it.title}. {it.summary[:LEDE_CHARS]}" for it in items.values())
        for row, n in enumerate(unmatched):
            k = int(sims[row].argmax())
            if sims[row, k] >= meaning:
                matches.append((float(sims[row, k]), n, k))
                continue
            # weaker evidence together: alike in meaning, some rare words shared, and no name the old story lacks
            new = names(stories[n].headline, lower, inner)
            for k in map(int, np.argsort(-sims[row])):
                if sims[row, k] < weak_meaning:
                    break
                told = set(old[k].get("names") or capitalised(old[k].get("titles", [])))
                if agree.get((n, k), 0.0) >= weak_similarity and new <= told:
                    matches.append((float(sims[row, k]) - 1, n, k))
                    break
    matches.sort(key=lambda m: (-m[0], m[1]))
    continued: dict[int, int] = {}
    owner: dict[int, int] = {}  # old index -> the story that keeps its id (the strongest match)
    for _strength, n, k in matches:
        if n not in continued:
            continued[n] = k
            owner.setdefault(k, n)
    taken = {old[k]["id"] for k in owner}
    out: list[Story] = []
    before: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for n, st in enumerate(stories):
        k_or_none = continued.get(n)
        if k_or_none is not None and owner[k_or_none] == n:
            new_id = old[k_or_none]["id"]
        else:
            new_id = st.id
            while new_id in taken or new_id in used:  # never reuse an id that another story carries on
                new_id = hashlib.sha256(f"{new_id}:again".encode()).hexdigest()[:16]
        used.add(new_id)
        if k_or_none is None:
            out.append(replace(st, id=new_id, is_new=True, status="new", new_reports=len(st.item_ids)))
            continue
        o = old[k_or_none]
        added = [i for i in st.item_ids if i not in set(o.get("item_ids", []))]
        fresh = [p for p in st.publishers if p not in set(o.get("publishers", []))]
        status = "developing" if added else "continuing"
        out.append(
            replace(
                st,
                id=new_id,
                is_new=False,
                status=status,
                new_reports=len(added),
                new_sources=len(fresh),
            )
        )
        before[new_id] = o
    return out, before


def _meanings(titles: Sequence[Sequence[str]], which: Iterable[int]) -> np.ndarray:
    """Unit mean embedding of each chosen story's first MEANING_TITLES headlines, one row per story."""
    chosen = [list(titles[n][:MEANING_TITLES]) or [""] for n in which]
    flat = embeddings.encode([t for ts in chosen for t in ts])
    rows, at = [], 0
    for ts in chosen:
        mean = flat[at : at + len(ts)].mean(axis=0)
        rows.append(mean / max(float(np.linalg.norm(mean)), 1e-9))
        at += len(ts)
    return np.vstack(rows)


def _reports(n: int) -> str:
    return f"{n} new report{'s' if n != 1 else ''}"


def what_changed(
    sections: Sequence[TheatreSection],
    before: dict[str, dict[str, Any]],
    previous: dict[str, Any] | None,
    cap: int,
) -> list[str]:
    """At most `cap` lines: new top stories, developing ones with their new sources, credibility changes,
    top stories that dropped out, and how many carry on unchanged; never a list of every headline.

    A line about a story ends with ": <headline>", so a brief cut to some theatres can drop the lines of the
    stories it leaves out.
    """
    if not previous or cap <= 0:
        return []
    new: list[tuple[float, str]] = []
    developing: list[tuple[float, str]] = []
    credibility: list[tuple[float, str]] = []
    continuing = 0
    shown: set[str] = set()
    for sec in sections:
        top = {b.story_id for b in sec.bullets}
        for st in sec.stories:
            shown.add(st.id)
            o = before.get(st.id)
            if st.status == "new" and st.id in top:
                new.append((st.score, f"New in {sec.name} ({', '.join(st.publishers)}): {st.headline}"))
            elif st.status == "developing":
                fresh = [p for p in st.publishers if o is not None and p not in o.get("publishers", [])]
                what = _reports(st.new_reports) + (f", new sources {', '.join(fresh)}" if fresh else "")
                line = f"Developing ({what}): {st.headline}"
                developing.append((st.score + (100 if st.id in top else 0), line))
            elif st.status == "continuing":
                continuing += 1
            if o is not None and o.get("credibility") not in (None, st.credibility):
                was = CREDIBILITY_WORDS.get(int(o["credibility"]), "?")
                now = CREDIBILITY_WORDS.get(st.credibility, "?")
                credibility.append((st.score, f"Credibility {was} \u2192 {now}: {st.headline}"))
    dropped = [
        (0.0, f"Dropped out of {o.get('theatre', 'the brief')}: {o.get('headline', '')}")
        for o in previous.get("stories", [])
        if o.get("top") and o.get("id") not in shown
    ]
    groups = [sorted(g, key=lambda r: -r[0]) for g in (new, developing, credibility, dropped)]
    tail = [
        f"Continuing: {continuing} stor{'ies' if continuing != 1 else 'y'} carried over with no new reports."
    ]
    if not continuing:
        tail = []
    room = cap - len(tail)
    if room <= 0:
        return tail[:cap]
    total = sum(len(g) for g in groups)
    if total > room:
        room -= 1  # one line says how many more there are
    taken = [0] * len(groups)
    # the kinds take turns (new top stories first), each kind's most important first, so a day with many new
    # stories still says which ones are developing; new and developing stories get two lines a turn, credibility
    # changes and stories that dropped out one
    turn = (2, 2, 1, 1)
    while room > 0 and any(taken[k] < len(g) for k, g in enumerate(groups)):
        for k, g in enumerate(groups):
            extra = min(turn[k], len(g) - taken[k], room)
            taken[k], room = taken[k] + extra, room - extra
    lines = [line for k, g in enumerate(groups) for _s, line in g[: taken[k]]]
    more = total - sum(taken)
    if more:
        lines.append(
            f"\u2026and {more} more change{'s' if more != 1 else ''}: the stories marked New or Developing."
        )
    return (lines + tail)[:cap]


def _folded(name: str) -> str:
    """A name as compared across stories: accents and case folded ("Agustín Rodríguez", "ALI KHAMENEI")."""
    return " ".join(norm(w) for w in name.split()).casefold()


def cross_theatre_actors(sections: Sequence[TheatreSection]) -> tuple[tuple[Actor, tuple[str, ...]], ...]:
    """Actors who appear in stories of more than one theatre: the key actors each story shows (its first
    STORY_KEY_ACTORS people and bodies), not everyone it names once; one actor under one name, its spellings with
    and without accents or in capitals (a subheading's "ALI KHAMENEI") taken together under the one written in
    mixed case."""
    where: dict[str, set[str]] = defaultdict(set)
    first: dict[str, Actor] = {}
    for sec in sections:
        for st in sec.stories:
            shown = [a for a in st.actors if a.kind not in ("outlet", "place")][:STORY_KEY_ACTORS]
            for a in shown:
                key = _folded(a.name)
                where[key].add(sec.name)
                for t in st.theatres:
                    where[key].add(t)
                if key not in first or (first[key].name.isupper() and not a.name.isupper()):
                    first[key] = a
    order = [s.name for s in sections]
    rows = [
        (first[n], tuple(sorted(ts, key=lambda t: order.index(t) if t in order else 99)))
        for n, ts in where.items()
        if len(ts) > 1
    ]
    rows.sort(key=lambda r: (-len(r[1]), r[0].name))
    return tuple(rows)


FAILED = ("error", "gone")


def sources_down(statuses: Sequence[SourceStatus], share: float) -> tuple[str, ...]:
    """The failed feeds when more than `share` of the feeds that were due failed; () otherwise.

    Disabled feeds are not counted; seeds are not feeds. A share of 1 never reports.
    """
    due = [s for s in statuses if s.kind == "feed" and s.status != "disabled"]
    failed = [s for s in due if s.status in FAILED]
    if due and len(failed) > share * len(due):
        return tuple(s.name for s in failed)
    return ()


def fresh_since(items: Sequence[Item], window: tuple[datetime, datetime]) -> datetime:
    """Where staleness starts counting (rank.days_stale): the window's start, or, when even the newest dated report
    is older than that (every source's news is old: archives, a demo, a long outage), a window's length before that
    report, so the brief still ranks what is newest among what there is rather than an undated item first."""
    dates = [it.published for it in items if it.published is not None and it.published <= window[1]]
    if not dates or max(dates) >= window[0]:
        return window[0]
    return max(dates) - (window[1] - window[0])


# two stories whose headlines are this alike (the grouping's own link) tell one subject: one bullet is enough
BLUF_SAME_EVENT = stories_step.LINK_SIMILARITY


def bluf_stories(
    ranked: Sequence[Story], n: int, by_meaning: bool, background: frozenset[str] = frozenset()
) -> list[Story]:
    """The stories a theatre's bottom line tells: the n most important, passing over a story of background pieces
    alone (`background`, story ids: a profile or explainer with no report of the day to fold into, as "Mohammad
    Sinwar: the Hamas military chief who ...") and, when the day was grouped by headline meaning (by_meaning), one
    whose headline is BLUF_SAME_EVENT alike with a story already told there (the grouping kept two developments of
    one event apart: "Trump says US has captured Venezuela President Maduro" and "Venezuela's Maduro to appear in US
    court" made two of a replayed day's three bullets), unless too few others are left. In rank order."""
    if len(ranked) <= n:
        return list(ranked[:n])
    alike = by_meaning and embeddings.available()
    vectors = embeddings.encode([st.headline for st in ranked]) if alike else None
    told: list[int] = []
    for k in range(len(ranked)):
        if ranked[k].id in background:
            continue
        if vectors is None or all(float(vectors[k] @ vectors[j]) < BLUF_SAME_EVENT for j in told):
            told.append(k)
        if len(told) == n:
            break
    # too few others: the passed-over ones fill the bullets up in their order
    told += [k for k in range(len(ranked)) if k not in told][: n - len(told)]
    return [ranked[k] for k in sorted(told)]


def build_brief(
    day: date,
    window: tuple[datetime, datetime],
    items: Sequence[Item],
    stories: Sequence[Story],
    statuses: Sequence[SourceStatus],
    settings: Settings,
    previous: dict[str, Any] | None = None,
    generated_at: datetime | None = None,
) -> Brief:
    """Arrange stories into theatre sections, most important first (rank.py), each with its BLUF bullets."""
    desk = settings.desk
    by_id = {it.id: it for it in items}
    analysis = settings.analysis
    # by meaning only when the stories were grouped by meaning: past embedding_max_items, auto groups by words
    # because embedding every headline costs too much, and so would embedding each story's headlines here
    grouped_by = stories_step.method(analysis.grouping, len(items), analysis.embedding_max_items)
    meaning = desk.carry_meaning if grouped_by == "embeddings" else 0.0
    stories, before = carry_over(
        stories,
        previous,
        by_id,
        desk.carry_similarity,
        meaning,
        (desk.carry_weak_meaning, desk.carry_weak_similarity),
    )
    # a story told in headlines that say "Trump" names him as the brief's other stories do, "Donald Trump"
    full = actors.surnames_in_full([st.actors for st in stories])
    stories = [st if a == st.actors else replace(st, actors=a) for st, a in zip(stories, full, strict=True)]
    by_theatre: dict[str, list[Story]] = defaultdict(list)
    for st in stories:
        by_theatre[st.theatre].append(st)
    names = analyse.theatre_names(settings)
    names += [t for t in by_theatre if t not in names]
    watch = rank.watch_list(settings.analysis.actors_file)
    since = fresh_since(items, window)
    sections = []
    limit = settings.brief.max_stories_per_theatre
    for name in names:
        picked = rank.rank_theatre(by_theatre.get(name, []), by_id, desk, limit, watch, since=since)
        chosen = list(picked.stories)
        # who, not where: the theatre says where (outlets and places left out); one person once ("Trump" read as
        # a body in one story and as a person in two is the person; "Radev" beside "Rumen Radev" is he)
        ranked = actors.theatre_actors(chosen)
        bullets = tuple(
            summary.bullet(st, by_id)
            for st in bluf_stories(
                chosen,
                desk.bluf_bullets,
                meaning > 0,
                frozenset(st.id for st in chosen if rank.background_only(st, by_id)),
            )
        )
        line = summary.counts(chosen, len(picked.commentary))
        sections.append(
            TheatreSection(
                name=name,
                bluf=" ".join([*(summary.bullet_line(b) for b in bullets), line]),
                stories=tuple(chosen),
                actors=ranked,
                bullets=bullets,
                counts=line,
                commentary=picked.commentary,
            )
        )
    changes = what_changed(sections, before, previous, desk.max_changes)
    used: dict[str, int] = defaultdict(int)
    for sec in sections:
        for st in (*sec.stories, *sec.commentary):
            for i in (*st.item_ids, *st.commentary):
                if i in by_id:
                    used[by_id[i].source] += 1
    statuses = [replace(s, items_used=used.get(s.name, 0)) for s in statuses]
    return Brief(
        date=day,
        title=settings.brief.title,
        window_start=window[0],
        window_end=window[1],
        generated_at=generated_at or datetime.now(window[1].tzinfo),
        sections=tuple(sections),
        items=tuple(items),
        sources=tuple(statuses),
        cross_theatre=cross_theatre_actors(sections),
        changes=tuple(changes),
        language=settings.brief.language,
        archive_url=settings.brief.archive_url,
        sources_down=sources_down(statuses, settings.brief.sources_down_share),
    )
