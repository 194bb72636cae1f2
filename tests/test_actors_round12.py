"""Actors found without the watch list: the repairs that followed the twelfth labelling round, each on a short
text written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index
(gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from briefing import analyse
from briefing.actors import merge, model_headline
from briefing.models import Actor, Item
from tests.test_actors_repairs import ACTOR_KINDS, FakeFinder, actors_of


def test_an_authors_given_name_after_a_headlines_bar_completes_the_name(res: analyse.Resources) -> None:
    title = "Closing the weather research centre is reckless | Michael Mann and Bob Ward"
    names = {"Mann": "PERSON", "Bob Ward": "PERSON"}
    assert actors_of(res, "", names, title=title) == ["Bob Ward", "Michael Mann"]
    # the byline does not run on into the next line: the name the model reads there stays its own span
    title = "Bondi beach's golden light can never be extinguished | Brigid Delaney"
    names = {"Brigid Delaney": "PERSON", "Bondi": "PERSON"}
    # (and "Bondi", which the title writes before "beach", is the beach: round 34's natural-feature rule)
    assert actors_of(res, "Bondi has long been a stage.", names, title=title) == ["Brigid Delaney"]
    # a title after the bar is not part of the name
    title = "Closing the weather research centre is reckless | Senator Mann"
    assert actors_of(res, "", {"Mann": "PERSON"}, title=title) == ["Mann"]


def test_a_states_person_the_model_calls_a_place_is_a_person(res: analyse.Resources) -> None:
    title = "Ireland's Micheál Martin will visit China in the first trip by an Irish leader in 14 years"
    assert actors_of(res, "", {"Micheál Martin": "FAC"}, title=title) == ["Micheál Martin"]
    # a town or region after a state's possessive stays a place, and so does a facility named with its kind
    title = "Ukraine's Kryvyi Rih hit by missiles as Yemen's Wadi Hadramout floods"
    names = {"Kryvyi Rih": "GPE", "Wadi Hadramout": "LOC"}
    assert actors_of(res, "", names, title=title) == []
    title = "Flights resume at Russia's Vnukovo Airport after drone attack"
    assert actors_of(res, "", {"Vnukovo Airport": "FAC"}, title=title) == []


def test_an_office_one_person_holds_is_no_organisation(res: analyse.Resources) -> None:
    text = "According to the Special Representative of the US president, the talks were constructive."
    assert actors_of(res, text, {"the Special Representative": "ORG"}) == []
    # a body named by title words stays
    text = "The General Staff said 27 drones were downed overnight."
    assert actors_of(res, text, {"General Staff": "ORG"}) == ["General Staff"]


class _PerLineFinder:
    """The model's spans per line of the text: {line number: {name: label}} (its first occurrence there); lines
    counted without the empty ones, so 0 is the headline and 1 the text's first paragraph."""

    def __init__(self, lines: dict[int, dict[str, str]]) -> None:
        self.lines = lines

    def __call__(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        out = []
        for text in texts:
            spans, offset = [], 0
            n = 0
            for line in text.split("\n"):
                for name, label in self.lines.get(n, {}).items() if line.strip() else ():
                    at = line.find(name)
                    if at >= 0:
                        spans.append((offset + at, offset + at + len(name), label))
                offset += len(line) + 1
                n += bool(line.strip())
            out.append(sorted(spans))
        return out


def test_a_fragment_of_a_name_written_out_where_it_stands_is_that_name(res: analyse.Resources) -> None:
    title = "The shuttering of the National Center for Atmospheric Research is a mistake, scientists say"
    text = "The National Center for Atmospheric Research in Boulder is to be dismantled after 50 years."
    it = Item(
        id="a1", source="t", title=title, url="", published=datetime(2026, 1, 5, tzinfo=UTC), summary=text
    )
    # the model reads only "Atmospheric" in the headline, the full name in the text
    finder = _PerLineFinder(
        {0: {"Atmospheric": "ORG"}, 1: {"National Center for Atmospheric Research": "ORG"}}
    )
    result = analyse.analyse_items([it], res, finder)[0]
    actors = {a.name: a.mentions for a in result.actors if a.kind in ACTOR_KINDS}
    assert actors == {"National Center for Atmospheric Research": 2}
    # a word the longer name holds but that stands elsewhere stays itself
    text = "The National Center for Atmospheric Research and Atmospheric Labs Inc were both named."
    finder = _PerLineFinder(
        {1: {"National Center for Atmospheric Research": "ORG", "Atmospheric Labs Inc": "ORG"}}
    )
    it = Item(id="a2", source="t", title="Report", url="", published=it.published, summary=text)
    result = analyse.analyse_items([it], res, finder)[0]
    assert sorted(a.name for a in result.actors if a.kind in ACTOR_KINDS) == [
        "Atmospheric Labs Inc",
        "National Center for Atmospheric Research",
    ]


def test_the_first_of_two_family_names_joins_the_full_name(res: analyse.Resources) -> None:
    text = "The US sanctioned Jose Jesus Urdaneta Gonzalez on Tuesday. Urdaneta heads the state arms maker."
    names = {"Jose Jesus Urdaneta Gonzalez": "PERSON", "Urdaneta": "PERSON"}
    assert actors_of(res, text, names) == ["Jose Jesus Urdaneta Gonzalez"]
    # across a story's items as well
    story = merge(
        [
            [Actor("Jose Jesus Urdaneta Gonzalez", "person")],
            [Actor("Urdaneta", "person", mentions=2)],
        ]
    )
    assert [(a.name, a.mentions) for a in story] == [("Jose Jesus Urdaneta Gonzalez", 3)]
    # a father's name inside his son's is not the son's
    story = merge([[Actor("Donald Trump Jr", "person")], [Actor("Trump", "person")]])
    assert sorted(a.name for a in story) == ["Donald Trump Jr", "Trump"]


def test_rarer_english_only_words_of_a_title_case_headline_are_read_in_lower_case(
    res: analyse.Resources,
) -> None:
    read = model_headline(
        "Iran's Refusal to Dial Back Nuclear Program Lit Fuse on Currency Crisis", res.index
    )
    assert "dial back" in read and "fuse on" in read
    # a word after a rarer name may be part of it
    read = model_headline("How the Monroe Doctrine Factors Into the Arrest of Maduro", res.index)
    assert "Monroe Doctrine" in read


def test_a_name_owning_what_follows_in_a_title_case_headline_is_kept(res: analyse.Resources) -> None:
    title = "Opinion | Will Trump's Resolve in Venezuela Hold Up?"
    text = "Beijing, Moscow and Havana will seek to engineer a quagmire for Washington."
    assert actors_of(res, text, {"Trump": "ORG"}, title=title) == ["Trump"]
    # an English word owning what follows is no name
    title = "Opinion | Will Industry's Gamble on Venezuela Pay Off?"
    assert actors_of(res, text, {"Industry": "ORG"}, title=title) == []


def test_an_english_only_word_opening_a_sentence_is_no_name(res: analyse.Resources) -> None:
    assert actors_of(res, "", {"Hiker": "ORG"}, title="Hiker killed by falling rocks in the Swiss Alps") == []
    # an organisation's rarer name opening a sentence stays, and so does a more common English one
    assert actors_of(res, "", {"Ofcom": "ORG"}, title="Ofcom fines broadcaster over news bias") == ["Ofcom"]
    title = "Pentagon's report distorts reality of Chinese military developments, newspaper says"
    assert actors_of(res, "", {"Pentagon": "ORG"}, title=title) == ["Pentagon"]


def test_an_acronym_of_a_names_longer_form_joins_the_name(res: analyse.Resources) -> None:
    text = (
        "Forces killed 25 Islamic State operatives in Syria this month, the military said on Tuesday. Seven "
        "ISIS members were captured in 11 missions, the command said."
    )
    names = {"Islamic State": "ORG", "ISIS": "ORG"}
    assert actors_of(res, text, names) == ["Islamic State"]
    # a body of an organisation the item also names by its initials stays apart
    text = "The United Nations said the UN would ask the UNSC to meet on Monday."
    names = {"United Nations": "ORG", "UN": "ORG", "UNSC": "ORG"}
    assert actors_of(res, text, names) == ["UNSC", "United Nations"]


def test_an_acronym_before_its_members_or_targets_is_an_organisation(res: analyse.Resources) -> None:
    text = "Three police officers were killed in clashes with IS militants, the ministry said."
    assert actors_of(res, text, {}) == ["IS"]
    title = "British and French warplanes strike suspected IS weapons facility as STC fighters advance"
    assert actors_of(res, "", {}, title=title) == ["IS", "STC"]
    # a state's or a common acronym before members is not a body of its own; nor a shouted headline
    text = "Most UAE members and US leaders agreed. The CEO group met.\nIS MILITANTS ATTACK"
    assert actors_of(res, text, {}) == []


def test_a_name_cut_after_its_particle_goes_on_to_the_next_word(res: analyse.Resources) -> None:
    text = "Far-right leader Marine Le Pen's party led the polls, said Pedro Van Dam."
    names = {"Marine Le": "PERSON", "Pedro Van": "PERSON"}
    assert actors_of(res, text, names) == ["Marine Le Pen", "Pedro Van Dam"]
    # a name that ends before a lower-case word stays as it is
    assert actors_of(res, "Pedro Van said so.", {"Pedro Van": "PERSON"}) == ["Pedro Van"]


def test_a_name_before_suburb_market_village_or_gardens_is_a_place(res: analyse.Resources) -> None:
    text = (
        "The strike hit a home in the affluent Tel-al-Hawa suburb, Hesham Badawi said. Gunmen stormed "
        "Kasuwan Daji market in Demo village. Skiers crossed the Champs de Mars gardens."
    )
    names = {
        "Tel-al-Hawa": "PERSON",
        "Hesham Badawi": "PERSON",
        "Kasuwan Daji": "PERSON",
        "Champs de Mars": "ORG",
    }
    assert actors_of(res, text, names) == ["Hesham Badawi"]
    # a company's market value names the company
    text = "Nvidia market value topped $5 trillion on Tuesday."
    assert actors_of(res, text, {"Nvidia": "ORG"}) == ["Nvidia"]


def test_a_title_and_a_persons_name_read_as_a_body_is_the_person(res: analyse.Resources) -> None:
    text = (
        "Sebastien Lecornu faces a budget vote. PM Lecornu said he would not use special powers. Pope Leo "
        "named Richard Moth archbishop; Bishop Richard Moth thanked him."
    )
    names = {
        "Sebastien Lecornu": "PERSON",
        "PM Lecornu": "ORG",
        "Richard Moth": "PERSON",
        "Bishop Richard Moth": "ORG",
    }
    assert actors_of(res, text, names) == ["Leo", "Richard Moth", "Sebastien Lecornu"]
    # a body named after a title word and a word no person of the item has stays
    text = "Sebastien Lecornu met the Supreme Council on Monday."
    names = {"Sebastien Lecornu": "PERSON", "Supreme Council": "ORG"}
    assert actors_of(res, text, names) == ["Sebastien Lecornu", "Supreme Council"]


def test_common_noun_acronyms_are_no_organisations(res: analyse.Resources) -> None:
    text = "The deputy AG said UAV makers and LNG traders were fined."
    assert actors_of(res, text, {"AG": "ORG", "UAV": "ORG", "LNG": "ORG"}) == []


def test_an_english_agent_noun_or_gerund_opening_a_headline_is_no_person(res: analyse.Resources) -> None:
    title = "Retailer targets £7m in bonuses from ex-bosses as watchdog investigates"
    assert actors_of(res, "", {"Retailer": "PERSON"}, title=title) == []
    title = "Saving Kyiv's heritage: a city rebuilding itself"
    assert actors_of(res, "", {"Saving": "PERSON"}, title=title) == []
    # a surname of that shape is as common in other languages, and stays
    title = "Baker says the talks will go on"
    assert actors_of(res, "", {"Baker": "PERSON"}, title=title) == ["Baker"]


def test_a_company_named_after_its_trade_is_an_organisation(res: analyse.Resources) -> None:
    text = (
        "Shares rose after agricultural producer Bunge raised its outlook. The assets are held by "
        "Belgium-based financial services company Euroclear."
    )
    assert actors_of(res, text, {}) == ["Bunge", "Euroclear"]
    # an adjective after an article, a common word, an app or platform name no organisation
    text = "The giant Christmas tree was lit. He created the messaging app Telegram."
    assert actors_of(res, text, {}) == []


def test_a_title_before_a_full_name_does_not_swallow_the_person(res: analyse.Resources) -> None:
    text = "Manuel de Jesús Rodríguez was deported. Rev Manuel de Jesús Rodríguez had led a church in Ohio."
    names = {"Manuel de Jesús Rodríguez": "PERSON", "Rev Manuel de Jesús Rodríguez": "ORG"}
    assert actors_of(res, text, names) == ["Manuel de Jesús Rodríguez"]


def test_a_second_acronym_joins_a_name_already_given_another(res: analyse.Resources) -> None:
    text = (
        "Police acted against the Islamic State group (also known as ISIS), the minister said. The clash, "
        "which lasted several hours, also left six IS group members dead."
    )
    assert actors_of(res, text, {"Islamic State": "ORG", "ISIS": "ORG"}) == ["Islamic State"]


def test_a_possessive_name_opening_a_title_case_headline_stays_a_person(res: analyse.Resources) -> None:
    title = "Make Money Not War: Trump's Real Plan for Peace in Ukraine"
    text = "The Kremlin pitched the White House on peace through business."
    names = {"Trump": "ORG", "Kremlin": "ORG", "White House": "ORG"}
    it = Item(
        id="a1",
        source="t",
        title=title,
        url="",
        published=datetime(2026, 1, 5, tzinfo=UTC),
        summary=text,
    )
    result = analyse.analyse_items([it], res, FakeFinder(names))[0]
    assert {a.name: a.kind for a in result.actors}.get("Trump") == "person"


def test_a_span_that_opens_with_a_possessive_is_read_without_an_owner(res: analyse.Resources) -> None:
    # after a zero-width mark the model's span can start at the possessive ("\u200b's Earthshot Prize"): there
    # is no owner to split off, and the item is analysed, not lost to an IndexError
    text = "Brazil\u200b's Earthshot Prize went to a river project on Monday, the organisers said."
    found = actors_of(res, text, {"'s Earthshot Prize": "ORG", "Brazil": "GPE"})
    assert not any(name.startswith(("'", "\u200b")) for name in found)
