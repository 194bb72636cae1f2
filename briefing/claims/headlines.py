"""Claim headlines: whom a headline or a standfirst credits.

A headline names its speaker in its own ways: after a closing dash ("... — Orban", "— news agency"), after a last
colon ("...: UK defence ministry"), by a description with no name ("..., parliament speaker says"), by a quotation
before its subject ("'Matter of survival': ..."), or by a stance in the present ("China opposes ..."). Most are
credited to the person or body the summary below names. Built on the speaker readers (claims.nouns, claims.subjects,
claims.verbs, claims.offices, claims.unnamed, claims.speakers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.actors import UNNAMED_NOUNS, Found
from briefing.claims.nouns import (
    _AGENT_SUFFIX,
    _BODY_NOUNS,
    _DASH_QUALIFIER,
    _HEAD_TITLES,
    _NOT_AGENTS,
    _NOT_MODIFIERS,
    _PEOPLE_PLURAL,
    _PERSON_TITLES,
    _SAYING,
    _SAYING_FORMS,
    _SPOKES,
    _THE_INSTITUTION_WORDS,
    AGENT_NOUNS,
    INSTITUTION_NOUNS,
    PEOPLE_NOUNS,
    _bare_name,
    _description,
    _headline,
    _person_noun,
    _personal,
    _quoted_at,
    _quoted_spans,
    _saying,
    _singular,
    _Source,
    _speaker_ok,
    _unnamed,
    _words,
)
from briefing.claims.offices import _HELD_OFFICES, _NO_LONGER_WORDS, _NO_OWNER_WORDS
from briefing.claims.speakers import _QUOTED_VERB, _testified_at, _view_of_named
from briefing.claims.status import _QUOTED, SPEECH, Page, _outside_quotes, _Sentence
from briefing.claims.subjects import (
    _FINDING_NOUNS,
    _HEADLINE_BODY_ABBREVIATIONS,
    DATA_NOUNS,
    _phrase_before,
    _trailing_np_source,
)
from briefing.claims.unnamed import _as_unnamed
from briefing.claims.verbs import _ANNOUNCED_THING
from briefing.phrases import content_words

_NAME_COLON = re.compile(r"([^:\n]{2,40}?)\s*:\s+(?=[A-Z\d])")


def _lede(sentences: list[_Sentence], title: _Sentence | None) -> _Sentence | None:
    """The summary's first sentence under the headline `title` (the sentence after it, in a later paragraph)."""
    return next((b for b in sentences[1:2] if title is not None and b.para > title.para), None)


# a headline's speaker after a dash at its end: "EU got involved in the conflict — Orban", "... — MFA"
_DASH_TAIL = re.compile(r"\s(?:[—–]\s*|-\s+)([^—–\s][^—–]{0,60}?)[\s.]*$")
# a headline that quotes its subject's words: "Myanmar junta 'extremely disappointed' over ..." (not a title's name)
_SUBJECT_QUOTED = re.compile(r"([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)\s+['‘](?=[a-z])[^'’]{3,60}['’]")
# a phrase a headline quotes after its subject (not one it opens with: "'Data is control': what we learned")
_HEADLINE_QUOTED = re.compile(r"(?<=\s)['‘\"“][^'’\"”]{3,60}['’\"”]")
_EVERY_FORM = " ".join(_SAYING_FORMS)


# "..., parliament speaker says", "Russian man ..., says ...": a headline's own way of crediting (not "tells army to");
# every verb of _SAYING in the present tense ("..., insists ...", "Party leader argues ..."; not "insists on", a demand)
_HEADLINE_SAYS = re.compile(
    rf"\b(?:{_saying(say='base s past', tell='s past', **{v: 's' for v in _SAYING if v not in ('say', 'tell')})})\b"
    r"(?!\s+(?:\w+\s+){0,3}?to\s)(?!(?<=insists)\s+on\b)"
)
# heads of a headline's described source with no agent's ending ("— top brass", "— portal"); the agents ("—
# opposition politician", "— sociologist", "— pollster") are known by their ending (_AGENT_SUFFIX)
_DASH_SOURCE_NOUNS_TEXT = """brass daily portal magazine tabloid website outlet office newspaper paper"""
_DASH_SOURCE_NOUNS = frozenset(_DASH_SOURCE_NOUNS_TEXT.split())
# ... and the classes of source the words after a headline's closing dash name whole, each with its own credit
# (_credit_dash_class; round 89): TASS's "— news agency" / "— agency" (an agency the summary does not name);
# "— declassified documents" (papers no one is named for, as "— report"); "— top Azerbaijani diplomat", "— top
# diplomat" (the one highest office of its kind in a country, a unique office as "Russia's top general", not one of
# many unnamed officials)
# the "top" offices (a dash class here; _TOP_OFFICE_SUBJECT, _TOP_OFFICE_ACTS below)
_TOP_OFFICES = "|".join(("diplomat", "official", "general", "commander", "prosecutor"))
_DASH_CLASSES = (
    ("agency", re.compile(r"(?:news\s+)?agency")),
    (
        "papers",
        re.compile(
            r"(?:(?:declassified|leaked|secret|archive|archival|official|court)\s+)?(?:documents|papers|files)"
        ),
    ),
    (
        "top office",
        re.compile(rf"top\s+(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?(?:{_TOP_OFFICES})"),
    ),
)
# the words after a headline's last dash (a dash with a space before it; no trailing space)
_DASH_CLASS_TAIL = re.compile(r"\s[—–]\s*([^—–]+?)\s*$")


def _dash_head(tail: str) -> str:
    """The common noun a headline's closing dash describes its source by ('politician' of '— opposition
    politician', 'brass' of '— top brass'), or ''."""
    words = _words(_DASH_QUALIFIER.split(tail, maxsplit=1)[0])
    head = words[-1] if words else ""
    agent = _AGENT_SUFFIX.fullmatch(head) is not None and head not in _NOT_AGENTS
    return head if head.islower() and (head in _DASH_SOURCE_NOUNS or agent) else ""


def _dash_class(title: str) -> tuple[str, re.Match[str] | None]:
    """The class in _DASH_CLASSES of the source a headline's closing dash names ('agency' of '... — news agency',
    'papers' of '... — declassified documents', 'top office' of '... — top Azerbaijani diplomat') and the match of
    its tail (the words after the dash in group 1); ('', None) for any other headline."""
    m = _DASH_CLASS_TAIL.search(title)
    for kind, words in _DASH_CLASSES:
        if m is not None and words.fullmatch(m.group(1)):
            return kind, m
    return "", None


def dash_credit(text: str) -> str:
    """The credit a headline closes with, its dash included ("\u2014 security official"), or ''."""
    m = _DASH_TAIL.search(text)
    return f"\u2014 {m.group(1).strip()}" if m else ""


def _dash_source(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    """The source a headline names after a closing dash ('... — head of Munich Conference'), or None."""
    m = _DASH_TAIL.search(text, s, e)
    if not m or len(m.group(1).split()) > 6 or not text[s : m.start()].strip() or "|" in m.group(1):
        return None  # "... – ban them | Jonny Woo": a byline, the writer's own voice
    ts, te = m.start(1), m.end(1)
    tail = m.group(1)
    if tail.lower() in INSTITUTION_NOUNS:  # "... — ministry": that institution, as written
        return _Source(tail, "phrase", "—")
    if any(_unnamed(w) for w in _words(tail)):
        return _Source("", "unnamed", "—")  # "— US lawmaker", "— officials"
    # "Iran's envoy" of "— Iran's envoy to UN" (round 81)
    described = _DASH_QUALIFIER.split(tail, maxsplit=1)[0]
    # "— Hungarian PM's office": an office known by its holder, its owner named or not (round 84)
    owned = re.search(r"['’]s\s+office$", described) is not None
    if (
        _dash_head(tail)
        and not _description(described)
        and (owned or not any(ts <= f.start < te for f in found))
    ):
        # "— opposition politician", "— top brass", "— MP's office": someone described by a common noun, whom the
        # summary names at once or no one names (rounds 81, 82, 84)
        return _Source("", "unnamed", "—")
    if _description(described) and not any(
        f.kind == "person" and not _description(text[f.start : f.end]) for f in found if ts <= f.start < te
    ):
        return _Source(
            re.sub(r"^(?:the|The)\s+", "", tail), "phrase", "—"
        )  # "— Polish PM": the body names them
    src = _phrase_before(text, ts, te, found)
    if (src is None or src.kind == "unnamed") and _description(tail):
        src = _Source(re.sub(r"^(?:the|The)\s+", "", tail), "phrase", "")  # "— Vice President"
    if src is None and tail[:1].isupper():
        name = _bare_name(text, ts, te, found, ts)
        src = _Source(name, "person", "") if name and name == tail else None
    return _Source(src.name, src.kind, "—") if src is not None else None


def _described_or_elided(title: str) -> bool:
    """A headline verb whose subject is described ('parliament speaker says') or left out ('..., says X')."""
    says = _HEADLINE_SAYS.search(title)
    if not says:
        return False
    before = title[: says.start()]
    return bool(re.search(r"[,:;—–]\s*$", before)) or bool(_described_phrase(title))


def _described_phrase(title: str) -> str:
    """'parliament speaker' of '..., parliament speaker says' ('' when the headline names no description)."""
    says = _HEADLINE_SAYS.search(title)
    clause = re.split(r"[,:;—–]", title[: says.start()])[-1] if says else ""
    words = _words(clause)[-4:]
    while words and not _description(" ".join(words)):
        words = words[1:]
    return " ".join(words) if words and len(words) <= 4 else ""


def _headed_body(title: _Sentence, sentences: list[_Sentence]) -> bool:
    """A headline credited to a body as written ('..., state grid operator says') whose head the body's first
    sentences quote ('X, the head of state grid operator Ukrenergo, said'): that head (round 21); whether done."""
    if title.speaker_kind != "phrase" or not title.speaker:
        return False
    phrase = re.escape(title.speaker.removeprefix("the ").removeprefix("The "))
    head = re.compile(
        rf"\b(?:head|chief|director|chief\s+executive|CEO|chairman|chairwoman)\s+of\s+(?:the\s+)?{phrase}\b"
    )
    for b in sentences[1:4]:
        if b.para > title.para and b.speaker_kind == "person" and head.search(b.text):
            title.speaker, title.speaker_kind = b.speaker, b.speaker_kind
            return True
    return False


def _noun_body(title: _Sentence, found: Sequence[Found]) -> bool:
    """A headline credited to a body's noun as written ('..., church tells members') when the body names one
    organisation that noun ends ('the Early Rain Covenant Church'): that organisation (round 67); whether done."""
    if title.speaker_kind != "phrase" or not re.fullmatch(r"[a-z]{3,}", title.speaker):
        return False
    names = {
        f.name
        for f in found
        if f.start >= title.end
        and f.kind == "organisation"
        and len(f.name.split()) > 1
        and f.name.split()[-1].lower() == title.speaker
    }
    if len(names) != 1:
        return False
    title.speaker, title.speaker_kind = names.pop(), "organisation"
    return True


# a clause of its own just before a headline's quoted words: "... as Russia sees 'slow but steady' progress"
_CLAUSE_BEFORE_QUOTE = re.compile(
    r"\b(?:as|while|after|amid|but|and|when|since)\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+[a-z]+s\s*$"
)


# those whose words are told without their names as a rule (the heads of _UNNAMED_NOUN, and "media"): a headline's
# "— diplomat" or "— media" is not the next name the summary gives
_ANONYMOUS_NOUNS_TEXT = """official source diplomat insider aide spokesman spokeswoman spokesperson media"""
_ANONYMOUS_NOUNS = frozenset(_ANONYMOUS_NOUNS_TEXT.split())


# a headline's one unnamed speaker that the lede may name: "..., official says", "..., spokesperson says"
_ONE_SPEAKER_NOUNS = frozenset({"official"}) | frozenset(_SPOKES)


def _lede_names_one(first: _Sentence, noun: str) -> bool:
    """The lede credits its flagged news to one named speaker: a person (or, for a spokesperson, also an office or
    a body), not a source left unnamed, several people, or a relative clause's subject."""
    if not first.speaker or first.unnamed or first.relative or not first.cues:
        return False
    if " and " in first.speaker:
        return False
    if first.speaker_kind == "person":
        return True
    # "his office said" resolved to "Mark Carney's office" (a phrase with its owner's name) speaks for its spokesperson
    owned = first.speaker_kind == "phrase" and first.speaker[:1].isupper()
    return noun in _SPOKES and (first.speaker_kind == "organisation" or owned)


def _credit_headline(page: Page) -> None:
    """A headline that only describes its speaker ('..., parliament speaker says', 'Russian man ..., says', '...
    — head of Munich Conference') is credited to the person the body credits first, in its first sentences."""
    sentences, found = page.sentences, page.found
    title = _headline(sentences)
    if title is not None and title.headline_noun:  # "... — lawmaker" / "Lawmaker Oleksiy Goncharenko said"
        noun = title.headline_noun
        finding = (
            noun in _FINDING_NOUNS
        )  # "..., analysis shows" / "according to an AFP analysis": whose it is
        named = next(
            (
                b
                for b in sentences[1 : 8 if finding else 4]
                if b.para > title.para
                and b.speaker
                and (
                    b.speaker_kind == "person"
                    or finding
                    or noun in b.speaker.lower().split()
                    # "..., spokesperson says" / "a European Commission spokesperson said": the body (round 42)
                    or (noun in _SPOKES and not _personal(b))
                )
                and re.search(rf"\b{noun}\b", b.text, re.I)
            ),
            None,
        )
        if named is None and noun in DATA_NOUNS:
            named = _finding_maker(title, sentences)
        first = _lede(sentences, title)
        if (
            named is None
            and first is not None
            and title.cues.get("reported") == ["—"]
            and _singular(noun) not in _ANONYMOUS_NOUNS
        ):
            # TASS's "... — opposition politician" / "... — top brass" / "... — expert" over a summary that names its
            # speaker at once ('"...," Viktor Medvedchuk said', "Zhang Xiaogang recalled that", "According to
            # Muhammad Taimur Fahad Khan, ..."): that speaker (rounds 81-83); not a noun of those who speak unnamed
            # ("— diplomat", "— source" stay a source not named unless the body says so)
            named = (
                first
                if first.speaker_kind in ("person", "organisation", "outlet", "unit")
                and not first.unnamed
                and not first.relative
                else None
            )
        if (
            named is None
            and first is not None
            and noun in _ONE_SPEAKER_NOUNS
            and title.cues.get("reported")
            != ["—"]  # "... — security official": TASS's dash, its own rule above
            and _lede_names_one(first, noun)
        ):
            # "..., South Korean official says" / "..., spokesperson says" over a lede that tells the same news as
            # one named person's ("..., South Korean Presidential Chief of Staff Kang Hoon-sik said") or, for a
            # spokesperson, a named office's ("..., his office said"): that speaker (twenty-seventh session; the
            # labels since round 57); "officials say" and a lede with no name stay unnamed
            named = first
        if named is not None and _unnamed_paper(title, named, noun):
            return
        if named is not None and not _unnamed_first(title, sentences, named, noun):
            _credit_title(title, named)
        return
    quoted = _HEADLINE_QUOTED.search(title.text) if title is not None and not title.cues else None
    if title is not None and quoted:
        # "Zelensky asked Trump for 'historic' 50-year guarantee" / "Zelensky said he asked ...": the words the
        # headline quotes are its subject's, when the body's first speaker is that subject
        first = next((b for b in sentences[1:4] if b.para > title.para and b.speaker), None)
        surname = first.speaker.split()[-1] if first is not None and first.speaker_kind == "person" else ""
        clause = _CLAUSE_BEFORE_QUOTE.search(title.text[: quoted.start()])
        if clause and not (surname and re.search(rf"\b{re.escape(surname)}\b", clause.group(1))):
            # "Zelensky holds talks ... as Russia sees 'slow but steady' peace progress": the words are those of
            # the subject of the clause they close, not of the headline's first subject (round 60); that subject
            # when it is a name that speaks, else not the first subject
            a, b = title.start + clause.start(1), title.start + clause.end(1)
            subject = next((f for f in found if f.start == a and f.end == b and _speaker_ok(f)), None)
            if subject is not None:
                title.speaker, title.speaker_kind = subject.name, subject.kind
                title.cues["attributed"] = ["headline"]
                return
            surname = ""
        if surname and re.search(rf"\b{re.escape(surname)}\b", title.text[: quoted.start()]):
            title.speaker, title.speaker_kind = first.speaker, first.speaker_kind  # type: ignore[union-attr]
            title.cues["attributed"] = ["headline"]
            return
    if title is not None and _headed_body(title, sentences):
        return
    if title is None or not title.headline:
        return
    body = [b for b in sentences[1:4] if b.para > title.para]
    person = next((b for b in body if b.speaker and b.speaker_kind == "person"), None)
    person = _office_fits(title, body, person)  # round 43
    if person is not None:
        title.speaker, title.speaker_kind = person.speaker, person.speaker_kind
        title.cues.setdefault("attributed", ["headline"])
    elif not title.speaker and (title.headline_office or _described_phrase(title.text)):
        # no one named: the office as the headline says
        title.speaker, title.speaker_kind = title.headline_office or _described_phrase(title.text), "phrase"
        title.cues.setdefault("attributed", ["headline"])
    elif not title.speaker and _QUOTED_VERB.search(title.text):
        # "North Korea 'has fired ballistic missile ...'" over "..., according to South Korea's military": the deed
        # the headline quotes is the report of the body, the one its first sentences credit when no person speaks
        said = next((b for b in body if b.speaker and b.cues.get("attributed") and not b.unnamed), None)
        if said is not None:
            title.speaker, title.speaker_kind = said.speaker, said.speaker_kind
            title.cues.setdefault("attributed", ["headline"])


# a headline that opens with a quotation before a colon: "'Matter of survival': South Korean president urges ..."
# ... or with a whole quoted sentence before the headline's own: "'We are going to run the country.' Trump bets on ..."
# an apostrophe inside a word is no closing quote ("'It's sad we have to do this': ...", "'A bat's head': ...")
_OPENING_QUOTE_COLON = re.compile(
    r"['‘\"“]((?:[^'’\"”]|(?<=[^\W\d_])['’](?=[^\W\d_])){3,80}?)(?:[,.!?]?['’\"”]\s*:\s+\S|[.!?]['’\"”]\s+[A-Z])"
)
_OPENER_NEXT = re.compile(r"\s+(on|to|[a-z]+s)\b")
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "US"
# papers, recordings and pictures a headline names for a person ("Epstein files", "Nixon tapes")
_PAPERS_NAMED_FOR_TEXT = "files papers documents emails records letters diaries tapes archives notes messages texts photos images videos"
_PAPERS_NAMED_FOR = frozenset(_PAPERS_NAMED_FOR_TEXT.split())


def _credit_opening_quote(page: Page) -> None:
    """A headline that opens with a quotation and a colon and credits no one: the person or body the words after the
    colon open with ("'They want to destroy my career': Kiwi Chow on ..."), else the speaker of the body sentence
    that quotes the same words ("'Matter of survival': ..." / "..., arguing that baldness has become a "matter of
    survival""), else a quotation no one is named for (rounds 30, 35 and 39), unless the headline speaks as the
    outlet ("'Data is control': what we learned ...", round 17)."""
    text, sentences, found = page.text, page.sentences, page.found
    title = _headline(sentences)
    m = _OPENING_QUOTE_COLON.match(title.text) if title is not None else None
    if title is None or m is None or not _only_quoted_forecast(title, m.group(1)):
        return
    after = title.start + m.end() - 1
    opener = next(
        (
            f
            for f in found
            if after <= f.start < title.end
            # right after the colon, or after a description of a person ("author Bill McKibben"; not "how Trump")
            and all(w.islower() and _person_noun(w) for w in _words(text[after : f.start])[:3])
            and len(_words(text[after : f.start])) <= 2
            and f.kind in ("person", "organisation")
            and _speaker_ok(f)
            and text[f.end : f.end + 2] not in ("'s", "’s")
            # ... as the one who speaks on a topic or acts ("Kiwi Chow on life as ...", "Sam Altman offers ...",
            # "WHO to explore ..."); not the one the headline describes ("Trump was once known for ...")
            and (nxt := _OPENER_NEXT.match(text, f.end, title.end)) is not None
            and nxt.group(1) not in ("is", "was", "has", "this", "as")
            # (not "'You know what I like': Epstein files reveal ...": papers named for the person, not the person)
            and nxt.group(1) not in _PAPERS_NAMED_FOR
        ),
        None,
    )
    # "'We finally have a tool ...': author Bill McKibben on ...": the one it opens with
    if opener is not None:
        title.speaker, title.speaker_kind = opener.name, opener.kind
        title.cues["attributed"] = ["quote"]
        return
    said = _quoting_sentence(sentences, m.group(1))
    # "'This is business as usual': boss of bombed Ukrainian vodka maker seeks ...": a person the headline
    # describes is the person the body credits first (as "..., parliament speaker says", round 6)
    # (its head one of the first two words: "wife of ...", "ex-Dulwich teacher"; one person, not a body)
    described = any(
        w.islower() and not w.endswith("s") and _person_noun(w) and w not in INSTITUTION_NOUNS
        for w in _words(title.text[m.end() - 1 :])[:2]
    ) or _a_described_person(title.text[m.end() - 1 :])
    if said is None and described:
        said = next(
            (b for b in sentences[1:4] if b.para > title.para and b.speaker and b.speaker_kind == "person"),
            None,
        )
    if said is None and _described_with_qualifiers(title.text[m.end() - 1 :]):
        # "'Undermines free speech': Labour MP hits back ...": the first person the first five sentences name as a
        # speaker (a standfirst and a lede that only describe the MP come before the name)
        said = next(
            (b for b in sentences[1:6] if b.para > title.para and b.speaker and b.speaker_kind == "person"),
            None,
        )
    if said is not None:
        title.speaker, title.speaker_kind = said.speaker, said.speaker_kind
        title.cues["attributed"] = ["quote"]
    elif (
        _SPOKEN.search(m.group(1))
        and (person := _standfirst_person(text, sentences, found, title.text[m.end() - 1 :])) is not None
    ):
        # "'I don't like winning': Toronto man outruns streetcars ..." / "Mac Bauer's racing activism ...": the one
        # person the headline describes is the one the standfirst opens with (round 118)
        title.speaker, title.speaker_kind = person.name, person.kind
        title.cues["attributed"] = ["quote"]
    elif len(_WHOLE_WORDS.findall(m.group(1))) >= 3 and not _FIRST_PERSON_PLURAL.search(
        title.text[m.end() - 1 :]
    ):
        # a quotation of fewer than three words is a term more than a statement ("'Ghost resorts': as hundreds of
        # ski slopes lie abandoned ...")
        title.cues["reported"] = ["quote"]
        title.unnamed = True


_QUOTED_WORDS = re.compile(r"[\"“‘']([^\"”’']{3,200})[\"”’']")


def _quoting_sentence(sentences: list[_Sentence], quoted: str, named: bool = False) -> _Sentence | None:
    """The first body sentence credited to someone (and, with `named`, not to a source left unnamed) whose own
    quotations hold the headline's quoted words ("'Matter of survival': ..." / '..., arguing that baldness has become
    a "matter of survival"'), or None."""
    words = " ".join(re.findall(r"\w+", _fold_quote(quoted)))
    return next(
        (
            b
            for b in sentences[1:]
            if b.speaker
            and not b.relative
            and not (named and b.unnamed)
            and words in " ".join(re.findall(r"\w+", _fold_quote(" ".join(_QUOTED_WORDS.findall(b.text)))))
        ),
        None,
    )


_WHOLE_WORDS = re.compile(r"\w+(?:['’]\w+)*")  # "It's frightening" is two words, not three


def _only_quoted_forecast(title: _Sentence, quoted: str) -> bool:
    """Whether the headline has no cue of its own but the forecast words inside its opening quotation ("'These trees
    may not survive': ...", "'I never imagined we could buy an island': ..."): the quotation's speaker decides
    (an unnamed one's forecast is reported, a named one's stays a forecast with a speaker)."""
    folded = _fold_quote(quoted)
    return set(title.cues) <= {"speculative"} and all(
        _fold_quote(cue) in folded for cue in title.cues.get("speculative", [])
    )


# a person described with capitalised qualifiers or an abbreviated title at the head ("Labour MP hits back",
# "Tory MP on ..."), or "boss of ..."; one person, so not "Labour MPs"
_QUALIFIED_PERSON = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+){1,2}(?:MP|MEP|MSP|senator|minister|mayor|chief)\b(?!s)|\s*boss\s+of\b"
)


def _a_described_person(after_colon: str) -> bool:
    """Whether the words after a headline's opening quotation and colon open with "a/an", one lower-case adjective
    and a person noun ("'I can't forget the horror': a young mother on giving birth ...")."""
    first = _words(after_colon)[:3]
    return (
        len(first) == 3
        and first[0].lower() in ("a", "an")
        and first[1].islower()
        and first[2].islower()
        and not first[2].endswith("s")
        and _person_noun(first[2])
        and first[2] not in INSTITUTION_NOUNS
    )


# a quotation someone speaks, not an epithet of the one described ("'Ferryman of the souls': the man who ..."): a
# pronoun or a contraction in it ("'Not my first rodeo'", "'I don't like winning'", "'He shouldn't be ...'")
_SPOKEN = re.compile(
    r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b|\w(?:n['’]t|['’](?:re|ve|ll|m|d))\b"
)

# lower-case words that may stand before a described person's noun ("the former Chinese police officer")
_PERSON_MODIFIERS = frozenset({"former", "young", "retired", "veteran", "new", "late", "ex", "police"})


def _one_described_person(after_colon: str) -> bool:
    """Whether the words after a headline's opening quotation and colon describe one person, not naming them: an
    article, capitalised words and a few modifiers before a singular person noun or an age ("Toronto man outruns
    ...", "the former Chinese police officer bringing ...", "meet the 21-year-old serving as ...")."""
    words = _words(after_colon)[:7]
    if words[:1] == ["meet"]:
        words = words[1:]
    for k, w in enumerate(words):
        head = re.fullmatch(r"\d+-year-old", w) is not None or (
            w.islower() and _person_noun(w) and w not in INSTITUTION_NOUNS
        )
        if head:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nxt.islower() and _person_noun(nxt) and nxt not in INSTITUTION_NOUNS:  # "police officer"
                w, nxt = nxt, words[k + 2] if k + 2 < len(words) else ""
            return not w.endswith("s") and not (nxt[:1].isupper() or nxt in ("and", "&"))
        if not (w in ("the", "a", "an") or w[:1].isupper() or w in _PERSON_MODIFIERS):
            return False
    return False


def _standfirst_person(
    text: str, sentences: list[_Sentence], found: Sequence[Found], after_colon: str
) -> Found | None:
    """The person the standfirst opens with ("Mac Bauer's racing activism ...", "Democrat Muhammad Akbar Ali joins
    ..."), when the headline's words after its opening quotation describe one person; else None."""
    first = sentences[1] if len(sentences) > 1 and sentences[1].para > sentences[0].para else None
    if first is None or not _one_described_person(after_colon):
        return None
    return _person_opening(text, first, found)


def _person_opening(text: str, sent: _Sentence, found: Sequence[Found]) -> Found | None:
    """The person a sentence opens with, after at most one capitalised word ("Democrat Muhammad Akbar Ali joins
    ..."), or None."""
    return next(
        (
            f
            for f in found
            if f.kind == "person"
            and sent.start <= f.start < sent.end
            and re.fullmatch(r"(?:[A-Z][\w-]*\s+)?", text[sent.start : f.start]) is not None
        ),
        None,
    )


# a headline that closes with a colon and a quotation: "The US reporter who has witnessed 14 executions: 'People need
# to know what it looks like'"
_CLOSING_QUOTE_COLON = re.compile(
    r":\s+['‘\"“]((?:[^'’\"”]|(?<=[^\W\d_])['’](?=[^\W\d_])){3,160}?)[,.!?]?['’\"”]\s*$"
)


def credit_closing_quote(page: Page) -> None:
    """A headline credited to no one that closes with a colon and a quotation of three or more words (round 118): the
    one person named before the colon ("How I Shop with Jo Malone: '...'"), else the speaker of the body sentence
    that quotes the same words ("...: 'we miss our parents'" / '"We miss our parents and
    relatives," said Shah Faisal'), else the one person the words before the colon describe, named at the start of
    one of the first two body sentences ("The US reporter who has witnessed ...: '...'" / "Jeffrey Collins has
    watched ..."); not a title in capitals ("Review: 'One Battle After Another'") nor the outlet's own voice ("we").
    With none of them, the quotation is someone's no one is named for (`reported`; forty-third session)."""
    written, sentences, found = page.written, page.sentences, page.found
    title = _headline(sentences)
    # the headline as written (`written`: a Title Case headline's capitals kept, same offsets)
    m = _CLOSING_QUOTE_COLON.search(written[title.start : title.end]) if title and not title.speaker else None
    if title is None or m is None or not _only_quoted_forecast(title, m.group(1)):
        return
    quoted = _WHOLE_WORDS.findall(m.group(1))
    before = written[title.start : title.start + m.start()]
    if (
        len(quoted) < 3
        or sum(w[:1].isupper() for w in quoted) * 2 > len(quoted)  # a title of a work
        # the colon inside a quotation that opens before it
        or len(
            re.findall(r"['‘’\"“”]", re.sub(r"(?<=[^\W\d_])['’](?=[^\W\d_])|(?<=s)['’](?=\s)", "", before))
        )
        % 2
        == 1
        or _FIRST_PERSON_PLURAL.search(before)
    ):
        return
    # "How I Shop with Jo Malone: 'I like my bed steamed every day'": the one person named before the colon (not a
    # quoted name the model took for a person: "... to shut down 'Alligator Alcatraz': ...")
    named = [
        f
        for f in found
        if f.kind == "person"
        and title.start <= f.start
        and f.end <= title.start + m.start()
        and written[f.end : f.end + 2] not in ("'s", "’s")
        and written[f.start - 1 : f.start] not in ("'", "‘", '"', "“")
    ]
    if len({f.name for f in named}) == 1:
        title.speaker, title.speaker_kind = named[0].name, named[0].kind
        title.cues["attributed"] = ["quote"]
        return
    said = _quoting_sentence(sentences, m.group(1), named=True)
    if said is not None:
        title.speaker, title.speaker_kind = said.speaker, said.speaker_kind
        title.cues["attributed"] = ["quote"]
        return
    if _one_described_person(before):
        for first in sentences[1:3]:
            person = _person_opening(written, first, found)
            if person is not None:
                title.speaker, title.speaker_kind = person.name, person.kind
                title.cues["attributed"] = ["quote"]
                return
    # a closing quotation no one is named for is someone's word no one is named for (`reported`): the dev labels of
    # rounds 51, 107 and 127 ("...: 'We will end this'", "...: 'The shift has been swift and stark'"); the Swiss bar's
    # "...: 'We thought it was a joke'" is its body's speaker's, read above
    if not title.cues:
        title.cues["reported"] = ["quote"]
        title.unnamed = True


def _described_with_qualifiers(after_colon: str) -> bool:
    """Whether the words after a headline's opening quotation and colon describe one person without naming them."""
    return _QUALIFIED_PERSON.match(after_colon.lstrip(":")) is not None


def _fold_quote(text: str) -> str:
    return text.lower().replace("’", "'")


def _finding_maker(title: _Sentence, sentences: list[_Sentence]) -> _Sentence | None:
    """The body sentence that names the maker of a headline's finding ("More than 300 earthquakes recorded in UK this
    year, study finds" over "..., according to the British Geological Survey"; "..., data shows" over "ICE data
    published on ... show"): the first flagged sentence of the standfirst and lede, when it credits someone by name.
    A first flagged sentence with no maker ("A new report finds ...", "official figures suggest") leaves the
    headline's finding not named, as that body sentence is."""
    for b in sentences[1:5]:
        if b.para <= title.para or not b.cues:
            continue
        if b.speaker and not b.unnamed:
            return b
        return None
    return None


def _unnamed_paper(title: _Sentence, named: _Sentence, noun: str) -> bool:
    """TASS's "... — newspaper" over a summary whose "The newspaper also emphasized ..." names no paper (round 87):
    the paper is a source not named in both (round 82's "— German MP" / "According to the MP"); whether so."""
    if noun not in _DASH_SOURCE_NOUNS or title.cues.get("reported") != ["—"]:
        return False
    if re.sub(r"^the\s+", "", named.speaker.lower()) != noun:
        return False
    _as_unnamed(named, "—", only_cue=True)
    return True


def _unnamed_first(title: _Sentence, sentences: list[_Sentence], named: _Sentence, noun: str) -> bool:
    """Whether a body sentence before the named one credits the headline's noun as a source not named ("At least 30
    killed ..., police say" / "..., police said on Sunday." / "Police spokesperson X said ...": the headline is the
    lead's, not the spokesperson's; round 30)."""
    return noun in UNNAMED_NOUNS and any(
        b.unnamed and not b.speaker and re.search(rf"\b{noun}\s+(?:say|said|says)\b", b.text, re.I)
        for b in sentences[1 : sentences.index(named)]
        if b.para > title.para
    )


def _credit_title(title: _Sentence, named: _Sentence) -> None:
    """The headline's claim is the speaker's its body names (no longer a source not named)."""
    title.speaker, title.speaker_kind, title.unnamed = named.speaker, named.speaker_kind, False
    title.cues.pop("reported", None)
    title.cues["attributed"] = ["headline"]


# a headline that credits a body by its kind alone: "..., rights group says", "Watchdog warns ..." (round 24)
# a body known by its kind alone ("Rights group says", "Watchdog warns"); claims.headline_views reads the same nouns
HEADLINE_KIND_NOUNS = (
    "group",
    "organisation",
    "organization",
    "watchdog",
    "monitor",
    "charity",
    "NGO",
    "network",
)
_HEADLINE_KIND = re.compile(
    r"(?:^|[,:;—–]\s*)(?:[A-Z][a-z-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?("
    + "|".join(HEADLINE_KIND_NOUNS)
    + r")\s+(?:says|said|warns|warned|claims|reports|estimates)\b"
)


def _credit_headline_kind(page: Page) -> None:
    """A headline crediting a body by its kind ('..., rights group says') and no one by name: the body the first
    body sentences credit when they call it so ('the Norway-based Iran Human Rights group said'), else a source not
    named (`reported`)."""
    sentences = page.sentences
    title = _headline(sentences)
    kind = _HEADLINE_KIND.search(title.text) if title is not None and not title.speaker else None
    if title is None or kind is None or title.cues.get("attributed"):
        return
    named = next(
        (
            b
            for b in sentences[1:4]
            if b.para > title.para
            and b.speaker
            and b.speaker_kind in ("organisation", "outlet", "unit")
            and re.search(rf"\b{kind.group(1)}\b", b.text, re.I)
        ),
        None,
    )
    if named is not None:
        _credit_title(title, named)
    else:  # "Rights group says at least 16 dead ..." with no group named: a source not named
        title.cues.setdefault("reported", [kind.group().strip(" ,:;—–")])
        title.unnamed = True


# a standfirst that opens, as a headline does, with a description and no article: "Bestselling author says ..."
# (actors/words._HEADLINE_SPEECH_VERBS without "said", "urges", "vows"; with "admits", "announces")
_STANDFIRST_DESCRIBED = re.compile(
    r"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[A-Za-z]+)\s+(?:says|tells|warns|claims|insists|confirms|"
    r"denies|admits|announces)\s"
)
_WRITER_NOUNS_TEXT = (
    "author writer novelist poet singer actor actress star director filmmaker artist musician comedian"
)
_WRITER_NOUNS = frozenset(_WRITER_NOUNS_TEXT.split())


# a headline's stance in the present tense that the reporting verbs (SPEECH) do not list, as they are acts or nouns
# in a body ("the party opposes", "traffic signals"): "China opposes recognition of Somaliland", "Hungarian PM objects
# to sending ...", "Kim Jong Un signals continued missile development", "Nike executive reveals decades-old secret";
# "Zelenskyy open to creating demilitarised zone" (rounds 51 and 112: a stance the headline gives without its verb)
_HEADLINE_STANCE = re.compile(r"\s+(opposes|objects\s+to|signals|reveals|open\s+to)\s+(?=[\w'‘\"“])")


def _stance_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """The named subject of a headline's stance ('China opposes ...', 'Trump signals support for ...'), or the
    office it describes ('Hungarian PM objects to ...': credited to its holder by _credit_headline); not a thing
    made public ('Apple reveals a new plan': _ANNOUNCED_THING) nor an unnamed or common subject."""
    m = _HEADLINE_STANCE.search(text, s, e)
    # (a headline leaves out the article: "Zelensky reveals US-backed 20-point peace plan" as "reveals the ... plan")
    made_public = m is not None and _ANNOUNCED_THING.match(" the " + text[m.end() : e])
    if m is None or made_public or "," in text[s : m.start()]:
        return None
    src = _phrase_before(text, s, m.start(), [f for f in inside if f.end <= m.start()])
    if src is None or not (
        src.kind in ("person", "organisation", "state", "unit")
        or (src.kind == "phrase" and _description(src.name))
    ):
        return None
    return _Source(src.name, src.kind, " ".join(m.group(1).split()))


def _quoted_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """A headline opening with a named person and a quoted word of theirs ("Prince Charles 'proud' of ..."): that
    person's (not a scare quote after a verb: "Russia makes 'proposal' to France")."""
    m = _SUBJECT_QUOTED.match(text, s, e)
    if m is None:
        return None
    for f in inside:
        if (
            f.kind == "person"
            and f.end == m.end(1)
            and m.start(1) <= f.start
            and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+)*", text[m.start(1) : f.start])
        ):
            return _Source(f.name, f.kind, "headline quote")
    return None


def _credit_standfirst(page: Page) -> None:
    """The first paragraph after the title opening with a described speaker and no one named ('Bestselling author
    says ...') is the person the title or the next sentences credit (round 21's standfirst)."""
    sentences = page.sentences
    if not sentences or sentences[0].para != 1:
        return
    first = [b for b in sentences[1:] if b.para == sentences[1].para] if len(sentences) > 1 else []
    for sent in first[:1]:
        m = _STANDFIRST_DESCRIBED.match(sent.text)
        noun = m.group("noun").lower() if m else ""
        # "US president confirms ... and says": an office with no article, as in a headline (round 26)
        office = sent.speaker_kind == "phrase" and noun in _HEAD_TITLES and sent.text.startswith(sent.speaker)
        if (sent.speaker and not office) or not (noun in _WRITER_NOUNS or noun in PEOPLE_NOUNS or office):
            continue
        person = next(
            (
                b
                for b in [sentences[0], *sentences[len(first) + 1 : len(first) + 4]]
                if b.speaker_kind == "person"
            ),
            None,
        )
        if person is not None:
            sent.speaker, sent.speaker_kind, sent.unnamed = person.speaker, "person", False
            # (an unnamed source of its own stays: "US president claims ..., but experts say ...", round 151)
            others = [c for c in sent.cues.pop("reported", []) if noun not in c.lower()]
            if others:
                sent.cues["reported"] = others
            sent.cues["attributed"] = ["standfirst"]


def _credit_standfirst_office(page: Page) -> None:
    """'Ukrainian president expresses gratitude to European leaders ...': a standfirst opening with an office and no
    article, whatever its verb, is the person the title or the next sentences credit (round 29; round 26 read it
    before "says", "confirms" and the like)."""
    sentences = page.sentences
    first = next((b for b in sentences[1:2] if b.para == 2 or (sentences[0].para == 1 and b.para > 1)), None)
    if first is None or first.speaker_kind != "phrase" or not first.text.startswith(first.speaker):
        return
    words = first.speaker.split()
    if not (
        2
        <= len(words)
        <= 3  # "Ukrainian president", not "Judge" alone (whom the next sentences name is not sure)
        and words[-1].lower() in _HEAD_TITLES
        and words[0][:1].isupper()
        and all(w.islower() for w in words[1:])  # "Ukrainian president", not "Isaac Herzog's spokesperson"
        and not re.search(r"['’]s\b", first.speaker)
    ):
        return
    person = next((b for b in [sentences[0], *sentences[2:5]] if b.speaker_kind == "person"), None)
    if person is not None:
        first.speaker, first.speaker_kind = person.speaker, "person"


# a headline's source after its last colon: "... in Syria: UK defence ministry", "... in Gaza: report"
_COLON_TAIL = re.compile(r"\S:\s+([A-Za-z][^:;,\"“”‘’'|?!]{1,60}?)[\s.]*$")


def _colon_source(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    """The source a headline names after its last colon ('...: UK defence ministry', '...: sources'), or None."""
    m = _COLON_TAIL.search(text, s, e)
    words = _words(m.group(1)) if m else []
    if (
        m is None
        or not words
        or len(words) > 5
        or len(_words(text[s : m.start()])) < 4
        or SPEECH.search(m.group(1))
    ):
        return None
    named = [
        f
        for f in found
        if f.start == m.start(1) and f.end == m.end(1) and f.kind in ("person", "organisation", "outlet")
    ]
    if named:  # "...: Zelensky" (a name alone after the colon)
        return _Source(named[0].name, named[0].kind, ":")
    if words[0][:1].isupper() and words[-1].lower() in INSTITUTION_NOUNS:  # "...: UK defence ministry"
        return _Source(m.group(1).strip(), "phrase", ":")
    if len(words) <= 2 and _unnamed(words[-1]):  # "...: sources", "...: report"
        return _Source("", "unnamed", ":")
    return None


def _headline_speaker_over_state(title: str, src: _Source) -> _Source:
    """'Spain "strongly condemns" ..., PM says': the headline's own crediting clause ('PM says') names who speaks;
    the state its first verb opens with is what the speaker said (a place is never a speaker)."""
    described = _described_phrase(title) if src.kind in ("state", "place") else ""
    says = _HEADLINE_SAYS.search(title)
    if described and says and title.find(src.name) < says.start() - len(described) - 1:
        return _Source(described, "phrase", says.group().lower())
    return src


# the reporting clause that closes a sentence: ", Prime Minister Pedro Sanchez wrote", ", Pedro Sanchez, the prime
# minister, said"
_OFFICE_THEN_VERB = re.compile(rf"\s+((?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(_HEAD_TITLES))}))\s+$")


def _headline_office_of_body(text: str, s: int, e: int, inside: Sequence[Found], src: _Source) -> _Source:
    """'US NATO envoy casts doubt on ...', 'UN rights chief says ...': an office of the body the headline names,
    not the body (a description the body's person fills, see _credit_headline)."""
    if src.kind not in ("organisation", "state", "unit") or not src.verb:
        return src
    named = next((f for f in inside if f.name == src.name), None)
    verb_at = text.find(src.verb, named.end, e) if named is not None else -1
    office = (
        _OFFICE_THEN_VERB.fullmatch(text, named.end, verb_at) if named is not None and verb_at > 0 else None
    )
    if named is None or office is None or text[named.end : named.end + 2] in ("'s", "’s"):
        return src
    return _Source(text[named.start : office.end(1)], "phrase", src.verb)


def _headline_trailing_source(page: Page) -> None:
    """A headline "..., state TV says" still unflagged once the body's speakers are read: its noun phrase's."""
    text, sentences, found = page.text, page.sentences, page.found
    title = _headline(sentences)
    # "Economy will grow, says central bank governor": a forecast has its speaker too
    if title is None or set(title.cues) - {"speculative"} or title.speaker:
        return
    inside = [f for f in found if title.start <= f.start < title.end]
    # "..., says foreign minister – US politics live": read without the live page's label
    label = _LIVE_LABEL.search(text, title.start, title.end)
    told = replace(title, end=label.start()) if label is not None else title
    src = (
        _trailing_np_source(text, told.start, told.end, inside)
        or _says_lower_source(text, told)
        or _say_several_source(text, told, inside)
        or _says_state_source(text, told, inside)
    )
    if src is None:
        return
    if src.kind == "unnamed":
        title.cues["reported"], title.unnamed = [src.verb], True
    else:
        title.speaker, title.speaker_kind = src.name, src.kind
        title.cues["attributed"] = [src.verb]
        noun = _HEADLINE_BODY_ABBREVIATIONS.get(src.name.lower(), src.name.lower())
        if src.kind == "phrase" and " " not in src.name and noun in _THE_INSTITUTION_WORDS:
            # "..., govt says" over "..., the Nigerian government statement said": the body the first paragraphs
            # credit whose name ends with that noun, at its fullest (round 28's miss; round 49)
            body = next(
                (
                    b
                    for b in sentences[1:10]
                    if b.para > title.para
                    and b.speaker
                    and not b.relative
                    and b.speaker_kind in ("organisation", "phrase")
                    and len(b.speaker.split()) > 1
                    and b.speaker.lower().split()[-1] == noun
                ),
                None,
            )
            if body is not None:
                title.speaker, title.speaker_kind = body.speaker, body.speaker_kind
        if src.kind == "phrase" and title.speaker == src.name:
            _noun_body(title, found)


# rounds 70 and 74: "..., says national press association": a source in lower case after the headline's last verb;
# its modifiers may be names ("..., says Chinese president", "..., says former Nato commander") and an office may
# take an "of" ("..., says mayor of bombed city")
_SAYS_LOWER = re.compile(
    r",\s+(says|say)\s+(?:the\s+)?((?P<mods>(?:[A-Za-z][\w’'-]*\s+){0,4}?)([a-z][a-z’'-]*)"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?)"
    r"\s*(?:$|,\s+(?=(?:a|an|as|after|amid|while|before|days?|hours?|weeks?)\s))"  # "..., a day after ..."
)


# "..., say Cyprus and Malta", "..., say UK, Canada, France and others": a closing "say" before a list of names
_SAY_SEVERAL = re.compile(
    r",\s+say\s+((?:the\s+)?[A-Z][^,;:]{0,40}?(?:,\s+[A-Z][^,;:]{0,40}?)*,?\s+and\s+(?:others|[A-Z][^,;:]{0,40}?))\s*$"
)


def _say_several_source(text: str, title: _Sentence, inside: Sequence[Found]) -> _Source | None:
    """Several states or bodies that speak after a headline's closing "say", each named: attributed to none of
    them alone, as "France, Germany ... voiced support" is (round 5)."""
    m = _SAY_SEVERAL.search(text, title.start, title.end)
    if m is None:
        return None
    named = [f for f in inside if m.start(1) <= f.start and f.end <= m.end(1)]
    if len(named) < 2 or not any(f.kind in ("state", "organisation") for f in named):
        return None
    return _Source("", "several", "say")


_LIVE_LABEL = re.compile(
    r"\s+[–—-]\s+(?:(?:[A-Z][\w.’'-]*\s+){0,3}(?:politics\s+|war\s+|news\s+)?live(?:\s+updates|\s+blog)?|"
    r"as\s+it\s+happened)\s*$",
    re.IGNORECASE,
)
# "US takeover of Greenland would 'simply mean the end of NATO', says Denmark": a state that closes the headline
_SAYS_NAME = re.compile(r",\s+(says|say)\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*$")


def _says_state_source(text: str, title: _Sentence, inside: Sequence[Found]) -> _Source | None:
    """A state named whole after a headline's closing ", says": it speaks as a whole subject does."""
    m = _SAYS_NAME.search(text, title.start, title.end)
    state = next((f for f in inside if m and f.start == m.start(2) and f.end == m.end(2)), None)
    if m is None or state is None or state.kind != "state" or state.demonym:
        return None
    return _Source(state.name, "state", m.group(1))


def _says_lower_source(text: str, title: _Sentence) -> _Source | None:
    """The source written in lower case after a headline's closing ", says" ("..., says national press association"):
    as written, or unnamed when its noun is an unnamed kind ("..., say harbour officials"); None for "says more"."""
    m = _SAYS_LOWER.search(text, title.start, title.end)
    if m is None:
        return None
    words, head = m.group("mods").split() + [m.group(4)], m.group(4)
    if any(w in _NOT_MODIFIERS or w.endswith(("ly", "ing", "ed")) for w in words):
        return None
    office = _description(" ".join(words))
    if (m.group("of") or any(w[0].isupper() for w in words)) and not office:
        return None  # "..., says Trump wants peace": a clause, not who says it
    if _unnamed(head) or (
        head.endswith("s")  # "..., say hospital chiefs", "..., say ex-classmates": people of a kind
        and (_PEOPLE_PLURAL.fullmatch(head) or _singular(head) in PEOPLE_NOUNS | {"chief", "leader", "head"})
    ):
        return _Source("", "unnamed", m.group(1))
    if head.endswith("s") or (len(words) < 2 and head not in INSTITUTION_NOUNS | _BODY_NOUNS and not office):
        return None  # "..., says more"; "..., says union" is a body as written
    return _Source(m.group(2), "phrase", m.group(1))


# "Berlin mayor warns ..." over "Berlin's mayor said ..." and "..., Interior Minister Alexander Dobrindt told ...": a
# headline's office is the body's speaker who holds it, not the first person who speaks when that one holds another
def _office_fits(title: _Sentence, body: list[_Sentence], person: _Sentence | None) -> _Sentence | None:
    """The body sentence whose speaker the headline's described office fits, when the first person speaking does not
    fit it and another speaker does ('Berlin's mayor', or a person whose sentence names the office); else `person`."""
    office = title.headline_office or _described_phrase(title.text)
    head = office.split()[-1].lower() if office else ""
    if person is None or head not in _HEAD_TITLES or re.search(rf"\b{head}\b", person.text, re.I):
        return person
    fitting = next(
        (
            b
            for b in body
            if b.speaker
            and (
                head in b.speaker.lower().split()
                or (b.speaker_kind == "person" and re.search(rf"\b{head}\b", b.text, re.I))
            )
        ),
        None,
    )
    return fitting or person


# "Ukraine war briefing: 'Attack on global food security' as Russia hits ...": a headline's quotation anywhere in it
# (not only one opening it before a colon) is the speaker's whose body sentence quotes its words (round 43)
_TITLE_QUOTATION = re.compile(r"(?:^|(?<=\s))['‘\"“]([^'’\"”]{3,80})['’\"”](?!\w)")


def _stems(text: str) -> set[str]:
    """The content words of a text cut to six letters ("attack" and "attacks" alike)."""
    return {w[:6] for w in content_words(text)}


def _credit_headline_quotation(page: Page) -> None:
    """A headline credited to no one that quotes three or more content words: the speaker of the first body sentence
    that has all of them, two or more inside its own quotation (a scare quote of a word or two is no one's)."""
    sentences = page.sentences
    title = _headline(sentences)
    if title is None or title.cues or title.speaker:
        return
    for m in _TITLE_QUOTATION.finditer(title.text):
        words = _stems(m.group(1))
        if len(words) < 3:
            continue
        said = next(
            (
                b
                for b in sentences[1:]
                if b.para > title.para
                and words <= _stems(b.text)
                # what its double quotation marks enclose, also one that closes in the next sentence
                and len(words & _stems(" ".join(re.split(r"[\"“”]", b.text)[1::2]))) >= 2
            ),
            None,
        )
        if said is not None and said.speaker and not said.relative and not said.unnamed:
            title.speaker, title.speaker_kind = said.speaker, said.speaker_kind
            title.cues["attributed"] = ["quote"]
            return


# (the plain verbs of saying: "Family calls for inquiry" is an appeal, though SPEECH reads "calls" too)
_AGENT_SAYS = re.compile(
    r"\b(?:"
    + _saying(
        say=_EVERY_FORM,
        tell="s past",
        argue=_EVERY_FORM,
        insist=_EVERY_FORM,
        claim=_EVERY_FORM,
        allege=_EVERY_FORM,
        warn=_EVERY_FORM,
    )
    + r")\b"
)


def _standfirst_agents(page: Page) -> None:
    """'Tomas Lind lawyers fight extradition, saying ... / Lawyers also attempting ..., saying ...': a standfirst
    opening with the agent noun of the headline's "X's lawyers" (family, campaign, team ...) and a verb of saying
    is the same source, whom it names no more (round 90)."""
    sentences = page.sentences
    title = _headline(sentences)
    first = _lede(sentences, title)
    if title is None or first is None or first.speaker or first.quote or first.cues.get("reported"):
        return
    owned = re.search(r"['’]s\s+(\w+)$", title.speaker)
    noun = owned.group(1).lower() if owned and title.speaker_kind == "phrase" else ""
    opens = re.match(r"(?:(?:The|His|Her|Their)\s+)?(\w+)\b", first.text)
    if noun not in AGENT_NOUNS or opens is None or opens.group(1).lower() != noun:
        return
    verb = _AGENT_SAYS.search(_outside_quotes(first.text, False))
    if verb is not None:
        first.speaker, first.speaker_kind = title.speaker, title.speaker_kind
        first.cues["attributed"] = [verb.group().lower()]


def _credit_described_headline(page: Page) -> None:
    """A headline left with its description as speaker ('..., opposition leader says') is the person a later body
    sentence credits and describes with the same noun ('said Pele Broberg, the leader of Naleraq'), in the first
    paragraphs; else it stays as written."""
    sentences = page.sentences
    title = _headline(sentences)
    if (
        title is None
        or title.speaker_kind != "phrase"
        or not re.fullmatch(r"[a-z][\w -]{2,40}", title.speaker)
    ):
        return
    noun = title.speaker.split()[-1]
    if noun not in _PERSON_TITLES and noun not in _HEAD_TITLES:
        return  # "..., military intelligence says": a body, not one of its people
    for b in sentences[1:10]:
        if b.para > title.para and b.speaker and b.speaker_kind == "person" and not b.relative:
            plain = _QUOTED.sub(" ", b.text)
            if re.search(rf"\b{re.escape(noun)}\b", plain) and b.speaker.split()[-1] in plain:
                title.speaker, title.speaker_kind = b.speaker, b.speaker_kind
                return


def _name_colon_written(written: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """'Opinion | Jacob Rees-Mogg: Progress Depends on Conservatism': a person or body before a Title Case
    headline's colon speaks (read on the headline as written, a section label before "|" left out)."""
    label = re.match(r"[A-Z][\w ]{0,20}?\s*\|\s*", written[s:e])
    start = s + (label.end() if label else 0)
    colon = _NAME_COLON.match(written, start, e)
    if colon is None:
        return None
    named = [f for f in inside if f.end == colon.end(1) and f.kind in ("person", "organisation", "unit")]
    if named and len(_words(written[start : named[0].start])) == 0:
        return _Source(named[0].name, named[0].kind, ":")
    return None


# "the Special Representative of the US president": an office whose owner is itself an office (round 81)
_OFFICE_OF_OFFICE = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,2}of\s+(?:the\s+)?)$")
# a summary that opens with its speaker as a pronoun: "He recalled that ...", "She also noted ..."
_PRONOUN_OPENS = re.compile(r"(?:He|She)\s+(?:also\s+|[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")


def _headline_person(text: str, title: _Sentence, found: Sequence[Found]) -> str:
    """The person a headline credits after a closing dash ("... — Witkoff"), else the person it opens with as its
    subject ("Trump threatens ...", "Xi Jinping ready to ..."), or ''."""
    if title.speaker_kind == "person" and title.cues.get("attributed") == ["—"]:
        return title.speaker
    opener = next(
        (f for f in found if f.start == title.start and f.kind == "person" and f.name.split()),
        None,
    )
    # the subject alone: not "Trump's envoy ...", nor "Lind and Berg discuss ..."
    alone = opener is not None and not re.match(
        r"['’]s\b|\s*(?:,|&|and\b|or\b)", text[opener.end : title.end]
    )
    return opener.name if opener is not None and alone else ""


def _verb_after(sent: _Sentence, at: int) -> int:
    """Where the sentence's first cue after `at` begins (its reporting verb: "stated" in "The US leader, X, stated"),
    or the sentence's end when no cue is written there: a person named before it may be the office's holder."""
    found = [
        i for cue in (c for cues in sent.cues.values() for c in cues) if (i := sent.text.find(cue, at)) >= 0
    ]
    return min(found, default=len(sent.text))


def _headline_person_spoken_of(page: Page) -> None:
    """A short summary that names no person and credits an office ("The US leader also noted", "According to the
    US leader's special representative", "According to the Special Representative of the US president") or opens
    with "He"/"She" ("He recalled that"): the one person its headline names as its subject or after its closing
    dash ("Trump threatens ...", "... — Witkoff", "Xi Jinping ready to ..."; rounds 81 and 84). Not when the body
    names a person (outside quotations) before the office's reporting verb, who may be the one it refers back to or
    its holder ("The US leader, X, noted"; a person named after the verb, "... inherited this conflict from Joe
    Biden", is spoken of), nor when the headline names two."""
    text, sentences, found = page.text, page.sentences, page.found
    title = _headline(sentences)
    body = [b for b in sentences[1:] if title is not None and b.para > title.para]
    if title is None or not body:
        return
    quoted = _quoted_spans(text, body[0].start, body[-1].end)
    named = [
        f
        for f in found
        if f.kind == "person" and body[0].start <= f.start and not _quoted_at(quoted, f.start)
    ]
    named_at = min((f.start for f in named), default=len(text))
    # the body names the headline's person himself: where it means him it says so, and an office is someone else
    # ("Trump news at a glance" over "the country's foreign minister said ... Donald Trump had announced")
    last_names = {f.name.split()[-1] for f in named if f.name.split()}
    for i, sent in enumerate(body):
        office = sent.speaker if sent.speaker_kind == "phrase" else ""
        at = sent.text.find(office) if office else -1
        longer = _OFFICE_OF_OFFICE.search(sent.text, 0, at) if at > 0 else None
        # "the Special Representative of the US president": that office, not the president
        if longer is not None:
            office = sent.text[longer.start(1) : at + len(office)]
        words = office.lower().split()
        # an office with its owner ("US leader", "the Special Representative of the US president"), not "the
        # opposition leader"
        owned = any(
            w[:1].isupper()
            and w.lower().strip("'’s") not in _HELD_OFFICES | _NO_OWNER_WORDS | {"special", "the"}
            for w in office.split()
        )
        held = bool(words) and words[-1] in _HELD_OFFICES | {"representative"} and owned
        pronoun = (
            i == 0 and not sent.speaker and "attributed" in sent.cues and _PRONOUN_OPENS.match(sent.text)
        )
        if (not held and not pronoun) or named_at < sent.start + _verb_after(sent, max(at, 0)):
            continue
        person = _headline_person(text, title, found)
        if person and person.split()[-1] in last_names:
            continue
        if person:
            sent.speaker, sent.speaker_kind = person, "person"
        elif longer is not None:
            sent.speaker = office


def _standfirst_office_headline_person(page: Page) -> None:
    """A standfirst alone (one paragraph under the headline) that names no person and credits an office or a
    description written with "the" ("The British monarch ... said", "The opposition leader ... said she", "The
    president has claimed credit") under a headline that names one person bare ("Charles III Gives ...", "...
    Limits of Trump's Approach ..."): the office refers back to that person (offices2, the labels' ruling on
    "Speaker ="). Not when the headline names a state other than the one the office is written with, nor a
    former holder's office."""
    sentences, found = page.sentences, page.found
    title = _headline(sentences)
    body = [b for b in sentences[1:] if title is not None and b.para > title.para]
    if title is None or not body or body[-1].para != body[0].para:
        return
    people = {f.name.split()[-1]: f for f in found if f.kind == "person" and f.name.split()}
    if len(people) != 1:
        return
    person = next(iter(people.values()))
    if not title.start <= person.start < title.end:
        return
    title_states = {f.name for f in found if f.kind == "state" and title.start <= f.start < title.end}
    for sent in body:
        words = sent.speaker.lower().split() if sent.speaker_kind == "phrase" else []
        written = re.search(rf"\b[Tt]he\s+((?:[\w’'-]+\s+){{0,3}}){re.escape(sent.speaker)}\b", sent.text)
        if not words or words[-1] not in _HELD_OFFICES or written is None or _NO_LONGER_WORDS & set(words):
            continue
        at = sent.start + written.start()
        owners = {f.name for f in found if f.kind == "state" and at <= f.start < sent.start + written.end()}
        if title_states and owners and not owners & title_states:
            continue  # "Putin warns Ukraine" over "The US president said": another office
        sent.speaker, sent.speaker_kind = person.name, "person"


def _headline_kind_body(page: Page) -> None:
    """A headline credited to a body by its kind in lower case ("..., prisons authority says") whose summary credits
    one named body and no person ("..., the Ministry of Penitentiary Services said"): that body (round 81)."""
    sentences = page.sentences
    title = _headline(sentences)
    if title is None or title.speaker_kind != "phrase":
        return
    words = title.speaker.split()
    if not (
        2 <= len(words) <= 4
        and all(w.islower() for w in words)
        and words[-1] in INSTITUTION_NOUNS
        and words[-1] not in _HELD_OFFICES | {"chief", "general"}
    ):
        return
    body = [b for b in sentences[1:5] if b.para > title.para and b.speaker and not b.relative]
    named = {
        b.speaker
        for b in body
        if b.speaker_kind in ("organisation", "phrase")
        and len(b.speaker.split()) > 1
        # a name ("Ministry of Penitentiary Services"), not a description ("Britain's energy system operator")
        and all(w[:1].isupper() or w in ("of", "for", "and", "the", "on") for w in b.speaker.split())
    }
    if len(named) == 1 and not any(b.speaker_kind == "person" for b in body):
        title.speaker, title.speaker_kind = named.pop(), "organisation"


def _headline_says_state(page: Page) -> None:
    """A headline that ends "..., says China" is the state's, as "..., China says" is ("a state as the subject of
    the verb"), not the body's spokesperson's (round 84)."""
    text, sentences, found = page.text, page.sentences, page.found
    title = _headline(sentences)
    if title is None or title.speaker_kind == "state" or "attributed" not in title.cues:
        return
    state = next(
        (
            f
            for f in found
            if f.kind == "state"
            and title.start <= f.start < title.end
            and not text[f.end : title.end].strip(" .")
            and re.search(r",\s+(?:says|said)\s+$", text[title.start : f.start])
        ),
        None,
    )
    if state is not None:
        title.speaker, title.speaker_kind = state.name, "state"


def _dash_body_spokesperson(page: Page) -> None:
    """TASS's "... — MFA" (a body after the closing dash) over a summary whose first sentence credits that body's
    spokesperson by name ("Chinese Foreign Ministry Spokesman Lin Jian condemned ..."): that person (round 84)."""
    sentences = page.sentences
    title = _headline(sentences)
    first = _lede(sentences, title)
    if (
        title is None
        or first is None
        or title.cues.get("attributed") != ["—"]
        or title.speaker_kind not in ("organisation", "phrase")
        or first.speaker_kind != "person"
        or not title.speaker.split()
    ):
        return
    body = re.escape(title.speaker.split()[-1])
    name = re.escape(first.speaker)
    if re.search(rf"\b{body}\s+(?i:spokes(?:man|woman|person))\s+{name}\b", first.text):
        title.speaker, title.speaker_kind = first.speaker, "person"


def _dash_office_opener(page: Page) -> None:
    """TASS's "... — Iran's envoy to UN" (an office after the closing dash) over a summary that opens with a person
    as the subject of its verb and credits no one else ("Amir Saeed Iravani called for condemnation ..."): that
    person (round 81)."""
    text, sentences, found = page.text, page.sentences, page.found
    title = _headline(sentences)
    first = _lede(sentences, title)
    if (
        title is None
        or first is None
        or title.cues.get("attributed") != ["—"]
        or title.speaker_kind != "phrase"
        or not _description(title.speaker)
        or (first.speaker and first.speaker_kind != "person")
    ):
        return
    opener = next((f for f in found if f.start == first.start and f.kind == "person"), None)
    if opener is None or (first.speaker and first.speaker != opener.name):
        return
    if re.match(r"\s+(?:also\s+)?[a-z]+(?:ed|s)\b", text[opener.end : first.end]):
        title.speaker, title.speaker_kind = opener.name, "person"


# --- Headlines of short wire items: a described agent, a top office, an agency, the class of a closing dash
# (round 89: short TASS/SCMP and WSJ items; that round's body forms are in claims.speakers) ---

# a headline whose subject is a person described by an agent noun of public talk, with no name: "Politician says
# ...", "Finnish politician says ..." (the summary names him; "expert" and "lawmaker" are sources not named already)
_AGENT_HEADLINE = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:[Pp]olitician|[Ee]conomist|[Ss]ociologist|[Hh]istorian|[Pp]olitical\s+scientist|"
    r"[Pp]olitologist|[Jj]ournalist)\s+(?:says|said|warns|believes|claims|thinks|argues)\b"
)
# the same office as a headline's subject: "Top Syrian diplomat says ...", "German top diplomat says ..." (round 89)
_TOP_OFFICE_SUBJECT = re.compile(
    r"((?:[Tt]op\s+(?:[A-Z][\w-]*\s+)?|[A-Z][\w-]*\s+top\s+)(?:[a-z]+\s+)?"
    rf"(?:{_TOP_OFFICES}))\s+(?:says|said|warns|claims|believes|thinks)\b"
)
# the summary's own words for a headline's agency no one names: "According to its information", "The agency said"
_ITS_INFORMATION = re.compile(
    r"^(?:According\s+to\s+(?:its|the\s+agency['’]s)\b|The\s+agency\s+(?:said|reported|added))"
)
# "..., Thai Foreign Ministry states": a headline's crediting clause with "states" for "says" (lower case: not "the
# United States")
_HEADLINE_STATES = re.compile(
    r",\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?:states|stated)\s*$"
)


def _round89_rules(page: Page) -> None:
    """The forms of round 89's short items (issue 11), run after the other passes: the headline forms below, and
    the body forms `_view_of_named` and `_testified_at` of claims.speakers."""
    sentences, found = page.sentences, page.found
    _view_of_named(sentences, found)
    _agent_headline(sentences)
    _headline_states(sentences)
    _testified_at(sentences)


def _agent_headline(sentences: list[_Sentence]) -> None:
    """'Politician says impossible to ...' (a person described by the noun of what he does, no name) is the person
    the summary names at once ('In Viktor Medvedchuk's view, ...'), else a source not named (round 89; as round
    81's '— opposition politician')."""
    title = _headline(sentences)
    m = _AGENT_HEADLINE.match(title.text) if title is not None else None
    if title is None or m is None:
        return
    # "Finnish politician says ...", read as a phrase the headline names, is as open to the summary's name
    described = title.speaker_kind == "phrase" and m.group().lower().startswith(title.speaker.lower() + " ")
    if title.cues and not described:
        return
    first = _lede(sentences, title)
    if first is not None and first.speaker_kind == "person" and not first.unnamed and not first.relative:
        _credit_title(title, first)
        return
    if described:
        return
    title.cues["reported"] = [_AGENT_HEADLINE.match(title.text).group()]  # type: ignore[union-attr]
    title.unnamed = True


# the same office as a headline's subject with a verb of its own: "Top US official defends release of files"
_TOP_OFFICE_ACTS = re.compile(
    r"(?:[Tt]op\s+(?:[A-Z][\w-]*\s+)?|[A-Z][\w-]*\s+top\s+)(?:[a-z]+\s+)?"
    rf"(?:{_TOP_OFFICES})\s+([a-z]+?)(?:e?s)\b"
)


def _top_office_acts(title: _Sentence, sentences: list[_Sentence]) -> None:
    """'Top US official defends ...' over a lede whose named person does the same ('US Deputy Attorney General Todd
    Blanche on Sunday defended ...'): that person (twenty-seventh session); with no such lede, left as it was (no
    office credited for a verb that is not "says")."""
    m = _TOP_OFFICE_ACTS.match(title.text)
    first = _lede(sentences, title)
    if m is None or first is None or title.speaker or not title.cues.get("reported"):
        return
    if first.speaker_kind != "person" or first.unnamed or first.relative or " and " in first.speaker:
        return
    if re.search(rf"\b{re.escape(m.group(1))}", first.text, re.I):  # "defends" / "defended": the same act
        # the speaker only: the headline's status stays `reported` (the labels since round 50: an official the headline
        # leaves unnamed, the text names)
        title.speaker, title.speaker_kind = first.speaker, first.speaker_kind


def _top_office(title: _Sentence, sentences: list[_Sentence], m: re.Match[str]) -> None:
    """A headline credited to a unique office (`m`: the office in group 1, the cue the match stripped of the dash),
    while it is still a source not named: the person the summary names at once ('According to Viktor Khrenin, ...'),
    else the office as written, and the summary's 'According to the minister' with it (round 89; as 'Russia's top
    general' counts as named)."""
    if not title.cues.get("reported") or title.speaker:
        return
    first = _lede(sentences, title)
    if first is not None and first.speaker_kind == "person" and not first.unnamed and not first.relative:
        _credit_title(title, first)
        return
    office = m.group(1)
    title.cues.pop("reported")
    title.cues["attributed"] = [m.group().strip(" —–")]
    title.speaker, title.speaker_kind, title.unnamed = office, "phrase", False
    for b in sentences[1:3]:
        # "According to the minister", "the diplomat said": the office, named by a bare noun
        if (
            b.para > title.para
            and "attributed" in b.cues
            and re.fullmatch(r"(?:the\s+)?[a-z]+", b.speaker or "x")
        ):
            b.speaker, b.speaker_kind = office, "phrase"


def _unnamed_agency(title: _Sentence, sentences: list[_Sentence]) -> None:
    """A headline credited to an agency by its noun alone ('— news agency', read as the phrase 'news agency'): a
    source not named, as round 87's '— newspaper', and so is the summary's 'According to its information' under it
    (round 89; round 84's '— agency'). A headline whose agency was named keeps it."""
    if "attributed" not in title.cues or title.speaker.lower().removeprefix("the ") not in (
        "agency",
        "news agency",
    ):
        return
    _as_unnamed(title, "—", only_cue=True)
    for b in sentences[1:3]:
        if b.para > title.para and not b.speaker.strip(" ") and _ITS_INFORMATION.match(b.text):
            _as_unnamed(b, "—", only_cue=True)


def _credit_dash_class(page: Page) -> None:
    """The headline's source by the class of what its closing dash describes (`_dash_class`; round 89): a top office
    ('— top Azerbaijani diplomat', or as the subject, 'Top Syrian diplomat says ...') by `_top_office`; an agency
    ('— news agency') by `_unnamed_agency`; papers ('— declassified documents') a source not named (`reported`),
    the person the headline quotes kept as speaker (round 88's '..., Russian news agencies reported' keeps
    Gerasimov). Run right after `_credit_headline` (the heads of _DASH_SOURCE_NOUNS and the agents): each class acts
    only on what it left (a headline it credited to the body's person keeps that person)."""
    sentences = page.sentences
    title = _headline(sentences)
    if title is None:
        return
    kind, tail = _dash_class(title.text)
    top = tail if kind == "top office" else _TOP_OFFICE_SUBJECT.match(title.text)
    if top is None:
        _top_office_acts(title, sentences)
    if top is not None:
        _top_office(title, sentences, top)
    if kind == "agency":
        _unnamed_agency(title, sentences)
    if kind == "papers" and not title.cues.get("reported"):
        title.cues["reported"] = ["—"]


def _headline_states(sentences: list[_Sentence]) -> None:
    """'Thailand-Cambodia ceasefire remains tenuous, Thai Foreign Ministry states': the crediting clause's 'states'
    is 'says' (round 89)."""
    title = _headline(sentences)
    m = _HEADLINE_STATES.search(title.text) if title is not None and not title.cues else None
    if title is None or m is None:
        return
    title.speaker, title.speaker_kind = m.group(1).removeprefix("the "), "phrase"
    title.cues["attributed"] = ["states"]
