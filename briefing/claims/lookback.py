"""Claim speakers: what refers back ("he said", "the minister said", "it said", "the paper said").

`_resolve_pronoun` takes a pronoun or a definite noun to an earlier mention: the person a quotation continues, the
nearest fitting person (by the text's own pronouns), the body, state, outlet or paper that spoke before, the
holder of an office the paragraph opened with.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from briefing.actors import TITLE_WORDS, Found
from briefing.claims.bodies import (
    _BODY_KIND_BEFORE,
    _GENERIC_BODIES,
    _KIND_WORDS,
    _described_body,
    _fits,
    _kind_written_before,
    _opening_body,
    _phrase_subject,
    _possessive_phrase,
    _subject_body,
)
from briefing.claims.nouns import (
    _HEAD_TITLES,
    _NOT_PERSON_WORDS,
    _PERSON_TITLES,
    _QUOTE_OPEN,
    _SPOKES_WORD,
    _SUBJECT_VERB,
    _TRAILING_SAID,
    _VERB_AFTER,
    PEOPLE_NOUNS,
    _bare_name,
    _paragraph_before,
    _person_like,
    _personal,
    _quoted_at,
    _quoted_spans,
    _sentence_opened,
    _Source,
    _still_quoting,
    _strip_titles,
    _surname,
    _unnamed,
)
from briefing.claims.offices import _former_holder, _office_holder_before, _titled_holder
from briefing.claims.status import SAID_STATED_NOTED, SPEECH, TELL_FORMS, Page, _outside_quotes, _Sentence
from briefing.claims.subjects import _OUTLET_NOUNS

# "Zubaidi, leader of the Southern Transitional Council,": the body a person is named as leading
_LEADER_OF = re.compile(
    r"\s*,\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:leader|head|chief|founder|chairman|chairwoman|president)\s+of\s+(?:the\s+)?"
)
# the blocs "the bloc" refers back to
_BLOC_NAMES = re.compile(
    r"(?:the\s+)?(?:European\s+Union|EU|NATO|ASEAN|BRICS|African\s+Union|Mercosur|G7|G20|OPEC\+?|"
    r"Gulf\s+Cooperation\s+Council|GCC|ECOWAS|Association\s+of\s+Southeast\s+Asian\s+Nations)",
    re.I,
)
# a paper that speaks as a sentence's subject: "The report also pointed to a comment from ... Sanae Takaichi"
_PAPER_SPEAKS = re.compile(
    r"^(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:report|study|survey|document|statement|letter|memo|filing|"
    r"analysis|assessment|review|complaint|ruling|indictment)\s+(?:also\s+)?[a-z]+"
)


def _paper_cites_person(sent: _Sentence, found: Sequence[Found]) -> bool:
    """Whether the sentence opens with a paper that speaks ("The report also pointed to ...") and names a person:
    a paper is never "she", the person it cites may be."""
    return _PAPER_SPEAKS.match(sent.text) is not None and any(
        f.kind == "person" and sent.start <= f.start < sent.end for f in found
    )


# a document a sentence opens with, that "it states" may refer to
_PAPER_SUBJECT = re.compile(
    r"^(?:[\w\s,()]{0,40}\(Reuters\)\s+-\s+)?(?:A|An|The)\s+(?:[\w-]+\s+){0,2}?(handbook|manual|guide|guidebook|memo|"
    r"memorandum|document|dossier|leaflet|pamphlet|letter|report)\b(?!\s+(?:said|says|states|stated)\b)"
)


def _led_body(src: _Source, text: str, pos: int, end: int, found: Sequence[Found]) -> _Source | None:
    """'his group said' -> the body the person "his" refers to (the last person named before it, this paragraph or the
    one before) was named as leading anywhere in the text ("Zubaidi, leader of the Southern Transitional Council");
    None when there is no such person or body."""
    pronoun = src.kind.partition(":")[2]
    said = re.search(rf"\b{pronoun}\s+{src.name}\b", text[pos:end], re.I) if end > pos else None
    at = pos + said.start() if said else pos
    window = _paragraph_before(text, at)
    person = next(
        (f for f in reversed(found) if f.kind == "person" and window <= f.start and f.end <= at), None
    )
    if person is None:
        return None
    for f in found:
        led = _LEADER_OF.match(text, f.end) if f.name == person.name else None
        body = next(
            (g for g in found if led and g.start == led.end() and g.kind in ("organisation", "unit")), None
        )
        if body is not None:
            return _Source(body.name, body.kind, src.verb)
    return None


# '..., it added.' closing a sentence: the reporting clause after what was said
# a name a number or quantifier counts only qualifies the noun after it ("four ISIS weapons caches", "25 Hamas
# fighters"): not the subject of a verb (round 64)
_COUNTED_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
    r"thousands|several|many|more|fewer))(?:\s+of)?\s+$"
)
# (the verbs: SAID_STATED_NOTED of claims.status with "adds", "wrote")
_CLOSING_IT = re.compile(
    r"it\s+(?:also\s+)?(?:said|added|says|adds|stated|noted|wrote)\b[^,;:\"“”]{0,40}?[.!]?\s*$"
)


def _body_subject_before(
    before: list[_Sentence], text: str, pos: int, found: Sequence[Found]
) -> Found | None:
    """The body that opens the nearest sentence before `pos` in this paragraph or the one before as its subject,
    skipping sentences about something else; None if none."""
    window = _paragraph_before(text, pos)
    for b in reversed(before[-3:]):
        if b.start < window:
            return None
        subject = _subject_body(b, text, found)
        if subject is not None:
            return subject
    return None


# "BP agrees deal to sell ... stake in Castrol to US investment firm" / "..., the company said": of several bodies
# named nearby, "the company" is the one the headline opens with as its subject, when the body names it too
def _headline_body(
    before: list[_Sentence], text: str, found: Sequence[Found], near: Sequence[Found]
) -> Found | None:
    """The body the headline opens with, when it is among the bodies `near` (named in the body); None otherwise."""
    if not before or before[0].para != 1:
        return None
    subject = _subject_body(before[0], text, found)
    if subject is None or not any(f.name == subject.name and f.start >= before[0].end for f in near):
        return None
    return subject


# "Maria Corina Machado said on Monday she would return ... / "...," he said": the text's own pronouns tell a person's
# gender, and "he" is never a woman it has called "she" (nor "she" a man); no list of given names is needed
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s|$)|\n")
# "him" and an object "her" are left out: as objects they are someone else ("Trump thanked her for ..."); a possessive
# "her" before a noun is the subject's ("Machado gave him her medal", "Frederiksen told her ministers")
_GENDER_WORD = re.compile(
    r"\b(she|herself|he|his|himself|her(?=\s+(?!(?:the|a|an|to|for|from|with|about|of|in|on|at|that|and|or|as|into|"
    r"out|up|back|off|this|these|those|his|their|its|if|when|after|before|because|so|but)\b)[a-z]))\b",
    re.I,
)
_FEMININE = frozenset({"she", "herself", "her"})
_SOMEONE_ELSE = re.compile(rf"\b(?:{'|'.join(sorted(_PERSON_TITLES | PEOPLE_NOUNS))})s?\b", re.I)


def _text_gender(text: str, found: Sequence[Found], name: str) -> str:
    """'f' or 'm' when every mention of the person called `name` that is the only person named in its sentence so
    far goes on, before another person or person noun, with the same gender of pronoun ("Machado said she ...");
    '' when the text does not tell or tells both."""
    last = name.split()[-1].lower() if name else ""
    told: set[str] = set()
    people = [f for f in found if _person_like(f)]
    for f in people:
        if f.name.split()[-1].lower() != last:
            continue
        opened = _sentence_opened(text, f.start)
        ends = _SENTENCE_END.search(text, f.end)
        stop = ends.start() if ends else len(text)
        if any(opened <= g.start < f.start and g.name.split()[-1].lower() != last for g in people):
            continue  # another person before it in the sentence may be whom its pronouns refer to
        stop = min([g.start for g in people if f.end <= g.start < stop] + [stop])
        other = _SOMEONE_ELSE.search(text, f.end, stop)
        stop = other.start() if other else stop
        quoted = _quoted_spans(text, max(0, opened), len(text) if ends is None else ends.end())
        # (searched to the sentence's end: the lookahead of a possessive "her" reads the word after `stop`)
        said = next(
            (
                m
                for m in _GENDER_WORD.finditer(text, f.end, ends.end() if ends else len(text))
                if m.start() < stop and not _quoted_at(quoted, m.start())
            ),
            None,
        )
        if said is not None:
            told.add("f" if said.group(1).lower() in _FEMININE else "m")
    return told.pop() if len(told) == 1 else ""


def _gender_fits(text: str, found: Sequence[Found], name: str, pronoun: str) -> bool:
    """Whether "he"/"she" may refer to the person called `name`: not when the text's pronouns say otherwise."""
    if pronoun not in ("he", "she"):
        return True
    return _text_gender(text, found, name) != ("m" if pronoun == "she" else "f")


# ", the police said.", "The police said ...": the definite bare noun, which alone names no one (`reported`)
_THE_POLICE_SAID = re.compile(
    r"(?:^|(?<=[,\s]))(?:the|The)\s+police\s+(?:also\s+|later\s+)?(?:said|say|says|added)\b"
)


def _police_named_before(page: Page) -> None:
    """'..., the country's Federal Highway Police said. / ..., the police said.': "the police" right after a police
    force that spoke under its name (in the three sentences before) is that force (round 84's label), as "the
    coalition said" is the coalition named before; with none named it stays an unnamed source."""
    sentences = page.sentences
    for i, sent in enumerate(sentences):
        if not i or sent.speaker or not sent.unnamed or set(sent.cues) - {"reported"}:
            continue
        if not _THE_POLICE_SAID.search(
            _outside_quotes(sent.text, sent.quote and sent.text[:1] not in _QUOTE_OPEN)
        ):
            continue
        named = _spoke_with_noun("police", sentences[max(0, i - 3) : i], sent.start)
        if named is None:
            continue
        sent.speaker, sent.speaker_kind = named.speaker, named.speaker_kind
        sent.cues = {"attributed": ["police said"]}
        sent.unnamed = False


def _institution_before(before: list[_Sentence]) -> _Sentence | None:
    """The nearest of the three sentences before whose speaker is an institution (not a person or an office named
    for its holder): the one a closing "..., it added" goes on with."""
    return next(
        (
            b
            for b in reversed(before[-3:])
            if b.speaker
            and not b.relative
            and b.speaker_kind in ("organisation", "outlet", "unit", "phrase")
            and not _personal(b)
        ),
        None,
    )


def _state_spoke_before(pronoun: str, before: list[_Sentence], para_start: int) -> _Sentence | None:
    """'Russia said ... / It said it would retaliate': the state that spoke in the sentence just before, in the
    same paragraph ("it" of a state: the pronoun goes on with it)."""
    prev = before[-1] if before else None
    if (
        pronoun == "it"
        and prev is not None
        and prev.start >= para_start
        and prev.speaker
        and prev.speaker_kind == "state"
        and not prev.relative
    ):
        return prev
    return None


_OUTLET_NAME = r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
_CALLED_OUTLET = re.compile(
    rf"\b(?i:{'|'.join(_OUTLET_NOUNS)})\s+(?:the\s+)?{_OUTLET_NAME}"
)  # "newspaper Blick"
_OUTLET_CALLED = re.compile(rf"{_OUTLET_NAME}\s+(?:{'|'.join(_OUTLET_NOUNS)})\b")  # "the IRAN newspaper"


def _outlet_before(
    src: _Source, before: list[_Sentence], text: str, pos: int, found: Sequence[Found]
) -> _Source:
    """'the paper said' -> the outlet named last in this paragraph or the one before (an outlet by its kind, or a
    name the text calls a newspaper, paper, daily, ...: "Swiss newspaper Blick", "the state-owned IRAN newspaper");
    else an outlet that spoke just before; else the noun as written."""
    window = _paragraph_before(text, pos)
    named = [
        (f.start, f.name, f.kind) for f in found if window <= f.start and f.end <= pos and f.kind == "outlet"
    ]
    named += [
        # a sentence's full stop is not part of the name ("website FlightAware.")
        (m.start(1), m.group(1).removesuffix(".") if m.group(1).count(".") == 1 else m.group(1), "outlet")
        for rx in (_CALLED_OUTLET, _OUTLET_CALLED)
        for m in rx.finditer(text, window, pos)
        if m.group(1) not in ("The", "A", "An", "Its", "Their")
    ]
    if named:
        _, name, kind = max(named)
        return _Source(name, kind, src.verb)
    # an outlet that spoke in the five sentences before, named further back ("the paper said" again)
    spoke = next(
        (
            b
            for b in reversed(before[-5:])
            if b.speaker
            and (
                b.speaker_kind == "outlet"
                or any(
                    m.group(1).split()[-1] == b.speaker.split()[-1]
                    for rx in (_CALLED_OUTLET, _OUTLET_CALLED)
                    for m in rx.finditer(b.text)
                )
            )
        ),
        None,
    )
    if spoke is not None:
        return _Source(spoke.speaker, spoke.speaker_kind, src.verb)
    return _Source(src.name, "phrase", src.verb)


def _state_issuer(src: _Source, text: str, pos: int, found: Sequence[Found]) -> _Source:
    """'the Russian statement said': the nearest body of that state named before ("Russian Foreign Ministry",
    "Russia's foreign ministry"), not a person named since; else the state, as "The UAE statement said" (round 39)."""
    states = [g for g in found if g.kind == "state" and g.name == src.name and g.end <= pos]
    bodies = [
        (g, f)
        for g in states
        for f in found
        if f.kind in ("organisation", "unit")
        and f.end <= pos
        and pos - f.end < 2000
        # the state written before the body or inside its name ("Russian Foreign Ministry")
        and (text[g.end : f.start] in ("", " ", "'s ", "’s ") or f.start <= g.start < g.end <= f.end)
    ]
    if bodies:
        g, f = max(bodies, key=lambda gf: gf[1].start)
        return _Source(text[min(g.start, f.start) : f.end], "phrase", src.verb)
    return _Source(src.name, "state", src.verb)


def _paper_maker(src: _Source, before: list[_Sentence]) -> _Source:
    """'the report said' -> the named speaker of the nearest sentence of the three before that names a paper of that
    kind ("the National Security Bureau said in a report", "A new report by the World Bank found"); else no one
    named, as a report nobody is named for ("The report said" alone)."""
    kind = re.compile(rf"\b{re.escape(src.name)}s?\b", re.I)
    for sent in reversed(before[-3:]):
        if sent.relative or not kind.search(sent.text):
            continue
        if sent.speaker and sent.speaker_kind not in ("unnamed", "several", "state", "seat"):
            return _Source(sent.speaker, sent.speaker_kind, src.verb)
        break
    return _Source("", "unnamed", src.verb)


# a sentence that opens on a group and its verb and closes on ", they said": "Swedish police are investigating ..."
_GROUP_THEN_THEY = re.compile(
    r"(?:[A-Z][A-Z\s,]*\d*\s*\([^()]{1,20}\)\s*-\s*)?(?:(?:The|the)\s+)?(?:[A-Z][\w-]*\s+)?([A-Za-z][a-z-]+)\s+"
    r"(?:are|were|have|had|has|is|was)\s[^\"“”;]{10,200}?,\s+they\s+(?:said|say|told|added)\b"
)


# what a source issues and "the <noun> said" refers back to: whoever issued it ("the post said" of a police post on X,
# round 74)
_ISSUED_PAPERS = ("statement", "readout", "post")


# the maker's capitalised name after "by" ("the John F Kennedy Presidential Library and Museum")
_MAKER_NAME = re.compile(r"[A-Z][\w’'-]*\.?(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][\w’'-]*\.?)+")


def _maker_by(noun: str, before: list[_Sentence], found: Sequence[Found], pos: int) -> _Source | None:
    """The body or person a sentence before names as the maker of the paper after "by" ("Her passing was announced in
    a social media post by the John F Kennedy Presidential Library and Museum"), in the last sentence that names the
    paper when it credits no one itself, or None (round 117)."""
    named = next(
        (b for b in reversed(before) if pos - b.start < 2000 and re.search(rf"\b{noun}\b", b.text)), None
    )
    # (not a sentence with a source of its own: "the ministers ... said in a joint statement released by the UK's
    # Foreign Office" is the ministers')
    by = (
        re.search(rf"\b{noun}\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?", named.text)
        if named is not None and not named.cues
        else None
    )
    if named is None or by is None:
        return None
    at = named.start + by.end()
    person = next((f for f in found if f.start == at and f.kind == "person"), None)
    name = _MAKER_NAME.match(named.text, by.end())
    # where the maker's name ends in the sentence: the model's person, or the capitalised words read
    after = max(name.end() if name else by.end(), person.end - named.start if person is not None else 0)
    if _MORE_MAKERS.match(named.text, after):
        # "signed by British Prime Minister Keir Starmer, Danish Prime Minister ... and ...": several makers, none
        # alone (forty-eighth session)
        return _Source("", "several", "")
    if person is not None:
        return _Source(person.name, "person", "")
    return _Source(name.group().rstrip("."), "organisation", "") if name else None


# after a maker's name, another maker: "..., Danish Prime Minister Mette Frederiksen", "... and the EU"
_MORE_MAKERS = re.compile(r"\s*(?:,\s+|\s+and\s+)(?:the\s+)?[A-Z]")


def _resolve_pronoun(
    src: _Source, before: list[_Sentence], text: str, pos: int, found: Sequence[Found], end: int = 0
) -> _Source | None:
    """'he said' -> the person the quotation before continues, else the nearest person named before it in the
    paragraph, else the person quoted in the sentence before, else the person the paragraph before is most about;
    'it/they said', 'the ministry said' -> the institution that spoke last; 'his lawyers' -> that person's."""
    kind, _, pronoun = src.kind.partition(":")
    para_start = text.rfind("\n", 0, pos) + 1
    if kind == "anaphor-outlet":
        return _outlet_before(src, before, text, pos, found)
    if kind == "anaphor-issuer":
        return _state_issuer(src, text, pos, found)
    if kind == "anaphor-paper":
        return _paper_maker(src, before)
    if kind == "anaphor-led":
        return _led_body(src, text, pos, end, found)
    if kind == "anaphor-former":
        # the person named before with that former office, else the office as written
        holder = _former_holder(text, pos, src.name, found)
        return (
            _Source(holder.name, holder.kind, src.verb)
            if holder is not None
            else _Source(src.name, "phrase", src.verb)
        )
    if kind == "anaphor-named" and src.name == "bloc":
        # "The European Union imposed the measures ... / The bloc said" (round 139): the bloc named last in this
        # paragraph or the one before
        window_start = _paragraph_before(text, pos)
        blocs = [f for f in found if window_start <= f.start < pos and _BLOC_NAMES.fullmatch(f.name)]
        if blocs:
            return _Source(blocs[-1].name, blocs[-1].kind, src.verb)
    if kind == "anaphor-named":
        named = [
            f
            for f in found
            if f.end <= pos
            and pos - f.end < 2000
            and f.kind in ("organisation", "unit")
            and f.name.lower().split()[-1:] == [src.name]
        ]
        return _Source(named[-1].name, named[-1].kind, src.verb) if named else None
    prev = next((b for b in reversed(before) if not b.relative), None) if before else None
    group = _GROUP_THEN_THEY.match(text, pos, end) if pronoun == "they" and end > pos else None
    if (
        group is not None
        and _unnamed(group.group(1))
        and not any(pos <= f.start < group.end(1) for f in found if f.kind not in ("state", "place"))
    ):
        # "Swedish police are investigating a serious incident ..., they said on Thursday" (round 77): the group
        # the sentence opens with, not named, is who "they" are
        return _Source("", "unnamed", src.verb)
    if kind == "anaphor" or pronoun in ("it", "they"):
        it_at = re.search(r"\bit\b", text[pos:end]) if end > pos else None
        stop = pos + it_at.start() if it_at else pos
        # a name inside a quotation before '," it added' is what was said, not who said it (round 35)
        in_quote = _quoted_spans(text, pos, stop) if stop > pos else []
        here = [
            f
            for f in found
            if pos <= f.start < stop
            and f.kind in ("organisation", "outlet", "unit")
            and not _quoted_at(in_quote, f.start)
        ]
        if not here and pronoun == "it" and re.search(r"[,!?][\"”’]\s+$", text[pos:stop]):
            # 'Pakistan has assured Bangladesh of "...," it added in Tuesday's statement': a closing "it" after a
            # quotation goes on with the institution that spoke just before, not the sentence's subject (round 35)
            went_on = _institution_before(before)
            if went_on is not None:
                return _Source(went_on.speaker, went_on.speaker_kind, src.verb)
        if not here and pronoun == "it":
            # "The United States on Monday pledged $2bn ..., part of what it said was": the state that opens the
            # sentence as its subject
            here = [
                f
                for f in found
                if f.kind == "state"
                and not f.demonym  # "Venezuelans deserve ...," it added: the people, not the state
                and pos <= f.start < stop
                and re.fullmatch(r"(?:the\s+|The\s+)?", text[pos : f.start])
            ]
            if not here and any(
                f.kind == "place" and f.start == pos and _SUBJECT_VERB.match(text, f.end) for f in found
            ):
                # "Kyiv has long sought to curtail this revenue stream, which it says is funding ...": the capital
                # opening the sentence as its subject is what "it" stands for, not a body named before (round 80);
                # a capital for its government is no one named
                return _Source("", "several", src.verb)
        if here and pronoun == "it" and _CLOSING_IT.match(text, stop, end or len(text)):
            # "Intelligence indicated the camps were used by Islamic State group elements ..., it added": a closing
            # "it" goes on with the institution that spoke in the sentences before, when no name here is a subject
            # (round 49)
            went_on = _institution_before(before)
            # (a name a number counts is no subject: "eliminated four ISIS weapons caches, it said", round 64)
            if went_on is not None and not any(
                _SUBJECT_VERB.match(text, f.end)
                and not _COUNTED_BEFORE.search(text, max(0, f.start - 30), f.start)
                for f in here
            ):
                return _Source(went_on.speaker, went_on.speaker_kind, src.verb)
        if here and pronoun == "it":  # "Baza published footage of what it said was": the sentence's subject,
            # the name a verb follows ("Telegram channel Baza published CCTV footage": Baza)
            subject = next((f for f in here if _VERB_AFTER.match(text, f.end)), None)
            if subject is None and prev is not None and not prev.speaker and "attributed" in prev.cues:
                # "The leaders' joint statement called ... / Denmark was part of NATO, it added, urging ...": no name
                # here is a subject, and the sentence before was credited with no one name (several authors, a
                # capital): its source goes on, not the name spoken of (forty-eighth session)
                return _Source("", "several", src.verb)
            subject = subject or here[0]
            if subject.kind == "state" and text[subject.end : subject.end + 2] in ("'s", "’s"):
                # "Hong Kong's anti-graft agency arrested ..., it said": the state's body (a place never speaks)
                phrase = _possessive_phrase(text, subject, end or len(text))
                return _Source(phrase, "phrase", src.verb) if phrase else _Source("", "several", src.verb)
            return _Source(subject.name, subject.kind, src.verb)
        opener = _opening_body(src, text, pos, end, found) if kind == "anaphor" else None
        if opener is not None:
            return opener
        if not here and pronoun == "it" and stop > pos:
            # "The army released maps of areas it said would be targeted": the institution this sentence opens
            # with (round 49)
            own = _phrase_subject(text, pos, stop)
            if own:
                return _Source(own, "phrase", src.verb)
        state = _state_spoke_before(pronoun, before, para_start)
        if state is not None:
            return _Source(state.speaker, state.speaker_kind, src.verb)
        if src.name in _ISSUED_PAPERS:  # "the statement continued", "the post said": whoever issued it
            # the nearest source before, also an unnamed one ("In a longer statement, his family said ... / The
            # statement said": not the person who spoke before the family; round 49)
            last = next(
                (b for b in reversed(before[-3:]) if (b.speaker or b.unnamed) and not b.relative), None
            )
            # the source of the sentence that named the statement ("A Russian Foreign Ministry statement said
            # ... / ..., the statement from Moscow said"), when whoever spoke in between is a person who made no
            # statement, or no one named spoke (round 58)
            issued = next(
                (
                    b
                    for b in reversed(before)
                    if b.speaker
                    and not b.relative
                    and pos - b.start < 2000
                    and re.search(rf"\b{src.name}\b", b.text, re.I)
                ),
                None,
            )
            if issued is not None and (
                last is None
                or not last.speaker
                or (last.speaker_kind == "person" and not re.search(rf"\b{src.name}\b", last.text, re.I))
            ):  # a person who spoke in between without a statement did not issue it
                last = issued
            # "announced in a social media post by the JFK Library. / ..., the post said": the maker after "by"
            maker = _maker_by(src.name, before, found, pos) if last is None or not last.speaker else None
            if maker is not None:
                return _Source(maker.name, maker.kind, src.verb)
            # a statement of no one named before: someone not named
            return (
                _Source(last.speaker, last.speaker_kind, src.verb)
                if last is not None and last.speaker
                else _Source("", "unnamed", src.verb)
            )
        if kind == "anaphor" and src.name and src.name.split()[-1] not in _KIND_WORDS:
            # "The Argentine Football Association ... the association has said": the nearest body named before
            # whose name ends with that word, before whoever spoke last (a word of
            # no kind fits any name)
            head = src.name.split()[-1]
            named = [
                f
                for f in found
                if f.end <= pos
                and pos - f.end < 2000
                and f.kind in ("organisation", "unit")
                and f.name.lower().split()[-1:] == [head]
            ]
            if named:
                return _Source(named[-1].name, named[-1].kind, src.verb)
            spoke_as = _spoke_with_noun(head, before, pos) if src.name == head else None
            if spoke_as is not None:
                return _Source(spoke_as.speaker, spoke_as.speaker_kind, src.verb)
        for sent in reversed(before[-3:]):  # an institution, not an office held by a person ("the minister")
            if (
                pronoun == "it"
                and sent.speaker
                and sent.speaker_kind == "person"
                and not sent.relative
                and _BODY_KIND_BEFORE.search(sent.text, 0, max(sent.text.find(sent.speaker), 0))
            ):
                # "Grid company Stromnetz Berlin said ... / On Sunday, it said": a name the model called a person,
                # written after a body's kind noun, is that body (round 49)
                return _Source(sent.speaker, "organisation", src.verb)
            described = _described_body(sent)
            if (
                sent.speaker
                and not sent.relative
                and described
                and (pronoun == "it" or (kind == "anaphor" and src.name.split()[-1:] == [described]))
            ):
                # "Hengaw, a Kurdish Iranian rights group, put the toll at 25. It said ...", "... / The group said":
                # the body the text described as one when it named it (groups79)
                return _Source(sent.speaker, "organisation", src.verb)
            if (
                sent.speaker
                and sent.speaker_kind in ("organisation", "outlet", "unit", "phrase")
                and not _personal(sent)
                and (
                    _fits(src.name if kind == "anaphor" else "", sent.speaker)
                    # "North Korea's KCNA news agency said ... According to the news agency": named with its kind
                    or (
                        kind == "anaphor"
                        and " " in src.name
                        and re.search(
                            rf"\b{re.escape(sent.speaker)}\s+(?:[\w-]+\s+)?{re.escape(src.name.split()[-1])}\b",
                            sent.text,
                        )
                        is not None
                    )
                )
            ):
                return _Source(sent.speaker, sent.speaker_kind, src.verb)
        described_as = (
            _described_as(src.name.split()[-1], text, found, pos) if kind == "anaphor" and src.name else None
        )
        if described_as is not None:
            return _Source(described_as.name, "organisation", src.verb)
        if kind == "anaphor" and src.name in _GENERIC_BODIES:
            # "Louis Gerstner, the businessman credited with turning around IBM, has died aged 83, the company
            # announced" (round 154): the one body this sentence names before "the company" closes it
            said_at = re.search(rf"\b[Tt]he\s+{re.escape(src.name)}\b", text[pos:end]) if end > pos else None
            named_here = {
                f.name
                for f in found
                if said_at is not None
                and pos <= f.start < pos + said_at.start()
                and f.kind in ("organisation", "unit")
            }
            if (
                said_at is not None
                and said_at.start() > 0
                and text[pos + said_at.start() - 2] == ","
                and len(named_here) == 1
            ):
                one = next(f for f in found if f.name in named_here)
                return _Source(one.name, one.kind, src.verb)
            # "Colorado Parks and Wildlife spokesperson ... / the agency said": the one body named in these paragraphs
            window_start = _paragraph_before(text, pos)
            near = [f for f in found if window_start <= f.start < pos and f.kind in ("organisation", "unit")]
            if len({f.name for f in near}) == 1:
                # a name the model cut before "and" goes on: "Colorado Parks" of "Colorado Parks and Wildlife"
                more = _NAME_GOES_ON_AND.match(text, near[0].end)
                name = near[0].name + (
                    more.group() if more and near[0].name == text[near[0].start : near[0].end] else ""
                )
                return _Source(name, near[0].kind, src.verb)
            headline = _headline_body(before, text, found, near)
            if headline is not None:  # round 43
                return _Source(headline.name, headline.kind, src.verb)
            # "..., Alpine Rescue (Soccorso Alpino) said. / ..., the organisation said": no body named in these
            # paragraphs, the name the model read as a person that spoke last is that body (a person is never "the
            # organisation"), unless the text calls it "he" or "she" or describes it as another kind
            named_last = next((b for b in reversed(before[-3:]) if b.speaker or b.unnamed), None)
            if (
                not near
                and src.name in ("organisation", "organization")  # not "the group": a group of people too
                and named_last is not None
                and not _described_body(
                    named_last
                )  # "HRANA, a network of rights activists, said": another kind
                and named_last.start >= window_start
                and named_last.speaker_kind == "person"
                and not named_last.relative
                and not _text_gender(text, found, named_last.speaker)
            ):
                return _Source(named_last.speaker, "organisation", src.verb)
        opened = _body_subject_before(before, text, pos, found) if pronoun == "it" else None
        if opened is not None:  # round 43
            return _Source(opened.name, opened.kind, src.verb)
        if pronoun == "it" and prev is not None and prev.start >= _paragraph_before(text, pos):
            # "The nation's weather bureau issued heat warnings ... / It also warned of": the unnamed institution
            # the sentence before opens with (round 49)
            opened_by = _phrase_subject(text, prev.start, prev.end)
            if opened_by:
                return _Source(opened_by, "phrase", src.verb)
        if pronoun == "it":
            # "A handbook found during a raid offers instructions ... / '...,' it states": the document the text
            # opened with (this paragraph or the one before), when no body spoke
            window = _paragraph_before(text, pos)
            for sent in reversed(before[-3:]):
                paper = _PAPER_SUBJECT.match(sent.text) if sent.start >= window else None
                if paper:
                    return _Source(paper.group(1).lower(), "phrase", src.verb)
        if pronoun == "they":
            # "..., party officials said. / They said ...": the unnamed source that spoke last goes on
            said_last = next(
                (b for b in reversed(before[-3:]) if (b.speaker or b.unnamed) and not b.relative), None
            )
            window = _paragraph_before(text, pos)  # this paragraph and the one before
            if (
                said_last is not None
                and said_last.unnamed
                and not said_last.speaker
                and said_last.start >= window
            ):
                return _Source("", "unnamed", src.verb)
        if kind == "anaphor" and src.name in _KIND_WORDS:
            # "... at the request of Germany's Ministry of Foreign Affairs" / "the ministry was quoted as stating":
            # the nearest body of that kind named in this paragraph or the one before, when none spoke
            window = _paragraph_before(text, pos)
            kin = [
                f
                for f in found
                if window <= f.start
                and f.end <= pos
                and f.kind == "organisation"
                and src.name in f.name.lower().split()
            ]
            if kin:
                return _Source(kin[-1].name, kin[-1].kind, src.verb)
        # "the military said" with no institution named before: that institution, as the text names it
        return (
            _Source(_kind_written_before(src.name, text, pos), "phrase", src.verb)
            if kind == "anaphor"
            else None
        )
    person = ""
    # the pronoun as written: "the judge said" and "the 26-year-old activist told" come as "he" too (round 43)
    said_as = pronoun if kind == "pronoun" and src.name.lower() in ("", "he", "she") else ""

    def personal(sent: _Sentence) -> bool:
        # a name the model called an organisation is a person when the text calls it "she" or "he" (round 43)
        return _personal(sent) or (
            sent.speaker_kind == "organisation"
            and said_as in ("he", "she")
            and _text_gender(text, found, sent.speaker) == ("f" if said_as == "she" else "m")
        )

    # a person named in this paragraph after the last speaker's sentence is nearer ("Another resident, Natalia
    # Marshavska, described ...; ..., she told AFP"), and so is the subject of the sentence right before
    window = (
        text.rfind("\n", 0, para_start - 1) + 1 if para_start > 1 else para_start
    )  # this and the one before
    source = next((b for b in reversed(before) if (b.speaker or b.unnamed) and not b.relative), None)
    if (
        kind == "pronoun"
        and source is not None
        and source.unnamed
        and not source.speaker
        and source.start >= window
        and not _person_opens(source, found)
        and not _subject_before_unnamed(_unnamed_origin(before, source), text, found)
        # (not a described person after a report about a person it names: "George Clooney has become French, an
        # official decree showed. / '...,' the 64-year-old actor told RTL": the actor, not the decree)
        and not (
            src.name.lower() not in ("", "he", "she")
            and any(f.kind == "person" and source.start <= f.start < source.end for f in found)
        )
        # (nor "she" after a paper that cites a person: "The report also pointed to a comment from Japanese Prime
        # Minister Sanae Takaichi ... / She said ...": a paper is never "she", the person it names is)
        and not (said_as in ("he", "she") and _paper_cites_person(source, found))
    ):
        # 'An Iranian official told Reuters ... / "...," he added': the unnamed source goes on, unless a person is
        # named since (outside quotations)
        quoted_since = _quoted_spans(text, source.end, max(end, pos))
        if not any(
            f.kind == "person" and not _quoted_at(quoted_since, f.start)
            for f in found
            if source.end <= f.start < max(end, pos)
        ):
            return _Source("", "unnamed", src.verb)
    if (
        kind == "pronoun"
        and source is not None
        and source.speaker
        and source.speaker_kind in ("organisation", "unit", "outlet", "phrase")
        and source.start >= window
        and any(b.speaker == source.speaker and _SPOKES_WORD.search(b.text) for b in before[-4:])
    ):
        # 'a European Commission spokesperson said ... / "...," the spokesperson said / ..., she added': the body's
        # spokesperson goes on, unless a person is named since (outside quotations) (round 42)
        quoted_since = _quoted_spans(text, source.end, max(end, pos))
        if not any(
            f.kind == "person" and not _quoted_at(quoted_since, f.start)
            for f in found
            if source.end <= f.start < pos
        ):
            return _Source(source.speaker, source.speaker_kind, src.verb)
    spoke = [f.end for f in found if prev is not None and f.name == prev.speaker and window <= f.start < pos]
    if prev is not None and personal(prev) and not spoke and prev.start >= window:
        spoke = [
            prev.end
        ]  # a speaker the model did not tag ("Another resident, Natalia Marshavska, described")
    # names inside the last speaker's own sentence are what they spoke of ("said of the plan by Donald Trump")
    since = max(spoke[-1], prev.end) if spoke and prev is not None else para_start
    last_person = None
    if not spoke:  # a person named after the last speaker's sentence, in this paragraph or the one before, is
        # nearer than that speaker ('Zelensky said ... / ... Syrsky vowed to ... / "...," he said': Syrsky)
        last_person = next(
            (b for b in reversed(before) if b.speaker and not b.relative and personal(b)), None
        )
        if last_person is not None and last_person.start >= window:
            since = last_person.end
        else:
            last_person = None
    # and a person named in this sentence before the pronoun ("Mr Sanchez blamed ... what he described as")
    # (the pronoun that speaks is outside the quotation: in '"... Rubio ... he ruled out ...," he said' it is the last)
    at = None
    if pronoun and end > pos:
        inside = _quoted_spans(text, pos, end)
        # "Guterres is alarmed, his spokesperson said": "his" stands where "he" would
        said_by = src.name if src.name in ("his", "her", "its", "their") else pronoun
        found_at = re.finditer(rf"\b{said_by}\b", text[pos:end], re.I)
        at = next((m for m in found_at if not _quoted_at(inside, pos + m.start())), None)
    limit = pos + at.start() if at else pos
    closing = _TRAILING_SAID.search(text, pos, end) if at and end > pos else None
    if closing is not None and closing.start("who") == limit:
        limit = pos  # "It does not match what Berg says, she said": names in what she said are not "she"
    quoted = _quoted_spans(text, window, limit)  # a name inside a quotation is not whom "he" refers to
    newer = [
        f
        for f in found
        if since <= f.start < limit
        and f.kind == "person"
        and (prev is None or f.name != prev.speaker)
        and not _quoted_at(quoted, f.start)
        and _may_be(text, f, pronoun)
        and _gender_fits(text, found, f.name, said_as)  # round 43
    ]
    # a name that only qualifies another ("Maduro's most credible opponent") is not whom "she" refers to, and the
    # last speaker named again ("Machado - widely seen as ... - left") is still the one the text is about
    heads = [f for f in newer if text[f.end : f.end + 3].strip()[:2] not in ("'s", "’s")] or newer
    chained = _pronoun_chain(before, pronoun, window, text, heads)
    if chained and not _gender_fits(text, found, chained, said_as):
        chained = ""  # round 43
    if chained:  # 'She has little faith in ... Putin "wants ..." / "...," she said': the "she" before it
        return _Source(f"{chained}'s {src.name}" if kind == "possessive" else chained, "person", src.verb)
    bare = _bare_people(text, since, limit, found, quoted) if last_person is not None and not heads else []
    # the last speaker named again as a subject is still the one the text is about (not when only met or spoken of)
    if last_person is not None and any(
        f.name == last_person.speaker and not _object_of(text, f) for f in heads
    ):
        person = last_person.speaker
    elif heads:
        # "Maria Machado met Donald Trump ... she said": the one the sentence is about, not the one met
        subjects = [f for f in heads if not _object_of(text, f)]
        # only people met or spoken of: the last speaker, when this sentence names them as its subject again
        # ("Canada's Carney says ... / Mark Carney held talks with Trump and Sheinbaum, his spokeswoman said")
        again = [
            f
            for f in found
            if prev is not None
            and f.name == prev.speaker
            and pos <= f.start < limit
            and not _quoted_at(quoted, f.start)
            and not _object_of(text, f)
        ]
        if not subjects and not again and kind == "possessive" and len({f.name for f in heads}) == 1:
            # "delivered Nicolás Maduro into custody, though his lieutenants said": a possessive refers to the one
            # person the sentence names, also when it is the object
            return _Source(f"{heads[-1].name}'s {src.name}", "person", src.verb)
        if (
            not subjects
            and not again
            and len({f.name for f in heads}) == 1
            and prev is not None
            and prev.start <= heads[-1].start < prev.end
            and _paper_cites_person(prev, found)
        ):  # "The report also pointed to a comment from Prime Minister Sanae Takaichi ... / She said": a paper is
            # never "she"; the one person it cites is
            return _Source(heads[-1].name, "person", src.verb)
        if not subjects and not again:
            return _Source("", "several", src.verb)  # whoever spoke is not named
        chosen = subjects[-1] if subjects else again[0]
        if any(
            _coordinated(text, f, chosen) or _coordinated(text, chosen, f)
            for f in heads
            if f.name != chosen.name
        ):
            # "Maria Santos, the mayor, and Ana Reyes, a nurse, ... she said": either; none is guessed
            return _Source("", "several", src.verb)
        person = chosen.name
    elif bare:  # a person the model did not read (it reads only the start of a long text)
        person = bare[-1]
    elif (
        prev is not None
        and personal(prev)
        and prev.quote
        == (
            text[pos : pos + 1] in _QUOTE_OPEN
            or _still_quoting(prev.text, prev.quote and prev.text[:1] not in _QUOTE_OPEN)
        )
    ):
        person = prev.speaker  # the quote before it goes on ('"We agreed. / A lot can be decided," he said')
    if not person:
        people = [
            f
            for f in found
            if para_start <= f.start < pos
            and f.kind == "person"
            and not _quoted_at(quoted, f.start)
            and _may_be(text, f, pronoun)
        ]
        person = people[-1].name if people else ""
        if (
            people
            and prev is not None
            and kind == "pronoun"
            and _spoke_last(prev, spoke, window, personal(prev))
            and prev.start <= people[-1].start < prev.end
            and _possessive(text, people[-1])
            and _gender_fits(text, found, prev.speaker, said_as)
        ):
            # 'Zelenskyy said ... subverted Donald Trump's constant claims ... / "Those 10% ...," he said' (round
            # 119): a name that only qualifies another in the last speaker's own sentence is what they spoke of,
            # not whom the pronoun goes on with
            person = prev.speaker
    if not person and prev is not None and personal(prev):
        person = prev.speaker  # the paragraph before named who speaks
    last = next((b for b in reversed(before) if b.speaker and not b.relative), None)
    if not person and last is not None and personal(last) and last.start >= window:
        prev, person = last, last.speaker  # '"They will view it. / I really don't know," he added.'
    if not person and para_start > 1:
        # "He told reporters" opening a paragraph: the person the paragraph before is most about
        before_start = text.rfind("\n", 0, para_start - 1) + 1
        people = _topic_people(
            text,
            [
                f
                for f in found
                if before_start <= f.start < para_start and f.kind == "person" and _may_be(text, f, pronoun)
            ],
        )
        if people:
            counts = Counter(f.name for f in found if f.kind == "person" and f.start < pos)
            top = max(counts[f.name] for f in people)
            tied = [f for f in people if counts[f.name] == top]
            topics = {f.name for f in tied if not _object_of(text, f)}
            if len({f.name for f in tied}) > 1 and len(topics) != 1:
                return _Source("", "several", src.verb)  # as much about one as another: not guessed
            person = topics.pop() if topics else tied[-1].name
    if not person and pronoun in ("he", "she") and para_start > 1:
        # "The president has made ... / He has said": the person the text named with the office the paragraph
        # before opens with ("US President Donald Trump"), when it names no one (round 62)
        person = _office_holder_before(text, found, para_start)
    if not person and pronoun in ("he", "she"):
        person = _gendered_name(text, found, pronoun, window, pos)  # round 29
    if not person and kind == "pronoun" and src.name.startswith("the "):
        person = _title_person(text, found)  # "..., says the former parliamentarian": whom the headline names
    if not person and kind == "pronoun" and src.name.lower() in TITLE_WORDS | _HEAD_TITLES:
        person = _titled_holder(src.name.lower(), text, found, pos, prev)  # round 67's "said the pope"
    if not person:
        return None
    if (
        at is not None
        and pronoun in ("he", "she")
        and _named_after_pronoun(text, found, person, pos + at.end(), end)
    ):
        # "But while other council officials took the flight, he said al-Zubaidi did not." (round 70): the person
        # the reported clause names after "he said" is someone else than "he"; whoever that is is not guessed
        return _Source("", "several", src.verb)
    if not _gender_fits(text, found, person, said_as):
        # "Machado said she had not spoken to Trump ... He has said": the one other person named in this paragraph
        # or the one before whom "he" may be (round 49); with none or several, not guessed (round 43)
        person = _other_fitting_person(text, found, person, said_as, window, pos)
        if not person:
            return _Source("", "several", src.verb)
    if kind == "possessive":
        return _Source(f"{person}'s {src.name}", "phrase", src.verb)
    if prev is not None and person == prev.speaker and prev.speaker_kind == "phrase":
        return _Source(person, "phrase", src.verb)  # "the US president said ... he added": that office
    return _Source(person, "person", src.verb)


def _topic_people(text: str, people: list[Found]) -> list[Found]:
    """The people a paragraph may be about: a name that only qualifies another ("with Trump's special envoy Steve
    Witkoff") is not whom a "He said" opening the next paragraph refers to, however often the text names that
    person (round 88), unless the paragraph names no one else."""
    return [f for f in people if text[f.end : f.end + 3].strip()[:2] not in ("'s", "’s")] or people


def _named_after_pronoun(text: str, found: Sequence[Found], person: str, start: int, end: int) -> bool:
    """Whether `person` (or a name ending with the same word) is named as a person between `start`, just after the
    speaking pronoun, and `end`, outside quotations: "he said al-Zubaidi did not" is not al-Zubaidi's."""
    last = _surname(person)
    quoted = _quoted_spans(text, start, end)
    return bool(last) and any(
        f.kind == "person"
        and start <= f.start < end
        and f.name.split()[-1].lower() == last
        and not _quoted_at(quoted, f.start)
        for f in found
    )


# "Lesia Danylenko proudly showed off her new front door": a name the model called an organisation is a person when
# the clause it opens goes on with "her"/"his" (a body's is "its"); round 29
# (actors' _said_to_be_a_person reads "his"/"her" too, after any name and for either pronoun, to decide its kind;
# here the possessive has to match the pronoun being resolved, within one clause)
_GENDERED_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){1,6}?(her|his)\b")


def _gendered_name(text: str, found: Sequence[Found], pronoun: str, start: int, pos: int) -> str:
    """The last name of two or three capitalised words, read by the model as an organisation, that opens a
    clause before `pos` going on with the possessive of `pronoun` ("her" for "she"); '' if none."""
    quoted = _quoted_spans(text, start, pos)
    for f in reversed([f for f in found if start <= f.start < pos and f.kind == "organisation"]):
        words = f.name.split()
        gendered = _GENDERED_AFTER.match(text, f.end, pos)
        if (
            2 <= len(words) <= 3
            and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words)
            and not any(w.lower() in _NOT_PERSON_WORDS for w in words)
            and not _quoted_at(quoted, f.start)
            and (f.start == start or re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, f.start - 3) : f.start]))
            and gendered is not None
            and not re.search(r"[,.;:!?\"“”]", text[f.end : gendered.start(1)])
            and gendered.group(1) == ("her" if pronoun == "she" else "his")
        ):
            return f.name
    return ""


_MALE_BEFORE = re.compile(
    r"\b(?:father|son|husband|brother|uncle|nephew|grandfather|grandson|boyfriend|man|boy|king|prince|Mr|Sir|Lord)"
    r"\.?,?\s+$",
    re.I,
)
_FEMALE_BEFORE = re.compile(
    r"\b(?:mother|daughter|wife|sister|aunt|niece|grandmother|granddaughter|girlfriend|woman|girl|queen|princess|"
    r"Mrs|Ms|Miss|Lady|Dame)\.?,?\s+$",
    re.I,
)
# "the Trump administration", "the Trump White House": a name that only qualifies an institution
# (the verbs: SAID_TOLD_ADDED of claims.status with "stated", "wrote")
_TOPIC_BEFORE_SAID = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|told|stated|wrote)\b")
_QUALIFIES_BODY = re.compile(r"\s+(?:administration|White\s+House|government|campaign|era|presidency|camp)\b")


def _other_fitting_person(
    text: str, found: Sequence[Found], misfit: str, pronoun: str, start: int, pos: int
) -> str:
    """The one person other than `misfit` named between `start` and `pos` outside quotations whom `pronoun` may
    refer to, when the text's own pronouns give them that gender; "" when there is none, or another person named
    there may be meant too."""
    quoted = _quoted_spans(text, start, pos)
    fitting: dict[str, str] = {}
    for f in found:
        if (
            start <= f.start < pos
            and f.kind == "person"
            and f.name.split()[-1] != misfit.split()[-1]
            and not _quoted_at(quoted, f.start)
            and _may_be(text, f, pronoun)
            and _gender_fits(text, found, f.name, pronoun)
        ):
            last = f.name.split()[-1]
            fitting[last] = max(fitting.get(last, ""), f.name, key=len)
    if len(fitting) != 1:
        return ""
    name = next(iter(fitting.values()))
    return name if _text_gender(text, found, name) == ("f" if pronoun == "she" else "m") else ""


def _may_be(text: str, f: Found, pronoun: str) -> bool:
    """Whether 'he'/'she' may refer to this person: not "her father, Pat Summerall" for "she", not the "Trump" of
    "the Trump administration" (checked only while resolving a pronoun)."""
    if _QUALIFIES_BODY.match(text, f.end) or _TOPIC_BEFORE_SAID.match(text, f.end):
        return False  # "Trump, she said, operates ...": whom she spoke of
    if pronoun == "she":
        return _MALE_BEFORE.search(text, max(0, f.start - 25), f.start) is None
    if pronoun == "he":
        return _FEMALE_BEFORE.search(text, max(0, f.start - 25), f.start) is None
    return True


def _pronoun_chain(
    before: list[_Sentence], pronoun: str, window: int, text: str, heads: Sequence[Found]
) -> str:
    """The person a sentence opening with the same pronoun ("She has little faith ...") referred to, when no one
    is named as a subject after it: the last person who spoke before that sentence ('' if none)."""
    if pronoun not in ("he", "she"):
        return ""
    opener = re.compile(rf"^(?:(?:but|and|yet|so|now|still)\s+)?{pronoun}\b", re.I)
    chain = next((b for b in reversed(before) if b.start >= window and opener.match(b.text)), None)
    if chain is None or chain.speaker or any(f.start >= chain.end and not _object_of(text, f) for f in heads):
        return ""
    k = before.index(chain)
    spoke = next((b for b in reversed(before[max(0, k - 8) : k]) if b.speaker and not b.relative), None)
    # "she" is never an institution: a one-word name the model called an organisation is a person here
    return spoke.speaker if spoke is not None and spoke.speaker_kind in ("person", "organisation") else ""


_OBJECT_MARKERS_TEXT = """to with by for from against of at on about between and or than like via toward towards off up out
    down over into onto upon after before under among behind near beside without alongside across through past
    including met meet meets told tell tells sent send sends gave give gives saw see sees hit hits beat beats led
    leads left leaves won lost took takes held holds made makes brought brings thank thanks urge urges invite
    invites replace replaces succeed succeeds join joins visit visits host hosts call calls spoke speaks"""
# irregular verbs whose past does not end in "ed": "Trump knew Epstein socially. He has said ...": Trump (round 33)
_OBJECT_IRREGULAR = """knew know knows fought fights caught catches sought seeks bought buys paid pays kept keeps
    sold sells struck strikes shot shoots forgave forgives overtook overtakes"""
_OBJECT_MARKERS = frozenset(_OBJECT_MARKERS_TEXT.split() + _OBJECT_IRREGULAR.split())
_WORD_BEFORE_NAME = re.compile(r"([\w’'-]+)(,?)\s+$")


def _coordinated(text: str, a: Found, b: Found) -> bool:
    """Whether two names are subjects joined by "and" ("Maria Santos, the mayor, and Ana Reyes spent ...")."""
    return (
        a.end <= b.start
        and not _object_of(text, a)
        and bool(
            re.fullmatch(r"(?:,[^,;.\"“”]{1,60},)?\s+and\s+(?:[A-Z][\w.’'-]*\s+)?", text[a.end : b.start])
        )
    )


def _object_of(text: str, f: Found) -> bool:
    """Whether a name stands after a lower-case verb or preposition of its clause ("met Donald Trump", "to
    Trump"), not as a subject (at the start, after a comma or quote, after a speech verb: "said Anna Berg")."""
    before = text[max(0, f.start - 60) : f.start]
    before = re.split(r"\n|[.!?][\"”’]?\s", before)[-1]  # this sentence only
    pair = _OBJECT_PAIR.search(before)
    if pair is not None and _object_word(pair.group(1)):
        return True  # "talks with President Trump and Mexican President Claudia Sheinbaum": both met
    apposed = _APPOSED_TO_OBJECT.search(before)
    if (
        apposed is not None
        and _object_word(apposed.group(2))
        and not apposed.group(1)
        and not SPEECH.fullmatch(apposed.group(2))
        and apposed.group(2)
        not in _CLAUSE_OPENERS  # "after the vice-president, JD Vance, lambasted": a subject
        and re.match(r"\s*(?:[,.;)]|$)", text[f.end : f.end + 3])
    ):
        return True  # "the capture of the Venezuelan president, Nicolás Maduro, had been": what it was about
    before = re.sub(r"\b(?:the|The)\s+$", "", _strip_titles(before))
    m = _WORD_BEFORE_NAME.search(before)
    if m is None or m.group(2) or not m.group(1)[:1].islower():
        return False
    if SPEECH.fullmatch(m.group(1)) and m.group(1) not in TELL_FORMS:
        return False  # "said Anna Berg" speaks; "told (the writer) Anna Berg" is told
    return _object_word(m.group(1))


# a name joined by "and" to a name that stands after a preposition or verb: "with President Trump and Mexican
# President Claudia Sheinbaum" (titles and their qualifiers between)
_OBJECT_PAIR = re.compile(
    r"(?:^|\s)([a-z]+)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}and\s+(?:[A-Z][\w.’'-]*\s+){0,3}$"
)


# a name in apposition to the noun phrase a preposition or verb governs: "of the Venezuelan president, |Nicolás
# Maduro" (group 1: "according" before "to", which names a source; round 35)
_APPOSED_TO_OBJECT = re.compile(
    r"(?:^|\s)(according\s+)?([a-z]+)\s+(?:the|a|an|his|her|its|their)\s+[^,;:.()\"“”]{1,50}?,\s+$"
)


_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "as", "than", "like", "and", "or"})


def _object_word(word: str) -> bool:
    """A preposition or a verb ("with Trump", "met Trump", "thanked Trump"), not a description
    ("commander-in-chief")."""
    word = word.lower()
    return word in _OBJECT_MARKERS or (len(word) > 4 and word.endswith(("ed", "ing")) and "-" not in word)


_NAME_GOES_ON_AND = re.compile(r"(?:\s+(?:and|of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+")


def _bodies_with_noun(noun: str, before: list[_Sentence], pos: int) -> Iterator[_Sentence]:
    """The sentences before `pos` (nearest first, within 2,000 characters) whose body spoke under a name or phrase
    ending with `noun` ("Swiss government", "Saudi-led coalition")."""
    return (
        b
        for b in reversed(before)
        if b.speaker
        and not b.relative
        and pos - b.start < 2000
        and b.speaker_kind in ("organisation", "unit", "phrase")
        and b.speaker.lower().split()[-1] == noun
    )


def _spoke_with_noun(noun: str, before: list[_Sentence], pos: int) -> _Sentence | None:
    """'The Saudi-led coalition said ... / his group said ... / "...," the coalition said': the nearest body that
    spoke before under a name ending with the noun (a phrase the model did not read as a name), not whoever spoke
    last; a name, not a description ("Hong Kong's anti-graft agency", "ruling junta") nor the noun alone."""
    return next(
        (
            b
            for b in _bodies_with_noun(noun, before, pos)
            if any(w[:1].isupper() for w in b.speaker.split()[:-1]) and not re.search(r"['’]s\b", b.speaker)
        ),
        None,
    )


def _same_noun_body(said: _Source, got: _Source | None, before: list[_Sentence], pos: int) -> _Source | None:
    """'the government said', read as a body of another kind its noun fits ("Swiss Foreign Ministry"): the body
    that spoke before named with that very noun ("the Swiss government said"), if any (round 65)."""
    if said.kind != "anaphor" or said.name not in _KIND_WORDS or got is None or not got.name:
        return None
    if got.name.lower().split()[-1] == said.name:
        return None
    same = next(_bodies_with_noun(said.name, before, pos), None)
    return _Source(same.speaker, same.speaker_kind, got.verb) if same is not None else None


_NAME_RUN = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?![\w’'-])(?!\s*['’]s\b)")


def _bare_people(
    text: str, start: int, end: int, found: Sequence[Found], quoted: Sequence[tuple[int, int]]
) -> list[str]:
    """Names of two or three capitalised words between `start` and `end` that no index or model span knows and
    that are no common words ('Oleksandr Syrsky' far into a long text), outside quotations."""
    names = []
    for m in _NAME_RUN.finditer(text, start, end):
        if _quoted_at(quoted, m.start()) or text[max(0, m.start() - 2) : m.start()].strip(" ") in (
            ".",
            "",
        ):
            continue  # a sentence's first word is capitalised anyway
        # a model span that covers only part of the run was cut short ("Oleksandr" of "Oleksandr Syrsky")
        cut = [
            f
            for f in found
            if f.start < m.end(1)
            and f.end > m.start(1)
            and not f.listed
            and (f.end - f.start) < len(m.group(1))
        ]
        name = _bare_name(text, m.start(1), m.end(1), [f for f in found if f not in cut], m.start(1))
        if name == m.group(1):
            names.append(name)
    return names


# "..., state news agency Xinhua reported on Saturday. / ..., according to the report": the report just named
_THE_REPORT = re.compile(
    r"\baccording\s+to\s+(?:the|this|that)\s+report\b|^(?:The|the)\s+report\s+(?:"
    + "|".join(SAID_STATED_NOTED)
    + r")\b"
)


def _the_report_of(page: Page) -> None:
    """ "according to the report" with no one named is the report of the body or outlet that reported in one of the
    three sentences before (this paragraph or the one before) and that said it reported; round 29."""
    sentences = page.sentences
    for i, sent in enumerate(sentences):
        if sent.speaker or not sent.cues.get("reported") or not _THE_REPORT.search(sent.text):
            continue
        if any(
            "according to the report" not in c and c not in ("according to", "said", "says")
            for c in sent.cues["reported"]
        ):
            continue  # another hedge or an unnamed source besides
        origin = next(
            (
                b
                for b in reversed(sentences[max(0, i - 3) : i])
                if b.speaker and not b.relative and b.para >= sent.para - 1
            ),
            None,
        )
        if (
            origin is not None
            and origin.speaker_kind in ("outlet", "organisation")
            and any(  # that body's report: a sentence of its own before says it reported
                b.speaker == origin.speaker and re.search(r"\breport(?:ed|s)?\b", b.text)
                for b in sentences[max(0, i - 4) : i]
            )
        ):
            sent.speaker, sent.speaker_kind = origin.speaker, origin.speaker_kind
            sent.cues["attributed"] = ["according to"]
            del sent.cues["reported"]
            sent.unnamed = False


# "Ukraine's National Police has accused ... / The police said three civilians were injured": "the police" is the
# police body named just before, as "the agency said" is (round 29); "police said" alone is still not named
_THE_POLICE_SAID = re.compile(
    r"^(?:The|the)\s+police\s+(?:also\s+)?(?:said|says|added|stated|told|reported)\b"
    r"|,\s+(?:said\s+the\s+police|the\s+police\s+(?:said|added))\W*$"
)


def _the_police_named(page: Page) -> None:
    """ "The police said" with no one else named is the one police body named in this paragraph or the one before."""
    text, sentences, found = page.text, page.sentences, page.found
    for sent in sentences:
        if sent.speaker or not sent.unnamed or not _THE_POLICE_SAID.search(sent.text):
            continue
        window = _paragraph_before(text, sent.start)
        bodies = {
            f.name
            for f in found
            if window <= f.start < sent.start and f.kind == "organisation" and f.name.split()[-1] == "Police"
        }
        if len(bodies) == 1 and len(sent.cues.get("reported", [])) == 1:
            sent.speaker, sent.speaker_kind = bodies.pop(), "organisation"
            sent.cues["attributed"] = sent.cues.pop("reported")
            sent.unnamed = False


def _unnamed_origin(before: list[_Sentence], source: _Sentence) -> _Sentence:
    """The sentence that named the unnamed source a run of quoted sentences was only guessed to go on from."""
    k = before.index(source)
    while k > 0 and before[k].quote and before[k].cues.get("reported") == ["quote"]:
        k -= 1
    return before[k]


# an opening adverbial ("During the latest unrest,"), then "the" and one adjective, then capitalised titles before
# the subject's name ("the elected President", "Prime Minister"); not a verb ("Police arrested")
_SUBJECT_LEAD = re.compile(
    r"(?:[^,;\"“”]{1,60},\s+)?(?:(?:the|The)\s+(?:[a-z][\w-]*\s+)?)?(?:[A-Z][\w.’'-]*\s+){0,3}"
)


def _subject_before_unnamed(sent: _Sentence, text: str, found: Sequence[Found]) -> bool:
    """Whether a person named as the sentence's subject comes before its first speech verb, so that the unnamed
    source is only a later clause's ("President X has struck a conciliatory tone ..., even as rights groups said
    ..."): "he said" after it is that person, not the unnamed source."""
    if sent.quote or sent.text[:1] in _QUOTE_OPEN:
        return False
    verb = SPEECH.search(sent.text)
    if verb is None:
        return False
    return any(
        f.kind == "person"
        and sent.start <= f.start < sent.start + verb.start()
        and _SUBJECT_LEAD.fullmatch(text, sent.start, f.start) is not None
        and not SPEECH.search(text, sent.start, f.start)
        for f in found
    )


def _person_opens(sent: _Sentence, found: Sequence[Found]) -> bool:
    """Whether a person named as the sentence's opening subject is what it is about ("Maduro is accused of ... / He
    has long denied the allegations": he is Maduro, not his unnamed accusers)."""
    return any(
        f.kind == "person" and sent.start <= f.start <= sent.start + 4 and f.start < sent.end for f in found
    )


def _title_person(text: str, found: Sequence[Found]) -> str:
    """The one person the headline names (first line), or ''."""
    title_end = text.find("\n")
    names = {f.name for f in found if f.kind == "person" and f.end <= title_end}
    return names.pop() if len(names) == 1 else ""


def _possessive(text: str, f: Found) -> bool:
    """Whether a name found stands in the possessive ("Maduro's regime"): an "'s" in its span (the model's span may
    run on to the noun it qualifies) or right after it."""
    return re.search(r"['’]s\b", text[f.start : f.end + 2]) is not None


def _spoke_last(prev: _Sentence, spoke: list[int], window: int, personal: bool) -> bool:
    """Whether the sentence before is a person's statement in this paragraph or the one before, that person named
    in it: the one a pronoun after it goes on with rather than someone it only spoke of (round 119)."""
    return personal and bool(spoke) and prev.start >= window


def _described_as(head: str, text: str, found: Sequence[Found], pos: int) -> Found | None:
    """The name the text described as a body of this kind where it named it, before `pos`: "Naleraq, the largest
    opposition party, ..." / "the party has said"; "Ofcom, the British media regulator, ..." / "the regulator said"
    (forty-first session: both stood as "party", "regulator"). The model may read such a name as anything but a
    state ("Naleraq" as a place): the description says what it is. The nearest such name, within 2,000 characters."""
    kind_noun = re.compile(
        rf"\s*,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?{re.escape(head)}s?"
        r"(?=\s*[,.;)]|\s+(?:and|that|which|who|in|of|with|for|led|based)\b)"
    )
    for f in reversed(found):
        if f.end > pos or pos - f.end > 2000 or f.kind in ("state", "outlet") or f.demonym:
            continue
        if kind_noun.match(text[f.end : f.end + 120]):
            return f
    return None
