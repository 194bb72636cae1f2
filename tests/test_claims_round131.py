"""Forms rounds 130-134 showed (issue 11, forty-fourth session: Guardian items labelled blind, measured once, then
read). The sentences are written for these tests, with invented names (a small fake entity finder)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_plain_subjects import row
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Jon Varga": "PERSON",
    "Ola Brun": "PERSON",
    "Lin Tarr": "PERSON",
    "Kay Mott": "PERSON",
    "Varga": "PERSON",
    "Norland": "GPE",
    "Vesland": "GPE",
    "Nordvik Oil": "ORG",
}


def test_a_long_scene_after_the_verb_keeps_its_speaker(res: analyse.Resources) -> None:
    sentence = (
        'The "time has come" for the Green Union, the progressive third party\'s national director said after a '
        "year of big wins and a growing hunger among voters for a home outside the two major political parties."
    )
    assert row(res, sentence, NAMES) == ("attributed", "progressive third party's national director")


def test_a_restrictive_who_said_is_said_by_people_no_one_names(res: analyse.Resources) -> None:
    sentence = (
        "Hiding at a friend's house, Jon Varga and his wife, Ola Brun, rushed downstairs to meet the group of "
        "plain-clothed men who said they were police officers."
    )
    assert row(res, sentence, NAMES) == ("reported", "")
    # a name described before "who" speaks: "X, a close ally who wrote"
    described = (
        "The bid has been boosted by Jon Varga, a close ally who wrote a letter to the court describing the case "
        'as "political".'
    )
    assert row(res, described, NAMES) == ("attributed", "Jon Varga")
    # "those who" voiced something is not a claim of what they said
    assert row(
        res, "Among those who expressed gratitude for the help is Lin Tarr, a retired teacher.", NAMES
    ) == (
        "unflagged",
        "",
    )


def test_forecasters_are_a_source_no_one_names(res: analyse.Resources) -> None:
    sentence = "Forecasters said the storm intensified quickly enough to meet the criteria of a bomb cyclone."
    assert row(res, sentence, NAMES) == ("reported", "")


def test_a_weekday_first_name_after_a_title_is_a_name(res: analyse.Resources) -> None:
    sentence = (
        '"All the pupils are free, none left in captivity," presidential spokesperson Sunday Oke said on X.'
    )
    assert row(res, sentence, NAMES) == ("attributed", "Sunday Oke")
    # the headline's office is the person the body names
    title = "Presidential spokesperson says all the abducted pupils are now free"
    assert row_of(claim_rows(res, title, sentence, NAMES), title[:12]) == ("attributed", "Sunday Oke")
    # a day before a name is still a day
    assert row(res, "On Sunday Jon Varga said the talks would go on.", NAMES)[1] == "Jon Varga"


def test_a_finding_concluded_by_a_name_set_off_by_commas(res: analyse.Resources) -> None:
    sentence = (
        "The retired high court judge and inquiry chair, Sir Lin Tarr, concluded that Jon Varga acted to protect "
        "a friend when police arrived with a search warrant."
    )
    assert row(res, sentence, NAMES) == ("attributed", "Lin Tarr")


def test_an_inquiry_finds_is_a_finding_no_one_is_named_for(res: analyse.Resources) -> None:
    title = "Inquiry finds Jon Varga was 'grossly improper' to protect a friend from police"
    assert row_of(claim_rows(res, title, "He resigned on Friday.", NAMES), title[:12]) == ("reported", "")
    # "inquiry" as a plain noun finds nothing
    assert row(res, "The inquiry into the fire opened in Norland on Monday.", NAMES) == ("unflagged", "")


def test_a_headline_speaker_told_by_kinship_is_the_one_the_body_names(res: analyse.Resources) -> None:
    title = "'Is this real?': wife of detained pastor describes her anguish"
    body = "The knocks came at 2am. Jon Varga and his wife, Ola Brun, rushed downstairs to meet the police."
    assert row_of(claim_rows(res, title, body, NAMES), title[:12]) == ("attributed", "Ola Brun")


def test_events_reported_elsewhere_with_no_one_named(res: analyse.Resources) -> None:
    sentence = (
        "Some parts of the city saw more than 11in of rain, with flooding, road closures and mudslides reported "
        "across the region."
    )
    assert row(res, sentence, NAMES) == ("reported", "")
    # a reporter's own work is no report of events
    assert row(res, "I joined the paper in 2019 and have reported from across the country.", NAMES) == (
        "unflagged",
        "",
    )


def test_its_own_papers_are_the_body_s(res: analyse.Resources) -> None:
    sentence = "Nordvik Oil spent $10.9m on grants last year, according to its public tax records."
    assert row(res, sentence, NAMES) == ("attributed", "Nordvik Oil")
    # a body no one names keeps no name
    unnamed = "The resort has 140km of ski slopes, according to its annual report."
    assert row(res, unnamed, NAMES)[1] == ""


def test_refusing_to_rule_out_is_a_statement(res: analyse.Resources) -> None:
    body = "Jon Varga has rattled his allies.\n\nHe has refused to rule out using force to take the islands."
    rows = claim_rows(res, "Varga's doctrine", body, NAMES)
    assert row_of(rows, "He has refused") == ("attributed", "Jon Varga")
    assert row(res, "Kay Mott did not rule out sending troops to Vesland.", NAMES) == (
        "attributed",
        "Kay Mott",
    )
    # ruling out an act is no statement of one's own
    assert row(res, "The court ruled out any delay to the trial.", NAMES) == ("unflagged", "")


def test_praise_given_in_words_is_a_statement(res: analyse.Resources) -> None:
    assert row(res, "Jon Varga initially praised Kay Mott on Saturday after the vote in Vesland.", NAMES) == (
        "attributed",
        "Jon Varga",
    )
    assert row(res, "Critics of the government have praised the interview as overdue scrutiny.", NAMES) == (
        "reported",
        "",
    )
    # praise told of by a relay is the relay's, and a passive praise names no one
    relayed = "Jon Varga hailed troops returning from the Vesland mission, state media reported."
    assert row(res, relayed, NAMES) == ("reported", "")
    assert row(res, "The tipster was hailed for helping the police find the suspect.", NAMES) == (
        "unflagged",
        "",
    )
    assert row(res, "Ola Brun hails from a village in the north of Norland.", NAMES) == ("unflagged", "")


def test_a_sheriff_is_an_office_that_speaks(res: analyse.Resources) -> None:
    sentence = "The sheriff announced this week that the missing hiker was found along a mountain trail."
    assert row(res, sentence, NAMES)[0] == "attributed"


def test_a_manner_of_speaking_before_a_colon_and_quotation(res: analyse.Resources) -> None:
    sentence = 'The culture secretary, Lin Tarr, is even more forthright: "I believe the service is vital to us all."'
    assert row(res, sentence, NAMES) == ("attributed", "Lin Tarr")
    assert row(res, 'Jon Varga was blunt: "The deal is dead."', NAMES) == ("attributed", "Jon Varga")
    # a manner with no quotation after it says nothing
    assert row(res, "Jon Varga was blunt in his first weeks in office.", NAMES) == ("unflagged", "")


def test_understood_or_thought_to_be_after_a_name_is_reported(res: analyse.Resources) -> None:
    sentence = "Nordvik Oil and two rivals understood to be stocking imported fuel to meet winter demand"
    assert row(res, sentence, NAMES) == ("reported", "")
    # one's own thought is no report, nor is a denial that something is thought
    assert row(res, "It was what I thought to be the right decision.", NAMES) == ("unflagged", "")
    assert (
        row(res, "It added that the blaze was not thought to have been caused by arson.", NAMES)[0]
        != "reported"
    )


def test_warnings_and_papers_no_one_is_named_for(res: analyse.Resources) -> None:
    warned = (
        "Jon Varga has threatened to intervene in Vesland, prompting warnings from senior Vesland officials that any "
        'interference would cross a "red line".'
    )
    assert row(res, warned, NAMES) == ("reported", "")
    shown = "Border officers are pressing children to leave the country, a federal government document shows."
    assert row(res, shown, NAMES) == ("reported", "")
    # warnings a named person gives are that person's
    named = "The plan drew warnings from Ola Brun that the cuts would cost lives."
    assert row(res, named, NAMES) != ("reported", "")
