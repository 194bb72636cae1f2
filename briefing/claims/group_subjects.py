"""A group of people no one names as the subject of a verb of saying, in the forms the round-105 group reader
(`claims.unnamed._group_subject`) leaves (issue 11, thirty-second session, round 117): after "the" ("The protesters
argue that"), after an owner's possessive ("Ukraine's European allies say"), after ", and" ("..., and OPEC+ delegates
say"), with a relative clause ("Americans whose premiums are skyrocketing say"), with coordinated modifiers ("Cyclist
and road safety groups argue"), after "There are" ("There are people who argue that").

The head must be a plural noun of people (the unnamed nouns the actors step keeps, a few more, or a demonym in
"-ans"/"-ese"), so "the two leaders said" (people the text named before) and "the documents say" (papers) are not
read here; a person the model found in the subject is a speaker, not a group, and leaves it to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import UNNAMED_NOUNS, Found

# plural nouns of people that speak as a group, beside the unnamed nouns ("protesters", "analysts", "residents")
_MORE_GROUP_NOUNS_TEXT = """allies delegates delegations hardliners loyalists conservatives liberals progressives
    moderates veterans retirees consumers shoppers customers homeowners tenants landlords patients commuters
    cyclists motorists drivers pilots miners fishermen immigrants migrants refugees citizens taxpayers"""
_GROUP_HEADS = frozenset(
    [w for w in UNNAMED_NOUNS if w.endswith("s") and w not in ("others", "reports", "posts", "estimates")]
    + _MORE_GROUP_NOUNS_TEXT.split()
    + ["people"]  # the one plural of people without an "s" ("There are people who argue that")
)
_DETERMINERS = (
    r"(?:The|This|That|These|Those|His|Her|Its|Their|Our|Both|All|Each|Some|Many|Most|Several|A|An|In|On)"
)
# a modifier: a lower-case word that is no function word, or a capitalised word or acronym ("European", "OPEC+")
_MODIFIER = (
    r"(?:(?!(?:he|she|it|they|we|has|have|had|is|are|was|were|will|would|not|also|the|a|an|this|that|these|those|"
    r"his|her|its|their|and|or|but|to|of|in|on|who|which|whose)\b)[a-z][a-z-]+"
    rf"|(?!{_DETERMINERS}\b)[A-Z][\w.+-]*)"
)
_VERB = (
    r"(?:say|said|argue|argued|warn|warned|insist|insisted|claim|claimed|contend|contended|maintain|maintained|"
    r"allege|alleged|told)"
)
_GROUP_SAYS = re.compile(
    # where a clause starts: the sentence's start (after a word and a comma, "Meanwhile, "), ", and", ", but", ";"
    r"(?:^(?:[A-Z][a-z]+,\s+)?|(?<=,\sand\s)|(?<=,\sbut\s)|(?<=;\s))"
    r"(?P<subject>(?:There\s+(?:are|were)\s+)?"
    # "the", or an owner's possessive ("Ukraine's", "the bloc's")
    r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w.+-]*\s+){0,2}?[\w.+-]+['’]s\s+|[Tt]he\s+)?"
    # up to three modifiers, two of them joined by "and" ("Cyclist and road safety groups")
    rf"(?:{_MODIFIER}\s+(?:and\s+{_MODIFIER}\s+)?){{0,3}}"
    r"(?P<head>[a-z]+s|people|[A-Z][a-z]+(?:ans|ese))"
    # a relative clause ("whose premiums are skyrocketing", "who live near the border")
    r"(?:,?\s+(?:who|whose)\s+[^.;:,\"“”]{2,60}?,?)?)"
    # "There are people who argue": the group a sentence opens with "There are" says what its "who" clause says
    rf"(?P<who>\s+who)?\s+(?:also\s+|now\s+|long\s+|have\s+|had\s+|have\s+long\s+)?{_VERB}\b"
)


def wider_group_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> str:
    """The group of people no one names that says what text[s:e] reports, in a form the round-105 reader leaves
    ("The protesters argue", "Ukraine's European allies say", "..., and OPEC+ delegates say"), or ""."""
    for m in _GROUP_SAYS.finditer(text[s:e]):  # "^": the sentence's start
        head = m.group("head")
        if head.lower() not in _GROUP_HEADS and not head[0].isupper():
            continue
        if m.group("who") and not m.group("subject").startswith("There"):
            continue  # "Analysts who argue ...": a relative clause of the subject, not what the sentence says
        if head[0].isupper() and re.match(r"\s*(?:[Tt]he|[A-Z][\w.+-]*['’]s)\s", m.group("subject")):
            continue  # "The Americans said": a people named as a party, not its people
        if re.fullmatch(r"[\s.!?\"”]*", text[s + m.end() : e]):
            continue  # "Some tanker owners have insisted.": nothing said (round 48)
        ss, se = s + m.start("subject"), s + m.end("subject")
        if any(f.start < se and f.end > ss and f.kind == "person" for f in inside):
            continue  # a person named in the subject speaks ("Protesters led by X said")
        return text[ss : s + m.end()]
    return ""
