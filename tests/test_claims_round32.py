"""Claim speakers from the misses of the thirty-second labelling round and the known misses of round 31 (first
sight on items nobody tuned for), by general mechanism rather than sentence: the words after "said" that go on with
a verb are what was said, not an inverted speaker; the subject before a sentence adverb or any comma-enclosed
insertion speaks ("X, meanwhile, said", "Three residents of Y, parts of which ..., said"); a clause's opening
conjunction is no part of a name; an outlet's one-word name before a surname and a description is a person; "the"
and capitalised words the model did not read before "said" are a body as written; a document or remark made by
someone is theirs; a headline's person before a colon speaks a lower-case clause; a verb in an indirect question is
nobody's statement; manner verbs with what was said are speech; a speaker with the people of its side, or two
clauses with two named speakers, are several sources."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Green Party": "ORG",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Reuters": "ORG",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


_of = row_of


# --- an appositive before "said", and what was said after it ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg, the leader of the opposition Green Party, said the country should consider it.",
        "Anna Berg, the leader of the opposition Green Party, said the party would back it.",
        "Anna Berg, who leads the Green Party, said the government had failed them.",
    ],
)
def test_a_clause_after_said_is_what_was_said_not_who_said_it(res: analyse.Resources, sentence: str) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the inverted speaker after a quotation still speaks
        (
            '"We will not give up," said the leader of the Green Party.',
            ("attributed", "leader of the Green Party"),
        ),
        (
            '"We will not give up," said the country\'s foreign minister.',
            ("attributed", "country's foreign minister"),
        ),
    ],
)
def test_an_inverted_speaker_is_still_read(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:10]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland's defence ministry, meanwhile, said the forces had stood down.",
        "Norland's top security body, meanwhile, said the forces had stood down.",
        "The Green Party, however, said the forces had stood down.",
        "The Green Party, for its part, said the forces had stood down.",
    ],
)
def test_the_subject_before_a_sentence_adverb_speaks(res: analyse.Resources, sentence: str) -> None:
    status, speaker = _of(_claims(res, sentence), sentence[:12])
    assert status == "attributed" and speaker in (
        "Norland's defence ministry",
        "Norland's top security body",
        "Green Party",
    )


# --- a clause's opening word is no part of the speaker's name ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Although the junta insists the election has popular backing, turnout was low in Eastwick.",
        "While the army says the roads are open, few trucks reached Eastwick.",
    ],
)
def test_an_opening_conjunction_is_not_part_of_the_speaker(res: analyse.Resources, sentence: str) -> None:
    status, speaker = _of(_claims(res, sentence), sentence[:12])
    assert status == "attributed" and speaker.lower() in ("junta", "army")


def test_insisting_on_something_is_a_demand(res: analyse.Resources) -> None:
    sentence = "While Norland insists on getting all of the valley, Eastwick wants the lines frozen."
    assert _of(_claims(res, sentence), sentence[:12]) == ("unflagged", "")
    said = "Norland insisted on Monday that the valley is its own."
    assert _of(_claims(res, said), said[:12]) == ("attributed", "Norland")


# --- an outlet's one-word name that is a person's first name ---------------------------------------------------


def test_an_outlets_name_followed_by_a_surname_and_a_description_is_a_person(res: analyse.Resources) -> None:
    sentence = (
        "Tasnim Jara, a doctor who joined the party, resigned and said she would run as an independent."
    )
    assert _of(_claims(res, sentence), sentence[:12]) == ("attributed", "Tasnim Jara")
    agency = "Tasnim said the talks would resume in Eastwick."
    assert _of(_claims(res, agency), agency[:12]) == ("attributed", "Tasnim")


# --- "the" and a capitalised name the model did not read, right before the verb -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "However, the League said that in a change from last year, the new decree stated that aid would go on.",
        "The League said the decree stated that aid would go on.",
    ],
)
def test_the_capitalised_body_before_said_speaks_not_the_later_verbs_subject(
    res: analyse.Resources, sentence: str
) -> None:
    assert _of(_claims(res, sentence), sentence[:12]) == ("attributed", "League")


def test_the_west_is_several_states_not_one_speaker(res: analyse.Resources) -> None:
    sentence = "The strikes hit nuclear sites, where the West says Norland has been working on nuclear arms."
    assert _of(_claims(res, sentence), sentence[:12]) == ("attributed", "")


# --- what a document or a remark says is whoever made it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The visit follows a report published on Monday by the Green Party that said Anna Berg planned to go.",
            ("attributed", "Green Party"),
        ),
        (
            "The visit follows a statement by Anna Berg that said the talks would resume.",
            ("attributed", "Anna Berg"),
        ),
        (
            "The port was hit on Sunday, according to comments made on Monday by Norland President Anna Berg.",
            ("attributed", "Anna Berg"),
        ),
        (
            "The port was hit on Sunday, according to remarks by Anna Berg.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_document_or_remark_by_someone_is_theirs(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:12]) == expected


# --- a headline's person before a colon, then a clause in lower case ----------------------------------------------


def test_a_headline_person_before_a_colon_speaks_a_lower_case_clause(res: analyse.Resources) -> None:
    title = "Anna Berg: allies will make commitments on the border at Monday's meeting"
    body = "Allies will meet on Monday in Eastwick."
    assert _of(claim_rows(res, title, body, NAMES), "Anna Berg:") == ("attributed", "Anna Berg")
    plain = "Anna Berg: a life in politics"
    assert _of(claim_rows(res, plain, body, NAMES), "Anna Berg:") == ("unflagged", "")


# --- the noun phrase that opens a sentence, an insertion, then the verb ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Three residents of Eastwick, parts of which will vote on Sunday, said they remember livelier campaigns.",
            ("reported", ""),
        ),
        (
            "The Green Party, parts of which had backed the deal, said it would now oppose it in parliament.",
            ("attributed", "Green Party"),
        ),
    ],
)
def test_the_subject_that_opens_the_sentence_speaks_after_an_insertion(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:12]) == expected


# --- a verb inside an indirect question is no statement ------------------------------------------------------------


def test_a_verb_in_an_indirect_question_is_not_the_speakers(res: analyse.Resources) -> None:
    body = (
        "Anna Berg said on Monday that Norland had struck the port.\n\n"
        'Asked whether he confirmed or denied the strike, Tomas Lind said: "This could be something we discuss."'
    )
    assert _of(_claims(res, body), "Asked whether") == ("speculative", "Tomas Lind")


# --- how something was said, when what was said follows ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'In one post, the Green Party thundered that, "All those plotting will be stopped!"',
        "Anna Berg lamented that the markets turn hope into a mere business.",
        "Talks ended on Monday, with Anna Berg stating that Norland would oversee the port.",
    ],
)
def test_a_manner_of_speaking_with_what_was_said_is_a_statement(
    res: analyse.Resources, sentence: str
) -> None:
    status, speaker = _of(_claims(res, sentence), sentence[:12])
    assert status == "attributed" and speaker in ("Green Party", "Anna Berg")


def test_a_manner_verb_without_what_was_said_is_not(res: analyse.Resources) -> None:
    sentence = "The crowd thundered down the street toward Eastwick."
    assert _of(_claims(res, sentence), sentence[:12]) == ("unflagged", "")


def test_a_closing_reporting_clause_is_the_speaker_after_an_insertion(res: analyse.Resources) -> None:
    sentence = (
        'Three residents of Eastwick, parts of which will vote, said "the port must stay open," '
        "party envoy Tomas Lind told the council."
    )
    assert _of(_claims(res, sentence), sentence[:12]) == ("attributed", "Tomas Lind")


# --- a speaker and the people of its side as one subject -------------------------------------------------------------


def test_a_speaker_and_their_allies_are_several(res: analyse.Resources) -> None:
    sentence = "Anna Berg and her allies say the policies aim to improve security."
    assert _of(_claims(res, sentence), sentence[:12]) == ("attributed", "")
    alone = "Anna Berg says her allies want the policies to improve security."
    assert _of(_claims(res, alone), alone[:12]) == ("attributed", "Anna Berg")


def test_a_headline_subject_that_suggests_something_says_it(res: analyse.Resources) -> None:
    title = "Anna Berg suggests Norland is open to talks despite the strikes"
    body = "Anna Berg on Thursday said she was open to talks with Eastwick."
    assert _of(claim_rows(res, title, body, NAMES), "Anna Berg suggests") == ("attributed", "Anna Berg")
    found = "Data suggests the port reopened on Monday."
    assert _of(_claims(res, found), found[:12]) != ("attributed", "Data")


def test_suggesting_doing_something_is_a_proposal(res: analyse.Resources) -> None:
    sentence = "The Green Party suggests prohibiting platforms from serving minors under fifteen."
    assert _of(_claims(res, sentence), sentence[:12]) == ("unflagged", "")


# --- two clauses, each with its own named speaker -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Anna Berg declared "enough is enough," and Green Party leader Tomas Lind affirmed that Norland must decide.',
            ("attributed", ""),
        ),
        (
            "The Norland government said its forces were responding to fire, but the Green Party said they held "
            "Norland responsible.",
            ("attributed", ""),
        ),
        # one speaker's two verbs, and a noun "claims" in what she said, stay hers
        (
            "Anna Berg said the talks had stalled, and she added that the port stays shut.",
            ("attributed", "Anna Berg"),
        ),
        (
            "Anna Berg has said armed groups target both sides, and Norland claims that one side suffers are wrong.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_second_clause_with_another_speaker_makes_several(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:12]) == expected
