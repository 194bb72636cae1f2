"""Sources named apart from their verb (issue 11: forms found unflagged in the corpus's own text in the
thirty-ninth session): a comma written with a space before it (France 24's text: "Chuck Schumer , told"), a name
after a place-based description ("according to US-based monitor ACLED"), a name no rule read after "according to",
a closing speaker after a dashed aside, a body named before its description ("Stromnetz Berlin, the city's network
operator, said"). A small fake entity finder; the gazetteer's states and places."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

LEAD = "The meeting took place on Monday in the capital."


def rows_of(res: analyse.Resources, sentence: str, names: dict[str, str]) -> list[tuple[str, str, str]]:
    return claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", names)


def test_a_comma_written_apart_from_the_speaker_still_credits_them(res: analyse.Resources) -> None:
    sentence = 'The Senate\'s top Democrat, Anna Berg , told ABC News that Americans were left "scratching their heads".'
    assert row_of(rows_of(res, sentence, {"Anna Berg": "PERSON"}), "The Senate") == (
        "attributed",
        "Anna Berg",
    )


def test_a_spaced_comma_leaves_the_quoted_text_as_written(res: analyse.Resources) -> None:
    sentence = "One of the bar's two operators, Anna Berg , told Swiss media that the bar had been checked."
    rows = rows_of(res, sentence, {"Anna Berg": "PERSON"})
    assert any(text.startswith("One of the bar's two operators, Anna Berg , told") for text, _, _ in rows)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Israel launched 360 attacks during the war, according to US-based monitor ACLED.", "ACLED"),
        (
            "Israel launched 360 attacks during the war, according to the London-based group Airwars.",
            "Airwars",
        ),
    ],
)
def test_according_to_a_place_based_description_credits_the_name_after_it(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row_of(rows_of(res, sentence, {"ACLED": "ORG", "Airwars": "ORG"}), "Israel") == (
        "attributed",
        speaker,
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name the model did not read, with "of" and a possessive inside it
        (
            "As of July 26, the figure stands at 8,320, according to the General Staff of Ukraine's Armed Forces.",
            "General Staff of Ukraine's Armed Forces",
        ),
        # "in" inside the name, and a description after it
        (
            "More than 100 Christians were detained in December, according to Human Rights in China, a New York-based NGO.",
            "Human Rights in China",
        ),
        (
            "At least two people were killed, according to The Syrian Observatory for Human Rights.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_according_to_a_name_no_rule_read_credits_that_name(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row_of(rows_of(res, sentence, {"Armed Forces": "ORG"}), sentence[:12]) == ("attributed", speaker)


def test_a_name_the_model_read_as_a_place_speaks_when_its_description_says_it_is_a_group(
    res: analyse.Resources,
) -> None:
    sentence = (
        "At least 27 people have been killed in Iran, according to Kurdish-Iranian rights group Hengaw."
    )
    assert row_of(rows_of(res, sentence, {"Hengaw": "GPE"}), "At least 27") == ("attributed", "Hengaw")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rubio appears not to favour a military operation, according to the former French PM.",  # an office
        "The leaders met in Paris, according to France.",  # a state alone: the rules for states read it
        "Both sides must respect the ceasefire, according to the Geneva Conventions.",  # a text agreed, no source
        # the outlet's own poll
        "Twice as many Americans believe things are getting worse, according to an exclusive new poll conducted for the Guardian.",
    ],
)
def test_according_to_an_office_a_state_a_rule_or_the_outlets_own_poll_names_no_body(
    res: analyse.Resources, sentence: str
) -> None:
    status, speaker = row_of(rows_of(res, sentence, {"Guardian": "ORG"}), sentence[:12])
    assert speaker not in ("French PM", "PM", "Geneva Conventions", "Guardian")


def test_a_closing_speaker_after_a_dashed_aside_is_credited(res: analyse.Resources) -> None:
    sentence = (
        "The strike damaged refinery equipment – windows were broken in four apartment blocks – "
        "the Krasnodar operational headquarters said."
    )
    assert row_of(rows_of(res, sentence, {}), "The strike") == (
        "attributed",
        "Krasnodar operational headquarters",
    )


def test_a_body_named_before_its_description_speaks(res: analyse.Resources) -> None:
    sentence = (
        "Electricity has since been restored but full restoration is not expected until Thursday afternoon, "
        "Stromnetz Berlin, the city's network operator, said."
    )
    assert row_of(rows_of(res, sentence, {}), "Electricity") == ("attributed", "Stromnetz Berlin")


def test_a_place_before_a_description_is_no_body(res: analyse.Resources) -> None:
    sentence = "Temperatures fell below minus ten degrees overnight, Berlin, the German capital, said."
    status, speaker = row_of(rows_of(res, sentence, {}), "Temperatures")
    assert speaker != "Berlin"


def test_the_name_a_participle_follows_as_an_object_is_not_its_subject(res: analyse.Resources) -> None:
    sentence = (
        "In recent months, US President Tomas Lind has waged a pressure campaign against Venezuela's leftist "
        "President Anna Berg, accusing her of running a drug cartel."
    )
    rows = rows_of(res, sentence, {"Tomas Lind": "PERSON", "Anna Berg": "PERSON"})
    assert row_of(rows, "In recent") == ("attributed", "Tomas Lind")


def test_a_non_verification_of_numbers_marks_each_toll_told_after_the_first(res: analyse.Resources) -> None:
    body = (
        "At least 27 people have been killed in the protests, with the west seeing the highest number of casualties, "
        "according to rights group Hengaw.\n"
        "HRANA, a network of human rights activists, has reported a higher death toll of at least 36 people.\n"
        "Reuters has not been able to independently verify the numbers of casualties reported by rights groups."
    )
    rows = claim_rows(res, "Protests go on", f"{LEAD}\n\n{body}", {"Hengaw": "ORG", "HRANA": "ORG"})
    assert row_of(rows, "At least 27")[0] == "unverified"
    assert row_of(rows, "HRANA")[0] == "unverified"
