"""The clause after a closing quotation names the speaker whatever its verb (issue 11, round 114's pool: the form
main left unflagged most often among quoted sentences of 843 unlabelled items; sentences written for these tests
after corpus ones; a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, claims_of, row_of

NAMES = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON", "Carla Pinto": "PERSON"}
TITLE = "Norland votes in a tense election"
LEAD = "Voters queued for hours in the capital on Sunday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # '"This is genius," Donald Trump enthused.'
        ('"This is a great day for the country," Tomas Lind enthused.', "Tomas Lind"),
        # '"The United States should prepare itself ...," Juan de Dios Garcia proclaimed as he gathered ...'
        ('"The old order is over," Tomas Lind proclaimed as he left the polling station.', "Tomas Lind"),
        # '"If this happens tomorrow, we will be ready ...," Ramil Galiyev was cited as saying by ...'
        (
            '"We are ready for any result," Tomas Lind was cited as saying by the state news agency.',
            "Tomas Lind",
        ),
        # '"I'm happy, I doubted for a moment ...," said merchant Carolina Pimentel, 37, in the city of Maracay.'
        (
            '"I am happy with the vote," said merchant Carla Pinto, 37, in the city of Eastport.',
            "Carla Pinto",
        ),
    ],
)
def test_the_clause_after_a_quotation_names_its_speaker_whatever_the_verb(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:20]) == ("attributed", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        # '"Nobody can imagine how horrific it was, such an ordeal," she reflected decades later.'
        '"Nobody can imagine how hard it was," she reflected decades later.',
        # '"I gave my beauty and my youth to men," she once said.'
        '"I gave my youth to the stage," she once said.',
    ],
)
def test_a_pronoun_after_a_quotation_speaks_as_the_person_before(
    res: analyse.Resources, sentence: str
) -> None:
    body = f"Anna Berg was a famous actress who left the stage at 39.\n\n{sentence}"
    assert row_of(claim_rows(res, TITLE, body, NAMES), sentence[:20]) == ("attributed", "Anna Berg")


def test_an_indefinite_person_after_said_is_an_unnamed_source(res: analyse.Resources) -> None:
    # '"They want you to feel like you are a cockroach ...," said a former DGCIM agent who was arrested ...'
    sentence = '"They want you to feel small," said a former police agent who was arrested in 2020.'
    assert row_of(claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES), sentence[:20]) == ("reported", "")


def test_a_quotation_inside_a_sentence_is_not_read_as_its_speaker(res: analyse.Resources) -> None:
    # the quotation must open the sentence: 'Every "what if?" is a tiny revolution.' is no one's words
    sentence = 'Every "what if?" is a tiny revolution.'
    assert row_of(claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES), sentence[:20]) == ("unflagged", "")


# --- a reactions list's label in capitals (claims.capital_labels) ---------------------------------------------------

REACTIONS = """Leaders met in Norland on Tuesday. Following are reactions:

TOMAS LIND, NORLAND PRIME MINISTER

"We all want to take advantage of this moment. Norland is ready for compromise."

DEPUTY PRIME MINISTER AND FOREIGN AFFAIRS MINISTER ANNA BERG:

"The safety of our citizens is a top priority."

WHAT HAPPENS NEXT

"Nothing is certain," one diplomat said."""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        # "DONALD TUSK, POLISH PRIME MINISTER" over his quotation (a name, a comma, a description, no colon)
        ('"We all want to take', "Tomas Lind"),
        ("Norland is ready for", "Tomas Lind"),
        # "BELGIUM'S DEPUTY PRIME MINISTER AND FOREIGN AFFAIRS MINISTER MAXIME PREVOT:" (more than eight words)
        ('"The safety of our', "Anna Berg"),
    ],
)
def test_a_label_in_capitals_names_who_speaks_below(res: analyse.Resources, start: str, speaker: str) -> None:
    status, who = row_of(claim_rows(res, "Reactions to the Norland talks", REACTIONS, NAMES), start)
    assert (status, who.lower()) == (
        "attributed",
        speaker.lower(),
    )  # the name as the label writes it, any case


def test_a_heading_in_capitals_without_a_comma_or_colon_names_no_one(res: analyse.Resources) -> None:
    assert row_of(
        claim_rows(res, "Reactions to the Norland talks", REACTIONS, NAMES), '"Nothing is certain'
    ) == (
        "reported",
        "",
    )


def test_the_cue_of_a_quotation_tail_is_the_verb_as_written(res: analyse.Resources) -> None:
    # the rules read '"...," Donald Trump enthused' as "... said"; the reader is shown the verb the text wrote
    sentence = '"This is a great day for the country," Tomas Lind enthused.'
    claims = claims_of(res, TITLE, f"{TITLE}\n\n{LEAD}\n\n{sentence}", NAMES)
    claim = next(c for c in claims if c.text.startswith('"This'))
    assert (claim.status, claim.attributed_to, claim.cues) == ("attributed", "Tomas Lind", ("enthused",))
