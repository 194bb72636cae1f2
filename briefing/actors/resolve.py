"""resolve: all mentions of one item's text, canonical, with roles (the model's spans repaired, the index's
matches, and every finder in order)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace

from briefing.actors.bodies import (
    _asked_to_act,
    _award_bodies,
    _blocs_before_members,
    _bodies_before_titles,
    _bodies_by_their_noun,
    _bodies_cut_at_and,
    _bodies_in_titles,
    _bodies_of_a_state,
    _bodies_spelled_past_and,
    _bodies_split_after_and,
    _body_named_by_its_tail,
    _body_of_a_listed_body,
    _common_word_bodies,
    _companies_after_based,
    _companies_in_apposition,
    _coordinated_names,
    _names_among_designations,
    _namesake,
    _office_of_english_words,
    _one_body_of_a_state,
    _owned_things,
    _pairs_before_a_meeting,
    _quoted_figures,
    _quoted_groupings,
    _quoted_troop_groupings,
    _short_form_spells,
    _spelled_in,
    _state_adjective_off,
    _state_before_body,
    _state_mission,
    _state_prefix_of_bodies,
    _state_then_body,
    _things_named,
    _title_dash_bodies,
)
from briefing.actors.headlines import _MIDSENTENCE_CAPITAL, _english_compound
from briefing.actors.layout import _spans_of_layout_and_markets
from briefing.actors.links import (
    _add_roles,
    _inside_written_names,
    _join_acronyms,
    _link_names,
    _remove_overlaps,
    _scan_rest,
    _titled_people,
)
from briefing.actors.longtext import _long_text_outlets, _long_text_spans, _no_doctrines
from briefing.actors.mend import mend_spans
from briefing.actors.model import _ZERO_WIDTH_SPACES
from briefing.actors.outlets import _outlets_by_noun, _outlets_in_lists
from briefing.actors.patterns import _names_by_pattern
from briefing.actors.people import (
    _pair_the_model_placed,
    _partners_of_people,
    _people_by_clause,
    _people_by_role,
    _people_played,
    _people_the_model_placed,
    _relatives_by_family_name,
    _run_on_names,
    _shared_family_names,
    _speakers_the_model_missed,
    _title_bylines,
)
from briefing.actors.places import (
    _adjectives_before_places,
    _common_nouns_of_places,
    _group_adjectives,
    _places_before_headline_names,
    _spans_read_by_context,
)
from briefing.actors.repair import repair_spans
from briefing.actors.spans import (
    _WORD_BEFORE,
    Found,
    _body_before_its_head,
    _brand_compound,
    _clean,
    _from_match,
    _kind_of,
    _person_by_verb,
    _plural_subject,
    _rare_or_initials,
    _said_to_be_a_person,
    _slogan,
    _strip_titles,
    _surname_alone,
    _written,
)
from briefing.actors.words import (
    _LAW_END,
    _OFFICE_HOLDERS,
    _STANCE_BEFORE,
    _STATE_PREFIX,
    _STATES_DEPARTMENT,
    _ZERO_WIDTH,
    COMMON_ACRONYMS,
    DOCUMENTS,
    INSTITUTION_INSIDE,
    TITLE_WORDS,
    _initials,
    _key,
    _state_free,
    _state_prefix,
    english_margin,
    english_word,
)
from briefing.phrases import Match, PhraseIndex, Token, tokenise

SHIP_IN_TEXT = re.compile(
    r"\b(?:USS|USNS|HMS|HMCS|HMAS|RFS|USCGC)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|of))*"
)
_STATES_MINISTRY = re.compile(
    r"([A-Z][a-z]+)\s+((?:[A-Z][a-z]+\s+){0,2}Ministry|Ministry\s+of\s+(?:the\s+)?[A-Z][a-z]+)"
)
# a ministry's name after a state's ("the U.K. Defense Ministry", "the UK Ministry of Defence"): the ministry
_STATES_MINISTRY_NAME = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}Ministry|Ministry\s+of\s+(?:the\s+)?[A-Z][a-z]+")
_STATES_FORCE = re.compile(
    r"([A-Z][a-z]+)\s+(Navy|Army|Air Force|Coast Guard|Marines|Marine Corps|National Guard|Armed Forces)"
)


# a body's kind in lower case ending the model's span, after its name: "Zanu-PF party", "Coordination Rurale union"
_KIND_NOUN_END = re.compile(r"([A-Za-z][\w’'-]*) (?:party|union|movement)$")


# a model's designation in the plural ends the span: craft or weapons counted ("U.S. B-52s", "Dutch F-35s")
_CRAFT_PLURAL_END = re.compile(r"(?<![\w-])[A-Z]{1,3}-?\d{1,3}[A-Z]?s$")
# an ordinal and a name before a match's noun: one match of a series ("the 5th Ashes cricket test")
_ORDINAL_EVENT = re.compile(r"\d+(?:st|nd|rd|th)\s+[A-Z][\w’'-]+")
_EVENT_NOUN_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:test|match|game|edition|round|final|tournament|race|stage|leg|fixture)\b"
)
# a name right before a year is an event of that year ("AFCON 2025", "Euro 2024")
_EVENT_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?![\w-])")


def resolve(
    text: str,
    tokens: list[Token],
    matches: list[Match],
    ents: Iterable[tuple[int, int, str]],
    index: PhraseIndex,
) -> list[Found]:
    """All mentions in one item's text, canonical, with roles; sorted by position."""
    if _ZERO_WIDTH.search(text):
        # the model reads a hidden joiner as a space ("the \u2060European Union"): so do the index and the repairs,
        # or the joiner splits a name the index knows and hides "the " before it (offsets kept)
        text = text.translate(_ZERO_WIDTH_SPACES)
        tokens = tokenise(text)
        matches = index.find(tokens)
    # the model's bodies named as documents or meetings ("the Democratic National Convention"), which the repairs
    # drop: their initials ("DNC vibes") are no bodies either
    documents_initials = {
        short
        for s, e, label in ents
        if label == "ORG" and DOCUMENTS.search(_clean(text[s:e]))
        for short in _initials(_clean(text[s:e]))
        if len(short) >= 3  # not "PA" of "the Paris Agreement" beside the Palestinian Authority's
    }
    ents = _award_bodies(text, list(ents))  # before the repairs drop an award's name
    ents = _pair_the_model_placed(text, ents, index)  # the model's own labels, before the repairs align them
    ents = _coordinated_names(text, mend_spans(text, repair_spans(text, ents, index), index), index)
    ents = _owned_things(text, _group_adjectives(text, _run_on_names(text, _people_by_role(text, ents))))
    ents = _people_played(
        text, _bodies_before_titles(text, _bodies_in_titles(text, ents, index), index), index
    )
    ents = _people_the_model_placed(text, ents, index)
    ents = _companies_in_apposition(
        text, _people_by_clause(text, _title_bylines(text, ents, index), index), index
    )
    ents = _title_dash_bodies(
        text, _relatives_by_family_name(text, _companies_after_based(text, ents, index), index)
    )
    ents = _common_nouns_of_places(text, ents, index)
    ents = _spans_read_by_context(text, ents, index)
    ents = _names_among_designations(text, _adjectives_before_places(text, ents, index))
    ents = _quoted_figures(text, ents, index)
    ents = _spans_of_layout_and_markets(text, ents, index)
    ents = _bodies_spelled_past_and(text, _bodies_cut_at_and(text, ents, index))
    ents = _state_prefix_of_bodies(text, ents, index)
    ents = _places_before_headline_names(text, ents, index)
    ents = _bodies_by_their_noun(text, _bodies_split_after_and(text, ents), index)
    ents = _long_text_spans(text, ents, index)
    things = _things_named(text, ents)  # no actors, whatever a later rule finds
    ents = [x for x in ents if x[2] not in ("ORG", "PERSON") or _clean(text[x[0] : x[1]]) not in things]
    found = [_from_match(m) for m in matches]
    taken = sorted((f.start, f.end, i) for i, f in enumerate(found))
    drop: set[int] = set()
    extra: list[Found] = []
    taken_starts = [s for s, _, _ in taken]
    # the initials of the laws, agreements and statuses the model read as bodies: their short forms are no bodies
    laws_initials = {
        short
        for s, e, label in ents
        if label == "ORG" and _LAW_END.search(_clean(text[s:e]))
        for short in _initials(_clean(text[s:e]))
    } | documents_initials
    for start, end, label in ents:
        # taken is sorted by start: only those starting before this entity's end can overlap it
        overlapping = [i for s, e, i in taken[: bisect_left(taken_starts, end)] if e > start]
        if label == "ORG" and _body_of_a_listed_body(text, start, end, [found[i] for i in overlapping]):
            # "EU Council President Antonio Costa", "the EU Court of Justice": the bloc's council or court is a
            # body of its own under the name written, not the bloc
            drop.update(overlapping)
        elif overlapping:
            same = [
                i
                for i in overlapping
                if found[i].kind == "keyword"
                and found[i].end == end
                # "the European Union" ("the  European Union" where a hidden joiner was read as a space)
                and (
                    found[i].start == start
                    or re.fullmatch(r"[Tt]he\s+", text[start : found[i].start]) is not None
                )
            ]
            if same and label in ("ORG", "PERSON"):
                # a theatre keyword the model reads as a name ("Cartel de los Soles"): an actor that keeps its theatre
                kind = "person" if label == "PERSON" else _kind_of(label, text[start:end]) or "organisation"
                for i in same:
                    found[i] = replace(found[i], kind=kind)
                continue
            prefixed = [
                i
                for i in overlapping
                if found[i].kind == "keyword"
                and found[i].end == end
                and found[i].start > start
                and _state_prefix(text[start : found[i].start])
            ]
            if prefixed and label == "ORG":
                # "the US Southern Command": a theatre keyword with its state before it, one organisation's name
                name = _clean(text[start:end])
                for i in prefixed:
                    at = end - len(name)
                    found[i] = replace(
                        found[i], start=at, name=name, kind=_kind_of(label, name) or "organisation"
                    )
                continue
            namesake = label == "PERSON" and _namesake(text, start, end, [found[i] for i in overlapping])
            listed = not namesake and any(found[i].kind not in ("state", "place") for i in overlapping)
            if listed or label in ("GPE", "LOC", "NORP"):
                continue  # a listed name, or a place the gazetteer already knows
            first = min(overlapping, key=lambda i: found[i].start)
            if found[first].start <= start and text[found[first].end : found[first].end + 2] in ("’s", "'s"):
                # "Venezuela's Cartel de los Soles": the place stays, the rest is the name
                start = found[first].end + 2
                overlapping = [i for i in overlapping if found[i].end > start]
            elif label == "ORG" and _state_before_body(text, start, end, found[first], index):
                # "Iran Revolutionary Guard member" where the text also says "the Revolutionary Guard": a
                # headline's state without its possessive, the rest is the name
                start = found[first].end + 1
                overlapping = [i for i in overlapping if found[i].end > start]
            # ("Burkina Faso'": a plural possessive's apostrophe the model took into the span is no part of it)
            bare_end = start + len(text[start:end].rstrip("'’"))
            if any(found[i].start <= start and found[i].end >= bare_end for i in overlapping) and not (
                label == "PERSON" and _asked_to_act(text, start, end, [found[i] for i in overlapping], index)
            ):
                continue  # the model calls a known place a person ("Kyiv"): the gazetteer knows better
            if len(text[start:end].split()) > (
                8 if label == "ORG" and INSTITUTION_INSIDE.search(text[start:end]) else 4
            ) and not (
                label == "ORG"
                and (
                    _state_then_body(text, start, end, found[first], index)
                    or (
                        _STATE_PREFIX.match(text[start:end]) is not None
                        and _spelled_in(text, text[start:end])
                    )
                )
            ):
                continue  # a long span around a place is more often a misread headline than a name
            if label == "PERSON":
                drop.update(overlapping)  # "Chad Smith", "Paris Hilton": not places
        raw = text[start:end]
        kind = _kind_of(label, raw)
        if not kind:
            continue
        name = _clean(raw)
        role = ""
        if kind == "person":
            name, role = _strip_titles(name)
        if len(name) < 2 or not any(ch.isupper() for ch in name) or not re.search(r"[^\W\d_]", name):
            continue
        if kind == "person" and not name[0].isupper():
            continue  # "of the President of": a person's name starts with a capital
        if kind == "person" and len(name) > 60:
            continue
        if name in COMMON_ACRONYMS or name.lower().rstrip(".") in TITLE_WORDS:
            continue  # "PM" of "Polish PM", "Ret" of "(Ret.)": a title, not a name
        if kind in ("organisation", "unit") and _LAW_END.search(name):
            continue  # "the Foreign Trade Law", "the Epstein Transparency Act", "the Nobel Peace Prize": no body
        if kind == "organisation" and name in laws_initials:
            continue  # "TPS" where the item writes "Temporary Protected Status": the law's short form
        if (
            kind in ("person", "organisation")
            and re.fullmatch(r"[A-Z][a-z]+", name)
            and english_margin(name) >= 2.0
            and _english_compound(name.lower())
            and _key(name) not in index.entries
            and name not in _MIDSENTENCE_CAPITAL.findall(text)  # "live auction site Whatnot": a name there
        ):
            continue  # "Rightwing parties want ...", "Quickfire lots": two English words written as one at a
            # sentence's start, no name
        if (
            kind == "person"
            and " " not in name
            and _key(name) not in index.entries
            and _surname_alone(text, name)
        ):
            if _brand_compound(name):
                continue  # "the swipeable MetroCard": two English words joined by a capital, a product's name
            if _plural_subject(text, name, end):
                continue  # "Penguins hand over pebbles": a plural common noun and its plural verb, no one
        if kind == "place" and _person_by_verb(text, name, start, end, index):
            kind = "person"  # "Rubio says US won't ...", "picked by Zelenskyy": no place the gazetteer knows
        if kind in ("organisation", "unit") and (craft := _CRAFT_PLURAL_END.search(name)):
            maker = name[: craft.start()].strip()
            entry = index.entries.get(_key(maker))
            if (
                not maker
                or (entry is not None and entry.kind in ("state", "place", "region"))
                or english_word(maker)
            ):
                continue  # "U.S. B-52s and Japanese jets flew", "Dutch F-35s": aircraft of a model, no body
            name = maker  # "Lockheed Martin F-35As": the maker of the aircraft counted
        if kind == "organisation" and _ORDINAL_EVENT.fullmatch(name) and _EVENT_NOUN_AFTER.match(text, end):
            continue  # "the 5th Ashes cricket test", "the 3rd Tour stage": a match of a series, no body
        if kind == "organisation" and _slogan(text, name, start, end, index):
            continue  # "America First is no longer a slogan": a slogan of a state's name, no body
        if (
            kind in ("organisation", "unit")
            and _EVENT_YEAR_AFTER.match(text, end)
            and _key(name) not in index.entries
        ):
            continue  # "AFCON 2025", "Expo 2025": a tournament or a fair of that year, no body
        if kind == "organisation" and _state_mission(name, index, text[max(0, start - 30) : start]):
            continue  # "the Russian Embassy in Caracas", "the U.S. Consulate": a state's mission, generic
        if (
            kind == "organisation"
            and name.split()[-1].lower() in _OFFICE_HOLDERS
            and all(w.lower() in TITLE_WORDS for w in name.split())
        ):
            continue  # "the Special Representative of the US president": an office's holder, no body
        if kind == "organisation" and _office_of_english_words(name):
            continue  # "the Nato position of Supreme Allied Commander, Europe": an office, no body
        if (
            kind == "organisation"
            and not INSTITUTION_INSIDE.search(name)
            and 2 <= len(name.split()) <= 3
            and not any(english_word(w) for w in name.split())
            and (
                re.search(r"\bprime\s+minister\s+$", text[max(0, start - 20) : start], re.I)
                or (
                    (before := _WORD_BEFORE.search(text[max(0, start - 25) : start]))
                    and before.group(1).lower().rstrip(".") in TITLE_WORDS
                )
                or re.match(
                    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}(?:minister|spokes\w+|president|leader|"
                    r"chief|governor|mayor|ambassador|envoy|adviser|advisor|secretary|founder)\b",
                    text[end : end + 60],
                )
            )
        ):
            # "Colombian president Gustavo Petro", "Shou Zi Chew, the company's chief": a person the model
            # read as an organisation
            kind = "person"
        elif (
            kind == "organisation"
            and not INSTITUTION_INSIDE.search(name)
            and len(name.split()) <= 3
            and all(w[:1].isupper() for w in name.split())
            and not any(english_word(w) for w in name.split())
            and _key(name) not in index.entries
            and _said_to_be_a_person(text, start, end)
        ):
            # "51-year-old Annouk Perret came to pay her respects": an age, a relative, a post, "his" or "her"
            # say the model's organisation is a person
            kind = "person"
        noun = _KIND_NOUN_END.search(name) if kind == "organisation" else None
        if noun and _rare_or_initials(noun.group(1)):
            # "Mugabe's ruling Zanu-PF party", "the Chega party": the party's own name
            name = name[: noun.end(1)]
        lead = len(raw) - len(raw.lstrip())
        offset, said = (raw.find(name), len(name)) if name in raw else _written(raw, name, lead)
        if kind == "person" and (body := _body_before_its_head(text, start + max(offset, 0), name)):
            # "the Ukrainian sociological group Rating Alexey Antipovich": the group's one-word name, then its head
            at = start + max(offset, 0)
            extra.append(Found(at, at + len(body), body, "organisation"))
            name, offset, said = name[len(body) + 1 :], max(offset, 0) + len(body) + 1, said - len(body) - 1
        # "the Philippine Coast Guard (PCG)": the short form spells the adjective, so it is part of the name
        spelled = _short_form_spells(name, text) if kind in ("organisation", "unit") else False
        ministry = _STATES_MINISTRY.fullmatch(name) if kind == "organisation" and not spelled else None
        state = index.entries.get(_key(ministry.group(1))) if ministry else None
        if ministry and state is not None and state.demonym:
            # "the Italian Foreign Ministry" is the Foreign Ministry (of Italy, which the mention still covers)
            name = ministry.group(2)
        elif (
            kind == "organisation"
            and (
                _STATES_DEPARTMENT.fullmatch(_state_free(name))
                or _STATES_MINISTRY_NAME.fullmatch(_state_free(name))
            )
            and _state_free(name) != name
        ):
            # "the U.S. Treasury Department" is the Treasury Department, as "Russia's Defence Ministry" is the
            # Defence Ministry: a state's ministry under another name, labelled without the state, and so is
            # "the U.K. Defense Ministry" (the state's short name, not its adjective)
            name = _state_free(name)
        force = _STATES_FORCE.fullmatch(name) if kind == "unit" and not spelled else None
        state = index.entries.get(_key(force.group(1))) if force else None
        if force and state is not None and state.demonym:
            name = force.group(2)  # "the Mexican Navy" is the Navy (of Mexico), as a state's ministry is
        if kind == "organisation" and (rest := _state_adjective_off(name, text, index)):
            name = rest  # "Italy's competition authority" and "The Italian Competition Authority": one body
        extra.append(Found(start + max(offset, 0), start + max(offset, 0) + said, name, kind, role))
    for m in SHIP_IN_TEXT.finditer(text):
        if not any(s < m.end() and e > m.start() for s, e, _ in taken):
            name = re.sub(r"\s+(?:of|de)$", "", m.group()).rstrip(".")
            extra.append(Found(m.start(), m.start() + len(name), name, "vessel"))
    promoted = {f.name: f.kind for f in found if f.listed and f.kind != "keyword" and not f.country}
    found = [
        replace(f, kind=promoted[f.name]) if f.kind == "keyword" and f.name in promoted else f
        for i, f in enumerate(found)
        if i not in drop
    ] + extra
    found = _remove_overlaps(found)
    found = _outlets_in_lists(text, found)
    found = _outlets_by_noun(text, found)
    found = _long_text_outlets(text, found, index)
    found = _speakers_the_model_missed(text, found, index)
    found = _names_by_pattern(text, found, index)
    found = _quoted_groupings(text, found)
    found = _quoted_troop_groupings(text, found)
    found = _partners_of_people(text, found, index)
    found = _pairs_before_a_meeting(text, found, index)
    found = _blocs_before_members(text, found, ents, index)
    found = _common_word_bodies(text, found, index)
    found = _bodies_of_a_state(text, found, index)
    found = _titled_people(found)
    found = _inside_written_names(text, found)
    found = _shared_family_names(text, found, index)
    found = _link_names(found)
    found = _scan_rest(text, tokens, found)
    found = _join_acronyms(text, found)
    found = _one_body_of_a_state(text, found, index)
    found = _body_named_by_its_tail(found)
    found = _no_doctrines(found)
    # "UKR_LEAKS", "LEAKS_pl": a handle found by any rule is no one's name
    found = [f for f in found if "_" not in f.name or f.listed]
    found = [f for f in found if f.listed or f.name not in things]
    # a name read across a hidden joiner ("Mayor Sergei \u200bSobyanin") holds one space between its words
    found = [replace(f, name=" ".join(f.name.split())) if "  " in f.name else f for f in found]
    if "pro-" in text or "pro‑" in text:
        # a body the item names only in a stance ("pro-Kremlin"), listed or not, does not act in it
        acting = {f.name for f in found if not _STANCE_BEFORE.search(text, max(0, f.start - 5), f.start)}
        found = [f for f in found if f.kind != "organisation" or f.name in acting]
    return _add_roles(text, tokens, found)
