"""Forms rounds 140-144 showed (issue 11, forty-sixth session: the paragraphs after the labelled part of Guardian and
Reuters/France 24 items, never labelled before, labelled blind, measured once, then read), and forms the same reading
found again in earlier rounds. The sentences are written for these tests, with invented names (a small fake entity
finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_plain_subjects import row
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Jon Varga": "PERSON",
    "Varga": "PERSON",
    "Norland": "GPE",
    "Vesland": "GPE",
    "Nordvik Oil": "ORG",
    "Norland Weather Office": "ORG",
}


@pytest.mark.parametrize(
    "sentence",
    [
        # a view many hold, "widely" with no "as"
        "Varga ruled Norland for a decade through a series of votes widely considered rigged.",
        "The bridge is widely regarded the finest in Vesland.",
        # a guess no one is named for
        "The minister's daughter visited the port, fuelling speculation she will be the next leader.",
        "It sparked speculation that the company had something to hide.",
        # a reaction of a group no one names
        "But rising costs leave economists worried.",
        "The ruling left many observers frustrated and confused.",
        # what a group no one names fears, the verb after its plural
        "Once welcomed as workers, Norlanders fear deportation under the new law.",
        "Many farmers also fear the possibility of a longer drought that could ruin the harvest.",
        "Its leaders fear the army could push deeper into the valley.",
        # what supporters or scientists hope, the object gapped
        "The river was granted legal rights, in a ruling supporters hope will be copied elsewhere.",
        # a group's warning closing the sentence, a phrase of when after it
        "Aid is being diverted to defence, analysts warn after recent announcements by two governments.",
        # a toll no one is named for
        "Dozens of people are presumed dead after the ferry sank off Vesland.",
        # pictures put out by no one named that show
        "Photos posted on Monday show a collapsed wall near the harbour.",
        "Photos and videos shared by users on social platforms showed cars frozen in place on the bridge.",
        # what papers or pictures only seem to show
        "Leaked files appear to show Varga asking a banker for favours.",
        "But the photos appear to show the minister at a dinner in Vesland.",
    ],
)
def test_a_view_or_a_showing_no_one_is_named_for_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence, NAMES) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # a video many saw is no view held
        "The video was widely seen online within hours of the crash.",
        # speculation on a topic, spoken of
        "The visit spurred speculation about his plans for the northern islands.",
        # the noun "fear", a fear for one's life
        "This fear is not new in the border towns.",
        # pictures an owner put out show what they show
        "Images shared by the fire department on Saturday showed the wrecked bus in the ravine.",
        # the noun "risk" before a participle
        "Norland braces for flooding and avalanche risk during strong storms.",
    ],
)
def test_the_same_words_in_another_form_stay_plain(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence, NAMES) == ("unflagged", "")


def test_a_fear_beside_a_named_speaker_stays_the_speakers(res: analyse.Resources) -> None:
    sentence = "Jon Varga said the talks had stalled, fuelling speculation that the deal would collapse."
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")


def test_a_plural_that_risks_an_outcome_is_a_forecast(res: analyse.Resources) -> None:
    for sentence in (
        "Both parties risk losing scores of seats as voters turn to smaller rivals.",
        "Without more money, the new rules risk remaining largely symbolic.",
    ):
        assert row(res, sentence, NAMES) == ("speculative", "")


def test_a_forecast_told_in_a_that_clause_names_its_forecaster(res: analyse.Resources) -> None:
    title = "Holiday bookings to rise"
    sentence = (
        "The Norland Weather Office, which advises the ferry companies, has forecast that storms will close "
        "the northern route this month."
    )
    rows = claim_rows(res, title, sentence, NAMES)
    assert row_of(rows, sentence[:30]) == ("speculative", "Norland Weather Office")
    # the passive names no one
    assert row(res, "It is estimated that 3,000 homes will lose power before the weekend.", NAMES)[1] == ""


def test_a_charge_by_a_person_not_named_is_reported(res: analyse.Resources) -> None:
    sentence = (
        "The files include many references to Varga, including a claim by a senior state attorney that he "
        "met the banker twice."
    )
    assert row(res, sentence, NAMES) == ("reported", "")


def test_a_group_that_expects_after_a_headlines_colon_is_reported(res: analyse.Resources) -> None:
    assert row(res, "Winter outlook: Farmers expect a poor harvest", NAMES) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # a past ability, no forecast
        "The day had been full of the simplest pleasures I could recall from my own childhood.",
        "A kingfisher flew past so quickly that I could barely see it.",
        # the writer's own impression
        "I mention this because I seem to be in the middle of one.",
        # a byline's line
        "Jon Varga writes the Northern Lights newsletter.",
    ],
)
def test_the_writers_own_ability_or_byline_is_plain(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence, NAMES) == ("unflagged", "")


def test_what_a_writer_writes_in_words_is_still_theirs(res: analyse.Resources) -> None:
    sentence = "Jon Varga writes that the harbour will close next year."
    assert row(res, sentence, NAMES)[1] == "Jon Varga"


def test_an_appearance_told_by_the_outlet_is_no_hedge(res: analyse.Resources) -> None:
    # rounds 94, 101, 115, 137, 147: "seems to" describes; dev labels read 14 of 16 such sentences plain
    for sentence in (
        "The oil slick seemed to kill any fish in its path.",
        "She even seemed to listen.",
        "It is a strategy that seems to be gaining ground in Vesland.",
    ):
        assert row(res, sentence, NAMES) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a verdict in an adjective
        ("Nordvik Oil called the move illegal and irresponsible, risking a spill.", "Nordvik Oil"),
        # a possibility left open, in the perfect
        ("Jon Varga has not ruled out the supply of power to the islands.", "Jon Varga"),
        # an assurance in a that-clause
        (
            "Jon Varga issued a statement on Monday assuring voters that the harbour would stay open.",
            "Jon Varga",
        ),
    ],
)
def test_a_verdict_an_open_possibility_or_an_assurance_is_the_speakers(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row(res, sentence, NAMES) == ("attributed", speaker)


def test_a_possibility_left_open_after_and_is_not_the_nearest_names(res: analyse.Resources) -> None:
    sentence = "Vesland claims Norland as its own territory and has not ruled out the use of force."
    assert row(res, sentence, NAMES)[1] != "Norland"


def test_unnamed_members_of_a_named_body_are_unnamed(res: analyse.Resources) -> None:
    names = {**NAMES, "Congress": "ORG"}
    for sentence in (
        "Several members of Congress quickly questioned the legality of the operation.",
        "Two members of Congress said the operation was illegal.",
    ):
        assert row(res, sentence, names) == ("reported", "")


def test_a_name_with_its_acronym_in_brackets_still_speaks(res: analyse.Resources) -> None:
    names = {**NAMES, "Norland Policy Institute": "ORG"}
    for verb in ("assessed", "concluded"):
        sentence = f"The Norland Policy Institute (NPI) {verb} that the army is short of men."
        assert row(res, sentence, names) == ("attributed", "Norland Policy Institute")


def test_a_single_quoted_headline_quotation_closed_without_a_comma_is_the_speakers(
    res: analyse.Resources,
) -> None:
    title = "'We will not give up the harbour' says Jon Varga as talks resume"
    rows = claim_rows(res, title, "Talks resumed in Vesland on Monday.", NAMES)
    assert row_of(rows, title[:20]) == ("attributed", "Jon Varga")


def test_data_of_a_kind_published_by_a_named_body_is_the_bodys(res: analyse.Resources) -> None:
    names = {**NAMES, "Norland Transport Office": "ORG"}
    sentence = (
        "Production data published by the Norland Transport Office shows that ferry use fell by a third."
    )
    assert row(res, sentence, names) == ("attributed", "Norland Transport Office")


def test_an_inverted_explains_after_a_comma_is_the_speakers(res: analyse.Resources) -> None:
    sentence = "Norovirus spreads fastest in winter, explains Dr Jon Varga, a physician based in Vesland."
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")
    # the verb at a clause's start explains nothing said
    assert row(res, "This explains why Jon Varga left the harbour early.", NAMES) == ("unflagged", "")


def test_a_headline_opening_with_a_described_person_is_the_ledes_speaker(res: analyse.Resources) -> None:
    title = "Vesland lawmaker claims the ferry cuts are revenge"
    lede = (
        "Opposition deputy Jon Varga has hit back at the government for closing the northern route, implying "
        "the minister was punishing his district."
    )
    rows = claim_rows(res, title, lede, NAMES)
    assert row_of(rows, title[:20]) == ("attributed", "Jon Varga")
    assert row_of(rows, lede[:20]) == ("attributed", "Jon Varga")


def test_a_figure_worked_out_after_implying_is_no_statement(res: analyse.Resources) -> None:
    sentence = "Nordvik Oil put its debt at $8bn last year, implying a ratio of about 3 to 1."
    assert row(res, sentence, NAMES)[0] != "reported"
