"""The subject of a plain "X said" that no other reader named (issue 11, thirty-ninth session).

Every reader before this one reads a subject by what it knows: a name the model found, an office, an institution
noun ("authority", "ministry"), an unnamed source's noun. A subject it did not know left the sentence unflagged,
though its form says plainly that someone said it: "Aleppo's health directorate said ...", "Schiphol airport,
meanwhile, said ...", '"...," Prisoners for Palestine said in a statement.', '"...," the Dutch arm of airline group
Air France-KLM said.', "..., said the Asian Network for Free Elections poll monitoring group." (all found unflagged
in the corpus's own text). `plain_subject_source` reads the form (a short noun phrase right before a finite
"said"/"told" at the sentence's start or after its opening quotation, or right after a closing ", said"): a person
or body the model found at the phrase's end is the speaker; a phrase headed by an unnamed source's noun
("officials", "a resident") is unnamed; a phrase that ends in capitalised words the model did not read is that
name; any other phrase speaks as written ("the municipality", "Aleppo's health directorate"), as "according to the
statistics centre" does. None when the phrase holds a verb, a pronoun or a negation ("The military did not say
whether"), or when the form is not there.

The form holds for a claim or a case put as it does for "said" when the clause of what is said follows ("The junta
claims the vote is ...", "Cole's lawyers argued that ..."), and "the country said" is the one state this paragraph or
the one before names (forty-second session, both found unflagged or as "country" in the corpus).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from briefing.actors import TITLE_WORDS, Found, common_word
from briefing.claims.nouns import (
    _WEEKDAYS,
    DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    PEOPLE_NOUNS,
    _name_run_start,
    _only_places,
    _paragraph_before,
    _person_noun,
    _Source,
)
from briefing.claims.status import Page

# a verb of saying whose subject speaks (not "announced a deal" nor "told they must leave", "added to the strain")
_VERB = (
    r"(?P<verb>said|says|stated(?=\s+(?:that|in|on)\b)|told(?!\s+(?:they|he|she|it|we|that|to|of|by)\b)|"
    r"tells(?!\s+(?:of|how)\b)|"
    r"added(?!\s+(?:to|that\s+to)\b)|"
    # a case made or a claim put with the clause of what it says right after: "Cole's lawyers argued that ...", "The
    # junta claims the vote is ..." (not "warned of", "claims to be", "maintains the roads", "claimed the lives of")
    # ("Cole's lawyers argue that", round 152: the plural's present too)
    # an estimate, a forecast or a finding with its clause: "the Belgian think tank Beyond Horizon estimates that
    # Caracas still owed Beijing ..." (round 140)
    r"(?:estimates|estimated|forecasts|predicts|predicted|found|finds)(?=\s+that\s)|"
    # the other verbs of saying with their that-clause: "The central bank confirmed that", "The charity revealed that"
    # (a body's noun with a qualifier or no institution's noun, which the verb reading leaves unnamed; not
    # "announced": a body's own next step announced is an act, round 125)
    r"(?:confirmed|confirms|denied|denies|noted|notes|revealed|reveals|suggested|suggests|"
    r"acknowledged|acknowledges|admitted|admits|stressed|stresses|explained|explains|disclosed|discloses|"
    r"concluded|concludes|emphasi[sz]ed|emphasi[sz]es)(?=\s+that\s)|"
    r"(?:argued|argues|argue|claimed|claims|insisted|insists|insist|warned|warns|contended|contends|contend|maintained|"
    r"maintains)"
    r"(?=\s+(?:that|he|she|it|they|we|there)\s|\s+(?:the|a|an|this|these|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\s)|"
    # an outcome claimed: "The ruling party claims victory in the disputed election", "claimed credit for"
    r"(?:claimed|claims|claim)(?=\s+(?:(?:a|an)\s+)?[\"“‘']?(?:(?!(?:over|of|for|about|to|on|in|and|or)\b)[\w-]+\s+)?"
    r"(?:victory|credit|responsibility|success)\b))\b"
)
# between the subject and its verb: an aside in commas ("Schiphol airport, meanwhile, said") or an adverb
_BETWEEN = (
    r"(?:\s*,\s*(?:meanwhile|however|too|also|in\s+a\s+statement|on\s+\w+)\s*,)?\s+"
    r"(?:(?:also|later|earlier|previously|again|then|separately|further|has|have|had|[a-z]{3,}ly)\s+)*"
)
_OPENER = (
    # (and a feed's label before a headline or standfirst: "Exclusive: CST highlights ... and says ...")
    r"(?:(?:Exclusive|EXCLUSIVE|Analysis|Breaking|Revealed)\s*:\s+)?"
    r"(?:(?:In\s+a\s+(?:statement|post|letter|video)(?:\s+on\s+[\w.]+)?|Meanwhile|Separately|Earlier|Later|However|"
    r"On\s+\w+|Late\s+on\s+\w+)\s*,\s+)?"
)
_NP = r"(?P<np>(?:[\w’'&.-]+\s+){0,8}?[\w’'&.-]+)"
_LEAD = re.compile(rf"\s*{_OPENER}{_NP}{_BETWEEN}{_VERB}")
_QUOTE_LEAD = re.compile(rf"\s*[\"“][^\"“”]{{2,}}?[,?!…]\s*[\"”]\s+{_NP}{_BETWEEN}{_VERB}")
# "The charity highlighted the volume of ... and said ...", "Justice department publishes trove ... – but said it
# would ...": a short subject, its first verb in the past or present (no auxiliary, no quotation, no clause of its
# own before "and"), then "and said" or "but said" of the same subject
_AND_SAID = re.compile(
    rf"\s*{_OPENER}(?P<np>(?:[Tt]he\s+)?(?:[\w’'&.-]+\s+){{0,3}}?[\w’'&.-]+)\s+"
    r"(?:also\s+|later\s+|then\s+|on\s+\w+\s+)?(?!(?:is|was|are|were|has|had|does|says|said)\b)[a-z]{3,}(?:ed|s)\b"
    r"[^.;:,\"“”]{0,150}?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?P<verb>said|says)\b"
)
# what follows "said" at a sentence's end that is no subject put after its verb: when or how it was said
_NOT_INVERTED = frozenset(
    {"in", "on", "at", "during", "last", "this", "earlier", "later", "late", "after", "before", "since", "to",
     "from", "with", "through", "via", "over", "yesterday", "today", "tonight", "recently", "previously"}
)  # fmt: skip
_INVERTED_TAIL = re.compile(rf",\s+(?P<verb>said|says|added)\s+{_NP}\s*[.!]?[\"”]?\s*$")
# words no subject of "said" holds: a verb, a negation, a relative or a conjunction that opens a clause
_NOT_IN_SUBJECT = (
    frozenset(
        [
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "will",
            "would",
            "could",
            "can",
            "may",
            "might",
            "must",
            "should",
            "shall",
            "did",
            "does",
            "do",
            "not",
            "no",
            "never",
            "who",
            "whom",
            "which",
            "that",
            "what",
            "when",
            "where",
            "whether",
            "if",
            "because",
            "as",
            "while",
            "since",
            "though",
            "although",
            "but",
            "so",
            "than",
            "to",
            "said",
            "says",
            "told",
            "say",
            "tell",
            "on",
            "at",
            "during",
            "after",
            "before",
            "last",
            "this",
            "next",
            "yesterday",
            "today",
            "tonight",
        ]
    )
    | _WEEKDAYS
)
# a subject that is no one's: pronouns (read by the pronoun rules), the writer, a thing pointed at
_NOT_FIRST = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "these",
        "those",
        "there",
        "here",
        "it's",
        "each",
        "every",
        "all",
        "both",
        "many",
        "most",
        "some",
        "few",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    ]
)
_DETERMINERS = frozenset({"the", "a", "an"})
# what joins the words of a name the model did not read: "the Bank of England", "Prisoners for Palestine"
_JOINERS = frozenset({"of", "for", "and", "&"})
# "told the ministers to leave": whom an order is given, then what to do
_ORDER = re.compile(
    r"\s+(?:(?!(?:that|he|she|they|it|we|i|its|their)\b)[\w’'-]+\s+){1,8}?to\s+(?!be\s+told\b)[a-z]"
)
# a paper as the subject ("The Norland statement said"): its maker is read by the rules for papers
_PAPERS = frozenset(DOCUMENT_NOUNS.split("|")) | {
    "statement",
    "letter",
    "post",
    "filing",
    "notice",
    "release",
    # (the papers the fifty-second session's verbs met: "Another story revealed that", "The poll also revealed that";
    # not a manual or a caption, which speak as written: '"...," the Chinese manual advises')
    "story",
    "poll",
}
# a facility that speaks through those who run it, though the model reads its name as a place
_FACILITY_NOUNS = frozenset(
    {"port", "airport", "hospital", "harbour", "harbor", "terminal", "prison", "university"}
)
# a share of those asked: "The rest said they were unsure" (a poll's figure the outlet tells)
_SHARES = frozenset({"rest", "others", "majority", "minority", "half", "third", "quarter", "respondents"})


def _facility_name(words: Sequence[str], run: int) -> str:
    """The name of a facility that closes the phrase ("Britain's Port of Dover", "the port of Rotterdam", "Heathrow
    Airport"), or "": the model reads such a name as a place, but those who run it speak for it."""
    at = next(
        (
            i
            for i in range(len(words) - 1, -1, -1)
            if words[i].lower() in _FACILITY_NOUNS and (i == len(words) - 1 or words[i + 1].lower() == "of")
        ),
        -1,
    )
    if at < 0 or at < run - 2 or (at < run and words[at + 1].lower() != "of"):
        return ""
    while (
        at > 0
        and words[at - 1][:1].isupper()
        and not words[at - 1].endswith(("'s", "’s"))
        and words[at - 1].lower() not in _DETERMINERS
    ):
        at -= 1
    return " ".join(words[at:])


def plain_subjects(page: Page) -> None:
    """Each body sentence every reader before left uncredited (unflagged, or a forecast no one was named for),
    credited by `plain_subject_source` if it reads one."""
    starts = [f.start for f in page.found]
    for i, sent in enumerate(page.sentences):
        if set(sent.cues) - {"speculative"} or sent.meta or sent.speaker or i == 0 or sent.headline:
            continue
        inside = page.found[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        src = plain_subject_source(page.text, sent.start, sent.end, inside, sent.quote)
        if src is None:
            continue
        if src.kind == "phrase" and src.name.lower() in _COUNTRY_NOUNS:
            src = _country_named_before(page.text, sent.start, page.found, src.verb) or src
        if src.kind == "unnamed":
            sent.unnamed = True
            sent.cues["reported"] = [src.verb]
        else:
            sent.speaker, sent.speaker_kind = src.name, src.kind
            sent.cues["attributed"] = [src.verb]


_COUNTRY_NOUNS = frozenset({"country", "nation"})


def _country_named_before(text: str, pos: int, found: Sequence[Found], verb: str) -> _Source | None:
    """The state "the country said" refers to: the one state named in this paragraph or the one before; None when
    none or several are (a guess between two states is worse than the phrase as written)."""
    start = _paragraph_before(text, len(text[:pos].rstrip()))  # over a blank line between paragraphs too
    states = {f.name for f in found if start <= f.start and f.end <= pos and f.kind == "state"}
    return _Source(states.pop(), "state", verb) if len(states) == 1 else None


def plain_subject_source(
    text: str, start: int, end: int, inside: Sequence[Found], quoted: bool
) -> _Source | None:
    """The source of a body sentence of the plain form "<noun phrase> said" (at its start, after an opening
    quotation, or closing it inverted), read from the phrase alone; None when the form is not there. `quoted`: the
    sentence goes on inside a quotation opened before it (its own "X said" is quoted speech)."""
    m = None if quoted else _AND_SAID.match(text, start, end)
    if m is not None:
        return _read_subject(text, m.start("np"), m.end("np"), inside, m.group("verb"))
    for form in (_QUOTE_LEAD,) if quoted else (_QUOTE_LEAD, _LEAD):
        m = form.match(text, start, end)
        if m is not None and m.group("verb") in ("told", "tells") and _ORDER.match(text, m.end(), end):
            return None  # "Putin tells army to press on": an order, not a statement
        if m is not None:
            return _read_subject(text, m.start("np"), m.end("np"), inside, m.group("verb"))
    m = _INVERTED_TAIL.search(text, start, end)
    if m is not None and m.group("np").split()[0] in _NOT_INVERTED:
        return None  # "..., said in November.": when, not who
    if m is not None and len(text[start : m.start()].split()) >= 5:
        return _read_subject(text, m.start("np"), m.end("np"), inside, m.group("verb"))
    return None


# a saying no one is named for: "..., says the old maxim" (round 125)
_SAYINGS = frozenset({"maxim", "adage", "saying", "proverb", "cliche", "cliché", "motto", "mantra"})


def _read_subject(text: str, a: int, b: int, inside: Sequence[Found], verb: str) -> _Source | None:
    if b - a > 1 and text[b - 1] == "." and "." not in (text[a : b - 1].split() or ["."])[-1]:
        b -= 1  # the sentence's full stop after an inverted subject ("says the old maxim."), not "U.S."
    words = text[a:b].split()
    lowered = [w.lower() for w in words]
    if lowered and lowered[-1] in _SAYINGS:
        return _Source("", "unnamed", verb)
    if (
        lowered[0] in _NOT_FIRST
        or any(w in _NOT_IN_SUBJECT for w in lowered)
        or any(not w[:1].isalnum() for w in words)
        or (len(words) == 1 and words[0].islower())
        or lowered[-1] in ("and", "or", "but")  # "A nice station attendant took the details and said"
        # "deported over claims he omitted": a noun after its preposition, no subject before a verb
        or lowered[-1] in ("over", "of", "about", "against", "with", "by", "for", "from", "amid", "despite")
    ):
        return None
    if lowered[-1] in _SHARES:
        return None
    if lowered in (["another"], ["one"]):
        return _Source("", "unnamed", verb)  # "Another told us"
    own = [f for f in inside if a <= f.start and f.end <= b + 2]
    last = max(own, key=lambda f: f.end, default=None)
    if last is not None and last.end >= b - 2 and last.kind in ("person", "organisation", "outlet", "unit"):
        return _Source(last.name, last.kind, verb)  # "presidential spokesperson Sunday Dare" the model read
    head = words[-1]
    if re.sub(r"ies$", "y", head.lower()).rstrip("s") in _PAPERS:
        return None  # "The report said", "Recent studies have concluded that": a paper, read elsewhere
    body = head.lower() in INSTITUTION_NOUNS or head.lower().endswith(
        "maker"
    )  # "the drugmaker", "the operator"
    if (
        lowered[0] in ("a", "an")
        or (head.islower() and _person_noun(head) and not body)
        or head.lower() in PEOPLE_NOUNS
    ):
        # "a resident said", "local officials said", "..., says US boss": an office or a person described, no one
        # named (as "the interior minister said" is labelled)
        return _Source("", "unnamed", verb)
    if len(words) == 1 and not own and common_word(head) >= 4.0:
        return None  # "History tells us that ...": a common word at the sentence's start, no name
    if head[:1].isupper():
        run = _name_run_start(words, _JOINERS)
        facility = _facility_name(words, run)
        if facility:
            return _Source(facility, "organisation", verb)
        name = " ".join(words[run:])
        if _only_places(name, text.find(name, a), [f for f in own if f.kind in ("state", "place")]):
            return None  # a state's or a place's name: the rules for states read it, a place never speaks
        described = [w for w in lowered[:run] if w not in _DETERMINERS]
        kind = "person" if described and _person_noun(described[-1]) else "organisation"
        if kind == "organisation" and name.lower() in TITLE_WORDS:
            return None
        return _Source(name, kind, verb)
    phrase = words[1:] if lowered[0] in _DETERMINERS else words
    if not phrase or len(phrase) > 6:
        return None
    return _Source(" ".join(phrase), "phrase", verb)
