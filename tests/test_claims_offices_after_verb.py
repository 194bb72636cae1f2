"""Who speaks when the verb comes first and the speaker is an office, not a name (issue 11: forms probed with the
actor file empty in the thirty-eighth session; headlines drop the article, so "says Chinese president" is as common
as "said the president"; a small fake entity finder, the gazetteer's states)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON"}
LEAD = "The meeting took place on Monday in the capital."


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        # an office with a state's adjective or a name before it, in a headline's closing clause
        ("Ceasefire is holding, says Ukrainian army chief", "Ukrainian army chief"),
        ("War will end this year, says former Nato commander", "former Nato commander"),
        ("'We are not afraid', says mayor of bombed city", "mayor of bombed city"),
        # 'Reunification "is unstoppable", says Chinese president, a day after the conclusion of drills'
        (
            "Reunification 'is unstoppable', says Chinese president, a day after the drills",
            "Chinese president",
        ),
    ],
)
def test_a_headline_credits_the_office_written_after_says(
    res: analyse.Resources, title: str, speaker: str
) -> None:
    assert row_of(claim_rows(res, title, LEAD, NAMES), title[:15]) == ("attributed", speaker)


def test_a_headline_forecast_keeps_its_speaker(res: analyse.Resources) -> None:
    title = "Economy will grow by 2%, says central bank governor"
    assert row_of(claim_rows(res, title, LEAD, NAMES), "Economy") == ("speculative", "central bank governor")


@pytest.mark.parametrize(
    "title",
    [
        "Ceasefire is holding, says Trump wants peace",  # a clause after "says", not who says it
        "Talks resume in Geneva, says more",
    ],
)
def test_a_clause_after_says_names_no_office(res: analyse.Resources, title: str) -> None:
    status, speaker = row_of(claim_rows(res, title, LEAD, NAMES), title[:10])
    assert speaker not in ("Trump wants peace", "more")


def test_an_office_a_state_holds_speaks_after_the_verb(res: analyse.Resources) -> None:
    sentence = '"We are ready," says Ukraine\'s army chief.'
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, '"We are ready') == ("attributed", "Ukraine's army chief")  # not "Ukraine": a place


@pytest.mark.parametrize(
    "sentence",
    [
        "The war will end this year, says a former Nato commander.",
        "The front is holding, said a senior Ukrainian commander.",
    ],
)
def test_an_office_no_name_holds_after_the_verb_is_an_unnamed_source(
    res: analyse.Resources, sentence: str
) -> None:
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_the_office_held_by_name_after_the_verb_is_still_the_person(res: analyse.Resources) -> None:
    sentence = '"We are ready," said army chief Anna Berg.'
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, '"We are ready') == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a surname the model did not read after a state's possessive, even one as common as a word
        ("Chile's Rodriguez said the country would never be a colony.", "Rodriguez"),
        ("Colombia's Petro said he would not be intimidated.", "Petro"),
    ],
)
def test_a_name_after_a_states_possessive_speaks(res: analyse.Resources, sentence: str, speaker: str) -> None:
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", speaker)


def test_a_common_word_after_a_states_possessive_is_no_name(res: analyse.Resources) -> None:
    sentence = "Chile's Government said the country would never be a colony."
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:12])[1] != "Government"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        # the plural "say" closes a headline as "says" does (dev round 45)
        ("Restoring democracy in Norland must respect its people's will, EU countries say", "EU countries"),
        # several states after the verb: no one of them speaks alone (dev round 77)
        ("Gaza humanitarian deterioration of serious concern, say UK, Canada, France and others", ""),
        ("Turning screws on Russia should not impact legitimate maritime sector, say Cyprus and Malta", ""),
    ],
)
def test_a_headline_closing_with_say_credits_its_speakers(
    res: analyse.Resources, title: str, speaker: str
) -> None:
    assert row_of(claim_rows(res, title, LEAD, NAMES), title[:15]) == ("attributed", speaker)


def test_unnamed_kinds_joined_before_say_are_unnamed(res: analyse.Resources) -> None:
    sentence = (
        "People would go on being exposed to the toxin in everyday products, experts and advocates say."
    )
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, "People would") == ("reported", "")


def test_a_state_closing_a_headline_after_says_speaks(res: analyse.Resources) -> None:
    # found unflagged in the corpus (thirty-ninth session): a state as a whole subject speaks
    title = "US takeover of Greenland would 'simply mean the end of NATO', says Denmark"
    assert row_of(claim_rows(res, title, LEAD, NAMES), "US takeover") == ("attributed", "Denmark")


def test_a_live_pages_label_after_the_headline_hides_no_speaker(res: analyse.Resources) -> None:
    title = "Nigeria provided US with intelligence for strikes, says foreign minister – US politics live"
    assert row_of(claim_rows(res, title, LEAD, NAMES), "Nigeria provided") == (
        "attributed",
        "foreign minister",
    )


def test_a_demonym_closing_a_headline_is_no_state_speaking(res: analyse.Resources) -> None:
    title = "Talks on the border will resume next week, says Danish"
    assert row_of(claim_rows(res, title, LEAD, NAMES), "Talks on")[1] != "Denmark"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a standfirst written as a headline is (fiftieth session: the Guardian's "Reunification 'is unstoppable',
        # says Chinese president, a day after ..." and "..., says mayor, amid flurry of weekend diplomacy")
        (
            "Reunification 'is unstoppable', says Chinese president, a day after the drills",
            "Chinese president",
        ),
        ("Attack on the capital injures five, says mayor, amid a flurry of diplomacy", "mayor"),
        ("The economy is strong, says finance minister during a speech in Leeds.", "finance minister"),
    ],
)
def test_an_office_without_its_article_after_the_verb_in_the_body(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    rows = claim_rows(res, "Talks in Geneva", f"{sentence}\n\n{LEAD}", NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", speaker)


def test_a_body_clause_after_says_is_no_office(res: analyse.Resources) -> None:
    # what was said after the verb ("says president will resign"), not who said it
    sentence = "Markets fell sharply on Monday, says president will resign."
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:12])[1] not in ("president", "president will resign")
