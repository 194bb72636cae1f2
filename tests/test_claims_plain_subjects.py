"""The subject of a plain "X said" that no other reader knew (issue 11, thirty-ninth session: forms found
unflagged in the corpus's own text; briefing/claims/plain_subjects.py). A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

LEAD = "The meeting took place on Monday in the capital."


def row(res: analyse.Resources, sentence: str, names: dict[str, str] | None = None) -> tuple[str, str]:
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", names or {})
    return row_of(rows, sentence[:12])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body the phrase names by its kind, with a state's or a brand's possessive
        (
            "Norland's health directorate said a further four people were killed and 18 wounded.",
            "Norland's health directorate",
        ),
        ("X's Safety account said on Sunday that it removes all illegal content.", "X's Safety account"),
        # an aside between subject and verb, an opening adverbial
        (
            "Norland airport, meanwhile, said it still had ample supplies of de-icing fluid.",
            "Norland airport",
        ),
        ("In a statement, the municipality said it discovered the failure last week.", "municipality"),
        # a name no model read, after an opening quotation
        (
            '"The activist was arrested at the protest," Prisoners for Palestine said in a statement.',
            "Prisoners for Palestine",
        ),
        (
            '"Fighting is ongoing in the village," Norland\'s joint taskforce said.',
            "Norland's joint taskforce",
        ),
    ],
)
def test_a_plain_subject_no_reader_knew_speaks_as_written(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row(res, sentence) == ("attributed", speaker)


def test_the_body_the_model_read_at_the_phrases_end_is_the_speaker(res: analyse.Resources) -> None:
    sentence = '"Since Friday we have been de-icing aircraft," the Dutch arm of airline group Norair said.'
    assert row(res, sentence, {"Norair": "ORG"}) == ("attributed", "Norair")


@pytest.mark.parametrize(
    "sentence",
    [
        "Another told us that the names are often dropped.",  # one of several people, none named
        "The lawyer said that a dozen former officials had reached out.",  # an office, its holder not named
    ],
)
def test_a_plain_subject_that_names_no_one_is_unnamed(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "History tells us that anti-protest laws often end badly in the courts.",  # a common word, no one
        "The rest said they were unsure or did not answer the question.",  # a poll's share
        "The military did not say whether it had suffered any casualties.",  # a negation
        "The government's stated aim is a tobacco-free generation by 2032.",  # "stated" as an adjective
        "The president announced a blockade of all sanctioned vessels this month.",  # an act, not a statement
        "His no-show added to deep uncertainty in the country.",  # "added to"
    ],
)
def test_what_is_no_subject_of_saying_stays_unflagged(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "names", "speaker"),
    [
        # a facility the model reads as a place speaks through those who run it (forty-first session: the corpus's
        # "Britain's Port of Dover said it was operating a 'turn up and go' system" was left unflagged)
        (
            "Norland's Port of Dunmore said it was operating a 'turn up and go' system for passengers.",
            {"Norland": "GPE", "Port of Dunmore": "FAC"},
            "Port of Dunmore",
        ),
        (
            "The port of Dunmore said shipments would be delayed until Thursday.",
            {"Dunmore": "GPE"},
            "port of Dunmore",
        ),
        (
            "Dunmore Airport said flights were delayed by the fog.",
            {"Dunmore Airport": "FAC"},
            "Dunmore Airport",
        ),
    ],
)
def test_a_facility_read_as_a_place_speaks(
    res: analyse.Resources, sentence: str, names: dict[str, str], speaker: str
) -> None:
    assert row(res, sentence, names) == ("attributed", speaker)


def test_a_place_alone_is_still_no_speaker(res: analyse.Resources) -> None:
    sentence = "Central Dunmore said goodbye to its last tram on Sunday."
    assert row(res, sentence, {"Central Dunmore": "GPE"})[1] != "Central Dunmore"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a claim or a case put with what it says right after (forty-second session: the corpus's "The junta claims
        # the vote is a return to democracy" was left unflagged, while "The junta said" was not)
        ("The junta claims the vote is a return to democracy.", "junta"),
        ("The council's lawyers argued that the order should be lifted at once.", "council's lawyers"),
        ("The ministry maintains that its drills near the border are routine.", "ministry"),
    ],
)
def test_a_claim_or_a_case_put_speaks_as_said_does(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row(res, sentence) == ("attributed", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        # ties, a presence or a lead kept up are acts (forty-second session: the corpus's "Russia has long maintained
        # close ties with Venezuela" and "... Asfura maintains lead" were flagged as claims)
        "The council maintains the roads in the northern district.",
        "The ministry has long maintained close ties with the northern militias.",
        "The ruling party maintains a narrow lead after the second count.",
    ],
)
def test_maintaining_a_thing_says_nothing(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry has maintained it was misled by the contractor.",
        "The ministry maintains its innocence in the procurement case.",
    ],
)
def test_maintaining_a_position_is_a_claim(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence) == ("attributed", "ministry")


def test_claimed_lives_are_no_claim(res: analyse.Resources) -> None:
    assert row(res, "The junta claimed the lives of ten protesters.") == ("unflagged", "")


def _country_row(res: analyse.Resources, lead: str, names: dict[str, str]) -> tuple[str, str]:
    sentence = "The country said that its space programme is entirely peaceful."
    return row_of(claim_rows(res, "A launch", f"{lead}\n\n{sentence}", names), sentence[:12])


def test_the_country_that_speaks_is_the_one_state_named_before(res: analyse.Resources) -> None:
    lead = "Chile launched three satellites on Sunday."
    assert _country_row(res, lead, {"Chile": "GPE"}) == ("attributed", "Chile")


def test_the_country_stays_as_written_when_two_states_were_named(res: analyse.Resources) -> None:
    lead = "Chile launched three satellites from Peru on Sunday."
    assert _country_row(res, lead, {"Chile": "GPE", "Peru": "GPE"}) == ("attributed", "country")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an outcome claimed (forty-second session: the corpus's 'Israel and its proxies claim a "decisive victory"'
        # was unflagged, and so was "The ruling party claims victory in the disputed election")
        ("The ruling party claims victory in the disputed election.", "ruling party"),
        ('The junta and its allies claim a "decisive victory" over the rebels.', "junta and its allies"),
    ],
)
def test_an_outcome_claimed_is_a_claim(res: analyse.Resources, sentence: str, speaker: str) -> None:
    assert row(res, sentence) == ("attributed", speaker)


def test_competing_claims_over_responsibility_are_no_one_s(res: analyse.Resources) -> None:
    assert row(res, "The violence and competing claims over responsibility highlight a standoff.") == (
        "unflagged",
        "",
    )


@pytest.mark.parametrize("label", ["", "Exclusive: "])
def test_a_feeds_label_before_a_body_that_acts_and_says(res: analyse.Resources, label: str) -> None:
    # (fiftieth session, round 148: the Guardian's standfirst "Exclusive: CST highlights volume of IS-supporting
    # accounts and says ..." was unflagged only for its label; the model found no name in it)
    sentence = f"{label}NSW highlights the volume of extremist accounts and says social media firms put everyone at risk"
    assert row(res, sentence) == ("attributed", "NSW")


@pytest.mark.parametrize(
    "sentence",
    [
        # (fiftieth session, round 148: "The doctors treating Bolsonaro said ..." was credited to him, then to his
        # wife; the corpus's "But those close to Cabello said ..." to Cabello)
        "The doctors treating Venn said later that they had blocked the nerve.",
        "But those close to Venn said he was not interested in a deal.",
    ],
)
def test_people_acting_for_a_person_are_not_that_person(res: analyse.Resources, sentence: str) -> None:
    status, speaker = row(res, sentence, {"Venn": "PERSON"})
    assert (status, speaker) == ("reported", "")
