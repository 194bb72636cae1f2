"""Claim forms from round 90's longer Guardian and SCMP items (issue 11), by construction (a small fake entity finder;
paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Gideon Saar": "PERSON",
    "Saar": "PERSON",
    "Luigi Mangione": "PERSON",
    "Mangione": "PERSON",
    "Pam Bondi": "PERSON",
    "Bondi": "PERSON",
    "Susie Wiles": "PERSON",
    "Wiles": "PERSON",
    "Norland": "GPE",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


def test_a_quotation_left_open_at_a_paragraph_end_is_the_next_paragraphs_speaker(
    res: analyse.Resources,
) -> None:
    # the news convention: a quotation that goes on into the next paragraph has no closing mark, and the next one
    # opens again; its speaker is named there
    rows = _rows(
        res,
        "Norland minister urges citizens to come home",
        "Norland Foreign Minister Tomas Lind called on Sunday for citizens abroad to come home.\n"
        '"Our people have the right to a safe home. But we know what is happening, and we have long memories.\n'
        '"Today, our people are chased everywhere," Lind said at a rally in the capital.',
    )
    assert row_of(rows, '"Our people have') == ("attributed", "Tomas Lind")
    assert row_of(rows, "But we know") == ("attributed", "Tomas Lind")


def test_a_quotation_left_open_before_an_unnamed_source_is_that_sources(res: analyse.Resources) -> None:
    # the next paragraph's quotation is closed by unnamed officials: the open quotation is theirs too (`reported`)
    rows = _rows(
        res,
        "Snow closes Norland roads",
        '"The roads are closed. Nobody can get through.\n'
        '"We expect the snow to stop tonight," officials said on Monday.',
    )
    assert row_of(rows, '"The roads are closed') == ("reported", "")
    assert row_of(rows, "Nobody can get through") == ("reported", "")


def test_a_closed_quotation_before_another_speakers_paragraph_is_left_alone(res: analyse.Resources) -> None:
    # the paragraph's quotation closes: nothing goes on into the next paragraph, whoever speaks there
    rows = _rows(
        res,
        "Norland budget passes",
        'Parliament passed the budget on Monday. "It is a good day."\n'
        '"We will vote against it," Anna Berg said.',
    )
    assert row_of(rows, '"It is a good day') == ("unflagged", "")


def test_the_real_open_quotation_of_round_90(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Israeli foreign minister urges Jews to move to Israel a week after Sydney attack",
        "Israeli Foreign Minister Gideon Saar called on Sunday for Jews in Western countries to move to Israel.\n"
        '"Jews have the right to live in safety everywhere. But we see and fully understand what is happening, and '
        "we have a certain historical experience.\n"
        '"Today, Jews are being hunted across the world," Saar said at a public candle lighting.',
    )
    assert row_of(rows, '"Jews have the right') == ("attributed", "Gideon Saar")
    assert row_of(rows, "But we see") == ("attributed", "Gideon Saar")


def test_lawyers_for_a_person_speak_for_him(res: analyse.Resources) -> None:
    # "Lawyers for X ... arguing that" and a headline's "X lawyers say" (no "'s") are his lawyers, as "X's lawyers"
    rows = _rows(
        res,
        "Tomas Lind lawyers fight extradition, saying judge is biased",
        "Lawyers for Tomas Lind are trying to block his extradition, arguing that the judge is biased.\n"
        "In court papers, attorneys for Lind said the hearing had been rushed.\n"
        "Tomas Lind said on Monday that he would appeal.",
    )
    assert row_of(rows, "Tomas Lind lawyers") == ("attributed", "Tomas Lind's lawyers")
    assert row_of(rows, "Lawyers for Tomas Lind") == ("attributed", "Tomas Lind's lawyers")
    assert row_of(rows, "In court papers") == ("attributed", "Tomas Lind's attorneys")
    assert row_of(rows, "Tomas Lind said") == ("attributed", "Tomas Lind")


def test_lawyers_spoken_to_are_no_speaker(res: analyse.Resources) -> None:
    # the lawyers are an object here: the one who speaks is the judge
    rows = _rows(
        res, "Norland court hears case", "Anna Berg told lawyers for Tomas Lind that the case would go on."
    )
    assert row_of(rows, "Anna Berg told") == ("attributed", "Anna Berg")


def test_the_real_lawyers_of_round_90(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Luigi Mangione lawyers fight death penalty, saying Pam Bondi is biased",
        "Lawyers for Luigi Mangione are attempting to avoid the death penalty, arguing that attorney general Pam "
        "Bondi is biased because she used to work at a lobbying firm.",
    )
    assert row_of(rows, "Luigi Mangione lawyers") == ("attributed", "Luigi Mangione's lawyers")
    assert row_of(rows, "Lawyers for Luigi") == ("attributed", "Luigi Mangione's lawyers")


def test_elaborated_that_is_a_statement(res: analyse.Resources) -> None:
    # "elaborated that" / 'elaborated: "..."' says more of it, as "explained"; "elaborated on" alone says nothing
    rows = _rows(
        res,
        "Berg defends the budget",
        'Anna Berg said the budget was fair. She went further, and elaborated that "the poorest families will pay '
        'less. And so the plan is a good one."\n'
        "Tomas Lind elaborated on the timetable at a meeting on Monday.",
    )
    assert row_of(rows, "She went further") == ("attributed", "Anna Berg")
    assert row_of(rows, "And so the plan") == ("attributed", "Anna Berg")
    assert row_of(rows, "Tomas Lind elaborated") == ("unflagged", "")


def test_the_real_elaboration_of_round_90(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Is Susie Wiles an innocent bystander?",
        "Susie Wiles spoke to Vanity Fair. She didn't stop there, but elaborated that \"high-functioning alcoholics "
        "or alcoholics in general, their personalities are exaggerated when they drink. And so I'm a little bit of "
        'an expert in big personalities."',
    )
    assert row_of(rows, "She didn't stop there") == ("attributed", "Susie Wiles")
    assert row_of(rows, "And so I'm") == ("attributed", "Susie Wiles")


def test_brands_or_labels_as_a_characterisation_is_a_statement(res: analyse.Resources) -> None:
    # "X brands Y a Z" / "X labelled Y as Z" says what Y is, as "called Y a Z"
    rows = _rows(
        res,
        "Lind brands the strike a war crime",
        "Tomas Lind labelled the strike as an act of war on Monday.\n"
        "Tomas Lind was branded a traitor by the opposition.\n"
        "Big brands such as Arvik also sell online.\n"
        "Tomas Lind brands himself as a reformer.",
    )
    assert row_of(rows, "Lind brands the strike") == ("attributed", "Tomas Lind")
    assert row_of(rows, "Tomas Lind labelled") == ("attributed", "Tomas Lind")
    assert row_of(rows, "Tomas Lind was branded") == ("unflagged", "")  # passive, no one named who brands
    assert row_of(rows, "Big brands") == ("unflagged", "")  # the noun
    # a self-description, as "who describes herself as a medium" (test_claims_round72)
    assert row_of(rows, "Tomas Lind brands himself") == ("unflagged", "")


def test_the_real_brands_of_round_90(res: analyse.Resources) -> None:
    rows = claim_rows(
        res,
        "Algeria brands French colonisation a crime, demands reparations, apology in landmark move",
        "Algeria's parliament unanimously approved on Wednesday a law declaring France's colonisation of the country "
        "a crime, and demanding an apology and reparations.",
        {"Algeria": "GPE", "France": "GPE"},
    )
    assert row_of(rows, "Algeria brands") == ("attributed", "Algeria")


def test_a_standfirst_opening_with_the_headlines_agent_noun_is_the_same_source(
    res: analyse.Resources,
) -> None:
    # the headline credits "Tomas Lind's attorneys"; the standfirst's "Attorneys ..., arguing" are they, named no more
    rows = _rows(
        res,
        "Tomas Lind attorneys sue city, saying police ignored warnings",
        "Attorneys also seeking damages from the state, arguing the prison failed to protect him\n"
        "Relatives of Tomas Lind filed the case on Monday.",
    )
    rows_appeal = _rows(
        res,
        "Tomas Lind attorneys sue city, saying police ignored warnings",
        "Attorneys call for an inquiry into the death\nRelatives of Tomas Lind filed the case on Monday.",
    )
    assert row_of(rows, "Attorneys also seeking") == ("attributed", "Tomas Lind's attorneys")
    assert row_of(rows_appeal, "Attorneys call") == ("unflagged", "")  # an appeal, no verb of saying


def test_the_real_standfirst_of_round_90(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Luigi Mangione lawyers fight death penalty, saying Pam Bondi is biased",
        "Lawyers also attempting to throw out two federal charges, saying US attorney general has ties to "
        "UnitedHealth Group\n"
        "Lawyers for Luigi Mangione are attempting to avoid the death penalty.",
    )
    assert row_of(rows, "Lawyers also attempting") == ("attributed", "Luigi Mangione's lawyers")
