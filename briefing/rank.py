"""Rank: which stories lead a theatre. Importance, not recency; commentary folded away; no publisher fills a section.

The score of a story (weights in the [desk] settings, README "How stories are ranked"):

    weight_sources    * log2(independent sources)          more outlets telling it, more weight
  + weight_sources/4  * log2(reports)                      and more reports, a little
  + weight_watch      * watch-list actors named (max 3)    actors listed in the actors file
  + weight_centrality * share of its reports placed first in this theatre
  + weight_<type>     for its event type                   conflict > security > diplomacy > politics
                                                           > other > business > culture > sport
  + weight_novelty    when New or Developing               (a Continuing story has nothing new)
  + weight_claims     * flagged claims (max 3)

Ties go to the most recent. Commentary (opinion, editorials, analysis, reviews, letters, podcasts, galleries,
TV shows) never leads: a story made only of commentary is folded into the news story it is about, or listed
under "Commentary". Balance: with three or more publishers in a theatre, no publisher appears in more than
`publisher_share` of its stories; the lowest-ranked of its stories give way to the next stories without it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import numpy as np

from briefing import embeddings
from briefing.config import DeskSettings
from briefing.models import Item, Story
from briefing.phrases import content_words
from briefing.publishers import original_url
from briefing.summary import opens_on_a_scene

EVENT_TYPES = ("conflict", "security", "diplomacy", "politics", "business", "culture", "sport", "other")
WATCH_CAP = 3
CLAIMS_CAP = 3
STALE_DAYS_CAP = 7.0  # a story a week older than the window is as stale as it gets
LEDE_CHARS = 400
COMMENTARY_PER_SECTION = 5

# Path segments that mark a page as commentary rather than reporting (an archive link keeps the original path).
_COMMENTARY_SEGMENTS = frozenset(
    [
        "opinion",
        "opinions",
        "commentisfree",
        "comment",
        "commentary",
        "editorial",
        "editorials",
        "analysis",
        "reviews",
        "review",
        "podcast",
        "podcasts",
        "gallery",
        "galleries",
        "in-pictures",
        "pictures",
        "picture-gallery",
        "tv-shows",
        "letters",
        "columnists",
        "column",
        "columns",
        "perspectives",
    ]
)
_COMMENTARY_PREFIX = re.compile(
    r"^\s*(?:opinion|analysis|editorial|comment|commentary|review|podcast|letters?|brief letters|in pictures|"
    r"pictures|photos|gallery|column|perspective|the big read|view)\s*[|:\u2013\u2014-]\s*",
    re.I,
)
_COMMENTARY_SUFFIX = re.compile(
    r"\s[|\u2013\u2014-]\s*(?:opinion|editorial|letters?|brief letters|review|podcast|analysis|column|"
    r"in pictures|photos|video)\s*$",
    re.I,
)
# Digests: a programme's or newsletter's round-up of the day or week ("Morning news brief", "5 weekend reads you
# missed", "The week in pictures"), not a report of one event.
_DIGEST = re.compile(
    r"^\s*(?:(?:morning|evening|daily|weekly|weekend|midday) )?(?:news )?(?:brief(?:ing)?|digest|newsletter|"
    r"news ?wrap|round-?up)\s*$|"
    r"\b(?:reads? (?:you )?(?:missed|for the weekend)|weekend reads?|(?:the )?week in (?:pictures|photos|review)|"
    r"(?:things|stories) (?:you need )?to know (?:today|this week|this morning))\b",
    re.I,
)
# Views: a headline that is a commentator's view, not a party's act or word: what experts, analysts, scholars
# or a former official think ("... could backfire against him - former US ambassador", "..., analysts say",
# "Analysts say oil output will take years to recover"). Analysis is commentary, however the outlet words it.
_VIEW = re.compile(
    r"\s[\u2013\u2014-]\s*(?:an?\s+)?(?:[\w.'’-]+\s+){0,3}?(?:experts?|analysts?|political\s+scientists?|scholars?|"
    r"professors?|commentators?|columnists?|observers?|pundits?|historians?)\s*$|"
    r"\s[\u2013\u2014-]\s*(?:an?\s+)?(?:former\s+|ex-)[^\u2013\u2014|]{2,50}$|"
    r",?\s+(?:analysts|experts|observers|commentators|scholars|historians)\s+(?:say|said|warn|believe|argue|"
    r"think)s?\s*[.!?]?\s*$|"
    r"^\s*(?:analysts|experts|observers|commentators|scholars|historians)\s+(?:say|said|warn|believe|argue|think)s?\b|"
    r"\s[\u2013\u2014-]\s*(?:[\w.'’-]+\s+){0,3}?(?:MPs?|lawmakers?|legislators?|senators?|congress(?:wo)?man|"
    r"politicians?)\s*$|"
    r"^\s*(?:an?\s+)?(?:[\w.'’-]+\s+){0,2}(?:MP|lawmaker|legislator|congress(?:wo)?man)\s+(?:says|said|condemns|"
    r"claims|calls|urges|slams|warns|believes|thinks|argues|denounces|criticizes|criticises)\b",
    re.I,
)

# Background: a profile, explainer, factbox or list of takeaways tells no new event; grouped with its event's
# reports it is one of them, alone it is folded into the story it explains instead of taking a slot of its own.
_BACKGROUND = re.compile(
    r"^\s*(?:who\s+(?:is|are|was|were)\s|explainer\b|factbox\b|fact\s+box\b|timeline\b|q\s*&\s*a\b|"
    r"the\s+rise\s+and\s+fall\s+of\s)|\b\d+\s+(?:key\s+|big\s+)?takeaways\b|\btakeaways\s+from\b|"
    r"\bwhat\s+(?:we|you)\s+(?:know|need\s+to\s+know)\b|\bwhat\s+to\s+know\b|"
    # a profile's form: "Mohammad Sinwar: the Hamas military chief who said ...", "'Ferryman of the souls': the man
    # who helps ..." (not a quotation's "Lavrov: the West must recognise that ...")
    r"^[^:|]{3,80}:\s+the\s+(?:[\w'’-]+\s+){1,6}?who\s",
    re.I,
)
# Asides: forms of a feature more than a report, which the desk never takes for a story's news but the grouping
# does not join to a story as background (a history pegged to an event is as often a wide analysis, which the
# labels keep apart: "US interventions in Latin America: a history of coups and conflicts"): a life or a change
# told from its start ("From bus driver to president: ...", "Nicolás Maduro: from bus driver to Chávez successor
# to US detainee"), a history, charts, a look back, the people's own words, questions set out ("Six questions about
# ..."), a fact check ("FACT FOCUS: ..."), a graphic ("See how ...") and service ("... here's how to get it back").
_ASIDE = re.compile(
    r"^from\s[^:|]{2,50}?\sto\s[^:|]{2,60}:|^[^:|]{3,60}:\s+from\s[^:|]{2,50}?\sto\s|"
    r"(?:^|:\s+)a\s+(?:brief\s+|short\s+)?history\s+of\b|\bin\s+(?:\w+\s+)?charts\b|\bhere(?:'|’)s\s+a\s+look\b|"
    r"^\s*in\s+(?:their|his|her)\s+(?:own\s+)?words\s*:|"
    r"^\s*(?:\w+|\d+)\s+(?:key\s+|big\s+)?questions\s+(?:about|on|for|over|after)\b|"
    r"^\s*(?:fact\s+focus|fact[\s-]?check(?:er)?)\b|^\s*see\s+(?:how|what|where|why)\b|"
    r"\bhere(?:'|’)s\s+(?:how|why|what)\b",
    re.I,
)
_BACKGROUND_SEGMENTS = frozenset(["explainers", "explainer", "factbox", "factboxes"])

# Event-type cues: word prefixes over headline (counted twice) and lede. Precedence breaks ties: a fire that
# killed 40 is security, not culture, even when it broke out in a bar during a concert.
_CUES: dict[str, tuple[str, ...]] = {
    "conflict": (
        "war",
        "wars",
        "airstrike",
        "air strike",
        "strikes",
        "missile",
        "drone",
        "shelling",
        "troops",
        "soldier",
        "military",
        "militar",
        "offensive",
        "killed",
        "killing",
        "bombing",
        "bombard",
        "invasion",
        "frontline",
        "front line",
        "artillery",
        "army",
        "militant",
        "rebel",
        "insurgent",
        "clashes",
        "fighting",
        "battle",
        "casualt",
        "wounded",
        "raid",
        "warship",
        "navy",
        "naval",
        "weapon",
        "ceasefire",
        "hostage",
        "combat",
        "jihadist",
        "armed",
        "attack",
    ),
    "security": (
        "arrest",
        "captur",
        "detain",
        "police",
        "terror",
        "security",
        "cyber",
        "hack",
        "spy",
        "espionage",
        "smuggl",
        "traffick",
        "cartel",
        "gang",
        "crime",
        "criminal",
        "shooting",
        "murder",
        "fire",
        "blaze",
        "explosion",
        "blast",
        "earthquake",
        "flood",
        "crash",
        "dead",
        "death",
        "victim",
        "evacuat",
        "emergency",
        "extradit",
        "indict",
        "charged",
        "prosecut",
        "narco",
        "seized",
        "seizure",
        "tanker",
        "border",
    ),
    "diplomacy": (
        "talks",
        "summit",
        "envoy",
        "diplomat",
        "foreign minister",
        "sanction",
        "treaty",
        "agreement",
        "peace",
        "negotiat",
        "ambassador",
        "united nations",
        "un security council",
        "nato",
        "bilateral",
        "condemn",
        "embassy",
        "alliance",
        "recogni",
        "relations",
        "mediat",
        "visit",
        "ties",
    ),
    "politics": (
        "election",
        "vote",
        "voter",
        "parliament",
        "opposition",
        "protest",
        "party",
        "coalition",
        "referendum",
        "court",
        "constitution",
        "cabinet",
        "campaign",
        "congress",
        "senate",
        "lawmaker",
        "regime",
        "coup",
        "policy",
        "legislat",
    ),
    "business": (
        "market",
        "stock",
        "shares",
        "investor",
        "economy",
        "economic",
        "inflation",
        "bank",
        "compan",
        "profit",
        "earnings",
        "revenue",
        "oil price",
        "prices",
        "trade",
        "tariff",
        "export",
        "import",
        "gdp",
        "bond",
        "currency",
        "merger",
        "startup",
        "industry",
        "sales",
        "ceo",
        "firm",
        "business",
        "retail",
        "crypto",
        "bitcoin",
        "fund",
        "equities",
        "yield",
    ),
    "culture": (
        "film",
        "movie",
        "music",
        "album",
        "festival",
        "art ",
        "artist",
        "museum",
        "novel",
        "cinema",
        "celebrit",
        "fashion",
        "recipe",
        "tv series",
        "award",
        "oscar",
        "grammy",
        "singer",
        "actor",
        "actress",
        "exhibition",
        "theatre review",
        "book",
        "travel",
        "holiday",
    ),
    "sport": (
        "football",
        "soccer",
        "match",
        "world cup",
        "league",
        "tennis",
        "cricket",
        "olympic",
        "championship",
        "tournament",
        "coach",
        "striker",
        "goalkeeper",
        "rugby",
        "golf",
        "formula 1",
        "f1 ",
        "nba",
        "nfl",
        "sprint",
        "medal",
        "stadium",
        "premier league",
        "ashes",
        "grand slam",
    ),
}
_CUE_RES = {
    kind: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")", re.I)
    for kind, cues in _CUES.items()
}
# Offices name who acts in diplomacy and politics alike ("president visits", "minister resigns"): each counts a
# quarter of a politics cue, so the act decides (measured on tests/data/stories/event_types.jsonl, see the README).
_OFFICES = re.compile(r"\b(?:president|prime minister|government|leader|minister)", re.I)
OFFICE_WEIGHT = 0.25
# A section of the site says more than any word: /sport/ is sport whatever the headline.
_SECTION_TYPES = {
    "sport": "sport",
    "sports": "sport",
    "football": "sport",
    "business": "business",
    "markets": "business",
    "money": "business",
    "finance": "business",
    "economy": "business",
    "culture": "culture",
    "arts": "culture",
    "film": "culture",
    "music": "culture",
    "books": "culture",
    "lifestyle": "culture",
    "travel": "culture",
    "food": "culture",
    "fashion": "culture",
    "wellness": "culture",
}


@dataclass(frozen=True)
class Ranked:
    """One theatre's pick: its stories most important first (balanced), and commentary not folded into them."""

    stories: tuple[Story, ...]
    commentary: tuple[Story, ...]


def _segments(url: str) -> list[str]:
    path = re.sub(r"^https?://[^/]+", "", original_url(url)).split("?")[0]
    return [s.lower() for s in path.split("/") if s]


def is_commentary(item: Item) -> bool:
    """Opinion, editorial, analysis, review, letters, podcast, gallery, digest or a commentator's view: from the
    URL path or the headline. A digest (a news brief, newsletter or list of reads) tells many events, none of
    them as a story; a view ("... - expert", "..., analysts say") is what someone outside the event thinks."""
    if any(seg in _COMMENTARY_SEGMENTS for seg in _segments(item.url)):
        return True
    title = item.title
    return bool(
        _COMMENTARY_PREFIX.match(title)
        or _COMMENTARY_SUFFIX.search(title)
        or _DIGEST.search(title)
        or _VIEW.search(title)
    )


# What each type's events read like, written from the labelling rules (tests/data/stories/README.md, "Event
# types"). When the grouping has embedded a story's headlines, the headline model compares them with these: each
# type scores its nearest description's cosine, and the cue words' share of the votes adds CUE_WEIGHT times itself
# (measured on tests/data/stories/event_types.jsonl: README "How stories are ranked"). Without the model (the words
# grouping, or a day too large for it) the cue words decide alone.
TYPE_DESCRIPTIONS = {
    "conflict": (
        "military strikes, shelling and drone attacks in a war",
        "troops clash with armed groups; soldiers and civilians killed in fighting",
        "a military operation against a country",
    ),
    "security": (
        "police arrest suspects after a crime",
        "court convicts and sentences a man; criminal trial",
        "terror attack, bombing or plot foiled",
        "deadly fire, explosion, crash or accident kills people",
        "earthquake, flood, storm or natural disaster",
        "missile test and military drills",
    ),
    "diplomacy": (
        "foreign ministers hold talks between two countries",
        "president warns another country; diplomatic tensions between states",
        "sanctions imposed on a foreign government",
        "peace talks and ceasefire negotiations",
        "leader visits foreign capital for summit",
    ),
    "politics": (
        "election results and voting; party leader",
        "government appoints new minister; cabinet reshuffle",
        "parliament passes law; new legislation and regulation",
        "protesters march against the government",
        "opposition politician criticises the prime minister",
    ),
    "business": (
        "stock markets, oil prices and the economy",
        "company profits, shares and investors",
        "trade deal, tariffs and exports",
        "central bank interest rates and inflation",
        "tech company launches product",
    ),
    "culture": (
        "film, music, art and celebrities",
        "religious festival and traditions",
        "book, museum and exhibition",
        "schools and education",
    ),
    "sport": ("football match, league and championship", "tennis, cricket, Olympic athletes win medals"),
    "other": (
        "health, medicine and disease",
        "scientists discover; new study on climate and nature",
        "obituary: dies aged 90",
        "personal essay and lifestyle",
        "news digest: the day's top stories",
    ),
}
CUE_WEIGHT = 0.1


@lru_cache(maxsize=1)
def _type_vectors() -> dict[str, np.ndarray]:
    return {kind: embeddings.encode(list(texts)) for kind, texts in TYPE_DESCRIPTIONS.items()}


def _model_scores(items: Sequence[Item]) -> dict[str, float] | None:
    """Each type's nearest description's cosine to the mean of the reports' headlines, when the grouping has
    embedded them all (None otherwise: the model's cost is only taken where it is already paid)."""
    titles = [
        it.title.strip() for it in items[:8] if it.title.strip() and it.language in embeddings.MODEL_LANGUAGES
    ]
    rows = embeddings.known(titles) if titles else None
    if rows is None:
        return None
    mean = rows.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    if norm == 0:
        return None
    return {kind: float((vectors @ (mean / norm)).max()) for kind, vectors in _type_vectors().items()}


def event_type(items: Sequence[Item], model_vote: bool = True) -> str:
    """The kind of event the reports tell: cue words in headline (twice) and lede, the site's section first, and
    the headline model's nearest type description where the grouping has embedded the headlines (`model_vote`
    False: the cue words alone)."""
    votes = _cue_votes(items)
    model = _model_scores(items) if model_vote else None
    if model is None:
        scores: dict[str, float] = votes
        if not any(scores.values()):
            return "other"
    else:
        total = sum(votes.values()) or 1.0
        scores = {kind: model[kind] + CUE_WEIGHT * votes[kind] / total for kind in EVENT_TYPES}
    best = max(scores[kind] for kind in EVENT_TYPES)
    return next(kind for kind in EVENT_TYPES if scores[kind] == best)


def _cue_votes(items: Sequence[Item]) -> defaultdict[str, float]:
    """Each type's votes: its cue words in the headline (twice) and the lede, three for the site's section."""
    votes: defaultdict[str, float] = defaultdict(float)
    for it in items[:8]:
        for seg in _segments(it.url)[:3]:
            if seg in _SECTION_TYPES:
                votes[_SECTION_TYPES[seg]] += 3
        for text, weight in ((it.title, 2), (it.summary[:LEDE_CHARS], 1)):
            for kind, cue in _CUE_RES.items():
                votes[kind] += weight * len(cue.findall(text))
            votes["politics"] += OFFICE_WEIGHT * weight * len(_OFFICES.findall(text))
    return votes


@lru_cache(maxsize=4)
def _watch_list(path: str, _mtime: int) -> frozenset[str]:
    from briefing.actors import load_actors

    return frozenset(e.name for e in load_actors(Path(path)).actors if e.kind != "outlet")


def watch_list(actors_file: Path | None) -> frozenset[str]:
    """Canonical names of the actors file's actors (not its outlets): the watch list."""
    if actors_file is None or not actors_file.is_file():
        return frozenset()
    return _watch_list(str(actors_file), actors_file.stat().st_mtime_ns)


def type_weight(kind: str, desk: DeskSettings) -> float:
    return float(getattr(desk, f"weight_{kind}", desk.weight_other))


def days_stale(members: Sequence[Item], since: datetime | None) -> float:
    """Days between the newest publication date among `members` and the window start `since` (0 if inside it,
    undated, or no window): what a feed's backlog or a late item first seen in the window carries."""
    dates = [it.published for it in members if it.published is not None]
    if since is None or not dates:
        return 0.0
    return max(0.0, (since - max(dates)).total_seconds() / 86400)


def _members(story: Story, items: dict[str, Item]) -> list[Item]:
    """The story's items that are at hand."""
    return [items[i] for i in story.item_ids if i in items]


def score_parts(
    story: Story,
    items: dict[str, Item],
    desk: DeskSettings,
    watch: frozenset[str] = frozenset(),
    since: datetime | None = None,
) -> dict[str, float]:
    """The documented score, part by part (the sum is the story's importance); `since`: the window start."""
    members = _members(story, items)
    kind = story.event_type or event_type(members)
    watched = {a.name for a in story.actors if a.name in watch and a.kind != "outlet"}
    central = (
        sum(1 for it in members if it.theatres[:1] == (story.theatre,)) / len(members) if members else 1.0
    )
    flagged = sum(1 for c in story.claims if not c.corroborated)
    return {
        "sources": desk.weight_sources * math.log2(max(1, story.sources)),
        "reports": desk.weight_sources / 4 * math.log2(max(1, len(story.item_ids))),
        "watch": desk.weight_watch * min(WATCH_CAP, len(watched)),
        "centrality": desk.weight_centrality * central,
        "type": type_weight(kind, desk),
        # a profile or explainer alone (no report of its own to fold into) is background, not the day's news
        "novelty": desk.weight_novelty
        if story.status in ("new", "developing") and not background_only(story, items)
        else 0.0,
        "claims": desk.weight_claims * min(CLAIMS_CAP, flagged),
        "stale": -desk.weight_stale * min(STALE_DAYS_CAP, days_stale(members, since)),
    }


def _stamp(story: Story, items: dict[str, Item]) -> float:
    stamps = [story.published.timestamp()] if story.published else []
    for i in story.item_ids:
        it = items.get(i)
        when = (it.published or it.fetched_at) if it else None
        if when:
            stamps.append(when.timestamp())
    return max(stamps, default=0.0)


def score(
    stories: Sequence[Story],
    items: dict[str, Item],
    desk: DeskSettings,
    watch: frozenset[str] = frozenset(),
    since: datetime | None = None,
) -> list[Story]:
    """Every story with its event type and score set, most important first (then most recent, then id)."""
    out = []
    for st in stories:
        members = _members(st, items)
        st = replace(st, event_type=st.event_type or event_type(members))
        out.append(replace(st, score=round(sum(score_parts(st, items, desk, watch, since).values()), 3)))
    stamps = {st.id: _stamp(st, items) for st in out}
    return sorted(out, key=lambda st: (-st.score, -stamps[st.id], st.id))


def commentary_only(story: Story, items: dict[str, Item]) -> bool:
    members = _members(story, items)
    return bool(members) and all(is_commentary(it) for it in members)


def is_background(item: Item) -> bool:
    """A profile ("Who is ..."), explainer, factbox, timeline or list of takeaways: from the link or headline."""
    if any(seg in _BACKGROUND_SEGMENTS for seg in _segments(item.url)[:3]):
        return True
    return bool(_BACKGROUND.search(item.title))


def is_aside(item: Item) -> bool:
    """Not the day's news by its form: background (`is_background`), an angle on an event (a question, "How ...",
    "Inside ...": `is_angle`), a feature's form (a life from its start, a history, charts, a look back), a photo
    gallery (`is_gallery`, which the grouping keeps in the story it is about) or a text that opens on a scene as a
    feature does (`summary.opens_on_a_scene`; not a live page, which opens on its latest entry). The desk never
    takes such a piece for a story's news; the grouping joins only background proper to the story it is about (an
    angle or a history is as often a wide analysis, which the labels keep apart)."""
    return (
        is_background(item)
        or is_angle(item.title)
        or bool(_ASIDE.search(item.title))
        or is_gallery(item)
        or (opens_on_a_scene(item) and not is_live(item.title))
    )


_GALLERY_SEGMENTS = frozenset(
    ["gallery", "galleries", "in-pictures", "pictures", "picture-gallery", "photos"]
)
_GALLERY = re.compile(
    r"^\s*(?:in pictures|pictures|photos|gallery|photo gallery)\s*[|:\u2013\u2014-]|^\s*(?:photos|pictures|images) of\b|"
    # a photo desk's selection ("The top photos of the week by AP photojournalists", "... and more top photos")
    r"\btop\s+(?:photos|pictures|images)\b|\b(?:photos|pictures|images)\s+of\s+the\s+(?:week|day|month|year)\b|"
    r"(?:[,|\u2013\u2014-]\s*|\s)in (?:pictures|photos)\s*$|\s[|\u2013\u2014-]\s*(?:photos|pictures|gallery)\s*$",
    re.I,
)


def is_gallery(item: Item) -> bool:
    """A photo gallery ("Photos: ...", "..., in pictures", a /gallery/ link): pictures of an event, part of its
    story (the desk still never lets one lead: it is commentary too)."""
    return any(seg in _GALLERY_SEGMENTS for seg in _segments(item.url)) or bool(_GALLERY.search(item.title))


# A reaction: a party's statement about an event ("Germany urges political solution ...", "Guterres deeply
# alarmed by ...", "Russia says ..."), which the labels' rule puts in the event's story, unlike a commentator's
# view ("... - expert", "Former US congressman condemns ...", "Brazilian MP condemns ...": one person outside the
# event, commentary). Read from the headline: a verb of saying or reacting, and no commentator named.
_REACTION = re.compile(
    r"\b(?:says|said|urges?|urged|calls? (?:for|on)|called (?:for|on)|condemn(?:s|ed)?|denounc(?:es|ed)|"
    r"demands?|demanded|slams?|welcomes?|welcomed|praises?|voices? (?:support|concern|solidarity)|alarmed|"
    r"concerned|reacts?|responds?|decr(?:ies|y)|warns?|rejects?|critici[sz]es|backs|supports|hails|denies|vows|"
    r"pledges|expresses)\b",
    re.I,
)
_COMMENTATOR = re.compile(
    r"\b(?:former|ex-|MPs?|lawmaker|congressman|congresswoman|senator|experts?|analysts?|professor|newspapers?|"
    r"columnist|economist|commentator)\b",
    re.I,
)


REACTION_WORDS = (
    6  # the verb of a reaction comes within the headline's first words: its speaker is the subject
)
_ATTRIBUTION = re.compile(r",[^,]{1,60}\b(?:says|said)\s*$", re.I)


def _reaction_form(title: str) -> tuple[str, str] | None:
    """(speaker, what the speaker is said to have said) of a headline in a reaction's form, else None: the speaker
    and its verb open the headline ("Germany urges ...", "Pope Leo calls for ...": what was said is "", the verb
    is the stance; "Kyiv says ...": the words after it) or ", X says" closes it (the words before it)."""
    found = _REACTION.search(title)
    if not found:
        return None
    if len(title[: found.start()].split()) < REACTION_WORDS:
        opening_says = found.group().lower() in ("says", "said")
        return title[: found.start()], title[found.end() :].strip(" :,\u2013\u2014-") if opening_says else ""
    if attributed := _ATTRIBUTION.search(title):
        return attributed.group(), title[: attributed.start()].strip()
    return None


def is_reaction(item: Item) -> bool:
    """A report whose headline is a party's statement or reaction (not commentary, not a commentator's view):
    the speaker and its verb open the headline ("Germany urges ...", "Pope Leo calls for ...") or close it
    ("..., spokesperson says")."""
    form = _reaction_form(item.title)
    if form is None or is_commentary(item):
        return False
    return not _COMMENTATOR.search(form[0])


def reported_clause(title: str) -> str | None:
    """What a reaction's speaker is said to have said: the words after an opening "X says" or before a closing
    "..., X says"; None when a verb of reacting opens the headline ("Germany urges ...": the verb is the
    stance) or the headline is not a reaction's form (`is_reaction` without its commentary checks)."""
    form = _reaction_form(title)
    return (form[1] or None) if form is not None else None


# An angle on an event rather than the statement of it: a question, or how, why, what, inside ... ("How the US
# captured Maduro", "Inside the operation", "Where is Maduro now?"), also after a label or a quotation ("'Naked
# imperialism': how Trump intervention ...", "Cocaine, corruption and machine guns: What led to ..."; not an
# exclusive's label: "Revealed: how big businesses are rolling back ..." is the Guardian's news). Part of
# the story; a story's headline is the plain statement of the event when one of its reports gives it. Labelled
# items (tests/data/stories/kinds.jsonl): 84 of the 85 such headlines of the five sets are background or commentary.
_ANGLE = re.compile(
    r"^\s*(?:how|why|what|where|when|which|inside|is|are|was|were|can|could|will|would|should|does|did|has|have)\b|"
    r"^(?!\s*(?:revealed|exclusive)\s*:)[^:|?]{3,90}:\s+[\'‘\"“]?"
    r"(?:how|why|what|where|inside|is|are|was|were|can|could|will|would|should|does|did)\b|"
    r"\?\s*$",
    re.I,
)


def is_angle(title: str) -> bool:
    """A headline that asks or explains (a question, "How ...", "Why ...", "Inside ...") instead of stating."""
    return bool(_ANGLE.search(title))


# A live page or a replay ("Live: ...", "Watch live: ...", "Ukraine war live: ...", "Replay: ...", "... live
# updates"): its text opens with its latest entry, whatever that is about, so it does not lead a story that has
# another report (a brief's bullet read a tanker seizure under "Live: Venezuela says 100 killed in US attack").
_LIVE = re.compile(
    r"^\s*(?:(?:watch\s+)?live|replay)\s*[:|]|^[^:|]{0,60}\blive\s*:|\blive\s+(?:updates?|blog)\b|\bas\s+it\s+happened\b|"
    # the Guardian's form at the end: "Trump says war with Venezuela is possible – US politics live", "... – business
    # live", "Ukraine war live" (a live page's running title)
    r"\s[\u2013\u2014-]\s*(?:[\w'’.-]+\s+){0,3}?live\s*$",
    re.I,
)


def is_live(title: str) -> bool:
    """A live page or a replay by its headline ("Live: ...", "Ukraine war live: ...", "... live updates")."""
    return bool(_LIVE.search(title))


def background_only(story: Story, items: dict[str, Item]) -> bool:
    """A story of background pieces or angles (and commentary) alone, no report (`is_aside`)."""
    members = _members(story, items)
    return (
        bool(members)
        and all(is_aside(it) or is_commentary(it) for it in members)
        and not all(is_commentary(it) for it in members)
    )


def _words(members: Sequence[Item]) -> set[str]:
    words: set[str] = set()
    for it in members[:6]:
        words |= content_words(f"{it.title} {it.summary[:LEDE_CHARS]}")
    return words


class Index:
    """Groups of reports by their words (of the first six reports' headlines and ledes) and named actors, so
    finding what a piece is about reads only the groups that share a word with it."""

    def __init__(self, groups: Sequence[tuple[Sequence[Item], set[str]]]) -> None:
        """`groups`: each group's reports and the names of its actors and places (outlets left out)."""
        self.words = [_words(members) for members, _names in groups]
        self.names = [names for _members, names in groups]
        self.by_word: dict[str, list[int]] = {}
        for k, ws in enumerate(self.words):
            for w in ws:
                self.by_word.setdefault(w, []).append(k)

    def about(self, members: Sequence[Item], names: set[str]) -> int | None:
        """The group a piece (its items and actor names) is about: most words and named actors in common, if
        enough (a quarter of the words, or a tenth of them and two actors or places in common); else None."""
        mine = _words(members)
        overlap: Counter[int] = Counter()
        for w in mine:
            overlap.update(self.by_word.get(w, ()))
        best, best_sim = None, 0.0
        for k, n in overlap.items():
            shared = n / len(mine | self.words[k])
            common = len(names & self.names[k])
            if shared >= 0.25 or (shared >= 0.1 and common >= 2):
                sim = shared + 0.05 * min(common, 4)
                if sim > best_sim or (sim == best_sim and best is not None and k < best):
                    best, best_sim = k, sim
        return best


def _names(story: Story) -> set[str]:
    return {a.name for a in story.actors if a.kind != "outlet"}


class _Index:
    """News stories by their words, so finding what a comment is about reads only stories that share a word."""

    def __init__(self, news: Sequence[Story], items: dict[str, Item]) -> None:
        self.news = list(news)
        self.index = Index([(_members(st, items), _names(st)) for st in self.news])

    def about(self, comment: Story, items: dict[str, Item]) -> Story | None:
        """The news story a piece of commentary is about (see Index.about), or None."""
        k = self.index.about(_members(comment, items), _names(comment))
        return None if k is None else self.news[k]


def about(comment: Story, news: Sequence[Story], items: dict[str, Item]) -> Story | None:
    """The news story a piece of commentary is about (see _Index.about), or None."""
    return _Index(news, items).about(comment, items)


def fold(
    stories: Sequence[Story], items: dict[str, Item]
) -> tuple[list[Story], list[Story], dict[str, list[Story]]]:
    """Split commentary-only stories off: (news stories with the commentary about them folded in, commentary about
    none of them, and the folded commentary by the id of the story it went into). A piece goes into the story it
    was grouped with (`Story.about`, its peg) when that story is among these, else into the one it shares the
    most words and actors with (_Index.about). A story of background pieces alone (profiles, explainers,
    takeaways) goes into the report it shares enough with the same way, and stays a story when there is none."""
    pieces = {st.id for st in stories if commentary_only(st, items)}
    explainers = {st.id for st in stories if background_only(st, items)}
    news = [st for st in stories if st.id not in pieces]
    reports = [st for st in news if st.id not in explainers]
    by_id = {st.id: st for st in reports}
    left: list[Story] = []
    folded: dict[str, list[Story]] = {}
    index: _Index | None = None
    background: set[str] = set()  # explainers folded into a report
    for st in stories:
        if st.id in explainers:
            # a profile or explainer on its own goes with the reports it explains, else it stays a story
            index = index or _Index(reports, items)
            target = index.about(st, items)
            if target is not None:
                folded.setdefault(target.id, []).append(st)
                background.add(st.id)
            continue
        if st.id not in pieces:
            continue
        target = by_id.get(st.about)  # the reports it was grouped with, when they are here
        if target is None:
            index = index or _Index(reports, items)
            target = index.about(st, items)
        if target is None:
            left.append(st)
        else:
            folded.setdefault(target.id, []).append(st)
    news = [st for st in news if st.id not in background]
    news = [
        replace(st, commentary=st.commentary + tuple(i for c in folded[st.id] for i in c.item_ids))
        if st.id in folded
        else st
        for st in news
    ]
    return news, left, folded


def balance(ranked: Sequence[Story], limit: int, share: float) -> list[Story]:
    """The top `limit` stories such that, when 3+ publishers contributed to the theatre, none appears in more than
    `share` of the stories shown.

    Start from the best `limit`; while a publisher is over its share, its lowest-ranked story gives way to the
    best story not yet chosen that it has no part in (or, if none is left, just goes, unless that publisher is in
    every story shown: then no choice could meet the share and the section keeps what it has).
    """
    chosen = list(ranked[:limit])
    if len({p for st in ranked for p in st.publishers}) < 3:
        return chosen
    rest = list(ranked[limit:])
    order = {st.id: k for k, st in enumerate(ranked)}
    while chosen:
        counts = Counter(p for st in chosen for p in dict.fromkeys(st.publishers))
        over = [p for p, n in counts.items() if n > share * len(chosen)]
        if not over:
            break
        # the publisher most over its share gives way first; between two as far over, the first by name (never the
        # order a set happened to list them in: that made the section depend on the interpreter's hash seed)
        p = min(over, key=lambda name: (-counts[name], name))
        spare = next((j for j, st in enumerate(rest) if p not in st.publishers), None)
        if spare is None and counts[p] == len(chosen):
            break  # p is in every story shown and nothing else is left: dropping would only empty the section
        drop = max(i for i, st in enumerate(chosen) if p in st.publishers)
        chosen.pop(drop)
        if spare is not None:
            chosen.append(rest.pop(spare))
        chosen.sort(key=lambda st: order[st.id])
    return chosen


def rank_theatre(
    stories: Sequence[Story],
    items: dict[str, Item],
    desk: DeskSettings,
    limit: int,
    watch: frozenset[str] = frozenset(),
    since: datetime | None = None,
) -> Ranked:
    """One theatre's stories: scored, commentary folded, balanced, at most `limit`; `since`: the window start."""
    news, comments, folded = fold(score(stories, items, desk, watch, since), items)
    chosen = balance(news, limit, desk.publisher_share)
    # commentary about a story that balance left out is listed, not lost
    shown = {st.id for st in chosen}
    listed = comments + [c for sid, cs in folded.items() if sid not in shown for c in cs]
    listed.sort(key=lambda st: -st.score)
    return Ranked(tuple(chosen), tuple(listed[:COMMENTARY_PER_SECTION]))
