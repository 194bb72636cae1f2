"""A speech verb far from its subject: spaCy's parser says which word is the subject, and the sentence is read again
without the words between them, by the same rules (forty-ninth session: "Bukele, who once described himself ... as
"the world's coolest dictator," said he did not plan ..." and "The anti-corruption agency did not reveal details
..., but said ..." were left unflagged on real feeds). Sentences written for these tests, with invented names (a
small fake entity finder; the parser is the real model)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Dario Venn": "PERSON",
    "Norland": "GPE",
    "Tarsk": "GPE",
    "National Audit Bureau": "ORG",
    "Halden Oil": "ORG",
}


@pytest.mark.parametrize(
    "aside",
    [
        ', who once called himself "the calmest leader in the world,"',
        ", who once called himself the calmest leader in the world,",
        ", who took office in 2019 after a landslide win over the ruling party,",
    ],
)
def test_a_relative_clause_between_a_name_and_said_leaves_the_name_the_speaker(
    res: analyse.Resources, aside: str
) -> None:
    sentence = f"Venn{aside} said he did not plan to stay in power beyond his second term."
    body = "Dario Venn is president of Norland.\n\n" + sentence
    assert row_of(claim_rows(res, "Norland votes", body, NAMES), "Venn,") == ("attributed", "Dario Venn")


@pytest.mark.parametrize(
    ("long", "short"),
    [
        (
            "The audit bureau did not reveal details of the investigation, but said officials took bribes.",
            "The audit bureau said officials took bribes.",
        ),
        (
            "The National Audit Bureau, which reports to parliament, told lawmakers the ministry had overspent.",
            "The National Audit Bureau told lawmakers the ministry had overspent.",
        ),
    ],
)
def test_a_long_sentence_gets_the_speaker_of_its_short_form(
    res: analyse.Resources, long: str, short: str
) -> None:
    before = "The National Audit Bureau opened an inquiry into the ministry.\n\n"
    said_long = row_of(claim_rows(res, "Inquiry opened", before + long, NAMES), long[:16])
    said_short = row_of(claim_rows(res, "Inquiry opened", before + short, NAMES), short[:16])
    assert said_long[0] == "attributed"
    assert said_long == said_short


def test_an_unnamed_group_with_a_second_predicate_is_reported(res: analyse.Resources) -> None:
    sentence = (
        "Norland's authorities have not given a death toll for the protests, but have said at least two police "
        "officers have died."
    )
    rows = claim_rows(res, "Protests in Norland", sentence, NAMES)
    assert row_of(rows, "Norland's authorities") == ("reported", "")


def test_a_company_with_a_long_first_predicate_speaks_as_the_oil_firm(res: analyse.Resources) -> None:
    sentence = (
        "The oil firm has been in Tarsk for over 100 years and said on Saturday that it is focused on the safety "
        "of its employees."
    )
    body = "Halden Oil evacuated its staff from Tarsk.\n\n" + sentence
    status, speaker = row_of(claim_rows(res, "Staff evacuated", body, NAMES), "The oil firm")
    assert status == "attributed"
    assert speaker in ("Halden Oil", "oil firm")


@pytest.mark.parametrize(
    "sentence",
    [
        # a poll's share is no source
        "Nearly half (45%) of those asked in the survey said their finances were getting worse.",
        # an order is no statement
        "Halden Oil had already shut two wells on Tuesday and told workers whose shifts were cancelled to stay home.",
        # a verb the writer says of someone without quoting him
        "Dario Venn, who spoke to reporters in Tarsk, did not say when the troops would leave.",
    ],
)
def test_polls_orders_and_things_left_unsaid_stay_unflagged(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "News from Norland", sentence, NAMES)
    assert row_of(rows, sentence[:14]) == ("unflagged", "")


def test_several_subjects_are_not_credited_to_the_first(res: analyse.Resources) -> None:
    sentence = (
        "Norland, Tarsk's opposition and various other nations say the vote was rigged to keep Venn in power."
    )
    _status, speaker = row_of(claim_rows(res, "Vote disputed", sentence, NAMES), "Norland, Tarsk")
    assert speaker not in ("Norland", "Tarsk")


def test_an_indefinite_person_who_acted_and_said_is_a_source_not_named(res: analyse.Resources) -> None:
    # "a Russian commander said" is `reported` (tests/data/claims/README.md); the subject is the person, not the
    # clause "A station attendant took the details" (tests/test_claims_plain_subjects.py held it unflagged until
    # the forty-ninth session, when only that misreading was possible)
    sentence = "A station attendant took the details and said he would pass the message on."
    assert row_of(claim_rows(res, "A lost bag", sentence, NAMES), "A station") == ("reported", "")


MISSION = {**NAMES, "UNAR": "ORG"}  # (the aside's acronym left unread, as the model leaves "MONUSCO")


@pytest.mark.parametrize("when", ["in November", "on Tuesday", "last week"])
def test_the_reported_words_first_then_a_subject_with_an_aside(res: analyse.Resources, when: str) -> None:
    # the content, then after a comma the subject and its aside, then the verb and when it spoke: the subject
    # speaks, never the time ("said in November" was read as an inverted subject, "November")
    sentence = (
        "The rebels killed 40 villagers in a week of raids, the UNAR peacekeeping mission in the country, known as "
        f"PAXNOR, said {when}."
    )
    status, speaker = row_of(claim_rows(res, "Raids in Norland", sentence, MISSION), "The rebels")
    assert status == "attributed"
    assert speaker == "UNAR peacekeeping mission"


def test_an_opening_clause_with_its_own_verb_leaves_the_subject_after_its_comma_the_speaker(
    res: analyse.Resources,
) -> None:
    # (fiftieth session: "After figures showed China's trade surplus surpassed $1tn ..., the Bank of England said
    # ..." was unflagged: the opening clause's own subject and verb hid the speaker from the rules)
    # (a body whose name holds a real place, as the Bank of England's does: the rules read the place there)
    sentence = (
        "After figures showed a record surplus, the Grain Board of England said Tarsk was among the buyers."
    )
    rows = claim_rows(res, "Trade", sentence, {"the Grain Board of England": "ORG", "Tarsk": "GPE"})
    assert row_of(rows, "After figures") == ("attributed", "Grain Board of England")


def test_an_opening_phrase_the_rules_read_keeps_their_reading(res: analyse.Resources) -> None:
    # "In a statement, the municipality said": the bare noun the rules credit, not an unnamed reading of it
    sentence = "In a statement, the municipality said it found the failure after going through the documents."
    body = "A fire destroyed the town hall of Tarsk.\n\n" + sentence
    assert row_of(claim_rows(res, "Fire in Tarsk", body, NAMES), "In a statement") == (
        "attributed",
        "municipality",
    )
