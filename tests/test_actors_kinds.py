"""Actor kinds (person or organisation) told by general signals (the twenty-seventh session's kind check): one person
under accented and plain spellings, a person named after an age, a relative or a person's noun, a company named after
its trade's noun."""

from __future__ import annotations

from briefing.actors import names_of_the_run
from briefing.models import Actor
from briefing.phrases import PhraseIndex


def test_a_full_name_written_with_and_without_accents_is_one_person_for_the_run() -> None:
    # "Tomás Ortega" in 3 items, "Tomas Ortega" in 2: neither spelling alone holds the share a surname needs
    accented = (Actor("Tomás Ortega", "person"),)
    plain = (Actor("Tomas Ortega", "person"),)
    texts = ["Tomás Ortega spoke."] * 3 + ["Tomas Ortega spoke."] * 2 + ["Ortega's Allies Regroup"]
    actors = [accented] * 3 + [plain] * 2 + [(Actor("Ortega", "organisation"),)]
    found = names_of_the_run(texts, actors, PhraseIndex())
    assert [(a.name, a.kind) for a in found[-1]] == [("Ortega", "person")]


def test_the_accents_of_a_real_name_split_no_more() -> None:
    accented = (Actor("Nicolás Maduro", "person"),)
    plain = (Actor("Nicolas Maduro", "person"),)
    headline = "Explosions ring out in Venezuela as Maduro's government accuses US of attack"
    texts = ["Nicolás Maduro spoke."] * 2 + ["Nicolas Maduro spoke."] * 2 + [headline]
    actors = [accented] * 2 + [plain] * 2 + [(Actor("Maduro", "organisation"),)]
    found = names_of_the_run(texts, actors, PhraseIndex())
    assert [(a.name, a.kind) for a in found[-1]] == [("Maduro", "person")]


def test_two_different_given_names_still_share_a_surname() -> None:
    tomas = (Actor("Tomas Ortega", "person"),)
    lucia = (Actor("Lucia Ortega", "person"),)
    texts = ["Tomas Ortega spoke."] * 3 + ["Lucia Ortega spoke."] * 2 + ["Ortega's Allies Regroup"]
    actors = [tomas] * 3 + [lucia] * 2 + [(Actor("Ortega", "organisation"),)]
    found = names_of_the_run(texts, actors, PhraseIndex())
    assert [(a.name, a.kind) for a in found[-1]] == [("Ortega", "organisation")]
