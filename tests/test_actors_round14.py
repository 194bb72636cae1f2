"""Actors found without the watch list: the repairs that followed the fourteenth labelling round (BBC full texts
scraped without their line breaks, Telegram channels, lower-case offices before names), each on a short text
written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer,
outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from pathlib import Path

from benchmarks.quality_claims import settings_for
from briefing import actors, analyse
from briefing.phrases import tokenise
from tests.test_actors_repairs import actors_of, kinds_of


def test_a_word_glued_to_the_next_sentence_is_cut_where_the_line_break_was(res: analyse.Resources) -> None:
    # a scraped page loses its line breaks: a caption's credit runs into the next paragraph's first word
    text = "Photo: Nordhavn ImagesWitnesses said the blast was heard across the harbour."
    assert actors_of(res, text, {"Nordhavn ImagesWitnesses": "ORG"}) == ["Nordhavn Images"]
    # a brand written in one word is not two glued words
    text = "Staff at MediaCity were told the studio would close."
    assert actors_of(res, text, {"MediaCity": "ORG"}) == ["MediaCity"]


def test_a_photo_agency_in_a_credit_is_an_outlet(res: analyse.Resources) -> None:
    text = "Rescuers worked through the night. Photograph: Getty Images"
    assert actors_of(res, text, {"Getty Images": "ORG"}) == []


def test_a_credits_source_before_its_slash_is_the_name(res: analyse.Resources) -> None:
    text = "Peruvian Navy/Handout via Reuters. Sailors rescued 12 fishermen on Friday."
    assert actors_of(res, text, {"Peruvian Navy/Handout": "ORG"}) == ["Navy"]


def test_an_initial_before_a_new_sentences_verb_is_no_name(res: analyse.Resources) -> None:
    text = "The minister wrote on X. Speaking later, she said talks would resume."
    assert actors_of(res, text, {"X. Speaking": "ORG"}) == []


def test_lower_case_words_before_a_name_are_not_part_of_it(res: analyse.Resources) -> None:
    text = "It quoted the deputy head of the state security council Pavel Orlov on Tuesday."
    kinds = kinds_of(res, "Report", text, {"the state security council Pavel Orlov": "ORG"})
    assert kinds == {"Pavel Orlov": "person"}
    # the head of a name with "of" keeps its lower-case words
    text = "Libya's government of National Unity rejected the claim."
    assert actors_of(res, text, {"government of National Unity": "ORG"}) == ["government of National Unity"]


def test_handles_are_no_names(res: analyse.Resources) -> None:
    text = "The post was shared by Grupa_Info and by KYIV_LEAKS_pl within minutes."
    assert actors_of(res, text, {"Grupa_Info": "ORG", "KYIV_LEAKS_pl": "PERSON"}) == []


def test_a_body_named_only_in_a_pro_stance_does_not_act(res: analyse.Resources) -> None:
    text = "Activists pushed pro-Hamas narratives online on Sunday."
    assert actors_of(res, text, {"Hamas": "ORG"}) == []
    text = "Hamas denied the report, while pro-Hamas accounts shared it."
    assert actors_of(res, text, {"Hamas": "ORG"}) == ["Hamas"]
    # a body fought ("anti-Houthi") is a party to the story
    assert actors_of(res, "Yemen's anti-Houthi council met in Aden.", {"Houthi": "ORG"}) == ["Houthi"]


def test_two_unknown_one_word_places_side_by_side_are_a_person(res: analyse.Resources) -> None:
    text = "Another witness, Marek Dlouhan, said the roof fell in."
    assert actors_of(res, text, {"Marek": "GPE", "Dlouhan": "GPE"}) == ["Marek Dlouhan"]


def test_a_channel_is_an_outlet_wherever_the_item_names_it(res: analyse.Resources) -> None:
    text = "It was posted on the Telegram channel Vesti Polska on Monday. Vesti Polska did not reply."
    assert actors_of(res, text, {"Vesti Polska": "ORG"}) == []
    text = "Rodina Info, the channel that first posted the clip, said it was real."
    assert actors_of(res, text, {"Rodina Info": "ORG"}) == []
    text = "The site belongs to the Zorya group - a large network of pro-government news websites."
    assert actors_of(res, text, {"Zorya": "ORG"}) == []


def test_pm_before_a_name_is_a_title(res: analyse.Resources) -> None:
    assert actors_of(res, "The talks were held with PM Rasmus Holmqvist in Oslo.", {}) == ["Rasmus Holmqvist"]


def test_a_portfolio_ministry_before_its_spokesperson(res: analyse.Resources) -> None:
    text = "The claim was repeated by foreign ministry spokeswoman Olga Petrenko."
    assert actors_of(res, text, {"Olga Petrenko": "PERSON"}) == ["Olga Petrenko", "foreign ministry"]


def test_a_name_before_regime_that_the_item_names_in_the_plural_is_a_group(res: analyse.Resources) -> None:
    text = 'Posts called the soldiers "Nazis" and the government a "Nazi regime".'
    assert actors_of(res, text, {}) == []
    assert actors_of(res, "Protesters marched against the Yunus regime.", {}) == ["Yunus"]


def test_a_forum_of_states_named_by_its_count_is_a_body(res: analyse.Resources) -> None:
    assert actors_of(res, "Leaders met on the sidelines of the G7 summit.", {"G7": "GPE"}) == ["G7"]


def test_a_one_word_name_is_a_person_after_a_kinship_noun_or_beside_a_person(res: analyse.Resources) -> None:
    kinds = kinds_of(res, "Report", "She praised her son Tomas's campaign on Monday.", {"Tomas": "ORG"})
    assert kinds["Tomas"] == "person"
    kinds = kinds_of(
        res, "Report", "Halvorsen and Lindqvist met on Monday.", {"Halvorsen": "ORG", "Lindqvist": "PERSON"}
    )
    assert kinds["Halvorsen"] == "person"


def test_a_common_word_capitalised_as_an_owner_and_named_again_is_a_body(res: analyse.Resources) -> None:
    text = "Good morning. Reform is coming, the polls say. After winning 600 council seats, Reform's rise goes on."
    assert actors_of(res, text, {}) == ["Reform"]
    # days, and a noun after an article, are no bodies
    text = "Police said the march was calm, and Saturday's turnout was low. Saturday was cold."
    assert actors_of(res, text, {}) == []
    text = "Democrat voters cheered. The key to the young Democrat's victory was turnout."
    assert actors_of(res, text, {}) == []


def test_a_mention_covers_the_name_as_written(res: analyse.Resources) -> None:
    # an invisible joiner (or a second space) inside a name: the mention ends with the name, not a character short
    for text in (
        "Chief of the General Staff Valery \u200dGerasimov said the troops had advanced.",
        "Chief of the General Staff Valery  Gerasimov said the troops had advanced.",
    ):
        start, end = text.find("Valery"), text.find(" said")
        tokens = tokenise(text)
        found = actors.resolve(text, tokens, res.index.find(tokens), [(start, end, "PERSON")], res.index)
        person = [f for f in found if f.kind == "person"]
        assert [(f.name, text[f.start : f.end]) for f in person] == [("Valery Gerasimov", text[start:end])]


def test_a_listed_body_named_only_in_a_pro_stance_does_not_act(tmp_path: Path) -> None:
    # with the watch list full the Kremlin is listed; "pro-Kremlin" alone still names no acting body
    full = analyse.resources(settings_for(tmp_path, None))
    assert actors_of(full, "Bloggers pushed pro-Kremlin narratives online on Sunday.", {}) == []
    assert "Kremlin" in actors_of(full, "The Kremlin said pro-Kremlin bloggers were free to post.", {})
