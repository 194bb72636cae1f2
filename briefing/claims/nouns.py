"""Claim speakers' words: the nouns, titles and small readers every speaker module shares.

The nouns for people, institutions and agents (those that name a source without naming anyone, UNNAMED_NOUNS, are
actors'), the titles a person is written with, the forms of the verbs of saying; `_Source` (whom a reader credits);
quotation spans, a paragraph's start, a capitalised name the model did not read, and the dateline a sentence may
open with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.actors import TITLE_WORDS, UNNAMED_NOUNS, Found, common_word, english_word
from briefing.claims.status import SAID_TOLD_ADDED, SAY_FORMS, TELL_FORMS, _Sentence
from briefing.text import MONTH

SPEAKER_KINDS = frozenset({"person", "organisation", "state", "unit", "outlet"})
# the papers a body issues, whose words are its own ("A UN report said", "a new Amnesty International study"): an
# alternation for the patterns that read them
DOCUMENT_NOUNS = "report|study|survey|analysis|assessment|statement|review|audit|investigation|document|memo"
DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'’/ -]+(?:,\s*[A-Z][\w.'’ /-]+)*,?\s+)?{MONTH}\s+\d{{1,2}}\s*(?:\([\w .]+\)\s*)?[-–—]\s*"
)


def strip_dateline(sentence: str) -> str:
    """'WASHINGTON, Jan 5 (Reuters) - President ...' -> 'President ...'."""
    return DATELINE.sub("", sentence, count=1)


_AUX = re.compile(
    r"(?:\s+(?:also|later|then|previously|earlier|again|has|have|had|had\s+earlier|has\s+also|"
    # "with police having warned" (round 45): the perfect participle, as "has warned"
    r"having|"
    # an adverb in -ly, not a noun in -ly ("his family said", "Italy said")
    r"(?!(?:family|ally|rally|assembly|supply|anomaly|monopoly|reply|italy|july)\b)[a-z]+ly|"
    r"on\s+[A-Z]\w+|last\s+\w+|this\s+\w+|in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?[\w-]+))*\s*$"
)


# heads of a noun phrase that names an institution or office: "Ukraine's seaports authority", "Iran supreme leader"
_INSTITUTION_NOUNS_TEXT = """
    ministry authority authorities council government administration military army navy office
    agency court committee parliament commission department service services command leader president
    general chief staff force forces guard brigade party cabinet presidency kremlin embassy coalition intelligence
    community company firm provider operator utility producer regulator watchdog airline carrier manufacturer
    association federation union foundation institute junta judiciary body ombudsman
    programme secretariat
"""
INSTITUTION_NOUNS = frozenset(_INSTITUTION_NOUNS_TEXT.split())
# a relative speaks for himself, not for the person named ("Maduro's son says": not Maduro); only a person has them
_RELATIVE_NOUNS_TEXT = (
    "son sons daughter daughters wife husband widow widower mother father brother brothers sister sisters"
)
RELATIVE_NOUNS = frozenset(_RELATIVE_NOUNS_TEXT.split())
AGENT_NOUNS = frozenset(
    {
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "family",
        "office",
        "representative",
        "foundation",
        "campaign",
        # "according to Mamdani's transition team": a person's team speaks for that person (round 24)
        "team",
        # a person's party or lieutenants speak for that person ("his party said"; round 19)
        "party",
        "lieutenant",
        "lieutenants",
        *RELATIVE_NOUNS,
    }
)
_NOT_MODIFIERS_TEXT = """the a an and or of to that this these those it he she they by with for from as at in on not who was were
    is"""
_NOT_MODIFIERS = frozenset(_NOT_MODIFIERS_TEXT.split())
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"})
_SPOKES_WORD = re.compile(r"\bspokes(?:person|man|woman|people|men)\b", re.I)
_THE_INSTITUTION_TEXT = """ministry council agency government company group court army military office commission
    committee department organisation organization party embassy authority alliance bank statement readout post
    association federation union foundation institute
    movement campaign hospital clinic school university college church museum prison consulate mission tribunal
    panel board centre center observatory senate assembly regime palace secretariat"""
_THE_INSTITUTION_WORDS = frozenset(_THE_INSTITUTION_TEXT.split())
_PERSON_TITLES = frozenset(
    {
        "minister",
        "chancellor",
        "president",
        "premier",
        "mayor",
        "governor",
        # "The San Bernardino county sheriff announced" (round 133): an elected office, as a mayor's
        "sheriff",
        "secretary",
        "ambassador",
        "envoy",
        "commander",
        "general",
        "chief",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)
# people described, not named: "a French mother", "one resident", "a man"
_PEOPLE_NOUNS_TEXT = """man woman boy girl mother father son daughter wife husband brother sister soldier fighter teacher doctor
    nurse student farmer driver neighbour neighbor relative volunteer mourner passenger protester veteran
    pensioner worker shopkeeper refugee"""
PEOPLE_NOUNS = frozenset(_PEOPLE_NOUNS_TEXT.split())
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+s|has|have|had|was|is|were|are|said|told)\b")
_QUOTE_OPEN = '"“'


def _headline(sentences: list[_Sentence]) -> _Sentence | None:
    """The item's headline, when the text opens with one (paragraph 1), else None."""
    return sentences[0] if sentences and sentences[0].para == 1 else None


# an envoy and where they are posted: "ambassador to the United Nations", "envoy to Greenland" (one office)
ENVOY_NOUNS = r"(?:ambassadors?|envoys?|emissar(?:y|ies)|representatives?|delegates?|delegations?|consuls?)"


@dataclass(frozen=True)
class _Source:
    """Whom a reporting verb credits: a name, or unnamed; and the cue (the verb)."""

    name: str
    kind: str  # an actor kind, "phrase" for an institution named by a noun phrase, or "unnamed"
    verb: str


def _singular(word: str) -> str:
    """'witnesses' -> 'witness', 'lawyers' -> 'lawyer' (enough for the nouns of this module)."""
    for suffix, repl in (("sses", "ss"), ("ies", "y"), ("s", "")):
        if word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


def _unnamed(word: str) -> bool:
    low = word.lower().strip(".’'")
    # a plural acronym is a kind, not a name: "several NGOs questioned" (round 27)
    plural_acronym = re.fullmatch(r"[A-Z]{2,5}s", word.strip(".’'")) is not None
    # "ex-classmates", "former teammates": people known by whom they shared a place with, a kind by its form (round 107)
    mates = (
        re.fullmatch(r"(?:ex[-‑])?(?:class|team|school|flat|house|room|cell|ship|work|play)mates?", low)
        is not None
    )
    return (
        low in UNNAMED_NOUNS or (low.endswith("s") and low[:-1] in UNNAMED_NOUNS) or plural_acronym or mates
    )


def _strip_titles(text: str) -> str:
    """The text without the titles that end it ('close to Prime Minister ' -> 'close to ')."""
    words = text.rstrip().split(" ")
    while words and words[-1] and words[-1].lower().rstrip(".,") in TITLE_WORDS:
        words.pop()
    return " ".join(words) + " " if len(words) < len(text.rstrip().split(" ")) else text


def _speaker_ok(f: Found) -> bool:
    """People, organisations, units and outlets speak; states only as a whole subject; places never."""
    return f.kind in SPEAKER_KINDS and not f.demonym


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'.-]+", text)


def _name_run_start(words: Sequence[str], joiners: frozenset[str]) -> int:
    """Where the capitalised name that closes `words` starts: back over capitalised words and `joiners` ("the
    General Staff of Ukraine's Armed Forces"), then on past the lower-case joiners that opened the run and an
    opening "The" ("The Syrian Observatory for Human Rights")."""
    at = len(words) - 1
    while at > 0 and (words[at - 1][:1].isupper() or words[at - 1].lower() in joiners):
        at -= 1
    while at < len(words) and not words[at][:1].isupper():
        at += 1
    if at < len(words) - 1 and words[at] == "The":
        at += 1
    return at


def _only_places(name: str, at: int, places: Sequence[Found]) -> bool:
    """Whether every capitalised word of `name` (written at offset `at`) lies inside one of `places`."""
    return bool(places) and all(
        any(f.start <= at + m.start() < f.end for f in places) for m in re.finditer(r"\b[A-Z]", name)
    )


_CAP_RUN_BEFORE = re.compile(r"(?:^|[\s,\"“])((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]*[^\W\d_])(?:['’]s)?$")
_CAP_RUN_AFTER = re.compile(r"\s+((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]*[^\W\d_])")


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_CLOSED_QUOTE_BEFORE = re.compile(r"[,!?][\"”’']\s*$")


_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def after_lower_title(text: str, start: int) -> bool:
    """Whether a title in lower case ends right before `start` ("presidential spokesperson Sunday Dare": a name
    there, not a day)."""
    title = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    return title is not None and title.group(1) in TITLE_WORDS


def _weekday_given_name(text: str, start: int, words: Sequence[str]) -> bool:
    """'"...," Sunday Dare said': a weekday and a capitalised word right after a closing quotation are a name (a
    day there would read "on Sunday"), and so are they right after a lowercase title ("presidential spokesperson
    Sunday Dare said")."""
    return (
        len(words) == 2
        and words[0].lower() in _WEEKDAYS
        and words[1][:1].isupper()
        and (
            _CLOSED_QUOTE_BEFORE.search(text, max(0, start - 4), start) is not None
            or after_lower_title(text, start)
        )
    )


def _bare_name(text: str, start: int, end: int, found: Sequence[Found], sentence_start: int) -> str:
    """A capitalised name the model did not read (it reads only the start of a long text), or ''.

    The words must not be a place, state or listed name the index knows, a title or a common word at the
    sentence's start ("Mr Sanchez said", "says Aleksy Szymkiewicz of ...")."""
    owner = next(
        (
            f
            for f in found
            if f.start == start and f.kind in ("state", "place") and text[f.end : f.end + 3] in ("'s ", "’s ")
        ),
        None,
    )
    if owner is not None and owner.end + 3 < end:
        start = owner.end + 3  # "Venezuela's Rodriguez said": the name after the state's possessive
    title = re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$", text[max(0, start - 5) : start])
    if any(
        f.start < end
        and f.end > start
        and not ((title or not f.listed) and f.kind == "place")
        and not (f.demonym and f.start > start)  # "Volker Turk": a demonym after a first name is a surname
        for f in found
    ):
        return ""  # a name the index knows, but "Mr Sanchez" is a person even where a town has his name, and
        # a place only the model guessed ("Natalia", "Marshavska") may be a name
    words = text[start:end].split()
    if _weekday_given_name(text, start, words):
        return " ".join(words)
    while words and (words[0].lower().rstrip(".") in TITLE_WORDS or common_word(words[0]) >= 4.0):
        words.pop(0)  # "On Sunday Sanchez said": the name is what is left after common words and titles
    if not words or any(w.lower().rstrip(".") in TITLE_WORDS for w in words):
        return ""
    if len(words) == 1 and _PEOPLE_PLURAL.fullmatch(words[0].lower()) and english_word(words[0].lower()):
        return ""  # "Climbers noticed", "Fishermen say": people by their role or group, not a name
    freq = [common_word(w) for w in words]
    if (
        (len(words) == 1 and freq[0] >= 4.0)
        # "Venezuela's Rodriguez": a surname as common as a word is a name after a state's possessive
        or (min(freq) >= 3.5 and not (owner is not None and len(words) == 1))
        or max(freq) >= 5.5
    ):
        return ""  # "Officials said", "Smoke ... she said": capitalised common words, not a name ("Julianne Smith" is)
    return " ".join(words)


_PEOPLE_PLURAL = re.compile(r"[a-z][a-z-]*(?:ors|ers|ists|ants|ents|ians|men)")


# a conjunction or adverb that opens a clause before the noun phrase that speaks: capitalised at the start of a
# sentence, it is no part of a name ("Although the junta insists" is "the junta insists", round 32)
_OPENING_WORD = re.compile(
    r"\s*(?:Although|Though|While|Whereas|When|If|As|Because|Since|After|Before|Once|Until|Unless|But|And|Yet|So|"
    r"However|Meanwhile|Still|Even|Now|Then)\s+(?=\S)"
)


_OPENER = re.compile(
    r"(?:[-–—•]\s+)?(?:(?:But|And|Yet|Then)\s+)?(?:(?:In|On|At|Last|Earlier|Later|Late|Early|By|Since|During|After|Before)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+"
    # "But weeks later, he launched ..., claiming ...": a time told by how long after (round 44)
    r"|(?:[Ww]eeks|[Dd]ays|[Mm]onths|[Yy]ears|[Hh]ours|[Mm]inutes|[Mm]oments|[Ss]oon|[Ss]hortly)\s+"
    r"(?:later|earlier|after(?:wards)?|before)?,?\s+)?"
)
# a capitalised name opening a clause before a lower-case word: " Rodriguez appeared"
_CAP_RUN_VERB = re.compile(r"\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+[a-z]")


def _quoted_at(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether the offset `at` lies inside one of the quotations `spans` (as `_quoted_spans` gives them)."""
    return any(qs <= at < qe for qs, qe in spans)


def _surname(name: str) -> str:
    """The last word of a name, folded ("maduro" of "Nicolás Maduro"): how the speaker passes compare people."""
    return name.split()[-1].lower() if name.split() else ""


def _quoted_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Where quotations run in a sentence ("..." or “...”)."""
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(text, s, e)]


def unnamed_reports(
    text: str, sentences: Sequence[_Sentence], found: Sequence[Found]
) -> Iterator[tuple[_Sentence, list[Found]]]:
    """Each `reported` sentence the earlier passes left unnamed, outside quotations and not a note about another
    claim, with the names found in it outside its quotations: what the later speaker passes may credit."""
    for sent in sentences:
        if sent.speaker or sent.quote or sent.meta or "reported" not in sent.cues:
            continue
        quoted = _quoted_spans(text, sent.start, sent.end)
        yield sent, [f for f in found if sent.start <= f.start < sent.end and not _quoted_at(quoted, f.start)]


def _open_quotation(text: str, start: int, pos: int) -> bool:
    """Whether a quotation opened in text[start:pos] is still open at pos (an odd count of straight quotes, or more
    “ than ”)."""
    return bool(text.count('"', start, pos) % 2) or text.count("“", start, pos) > text.count("”", start, pos)


_QUOTATION = re.compile(r"[\"“][^\"“”]{2,}[\"”]")
# SAID_TOLD_WROTE (claims.status) with "say", "stated", "announced" (round 32's body-as-written verbs)
_PLAIN_SPEECH = frozenset({"said", "says", "say", "told", "tells", "stated", "added", "wrote", "announced"})
_AGENT_SUFFIX = re.compile(r"[a-z-]{3,}(?:er|or|ist|ian|man|woman|expert|official|analyst|aide)")
# common words with an agent's ending that name no one ("the UAE statement", "a letter", "the border")
_NOT_AGENTS_TEXT = """letter paper order number power border center water matter quarter chapter corner winter summer
    error mirror sector factor motor floor door interior exterior manner dinner banner ladder shelter poster folder
    cancer fever finger weather theater theatre register meter monitor corridor motor tractor calendar answer"""
_NOT_AGENTS = frozenset(_NOT_AGENTS_TEXT.split())


def _person_noun(word: str) -> bool:
    """A lower-case noun for a person: a title, an unnamed source's noun, "woman", or an agent noun ("strategist")."""
    return (
        word in TITLE_WORDS
        or word in _HEAD_TITLES
        or word in UNNAMED_NOUNS
        or word in PEOPLE_NOUNS
        or (_AGENT_SUFFIX.fullmatch(word) is not None and word not in _NOT_AGENTS)
    )


_TRAILING_SAID = re.compile(
    r"[,”\"]\s+(?P<who>he|she|they)\s+(?P<verb>"
    + "|".join(SAID_TOLD_ADDED)
    + r")\b(?:\s+[\w.’'-]+){0,6}\s*[.!]?[\"”]?\s*$"
)


# the plain verbs of saying with their forms (base, -s, past, -ing): the short readers of a verb of saying
# (_HEADLINE_SAYS, _COUNSEL_SAID, _AGENT_SAYS, _SPEECH_CUE) take the verbs and forms they need from this one table;
# SPEECH, the broad reader, lists many more verbs with guards of their own
_SAYING = {
    "say": SAY_FORMS,
    "tell": TELL_FORMS,
    "warn": ("warn", "warns", "warned", "warning"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "write": ("write", "writes", "wrote", "writing"),
    "state": ("state", "states", "stated", "stating"),
}
_SAYING_FORMS = ("base", "s", "past", "ing")


def _saying(**verbs: str) -> str:
    """The regex alternation of the forms of the verbs of _SAYING named, each with the forms it is given (names of
    _SAYING_FORMS): `_saying(say="base s past", tell="past")` is "say|says|said|told"."""
    return "|".join(
        form
        for verb, picked in verbs.items()
        for kind, form in zip(_SAYING_FORMS, _SAYING[verb], strict=True)
        if kind in picked.split()
    )


_BODY_NOUNS_TEXT = (
    "project group organisation organization foundation initiative campaign channel newspaper website network"
)
_BODY_NOUNS = frozenset(_BODY_NOUNS_TEXT.split())


# what qualifies a headline's described source after its head: "envoy to UN", "embassy in US"
_DASH_QUALIFIER = re.compile(r"\s+(?:of|to|in|at|for)\s+")


_HEAD_TITLES_TEXT = """president minister secretary senator governor mayor general commander chancellor ambassador chief
    spokesman spokeswoman spokesperson speaker leader head envoy director commissioner premier adviser advisor
    chairman chairwoman ceo founder prosecutor judge king queen pope prince emir sultan pm mp monarch emperor
    empress"""
_HEAD_TITLES = frozenset(_HEAD_TITLES_TEXT.split())
# a church's offices, read as a described speaker's ("..., incoming archbishop of Canterbury warns"; round 113)
_CLERGY_TITLES = frozenset({"archbishop", "bishop", "cardinal", "rabbi", "imam", "mufti"})


def _description(phrase: str) -> bool:
    """A person or office described without a name ('parliament speaker', 'head of Munich Conference'), not an
    institution ('military intelligence')."""
    words = [w.lower().strip(".,’'") for w in _DASH_QUALIFIER.split(phrase, maxsplit=1)[0].split()]
    return bool(words) and (words[-1] in _HEAD_TITLES | _CLERGY_TITLES or words[-1] in PEOPLE_NOUNS)


_SUBJECT_VERB = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+s|has|have|had|was|is|were|are|will|would|could|can|may|might|must|should|"
    r"did|does|do)\b"
)


def _person_like(f: Found) -> bool:
    """A person, or a name of two or three capitalised words with no institution word that the model called an
    organisation ("Gustavo Petro")."""
    words = f.name.split()
    return f.kind == "person" or (
        f.kind == "organisation"
        and 2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words)
        and not any(w.lower() in _NOT_PERSON_WORDS for w in words)
    )


# the end of a sentence before a name: not the dot of an abbreviation ("U.S. President Donald Trump", "Gen. Ali")
_SENTENCE_BREAK = re.compile(
    r"\n|(?<![A-Z]\.[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No))(?<!\b(?:Mrs|Gen|Col|Sgt|Maj|Rep|Sen|Gov))[.!?][\"”]?\s"
)


def _sentence_opened(text: str, pos: int) -> int:
    """Where the sentence holding `pos` opens (after the last sentence end before it, or the text's start)."""
    opened = 0
    for m in _SENTENCE_BREAK.finditer(text, max(0, pos - 1500), pos):
        opened = m.end()
    return opened


# a sentence whose first double quotation mark closes a quotation opened before it ('We are tired," said the
# stranger', "'Oh it's a mess!\" my mum says" after a single opening mark): a mark after a word or punctuation and
# before a space or the end
_CLOSES_FIRST = re.compile(r"[^\"“”]*[^\s\"“”][\"”](?=\s|$)")


def closes_first(sentence: str) -> bool:
    """Whether the sentence's first double quotation mark closes a quotation rather than opening one."""
    return _CLOSES_FIRST.match(sentence) is not None


def _still_quoting(sentence: str, open_quote: bool) -> bool:
    """Whether a quotation is still open after this sentence ('"We are happy. It is over," he said.')."""
    if '"' not in sentence and "“" not in sentence and "”" not in sentence:
        return open_quote  # most sentences quote nothing: no loop over their characters
    for ch in sentence:
        if ch == "“":
            open_quote = True
        elif ch == "”":
            open_quote = False
        elif ch == '"':
            open_quote = not open_quote
    return open_quote


_HEAD_OF_PHRASE = re.compile(r"(?:[\w’'-]+\s+)?(?:head|chief|director|chairman|chairwoman|president)\s+of\s")


def _personal(sent: _Sentence) -> bool:
    """A person speaks, or an office named for its holder ("the US president said")."""
    return sent.speaker_kind == "person" or (
        sent.speaker_kind == "phrase"
        and (
            sent.speaker.split()[-1].lower() in _PERSON_TITLES | {"executive", "officer"}
            or _HEAD_OF_PHRASE.match(sent.speaker) is not None  # "the head of the port authority said"
        )
    )


def _paragraph_before(text: str, pos: int) -> int:
    """Where the paragraph before the one holding `pos` starts (0 if none): "this paragraph or the one before"."""
    para_start = text.rfind("\n", 0, pos) + 1
    return text.rfind("\n", 0, max(0, para_start - 1)) + 1


_NOT_PERSON_WORDS = INSTITUTION_NOUNS | _THE_INSTITUTION_WORDS | _BODY_NOUNS | UNNAMED_NOUNS
