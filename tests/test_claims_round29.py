"""Claim status and speakers from the misses of the twenty-ninth labelling round (first sight on items nobody tuned
for): a name the model took for an organisation that a "she"/"he" refers to, "another man" (not named), a report by
no one named ("were reported", "there were reports of"), the dateline's outlet telling its own earlier reporting (a
small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Marta Sorensen": "ORG",
    "Jonas Weber": "ORG",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Reuters": "ORG",
    "Harbour Trust": "ORG",
}
TITLE = "Neighbours rebuild the old quarter"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


_of = row_of


# --- a name the model called an organisation, then "her"/"his" -------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "pronoun", "who"),
    [
        ("Marta Sorensen proudly showed off her new front door.", "she", "Marta Sorensen"),
        ("Jonas Weber slowly walked back to his shop on the square.", "he", "Jonas Weber"),
    ],
)
def test_she_said_is_the_name_her_refers_back_to(
    res: analyse.Resources, opening: str, pronoun: str, who: str
) -> None:
    body = (
        f"{opening} Volunteers had painted the frame green. "
        f'"I think it is more of a peacock," {pronoun} said, admiring the details.\n'
        f'It was an act of defiance, {pronoun} explained: "We are trying to live like normal people. '
        'We are not afraid of staying."'
    )
    claims = _claims(res, body)
    assert _of(claims, '"I think') == ("attributed", who)
    assert _of(claims, "It was an act") == ("attributed", who)
    assert _of(claims, "We are not afraid") == ("attributed", who)  # the quotation goes on


@pytest.mark.parametrize(
    "opening",
    [
        # a body's clause goes on with "its"; "her" there is someone else's
        "Harbour Trust restored the house and its old door.",
        # "his" of another clause: the name is not its subject
        "Marta Sorensen, the architect, met the mayor. Later, his office",
    ],
)
def test_a_body_or_a_far_possessive_gives_no_person(res: analyse.Resources, opening: str) -> None:
    claims = _claims(res, f'{opening} said little.\n"We are happy with the result," she said.')
    assert _of(claims, '"We are happy')[1] not in ("Harbour Trust", "Marta Sorensen")


# --- "another man" is not named -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Another man said he used his deposit box to store cash.",
        "The bank had not called anyone, another elderly man said.",
    ],
)
def test_another_man_is_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    claims = _claims(res, f"Customers gathered outside the bank in Eastwick on Tuesday.\n{sentence}")
    assert _of(claims, sentence[:15]) == ("reported", "")


def test_another_named_person_keeps_the_name(res: analyse.Resources) -> None:
    sentence = "Another resident, Anna Berg, said she had lost her savings."
    assert _of(_claims(res, sentence), "Another resident") == ("attributed", "Anna Berg")


# --- a report by no one named ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "No civilian casualties were reported, although debris fell in two towns.",
        "There were also reports of a black car leaving the garage early on Monday.",
        "Clashes and looting have been reported in several towns of the north.",
    ],
)
def test_a_passive_report_of_no_one_is_reported(res: analyse.Resources, sentence: str) -> None:
    claims = _claims(res, f"Storms hit the coast of Norland on Sunday.\n{sentence}")
    assert _of(claims, sentence[:15]) == ("reported", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anna Berg said no casualties were reported in the town.", ("attributed", "Anna Berg")),
        ("Two deaths were reported by Anna Berg, the mayor, on Monday.", ("attributed", "Anna Berg")),
    ],
)
def test_a_report_with_a_source_or_an_addressee_is_not_hedged(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert (
        _of(_claims(res, f"Storms hit the coast of Norland on Sunday.\n{sentence}"), sentence[:15])
        == expected
    )


# --- the dateline's outlet telling its own reporting -------------------------------------------------------------


def test_the_datelines_outlet_reporting_earlier_is_its_own_voice(res: analyse.Resources) -> None:
    sentence = "The junta has suppressed information about hunger, Reuters has reported."
    body = f"EASTWICK, Dec 27 (Reuters) - Norland heads to the polls on Sunday.\n{sentence}"
    assert _of(_claims(res, body), "The junta") == ("unflagged", "")


@pytest.mark.parametrize(
    "body",
    [
        # another outlet's item (no dateline of Reuters): Reuters is a source there
        "Norland heads to the polls on Sunday.\nThe junta has suppressed information about hunger, Reuters has "
        "reported.",
        # its report resting on others' words
        "EASTWICK, Dec 27 (Reuters) - Norland heads to the polls on Sunday.\nThe junta has suppressed information "
        "about hunger, Reuters reported, citing aid workers.",
    ],
)
def test_another_outlets_report_or_a_cited_source_stays_flagged(res: analyse.Resources, body: str) -> None:
    assert _of(_claims(res, body), "The junta")[0] != "unflagged"


# --- "he expected X to ...": a forecast of his ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg was more cautious, saying that she expected European countries to take over the effort.",
        'Tomas Lind said on Sunday he expected the ministry to "release more files" soon.',
    ],
)
def test_a_past_expectation_of_the_speaker_is_speculative(res: analyse.Resources, sentence: str) -> None:
    claims = _claims(res, f"Talks on the border of Norland went on.\n{sentence}")
    assert _of(claims, sentence[:15]) == ("speculative", sentence.split(" was ")[0].split(" said")[0])


def test_what_was_expected_of_someone_is_no_forecast(res: analyse.Resources) -> None:
    sentence = "Anna Berg said the ministry had done what she expected of it."
    assert _of(_claims(res, sentence), "Anna Berg") == ("attributed", "Anna Berg")


# --- "according to the report": the report just named --------------------------------------------------------


def test_according_to_the_report_is_the_body_that_reported(res: analyse.Resources) -> None:
    body = (
        "The new law will take effect on March 1, Harbour Trust reported on Saturday.\n"
        "The law also adds a provision on trade, Harbour Trust said.\n"
        "It further widens the legal toolkit, according to the report."
    )
    assert _of(_claims(res, body), "It further") == ("attributed", "Harbour Trust")


@pytest.mark.parametrize(
    "body",
    [
        # the body spoke but never reported: whose report is not said
        "The law also adds a provision on trade, Harbour Trust said.\nIt further widens the legal toolkit, "
        "according to the report.",
        # a person reported: "the report" is not theirs alone to guess
        "Anna Berg reported the plan on Saturday.\nIt further widens the legal toolkit, according to the report.",
    ],
)
def test_according_to_the_report_with_no_reporting_body_stays_unnamed(
    res: analyse.Resources, body: str
) -> None:
    assert _of(_claims(res, body), "It further") == ("reported", "")


# --- closing offices and coordinated speech verbs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Aid cuts are having a crushing impact, the special rapporteur on human rights in Norland has said.",
            "special rapporteur on human rights in Norland",
        ),
        ("Aid cuts are hurting people, the UN envoy for Norland said.", "UN envoy for Norland"),
    ],
)
def test_a_closing_office_with_what_it_is_for_is_the_speaker(
    res: analyse.Resources, sentence: str, who: str
) -> None:
    assert _of(_claims(res, f"Aid to Norland fell this year.\n{sentence}"), "Aid cuts") == ("attributed", who)


@pytest.mark.parametrize(
    "sentence",
    [
        "German chancellor Anna Berg had pushed hard for the plan but still said the deal sends a clear signal.",
        "Prime Minister Anna Berg lost the vote in parliament and later told reporters the deal was dead.",
    ],
)
def test_a_titled_subject_speaks_through_a_coordinated_verb(res: analyse.Resources, sentence: str) -> None:
    assert _of(_claims(res, f"Leaders met in Eastwick.\n{sentence}"), sentence[:15]) == (
        "attributed",
        "Anna Berg",
    )


def test_a_coordinated_verb_of_people_named_for_a_person_is_not_theirs(res: analyse.Resources) -> None:
    sentence = "Supporters of Prime Minister Anna Berg rallied in Eastwick and said the deal was dead."
    assert _of(_claims(res, f"Leaders met in Eastwick.\n{sentence}"), sentence[:15])[1] != "Anna Berg"


# --- "the police said" after a police body named; a standfirst's office ------------------------------------------

POLICE = {**NAMES, "National Police": "ORG"}


def test_the_police_is_the_police_body_named_before(res: analyse.Resources) -> None:
    body = (
        "Norland's National Police has accused the rebels of shelling villages in the north.\n"
        "The police said three civilians were injured on Monday."
    )
    claims = claim_rows(res, TITLE, body, POLICE)
    assert _of(claims, "The police said") == ("attributed", "National Police")


def test_the_police_with_no_police_body_named_stays_unnamed(res: analyse.Resources) -> None:
    body = "Thieves drilled into a bank vault in Eastwick.\nThe police said the thieves stole millions."
    assert _of(_claims(res, body), "The police said") == ("reported", "")


def test_a_standfirst_office_is_the_person_the_title_names(res: analyse.Resources) -> None:
    title = "Anna Berg says the loan truly strengthens Norland"
    body = (
        "Norlandic president expresses gratitude to European leaders for the loan plan\n"
        "Anna Berg has said she is grateful to European leaders after they agreed on the plan."
    )
    claims = _claims(res, body, title)
    assert _of(claims, "Norlandic president") == ("attributed", "Anna Berg")


def test_a_standfirst_title_alone_is_not_the_person_named_next(res: analyse.Resources) -> None:
    title = "Anna Berg seeks dismissal of the case"
    body = (
        "Judge said unsealed documents show some evidence of vindictive prosecution\n"
        "Anna Berg is seeking to have the case dismissed, her lawyer said."
    )
    assert _of(_claims(res, body, title), "Judge said")[1] != "Anna Berg"


# --- unnamed sources the round-28 first sight missed -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "China is requiring chipmakers to use local equipment for adding new capacity, three people familiar "
        "with the matter said.",
        "Three people familiar with the matter said China is requiring chipmakers to use local equipment for "
        "adding new capacity.",
    ],
)
def test_for_adding_is_an_act_not_the_states_statement(res: analyse.Resources, sentence: str) -> None:
    claims = claim_rows(res, "Chip rules", sentence, {**NAMES, "China": "GPE"})
    assert _of(claims, sentence[:15]) == ("reported", "")


def test_adding_after_a_comma_is_still_a_statement(res: analyse.Resources) -> None:
    sentence = "Anna Berg praised the chipmakers for the new plants, adding that more would follow."
    assert _of(_claims(res, f"Chip rules tighten.\n{sentence}"), sentence[:15]) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "A federal judge on Tuesday upheld the visa fee of Anna Berg, while also acknowledging it could harm "
        "businesses.",
        "An Eastwick official approved the plan on Monday, saying the works would start in May.",
    ],
)
def test_an_indefinite_person_speaking_through_a_participle_is_unnamed(
    res: analyse.Resources, sentence: str
) -> None:
    assert _of(_claims(res, f"Visa fees rise.\n{sentence}"), sentence[:15]) == ("reported", "")


def test_an_indefinite_title_with_the_name_after_it_is_named(res: analyse.Resources) -> None:
    sentence = "A lawyer, Anna Berg, filed the appeal on Monday, saying the fee was unlawful."
    assert _of(_claims(res, f"Visa fees rise.\n{sentence}"), sentence[:15])[1] == "Anna Berg"


# --- what a thing could be deemed: the speaker's reading, not a forecast ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg caused a dispute last year by saying an attack on Eastwick could be deemed a threat to Norland.",
        "An attack on Eastwick could be considered a threat to Norland, Anna Berg said.",
    ],
)
def test_could_be_deemed_by_a_named_speaker_is_attributed(res: analyse.Resources, sentence: str) -> None:
    assert _of(_claims(res, f"A dispute grows.\n{sentence}"), sentence[:15]) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        # a forecast beside it stays a forecast
        "Anna Berg said an attack could be deemed a threat and could trigger a war.",
        # no one named: the writer's possibility
        "An attack on Eastwick could be deemed a threat to Norland.",
    ],
)
def test_could_be_deemed_with_a_forecast_or_no_speaker_stays_speculative(
    res: analyse.Resources, sentence: str
) -> None:
    assert _of(_claims(res, f"A dispute grows.\n{sentence}"), sentence[:15])[0] == "speculative"


# --- a state after an opening clause and "the" -----------------------------------------------------------------

STATES = {**NAMES, "UK": "GPE", "Sweden": "GPE"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement on the strike, the UK said it had tried to de-escalate since the advance.",
        "After pressure from its allies, the UK said on Saturday it had withdrawn its forces.",
    ],
)
def test_a_state_after_an_opening_clause_and_the_is_the_speaker(
    res: analyse.Resources, sentence: str
) -> None:
    claims = claim_rows(res, TITLE, sentence, STATES)
    status, who = _of(claims, sentence[:15])
    assert status == "attributed" and who in ("United Kingdom", "UK")


def test_a_state_as_an_object_before_the_verb_is_no_speaker(res: analyse.Resources) -> None:
    sentence = "The ship sailed to the UK and said nothing of its cargo."
    claims = claim_rows(res, TITLE, sentence, STATES)
    assert _of(claims, sentence[:15])[1] not in ("United Kingdom", "UK")


# --- two people as one subject ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg, Tomas Lind say the peace deal is edging closer.",
        "Anna Berg and Tomas Lind said they were 90 percent certain of the site.",
    ],
)
def test_two_people_as_one_subject_are_several(res: analyse.Resources, sentence: str) -> None:
    assert _of(_claims(res, f"Talks go on.\n{sentence}"), sentence[:15]) == ("attributed", "")


def test_a_person_after_another_persons_clause_speaks_alone(res: analyse.Resources) -> None:
    sentence = "After meeting Anna Berg, Tomas Lind said the peace deal is edging closer."
    assert _of(_claims(res, f"Talks go on.\n{sentence}"), sentence[:15]) == ("attributed", "Tomas Lind")
