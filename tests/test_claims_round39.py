"""Claim status and speakers from the misses of the thirty-ninth labelling round (Guardian and SCMP items, first
sight), by construction rather than by sentence: a participle "arguing that", an account "remembers/recalled how",
a person the model read right before a non-restrictive ", who said" in an object, a word said as a gerund's object
("familiar with saying goodbye"), a closing finding (", an assessment ... has revealed.", ", PRRI found."), a draft
an outlet saw ("according to a draft law seen by AFP") and a headline that opens with a quotation and a colon
(a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Olaf Brandt": "PERSON",
    "Norland": "GPE",
    "Red Cross": "ORG",
    "Reuters": "ORG",
    "Harbour Institute": "ORG",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 39: "Lee Jae Myung has instructed his government to consider ..., arguing that baldness has become"
        (
            "Anna Berg has told her ministers to review the tolls, arguing that drivers pay too much.",
            ("attributed", "Anna Berg"),
        ),
        ("The nurses went on strike, arguing that the wards are unsafe.", ("reported", "")),
        # an argument with no "that" is no statement here
        ("Anna Berg spent the week arguing with her ministers.", ("unflagged", "")),
    ],
)
def test_arguing_that_is_the_subject_s_statement(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 39: "She ... remembers how, one by one, she waved off her friends"; "Perret recalled how her daughter"
        ("Anna Berg remembers how, one by one, her friends left the island.", ("attributed", "Anna Berg")),
        ("Tomas Lind recalled how the water rose in the night.", ("attributed", "Tomas Lind")),
        ("Anna Berg remembered that the bridge had closed twice.", ("attributed", "Anna Berg")),
        # the writer's own memory and a remembered person name no speaker
        ("I remember how the water rose in the night.", ("unflagged", "")),
        ("Tomas Lind is remembered as a kind man.", ("unflagged", "")),
    ],
)
def test_remembering_how_is_an_account(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:12]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 39: "The initiative is backed by President Emmanuel Macron, who said earlier this month that ..."
        (
            "The plan is backed by President Anna Berg, who said earlier this month that the tolls must end.",
            ("attributed", "Anna Berg"),
        ),
        ("The mayor met Tomas Lind, who told reporters the bridge was safe.", ("attributed", "Tomas Lind")),
        # a name before ", which" or a restrictive "who" is not read this way
        ("The plan angered the Red Cross, which said the tolls must end.", ("attributed", "Red Cross")),
    ],
)
def test_a_person_before_a_non_restrictive_who_speaks_in_it(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:12]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 39: "Megan, a 24-year-old from the Isle of Wight, is very familiar with saying goodbye."
        ("Anna Berg, a nurse from the island, is very familiar with saying goodbye.", ("unflagged", "")),
        ("Tomas Lind has a habit of saying no to interviews.", ("unflagged", "")),
        # what a gerund says that holds a statement stays one
        ("Tomas Lind made a point of saying that the war was over.", ("attributed", "Tomas Lind")),
        ("Anna Berg ended the meeting by saying the tolls would stay.", ("attributed", "Anna Berg")),
    ],
)
def test_a_word_said_as_a_gerund_s_object_is_no_statement(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:12]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 39: "Thousands of tents ... offer only limited protection ..., an assessment compiled by shelter
        # specialists in the devastated territory has revealed."
        (
            "The shelters offer little protection against rain, an assessment compiled by aid specialists has revealed.",
            ("reported", ""),
        ),
        ("Most fishermen now sell abroad, research has found.", ("reported", "")),
        ("The ruling party kept its majority, preliminary results showed.", ("reported", "")),
        # a named maker's finding is theirs
        ("Most fishermen now sell abroad, the Harbour Institute found.", ("attributed", "Harbour Institute")),
        # the outlet's own finding, and a definite unowned series, are no one's words
        ("The ship sailed under a false flag for two years, Reuters found.", ("unflagged", "")),
        ("Such fraud has grown fast in the north, the series revealed.", ("unflagged", "")),
        # a passive "found to be" goes on: no closing finding
        ("Thousands of tents from Norland and the south were found to be leaking.", ("unflagged", "")),
    ],
)
def test_a_closing_finding_is_its_maker_s(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    body = f"The storm hit on Monday.\n{sentence}"
    assert row_of(_claims(res, body), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 39: "France will make a fresh attempt ..., according to a draft law seen by Agence France-Presse."
        (
            "Norland will ban phones in schools from September, according to a draft law seen by Reuters.",
            ("reported", ""),
        ),
        # the law in force is no source
        ("Parliament must approve the budget by May, according to a new law.", ("unflagged", "")),
    ],
)
def test_a_draft_an_outlet_saw_is_an_unnamed_paper(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # round 39: "'Matter of survival': South Korean president urges public health cover for hair loss" and the body's
        # "..., arguing that baldness has become a "matter of survival""
        (
            "'Matter of survival': northern leader urges cover for hair loss",
            'Anna Berg has told her ministers to extend cover, arguing that baldness is a "matter of survival" now.',
            ("attributed", "Anna Berg"),
        ),
        # the person the words after the colon open with ("Kiwi Chow on life as a dissenting director")
        (
            "'They want to end my career': Tomas Lind on life as a dissenting director",
            "The director lives abroad.",
            ("attributed", "Tomas Lind"),
        ),
        # no one named: an unnamed quotation (rounds 30, 35, 39: "'Loyalty over all': Trump was once known for")
        (
            "'Loyalty over all': Tomas Lind was once known for firing his staff",
            "Not any more.",
            ("reported", ""),
        ),
        # a person the headline describes is the one the body credits first ("wife of detained pastor describes ...")
        (
            "'Is this real?': wife of detained pastor describes anguish",
            '"I could not sleep," said Anna Berg, whose husband was detained in May.',
            ("attributed", "Anna Berg"),
        ),
        # a body the headline opens with is not described ("Germany's military seeks recruits"); "US" is no "us"
        (
            "'Times have changed': the military seeks recruits",
            '"I will serve," said Tomas Lind, 20.',
            ("reported", ""),
        ),
        (
            "'Gunboat diplomacy on steroids': US signs security deals",
            "The deals were signed.",
            ("reported", ""),
        ),
        # a quotation of fewer than three words is a term more than a statement ("'Ghost resorts': as hundreds ...")
        (
            "'Ghost resorts': as ski slopes lie abandoned, will nature return?",
            "The slopes closed.",
            ("unflagged", ""),
        ),
        # the outlet's own words (round 17: "'Data is control': what we learned from a year investigating ...")
        (
            "'Data is control': what we learned from a year of reporting",
            "The year began in May.",
            ("unflagged", ""),
        ),
    ],
)
def test_a_headline_that_opens_with_a_quotation(
    res: analyse.Resources, title: str, body: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, body, title), title[:12]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 39: "Medical professionals and some in conservative circles feel argument of Lee Jae Myung may be a bit
        # thin", "Analysts see 'global construction frenzy ...'"; round 33: "But many believe 'there is nothing ...'"
        (
            "Doctors and some in the opposition feel the plan of Anna Berg may be too costly.",
            ("reported", ""),
        ),
        ("Analysts see 'a building frenzy with no end' in the north.", ("reported", "")),
        ("But many believe 'there is nothing to go back to.'", ("reported", "")),
        ("Some economists fear the tolls will push up prices.", ("reported", "")),
        # a poll's share, a feeling with no proposition and a named believer are not this
        ("Twice as many voters believe the economy is getting worse.", ("unflagged", "")),
        ("Many residents feel safe again.", ("unflagged", "")),
        ("Analysts see the port from the hill.", ("unflagged", "")),
    ],
)
def test_an_unnamed_group_s_view_is_reported(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:16]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the class the brief named: "the Russian statement said" credited to the body of that state named before,
        # not to a person named since (the ministry is named in full, with the state inside its name or before it)
        (
            "Anna Berg met the envoy on Monday. The Russian Foreign Ministry issued a statement.\n"
            'Berg spoke about the war. "The talks were useful," the Russian statement said.',
            ("attributed", "Russian Foreign Ministry"),
        ),
        # no body of that state named before: the state, as "The UAE statement said"
        (
            "Anna Berg met the envoy on Monday.\nThe talks were useful, the Russian statement said.",
            ("attributed", "Russia"),
        ),
    ],
)
def test_a_state_s_statement_is_its_body_s(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    names = {**NAMES, "Russian Foreign Ministry": "ORG"}
    rows = claim_rows(res, TITLE, body, names)
    assert (
        next(((st, who) for text, st, who in rows if "Russian statement" in text), ("unflagged", ""))
        == expected
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the class the brief named ("welcomed ..., calling it"): 'calling it "..."' says something, as 'called the
        # government a "Nazi regime"' does (the corpus: 'The former senator revealed his diagnosis ..., calling it a
        # "death sentence"')
        (
            'Anna Berg welcomed the agreement, calling it "a great success for our exporters".',
            ("attributed", "Anna Berg"),
        ),
        ('Tomas Lind called it "the worst storm in memory".', ("attributed", "Tomas Lind")),
        # "called it off", "called it a day": nothing quoted, nothing said
        ("Tomas Lind called it off on Monday.", ("unflagged", "")),
        ("Anna Berg called it a day after the vote.", ("unflagged", "")),
    ],
)
def test_calling_it_a_quoted_verdict_is_a_statement(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:12]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the class the brief named: a relative clause's verb read as the sentence's own ("Keir Starmer, whose
        # government said last week ..., told parliament"; the corpus: "At the Saudi Hospital, which the World Health
        # Organization says was the site of a massacre, Brown said ...")
        (
            "Anna Berg, whose party said last week it would quit, told parliament the tolls must end.",
            ("attributed", "Anna Berg"),
        ),
        (
            "At the port, which the Red Cross says was shelled twice, Tomas Lind said the stores were empty.",
            ("attributed", "Tomas Lind"),
        ),
        # the relative clause alone speaks when the sentence has no verb of its own after it, or only another
        # relative clause's
        (
            "Tomas Lind, who has said he wants a deal, threatened new tolls on Monday.",
            ("attributed", "Tomas Lind"),
        ),
        (
            "Dozens were held in raids on Lind supporters, who accused Anna Berg of fraud, which she denied.",
            ("reported", ""),
        ),
    ],
)
def test_a_relative_aside_does_not_speak_for_the_sentence(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:12]) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # round 39: "Living on the edge: what young people in England told us about life on the coast"; the corpus:
        # "Wednesday briefing: What St Albans tells us about Britain's changing pub culture"
        ("Living on the edge: what young nurses told us about life on the coast", ("unflagged", "")),
        ("Briefing: What Anna Berg tells us about the north", ("unflagged", "")),
        # what was said, not a topic
        ("What Anna Berg told us: the tolls must end", ("attributed", "Anna Berg")),
    ],
)
def test_what_someone_told_us_about_a_topic_states_nothing(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, "The north is quiet.", title), title[:12]) == expected
