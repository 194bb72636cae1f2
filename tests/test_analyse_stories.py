"""Stories: one event from several outlets is one story; publishers, not feeds, are the independent sources."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from briefing import config, ingest, stories
from briefing.analyse import analyse
from briefing.config import Source
from briefing.models import CREDIBILITY_LEGEND, Actor, Claim, Item, Story
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.model
FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
REUTERS_F24 = FEEDS / "reuters-france24_2026-01-08_fulltext_venezuela.xml"
KYIV = FEEDS / "kyivindependent_2024-07-26_war-latest_html-content.xml"
KYIV_MIRROR = FEEDS / "mislabeled-moscowtimes_2024-08-23_kyivindependent-items.xml"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> config.Settings:
    sources = "".join(
        f'[[sources]]\nname = "{name}"\npath = "{path.as_posix()}"\ngrade = "{grade}"\n\n'
        for name, path, grade in (
            ("Wire", REUTERS_F24, "B"),
            ("Kyiv war", KYIV, "C"),
            ("Kyiv mirror", KYIV_MIRROR, "C"),
        )
    )
    return make_settings(tmp_path_factory.mktemp("storycfg"), extra="\n" + sources)


@pytest.fixture(scope="module")
def wire(settings: config.Settings) -> tuple[list[Item], list[Story]]:
    """The first 150 items of the Reuters + France 24 feed, analysed once for the tests that only read."""
    return analyse(read(REUTERS_F24, "Wire")[:150], settings)


def read(path: Path, name: str, publisher: str = "") -> list[Item]:
    items, *_ = ingest.parse_feed(path.read_bytes(), Source(name=name, path=path, publisher=publisher))
    return items


def story_of(item_id: str, found: list[Story]) -> Story:
    return next(st for st in found if item_id in st.item_ids)


def test_same_event_from_two_publishers_is_one_story(settings: config.Settings) -> None:
    items = read(REUTERS_F24, "Wire")
    pair = [it for it in items if "'state terrorism' against Venezuela" in it.title]
    assert len({it.publisher for it in pair}) == 2, "one Reuters and one France 24 report"
    others = [it for it in items if it.published and it.published.day == 3][:30]
    _, found = analyse(pair + [o for o in others if o not in pair], settings)
    story = story_of(pair[0].id, found)
    assert set(story.item_ids) >= {it.id for it in pair}
    assert story.sources == 2
    # the feed names no publisher: each item was credited to its link's domain, shown as the outlet's name
    assert {it.publisher for it in pair} == {"reuters.com", "france24.com"}
    assert set(story.publishers) == {"Reuters", "France 24"}
    assert story.theatre == "Caribbean"


def test_a_spanish_and_a_russian_report_join_the_english_story(settings: config.Settings) -> None:
    # written for this test: the Cuban president's words as a Spanish and a Russian outlet would report them;
    # the Russian one shares no word with the English reports, only the actors' canonical names and the date
    items = read(REUTERS_F24, "Wire")
    pair = [it for it in items if "'state terrorism' against Venezuela" in it.title]
    when = pair[0].published
    spanish = Item(
        id="es1",
        source="Prensa",
        title="Díaz-Canel denuncia «terrorismo de Estado» de Estados Unidos contra Venezuela",
        url="",
        published=when,
        summary="LA HABANA. El presidente de Cuba, Miguel Díaz-Canel, condenó el sábado el ataque de Estados "
        "Unidos contra Venezuela y la captura de Nicolás Maduro, que calificó de terrorismo de Estado.",
        language="es",
        publisher="prensa.example",
    )
    russian = Item(
        id="ru1",
        source="Novosti",
        title="Диас-Канель осудил удар США по Венесуэле и захват Мадуро",
        url="",
        published=when,
        summary="Президент Кубы Мигель Диас-Канель назвал нападение США на Венесуэлу и захват Николаса Мадуро "
        "государственным терроризмом.",
        language="ru",
        publisher="novosti.example",
    )
    other = Item(
        id="es2",
        source="Prensa",
        title="Un sismo de magnitud 6,5 sacude el sur de México y deja dos muertos",
        url="",
        published=when,
        summary="Un terremoto de magnitud 6,5 sacudió el sábado el estado de Guerrero, en el sur de México.",
        language="es",
        publisher="prensa.example",
    )
    rest = [it for it in items if it.published and it.published.day == 3 and it not in pair][:30]
    _, found = analyse([*pair, spanish, russian, other, *rest], settings)
    story = story_of(pair[0].id, found)
    assert {pair[1].id, "es1", "ru1"} <= set(story.item_ids)
    assert "es2" not in story.item_ids
    assert story.sources == 4


def test_a_quote_both_outlets_carry_is_corroborated(settings: config.Settings) -> None:
    pair = [it for it in read(REUTERS_F24, "Wire") if "'state terrorism' against Venezuela" in it.title]
    out, found = analyse(pair, settings)
    quote = [c for it in out for c in it.claims if "act of state terrorism" in c.text]
    assert len(quote) == 2 and {c.item_id for c in quote} == {it.id for it in pair}
    assert all(c.corroborated and c.attributed_to == "Miguel Díaz-Canel" for c in quote)
    story = found[0]
    assert [c for c in story.claims if c.corroborated]
    unverified = any(c.status == "unverified" and not c.corroborated for c in story.claims)
    assert story.credibility == (3 if unverified else 1)  # two sources rated B: confirmed unless flagged


def test_two_feeds_of_one_publisher_count_once(settings: config.Settings) -> None:
    first = read(KYIV, "Kyiv war", publisher="The Kyiv Independent")
    second = read(KYIV_MIRROR, "Kyiv mirror", publisher="The Kyiv Independent")
    shared = {it.content_hash for it in first} & {it.content_hash for it in second}
    assert shared, "the mirror carries the same articles"
    _, found = analyse(first + second, settings)
    merged = [st for st in found if len(st.item_ids) > 1]
    assert merged
    for st in merged:
        assert st.sources == 1
        assert st.publishers == ("The Kyiv Independent",)
        assert st.credibility != 1  # one publisher twice confirms nothing


def test_the_same_articles_run_by_another_outlet_count_once(settings: config.Settings) -> None:
    # the mirror feed runs the Kyiv Independent's articles word for word: a second outlet, not a second witness
    first = read(KYIV, "Kyiv war", publisher="The Kyiv Independent")
    second = read(KYIV_MIRROR, "Kyiv mirror", publisher="Another Outlet")
    _, found = analyse(first + second, settings)
    both = [st for st in found if set(st.publishers) == {"The Kyiv Independent", "Another Outlet"}]
    assert both
    assert all(st.sources == 1 and st.credibility != 1 for st in both)
    assert not any(c.corroborated for st in both for c in st.claims)  # a copy does not corroborate itself


@pytest.mark.parametrize("grouping", ["words", "embeddings"])
def test_an_agency_story_run_by_other_outlets_is_one_independent_source(grouping: str) -> None:
    told = (
        "Israel killed at least two Palestinians including a girl and wounded four others in an airstrike on a "
        "house in the southern Gaza Strip on Monday, hospital staff said."
    )
    items = [
        synthetic(
            9,
            "Israeli airstrike kills two in Gaza including girl, hospital staff say",
            "CAIRO, Jan 5 (Reuters) - " + told,
            "Reuters",
        ),
        # a newspaper runs the agency's copy under its own name: the dateline names the agency
        synthetic(
            10,
            "Israeli strike in Gaza kills two, among them a girl",
            "CAIRO, Jan 5 (Reuters) - " + told + " The army did not comment.",
            "Daily Paper",
        ),
        # another runs it without the dateline, word for word the same headline
        synthetic(
            11,
            "Israeli airstrike kills two in Gaza including girl, hospital staff say",
            told.replace("on Monday", "on Monday morning"),
            "Evening Paper",
        ),
    ]
    found = stories.build(
        items, {it.id: (("Elsewhere",), {}) for it in items}, lambda p: p[0][0], lambda s: "B", 0.25, grouping
    )
    assert len(found) == 1
    story = found[0]
    assert set(story.publishers) == {"Reuters", "Daily Paper", "Evening Paper"}
    assert story.sources == 1
    own = synthetic(
        12,
        "Airstrike on house in southern Gaza kills girl and one other, medics say",
        "GAZA, Jan 5 - An Israeli airstrike on a house in Khan Younis killed a girl and a man on Monday, "
        "medics at Nasser hospital told our correspondent.",
        "Gaza Post",
    )
    found = stories.build(
        [*items, own],
        {it.id: (("Elsewhere",), {}) for it in [*items, own]},
        lambda p: p[0][0],
        lambda s: "B",
        0.25,
        grouping,
    )
    assert [st.sources for st in found if own.id in st.item_ids] == [
        2
    ]  # its own reporting is a second source


def test_unrelated_items_stay_apart(settings: config.Settings) -> None:
    items = read(REUTERS_F24, "Wire")
    korea = next(it for it in items if "Kim Jong Un visits greenhouse" in it.title)
    swiss = next(it for it in items if it.title.startswith("Scrutiny turns to safety set-up of Swiss bar"))
    _, found = analyse([korea, swiss], settings)
    assert len(found) == 2 and all(st.sources == 1 for st in found)


def test_clustering_compares_candidates_not_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    vocabulary = [f"word{i}" for i in range(5000)]
    now = datetime(2026, 1, 1, tzinfo=UTC)
    items = [
        Item(
            id=f"i{n}",
            source="s",
            title=" ".join(rng.sample(vocabulary, 8)),
            url="",
            published=now,
            summary=" ".join(rng.sample(vocabulary, 30)),
            content_hash=f"h{n}",
        )
        for n in range(3000)
    ]
    calls = 0
    real = stories.cosine

    def counting(v: dict[str, float], centroid: dict[str, float], square: float) -> float:
        nonlocal calls
        calls += 1
        return real(v, centroid, square)

    monkeypatch.setattr(stories, "cosine", counting)
    groups = stories.cluster(items, 0.25)
    assert len(groups) == len(items)  # nothing alike, nothing merged
    assert calls <= 2 * stories.SCORED * len(items)  # an all-pairs loop would make 4.5 million comparisons


def synthetic(n: int, title: str, summary: str, publisher: str) -> Item:
    return Item(
        id=f"e{n}",
        source=publisher,
        title=title,
        url="",
        published=datetime(2026, 1, 5, n, tzinfo=UTC),
        summary=summary,
        publisher=publisher,
        content_hash=f"c{n}",
    )


@pytest.mark.parametrize("grouping", ["words", "embeddings"])
def test_same_kind_of_event_elsewhere_is_another_story(grouping: str) -> None:
    told = "Ukrainian forces boarded the Sierra Leone-flagged tanker {ship} off {port} overnight, saying it carried {n} barrels of oil."
    items = [
        synthetic(
            1,
            "Ukrainian forces seize tanker Sea Dawn near Mykolaiv",
            told.format(ship="Sea Dawn", port="Mykolaiv", n="390,000"),
            "a",
        ),
        synthetic(
            2,
            "Ukrainian forces impound tanker Sea Dawn outside Mykolaiv",
            told.format(ship="Sea Dawn", port="Mykolaiv", n="390,000"),
            "b",
        ),
        synthetic(
            3,
            "Ukrainian forces seize tanker Bella Trader near Sevastopol",
            told.format(ship="Bella Trader", port="Sevastopol", n="490,000"),
            "c",
        ),
        synthetic(
            4,
            "Ukrainian forces impound tanker Bella Trader outside Sevastopol",
            told.format(ship="Bella Trader", port="Sevastopol", n="490,000"),
            "d",
        ),
    ]
    groups = stories.cluster(items, 0.25, grouping)
    assert sorted(groups) == [[0, 1], [2, 3]]


@pytest.mark.parametrize("grouping", ["words", "embeddings"])
def test_a_report_days_later_starts_a_new_story(grouping: str) -> None:
    told = "Rescuers searched overnight for {n} fishermen missing after their trawler sank off Sfax, the coastguard said."
    first = synthetic(1, "Trawler sinks off Sfax, 12 fishermen missing", told.format(n=12), "a")
    same_day = synthetic(
        3, "Twelve fishermen missing after trawler sinks off Sfax", told.format(n="twelve"), "b"
    )
    later = replace(
        synthetic(
            4, "Trawler sinks off Sfax, 12 fishermen missing", told.format(n=12) + " Divers joined.", "c"
        ),
        published=datetime(2026, 1, 5, 1, tzinfo=UTC) + timedelta(hours=stories.WINDOW_HOURS + 24),
    )
    groups = stories.cluster([first, same_day, later], 0.25, grouping)
    assert sorted(groups) == [[0, 1], [2]]


def test_a_chain_of_look_alikes_is_not_one_story() -> None:
    # each headline shares most words with the next, but the first and the last share none
    words = [f"word{chr(97 + i)}" for i in range(20)]
    items = [synthetic(n, " ".join(words[n : n + 8]), "", str(n)) for n in range(0, 12, 2)]
    vecs = stories.vectors(items)
    neighbours = [sum(x * vecs[n + 1].get(w, 0.0) for w, x in vecs[n].items()) for n in range(len(items) - 1)]
    assert min(neighbours) >= 0.25  # each pair of neighbours alone would be one story
    groups = stories.cluster(items, 0.25)
    assert max(len(g) for g in groups) < len(items)


@pytest.mark.parametrize("grouping", ["words", "embeddings"])
def test_near_duplicates_are_found_among_many(settings: config.Settings, grouping: str) -> None:
    items = read(REUTERS_F24, "Wire")
    copy = replace(items[10], id="copy", publisher="elsewhere.example", title=items[10].title + " - update")
    groups = stories.cluster([*items, copy], settings.analysis.similarity, grouping)
    together = next(g for g in groups if len(items) in g)
    assert 10 in together


def test_credibility_follows_sources_grades_and_flags() -> None:
    flagged = [Claim("x", "unverified", ("could not be verified",))]
    hedged = [Claim("x", "reported", ("reportedly",))]
    for grades in (["A"], ["B"], ["C"], ["D"], ["E"], ["F"]):
        alone = stories.credibility(1, grades, [])
        assert stories.credibility(2, grades * 2, []) <= alone  # a second source never makes it less credible
        assert stories.credibility(1, grades, flagged) >= alone  # an unverified claim never makes it more
        assert stories.credibility(1, grades, hedged) >= alone
    assert stories.credibility(1, ["F"], []) == 6
    assert stories.credibility(2, ["B", "C"], []) == 1
    assert stories.credibility(2, ["B", "C"], flagged) != 1
    assert stories.credibility(2, ["B", "C"], [replace(flagged[0], corroborated=True)]) == 1
    assert set(CREDIBILITY_LEGEND) == {1, 2, 3, 4, 5, 6}


def test_stories_are_sorted_by_sources_then_recency(wire: tuple[list[Item], list[Story]]) -> None:
    out, found = wire
    by_id = {it.id: it for it in out}
    for theatre in ("Europe", "Caribbean", "Elsewhere"):
        mine = [st for st in found if st.theatre == theatre]
        assert len(mine) > 5
        assert mine[0].sources == max(st.sources for st in mine)
        single = [st for st in mine if st.sources == 1]
        stamps = [
            max(by_id[i].published or datetime.min.replace(tzinfo=UTC) for i in st.item_ids) for st in single
        ]
        assert stamps == sorted(stamps, reverse=True)


def test_story_dates_and_ids_are_stable(settings: config.Settings) -> None:
    items = read(REUTERS_F24, "Wire")[:30]
    _, first = analyse(items, settings)
    later = [
        replace(it, published=(it.published or datetime.now(UTC)) + timedelta(minutes=1)) for it in items
    ]
    _, second = analyse(list(reversed(later)), settings)
    assert {st.id for st in first} == {st.id for st in second}


def test_auto_grouping_uses_embeddings_for_a_day_and_words_beyond_the_limit() -> None:
    assert stories.method("auto", 300) == "embeddings"
    assert stories.method("auto", 300, max_items=299) == "words"
    assert stories.method("words", 3) == "words" and stories.method("embeddings", 10**6) == "embeddings"


def test_linked_grouping_joins_paraphrased_headlines_and_reactions_but_not_other_events() -> None:
    # the same casualty report in two outlets' words, and a reaction pegged to the event, link; another event
    # in the same country and a market story do not
    titles = [
        "Venezuela says 100 killed in US attack",
        "Venezuela's interior minister says 100 people died in the US strikes",
        "Brazil's Lula condemns US attack on Venezuela",
        "Venezuela's national football league postpones new season",
        "Oil prices edge higher in Asian trade",
    ]
    items = [synthetic(n, t, "", chr(97 + n)) for n, t in enumerate(titles)]
    groups = stories.cluster(items, 0.25, "embeddings")
    assert [0, 1] in groups or [0, 1, 2] in groups
    assert [3] in groups and [4] in groups


def test_reports_in_a_language_the_headline_model_does_not_read_link_by_their_words() -> None:
    # written for this test: four Russian headlines on four subjects (the English model finds any two Russian
    # headlines alike, and linked such reports into one story), and two reports of one event in other words
    told = [
        (
            "Власти заблокировали Roblox: что это за игра и почему её запретили",
            "Роскомнадзор ограничил доступ.",
        ),
        (
            "Год без Асада: куда ведут Сирию новые власти",
            "Через год после бегства Асада Сирия выбирает путь.",
        ),
        ("Как дезертир из штурмового отряда бежал из армии", "Бывший военный рассказал о побеге."),
        ("Импорт химической продукции: зависимость оборонной промышленности", "Заводы закупают реагенты."),
        (
            "Землетрясение магнитудой 6,1 произошло у берегов Камчатки",
            "Землетрясение магнитудой 6,1 произошло утром у восточного побережья Камчатки, сообщили сейсмологи.",
        ),
        (
            "У берегов Камчатки произошло землетрясение магнитудой 6,1",
            "Сейсмологи сообщили, что землетрясение магнитудой 6,1 произошло у побережья Камчатки утром.",
        ),
    ]
    items = [replace(synthetic(n, t, lede, chr(97 + n)), language="ru") for n, (t, lede) in enumerate(told)]
    groups = stories.cluster(items, 0.25, "embeddings")
    assert [4, 5] in groups
    assert all([n] in groups for n in range(4))


def test_a_report_in_another_language_sharing_only_a_country_stays_apart() -> None:
    # one canonical name in common (a country) is a topic, not an event: a cross-language link needs two
    when = datetime(2026, 1, 5, 9, tzinfo=UTC)
    english = replace(synthetic(1, "Russia and Ukraine swap 150 prisoners of war", "", "a"), published=when)
    english = replace(
        english, actors=(Actor("Russia", "place", mentions=3), Actor("Ukraine", "place", mentions=2))
    )
    russian = replace(
        synthetic(2, "Россия ограничила ввоз бананов", "", "b"),
        published=when,
        language="ru",
        actors=(Actor("Russia", "place"),),
    )
    both = replace(
        synthetic(3, "Россия и Украина обменялись пленными: 150 на 150", "", "c"),
        published=when,
        language="ru",
        actors=(Actor("Russia", "place"), Actor("Ukraine", "place")),
    )
    groups = stories.cluster([english, russian, both], 0.25, "embeddings")
    assert [1] in groups  # bananas
    assert [0, 2] in groups


def test_a_story_is_led_by_the_report_most_like_the_others_not_the_longest_or_an_opinion() -> None:
    # written for this test: three wire reports of one raid, a long analysis that uses it as a peg, an opinion
    # piece; the headline and the BLUF lede must come from the reports, not from the longest text
    raid = "Soldiers raided the port of Dorna at dawn and detained the governor, officials said."
    members = [
        synthetic(1, "Soldiers raid Dorna port, detain governor", raid + " Three ships were seized.", "a"),
        synthetic(2, "Dorna governor detained in dawn port raid", raid + " The port was closed.", "b"),
        synthetic(3, "Troops detain Dorna governor in port raid", raid + " Trade was halted.", "c"),
        synthetic(
            4,
            "The Dorna raid marks a striking departure for a cautious government",
            "The government's decision marks a striking departure for a cabinet that long avoided risks. "
            + "Analysts have debated the cabinet's foreign policy for a decade and its budget for longer. "
            * 12,
            "d",
        ),
        replace(
            synthetic(5, "Opinion | The Dorna port raid and the detained governor", raid * 3, "e"),
            url="https://e.example/opinion/dorna-raid",
        ),
    ]
    found = stories.build(
        members,
        {it.id: (("Europe",), {}) for it in members},
        lambda placed: ("Europe",),
        lambda source: "C",
        0.25,
    )
    [story] = [st for st in found if "e1" in st.item_ids]
    assert story.headline in {it.title for it in members[:3]}
    assert "e5" not in story.item_ids  # the opinion piece is a story of its own, whatever its words
    assert any(st.item_ids == ("e5",) for st in found)
    central = stories.centrality(members[:4])
    assert central["e4"] < min(central["e1"], central["e2"], central["e3"])


def test_a_story_is_headed_by_a_statement_of_the_event_not_a_question_or_a_how() -> None:
    # written for this test: the most central headline asks or explains; a plain report states the event
    raid = "Soldiers raided the port of Dorna at dawn and detained the governor, officials said."
    members = [
        synthetic(1, "How soldiers raided Dorna port and detained its governor", raid, "a"),
        synthetic(2, "Why did soldiers raid Dorna port and detain its governor?", raid, "b"),
        synthetic(3, "Soldiers raid Dorna port, detain its governor", raid, "c"),
        synthetic(
            4, "Photos of Dorna port the day after soldiers raided it and detained its governor", raid, "a"
        ),
    ]
    found = stories.build(
        members,
        {it.id: (("Europe",), {}) for it in members},
        lambda placed: ("Europe",),
        lambda it: "A" if it.source == "a" else "C",  # the "How" comes from the better-graded source
        0.25,
    )
    [story] = found
    assert story.headline == "Soldiers raid Dorna port, detain its governor"


def test_commentary_pegged_to_an_event_is_a_story_of_its_own_with_its_copies() -> None:
    # written for this test: two reports of one event, an opinion piece and a gallery whose headlines are as
    # alike to the reports as the reports are to each other, and a copy of the opinion piece in a second feed;
    # the opinion stays apart from the reports (the desk folds it), its copies stay together; the gallery is
    # pictures of the event, part of its story (it never leads it)
    titles = [
        "Venezuela says 100 killed in US attack",
        "Opinion | Venezuela says 100 were killed in the US attack. Believe it",
        "Venezuela's interior minister says 100 people died in the US strikes",
        "In pictures: Venezuela mourns 100 killed in US attack",
    ]
    items = [synthetic(n, t, "", chr(97 + n)) for n, t in enumerate(titles)]
    copy = replace(items[1], id="copy", source="Mirror", content_hash=items[1].content_hash)
    pegs: dict[int, int] = {}
    groups = stories.cluster([*items, copy], 0.25, "embeddings", pegs=pegs)
    assert [0, 2, 3] in groups
    assert [1, 4] in groups
    assert pegs == {1: 0}  # the piece remembers the reports it was grouped with
    everything = [*items, copy]
    built = stories.build(
        everything,
        {it.id: (("Caribbean",), {}) for it in everything},
        lambda p: p[0][0],
        lambda s: "B",
        0.25,
        "embeddings",
    )
    reports = next(st for st in built if items[0].id in st.item_ids)
    assert {st.headline: st.about for st in built if st.id != reports.id} == {titles[1]: reports.id}
    assert reports.about == "" and reports.headline != titles[3]


# written for the profile tests below: an arrest in Lisbon and the people its reports name
LISBON_RAID = (
    "Police in Lisbon arrested former minister Rui Tavares and his wife Ana Tavares at their home on Monday."
)
LISBON_CAST = (
    Actor("Rui Tavares", "person", mentions=2),
    Actor("Ana Tavares", "person"),
    Actor("Lisbon", "place"),
)


@pytest.mark.parametrize("grouping", ["words", "embeddings"])
def test_a_profile_joins_the_story_it_is_about_and_not_an_unrelated_one(grouping: str) -> None:
    # written for this test: two reports of an arrest, a profile of the arrested man's wife (headline unlike
    # theirs), and a profile of a footballer whom no report of the day names
    items = [
        replace(
            synthetic(1, "Portugal arrests former minister Rui Tavares in Lisbon raid", LISBON_RAID, "a"),
            actors=LISBON_CAST,
        ),
        replace(
            synthetic(2, "Portugal arrests ex-minister Rui Tavares in Lisbon raid", LISBON_RAID, "b"),
            actors=LISBON_CAST,
        ),
        replace(
            synthetic(
                3,
                "Who is Ana Tavares, the wife of the arrested former minister?",
                "Ana Tavares, who was arrested with her husband Rui Tavares in Lisbon, ran a charity for years.",
                "c",
            ),
            actors=LISBON_CAST,
        ),
        replace(
            synthetic(
                4,
                "Who is Joao Pinto, the striker everyone is talking about?",
                "Joao Pinto scored twice on Sunday and has three goals in two matches for his club.",
                "d",
            ),
            actors=(Actor("Joao Pinto", "person"),),
        ),
        replace(
            synthetic(
                5,
                "Photos: a quiet street, then the police cars",
                "Rui Tavares's home in Lisbon on Monday.",
                "e",
            ),
            actors=LISBON_CAST,
        ),
    ]
    groups = stories.cluster(items, 0.25, grouping)
    assert [0, 1, 2, 4] in groups and [3] in groups  # the gallery of the raid is part of its story too


def test_an_official_reaction_alone_joins_the_story_it_reacts_to_and_a_commentators_view_does_not() -> None:
    # written for this test: three reports of an arrest; a body's reaction whose headline words its point (under
    # the link to every report; "former minister" is whom it is about, not who speaks); an MP's view
    # (commentary: a story of its own, pegged to the reports); a government on another subject; a reaction to
    # the arrest four days later
    titles = [
        "Portugal arrests former minister Rui Tavares in Lisbon raid",
        "Portugal arrests ex-minister Rui Tavares in Lisbon raid",
        "Police detain Portugal's former minister Rui Tavares at his Lisbon home",
        "EU calls for due process in Portugal after arrest of former minister",
        "Portuguese MP condemns arrest of former minister Rui Tavares",
        "Spain urges EU to speed up farm subsidies",
        "Spain urges Portugal to free arrested former minister",
    ]
    items = [synthetic(n, t, "", chr(97 + n)) for n, t in enumerate(titles)]
    items[6] = replace(items[6], published=items[0].published + timedelta(days=4))  # type: ignore[operator]
    pegs: dict[int, int] = {}
    groups = stories.cluster(items, 0.25, "embeddings", pegs=pegs)
    assert [0, 1, 2, 3] in groups
    assert [4] in groups and pegs[
        4
    ] == 0  # the MP's view is commentary about the arrest, for the desk to fold
    assert [5] in groups and [6] in groups


def test_an_opinion_piece_keeps_its_peg_when_a_profile_joins_its_story_first() -> None:
    # the profile comes first in the list (published first), so it becomes the first item of the reports' group
    titles = [
        "Who is Ana Tavares, the wife of the arrested former minister?",
        "Portugal arrests former minister Rui Tavares in Lisbon raid",
        "Portugal arrests ex-minister Rui Tavares in Lisbon raid",
        "Opinion | Portugal arrests former minister Rui Tavares in Lisbon raid. Good",
    ]
    items = [
        replace(synthetic(n, t, LISBON_RAID, chr(97 + n)), actors=LISBON_CAST) for n, t in enumerate(titles)
    ]
    built = stories.build(
        items,
        {it.id: (("Europe",), {}) for it in items},
        lambda p: p[0][0],
        lambda s: "B",
        0.25,
        "embeddings",
    )
    reports = next(st for st in built if items[1].id in st.item_ids)
    opinion = next(st for st in built if items[3].id in st.item_ids)
    assert items[0].id in reports.item_ids and reports.headline != titles[0]  # a profile never leads
    assert opinion.about == reports.id


def test_a_group_on_another_subject_does_not_follow_one_bridging_headline_into_a_story() -> None:
    # written for this test: four reports of an arrest; a piece pegged to it that links (0.6+) both to them and
    # to two explainers of a country's protests, which are alike each other and unlike the reports (about 0.4):
    # single link made all seven one story; the explainers stay a story of their own
    titles = [
        "Portugal arrests former minister Rui Tavares in Lisbon raid",
        "Portugal arrests ex-minister Rui Tavares in Lisbon raid",
        "Police detain Portugal's former minister Rui Tavares at his Lisbon home",
        "Former Portuguese minister Rui Tavares held after police raid in Lisbon",
        "Lisbon raid on former minister Rui Tavares fuels protests shaking Portugal",
        "What we know so far about the protests shaking Portugal",
        "Portugal has been shaken by a series of protests over the past 50 years",
    ]
    items = [synthetic(n, t, "", chr(97 + n)) for n, t in enumerate(titles)]
    groups = stories.cluster(items, 0.25, "embeddings")
    assert sorted(groups) == [[0, 1, 2, 3, 4], [5, 6]]


def test_a_lone_piece_needs_a_closer_headline_to_join_a_large_story_than_a_small_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # headline vectors made for this test: the reports 0.9 alike each other, a piece 0.61 like the first report
    # and 0.5 like the others (an analysis that mentions the event, as close to one report as pegged pieces
    # were). Joined on the best of 2 cosines, it is a link; a story of 20 reports has a best of 20, which
    # pieces that only mention its event reach, so there the piece stays a story of its own
    def grouped(n: int) -> list[list[int]]:
        axes = np.eye(n + 2)
        rows = [np.sqrt(0.9) * axes[0] + np.sqrt(0.1) * axes[k + 1] for k in range(n)]
        alike, closer = 0.5 / np.sqrt(0.9), 0.11 / np.sqrt(0.1)
        rows.append(alike * axes[0] + closer * axes[1] + np.sqrt(1 - alike**2 - closer**2) * axes[n + 1])
        titles = [f"report {k} of the river flood" for k in range(n)] + [
            "the river flood and the dams upstream"
        ]
        vectors = dict(zip(titles, rows, strict=True))
        monkeypatch.setattr(stories.embeddings, "encode", lambda texts: np.stack([vectors[t] for t in texts]))
        items = [synthetic(k, t, "", chr(97 + k)) for k, t in enumerate(titles)]
        assert float(vectors[titles[-1]] @ vectors[titles[0]]) == pytest.approx(0.61)
        return stories.cluster(items, 0.25, "embeddings")

    assert grouped(2) == [[0, 1, 2]]
    assert grouped(20) == [list(range(20)), [20]]


def test_daily_reports_of_a_running_conflict_do_not_chain_into_one_story_of_weeks() -> None:
    # each day's report is like the next day's, but a story spans at most WINDOW_HOURS from first to last
    items = [
        replace(
            synthetic(
                n, f"Russian drones hit Ukraine's energy grid on day {n + 1} of the winter campaign", "", "a"
            ),
            published=datetime(2026, 1, 1, 6, tzinfo=UTC) + timedelta(hours=20 * n),
        )
        for n in range(8)
    ]
    groups = stories.cluster(items, 0.25, "embeddings")
    assert len(groups) >= 3
    for g in groups:
        stamps = [items[i].published for i in g]
        assert max(stamps) - min(stamps) <= timedelta(hours=stories.WINDOW_HOURS)  # type: ignore[operator]


def test_a_broken_headline_model_falls_back_to_words_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from briefing import embeddings

    def broken(texts: object) -> object:
        raise OSError("model.safetensors: file is truncated")

    monkeypatch.setattr(embeddings, "encode", broken)
    items = [
        synthetic(n, t, "", chr(97 + n))
        for n, t in enumerate(["Fire in Lyon", "Lyon fire", "Quake in Chile"])
    ]
    with caplog.at_level("WARNING", logger="briefing.stories"):
        groups = stories.cluster(items, 0.25, "embeddings")
    assert groups == stories.cluster(items, 0.25, "words")
    assert "headline model unusable" in caplog.text and "grouped by words" in caplog.text


def test_a_sentence_several_reports_carry_is_listed_once_in_its_longest_form_corroborated_if_any_telling_was() -> (
    None
):
    wire = "WASHINGTON, Jan 5 (Reuters) - Officials said the convoy was hit near the border crossing."
    bare = "Officials said the convoy was hit near the border crossing."
    cut = "Officials said the convoy was hit near the border..."
    other = Claim("The ministry claimed ten drones were downed.", "attributed", item_id="c")
    claims = [
        Claim(bare, "reported", item_id="a"),
        other,
        Claim(wire, "reported", corroborated=True, item_id="b"),
        Claim(cut, "reported", item_id="d"),
    ]
    once = stories.one_per_sentence(claims)
    # one claim where its first telling stood (the wire's dateline and the cut copy are the same sentence),
    # corroborated because the wire's telling was
    assert once == [replace(claims[0], corroborated=True), other]
    assert stories.one_per_sentence([other, replace(other, item_id="e")]) == [other]


def test_a_frozen_story_index_finds_the_same_stories_in_the_same_order_as_the_live_one() -> None:
    # the refining passes look stories up in arrays once the index is frozen: the stories they score, and the
    # order they score them in (which decides between equal scores), must be the ones the live index gives
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(40)]
    space = stories._Space()
    vectors = []
    for n in range(300):
        words = rng.sample(vocabulary, rng.randint(1, 12))
        v = {w: float(rng.choice((1, 2, 3))) for w in words}  # few distinct weights: many ties
        vectors.append(v)
        if n % 3 == 0:
            space.new()
        space.add(len(space.square) - 1, v)
    space.add(5, vectors[0])  # two stories alike: equal ranks
    space.add(7, vectors[0])
    live = [space.candidates(v) for v in vectors]
    space.freeze()
    frozen = [space.candidates(v) for v in vectors]
    assert frozen == live
    assert all(len(found) == stories.SCORED for found in frozen)


def test_headlines_embedded_while_the_workers_analyse_are_not_embedded_again_and_group_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from collections import OrderedDict

    from briefing import embeddings

    titles = [
        "Fire in Lyon kills three",
        "Lyon fire kills three",
        "Quake in Chile",
        "Strong quake hits Chile",
    ]
    items = [synthetic(n, t, "", chr(97 + n)) for n, t in enumerate(titles)]
    monkeypatch.setattr(embeddings, "_recent", OrderedDict())
    expected = stories.cluster(items, 0.25, "embeddings")
    model = type(embeddings._model())
    calls: list[list[str]] = []
    real = model.encode

    def counted(self: object, texts: list[str]) -> object:
        calls.append(list(texts))
        return real(self, texts)

    monkeypatch.setattr(model, "encode", counted)
    embeddings._recent.clear()
    stories.warm(items, "words")
    stories.warm(items, "auto", max_items=len(items) - 1)  # auto groups this many by words
    assert calls == []
    stories.warm(items, "embeddings")
    assert calls == [titles]
    assert stories.cluster(items, 0.25, "embeddings") == expected
    assert calls == [titles]  # the grouping found every headline's row embedded in the same batch


def test_a_headline_link_just_short_of_the_bar_is_carried_by_shared_words_among_a_few_reports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # headline vectors made for this test: two reports 0.55 alike (under the 0.6 link), as two wordings of one
    # event can be. When their headline and lede words are the same event's (names, places, numbers), that
    # carries the link; 0.55 alike with no words in common stays apart; and the words never carry a piece into
    # a story of WORD_STORY reports or more, where the best of many headlines reaches such cosines by chance
    lede = "Storm Goretti closed Schiphol and Charles de Gaulle airports on Wednesday, stranding 4,000 travellers."
    told = [
        ("Storm Goretti shuts Schiphol and Charles de Gaulle", lede),
        ("Goretti strands thousands at Schiphol and Charles de Gaulle airports", lede),
    ]
    other = (
        "Central bank leaves interest rates unchanged",
        "The bank held its main rate at 4% on Wednesday.",
    )

    def grouped(pairs: list[tuple[str, str]], reports: int) -> list[list[int]]:
        dim = reports + len(pairs) + 1
        axes = np.eye(dim)
        rows = [np.sqrt(0.9) * axes[0] + np.sqrt(0.1) * axes[k + 1] for k in range(reports)] or [axes[0]]
        piece = 0.55 / float(rows[0] @ axes[0])
        rows.append(piece * axes[0] + np.sqrt(1 - piece**2) * axes[dim - 1])
        titles = [t for t, _ in pairs]
        vectors = dict(zip(titles, rows, strict=True))
        monkeypatch.setattr(stories.embeddings, "encode", lambda texts: np.stack([vectors[t] for t in texts]))
        items = [synthetic(k, t, s, chr(97 + k)) for k, (t, s) in enumerate(pairs)]
        assert float(vectors[titles[-1]] @ vectors[titles[0]]) == pytest.approx(0.55)
        return stories.cluster(items, 0.25, "embeddings")

    assert grouped(told, 0) == [[0, 1]]
    assert grouped([told[0], other], 0) == [[0], [1]]
    many = [(f"{told[0][0]}, report {k}", lede) for k in range(stories.WORD_STORY)]
    assert grouped([*many, told[1]], len(many)) == [list(range(len(many))), [len(many)]]
    few = many[:3]
    assert grouped([*few, told[1]], len(few)) == [list(range(len(few) + 1))]


def test_a_headline_word_the_storys_reports_write_in_lower_case_is_no_actor() -> None:
    """A titles-only feed's "Drone strikes kill 2" gave "Drone" as a person; the story's other report writes "drone"."""
    drone, russia = Actor("Drone", "person"), Actor("Russia", "state")
    told = "A drone attack killed two people in Russia's Belgorod region, the governor said."
    items = [
        replace(
            synthetic(1, "Drone strikes kill 2 in Russian border regions", told, "Wire A"),
            actors=(drone, russia),
        ),
        replace(
            synthetic(2, "Drone strikes kill 2 in Russian border regions", told, "Wire B"), actors=(russia,)
        ),
    ]
    found = stories.build(
        items, {it.id: (("Europe",), {}) for it in items}, lambda p: p[0][0], lambda s: "B", 0.25
    )
    assert len(found) == 1
    assert [a.name for a in found[0].actors] == ["Russia"]


def test_a_name_the_text_capitalises_inside_a_sentence_stays_an_actor() -> None:
    from briefing.actors import without_plain_words

    daisy, flash = Actor("Daisy", "person"), Actor("Flash", "person")
    reports = [
        ("Singer ends her tour", "She showed a daisy to the camera, a tribute to her daughter, Daisy."),
        ("Flash floods kill 14 in Indonesia", "Officials said flash floods swept through three villages."),
    ]
    assert without_plain_words([daisy, flash], reports) == (daisy,)
    # a rare word is a name even when a text writes it in lower case once ("navalny", a typo)
    assert without_plain_words([Actor("Navalny", "person")], [("Navalny's widow speaks", "navalny")]) != ()


def test_a_live_page_does_not_lead_a_story_that_has_a_report(settings: config.Settings) -> None:
    # a real pair of the Reuters + France 24 feed: France 24's live page opens with its latest entry (the tanker
    # seizures), so as the lead it put that sentence under a headline about the death toll
    items = read(REUTERS_F24, "Wire")
    pair = [
        next(it for it in items if it.title.startswith("Venezuela's interior minister says 100 people died")),
        next(it for it in items if it.title.startswith("Live: Venezuela says 100 killed in US attack")),
    ]
    for members in (pair, pair[::-1]):
        _, found = analyse(members, settings)
        story = story_of(pair[0].id, found)
        assert pair[1].id in story.item_ids
        assert story.headline == pair[0].title
        assert "tanker" not in story.summary.split(".")[0]


def test_a_pictures_photographer_is_found_in_the_item_but_is_no_key_actor_of_the_story(
    settings: config.Settings,
) -> None:
    # NPR's feed closes a summary with its picture's credit (the snapshot's "(Image credit: Jim Watson)")
    report = synthetic(
        1,
        "Trump says the U.S. will run Venezuela",
        "President Donald Trump said the United States would now run Venezuela after the capture of Nicolas "
        "Maduro. (Image credit: Jim Watson)",
        "NPR",
    )
    out, found = analyse([report], settings)
    assert "Jim Watson" in {a.name for a in out[0].actors}  # a person the text names (the labels' ruling)
    names = {a.name for a in found[0].actors}
    assert "Jim Watson" not in names and "Donald Trump" in names
