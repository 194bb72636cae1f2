"""A story's key actors sum its items' actors: one body written two ways across its items is one actor (British and
American spelling, an acronym of one full name among them), and an acronym that fits two full names stays apart; a
person's role is the description up to where a clause begins."""

from __future__ import annotations

from briefing.actors import merge
from briefing.models import Actor


def _names(*items: list[Actor]) -> dict[str, int]:
    return {a.name: a.mentions for a in merge(items)}


def test_one_body_in_british_and_american_spelling_is_one_actor() -> None:
    # the demo brief's UK strike story: "the British Ministry of Defence" (France 24), "the UK Ministry of Defense" (AP)
    names = _names(
        [Actor("Ministry of Defence", "organisation", mentions=2)],
        [Actor("Ministry of Defense", "organisation")],
        [
            Actor("World Health Organisation", "organisation"),
            Actor("World Health Organization", "organisation"),
        ],
    )
    assert names["Ministry of Defence"] == 3
    assert "Ministry of Defense" not in names
    assert len([n for n in names if n.startswith("World Health")]) == 1


def test_an_acronym_of_one_full_name_in_the_story_joins_it() -> None:
    names = _names(
        [Actor("Islamic State", "organisation", mentions=3)],
        [
            Actor("IS", "organisation"),
            Actor("International Monetary Fund", "organisation"),
            Actor("IMF", "organisation"),
        ],
    )
    assert names == {"Islamic State": 4, "International Monetary Fund": 2}


def test_an_acronym_that_fits_two_full_names_stays_apart() -> None:
    names = _names(
        [Actor("Islamic State", "organisation"), Actor("Internal Security", "organisation")],
        [Actor("IS", "organisation")],
    )
    assert set(names) == {"Islamic State", "Internal Security", "IS"}


def test_a_person_is_never_an_acronym_or_a_spelling() -> None:
    names = _names([Actor("Ian Smith", "person")], [Actor("IS", "organisation")])
    assert set(names) == {"Ian Smith", "IS"}


def test_a_role_is_the_description_up_to_its_clause_and_never_an_age_alone() -> None:
    from briefing.actors.spans import _role_after

    # the demo brief showed "Pralong (89-year-old anxiously awaiting word of his missing granddaughter Emilie)"
    def role(description: str) -> str:
        return _role_after(f"X, {description}, said", 1)

    assert role("an 89-year-old anxiously awaiting word of his missing granddaughter") == ""
    assert role("a senior fellow who studies Russia") == "senior fellow"
    assert role("a lawyer representing the family") == "lawyer"
    assert role("a retired U.S. Army colonel") == "retired U.S. Army colonel"
    assert role("the acting president") == "acting president"
    assert role("a 45-year-old nurse") == "45-year-old nurse"


def test_one_person_spelled_one_letter_apart_across_items_is_one_actor() -> None:
    # the demo brief's Venezuela succession story listed "Delcy Rodríguez (Vice President)" and "Delcy Rodrigues"
    names = _names(
        [Actor("Delcy Rodríguez", "person", role="Vice President", mentions=3)],
        [Actor("Delcy Rodrigues", "person")],
        [Actor("Volodymyr Zelensky", "person"), Actor("Volodymyr Zelenskiy", "person", mentions=2)],
    )
    assert names == {"Delcy Rodríguez": 4, "Volodymyr Zelenskiy": 3}


def test_people_with_other_given_names_or_short_family_names_stay_apart() -> None:
    names = _names(
        [Actor("Anna Berg", "person"), Actor("Anna Borg", "person")],
        [Actor("Tomas Lindqvist", "person"), Actor("Maria Lindqvista", "person")],
    )
    assert set(names) == {"Anna Berg", "Anna Borg", "Tomas Lindqvist", "Maria Lindqvista"}


def test_a_role_read_once_for_a_name_the_items_agree_is_a_body_is_dropped() -> None:
    # "South American bloc Mercosur" read once as a person with the role "American"
    merged = merge(
        [[Actor("Mercosur", "person", role="American")], [Actor("Mercosur", "organisation", mentions=2)]]
    )
    assert [(a.name, a.kind, a.role) for a in merged] == [("Mercosur", "organisation", "")]


def test_a_body_in_its_plural_or_with_a_common_noun_after_it_is_one_actor() -> None:
    # (fiftieth session: the 2026-01-04 brief listed "Houthi" and "Houthis" in the Yemen story, "Le Constellation"
    # and "Le Constellation bar" in the Swiss fire's)
    names = _names(
        [Actor("Houthi", "organisation", mentions=5), Actor("Le Constellation bar", "place", mentions=4)],
        [Actor("Houthis", "organisation", mentions=2), Actor("Le Constellation", "organisation", mentions=3)],
    )
    assert names == {"Houthi": 7, "Le Constellation bar": 7}


def test_a_person_and_a_body_named_after_him_stay_apart() -> None:
    names = _names(
        [Actor("Trump", "person", mentions=3), Actor("Trump administration", "organisation")],
        [Actor("Paris", "place"), Actor("Pari", "person")],
    )
    assert set(names) == {"Trump", "Trump administration", "Paris", "Pari"}


def test_a_ministry_in_lower_case_is_the_one_ministry_named_in_full() -> None:
    # (the 2026-01-04 brief's UK strike story listed "defence ministry" and "Ministry of Defence")
    one = _names(
        [Actor("defence ministry", "organisation", mentions=4)],
        [Actor("Ministry of Defense", "organisation", mentions=3), Actor("health ministry", "organisation")],
    )
    assert one == {"Ministry of Defense": 7, "health ministry": 1}
    other = _names([Actor("defence ministry", "organisation")], [Actor("Ministry of Health", "organisation")])
    assert set(other) == {"defence ministry", "Ministry of Health"}
