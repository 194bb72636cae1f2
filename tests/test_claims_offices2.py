"""Offices by the ruling (helper offices2, issue 11): an office named without a name speaks as the person the same
item names holding it. (1) An office written without an owner ("the governor said", "the local prosecutor said") is
the one person the item names with that title ("Governor Anna Berg"), and an office restated in apposition ("The
minister, Anna Berg, said") or written before a given name the finder left out names its holder. (2) A paragraph that
opens with an office as its speaker ("..., the interior minister said.") is the person the next sentences name first,
in full, speaking or opening a sentence, with no other post ("Anna Berg said on Telegram ..."), and so is the
office's "he said" after it (not in a digest). (3) A standfirst alone that names no one and credits an office written
with "the" ("The British monarch ... said") under a headline naming one person is that person. A small fake entity
finder; paragraphs joined by a single newline, as in feed text."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, claims_of, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Berg": "PERSON",
    "Lind": "PERSON",
    "Antonio Tajani": "PERSON",
    "Tajani": "PERSON",
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


# --- (1) the office's title written with the holder's name ---------------------------------------------------


def test_an_office_without_an_owner_is_the_one_person_named_with_its_title(res: analyse.Resources) -> None:
    # rounds 65 and 66: "..., the governor said on Sunday." over "Governor Vyacheslav Gladkov said ..."
    body = "\n".join(
        [
            "Two people were hurt when a storm hit the northern port, the governor said on Sunday.",
            "Governor Anna Berg said on the messaging app that the two were taken to hospital.",
        ]
    )
    assert _row(res, body, "Two people were hurt") == ("attributed", "Anna Berg")
    body = "\n".join(
        [
            "The fire may have started in the kitchen, the local prosecutor said on Friday.",
            "Prosecutor Anna Berg said the kitchen was a leading line of inquiry.",
        ]
    )
    assert _row(res, body, "The fire may have started") == ("speculative", "Anna Berg")


def test_an_office_restated_in_apposition_names_its_holder(res: analyse.Resources) -> None:
    # round 4: "..., the Colombian defence minister has said. / The minister, Pedro Sánchez, said that ..."
    body = "\n".join(
        [
            "Fifty sailors held by smugglers have been freed, the Norland defence minister has said.",
            "The minister, Anna Berg, said that not a single shot had been fired.",
            "Reinforcements were sent to the coast and arrested 20 people, the defence minister said.",
        ]
    )
    assert _row(res, body, "Fifty sailors held") == ("attributed", "Anna Berg")
    assert _row(res, body, "Reinforcements were sent") == ("attributed", "Anna Berg")


def test_several_holders_another_post_or_a_former_holder_leave_the_office_as_written(
    res: analyse.Resources,
) -> None:
    two = "\n".join(
        [
            "Two people were hurt when a storm hit the northern port, the governor said on Sunday.",
            "Governor Anna Berg and Governor Tomas Lind met on Monday.",
        ]
    )
    assert _row(res, two, "Two people were hurt") == ("attributed", "governor")
    other = "\n".join(
        [
            "Two people were hurt when a storm hit the northern port, the governor said on Sunday.",
            "Deputy Governor Anna Berg visited the port on Monday.",
        ]
    )
    assert _row(res, other, "Two people were hurt") == ("attributed", "governor")
    former = "\n".join(
        [
            "Two people were hurt when a storm hit the northern port, the governor said on Sunday.",
            "Former Governor Anna Berg visited the port on Monday.",
        ]
    )
    assert _row(res, former, "Two people were hurt") == ("attributed", "governor")


# --- (2) the person the sentences after an office name first --------------------------------------------------


def test_an_office_opening_a_paragraph_is_the_person_named_next(res: analyse.Resources) -> None:
    # round 4: "..., the interior minister said. / In a post on social media, Ihor Klymenko said ..."
    body = "\n".join(
        [
            "At least nine people were killed in a storm in the northern region, the interior minister said.",
            "In a post on social media, Anna Berg said homes and hospitals had been hit.",
        ]
    )
    assert _row(res, body, "At least nine people") == ("attributed", "Anna Berg")


def test_a_background_paragraph_and_the_offices_he_said_may_come_between(res: analyse.Resources) -> None:
    # rounds 56 and 66: a paragraph of background, or "..., he said.", before the name
    body = "\n".join(
        [
            "Norland's defence minister will join the talks with Ostland on Saturday, the Norland premier said.",
            "If the minister agrees a deal with his counterpart, the two countries will sign it, he said.",
            '"What matters is that both sides keep their promises," Anna Berg told reporters.',
        ]
    )
    assert _row(res, body, "Norland's defence minister will") == ("attributed", "Anna Berg")
    assert _row(res, body, "If the minister agrees") == ("attributed", "Anna Berg")
    body = "\n".join(
        [
            "Drones damaged three ships in the northern ports, Norland's deputy prime minister said on Friday.",
            "In recent weeks the attacks on the ports have grown.",
            "There were no casualties, Anna Berg said in a statement.",
        ]
    )
    assert _row(res, body, "Drones damaged three ships") == ("attributed", "Anna Berg")


def test_a_person_with_another_post_named_before_or_in_passing_is_not_the_office(
    res: analyse.Resources,
) -> None:
    # round 32: "the head of the island's coast guard" and "Kuan Bi-ling, head of Taiwan's Ocean Affairs Council"
    post = "\n".join(
        [
            "The port stayed on high alert on Wednesday, the head of the coast guard said.",
            "Ships were moving away, according to Anna Berg, head of the Ocean Affairs Council.",
        ]
    )
    assert _row(res, post, "The port stayed") == ("attributed", "head of the coast guard")
    passing = "\n".join(
        [
            "Two people were hurt when a storm hit the northern port, the interior minister said.",
            "Homes were flooded, including that of Anna Berg.",
        ]
    )
    assert _row(res, passing, "Two people were hurt") == ("attributed", "interior minister")
    # a name in passing, or a writer described, is not the speaker (corpus: "victims of ... Jeffrey Epstein")
    described = "\n".join(
        [
            "And where doctors see the treatments as care, the health secretary claimed they do harm.",
            "Anna Berg is a Brooklyn-based journalist and the author of five books.",
        ]
    )
    assert _row(res, described, "And where doctors") == ("attributed", "health secretary")
    object_of = "\n".join(
        [
            "Two people were hurt when a storm hit the northern port, the interior minister said.",
            "Lawyers for the victims of Anna Berg condemned the ministry on Friday.",
        ]
    )
    assert _row(res, object_of, "Two people were hurt") == ("attributed", "interior minister")
    before = "\n".join(
        [
            "Anna Berg visited the port on Monday.",
            "Two people were hurt when a storm hit the northern port, the interior minister said.",
            "Anna Berg said the port would reopen.",
        ]
    )
    assert _row(res, before, "Two people were hurt") == ("attributed", "interior minister")
    former = "\n".join(
        [
            "Two people were hurt when a storm hit the northern port, the former interior minister said.",
            "Anna Berg said the port would reopen.",
        ]
    )
    assert _row(res, former, "Two people were hurt") == ("attributed", "former interior minister")


def test_a_digest_names_no_holder_after_an_office(res: analyse.Resources) -> None:
    # round 4: "Russia's foreign minister said ... Sergei Lavrov told" in a war briefing's fourth story
    body = "Two people were hurt when a storm hit the northern port, the interior minister said. Anna Berg said the port"
    body += " would reopen on Monday."
    assert _row(res, body, "Two people were hurt", "Norland news at a glance") == (
        "attributed",
        "interior minister",
    )


def test_a_real_lead_and_its_second_paragraph(res: analyse.Resources) -> None:
    # round 38 (Reuters): the lead's office, then the minister named bare
    body = "\n".join(
        [
            'Italy\'s foreign minister hailed the "enormous benefits" Wednesday of an EU trade deal with South American'
            " bloc Mercosur , as Brussels seeks to get the accord that Rome had previously stalled over the line.",
            "Antonio Tajani welcomed new European Union measures to support farmers as EU agriculture ministers held"
            " crunch talks ahead of a vote on the agreement expected later this week.",
            '" Italy has never changed its position," Tajani said in a statement.',
        ]
    )
    title = "Italy says EU-Mercosur deal offers 'enormous benefits'"
    assert _row(res, body, "Italy's foreign minister hailed", title) == ("attributed", "Antonio Tajani")


# --- (3) a standfirst's office under a headline naming one person ----------------------------------------------


def _standfirst(
    res: analyse.Resources, title: str, body: str, start: str, names: dict[str, str] = NAMES
) -> str:
    """The speaker of the claim starting with `start` in an item that is its headline and one standfirst."""
    return next(
        (c.attributed_to for c in claims_of(res, title, body, names) if c.text.startswith(start)), "-"
    )


def test_a_standfirst_office_is_the_one_person_its_headline_names(res: analyse.Resources) -> None:
    # rounds 20, 24 and 33: "The British monarch ... said" under "Charles III Gives 'Good News' on ...", "The
    # president has claimed credit ..." under "... Limits of Trump's Approach ...", "The opposition leader ... said she"
    body = "The Norland leader, who was elected last year, said the port would reopen in the spring."
    assert (
        _standfirst(res, "Anna Berg Gives Good News on the Port", body, "The Norland leader") == "Anna Berg"
    )
    body = "The president has claimed credit for ending the strike at the port, but the pickets remain."
    title = "Broken Port Deals Show Limits of Tomas Lind's Approach"
    assert _standfirst(res, title, body, "The president has claimed") == "Tomas Lind"


def test_a_standfirst_office_stays_with_two_people_or_a_former_holder(res: analyse.Resources) -> None:
    body = "The president has claimed credit for ending the strike at the port, but the pickets remain."
    title = "Anna Berg and Tomas Lind Meet on the Port"
    assert _standfirst(res, title, body, "The president has claimed") == "president"
    body = "The former president said the port would reopen in the spring."
    assert (
        _standfirst(res, "Anna Berg Gives Good News on the Port", body, "The former president") != "Anna Berg"
    )
    body = "The president said the port would reopen in the spring.\nThe strike ended on Monday."
    assert (
        _standfirst(res, "Anna Berg Gives Good News on the Port", body, "The president said") == "president"
    )


def test_a_real_standfirst_under_its_headline(res: analyse.Resources) -> None:
    # round 33 (WSJ)
    names = {**NAMES, "Macron": "PERSON"}
    title = "France's Macron Tries to Quell New Caledonia Riots With Globe-Crossing Trip"
    body = (
        "The French leader said he is open to suspending a voting-rights bill that sparked the riots once order is"
        " restored on the archipelago and talks resume between rival factions."
    )
    assert _standfirst(res, title, body, "The French leader said", names) == "Macron"
