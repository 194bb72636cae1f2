"""Analyse: items -> stories, each placed in a theatre, with key actors and flagged claims.

Per item, an ordered list of steps (`STEPS`), each a plain function `(work, context) -> work`: named entities from
the entity finder passed in, mentions of actors and places (actors), theatres (theatres), key actors, claims
(claims). `analyse_items` runs them over a batch and returns one `ItemAnalysis` per item; it depends only on its
arguments, so it can be mapped over chunks in other processes. Then, across items, stories (stories) with their
summaries (summary). Per-item results are cached by content hash in the store, so an unchanged item is never read
by spaCy twice.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing import actors as actors_step
from briefing import claims as claims_step
from briefing import engine, publishers, serialize
from briefing import stories as stories_step
from briefing import summary as summary_step
from briefing import theatres as theatres_step
from briefing.config import Settings
from briefing.models import Actor, Claim, Item, ItemAnalysis, Story
from briefing.phrases import PhraseIndex, key_of, split_sentences, tokenise
from briefing.text import content_hash

if TYPE_CHECKING:
    from briefing.store import Store

log = logging.getLogger(__name__)

# Bump when the analysis changes what it produces; cached results of another version are not used. The
# source of the modules and data that analyse one item is part of the version too (`code_digest`), so an
# upgrade that changes a rule re-analyses what was cached even when nobody bumped this.
ANALYSIS_VERSION = "3"  # 3: Title Case headlines read in sentence case, the eighth round of actor repairs
PACKAGE = Path(__file__).resolve().parent
# every module and data file the analysis reads (every module of the actors and claims packages, in sorted order,
# so a new one is never left out)
CODE_FILES = (
    PACKAGE / "analyse.py",
    *sorted((PACKAGE / "actors").glob("*.py")),
    *sorted((PACKAGE / "claims").glob("*.py")),
    *(
        PACKAGE / name
        for name in (
            "phrases.py",
            "theatres.py",
            "text.py",
            "data/places.toml",
            "data/outlets.txt",
        )
    ),
)

# spaCy reads the title and this much of the text (the phrase index reads all of it): a long article whole (the
# longest of the corpus's real items is 14,185 characters), so its later speakers and names are found and named in
# full ("Hirs" -> "Ed Hirs"); the cap bounds the model's work on a feed that puts a whole book in one item.
NER_CHARS = 20_000
AFFILIATION_WEIGHT = 0.7


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
    actors_step.add_outlets(index)
    actors_step.add_actors(index, actor_config, theatres_step.keyword_theatres(config))
    homes: dict[str, tuple[str, str]] = {}
    for entry in actor_config.actors:
        aff = entry.affiliation
        if aff and aff not in homes:
            home = index.entries.get(key_of(aff))
            homes[aff] = (home.country, home.theatre) if home else ("", "")
    digest = hashlib.sha256()
    for p in (tpath, apath, theatres_step.PLACES_FILE, actors_step.OUTLETS_FILE):
        digest.update(p.read_bytes())
    roles = {e.name: e.role for e in actor_config.actors if e.role}
    log.debug("analysis resources: %d phrases in %.2fs", len(index), time.perf_counter() - started)
    return Resources(config, index, roles, homes, digest.hexdigest())


@lru_cache(maxsize=4)
def code_digest(files: tuple[Path, ...] = CODE_FILES) -> str:
    """A digest of the files that decide one item's analysis (a missing one counts as empty)."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"-")
    return digest.hexdigest()


def cache_version(settings: Settings, res: Resources) -> str:
    """The analysis version plus a fingerprint of the analysis code, the config files and the model (at most
    32 characters)."""
    extra = hashlib.sha256(
        f"{res.fingerprint}:{settings.analysis.spacy_model}:{NER_CHARS}:{code_digest()}".encode()
    ).hexdigest()
    return f"v{ANALYSIS_VERSION}-{extra[:20]}"


def theatre_names(settings: Settings) -> list[str]:
    """Theatre names in the order the brief shows them (the fallback theatre last)."""
    config = theatres_step.load_theatres(settings.analysis.theatres_file)
    return [t.name for t in config.theatres if not t.fallback] + [config.fallback]


# --- per item: the steps ---------------------------------------------------------------------------------------

Finder = Callable[[Sequence[str]], list[list[tuple[int, int, str]]]]
"""The entity finder: texts -> (start, end, label) spans per text, plain tuples (spaCy's NER, or a fake in tests)."""


def entity_finder(settings: Settings) -> Finder:
    """spaCy's named entities with the configured model; a picklable callable for process or Dask workers."""
    return functools.partial(
        actors_step.find_entities, model=settings.analysis.spacy_model, n_process=settings.analysis.n_process
    )


@dataclass(frozen=True)
class Context:
    """What every step may use besides the items: the resources built from the settings and the entity finder."""

    resources: Resources
    finder: Finder


@dataclass(frozen=True)
class Work:
    """One item while the steps analyse it; each step returns a copy with its own fields filled."""

    item: Item
    text: str
    ents: tuple[tuple[int, int, str], ...] = ()
    found: tuple[actors_step.Found, ...] = ()
    scores: tuple[tuple[str, float], ...] = ()
    theatres: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()


Step = Callable[[list[Work], Context], list[Work]]


def _text(it: Item) -> str:
    return f"{it.title}\n\n{it.summary}" if it.summary else it.title


def _title_case(it: Item) -> bool:
    words = [w for w in it.title.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def entities(work: list[Work], ctx: Context) -> list[Work]:
    """Named entities of the English items, in one batched call of the finder."""
    english = [i for i, w in enumerate(work) if w.item.language == "en"]
    # A Title Case headline reads as one long name to the model, so it sees the text without it, and the
    # headline alone as a second text whose people are kept (and other names only if the text has them too).
    titled = [i for i in english if _title_case(work[i].item) and work[i].item.summary]
    skip = {i: len(work[i].item.title) + 2 if i in titled else 0 for i in english}
    index = ctx.resources.index
    texts = [
        _ner_text(
            actors_step.model_headline(work[i].text, index)
            if _title_case(work[i].item) and not work[i].item.summary
            else work[i].text[: len(work[i].item.title) + 2 + NER_CHARS],
            skip[i],
        )
        for i in english
    ]
    # the model reads a Title Case headline best in sentence case ("Trump offers", not "Trump Offers")
    read = {
        i: actors_step.model_headline(work[i].item.title, index, work[i].item.summary[:NER_CHARS])
        for i in titled
    }
    texts += [read[i] for i in titled]
    found = ctx.finder(texts) if texts else []
    out = list(work)
    for i, spans in zip(english, found, strict=False):
        out[i] = replace(work[i], ents=tuple(spans))
    for i, spans in zip(titled, found[len(english) :], strict=True):
        body = work[i].item.summary
        extra = []
        for s, e, label in spans:
            s, e = actors_step.trim_common(work[i].text, s, e)  # "Didn't Target Putin" -> "Putin"
            if e > s and actors_step.headline_span(work[i].item.title, read[i], s, e, label, body, index):
                extra.append((s, e, label))
        out[i] = replace(out[i], ents=tuple(sorted(extra + list(out[i].ents))))
    return out


def _ner_text(text: str, skip: int) -> str:
    """The text the model reads: the skipped headline and a dateline blanked (offsets kept), cut at a word."""
    sep = text.find("\n\n")
    body = sep + 2 if sep >= 0 else 0
    text = " " * skip + text[skip:]
    # the text opens after a closed headline: after blanks, or after a headline with no stop, the model misses the
    # name that opens it (a blanked headline then "Delcy Rodríguez is known" gives nothing, "... Swiss
    # MP\n\nGuy Mettan argues" a people's adjective "Mettan"), so the blanks or the headline end in ":\n" (a full
    # stop there makes a headline's closing "— Orban" a body)
    if sep > 0 and (skip or text[sep - 1].isalnum()):
        text = text[:sep] + ":\n" + text[body:]
    m = claims_step.DATELINE.match(text[body:])
    if m:
        text = text[:body] + " " * m.end() + text[body + m.end() :]
    cut = len(text)
    if cut >= NER_CHARS and not text[-1].isspace():
        cut = max(text.rfind(" "), text.rfind("\n"))
    return text[: cut if cut > 0 else len(text)]


def mentions(work: list[Work], ctx: Context) -> list[Work]:
    """Every actor, place and keyword each item names, from the phrase index and the entities, repaired."""
    index = ctx.resources.index
    out = []
    for w in work:
        tokens = tokenise(w.text)
        found = actors_step.resolve(w.text, tokens, index.find(tokens), w.ents, index)
        out.append(replace(w, found=tuple(found)))
    return out


def _named_as_read(w: Work) -> list[actors_step.Found]:
    """The item's mentions without a place that is part of something else (theatres.not_a_place): "Montana" of
    "Crans-Montana" names no US state, "US$47,000" no country; for the theatres and the key actors alike."""
    ends = {f.end for f in w.found}
    return [
        f
        for f in w.found
        if not theatres_step.not_a_place(w.text, f.start, f.end, f.kind, f.start - 1 in ends)
    ]


def theatres(work: list[Work], ctx: Context) -> list[Work]:
    """Theatre scores and placement from the places, and from the home of each affiliated actor."""
    res = ctx.resources
    out = []
    for w in work:
        marks = []
        title = w.item.title
        for f in _named_as_read(w):
            speaks = f.start < len(title) and theatres_step.speaks(title, f.end)
            if f.country or f.theatre:
                # a country or a region (not a city, a demonym or a keyword) may be where the headline's event is
                area = f.kind == "state" and not f.demonym or f.kind == "place" and not f.country
                locus = area and f.start < len(title) and theatres_step.locus(title, f.start, f.end)
                marks.append(
                    theatres_step.Mention(
                        f.start,
                        f.country,
                        f.theatre,
                        speaks=speaks,
                        locus=locus,
                        # a demonym, a city, a speaker's tag is no party the headline names
                        party=not f.demonym
                        and not (f.kind == "place" and f.country)
                        and theatres_step.party_place(title, f.start),
                    )
                )
            elif f.affiliation and f.affiliation in res.homes:
                country, theatre = res.homes[f.affiliation]
                party = theatres_step.party_place(title, f.start)
                marks.append(
                    theatres_step.Mention(f.start, country, theatre, AFFILIATION_WEIGHT, speaks, party=party)
                )
        scores = theatres_step.score(marks, len(w.item.title), res.theatres)
        where = theatres_step.locus_theatre(marks, len(title), res.theatres)
        out.append(
            replace(
                w,
                scores=tuple((k, round(v, 2)) for k, v in scores.items()),
                theatres=tuple(
                    theatres_step.place(
                        scores,
                        res.theatres,
                        where,
                        theatres_step.parties(marks, len(title), res.theatres),
                        theatres_step.headline_theatres(marks, len(title), res.theatres),
                    )
                ),
            )
        )
    return out


def key_actors(work: list[Work], ctx: Context) -> list[Work]:
    """One Actor per canonical name, ranked by mentions; not a place that is part of another name, as the
    theatres step reads it ("Montana" of the Swiss resort "Crans-Montana", "US" of "US$47,000")."""
    return [
        replace(w, actors=tuple(actors_step.actors_of(_named_as_read(w), ctx.resources.roles))) for w in work
    ]


def claims(work: list[Work], ctx: Context) -> list[Work]:
    """The sentences each item flags as unverified, reported, speculative or attributed, with their speaker."""
    return [
        replace(
            w, claims=tuple(_marked_cut(w.item.summary, claims_step.find_claims(w.text, w.found, w.item.id)))
        )
        for w in work
    ]


def _marked_cut(text: str, found: list[Claim]) -> list[Claim]:
    """The claims, one quoted from a last sentence its feed cut off ("Police in Valais said they had identified 16
    more of those who") ending in "…" as a summary cut short does: the reader sees the words stop, and a longer
    telling of the sentence in another report takes its place (stories.one_per_sentence)."""
    spans = split_sentences(text)
    if len(spans) < 2 or not summary_step.cut_off(text, spans):
        return found
    last = text[spans[-1][0] : spans[-1][1]].rstrip()
    if last.endswith(("\u2026", "...", "[\u2026]")):
        return found  # the feed marked the cut itself
    return [
        replace(c, text=c.text.rstrip() + "\u2026") if c.text.rstrip()[-30:] == last[-30:] else c
        for c in found
    ]


STEPS: tuple[Step, ...] = (entities, mentions, theatres, key_actors, claims)


def analyse_items(items: Sequence[Item], res: Resources, finder: Finder) -> list[ItemAnalysis]:
    """Theatres, actors and claims of each item: the steps in order, a pure function of its arguments."""
    ctx = Context(res, finder)
    work = [Work(it, _text(it)) for it in items]
    for step in STEPS:
        work = step(work, ctx)
    return [ItemAnalysis(w.theatres, w.scores, w.actors, w.claims) for w in work]


def analyse_chunk(items: Sequence[Item], settings: Settings, res: Resources) -> list[ItemAnalysis]:
    """analyse_items for one chunk with the settings' entity finder: what an engine worker runs."""
    return analyse_items(items, res, entity_finder(settings))


def with_run_names(
    items: Sequence[Item], results: Sequence[ItemAnalysis], index: PhraseIndex
) -> list[ItemAnalysis]:
    """Each item's analysis with the people the whole run knows added where the model missed them
    (`actors.names_of_the_run`): a pass over the run, after the per-item analysis and its cache."""
    known = actors_step.names_of_the_run([_text(it) for it in items], [r.actors for r in results], index)
    return [
        r if r.actors == acts else replace(r, actors=acts) for r, acts in zip(results, known, strict=True)
    ]


def _apply(it: Item, result: ItemAnalysis) -> Item:
    return replace(
        it,
        theatres=result.theatres,
        actors=result.actors,
        claims=tuple(c if c.item_id == it.id else replace(c, item_id=it.id) for c in result.claims),
    )


def _usable(result: Any) -> bool:
    return isinstance(result, dict) and all(k in result for k in ("theatres", "scores", "actors", "claims"))


# --- the whole analysis --------------------------------------------------------------------------------------------


def analyse(
    items: Sequence[Item],
    settings: Settings,
    store: Store | None = None,
    workers: engine.Workers | None = None,
) -> tuple[list[Item], list[Story]]:
    """Return the items with theatres/actors/claims filled, and the stories they form, most important first.

    `workers`: the run's worker processes, if it has them (engine.run)."""
    items = publishers.attribute(items, settings)  # a feed that mixes outlets credits each item to its own
    keys = [it.content_hash or content_hash(it.title, it.summary) for it in items]
    cached: dict[str, dict[str, Any]] = {}
    version = ""
    if store is not None:
        version = cache_version(settings, resources(settings))
        cached = {k: v for k, v in store.cached_analysis(keys, version).items() if _usable(v)}
    todo: dict[str, Item] = {}
    for it, key in zip(items, keys, strict=True):
        if key not in cached and key not in todo:
            todo[key] = it
    # the run's worker processes, if it analyses this many items on them, load the model while this process
    # builds the resources (when nothing is cached) and prepares the items
    engine.start(settings, len(todo), workers)
    res = resources(settings)
    started = time.perf_counter()
    # on the configured engine: this process, worker processes or a Dask cluster (briefing/engine.py)
    fresh = dict(
        zip(
            todo,
            # while the workers work, this process reads ahead what grouping reads of every item
            engine.run(
                list(todo.values()),
                settings,
                res,
                analyse_chunk,
                workers,
                functools.partial(
                    stories_step.warm,
                    items,
                    settings.analysis.grouping,
                    settings.analysis.embedding_max_items,
                ),
            ),
            strict=True,
        )
    )
    log.info(
        "analysed %d items (%d from cache) in %.1fs",
        len(todo),
        len(items) - len(todo),
        time.perf_counter() - started,
    )
    if store is not None and fresh:
        store.save_analysis({k: serialize.analysis_result_to_dict(r) for k, r in fresh.items()}, version)
    results = {**{k: serialize.analysis_result_from_dict(v, "") for k, v in cached.items()}, **fresh}
    # the people the run knows wherever the model missed them (after the cache: they depend on the whole run)
    named = with_run_names(items, [results[key] for key in keys], res.index)
    analysed = [_apply(it, result) for it, result in zip(items, named, strict=True)]
    placements = {
        it.id: (it.theatres, dict(results[key].scores)) for it, key in zip(analysed, keys, strict=True)
    }
    stories = stories_step.build(
        analysed,
        placements,
        lambda p: theatres_step.combine(p, res.theatres),
        publishers.grader(settings),
        settings.analysis.similarity,
        settings.analysis.grouping,
        settings.analysis.link_similarity,
        settings.analysis.embedding_max_items,
        # the stories are told on the run's worker processes, idle by now, when it has them
        functools.partial(engine.spread, workers),
    )
    # a story carries its items' claims in item order, with corroboration set: they replace the items' own
    checked: dict[str, list[Claim]] = defaultdict(list)
    for st in stories:
        for c in st.claims:
            checked[c.item_id].append(c)
    analysed = [
        replace(it, claims=tuple(checked[it.id])) if len(checked.get(it.id, ())) == len(it.claims) else it
        for it in analysed
    ]
    # then the story lists each sentence once, however many of its reports carry it
    stories = [replace(st, claims=tuple(stories_step.one_per_sentence(st.claims))) for st in stories]
    by_id = {it.id: it for it in analysed}
    return analysed, stories_step.sort_stories(stories, theatre_names(settings), by_id)


def analyse_json(items: Sequence[Item], settings: Settings) -> dict[str, Any]:
    """The analysis as JSON: {"items": [...], "stories": [...]}, the names `briefing analyse` prints."""
    analysed, stories = analyse(items, settings)
    return serialize.analysis_to_dict(analysed, stories, publishers.grader(settings))
