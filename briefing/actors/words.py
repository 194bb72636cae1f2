"""The word lists and word tests every part shares: kinds, title words, descriptors, the English-word tests
(common_word, english_word), the gazetteer's towns and subdivisions, and the patterns of what is no
actor (time zones, events, products)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.phrases import PhraseIndex, key_of

# key_of tokenises and normalises a string each time; the per-item code asks for the same few thousand names
# again and again, so it asks this cached copy (a pure function of the string). norm is cached where it lives.
_key = lru_cache(maxsize=100_000)(key_of)

KINDS = ("person", "organisation", "state", "unit", "place", "vessel", "outlet")
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
    "constable sheriff"
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
    demonstrators villagers passengers soldiers troops fighters volunteers campaigners forecasters
    bloggers enforcement mp mps
    organizers organisers gangs gang militants rebels insurgents gunmen kidnappers workers employees students
    parents farmers nurses teachers supporters opponents neighbours neighbors owners families ngos victims fans
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
# titles whose dot is an abbreviation's, not a sentence end ("Lt.", "Sen.")
_ABBREV_TITLES = _SHORT_TITLES | frozenset(("sen", "rep", "gov", "rev"))
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"  # joiners and spaces a text can hide inside a name


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
_STATES_DEPARTMENT = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}Department")  # "Treasury Department", a ministry
# what a product is called beside its name ("the weight-loss drug Wegovy", "Oreshnik missiles"); the model often
# reads such a name as a person's
_PRODUCT_NOUNS = (
    r"drug|drugs|pill|pills|vaccine|vaccines|app|apps|missile|missiles|rocket|rockets|drone|drones|jet|jets|"
    r"fighter|fighters|tank|tanks|console|consoles|chatbot|software|smartphone|smartphones|cards|game|games|brand|"
    r"bomb|bombs|munitions|warheads|shells|robot|robots|"
    r"guitar|guitars|piano|pianos|violin|violins|cello|cellos|saxophone|saxophones|amplifier|amplifiers|"  # "the rare Gretsch guitar"
    r"novel|novels|films|movies|franchise|character|characters"  # "Jack Reacher novels": a fiction's hero
)


# what a vehicle is called after its name ("an Interoceanic Train carrying 250 people"): a service, no actor
_VEHICLE_END = re.compile(r"\s(?:Train|Trains|Bus|Ferry|Tram|Locomotive|Supertanker|Tanker)$")
_VEHICLE_START = re.compile(r"^(?:Supertanker|Tanker|Freighter|Trawler|Ferry|Yacht|Vessel)\s+[A-Z]")
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
INSTITUTION_INSIDE = re.compile(INSTITUTION_WORDS.pattern[:-1] + r"\b")
_GEOGRAPHY = re.compile(
    r"\b(?:Valley|River|Mountains?|Island|Islands|Bay|Sea|Lake|Desert|Peninsula|Coast|Strait|Gulf|Canyon|Beach|"
    r"Reef|Glacier|Plateau|Lagoon|Delta|Basin|Ocean|Fjord|Archipelago|Levels|Highlands|Hills|Falls|Spit|"
    # a town's squares, bridges and roads ("Manger Square", "London Bridge", "Lagos-Ibadan Expressway")
    # "the China-Pakistan Economic Corridor": a trade route, a place; "the Channel Tunnel", "Panama Canal" ("Dam"
    # ends surnames: "Van Dam")
    r"Square|Bridge|Expressway|Highway|Motorway|Avenue|Boulevard|Corridor|Tunnel|Canal)$"
)
# "the Gaza Strip city of Khan Younis": a settlement named after its noun and "of"; "her hometown of Saint-Tropez",
# "the ski resort of Crans-Montana" (not "the last resort of"); "the Greek island of Samos", "the Petalides area of
# Samos", "the region of Belgorod" (not "state of", which runs on to "the state of Donald Trump's health")
_SETTLEMENT_OF = re.compile(
    r"\b(?:town|township|city|village|hamlet|settlement|suburb|port|district|province|oblast|county|municipality|commune|"
    r"neighbou?rhood|island|islands|archipelago|region|area|hometown|birthplace|(?<!last )resort)\s+of\s+$"
)
# what kind of place a name is, where people live: "the Wang Fuk Court residential complex" (not "the Epstein
# estate", a dead man's property)
_DWELLING_AFTER = re.compile(
    r"\s+(?:(?:residential|housing|apartment|public\s+housing)\s+(?:complex|complexes|estates?|blocks?|towers?|"
    r"buildings?|compounds?|developments?))\b"
)


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """The names of the world's states, provinces, cantons and counties (ISO 3166-2, from pycountry)."""
    import pycountry

    return frozenset(re.sub(r"\s*[\[(].*$", "", s.name) for s in pycountry.subdivisions)


@lru_cache(maxsize=20_000)
def _subdivision(name: str) -> bool:
    return re.sub(r"^[Tt]he\s+|['’]s$", "", name) in _subdivisions()


_CAP = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][\w’'-]*"
)
_CAP_WORD = re.compile(_CAP)


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


# a headline's subject speaking, as the model reads it in sentence case ("Pentagon says it will ...") and as the
# headline writes it ("Pentagon Says It Will ...")
# (spans._SPEECH_AFTER reads "told" for "confirms"; _SPEAKING_VERBS below, the longer list, has no "confirms", "vows";
# claims.status.SPEECH is the claims' broad reader)
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


def _known_place(index: PhraseIndex, phrase: str) -> bool:
    entry = index.entries.get(_key(phrase))
    return entry is not None and entry.kind in ("state", "place", "region")


# a group's noun after the creed or people the model tags alone ("Islamic" of "Islamic State militants")
_GROUP_AFTER_NORP = re.compile(r" (?:State|Jihad|Brotherhood|Resistance)\b")
_CREED_GROUP = re.compile(r"[A-Z][a-z]+(?:ic|an|im)" + _GROUP_AFTER_NORP.pattern)
_PARTICLES = r"(?:de|da|das|do|dos|del|della|di|du|van|von|der|den|ter|bin|bint|ibn|al|el|la|le|y|e|ben|abu)"
_STANCE_BEFORE = re.compile(r"\bpro[-‑]$")  # not "anti-Houthi", whose body is fought: a party to the story


_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
AGE = re.compile(r"\d{1,3}-year-old")  # a word that gives a person's age


# the last word of a law's, an agreement's or an award's name ("Foreign Trade Law", "Abraham Accords", "Nobel Peace
# Prize", "Guinness World Record"), never a body's
_LAW_END = re.compile(
    r"\S\s+(?:Law|Act|Bill|Treaty|Accords?|Charter|Protocol|Amendment|Doctrine|Pact|Prize|Award|Medal|Trophy|Record|"
    r"Status)$"  # a legal status too: "to end Temporary Protected Status for 89,000 migrants"
)
# (not all of _HEADLINE_SPEECH_VERBS: no "confirms", "vows")
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
# a company or party named in apposition after its noun, closed by punctuation: "his own parcels company, Shift.",
# "a private company, Ocean Infinity,"; the comma and the noun show the name, however common its word (not "the
# company, Musk said": a speaker)
_TRADE_COMMA_NAME = re.compile(
    r"(?<=[a-z] )(?:company|firm|startup|start-up|retailer|airline|lender|insurer|conglomerate|subsidiary|"
    r"manufacturer|contractor|party),[ \t]+((?:[A-Z][\w&-]*[\w&])(?:[ \t]+[A-Z][\w&-]*[\w&]){0,2})(?=[.,;)]|$)",
    re.M,
)


_PREFIX_BEFORE = re.compile(r"(?<![\w.’'-])(?:U\.S\.|US|U\.K\.|UK)\s+$")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w’'])[A-Z][\w-]*[ \t]+$")  # on the same line
_QUOTES = "'‘’\"“”"


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ul)[-‑]", re.I)


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
