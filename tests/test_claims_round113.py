"""Speakers after round 113 (issue 11, a claim credited to another name than its speaker's): the spokesperson of an
office's building ("A Downing Street spokesperson said: ...") speaks for that office, and so do the quotation's
later sentences; "the adviser said" after "one Labour adviser" and no name is a source not named (a small fake
entity finder; paragraphs joined by a single newline)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Norland": "GPE", "Downing Street": "LOC", "Tomas Lind": "PERSON"}


def test_the_spokesperson_of_an_office_building_speaks_for_it_and_its_quotation_goes_on(
    res: analyse.Resources,
) -> None:
    # round 113, real: 'A Downing Street spokesperson said: "The discussion focused on ... They underlined ..."'
    body = (
        "Anna Berg was also on the call.\n"
        'A Downing Street spokesperson said: "The discussion focused on the talks with Norland. They underlined '
        'the importance of the guarantees. The leaders agreed to meet again."'
    )
    rows = claim_rows(res, "Talks on Norland", body, NAMES)
    assert row_of(rows, "A Downing Street") == ("attributed", "Downing Street")
    assert row_of(rows, "They underlined") == ("attributed", "Downing Street")


def test_a_described_speaker_only_mentioned_indefinitely_is_unnamed(res: analyse.Resources) -> None:
    # round 113, real: "one Labour adviser found themselves sitting opposite two Tory peers. ... Both agreed, the
    # adviser said, that there should be a deliberate strategy ..."
    body = (
        "Dining in the canteen, one Labour adviser found themselves sitting opposite two peers.\n"
        "Both agreed, the adviser said, that there should be a strategy to slow down every debate."
    )
    rows = claim_rows(res, "How the peers fight back", body, NAMES)
    assert row_of(rows, "Both agreed") == ("reported", "")


def test_a_named_adviser_referred_back_keeps_the_name(res: analyse.Resources) -> None:
    body = (
        "Tomas Lind, an adviser to the prime minister, met the envoy on Monday.\n"
        "The adviser said the talks had failed."
    )
    rows = claim_rows(res, "Talks on Norland", body, NAMES)
    assert row_of(rows, "The adviser said") == ("attributed", "Tomas Lind")


def test_a_headline_expert_is_the_person_the_summary_names_after_describing_him(
    res: analyse.Resources,
) -> None:
    # round 113, real: "Pig organ transplants could one day be superior to human ones, says expert" / "A leading
    # surgeon behind a clinical trial ... has said they could one day be superior ..." / "Dr Robert Montgomery, the
    # director of NYU Langone's Transplant Institute, said the first transplant ... had already been carried out"
    body = (
        "Surgeon leading the trial aimed at solving the shortage of organs explains the edits\n"
        "A leading surgeon behind a clinical trial of pig kidneys has said they could one day be superior to "
        "human ones.\n"
        "Tomas Lind, the director of the Norland transplant institute, said the first transplant had been carried "
        "out."
    )
    rows = claim_rows(res, "Pig organs could one day be superior to human ones, says expert", body, NAMES)
    assert row_of(rows, "Pig organs") == ("speculative", "Tomas Lind")
    assert row_of(rows, "A leading surgeon") == ("speculative", "Tomas Lind")


def test_a_headline_expert_stays_unnamed_when_someone_else_is_credited_first(res: analyse.Resources) -> None:
    body = (
        "The trial began in the spring.\n"
        "Officials said the first transplant had been carried out.\n"
        "Tomas Lind, the director of the Norland transplant institute, said more would follow."
    )
    rows = claim_rows(res, "Pig organs could one day be superior to human ones, says expert", body, NAMES)
    assert row_of(rows, "Pig organs")[1] == ""


def test_a_person_s_statement_an_outlet_closes_with_says_is_the_person_s(res: analyse.Resources) -> None:
    # round 108, real: "North Korea leader Kim says multiple rocket launch system key to artillery, KCNA says"
    names = {**NAMES, "Berg": "PERSON", "Nordnews": "ORG"}
    rows = claim_rows(
        res,
        "Norland leader Berg says new bridge key to trade, Nordnews says",
        "The bridge opened on Sunday.",
        names,
    )
    assert row_of(rows, "Norland leader Berg says")[1] in ("Berg", "Anna Berg")


def test_an_office_with_its_owner_is_the_watch_list_s_holder_the_item_names() -> None:
    # round 108, real (TASS): "Gustavo Petro needs to be careful because he has drug labs, ..., the US president said"
    # under "Trump warns Colombian president ..."; here with a watch list of one holder
    from briefing.actors import Found
    from briefing.claims import find_claims

    text = "Berg meets the envoy\nAnna Berg spoke to the envoy on Monday.\nThe Norland president said the talks went well."
    at = text.index("Anna Berg")
    berg = Found(at, at + 9, "Anna Berg", "person", "President of Norland", "Norland", "", "", True)
    other = Found(0, 4, "Anna Berg", "person", "President of Norland", "Norland", "", "", True)
    claims = find_claims(text, [other, berg])
    said = next(c for c in claims if c.text.startswith("The Norland president"))
    assert said.attributed_to == "Anna Berg"
