"""Claim speakers in subject forms the sentence readers miss (issue 11: claims never flagged; round 109).

Called by `find_claims` for a body sentence in which no other rule found whom a reporting verb credits:

- the sentence read again without what stands between the subject and its reporting verb: an adverb ("Merz ... still
  said", "Antonio Gramsci once wrote" of a name the model did not tag), a relative clause after a short subject ("The
  Saudi-led military coalition that carried out the strike claimed") or an appositive after a name found or an
  acronym ("SHOT, a Telegram news channel with sources in ..., said");
- subjects the readers do not take for a source: an unnamed individual or a quantity ("said one trader", "Another
  trader said", "Several told the court", "those who received it said": `reported`; a name in apposition speaks), a
  body's or a person's noun after "the" in a reporting clause ('..., the club said', '..., said the pontiff': the
  phrase as written, which the referents pass names; "the city said": a town, no speaker), a capitalised name the
  model did not tag closing a quotation ('..., Forest said': at its fullest in the item, "Nottingham Forest"), and
  a named one's possible statement ("Pollack may also claim": `speculative`, the speaker kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from briefing.actors import TITLE_WORDS, Found
from briefing.claims.nouns import _singular, _Source, _unnamed

# the finite reporting verbs a subject form is read before or after
# (COORDINATED_SPEECH_VERBS of claims.status and nineteen more, finite forms only; see SPEECH for the broad reader)
_VERBS = (
    r"(?:said|says|told|tells|claimed|claims|announced|announces|added|adds|wrote|writes|insisted|insists|warned|"
    r"warns|stated|noted|argued|argues|denied|denies|confirmed|confirms|explained|acknowledged|reiterated|stressed)"
)
_ADVERBS_TEXT = """still also previously later earlier again already once then now further first initially
    subsequently meanwhile separately repeatedly publicly privately recently even likewise similarly only swiftly
    quickly immediately promptly personally directly explicitly openly"""
_ADVERBS = frozenset(_ADVERBS_TEXT.split())
# an adverb (or two) before a reporting verb, after an auxiliary or none: "still said", "had previously told"
_ADVERB_BEFORE_VERB = re.compile(
    r"(?<=\w)(?P<aux>\s+(?:had|has|have|was|is|would))?(?P<adv>(?:\s+[a-z]+){1,2})(?=\s+" + _VERBS + r"\b)"
)
# a relative clause right after the subject: "The ... coalition that carried out the strike claimed"
_RELATIVE = re.compile(
    r"(?<=[A-Za-z])(?P<rel>\s+(?:that|which|who)\s+(?:[^\s,;:\"“”]+\s+){1,9}?[^\s,;:\"“”]+)(?=\s+"
    + _VERBS
    + r"\b)"
)
# what "that" after it is no relative pronoun of: a verb or a noun that takes a clause ("said that", "claims that")
_CLAUSE_TAKERS = re.compile(
    r"(?:said|says|say|told|claims?|claimed|reports?|reported|fears?|hopes?|news|fact|idea|sign|warning|"
    r"statement|announced|believes?|so|such|now|given|means?|shows?|showed|think|thinks|argued|found|added)$",
    re.I,
)
_NOT_IN_SUBJECT_TEXT = "by to from with for said told has have had is was were be been"
_NOT_IN_SUBJECT = frozenset(_NOT_IN_SUBJECT_TEXT.split())
# an appositive set off by commas after a capitalised name: "SHOT, a Telegram news channel with ..., said"
_APPOSITIVE = re.compile(
    r"(?<=[A-Za-z0-9)])(?P<app>\s*,\s+(?:a|an|the)\s+[^,;:\"“”()]{3,120}?,)(?=\s+" + _VERBS + r"\b)"
)
# one of a kind, not named: "said one trader", "Another trader said", "one woman in a video", "one of the men said"
_KIND_NOUN = r"(?:of\s+(?:the|them|those)\s+)?(?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]+"
# (COORDINATED_SPEECH_VERBS of claims.status without "stated", with "adds", "writes", "explained")
_ONE_VERBS = r"(?:said|says|told|tells|added|adds|wrote|writes|insisted|warned|explained)"
_ONE_BEFORE = re.compile(
    r"(?:^|(?<=[\s\"“”,]))(?:[Oo]ne|[Aa]nother)\s+" + _KIND_NOUN + r"\s+(?P<v>" + _ONE_VERBS + r")\b"
)
_ONE_AFTER = re.compile(
    r"[,\"”]\s+(?P<v>"
    + _ONE_VERBS
    + r")\s+(?:one|another)\s+"
    + _KIND_NOUN
    + r"(?=\s*(?:[,.;]|$|\s+(?:in|on|at|who|speaking|from|asking)\b))"
)
# a quantity or "those who ..." as the subject, no noun: "Several told the court ...", "But those who received the
# binders said ..." (people not named)
_SOME_SAID = re.compile(
    r"(?:(?:But|And|Yet)\s+)?(?:(?:Several|Many|Some|Others|Most|Few|Dozens|Hundreds)(?:\s+of\s+them)?"
    r"|[Tt]hose\s+who\s+[^,;:\"“”]{3,60}?)\s+(?:(?:have|had)\s+)?(?P<v>" + _ONE_VERBS + r")\b"
)
# what is no kind of person between "one" and the verb: a modal, an auxiliary, a time ("one day")
_NOT_KIND_TEXT = """should would could must may might will can shall does did has have had is was were day time week
    year thing way"""
_NOT_KIND_WORDS = frozenset(_NOT_KIND_TEXT.split())
# an instruction told, not a statement: "tells his pupils to tidy up"
_TOLD_TO = re.compile(r"\s+(?:\w+\s+){1,2}?to\s+[a-z]+\b")

# a noun after "the" as the subject of a reporting clause, after a quotation or before it
_NOUN_WORDS = r"(?:[A-Z][\w-]+\s+){0,2}(?:(?!has\b|have\b|had\b|been\b)[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+"
_THE_NOUN_CLOSING = re.compile(
    r"[,\"”]\s+(?:the\s+(?P<a>" + _NOUN_WORDS + r")\s+(?:(?:has|have|had)\s+)?(?P<v1>" + _VERBS + r")"
    r"|(?P<v2>" + _VERBS + r")\s+the\s+(?P<b>" + _NOUN_WORDS + r"))"
    r"(?=\s*(?:[,.;]|$|\s+(?:in|on|at|after|before|during|when|as)\b))"
)
# ... or opening the sentence as its subject: "The club said on Monday that ..." (not "The results announced on
# Monday showed": a participle)
_THE_NOUN_OPENING = re.compile(
    r"The\s+(?P<a>"
    + _NOUN_WORDS
    + r")\s+(?:(?:has|have|had)\s+)?(?P<v1>said|told|added|insisted|warned|denied|argued)\b"
    r"(?!\s+(?:on|by|in|at|last|this|earlier)\b)"
)
# the nouns of a body that speaks: "the club", "the bloc", "the retailer" (the referents pass names the body)
_BODY_NOUNS_TEXT = """club team league firm company airline charity party bloc group union federation foundation
    retailer carrier operator broadcaster network agency association organisation organization council bureau
    regiment battalion brigade militia movement alliance coalition committee commission board trust institute
    channel publisher newspaper outlet lender bank insurer manufacturer drugmaker automaker
    miner producer developer exchange fund watchdog regulator body"""
_BODY_NOUNS = frozenset(_BODY_NOUNS_TEXT.split())
# a town speaks for its local government: attributed, no one speaker (the README: a place is never a speaker)
_PLACE_NOUNS_TEXT = "city town municipality village"
_PLACE_NOUNS = frozenset(_PLACE_NOUNS_TEXT.split())
# a person by the form of the noun: "the researcher", "the feminist philosopher", "the executive", "the pontiff"
_PERSON_NOUN = re.compile(r"[a-z]+(?:er|or|ist|ian|ive|ant|ent|iff|ess)$")
_PERSON_NOUNS_TEXT = "coach pope cleric priest monk imam rabbi bishop cardinal star actress"
_PERSON_NOUNS = frozenset(_PERSON_NOUNS_TEXT.split())

# nouns for what is written or shown (a paper, a post), for times and for people not named: not read here
_NOT_SPEAKERS_TEXT = """post posts report reports statement statements document documents letter letters message
    messages video videos poll survey study data figures law rule rules sign text note filing filings paper papers
    article book source sources official officials person man woman people group spokesman spokeswoman
    spokesperson lawyer lawyers day week year time other others two three four first last following latter former
    account accounts website site page agreement deal plan bill order decision indictment complaint lawsuit suit
    ruling verdict memo email emails tweet caption label list table chart map image images photo photos footage
    clip transcript summary release notice alert warning advisory guidance response reply stranger passer-by bystander onlooker"""
_NOT_SPEAKERS = frozenset(_NOT_SPEAKERS_TEXT.split())
# a capitalised name closing a quotation: '..., Forest said', '"...," said Forest'
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_CAP_CLOSING = re.compile(
    r"[,?!][\"”]\s+(?:(?P<a>"
    + _NAME
    + r")\s+(?P<v1>"
    + _VERBS
    + r")|(?P<v2>"
    + _VERBS
    + r")\s+(?P<b>"
    + _NAME
    + r"))"
    r"(?=\s*(?:[,.;]|$|\s+(?:in|on|at|after|before|during|when|as)\b))"
)
_NOT_NAMES = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "there",
        "who",
        "one",
        "another",
        "some",
        "officials",
        "police",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_NOT_ADVERB_LY = frozenset(
    [
        "family",
        "ally",
        "rally",
        "supply",
        "reply",
        "assembly",
        "italy",
        "july",
        "fly",
        "belly",
        "tally",
        "rely",
        "apply",
    ]
)

SourceReader = Callable[[str, int, int, Sequence[Found], int], "_Source | None"]


def _without(
    text: str, s: int, e: int, found: Sequence[Found], spans: Sequence[tuple[int, int]]
) -> tuple[str, int, list[Found]]:
    """The text with `spans` (inside s..e) left out, the sentence's new end and the mentions moved with it."""
    spans = sorted(spans)
    out, kept, at = [], [], 0
    for a, b in spans:
        out.append(text[at:a])
        at = b
    out.append(text[at:])

    def moved(i: int) -> int:
        return i - sum(min(b, i) - a for a, b in spans if a < i)

    for f in found:
        if not any(a <= f.start < b for a, b in spans):
            kept.append(replace(f, start=moved(f.start), end=moved(f.end)))
    return "".join(out), moved(e), kept


def _adverbs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    m = _ADVERB_BEFORE_VERB.search(text, s, e)
    if m is None or m.start() - s > 120:
        return []
    words = m.group("adv").split()
    if not all(w in _ADVERBS or (w.endswith("ly") and len(w) > 4 and w not in _NOT_ADVERB_LY) for w in words):
        return []
    return [(m.start("adv"), m.end("adv"))]


def _relative(text: str, s: int, e: int) -> list[tuple[int, int]]:
    m = _RELATIVE.search(text, s, e)
    if m is None or m.start() - s > 100 or re.search(r"[\"“”]", text[s : m.start()]):
        return []
    before = re.search(r"(\w+)\s*$", text[s : m.start()])
    if before is None or _CLAUSE_TAKERS.search(before.group(1)):
        return []
    subject = text[s : m.start()].split()
    if len(subject) > 6 or any(w.lower() in _NOT_IN_SUBJECT or re.fullmatch(r"[a-z]+ed", w) for w in subject):
        return []  # "A campaigner told by the administration that ...": no subject phrase alone
    return [(m.start("rel"), m.end("rel"))]


def _appositive(text: str, s: int, e: int, found: Sequence[Found]) -> list[tuple[int, int]]:
    m = _APPOSITIVE.search(text, s, e)
    if m is None or m.start() - s > 80 or re.search(r"[\"“”]", text[s : m.start()]):
        return []
    # a name the model found, or an acronym it did not ("SHOT"); not any capitalised words ("European Union, the bloc
    # of 27 states, said" with no mention found: a description between commas is no name)
    mentioned = any(
        f.end == m.start() and f.kind not in ("state", "place", "keyword", "region") for f in found
    )
    if not mentioned and not re.search(r"(?:^|\s)[A-Z]{2,8}$", text[s : m.start()]):
        return []
    return [(m.start("app"), m.end("app") - 1)]  # the comma after it kept: "SHOT, said" reads as "SHOT said"


def _reread(
    text: str, s: int, e: int, found: Sequence[Found], quoted_until: int, read: SourceReader
) -> _Source | None:
    """The source read again without an adverb, a relative clause or an appositive between subject and verb."""
    for spans in (_adverbs(text, s, e), _relative(text, s, e), _appositive(text, s, e, found)):
        if not spans:
            continue
        t2, e2, f2 = _without(text, s, e, found, spans)
        if t2[spans[0][0] : spans[0][0] + 1] == ",":  # "SHOT, said": the comma left alone goes too
            t2, e2, f2 = _without(t2, s, e2, f2, [(spans[0][0], spans[0][0] + 1)])
        src = read(t2, s, e2, f2, quoted_until if quoted_until <= spans[0][0] else 0) or _acronym_subject(
            t2, s, e2, f2
        )
        if src is not None and (src.name or src.kind == "unnamed"):
            return src
    return None


def _one_of_a_kind(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    some = _SOME_SAID.match(text, s, e)
    if some is not None and not any(s <= f.start < some.start("v") for f in found):
        return _Source("", "unnamed", some.group("v"))
    m = _ONE_BEFORE.search(text, s, e) or _ONE_AFTER.search(text, s, e)
    if m is None or set(m.group().lower().split()) & _NOT_KIND_WORDS:
        return None
    if re.search(r"\b(?:[Nn]o|[Aa]ny|[Ee]very|[Ss]ome)[\s-]$", text[max(s, m.start() - 4) : m.start() + 1]):
        return None  # "No one should accept ...": nobody
    verb = m.group("v")
    if verb.startswith("tel") and m.re is _ONE_BEFORE and _TOLD_TO.match(text, m.end(), e):
        return None  # "one of the teachers tells his pupils to tidy up": an instruction
    named = re.match(r",\s+", text[m.end() : e])
    if named:  # "..., said another protester, Nisreen Khazem.": the person named in apposition speaks
        at = m.end() + named.end()
        person = next((f for f in found if f.start == at and f.kind == "person"), None)
        if person is not None:
            return _Source(person.name, person.kind, verb)
        written = re.match(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}(?=\s*[.,;]|\s*$)", text[at:e])
        if written:
            return _Source(written.group(), "person", verb)
    return _Source("", "unnamed", verb)


def _the_noun(text: str, s: int, e: int) -> _Source | None:
    m = _THE_NOUN_OPENING.match(text, s, e) or _THE_NOUN_CLOSING.search(text, s, e)
    if m is None:
        return None
    words = m.group("a") or m.group("b")
    head = words.split()[-1]
    if m.re is _THE_NOUN_OPENING and m.group("a")[:1].isupper():
        return None  # "The Kremlin press office said": a name the other readers judged
    if head in _NOT_SPEAKERS or _unnamed(head) or head in TITLE_WORDS or head.endswith(("ment", "ing")):
        return None
    verb = m.group("v1") or m.group("v2")
    if head in _PLACE_NOUNS:
        return _Source("", "several", verb)
    if head.endswith("s") and _singular(head) in _BODY_NOUNS:
        return _Source("", "several", verb)  # "the companies said": several bodies, none alone
    if head in _BODY_NOUNS or head in _PERSON_NOUNS or _PERSON_NOUN.fullmatch(head):
        # the phrase as written, which the referents pass names when the item names the one body or holder it fits
        # (not read as "he said": the person the paragraph names last is often another, "said the pontiff" after a
        # sentence about Maduro)
        return _Source(f"the {words}", "phrase", verb)
    return None


def _fullest(text: str, name: str) -> str:
    """The name at its fullest in the item: the longest capitalised run that ends with it."""
    best = name
    for m in re.finditer(r"(?:[A-Z][\w.’'-]*\s+){1,3}" + re.escape(name) + r"\b", text):
        words = m.group().split()
        while words and (words[0].lower() in _NOT_NAMES or words[0].lower() == "the"):
            words = words[1:]
        if len(" ".join(words)) > len(best):
            best = " ".join(words)
    return best


def _capitalised_name(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    m = _CAP_CLOSING.search(text, s, e)
    if m is None:
        return None
    name = m.group("a") or m.group("b")
    start = m.start("a") if m.group("a") else m.start("b")
    if any(f.start <= start < f.end for f in found):
        return None  # a mention the other readers have judged
    first = name.split()[0]
    if first.lower() in _NOT_NAMES or first in TITLE_WORDS or any(_unnamed(w) for w in name.lower().split()):
        return None
    full = _fullest(text, name)
    return _Source(full, "organisation", m.group("v1") or m.group("v2"))


# an acronym the entity model did not tag as the sentence's subject: "SHOT said" (once an appositive is left out)
_ACRONYM_SAID = re.compile(r"(?P<a>[A-Z]{2,8})\s+(?P<v1>" + _VERBS + r")\b")


def _acronym_subject(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    m = _ACRONYM_SAID.match(text, s, e)
    if m is None or any(f.start <= m.start() < f.end for f in found):
        return None
    return _Source(m.group("a"), "organisation", m.group("v1"))


# a possible statement of a named one: "Pollack may also claim that ..." (speculative, the speaker kept when named)
_MAY_SAY = re.compile(
    r"\s+(?:may|might|could)\s+(?:also\s+|well\s+|even\s+|yet\s+)?(?P<v>claim|argue|say|insist|deny|contend|assert)\b"
)


def _possible_statement(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    for f in found:
        m = _MAY_SAY.match(text, f.end, e) if s <= f.start < e else None
        if m is not None and f.kind in ("person", "organisation"):
            return _Source(f.name, f.kind, m.group("v"))
    return None


def credited_subject(
    text: str, s: int, e: int, found: Sequence[Found], quoted_until: int, read: SourceReader
) -> _Source | None:
    """The source of a sentence no other rule credited, by the subject forms of the module docstring; None if none."""
    return (
        _reread(text, s, e, found, quoted_until, read)
        or _one_of_a_kind(text, s, e, found)
        or _the_noun(text, s, e)
        or _capitalised_name(text, s, e, found)
        or _owned_named(text, s, e, found)
        or _possible_statement(text, s, e, found)
    )


# '"He would've been a YouTube sensation by now," says his mother, the celebrity stylist Tameka Foster': a closing
# reporting verb whose subject is someone's relation or post with the person's name in apposition (round 112's
# leftover); the relation alone ("says his mother") names no one
_OWNED_NAMED = re.compile(
    r"[,?!][\"”]?\s+(?P<v>"
    + _VERBS
    + r")\s+(?:his|her|their|its)\s+(?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]+,\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,4}?)?(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?=\s*(?:[,.;]|$))"
)


def _owned_named(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    m = _OWNED_NAMED.search(text, s, e)
    if m is None:
        return None
    person = next((f for f in found if f.kind == "person" and f.start == m.start("name")), None)
    if person is None or person.end != m.end("name") - m.group("name").endswith("."):
        return None  # a name the model read as a person, whole
    return _Source(person.name, "person", m.group("v"))
