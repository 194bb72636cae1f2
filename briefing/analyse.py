"""Analyse: items -> stories, each placed in a theatre, with key actors and flagged claims.

The steps, in order, each in its own module: named entities and actors (actors), theatres (theatres) and
claims (claims) per item; then stories (stories) with their summaries (summary) across items. Per-item
results are cached by content hash in the store, so an unchanged item is never read by spaCy twice.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing import actors as actors_step
from briefing import claims as claims_step
from briefing import engine
from briefing import stories as stories_step
from briefing import summary as summary_step
from briefing import theatres as theatres_step
from briefing.config import Settings
from briefing.models import Actor, Claim, Item, Story
from briefing.phrases import PhraseIndex, key_of, tokenise
from briefing.text import content_hash

if TYPE_CHECKING:
    from briefing.store import Store

log = logging.getLogger(__name__)

# Bump when the analysis changes what it produces; cached results of another version are not used.
ANALYSIS_VERSION = "1"
NER_CHARS = 2000  # spaCy reads the title and this much of the text; the phrase index reads all of it
AFFILIATION_WEIGHT = 0.7

CREDIBILITY_LEGEND = stories_step.CREDIBILITY_LEGEND
RELIABILITY_LEGEND = stories_step.RELIABILITY_LEGEND
FLAG_LEGEND = {
    "unverified": "The text itself says the claim has not been verified or could not be confirmed.",
    "reported": "Hedged (reportedly, allegedly) or credited to an unnamed source.",
    "attributed": "Credited to a named person or outlet, and not confirmed by the brief's own sources.",
    "speculative": "A forecast or belief (could soon, many believe, is considering).",
}


@dataclass(frozen=True)
class Resources:
    """What the steps need besides the items: theatres, the phrase index, actors' default roles."""

    theatres: theatres_step.TheatreConfig
    index: PhraseIndex
    roles: dict[str, str]
    homes: dict[str, tuple[str, str]]  # affiliation -> (country code, theatre)
    fingerprint: str


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return (str(path), st.st_mtime_ns, st.st_size)


def resources(settings: Settings) -> Resources:
    """Theatres and the phrase index for these settings, built once per process (and again if a file changes)."""
    return _resources(_stamp(settings.analysis.theatres_file), _stamp(settings.analysis.actors_file))


@lru_cache(maxsize=4)
def _resources(theatres_file: tuple[str, int, int], actors_file: tuple[str, int, int]) -> Resources:
    started = time.perf_counter()
    tpath, apath = Path(theatres_file[0]), Path(actors_file[0])
    config = theatres_step.load_theatres(tpath)
    actor_config = actors_step.load_actors(apath)
    index = PhraseIndex()
    theatres_step.add_places(index, config)
    actors_step.add_actors(index, actor_config, theatres_step.keyword_theatres(config))
    homes: dict[str, tuple[str, str]] = {}
    for entry in actor_config.actors:
        aff = entry.affiliation
        if aff and aff not in homes:
            home = index.entries.get(key_of(aff))
            homes[aff] = (home.country, home.theatre) if home else ("", "")
    digest = hashlib.sha256()
    for p in (tpath, apath, theatres_step.PLACES_FILE):
        digest.update(p.read_bytes())
    roles = {e.name: e.role for e in actor_config.actors if e.role}
    log.debug("analysis resources: %d phrases in %.2fs", len(index), time.perf_counter() - started)
    return Resources(config, index, roles, homes, digest.hexdigest())


def cache_version(settings: Settings, res: Resources) -> str:
    """The analysis version plus a fingerprint of the config files and the model (at most 32 characters)."""
    extra = hashlib.sha256(
        f"{res.fingerprint}:{settings.analysis.spacy_model}:{NER_CHARS}".encode()
    ).hexdigest()
    return f"v{ANALYSIS_VERSION}-{extra[:20]}"


def theatre_names(settings: Settings) -> list[str]:
    """Theatre names in the order the brief shows them (the fallback theatre last)."""
    config = theatres_step.load_theatres(settings.analysis.theatres_file)
    return [t.name for t in config.theatres if not t.fallback] + [config.fallback]


def bluf(theatre: str, stories: Sequence[Story]) -> str:
    """Bottom line up front for one theatre: its size, top stories, key actors and what is unverified."""
    return summary_step.bluf(theatre, stories)


# --- per item ------------------------------------------------------------------------------------------------


def _text(it: Item) -> str:
    return f"{it.title}\n\n{it.summary}" if it.summary else it.title


def _title_case(it: Item) -> bool:
    words = [w for w in it.title.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def analyse_items(items: Sequence[Item], settings: Settings, res: Resources) -> list[dict[str, Any]]:
    """Theatres, actors and claims of each item, as the JSON-ready dicts the cache stores."""
    texts = [_text(it) for it in items]
    english = [i for i, it in enumerate(items) if it.language == "en"]
    # A Title Case headline reads as one long name to the model, so it then sees only the text; the names it
    # finds there are looked for in the headline afterwards.
    skip = {i: len(items[i].title) + 2 if _title_case(items[i]) and items[i].summary else 0 for i in english}
    ner_texts = [texts[i][skip[i] : len(items[i].title) + 2 + NER_CHARS] for i in english]
    found_ents = actors_step.find_entities(
        ner_texts, settings.analysis.spacy_model, settings.analysis.n_process
    )
    ents = {
        i: [(s + skip[i], e + skip[i], label) for s, e, label in found]
        for i, found in zip(english, found_ents, strict=True)
    }
    out = []
    for i, it in enumerate(items):
        text = texts[i]
        tokens = tokenise(text)
        found = actors_step.resolve(text, tokens, res.index.find(tokens), ents.get(i, []), res.index)
        mentions = []
        for f in found:
            if f.country or f.theatre:
                mentions.append(theatres_step.Mention(f.start, f.country, f.theatre))
            elif f.affiliation and f.affiliation in res.homes:
                country, theatre = res.homes[f.affiliation]
                mentions.append(theatres_step.Mention(f.start, country, theatre, AFFILIATION_WEIGHT))
        scores = theatres_step.score(mentions, len(it.title), res.theatres)
        actors = actors_step.actors_of(found, res.roles)
        claims = claims_step.find_claims(text, found)
        out.append(
            {
                "theatres": list(theatres_step.place(scores, res.theatres)),
                "scores": {k: round(v, 2) for k, v in scores.items()},
                "actors": [
                    {
                        "name": a.name,
                        "kind": a.kind,
                        "role": a.role,
                        "affiliation": a.affiliation,
                        "mentions": a.mentions,
                    }
                    for a in actors
                ],
                "claims": [
                    {
                        "text": c.text,
                        "status": c.status,
                        "cues": list(c.cues),
                        "attributed_to": c.attributed_to,
                    }
                    for c in claims
                ],
            }
        )
    return out


def _apply(it: Item, result: dict[str, Any]) -> Item:
    return replace(
        it,
        theatres=tuple(result["theatres"]),
        actors=tuple(
            Actor(a["name"], a["kind"], a["role"], a["affiliation"], int(a["mentions"]))
            for a in result["actors"]
        ),
        claims=tuple(
            Claim(c["text"], c["status"], tuple(c["cues"]), c["attributed_to"], item_id=it.id)
            for c in result["claims"]
        ),
    )


def _usable(result: Any) -> bool:
    return isinstance(result, dict) and all(k in result for k in ("theatres", "scores", "actors", "claims"))


# --- the whole analysis --------------------------------------------------------------------------------------------


def analyse(
    items: Sequence[Item], settings: Settings, store: Store | None = None
) -> tuple[list[Item], list[Story]]:
    """Return the items with theatres/actors/claims filled, and the stories they form, most important first."""
    res = resources(settings)
    version = cache_version(settings, res)
    keys = [it.content_hash or content_hash(it.title, it.summary) for it in items]
    cached: dict[str, dict[str, Any]] = {}
    if store is not None:
        cached = {k: v for k, v in store.cached_analysis(keys, version).items() if _usable(v)}
    todo: dict[str, Item] = {}
    for it, key in zip(items, keys, strict=True):
        if key not in cached and key not in todo:
            todo[key] = it
    started = time.perf_counter()
    fresh = dict(zip(todo, engine.run(list(todo.values()), settings, res, analyse_items), strict=True))
    log.info(
        "analysed %d items (%d from cache) in %.1fs",
        len(todo),
        len(items) - len(todo),
        time.perf_counter() - started,
    )
    if store is not None and fresh:
        store.save_analysis(fresh, version)
    results = {**cached, **fresh}
    analysed = [_apply(it, results[key]) for it, key in zip(items, keys, strict=True)]
    placements = {
        it.id: (it.theatres, dict(results[key]["scores"])) for it, key in zip(analysed, keys, strict=True)
    }
    stories, claims = stories_step.build(
        analysed,
        placements,
        lambda p: theatres_step.combine(p, res.theatres),
        settings.grade_of,
        settings.analysis.similarity,
    )
    analysed = [
        replace(it, claims=tuple(claims.get(f"{it.id}\x1f{c.text}", c) for c in it.claims)) for it in analysed
    ]
    by_id = {it.id: it for it in analysed}
    return analysed, stories_step.sort_stories(stories, theatre_names(settings), by_id)


def analyse_json(items: Sequence[Item], settings: Settings) -> dict[str, Any]:
    """The analysis as JSON: {"items": [...], "stories": [...]}, the names `briefing analyse` prints."""
    analysed, stories = analyse(items, settings)
    return {
        "items": [
            {
                "id": it.id,
                "source": it.source,
                "publisher": it.publisher,
                "grade": settings.grade_of(it.source),
                "title": it.title,
                "url": it.url,
                "published": it.published.isoformat() if it.published else None,
                "language": it.language,
                "theatres": list(it.theatres),
                "actors": [
                    {
                        "name": a.name,
                        "kind": a.kind,
                        "role": a.role,
                        "affiliation": a.affiliation,
                        "mentions": a.mentions,
                    }
                    for a in it.actors
                ],
                "claims": [
                    {
                        "text": c.text,
                        "status": c.status,
                        "cues": list(c.cues),
                        "attributed_to": c.attributed_to,
                        "corroborated": c.corroborated,
                    }
                    for c in it.claims
                ],
            }
            for it in analysed
        ],
        "stories": [
            {
                "id": st.id,
                "theatre": st.theatre,
                "theatres": list(st.theatres),
                "headline": st.headline,
                "summary": st.summary,
                "item_ids": list(st.item_ids),
                "sources": st.sources,
                "publishers": list(st.publishers),
                "credibility": st.credibility,
                "credibility_label": CREDIBILITY_LEGEND[st.credibility].split(":")[0],
                "published": st.published.isoformat() if st.published else None,
                "actors": [{"name": a.name, "kind": a.kind, "mentions": a.mentions} for a in st.actors[:10]],
                "flagged_claims": len(st.claims),
            }
            for st in stories
        ],
    }
