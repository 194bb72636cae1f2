"""The clause after a closing quotation (issue 11, thirty-second session, round 114): '"...," Donald Trump
enthused.', '"...," she once said.', '"...," the 63-year-old leftist is heard saying in English.', '"...," said
merchant Carolina Pimentel, 37, in the city of Maracay.'

A sentence that opens with a quotation closed by a comma (or "?", "!") and goes on with a clause of a subject and a
verb is that subject's words, whatever the verb: the form is the sign, not the verb's lexeme ("enthused",
"reflected", "proclaimed", "gushed") nor a word between subject and verb ("once", "later"). `find_claims` reads
such a sentence with the verb written "said" (same offsets, as it reads "Yemen 's" as "Yemen's"), so every reader
of "X said" (subjects, pronouns looked back, quotations going on) reads it as any other. The inverted order
('"...," said <description> <Name>') is read by `quote_tail_source` when no other reader found a source: the first
person the model found in the clause, or an unnamed source after "a"/"an".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.nouns import _Source
from briefing.claims.status import SPEECH

# the opening quotation, closed by a comma, "?" or "!" before the closing mark, then the clause
_OPENING_QUOTATION = re.compile(r"\s*[\"“][^\"“”]{2,}?[,?!…]\s*[\"”]\s+(?=[\w])")
_SUBJECT_VERB = re.compile(
    r"(?P<np>(?:he|she|they|it|we)"
    r"|(?:the|The)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+"
    r"|[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|da|del|dos|van|von|al|bin|la|le))*)"
    r"(?P<between>\s+(?:(?:once|later|also|then|often|again|now|still|recently|previously|[a-z]{3,}ly)\s+)?)"
    r"(?P<verb>(?:is|was|were|are)\s+(?:heard|seen|quoted|cited|filmed)\s+(?:as\s+)?saying"
    r"|said|says|[a-z]{3,}(?:ed|es|s)|wrote|told|began|spoke|sang|shouted)\b"
)
# (SAID_TOLD_ADDED of claims.status without "told", with "wrote", "began", "recalled", "continued", "explained")
_INVERTED = re.compile(
    r"(?P<verb>said|says|began|added|wrote|recalled|continued|explained)\s+(?P<np>[^,;]{2,80})"
)
# a paper a body issues: '," said a written communication' is that body's, not someone unnamed
_PAPERS_TEXT = "statement communication document letter report post message note memo release readout"
_PAPERS = frozenset(_PAPERS_TEXT.split())
_NOT_VERBS = frozenset(
    {"has", "was", "is", "does", "goes", "its", "this", "his", "hers", "us", "news", "series"}
)


def plain_quote_tail(text: str, start: int, end: int) -> str:
    """The text with the verb of '"...," <subject> <verb>' in the sentence start..end written "said" (same offsets)
    when it is no verb the speech readers know or a word stands between ("she once said"), else the text."""
    q = _OPENING_QUOTATION.match(text, start, end)
    sv = _SUBJECT_VERB.match(text, q.end(), end) if q is not None else None
    if sv is None or sv.group("verb").lower() in _NOT_VERBS:
        return text
    if SPEECH.search(text, sv.end("verb"), end):
        return text  # '," UN rights chief Volker Turk said': "rights" is no verb, the speech verb after it is
    if not sv.group("between").strip() and SPEECH.fullmatch(sv.group("verb")):
        return text  # "she said", "Tomas Lind warned": read as it is
    ns, ve = sv.end("np"), sv.end("verb")
    return text[:ns] + (" said" + " " * (ve - ns))[: ve - ns] + text[ve:]


# a verb of saying in a progressive form ("officials are saying", "the minister is claiming", "have been warning"):
# the past form in its stead, as "said" stands for a quotation's tail verb; an adverb between goes with it
_PAST_OF = {
    "saying": "said",
    "telling": "told",
    "claiming": "claimed",
    "warning": "warned",
    "insisting": "insisted",
    "arguing": "argued",
    "alleging": "alleged",
    "suggesting": "suggested",
    "denying": "denied",
    "accusing": "accused",
    "denouncing": "denounced",
    "asserting": "asserted",
    "stressing": "stressed",
}
_PROGRESSIVE = re.compile(
    r"(?<=[\w’'.,)]\s)(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:(?:also|now|still|already|repeatedly|publicly|increasingly|openly|privately|loudly)\s+)?"
    rf"(?P<verb>{'|'.join(_PAST_OF)})\b"
)


def plain_progressive(text: str) -> str:
    """The text with each progressive verb of saying ("are saying", "is claiming", "had been warning") written as its
    past form ("said", spaces after it: same offsets), so that every reader of "X said" reads "X are saying" too;
    not a gerund with no auxiliary ("after saying")."""
    if "ing" not in text:
        return text
    return _PROGRESSIVE.sub(lambda m: _in_place(_PAST_OF[m.group("verb")], len(m.group())), text)


# a verb that says something only when it ends the sentence after its subject ("The talks had failed, Anna Berg
# recalled."; "Germany recalled its envoy" is an act): read "said" there, as a quotation's tail verb is
_TAIL_VERBS = "recalled|observed|concluded|indicated|signalled|signaled|pledged|promised|estimated|reflected"
_TAIL_VERB = re.compile(
    r"(?<=[\w’'.)\]]),\s+(?!(?:as|which|who|whom|that|and|but|or|when|while|if|because|after|before|since|though|"
    r"although|until|unless|where|so)\b)(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){1,5}?"
    rf"(?P<verb>{_TAIL_VERBS})(?=(?:\s+(?:on|in|at|last|this|earlier|later)\s+[^,.;:\"“”]{{1,40}})?\s*[.!](?:\s|$))"
)


def plain_tail_verb(text: str) -> str:
    """The text with a verb that ends its sentence after a comma and its subject ("..., Anna Berg recalled.",
    "..., the report concluded on Monday.") written "said" (same offsets); not in a clause opened by "as", "which",
    "when" ("as she had promised")."""
    if "," not in text:
        return text
    return _TAIL_VERB.sub(
        lambda m: m.group()[: m.start("verb") - m.start()] + _in_place("said", len(m["verb"])), text
    )


def _in_place(word: str, width: int) -> str:
    """`word` written in the place of `width` characters: spaces after it, so the text keeps its offsets."""
    return (word + " " * width)[:width]


def quote_tail_source(text: str, start: int, end: int, inside: Sequence[Found]) -> _Source | None:
    """The speaker of '"...," said <words> <Name>' (the first person named in the clause) or '"...," said a/an
    <description>' (unnamed), or None."""
    q = _OPENING_QUOTATION.match(text, start, end)
    inv = _INVERTED.match(text, q.end(), end) if q is not None else None
    if inv is None:
        return None
    # a name after a preposition is someone else's: '," said the lawyer for Anna Berg' is not Anna Berg
    clause = re.split(
        r"\s(?:who|whose|which|in|at|on|after|as|for|of|to|with|from|by|against|representing)\s",
        inv.group("np"),
    )[0]
    clause_end = inv.start("np") + len(clause)
    named = [f for f in inside if inv.start("np") <= f.start and f.end <= clause_end and f.kind == "person"]
    if named:
        return _Source(named[0].name, named[0].kind, inv.group("verb"))
    if re.match(r"(?:a|an)\s", clause) and not _PAPERS.intersection(clause.lower().split()):
        # '," said a former police agent': someone not named; not '," said a written communication' (a body's paper)
        return _Source("", "unnamed", inv.group("verb"))
    return None
