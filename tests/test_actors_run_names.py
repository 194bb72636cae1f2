"""People the run knows, found where the model missed them (`actors.names_of_the_run`): a surname the model read as
a person in several of a day's items is that person in an item that writes it whole and untagged ("Venezuela Ushers
in the Era of Trump's 'Donroe Doctrine'"), but not a surname two people share, a given name, an English word or a
place named after someone."""

from __future__ import annotations

from briefing.actors import RUN_NAME_ITEMS, names_of_the_run
from briefing.models import Actor
from briefing.phrases import PhraseIndex

OKONJO = (Actor("Amar Okonjo", "person"),)


def _names(texts: list[str], actors: list[tuple[Actor, ...]]) -> list[list[str]]:
    return [[a.name for a in acts] for acts in names_of_the_run(texts, actors, PhraseIndex())]


def test_a_surname_the_run_knows_is_found_in_a_headline_the_model_missed() -> None:
    texts = [f"Amar Okonjo spoke in Lagos, report {i}." for i in range(RUN_NAME_ITEMS)]
    texts.append("The Era of Okonjo's 'New Deal' Begins")
    found = _names(texts, [OKONJO] * RUN_NAME_ITEMS + [()])
    assert found[-1] == ["Okonjo"]  # as written, the fullest form the item gives
    assert found[0] == ["Amar Okonjo"]  # nothing added where the model found him


def test_a_full_name_the_model_missed_in_a_long_text_is_found_once() -> None:
    texts = [f"Amar Okonjo spoke, report {i}." for i in range(RUN_NAME_ITEMS)]
    texts.append("Talks resumed. Later Amar Okonjo met the envoys, and Okonjo said they would meet again.")
    found = names_of_the_run(texts, [OKONJO] * RUN_NAME_ITEMS + [()], PhraseIndex())
    assert [(a.name, a.mentions) for a in found[-1]] == [("Amar Okonjo", 2)]


def test_a_name_read_in_too_few_items_is_not_known() -> None:
    texts = ["Amar Okonjo spoke."] * (RUN_NAME_ITEMS - 1) + ["Okonjo Wins the Vote"]
    assert _names(texts, [OKONJO] * (RUN_NAME_ITEMS - 1) + [()])[-1] == []


def test_a_surname_two_people_share_is_nobody_in_particular() -> None:
    other = (Actor("Ngozi Okonjo", "person"),)
    texts = ["Amar Okonjo spoke."] * 3 + ["Ngozi Okonjo spoke."] * 3 + ["Okonjo Wins the Vote"]
    assert _names(texts, [OKONJO] * 3 + [other] * 3 + [()])[-1] == []


def test_a_given_name_an_english_word_or_a_place_is_not_a_surname_found() -> None:
    ali = (Actor("Omar Ali", "person"),)
    given = (Actor("Ali Rezaei", "person"),)
    young = (Actor("Dana Young", "person"),)
    texts = ["Omar Ali, Ali Rezaei and Dana Young spoke."] * 3 + [
        "Ali Arrives as Young Voters Gather",
        "Crowds at Okonjo Beach",
    ]
    actors = [ali + given + young + OKONJO] * 3 + [(), ()]
    assert _names(texts, actors)[-2:] == [[], []]


def test_a_name_an_item_already_carries_in_any_form_is_not_added_again() -> None:
    texts = ["Amar Okonjo spoke."] * 3 + ["Okonjo Group shares fall as Okonjo resigns"]
    actors = [OKONJO] * 3 + [(Actor("Okonjo Group", "organisation"),)]
    assert _names(texts, actors)[-1] == ["Okonjo Group"]


def test_a_known_surname_after_another_given_name_is_someone_else() -> None:
    texts = ["Amar Okonjo spoke."] * 3 + [
        "A column by Ngozi Okonjo on trade",
        "Talks stalled, and President Okonjo left.",
    ]
    found = _names(texts, [OKONJO] * 3 + [(), ()])
    assert found[-2:] == [[], ["Okonjo"]]  # "Ngozi Okonjo" is not Amar; a title before the surname is no name


def test_a_known_surname_the_model_called_an_organisation_is_the_person() -> None:
    texts = ["Amar Okonjo spoke."] * 3 + ["Will Okonjo's Resolve Hold?"]
    found = names_of_the_run(texts, [OKONJO] * 3 + [(Actor("Okonjo", "organisation"),)], PhraseIndex())
    assert [(a.name, a.kind) for a in found[-1]] == [("Okonjo", "person")]
