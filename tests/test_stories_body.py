"""Two reports of one event whose headlines differ join through their texts (stories._body_joined)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing import embeddings, stories
from briefing.models import Item
from briefing.rank import is_live

pytestmark = pytest.mark.skipif(not embeddings.available(), reason="the headline model is not installed")

# written for these tests: one ferry fire told by two outlets in other words, names and figures in common
MOURNING = (
    "Kaldvik mourns ferry victims as divers end search",
    "KALDVIK, Norway, Jan 5 (Reuters) - Hundreds gathered in the harbour of Kaldvik on Monday to remember the 27 "
    "people who died when fire swept through the MS Solbris on the Hardanger crossing, as police divers ended "
    "their search of the wreck. Captain Eirik Haugland, who ordered the evacuation, laid a wreath at the quay. "
    "Vestland police said the fire began in the Solbris engine room shortly after the ferry left Kaldvik with 112 "
    "people on board, and that 85 were rescued by fishing boats from Odda and Kaldvik.",
)
NAMES = (
    "Norwegian police name last nine passengers killed in fjord blaze",
    "OSLO, Jan 5 (AP) - Vestland police on Monday named the last nine of the 27 passengers and crew who died on "
    "the MS Solbris, the Hardanger ferry that caught fire after leaving Kaldvik. Six of the dead were from Odda. "
    "Police said Captain Eirik Haugland and his crew had helped 85 people into fishing boats before the Solbris "
    "sank, and that the fire started in the engine room. Relatives had waited four days for the names.",
)
# the same kind of event elsewhere: a ferry, a fire, passengers and rescuers, and no name or figure in common
OTHER_FIRE = (
    "Greek coastguard rescues passengers from burning ferry off Corfu",
    "ATHENS, Jan 5 (Reuters) - The Greek coastguard rescued 230 passengers and crew from a ferry that caught fire "
    "off the island of Corfu on Monday, officials said. The Aegean Star was sailing to Igoumenitsa when smoke was "
    "seen on its car deck. Three people were treated for smoke inhalation and the vessel was towed to port. The "
    "coastguard said an investigation into the cause of the fire had begun.",
)
# other news of the day: the words the IDF weighs the ferry reports against
FILLER = [
    (
        "Central bank holds rates as inflation cools",
        "FRANKFURT, Jan 5 (Reuters) - The central bank kept its main rate unchanged on Monday, saying inflation had "
        "cooled for a third month and that wage growth was slowing. Economists had expected the decision.",
    ),
    (
        "Flooding closes roads across northern England",
        "LONDON, Jan 5 (Reuters) - Heavy rain closed dozens of roads in northern England on Monday and the "
        "Environment Agency issued flood warnings for rivers in Yorkshire and Cumbria, where homes were evacuated.",
    ),
    (
        "Tech firm recalls 40,000 laptops over battery risk",
        "SEOUL, Jan 5 (Reuters) - A South Korean electronics maker said on Monday it would recall 40,000 laptops "
        "because their batteries could overheat, after customers reported swelling cases in several countries.",
    ),
    (
        "Election commission confirms runoff date",
        "LIMA, Jan 5 (Reuters) - Peru's election commission said on Monday the presidential runoff will be held in "
        "June, after no candidate won a majority in the first round and two challenges were rejected.",
    ),
]

# a short report of the ferry fire, and a long one that tells the fire first and then the village at length: over
# the whole texts the village's paragraphs dilute the likeness, over the short report's length it is plain
SHORT = (
    "Police name all 27 dead of Solbris ferry fire",
    "Vestland police on Monday named the last of the 27 people who died when fire swept through the MS Solbris "
    "on the Hardanger crossing after it left Kaldvik. Police said the fire began in the engine room and that 85 "
    "people were rescued by fishing boats. Relatives had waited four days at the quay for the names.",
)
LONG = (
    "Kaldvik gathers to remember ferry victims",
    "KALDVIK, Norway, Jan 5 (Reuters) - Hundreds gathered in the harbour of Kaldvik on Monday to remember the 27 "
    "people who died when fire swept through the MS Solbris on the Hardanger crossing. Police said the fire began in "
    "the engine room and that 85 people were rescued by fishing boats. "
    "The village of 4,000 has lived from salmon farming and summer tourism since the smelter closed in 1987, and "
    "the crossing carries apple growers' lorries to the markets of Bergen. Cruise visitors have tripled in a decade, "
    "bringing cafes, a glacier museum and hiking guides, but also complaints about traffic on the narrow coastal "
    "road. The municipal council has debated a bridge for twenty years; engineers priced it at 2.4 billion crowns "
    "and the parliament's transport committee shelved the plan twice. Orchards along the fjord bloom in May, when "
    "the cherry festival fills every guesthouse, and a folk music week follows in July. Teachers at the school "
    "say families with young children have begun to leave for Stavanger, where oil service companies are hiring. "
    "A herring cannery, a boatyard and two hydropower dams employ most of the men; the women run the clinic, the "
    "library and the cooperative dairy, whose goat cheese won a medal in Paris. Skiers come for the spring snow "
    "on the plateau, and a violin maker sells instruments to orchestras in Vienna and Tokyo.",
)
# a short report of the Corfu fire: the same kind of event, as short as SHORT
SHORT_OTHER = (
    "Coastguard saves 230 from burning ferry off Corfu",
    "The Greek coastguard rescued 230 passengers and crew on Monday from the Aegean Star, a ferry that caught fire "
    "off Corfu on its way to Igoumenitsa. Officials said smoke was seen on the car deck and three people were "
    "treated for smoke inhalation before the vessel was towed to port and an investigation began.",
)


def item(n: int, title: str, text: str, hours: float = 0.0) -> Item:
    return Item(
        id=f"t{n}",
        source=chr(97 + n),
        title=title,
        url="",
        published=datetime(2026, 1, 5, 6, tzinfo=UTC) + timedelta(hours=n + hours),
        summary=text,
        publisher=chr(97 + n),
        content_hash=f"h{n}",
    )


def day(*reports: tuple[str, str], hours: float = 0.0) -> list[Item]:
    """The reports first (indexes 0, 1, ...), then the day's other news."""
    told = [item(n, t, x, hours if n == len(reports) - 1 else 0.0) for n, (t, x) in enumerate(reports)]
    return told + [item(len(reports) + k, t, x) for k, (t, x) in enumerate(FILLER)]


def together(items: list[Item], a: int, b: int) -> bool:
    return any(a in g and b in g for g in stories.cluster(items, 0.25, "embeddings"))


def test_two_reports_of_one_event_in_other_words_join_through_their_texts() -> None:
    items = day(MOURNING, NAMES)
    # the headlines alone are under every link: the texts' names, places and figures join them
    headlines = embeddings.encode([MOURNING[0], NAMES[0]])
    assert float(headlines[0] @ headlines[1]) < stories.LINK_SIMILARITY - stories.WORD_BONUS
    assert together(items, 0, 1)


def test_the_join_is_the_texts_doing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "BODY_SIMILARITY", 1.1)
    assert not together(day(MOURNING, NAMES), 0, 1)


def test_the_same_kind_of_event_elsewhere_stays_apart() -> None:
    assert not together(day(MOURNING, OTHER_FIRE), 0, 1)
    assert not together(day(NAMES, OTHER_FIRE), 0, 1)


def test_a_live_page_a_round_up_a_teaser_and_an_opinion_do_not_join_by_text() -> None:
    live = (NAMES[0] + " – Europe live", NAMES[1])
    briefing = ("Tuesday briefing: " + NAMES[0], NAMES[1])
    teaser = (NAMES[0], NAMES[1][: stories.BODY_MIN_CHARS - 10])
    opinion = ("Opinion | " + NAMES[0], NAMES[1])
    for other in (live, briefing, teaser, opinion):
        assert not together(day(MOURNING, other), 0, 1), other[0]


def test_reports_further_apart_than_the_window_stay_apart() -> None:
    assert not together(day(MOURNING, NAMES, hours=stories.WINDOW_HOURS + 1), 0, 1)


def test_no_report_joins_a_story_of_body_story_reports_by_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # the mourning told twice alike (one story of two by the headline link), then the names report
    again = (
        "Kaldvik mourns ferry victims as police divers end their search",
        MOURNING[1].replace("Monday", "Sunday"),
    )
    items = day(MOURNING, again, NAMES)
    assert together(items, 0, 1) and together(items, 0, 2)
    monkeypatch.setattr(stories, "BODY_STORY", 2)  # a story of two is now "large": only a headline joins it
    assert together(items, 0, 1) and not together(items, 0, 2)


@pytest.mark.parametrize(
    "title",
    [
        "Trump says war with Venezuela is possible – US politics live",
        "Tesla sales fall across Europe again as BYD surges – business live",
        "Maduro jailed in New York after audacious raid and capture – live",
        "Live: Venezuela says 100 killed in US attack",
    ],
)
def test_a_live_page_is_known_by_its_running_title_at_either_end(title: str) -> None:
    assert is_live(title)


@pytest.mark.parametrize(
    "title", ["Where to live – the best towns for families", "Concert to go live - fans cheer"]
)
def test_a_headline_about_living_or_going_live_is_no_live_page(title: str) -> None:
    assert not is_live(title)


def test_a_short_report_joins_a_long_one_that_opens_with_its_event(monkeypatch: pytest.MonkeyPatch) -> None:
    items = day(SHORT, LONG)
    assert len(stories._body(items[0])) < len(stories._body(items[1])) // 3
    assert together(items, 0, 1)
    # the whole texts alone are under the bar: the long report's opening, as long as the short one, joins them
    monkeypatch.setattr(stories, "BODY_GATE", stories.BODY_SIMILARITY)
    assert not together(day(SHORT, LONG), 0, 1)


def test_a_short_report_of_a_like_event_elsewhere_stays_apart_from_the_long_one() -> None:
    assert len(SHORT_OTHER[1]) >= stories.BODY_MIN_CHARS
    assert not together(day(SHORT_OTHER, LONG), 0, 1)
    assert not together(day(SHORT_OTHER, MOURNING), 0, 1)


# one avalanche told twice: the second report's words are the first's in other forms ("killed" and "kills",
# "searched" and "searching", "slopes" and "slope"), its headline about something else; and an avalanche elsewhere
AVALANCHE = (
    "Avalanche kills four skiers above Valbrun as rescuers search slopes",
    "VALBRUN, Jan 5 (Reuters) - An avalanche killed four skiers on Monday on the northern slopes above Valbrun, "
    "and rescuers searched the snow with dogs and probes into the night, police said. The skiers were guiding "
    "a group off-piste when the slab broke away below the ridge. Helicopters flew two injured climbers to hospital. "
    "The resort closed its upper lifts and warned of avalanches after heavy snowfalls and strong winds.",
)
GUIDES = (
    "Mountain guides questioned over off-piste route",
    "Investigators want to know why a guide was leading clients across a slope that the Valbrun resort warns "
    "about every winter. The avalanche took a skier from each of four countries, officials say. A rescuer "
    "described dog teams searching for hours; a climber injuring his leg was among those a helicopter carried "
    "down. Lift closures on the upper ridges continue while the snowfall lasts.",
)
LYNGEN = (
    "Snowslide buries ski tourers in Lyngen Alps",
    "Two ski tourers were buried by a slab avalanche in Norway's Lyngen Alps on Monday, and a rescue helicopter "
    "from Tromso found them alive after a search with avalanche dogs. A guide said the slope had loaded with "
    "wind-blown snow overnight. Mountain authorities raised the danger level for the region's ridges.",
)


def test_two_reports_that_tell_one_event_in_other_forms_of_its_words_join(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert together(day(AVALANCHE, GUIDES), 0, 1)
    assert not together(day(AVALANCHE, LYNGEN), 0, 1)
    assert not together(day(GUIDES, LYNGEN), 0, 1)
    # the words compared as written: the forms differ, and the texts are under the bar
    monkeypatch.setattr(stories, "_stem", lambda word: word)
    stories._terms.cache_clear()  # (the headline words are cached stemmed: none read unstemmed stays behind)
    try:
        assert not together(day(AVALANCHE, GUIDES), 0, 1)
    finally:
        stories._terms.cache_clear()
