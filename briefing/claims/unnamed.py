"""Claim speakers: sources not named (`reported`).

A group of common nouns as the subject ("Most analysts say"), an unnamed source beside or relaying a named one
("the navy and government officials said", "citing people familiar with the matter"), a document no one is named
for, pictures, an NGO with no name, and the headline forms of round 93 (issue 11).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import UNNAMED_NOUNS, Found
from briefing.claims.nouns import (
    _ACRONYM,
    _AGENT_SUFFIX,
    _bare_name,
    _headline,
    _open_quotation,
    _quoted_spans,
    _saying,
    _singular,
    _Source,
    _speaker_ok,
    _unnamed,
    strip_dateline,
)
from briefing.claims.status import _QUOTED, Page, _Sentence
from briefing.claims.subjects import _STATE_OUTLET, _phrase_before
from briefing.claims.verbs import _CLOSING_RELAY, _source_of
from briefing.phrases import finditer


def _kind_of_people(word: str) -> bool:
    """A plural agent noun the model took for a name: "Meteorologists said", "Seismologists say" name a kind of
    people, not one of them (round 41). Only "-ists": a capitalised "-ers" is as often a name ("Reuters")."""
    low = word.lower()
    return low.endswith("ists") and _AGENT_SUFFIX.fullmatch(_singular(low)) is not None


_PAPER_NOUNS = (
    "document",
    "memo",
    "letter",
    "filing",
    "report",
    "study",
    "email",
    "presentation",
    "assessment",
)


def _unowned_document(text: str, s: int, name: str) -> bool:
    """ "the document said" after "a government document reviewed by Reuters": a paper no one is named for (the
    outlet only saw it), so an unnamed source (round 33); not "a Pentagon document", "a letter from X"."""
    noun = re.sub(r"^the\s+", "", name.lower())
    if noun not in _PAPER_NOUNS:
        return False
    # the latest mention that is not "the document" again: "the Supreme Court document" after "a document" is the
    # court's
    mentions = [
        m
        for m in re.finditer(r"\b" + noun + r"\b([^.;\n]{0,50})", text[:s])
        if not re.search(r"\bthe\s+$", text[max(0, m.start() - 4) : m.start()], re.I)
    ]
    last = mentions[-1] if mentions else None
    if last is None or not re.search(
        r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}$", text[max(0, last.start() - 40) : last.start()]
    ):
        return False
    rest = re.sub(r"\b(?:seen|reviewed|obtained|viewed|examined)\s+by\s+\S+", "", last.group(1))
    return re.search(r"\b(?:by|from|of|for)\s+(?:the\s+)?[A-Z]", rest) is None


def _relayed_source(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """The named source whose words an unnamed relay closing the sentence passes on ("Iran's president warned ...,
    state media reported": the president, the sentence staying reported; round 34), or None."""
    relay = _CLOSING_RELAY.search(text, s, e)
    if relay is None or relay.start() <= s:
        return None
    cut = relay.start()
    src = _source_of(text, s, cut, [f for f in inside if f.end <= cut])
    if (
        src is None
        or src.kind in ("unnamed", "several")
        or (not src.name and not src.kind.startswith(("pronoun:", "possessive:")))
        # "Kim has praised his troops as ..., state media said": praise the relay tells of is the relay's (round 60)
        or src.verb in ("praised", "praises", "hailed", "hails", "lauded", "lauds", "thanked", "thanks")
    ):
        return None
    return src  # a pronoun or "the coalition" is resolved by the caller


# "..., the Ukrainian navy and government officials said": a named source beside unnamed ones speaks too; the claim
# stays `reported`, with the named one kept (rounds 34, 38, 43)
_AND_UNNAMED_SUBJECT = re.compile(
    # at a sentence's start too (after a paragraph break, a full stop or a dateline's dash)
    r"(?:(?<![^\n])|(?<=[.!?\"”]\s)|(?<=\s[-–—]\s)|,\s+|\bthat\s+)(?P<named>(?:the\s+|The\s+)?[A-Z][^,;:\"“”]{1,60}?)\s+and\s+"
    r"(?:(?:other|local|government|military|senior|regional|western|Western|security|[A-Z][a-z]+)\s+){0,2}"
    # "the Kremlin and Russian agencies said" (round 77): unnamed outlets beside the named body
    r"(?:(?:officials|sources|residents|witnesses|analysts|authorities|diplomats|rescuers|activists|medics|agencies|"
    r"media)\s+"
    r"(?:have\s+|has\s+|had\s+|also\s+)?|"
    # "Medvedev and a senior lawmaker said": one unnamed person beside the named one (round 62)
    r"(?<=\sand\s)(?:a|an|another)\s+(?:[a-z][\w-]*\s+){0,2}?(?:official|lawmaker|legislator|diplomat|source|"
    r"minister|adviser|aide|commander|officer|analyst|politician|senator|deputy)\s+(?:also\s+)?)"
    r"(?P<verb>said|say|says|told|reported|added)\b"
)


def _named_beside_unnamed(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    """The named source coordinated with unnamed ones as the subject of a speech verb ("the navy and government
    officials said" -> the navy); None when the words before "and" name no one or name a place."""
    for m in finditer(_AND_UNNAMED_SUBJECT, text, s, e):
        if _quoted_spans(text, s, m.start("named")) and text[m.start("named") - 2 : m.start("named")] != ", ":
            continue
        src = _phrase_before(text, m.start("named"), m.end("named"), found)
        if src is not None and src.name and src.kind not in ("unnamed", "place", "several"):
            return _Source(src.name, src.kind, m.group("verb"))
    return None


# round 77: the subject of a speech verb that joins a group of common nouns with no name at its head (a noun the
# module knows as unnamed, `UNNAMED_NOUNS`) to a named source ("..., Russian authorities and Ukraine's military
# said"), or such a group that relays a named source ("Russian media cited the local governor's press service as
# saying"): one who speaks is not named, so the claim is `reported`, the named source kept (rule 2)
_GROUP_START = r"(?:(?<![^\n])|(?<=[.!?\"”]\s)|(?<=\s[-–—]\s)|,\s+|\bthat\s+)"
_GROUP_HEAD = r"(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)"
_GROUP_AND_NAMED = re.compile(
    _GROUP_START + _GROUP_HEAD + r"\s+and\s+(?P<named>(?:the\s+)?[A-Z][^,;:\"“”]{1,60}?)\s+"
    r"(?:have\s+|has\s+|had\s+|also\s+)?(?:said|say|says|told|reported|report|reports|added)\b"
)
_GROUP_RELAYS_NAMED = re.compile(
    _GROUP_START + _GROUP_HEAD + r"\s+(?:have\s+|has\s+|also\s+)?(?:cited|quoted)\s+"
    r"(?P<named>(?:the\s+)?[A-Za-z][^,;:\"“”]{1,80}?)\s+as\s+saying\b"
)


def _group_beside_named(text: str, s: int, e: int, speaker: str) -> list[str]:
    """The cue of an unnamed group beside, or relaying, the named `speaker` in the subject of the sentence's speech
    verb ("Russian authorities and Ukraine's military said", "Russian media cited X as saying"), or none."""
    last = speaker.split()[-1] if speaker else ""
    for rx in (_GROUP_AND_NAMED, _GROUP_RELAYS_NAMED):
        for m in finditer(rx, text, s, e):
            if (
                m.group("head").lower() in UNNAMED_NOUNS
                and last
                and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", m.group("named"))
                and not _open_quotation(text, s, m.start())
            ):
                return [text[m.start() : m.end()].lstrip(", ")]
    return []


# "according to an army officer ..., a military official and Sheikh Abu Omar Tawwaq, who ...": the list's last
# member after "and" (a title before it allowed) is a named person or body beside unnamed ones (round 78); the
# words before it hold no clause
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+")
_LIST_BEFORE_NAMED = re.compile(
    r"[^.;:\"“”()]*?(?:,|\s)\s*and\s+(?:the\s+|[A-Z][a-z]+\.?\s+)?"
)  # "and Sheikh ..."
_CLAUSE_WORD = re.compile(r"\b(?:who|which|that|whose|said|says|told|reported)\b")


def _named_in_according_list(text: str, s: int, e: int, found: Sequence[Found]) -> _Source | None:
    """The named person or body that ends an "according to" list of unnamed sources ("according to a military
    official and Sheikh Abu Omar Tawwaq"): kept as the speaker of the `reported` sentence, as the named source
    beside unnamed ones of a speech verb is (rule 2); None when none is named there."""
    for m in finditer(_ACCORDING_TO, text, s, e):
        if _open_quotation(text, s, m.start()):
            continue
        for f in found:
            if (
                m.end() < f.start < e
                and f.kind in ("person", "organisation")
                and not f.demonym
                and _speaker_ok(f)
                and _LIST_BEFORE_NAMED.fullmatch(text, m.end(), f.start)
                and not _CLAUSE_WORD.search(text, m.end(), f.start)
                and re.match(r"\s*(?:[,.;]|$)", text[f.end : e])
            ):
                return _Source(f.name, f.kind, "according to")
    return None


# "..., Bernama quoted one of the sources as saying": who quotes, before the verb
_QUOTING_RELAY = re.compile(
    r"(?:^|,\s+|[,!?][\"”]\s+)([A-Z][^,;\"“”]{1,60}?)\s+(?:quoted|cited)\s+[^,;\"“”]{2,80}?\s+as\s+[a-z]+ing\b"
)
# "Iran's Tasnim news agency cited": the outlet's name with its state before it and its kind after it
_RELAY_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*['’]s\s+)?(?:state(?:-run)?\s+)?")
_RELAY_NAME_AFTER = re.compile(
    r"(?:\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|television|radio))?"
)


def _quoting_relay(text: str, s: int, e: int, inside: Sequence[Found]) -> Found | None:
    """The named outlet, person or body that quotes or cites someone not named 'as saying', or None."""
    m = _QUOTING_RELAY.search(text[s:e])  # "^" is the sentence's start ("Tasnim news agency cited ...")
    if m is None:
        return None
    start, end = s + m.start(1), s + m.end(1)
    named = next(
        (
            f
            for f in inside
            if start <= f.start
            and f.end <= end
            and _RELAY_NAME_BEFORE.fullmatch(text, start, f.start)
            and _RELAY_NAME_AFTER.fullmatch(text, f.end, end)
            and _speaker_ok(f)
            and f.kind != "state"
        ),
        None,
    )
    if named is None and _ACRONYM.fullmatch(m.group(1)) and _bare_name(text, start, end, inside, s):
        # '"...," ILNA quoted protesters as saying': an agency's acronym the model did not read (round 69)
        return Found(start, end, m.group(1), "outlet")
    return named


# round 65: a subject that is a group or a quantity of common nouns with no name at its head, before a verb of saying
# or of a view ("Most of the international community says", "Almost all countries consider", "Kyiv and most Western
# countries condemned", "Advocates have criticized ..., saying", "an allegation that Ukrainian leaders have dismissed",
# "Leaders from major European powers and Canada have rallied ..., saying", "at what officials see as"): nobody named, as
# "analysts say"
# (not a comparison: "Twice as many voters believe", round 39)
_GROUP_QUANTITY = (
    r"(?:(?:[Aa]lmost|[Nn]early|[Vv]irtually)\s+all|[Mm]ost|(?<!as\s)(?<!so\s)(?<!too\s)(?<!how\s)[Mm]any|[Ss]everal"
    # round 105: "Some historians see it as ...", "while some lawmakers questioned whether" (an indefinite part of a
    # kind of people, as "many")
    r"|[Ss]ome)"
    r"(?:\s+of\s+the)?"
)
_GROUP_FUNCTION_WORDS = (
    r"(?:he|she|it|they|we|you|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|not|also|"
    r"the|a|an|this|that|these|those|his|her|its|their|our|and|or|but|to|of|in|on|other|others|always|who|which)\b"
)
# a lower-case word that is no function word, or a capitalised demonym ("Western", "Ukrainian", "German")
_GROUP_MODIFIER = rf"(?:(?!{_GROUP_FUNCTION_WORDS})[a-z][a-z-]+|[A-Z][a-z]+(?:an|ese|ish|ic|ch|ern))"
_GROUP_VERB_TEXT = """say says said consider considers considered believe believes
    condemn condemns condemned dismiss dismisses dismissed criticize criticizes criticized criticise criticises
    criticised reject rejects rejected warn warns warned argue argues argued insist insists insisted claim claims
    claimed deny denies denied"""
_GROUP_VERB = "|".join(_GROUP_VERB_TEXT.split())
# round 105 (issue 11): more verbs of a view held or voiced by a group ("Maduro supporters hail", "Farmers fear the deal
# may", "Many Venezuelans doubt", "Several countries questioned whether", "Russian officials have objected to"), each
# kept from its passive participle ("men questioned by police", "dozens feared dead", "firefighters hailed as
# heroes"): the subject is then what is judged, not who judges (not "accuse": "Separatists in southern Yemen
# accused" is the body the item names, round 60)
_GROUP_VIEW = (
    r"(?:hail|hails|hailed|celebrate|celebrates|celebrated|welcome|welcomes|welcomed|fear|fears|feared|doubt|doubts|"
    r"doubted|complain|complains|complained|contend|contends|contended|object|objects|objected|estimate|estimated|"
    # "UK firms expect 5% January rise", "Investors expect markets to keep rising" (rounds 115, 134, 144): what a
    # group expects or takes for granted (not the passive "are expected to")
    r"expect|expects|assume|assumes|assumed)"
    r"\b(?!\s+(?:by|of|as|at|to|dead|missing|killed|lost|trapped|drowned|buried|injured|among)\b)"
    r"|(?:question|questions|questioned)\s+(?:whether|if|why|how|what|the|his|her|its|their|a|an)\b"
    # forty-eighth session: a view pointed to, voiced, raised or a cause given ("Opponents of X point to his ties",
    # "Analysts and investors voice caution", "Experts are raising the alarm", "Analysts have largely attributed the
    # surge to")
    r"|(?:point|points|pointed|(?:are|were)\s+pointing)\s+to\b"
    r"|(?:voice|voices|voiced|(?:are|were)\s+voicing|raise|raises|raised|(?:are|were)\s+raising)\s+(?:the\s+)?"
    r"(?:alarm|caution|concerns?|doubts?|fears?|questions?|scepticism|skepticism|objections?)\b"
    r"|(?:(?:largely|widely|partly|mostly)\s+)?(?:attribute|attributes|attributed)\s+[^.;:\"“”]{1,80}?\bto\b"
)
# round 105: a capitalised word before a plural head at a clause's start, a name the group is of or for ("Maduro
# loyalists", "Opposition supporters", "Trump allies"; not a determiner, a preposition or a conjunction)
_GROUP_CAPITAL_MODIFIER = (
    r"(?!(?:The|This|That|These|Those|His|Her|Its|Their|Our|My|Your|Both|All|Each|Every|Some|Many|Most|Several|Other|"
    r"Such|No|A|An|In|On|At|As|After|Before|But|And|Or|When|While|If|For|From|With|By|Of|To|Since|Until|Now|Then)\b)"
    r"(?:U\.S\.|U\.K\.|[A-Z][\w-]+\b(?![’']))"
)
# round 68: a group's finding or judgement told ("Authorities later determined that ..."), an account it gave
# ("Several witnesses have recounted seeing"), after an adverb of time
_GROUP_JUDGED_TEXT = """determine determines determined conclude concludes concluded find finds found establish
    establishes established assess assesses assessed"""
_GROUP_JUDGED = "|".join(_GROUP_JUDGED_TEXT.split())
_GROUP_TOLD_TEXT = "recount recounts recounted deem deems deemed"
_GROUP_TOLD = "|".join(_GROUP_TOLD_TEXT.split())
_GROUP_WHEN = r"(?:later|earlier|initially|previously)"  # not "now": "a sign that all sides now see ... as"
# rounds 70 and 74: an adverbial of time before the group ("Hours earlier, leaders from major European powers
# rallied behind Greenland, saying"), no name in it
_GROUP_OPENER_TEXT = """hours days weeks months minutes moments earlier later meanwhile separately previously
    yesterday overnight since last late early on"""
_GROUP_OPENER = rf"(?:{'|'.join(w.capitalize() for w in _GROUP_OPENER_TEXT.split())})(?:\s+(?!{_GROUP_FUNCTION_WORDS})[\w’'-]+){{0,3}}"
_GROUP_SUBJECT = re.compile(
    # (round 105: not a quantity after a preposition, "have in some contexts concluded": no subject)
    rf"(?P<subject>(?<![\w’'-])(?<!the\s)(?<!\bin\s)(?<!\bof\s)(?<!\bat\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bby\s)"
    rf"(?<!\bto\s)(?<!\bwith\s)(?<!\bfrom\s){_GROUP_QUANTITY}\s+(?:{_GROUP_MODIFIER}\s+){{0,2}}(?P<head>(?!{_GROUP_FUNCTION_WORDS})[a-z][a-z-]+|[A-Z][a-z]+(?:ans|is))"
    rf"|(?:^(?:{_GROUP_OPENER},\s+)?|(?<=\bthat\s)|(?<=\bwhich\s)|(?<=\bwhat\s)"
    # round 105: a clause of its own after a contrast ("..., but organizations say funding has been cut")
    # (not "but both sides said": the parties named before)
    # (or a headline's clause after its colon: "'Sunshine Saturday': UK firms expect ...", round 134)
    rf"|(?:(?<=,\sbut\s)|(?<=\swhile\s)|(?<=\swhereas\s)|(?<=\salthough\s)|(?<=;\s)|(?<=:\s))(?!(?:both|all|each|either|neither)\b))"
    rf"(?:(?:{_GROUP_MODIFIER}|{_GROUP_CAPITAL_MODIFIER})\s+){{0,2}}"
    # (round 105: no function word in either case, "This welcome news" has no plural)
    rf"(?P<plural>(?!(?i:{_GROUP_FUNCTION_WORDS}))[A-Za-z][a-z-]+[^su\W]s)"
    # "Leaders from major European powers and Canada": a place or a group they come from, no verb in it; "Survivors
    # of Epstein's abuse condemn", "Families of the victims say" (round 157): whom or what they are of or for
    rf"(?:\s+(?:from|in|across|of|for)\s+(?:(?!{_GROUP_FUNCTION_WORDS}[^\w’'-])[\w’'-]+\s+|(?:the|and)\s+){{0,6}}?"
    rf"(?!{_GROUP_FUNCTION_WORDS})[\w’'-]+)?)"
    # ... or its relative clause set off by a dash or a comma ("Relatives - who have said they are outraged -")
    rf"(?:\s*(?:,|\s[-—–])\s+who)?"
    rf"\s+(?:(?:have|has|had)\s+)?(?:also\s+|long\s+|repeatedly\s+|{_GROUP_WHEN}\s+)?"
    # a view "as" something ("what officials see as"; not "Analysts see the port from the hill", round 39)
    rf"(?:(?:{_GROUP_VERB})\b|{_GROUP_VIEW}|(?:see|sees|saw|view|views|viewed)\s+(?:[^.;:,\"“”]{{0,60}}?\s)?as\b"
    # a finding or a judgement (round 68): "Authorities later determined that", "Several witnesses have recounted"
    rf"|(?:{_GROUP_JUDGED})\s+that\b|(?:{_GROUP_TOLD})\b"
    rf"|[a-z]+ed(?:\s+[^.;:\"“”]{{0,80}}?)?,\s+saying\b)"
)


def _group_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> str:
    """The group or quantity of common nouns that says or holds a view in text[s:e] ("Most of the international
    community says"), or "": a name at its head ("Reuters said", "Houthis said") is no group, nor one with a person
    or a body named in it ("Journalists from Ukrainska Pravda media outlet Mykhailo Tkach said")."""
    for m in _GROUP_SUBJECT.finditer(text[s:e]):  # "^": the sentence's start
        if re.fullmatch(r"[\s.!?\"”]*", text[s + m.end() : e]):
            continue  # "Some tanker owners have insisted.": kept on, with nothing said (round 48)
        if re.match(r"\s+by\b", text[s + m.end() : e]):
            continue  # "Archives reveal options considered by ...": a participle, what is judged (round 105)
        head = "head" if m.group("head") else "plural"
        hs, he = m.start(head) + s, m.end(head) + s
        ss, se = m.start("subject") + s, m.end("subject") + s
        named = any(
            (f.start < he and f.end > hs)
            or (
                f.start < se
                and f.end > ss
                and f.kind not in ("state", "place")
                # round 105: a person's name right before the plural head is whom the group is of or for ("Maduro
                # loyalists insist", "Trump supporters hail"), not a speaker in it
                and not (f.kind == "person" and f.end < hs and not text[f.end : hs].strip())
                # round 157: nor one whose possession the group is of ("Survivors of Epstein's abuse condemn")
                and not (
                    f.kind == "person"
                    and f.start >= he
                    and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[he : f.start])
                    and text[f.end : f.end + 2] in ("'s", "’s")
                )
            )
            for f in inside
        )
        if named or _state_body(text, ss, hs, m.group(head)):
            continue
        if (
            head == "plural"
            and _OLD_MODIFIERS.fullmatch(text[ss:hs]) is None
            and not _CAPITAL_PATH_VERB.search(m.group())
        ):
            continue  # "Anna Berg casts doubt over", "Minister rejects claims": a verb in "-s", no plural head
        return m.group()
    return ""


# the modifiers a plural head took before round 105 (lower-case words and demonyms, after an opener)
_OLD_MODIFIERS = re.compile(rf"(?:{_GROUP_OPENER},\s+)?(?:{_GROUP_MODIFIER}\s+){{0,2}}")
# round 105: after a capitalised modifier ("Maduro loyalists", "Opposition supporters") the verb agrees with a plural
# and reads only as a verb: a base or past form, no noun ("casts doubt", "rejects claims", "triggers fear" are a
# name's or a noun's verb in "-s" and its object)
_CAPITAL_PATH_VERB = re.compile(
    r"\b(?:say|said|considered|believe|believed|condemn|condemned|dismissed|critici[sz]ed|rejected|warn|warned|argue|"
    r"argued|insist|insisted|claimed|deny|denied|hail|hailed|celebrated|welcomed|feared|doubted|complain|complained|"
    r"contend|contended|objected|questioned|estimate|estimated|(?:see|saw|view|viewed)\s.*\bas)$"
)
# a state's short name or a demonym in "-i" (the demonyms in "-an", "-ese" ... were group modifiers before round 105)
_STATE_WORD = re.compile(r"(?:U\.?S\.?|U\.?K\.?|EU|UN|[A-Z][a-z]+i)\s+$")


def _state_body(text: str, start: int, head_start: int, head: str) -> bool:
    """Whether the subject is a state's or a people's body by its capitalised word right before a plural head no
    list holds as unnamed ("US forces said", "Yemeni airlines said ... it would"): a body, not a group of people
    (round 105); "US officials", "Ukrainian lawmakers" stay unnamed."""
    return not _unnamed(head) and _STATE_WORD.search(text, start, head_start) is not None


# round 68: a judgement in the passive whose agent is a group of common nouns, with what it holds ("as", "of",
# "for"): "was long accused by critics of", "widely condemned as fraudulent by international observers and the
# opposition" (nobody named, as "critics say"); not a bare act of judgement ("The bridge was denounced by many
# residents", round 60) nor "described by aides as tireless" (a description, round 52)
_JUDGED_BY_TEXT = """accused condemned criticised criticized denounced dismissed considered viewed regarded
    deemed branded labelled labeled blamed hailed praised"""
_WHAT_HELD = re.compile(r"\s(?:as|of|for)\s")
_JUDGED_BY = re.compile(
    rf"\b(?:{'|'.join(_JUDGED_BY_TEXT.split())})\b(?:\s+[^.;:,\"“”]{{0,60}}?)?\s+by\s+"
    r"(?:(?:some|many|most|several|other|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*s)\b"
)


def _judged_by_group(text: str, s: int, e: int, inside: Sequence[Found]) -> str:
    """The passive judgement in text[s:e], outside quotations, whose agent is a group of common nouns with no name
    in it ("accused by critics"), or ""."""
    for m in _JUDGED_BY.finditer(text, s, e):
        if _open_quotation(text, s, m.start()):
            continue
        by = text.rfind(" by ", m.start(), m.start("head")) + 1
        head = m.group("head")
        held = _WHAT_HELD.search(text, m.start(), min(e, m.end() + 40))
        if (
            held
            and (_unnamed(head) or _kind_of_people(head))
            and not any(by <= f.start < m.end() for f in inside)
        ):
            return m.group()
    return ""


# round 68: a subject that opens a sentence and is a group of common nouns ("Federal prosecutors on Tuesday released
# ...", "Authorities did not name the vessel"): up to two modifiers, then a plural head and a lower-case word
_OPENING_GROUP = re.compile(
    rf"(?:(?:[Tt]he|[Ss]ome|{_GROUP_QUANTITY})\s+)?(?:{_GROUP_MODIFIER}\s+|[A-Z][a-z]+\s+){{0,2}}?"
    r"(?P<head>[A-Za-z][a-z-]+s)\s+(?=[a-z])"
)
_THEY = re.compile(r"\b(?:[Tt]hey|[Tt]hem|[Tt]heir)\b")  # "according to them", "In their view" (round 108)


def _opening_group(text: str, s: int, e: int, inside: Sequence[Found]) -> bool:
    """Whether text[s:e] opens with a group of common nouns as its subject, no name at its head and no person or
    body named in it ("Federal prosecutors on Tuesday released", "Authorities did not name"; not "Houthis said")."""
    m = _OPENING_GROUP.match(strip_dateline(text[s:e]))
    if m is None:
        return False
    head = m.group("head")
    if not (_unnamed(head) or _kind_of_people(head)) or head.lower().startswith("spokes"):
        return False
    offset = s + len(text[s:e]) - len(strip_dateline(text[s:e]))
    return not any(f.start < offset + m.end("head") and f.end > offset for f in inside if f.kind != "state")


def _they_group(
    text: str, s: int, e: int, para: int, before: list[_Sentence], found: Sequence[Found]
) -> bool:
    """Whether a "they" in text[s:e] that refers to no one named is the group of common nouns that opens its own
    sentence before it ("Federal prosecutors ... released transcripts ... in which they say") or the sentence
    just before, in the paragraph or the one before ("Authorities did not name the vessel. / They said ...")."""
    they = _THEY.search(text, s, e)
    if they is None:
        return False
    if they.start() > s and _opening_group(
        text, s, they.start(), [f for f in found if s <= f.start < they.start()]
    ):
        return True
    prev = before[-1] if before else None
    return (
        prev is not None
        and prev.para >= para - 1
        and not prev.speaker
        and _opening_group(text, prev.start, prev.end, [f for f in found if prev.start <= f.start < prev.end])
    )


# the verbs an unnamed group or an NGO with no name says or reports by (_UNNAMED_CLAUSE, _AN_NGO)
_UNNAMED_SAID = ("said", "say", "says", "told", "reported")
# a clause of its own credited to an unnamed group after a named source's: "X said ..., as investigators said some
# MPs were implicated" (round 23)
_UNNAMED_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:as|while|whereas|but|and)\s+(?:the\s+|some\s+|other\s+|local\s+)?([a-z][\w-]*)\s+"
    r"(?:also\s+|later\s+)?(?:" + "|".join(_UNNAMED_SAID) + r")\b"
)


# a named source's report that opens with an unnamed group's own view: "Swiss police believe around 40 people died
# ..., the Italian Foreign Ministry said" (round 24)
_UNNAMED_OPENING = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,2}?([A-Za-z][\w-]*)\s+(?:also\s+|now\s+)?(?:believe|believed|suspect|suspected|think|"
    r"said|say|says)\b"
)


def _unnamed_clause(sentence: str, speaker: str = "") -> list[str]:
    """The cue of a clause outside quotations whose subject is an unnamed group ("as investigators said", or
    opening the sentence: "Police believe ...", not the speaker's own people: "Reuters eyewitnesses said"), if
    any."""
    opening = _UNNAMED_OPENING.match(strip_dateline(sentence))
    if opening is not None and speaker and speaker.split()[-1] in opening.group():
        opening = None
    word = opening.group(1).lower() if opening is not None else ""
    group_word = (word.endswith("s") or word == "police") and not word.startswith("spokes")
    if opening is not None and group_word and _unnamed(word):
        return [opening.group().strip()]
    for m in _UNNAMED_CLAUSE.finditer(sentence):
        word = m.group(1)
        if (
            (word.endswith("s") or word == "police")
            and not word.startswith("spokes")
            and _unnamed(word)
            and not _open_quotation(sentence, 0, m.start())
        ):
            return [m.group().strip(" ,")]
    return []


# a closing clause whose subject is the source: ", state media reported.", ", two sources told Reuters on Monday."
# (also with what it cited after it: ", the country's state media agency reported, citing a diplomatic source.")
_CLOSING_CLAUSE = re.compile(
    r",\s+(?!(?:and|but|while|as|or|whereas|though|although)\s)(?:[^,;:\"“”]{2,60}?)\s+"
    # ("..., agencies report": a headline's present plural, round 77)
    r"(?:said|says|reported|reports|report|told\s+[\w.]+|added)\b[^,;:\"“”]{0,40}"
    r"(?:,\s+citing\s+[^,;:\"“”]{1,80})?[.!]?\s*$"
)
# a closing clause whose subject is a group of common nouns with no name at its head, with a verb the speech
# patterns leave out at a sentence's end: "Putin says ..., agencies report" (round 77)
_CLOSING_GROUP = re.compile(
    r",\s+(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+report\s*$"
)


_DEMONYM_BEFORE = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ic|ch|i)\s+(?=[a-z])")


def _unnamed_beside(text: str, s: int, e: int, inside: Sequence[Found], speaker: str) -> list[str]:
    """The cue of a closing clause that credits the sentence to an unnamed source beside the named one the
    sentence opens with ("Iran's president said ..., state media reported"): the named source is kept and the
    sentence is `reported` (round 35); not a second clause of its own (", and a spokesman said")."""
    closing = _CLOSING_CLAUSE.search(text, s, e)
    # (the speaker as a word: "Niger" is not in "citing a Nigerien diplomatic source", round 51)
    if (
        closing is not None
        and closing.start() > s
        and not re.search(rf"(?<![\w-]){re.escape(speaker)}(?![\w-])", text[closing.start() : e])
    ):
        said_by = _source_of(text, closing.start() + 1, e, [f for f in inside if f.start > closing.start()])
        if said_by is not None and said_by.kind == "unnamed":
            return [text[closing.start() + 1 : e].strip(" .")]
        group = _CLOSING_GROUP.match(text, closing.start(), e)
        if said_by is None and group is not None and group.group("head").lower() in UNNAMED_NOUNS:
            return [text[closing.start() + 1 : e].strip(" .")]  # "..., agencies report" (round 77)
        if (
            said_by is not None
            # "the Saudi state news agency": a state's adjective before it describes it still (round 68)
            and _STATE_OUTLET.fullmatch(_DEMONYM_BEFORE.sub("", said_by.name))
            and (
                said_by.kind == "phrase"
                # "the state news agency" refers back only to an agency or broadcaster the excerpt spoke of
                or (
                    said_by.kind == "anaphor"
                    and not re.search(r"\b(?:agency|broadcaster|television|TV)\b", text[:s], re.I)
                )
            )
        ):
            return [text[closing.start() + 1 : e].strip(" .")]
    return []


# round 68: a named source's report that cites sources it does not name: "The Financial Times reported ..., citing
# people familiar with the matter" (rule 2: `reported`, the paper kept); not "citing a spokesperson for North Korea's
# Foreign Ministry" (a body named) nor "citing Aleppo's health director" (an office)
# (also as a relative clause on the outlet: "According to Axios, which cited unnamed justice department officials")
_CITING = re.compile(r",\s+(?:citing|which\s+cited|who\s+cited)\s+(?P<cited>[a-z][^,;:\"“”]{1,100})")
_CITED_HEAD_ENDS = re.compile(
    r"\s(?:with|in|at|from|of|for|on|who|that|familiar|close|briefed|to|and|as)\b|$"
)


# what is cited that is a document, a count or a reason, not a source: "citing an ecological report", "citing
# official figures", "citing media reports" (the unnamed nouns that are no one who speaks)
_CITED_DOCUMENTS_TEXT = """
    report reports estimate estimates caption posts figure figures
"""
_CITED_DOCUMENTS = frozenset(_CITED_DOCUMENTS_TEXT.split())
_LOCAL_BODIES_TEXT = """authority council municipality administration hospital"""
_LOCAL_BODIES = frozenset(_LOCAL_BODIES_TEXT.split())
_LOCAL_WORDS_TEXT = """local regional municipal city district county town"""
_LOCAL_WORDS = frozenset(_LOCAL_WORDS_TEXT.split())


def _citing_unnamed(text: str, s: int, e: int, inside: Sequence[Found]) -> list[str]:
    """The cue of a ", citing ..." outside quotations whose head is a source no one named ("people familiar with the
    matter", "two sources", "its sources", "a Syrian government source"; issue 11: the outlet is kept, the sentence
    `reported`), with no person or body named in what it cites and no spokesperson of a body ("citing a spokesperson
    for the ministry" is the body's)."""
    for m in _CITING.finditer(text, s, e):
        if _open_quotation(text, s, m.start()):
            continue
        cited = m.group("cited")
        cut = _CITED_HEAD_ENDS.search(cited)
        words = cited[: cut.start()].split()  # type: ignore[union-attr]
        head = words[-1].lower().strip(".!?") if words else ""
        rest = cited[cut.start() :] if cut is not None else ""
        # a body before the head only says whose people they are: "unnamed justice department officials" (rule 4's
        # "a senior State Department official said" is `reported`)
        head_end = m.end() - len(rest)
        named = any(head_end <= f.start < m.end() for f in inside if f.kind not in ("state", "place"))
        of_body = head.startswith("spokes") and re.match(r"\s(?:for|of|at)\b", rest)
        # "the paper said, citing the local authority" (round 77): a local body the text does not name, as "citing
        # the police"
        local = head in _LOCAL_BODIES and len(words) > 1 and words[-2].lower() in _LOCAL_WORDS
        if (
            words
            and len(words) <= 4
            and (_unnamed(head) or local)
            and head not in _CITED_DOCUMENTS
            and not named
            and not of_body
        ):
            return [text[m.start() + 1 : m.end()].strip(" .")]
    return []


# ---- Sources not named: quoted headlines of groups, pictures, reports, an NGO (round 93, issue 11) ----

# "'Heartbreaking': Florida wildlife groups decry ...", "'It's upset us all': New Forest residents unnerved by ...": a
# headline's quoted words, then a group of common nouns as its subject (up to three capitalised words and two
# lower-case ones before the plural head)
_QUOTE_COLON_GROUP = re.compile(
    r"^['‘\"“].{2,120}?['’\"”]:\s+(?P<subject>(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][a-z-]+s))\s+[a-z]"
)
# pictures nobody is named for: "Videos on social media showed", "Footage shared online shows"; not "footage verified
# by AFP" (the outlet's own finding)
_SOCIAL_FOOTAGE = re.compile(
    r"\b(?:videos?|footage|images|photos|pictures|posts|clips)\s+(?:(?:posted|shared|circulating|published)\s+)?"
    r"(?:on|across)\s+social\s+media\s+(?:show|shows|showed|appear(?:s|ed)?\s+to\s+show)\b"
    r"|\b(?:social\s+media|online)\s+(?:videos?|footage|images|posts|clips)\s+(?:show|shows|showed)\b",
    re.I,
)
# a report nobody is named for as the subject: "Report of a drone attack ... signals a new phase"
_REPORTS_OF_OPENING = re.compile(
    r"^(?:(?:Unconfirmed|Initial|Early|Local|Media|News)\s+)?[Rr]eports?\s+of\s+"
)
# a headline's closing clause that credits it to a source not named, by its noun: "..., sources say", "..., two
# sources said"; "..., newly released file shows" (papers nobody is named for, as round 33's "document shows"). Not
# the nouns of _FINDING_NOUNS ("..., analysis shows"): the body names whose finding that is (_credit_headline)
_UNNAMED_TAIL = re.compile(
    r",\s+(?:(?P<sources>(?:(?:a|one|two|three|several|multiple|[a-z]+)\s+){0,2}sources?\s+(?:say|says|said))|"
    r"(?P<files>(?:newly\s+)?(?:released|unsealed|leaked|declassified|new)?\s*files?\s+(?:shows?|reveals?|suggests?)))"
    r"\s*$"
)
# "according to one source from the Presidential Palace": a body's source is no more named than "a source"
_SOURCE_FROM_BODY = re.compile(
    r"\baccording\s+to\s+(?:a|one|two|three|several|multiple)\s+(?:[a-z]+\s+)?sources?\s+"
    r"(?:from|in|at|within|inside|close\s+to)\s+(?P<body>[^,.;]+)"
)
# "as an NGO said": an NGO with no name
_AN_NGO = re.compile(r"\b(?:an?|one)\s+NGOs?\s+(?:" + "|".join(_UNNAMED_SAID) + r")\b")
# "the unidentified prosecutor wrote": a source the text says it does not name
_UNIDENTIFIED_SOURCE = re.compile(
    r"\b(?:the|an?)\s+(?:unidentified|unnamed|anonymous)\s+(?:[a-z]+\s+)?[a-z]+\s+"
    r"(?:said|says|wrote|writes|told|added|stated)\b"
)
_SPEECH_CUE = re.compile(rf"\b(?:{_saying(say='base s past', tell='base s past')})\b")
# "Many critics see the rate a sign of ...": a group's reading of a fact ("as" left out or not), no one named
_GROUP_SEES_SIGN = re.compile(
    r"^(?:Many|Some|Most|Several|Other)\s+(?:[a-z][\w-]*\s+)?(?P<head>[a-z][a-z-]+s)\s+(?:see|sees|saw|view|views|viewed)"
    r"\s+[^.;:\"“”]{0,60}?\s(?:as\s+)?(?:a|an)\s+(?:sign|signal|indication|symptom|harbinger)\s+of\b"
)
# "Syrian Foreign Ministry condemns Homs mosque blast as attempt to undermine stability": a condemnation with its
# verdict ("as" and a word of judgement), not the bare act of condemning (rounds 24, 26); not "as talks resume"
_CONDEMNS_AS = re.compile(
    r"\s(?:condemns|condemned|denounces|denounced|decries|decried|slams|slammed)\s+[^,;:]{3,80}?\s+as\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:attempt|act|violation|breach|provocation|crime|aggression|interference|"
    r"escalation|insult|betrayal|threat|illegal|unlawful|unacceptable|irresponsible|terrorism|terrorist)\b"
)
# "the semiofficial ILNA news agency said": the adjective is no part of the name ("ILNA", as "Fars" for "the Fars
# news agency", round 26)
_AGENCY_ADJECTIVE = re.compile(r"^(?:semi-?official|state-run|state-owned|official|independent)\s+(?=[A-Z])")


def _round93_rules(page: Page) -> None:
    """The unnamed-source and hedge forms of round 93 (issue 11), each a function below; run after the other
    passes."""
    sentences, found = page.sentences, page.found
    _quote_colon_group(sentences, found)
    _unnamed_tail_headline(sentences)
    _condemns_as_verdict(sentences, found)
    for sent in sentences:
        _unnamed_pictures(sent)
        _reports_of_opening(sent)
        _source_from_body(sent)
        _an_ngo(sent)
        _unidentified_source(sent)
        _group_sees_sign(sent)
        if sent.speaker_kind in ("organisation", "outlet", "phrase"):
            sent.speaker = _AGENCY_ADJECTIVE.sub("", sent.speaker)


def _as_unnamed(sent: _Sentence, cue: str, keep_speaker: bool = False, only_cue: bool = False) -> None:
    """Mark `sent` as credited to a source not named (`reported`): its `attributed` cue dropped, `cue` put first
    among its `reported` cues (or made the only one, with `only_cue`: a headline's "—" that stands for the whole
    credit, rounds 87 and 89), its speaker dropped (kind "unnamed") unless `keep_speaker`. Cues are shown to users:
    each caller passes the words it read ("sources say", "—")."""
    sent.cues.pop("attributed", None)
    if only_cue:
        sent.cues["reported"] = [cue]
    else:
        sent.cues.setdefault("reported", []).insert(0, cue)
    if not keep_speaker:
        sent.speaker, sent.speaker_kind, sent.unnamed = "", "unnamed", True


def _quote_colon_group(sentences: list[_Sentence], found: Sequence[Found]) -> None:
    """A headline that opens with quoted words and goes on with a group of common nouns ("'It's upset us all':
    New Forest residents unnerved by ...") gives the words to that group, a source not named (round 93; as round 39's
    "Tents ... 'inadequate for Gaza winter'")."""
    title = _headline(sentences)
    m = _QUOTE_COLON_GROUP.match(title.text) if title is not None else None
    if title is None or m is None or title.cues.get("reported"):
        return
    # "Norland villagers": the state read as the speaker only says whose villagers they are
    if title.speaker and title.speaker not in m.group("subject")[: m.start("head") - m.start("subject")]:
        return
    head = m.group("head")
    if not (_unnamed(head) or _kind_of_people(head) or head in ("groups", "families", "locals")):
        return
    # a name before the head only says whose they are ("New Forest residents", "Google employees"); a name over the
    # head is a name ("Houthis")
    hs, he = title.start + m.start("head"), title.start + m.end("head")
    if any(f.start < he and f.end > hs for f in found):
        return
    _as_unnamed(title, m.group("subject"))


def _unnamed_tail_headline(sentences: list[_Sentence]) -> None:
    """A headline whose closing clause credits it to a source not named (_UNNAMED_TAIL) is `reported`, the clause its
    cue (round 93): '..., sources say' when nothing made it `reported` already, the person it names kept ('Minister
    tells advisors he will exit, sources say'; round 89's 'US says ... — news outlet'); '..., newly released file
    shows' (as round 33's 'document shows') once, a person kept only when the headline has them speak (a say/tell
    cue), not one it speaks of."""
    title = _headline(sentences)
    m = _UNNAMED_TAIL.search(title.text) if title is not None else None
    if title is None or m is None:
        return
    cue = m.group().strip(" ,")
    if m.group("sources") is not None and not title.cues.get("reported"):
        _as_unnamed(title, cue, keep_speaker=bool(title.speaker))
    elif m.group("files") is not None and title.cues.get("reported") != [cue]:
        spoke = any(_SPEECH_CUE.search(c) for c in title.cues.get("attributed", []))
        _as_unnamed(title, cue, keep_speaker=spoke and bool(title.speaker))


def _unnamed_pictures(sent: _Sentence) -> None:
    """'Videos on social media showed hundreds ...': pictures nobody is named for, a source not named (round 93; as
    round 4's 'a caption of one video'); not footage an outlet verified."""
    if sent.cues or sent.quote or "verified by" in sent.text:
        return
    m = _SOCIAL_FOOTAGE.search(_QUOTED.sub(" ", sent.text))
    if m is not None:
        _as_unnamed(sent, m.group())


def _reports_of_opening(sent: _Sentence) -> None:
    """'Report of a drone attack signals a new phase': reports nobody is named for as the subject, as 'amid reports
    of' (round 93)."""
    m = _REPORTS_OF_OPENING.match(sent.text)
    if m is not None and not sent.cues and not sent.quote:
        _as_unnamed(sent, m.group().strip())


def _source_from_body(sent: _Sentence) -> None:
    """'..., according to one source from the Presidential Palace': a source of a body is not named, as 'a senior
    State Department official' is not (round 93); the body is no speaker."""
    m = _SOURCE_FROM_BODY.search(sent.text)
    if m is None or sent.cues.get("reported"):
        return
    if sent.speaker and sent.speaker not in m.group("body"):
        return
    _as_unnamed(sent, m.group().split(" from ")[0].split(" in ")[0])


def _an_ngo(sent: _Sentence) -> None:
    """'as an NGO said': an NGO with no name is a source not named; the capitals of the acronym are no name (round
    93)."""
    m = _AN_NGO.search(sent.text)
    if m is not None and sent.speaker.upper() in ("NGO", "NGOS") and not sent.cues.get("reported"):
        _as_unnamed(sent, m.group())


def _unidentified_source(sent: _Sentence) -> None:
    """'the unidentified prosecutor wrote that ...': the text says it does not name its source (round 93); a name
    read elsewhere in the sentence is not the one who wrote."""
    m = _UNIDENTIFIED_SOURCE.search(_QUOTED.sub(" ", sent.text))
    if m is None or not sent.cues or sent.quote:
        return
    _as_unnamed(sent, m.group())


def _group_sees_sign(sent: _Sentence) -> None:
    """'Many critics see the rate a sign of an approaching hyperinflation': a group of common nouns reads a fact,
    nobody named (round 93; as round 45's 'widely seen as')."""
    m = _GROUP_SEES_SIGN.match(sent.text)
    if m is None or sent.cues or sent.quote:
        return
    if _unnamed(m.group("head")) or _kind_of_people(m.group("head")):
        _as_unnamed(sent, m.group())


def _condemns_as_verdict(sentences: list[_Sentence], found: Sequence[Found]) -> None:
    """'Syrian Foreign Ministry condemns Homs mosque blast as attempt to undermine stability': a headline's
    condemnation that gives its verdict is the named subject's statement, as rounds 36-37's "condemns ... as
    'serious encroachment'" (round 93); a bare condemnation stays an act."""
    title = _headline(sentences)
    m = _CONDEMNS_AS.search(title.text) if title is not None else None
    if title is None or m is None or title.cues:
        return
    verb = title.start + m.start()
    who = next(
        (
            f
            for f in found
            if title.start <= f.start
            and f.end <= verb
            and f.kind in ("person", "organisation", "state")
            and not title.text[f.end - title.start : m.start()].strip(" ’'s")
        ),
        None,
    )
    if who is None:
        return
    title.speaker, title.speaker_kind = who.name, who.kind
    title.cues["attributed"] = [m.group().split()[0]]
