"""The parser's reading of a sentence whose subject stands far from its speech verb.

The claims rules find a speaker by the words around the verb ("X said", "X, the minister, said"). Between a subject
and its verb a sentence can hold a relative clause, an appositive with a quotation of its own, or a whole first
predicate ("The oil firm has been in Venezuela for over 100 years and said ..."), and then no rule sees the subject.
spaCy's dependency parser (the same model the actors use) says which word is the verb's subject; `subject_gaps` gives
the words between that subject and its verb, so that the sentence can be read again without them, by the same rules
("Bukele said he did not plan ...").
"""

from __future__ import annotations

import re
from typing import Any

from briefing.actors.model import MODAL_WORDS, PARSER_MODEL, STATED_TAGS, load_parser

MAX_CHARS = 600  # a longer sentence is not parsed (a list, a run-on paragraph)
SPEECH_LEMMAS = frozenset({"say", "tell"})
# a verb of the main clause: the root, a verb coordinated with it, or a parenthetical "X said" inside it
_MAIN = frozenset({"ROOT", "conj", "parataxis", "ccomp"})
# "I say this", "you say", "we say": the writer or the reader, no source
_FIRST_SECOND = frozenset({"i", "we", "you"})
# a share of people polled ("45% of Americans said", "the rest said", "millions said no"): a poll, no source
_SHARES = frozenset(
    {"%", "percent", "per", "half", "third", "quarter", "rest", "majority", "minority", "most", "millions",
     "thousands", "respondents", "voters"}
)  # fmt: skip
_NOTHING_SAID = frozenset(
    {"something", "nothing", "anything", "little", "much", "goodbye", "hello", "sorry", "thanks"}
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_SAY_TELL = re.compile(r"\b(?:said|says|say|told|tells|tell)\b")  # a sentence without them is not parsed


def subject_gaps(sentence: str) -> list[tuple[int, int]]:
    """(start, end) in `sentence` of the words between the subject of its speech verb and the verb: "Bukele[, who
    once described himself ... as "the world's coolest dictator,"] said he did not plan ...". A name keeps the
    capitalised words that go on with it ("the Military Service of Law and Order"). Empty when the verb is not the main clause's, is quoted, passive, negated,
    modal, an order ("told X to go"), when its subject is the writer, the reader, a share of people polled or
    several names ("A of X, and B of Y, said"), or when nothing stands between them."""
    if len(sentence) > MAX_CHARS or not _SAY_TELL.search(_QUOTED.sub(" ", sentence)):
        return []
    nlp = load_parser(PARSER_MODEL)
    if nlp is None:
        return []
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    doc = nlp(sentence)
    for verb in doc:
        subject = _speech_subject(verb, quoted)
        if subject is None:
            continue
        if any(c.dep_ == "conj" and c.i < verb.i for c in subject.children):
            return []  # several names ("A of X, and B of Y, said"): not read again
        keep = _core(subject) | {c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i}
        first = min(keep)
        # what the parse says may be left out: the subject's own words (a relative clause, an appositive), the
        # verb's adverbials, or the first predicate of the subject when the verb is its second
        explained = {x.i for x in subject.subtree}
        explained.update(
            x.i
            for c in verb.children
            if c.i < verb.i and c.dep_ in ("advmod", "npadvmod", "prep", "advcl", "punct", "cc")
            for x in c.subtree
        )
        # an opening adverbial closed by its comma before the subject ("After figures showed China's surplus
        # surpassed $1tn ..., the Bank of England said"): left out as well, the sentence read from its subject
        fronted = first > 0 and doc[first - 1].text == "," and explained.issuperset(range(first))
        dropped = [i for i in range(first, verb.i) if i not in keep]
        if not dropped and not fronted:
            return []  # nothing between them: the rules have read this sentence as it is
        if verb.dep_ == "conj":
            explained.update(x.i for x in verb.head.subtree if x.i < verb.i)
        if not explained.issuperset(dropped):
            return []
        if any(
            doc[i].dep_ == "cc"
            and (
                doc[i].head == subject
                or (doc[i].head.dep_ in ("appos", "conj") and doc[i].head.head == subject)
            )
            for i in dropped
        ):
            return []  # "The U.S., Venezuela's opposition and various other nations say": several, the parse says one
        gaps: list[tuple[int, int]] = [(0, doc[first].idx)] if fronted else []
        for i in dropped:
            start, end = doc[i - 1].idx + len(doc[i - 1].text), doc[i].idx + len(doc[i].text)
            if gaps and gaps[-1][1] == start:
                gaps[-1] = (gaps[-1][0], end)
            else:
                gaps.append((start, end))
        return gaps
    return []


def _speech_subject(verb: Any, quoted: list[tuple[int, int]]) -> Any:
    """The subject before a speech verb of the main clause that states (not quoted, passive, negated, modal or an
    order); None for any other verb, and for the writer's, the reader's or a poll's share as subject."""
    if verb.lemma_ not in SPEECH_LEMMAS or verb.pos_ != "VERB" or verb.tag_ not in STATED_TAGS:
        return None
    if verb.dep_ not in _MAIN or any(a <= verb.idx < b for a, b in quoted):
        return None
    kids = list(verb.children)
    if any(
        c.dep_ in ("auxpass", "nsubjpass", "neg", "xcomp") or (c.dep_ == "aux" and c.lower_ in MODAL_WORDS)
        for c in kids
    ):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
        # a stated verb (not "to say", "saying"), its past participle only after "has/have/had": "NGOs told they
        # have to cease operations" is a passive without its "were"
        return None
    if any(c.dep_ == "dobj" and c.lower_ in _NOTHING_SAID for c in kids):
        return None  # "nodded and said something that I still think about": nothing said is told
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "The oil firm has been ... and said": the first verb's subject
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].i > verb.i:
        return None
    subject = subjects[0]
    fronted = [c for c in kids if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    comma = subject.left_edge.i - 1  # the comma that closes the reported words (the parse gives it to either)
    if fronted and not (comma >= fronted[-1].right_edge.i and subject.doc[comma].text == ","):
        # the reported words first, then the subject after their comma ("The ADF killed 89 civilians ..., the
        # U.N. peacekeeping mission in the country, known as MONUSCO, said"); any other subject the parse gives
        # there is a misreading ("... killed at least 27 protesters, the Norway-based NGO ... said" read with
        # "protesters" as the subject)
        return None
    if subject.lower_ in _FIRST_SECOND or subject.lower_ in _SHARES or subject.like_num:
        return None
    return subject


_NAME_JOINS = frozenset({"of", "for", "the", "and", "on", "in", "de", "'s", "’s", "-"})


def _core(word: Any) -> set[int]:
    """The indices of a subject word's own name: the word, its modifiers before it, the compound words after it,
    and a phrase after it that goes on with the name in capitals ("Service of Law and Order")."""
    core = {x.i for x in word.subtree if x.i <= word.i and x.dep_ not in ("punct", "relcl", "acl", "appos")}
    # (only the run of those that reaches the word: "However, it ..., the Military Service" starts at "the")
    start = word.i
    while start - 1 in core:
        start -= 1
    core = {i for i in core if i >= start}
    for c in word.children:
        if c.i < word.i:
            continue
        if c.dep_ in ("compound", "flat") or (
            c.dep_ == "prep"
            and word.is_title
            and all(x.is_title or x.lower_ in _NAME_JOINS or not x.is_alpha for x in c.subtree)
            and c.lower_ in ("of", "for", "on")
        ):
            core.update(x.i for x in c.subtree)
    return core
