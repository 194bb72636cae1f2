"""People the model missed or mislabelled: speakers by a reporting verb, bylines, people by a clause, a
role, a family name, a partner or a nickname."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.actors.headlines import _OWNER_END, _title_case, model_headline
from briefing.actors.mend import _glued_start
from briefing.actors.patterns import _has_any
from briefing.actors.places import _PLACE_ARTICLES, _after_a_places_possessive, _settlements_named
from briefing.actors.repair import _NAME_WORD, _STATE_OWNER, _demonym
from briefing.actors.spans import Found
from briefing.actors.words import (
    _CAP,
    _CAP_WORD,
    _PARTICLES,
    _SPEAKING_VERBS,
    _VEHICLE_END,
    _VEHICLE_START,
    COMMON_ACRONYMS,
    DESCRIPTORS,
    DISEASES,
    EVENTS,
    OCCASIONS,
    PERSONAL_TITLES,
    SECTION_LABELS,
    TIME_ZONES,
    TITLE_WORDS,
    UNNAMED_NOUNS,
    _key,
    _known_place,
    _subdivision,
    common_word,
    english_margin,
    english_word,
)
from briefing.phrases import PhraseIndex, norm

# up to three capitalised words; written to start with [A-Z] (the same matches as "(?:[A-Z]\w+ +){0,2}[A-Z]\w*")
# so the regex engine skips to capitals instead of trying every position
_NAME_RUN = r"([A-Z](?:[\w’'.-]+ +[A-Z]){0,2}[\w’'.-]*[^\W\d_])"
_VERB_AFTER = re.compile(_NAME_RUN + r"(?:['’]s)? +(?:also +)?(?:" + "|".join(_SPEAKING_VERBS) + r")\b")
_VERB_BEFORE = re.compile(r"\b(?:says|said|according +to) +" + _NAME_RUN + r"(?= *(?:[,.;:]|$))", re.M)
# a summary's verbs of a statement, after a name that opens a line ("Yury Pilipson recalled that ...", "Guy Mettan
# argues that ..."): the model, reading the headline closed above, may give such a name no span
_STATEMENT_VERBS = (  # not "notes", "recalls", "stresses": nouns too ("Investigative notes describing ...")
    "recalled",
    "stressed",
    "noted",
    "explained",
    "emphasized",
    "emphasised",
    "highlighted",
    "argued",
    "argues",
    "pointed out",
    "points out",
)
_VERB_AFTER_LINE_START = re.compile(
    r"^" + _NAME_RUN + r" +(?:also +)?(?:" + "|".join(_STATEMENT_VERBS) + r")\b", re.M
)
_HEADLINE_SOURCE = re.compile(
    r"\s[-–—]\s+" + _NAME_RUN + r"((?: +[a-z]+){0,2})\s*$"
)  # "- Barkat", "— FBI director"


# a headline's subject: its first words (after a section label "Opinion | ") before a verb ("Trump names ...",
# "Trump tried ...") or a possessive ("Trump's ..."); the model often misses a name that opens a text
_HEADLINE_SUBJECT = re.compile(
    r"^(?:[^|:\n]{1,30}[|:] +)?((?:[A-Z][\w.-]+ +){0,2}[A-Z][\w.-]*[^\W\d_])(?:['’]s\b| +([a-z]{3,})\b)"
)
# what a person does and a town does not: the subject of a headline doing it is a person even where a small
# town of the gazetteer has the name ("Rubio travels to ...", "Rubio says US won't ..."); a city may speak for its
# government ("Kyiv says"), and ranks above a small town
_TRAVEL_VERB = re.compile(
    r" +(?:travels|flies|meets|visits|arrives|lands|heads|resigns|steps down|says|tells|warns|vows|urges)\b"
)
_TOWN_PRIORITY = 5  # the gazetteer's smallest towns (capitals and large cities rank higher)
_NOT_VERBS = frozenset(
    ("his", "its", "this", "thus", "plus", "less", "unless", "across", "versus", "bus", "gas")
)


def _headline_subject(text: str) -> tuple[int, int] | None:
    m = _HEADLINE_SUBJECT.match(text)
    if m is None:
        return None
    verb = m.group(2)
    if verb is not None and (
        not re.search(r"(?:s|ed)$", verb) or verb in _NOT_VERBS or common_word(verb) < 3.0
    ):
        return None
    if len(m.group(1).split()) > 1 and any(w[:1].isupper() for w in m.group(1).split()[1:]) and verb is None:
        return None  # "Trump's Warm Embrace": one name before the possessive, or none
    return m.start(1), m.end(1)


def _subject_name(text: str, words: list[re.Match[str]]) -> bool:
    """A headline's opening words that can be a name with no model behind them: each rare in English, or as
    common in other languages' news as in English (a name travels: "Trump"); not "Satellite images ...",
    "Wellness trends ...", "Handwritten letters ..."; nor a province or state ("Colorado authorities ...") or a
    place a dateline names ("CRANS-MONTANA, Switzerland")."""
    for w in words:
        word = w.group().strip("’'.")
        if english_word(word) or (common_word(word) >= 3.0 and english_margin(word) >= 0.8):
            return False
        if common_word(word) >= 2.5 and english_margin(word) >= 1.5:
            return False  # "Hiker killed ...": a rarer word, but only English has it
    name = " ".join(w.group() for w in words)
    return not _subdivision(name) and not re.search(rf"^{re.escape(name.upper())},", text, re.M)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_QUOTATION_CLOSED = re.compile(r"[,.!?][\"”’']\s+$")


_TITLED_SPEAKER = re.compile(
    r"(?<![\w’'-])((?:[A-Z][a-z]+ +){1,3}[A-Z][\w’'-]+(?: +[A-Z][\w’'-]+){1,2}) +of +(?:the +)?[A-Z]"
    r"[^.;\n\"“”]{0,80}?\b(?:said|says|told)\b"
)


def _speakers_the_model_missed(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """Names the model did not tag where a reporting verb shows they speak ("Trump says ...", "..., said Sanchez",
    a headline ending "- Barkat"): a capitalised name of uncommon words that no known name or place covers."""
    first_line = text.find("\n") if "\n" in text else len(text)
    spots = [
        (m.start(1), m.end(1))
        for rx, words in (
            (_VERB_AFTER, _SPEAKING_VERBS),
            (_VERB_BEFORE, ("says", "said", "according")),
            (_VERB_AFTER_LINE_START, _STATEMENT_VERBS),
        )
        if _has_any(text, words)  # a substring test rules out the slower scan
        for m in rx.finditer(text)
    ]
    # "Detective Chief Superintendent Risto Lohi of Finland's National Bureau ... said": a titled name, its body
    # after "of", then the verb
    spots += [
        (m.start(1), m.end(1))
        for m in _TITLED_SPEAKER.finditer(text)
        if m.group(1).split()[0].lower() in TITLE_WORDS
    ]
    headline = _HEADLINE_SOURCE.search(text[:first_line])
    if headline and all(w in TITLE_WORDS for w in headline.group(2).split()):
        spots.append((headline.start(1), headline.end(2) if headline.group(2) else headline.end(1)))
    # "Trump Agrees on ...": the subject of a Title Case headline is found with its verbs in lower case
    line = text[:first_line]
    subject = _headline_subject(model_headline(line, index) if _title_case(line) else line)
    if subject is not None:
        spots.append(subject)
    extra: list[Found] = []
    for start, end in spots:
        words = list(re.finditer(r"\S+", text[start:end]))
        # '"..., none left in captivity," Sunday Dare said': a weekday opening the name right after a quotation is a
        # given name (a day there is written after the verb, "Dare said Sunday", or after "on")
        weekday = (
            len(words) > 1
            and words[0].group() in _WEEKDAYS
            and _QUOTATION_CLOSED.search(text, max(0, start - 4), start) is not None
        )
        while (
            len(words) > 1
            and not weekday
            and (
                words[0].group().lower().rstrip(".") in TITLE_WORDS
                or (
                    common_word(words[0].group().strip("’'")) >= 4.0
                    and not words[0].group().isupper()
                    # a common word that travels is a name's ("Xi Jinping"), unless it is a known place's
                    and (
                        english_word(words[0].group().strip("’'"))
                        or any(f.start <= start + words[0].start() < f.end for f in found if f.listed)
                    )
                )
            )
        ):
            words.pop(0)  # "On Sunday Sanchez said": the name is what is left after common words and titles
        titled = False
        while words and words[-1].group().lower().rstrip(".") in TITLE_WORDS:
            words.pop()  # "- FBI director"
            titled = True
        if not words:
            continue
        if titled and not re.fullmatch(r"(?:[A-Z]\.?){2,6}", words[-1].group()):
            continue  # "- Transnistrian Foreign Minister": a qualifier of an office, not a name
        if any(w.group().endswith(("'s", "’s")) for w in words[:-1]):
            continue  # "Chappelle's Trumpian claims": an owner and what it owns before a noun, no speaker's name
        s, e = start + words[0].start(), start + words[-1].end()
        name = text[s:e].rstrip(".")
        if re.search(r"\b(?:of|and|or|to|for|in|at|by|with|from|on)\s+(?:the\s+)?$", text[max(0, s - 8) : s]):
            continue  # "the ministers of Somalia and Somaliland said": not the subject itself
        if _glued_start(text, s, e, index) != s:
            continue  # "EPASpain's prime minister": a credit glued to the state, whose span was mended
        mr = re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$", text[max(0, s - 5) : s])
        town = index.entries.get(_key(name))
        traveller = (
            (start, end) == subject
            and town is not None
            and town.kind == "place"
            and town.priority <= _TOWN_PRIORITY
            and _TRAVEL_VERB.match(text, e) is not None
        )  # "Rubio travels to meet ...": a small town of that name does not travel; a person does
        if any(
            f.start < e and f.end > s and not ((mr or traveller or not f.listed) and f.kind == "place")
            for f in found + extra
        ):
            continue  # a known name, place or outlet ("Mr Sanchez" is a person even where a town has his name)
        if re.match(_CAP + r"$", words[0].group()) is None and not weekday:
            continue  # "said Monday": a day or month
        if name in _settlements_named(text):
            continue  # "Mayor of La Bañeza says" where the text has "the village of La Bañeza": the place
        freq = [common_word(w.group().strip("’'.")) for w in words]
        low = [w.group().lower().strip("’'.") for w in words]
        if weekday:
            # the surname alone is weighed: an uncommon or a middling word ("Dare"), not a source's noun or an office
            if max(freq[1:]) >= 5.0 or any(w in UNNAMED_NOUNS or w in TITLE_WORDS for w in low[1:]):
                continue
        elif (
            (len(words) == 1 and freq[0] >= 5.0)
            or (len(words) > 1 and min(freq) >= 3.5)
            or max(freq) >= 5.5
            or any(w in UNNAMED_NOUNS or w in TITLE_WORDS for w in low)
            or (low[-1].endswith("s") and common_word(low[-1][:-1]) >= 3.0)  # "Analysts", "Residents"
            or ((start, end) == subject and not _subject_name(text, words))
            or (len(words) == 1 and english_word(words[0].group().strip("’'.")))  # "..., Republican says"
        ):
            continue
        if name in TIME_ZONES or DISEASES.match(name) or OCCASIONS.match(name) or EVENTS.search(name):
            continue  # "Two Covid experts are ...": a disease, a holiday or an event is nobody's name
        if _VEHICLE_START.match(name) or _VEHICLE_END.search(name):
            continue  # "Supertanker Skipper seized by ...": a vessel, not a speaker
        if name.rstrip(".").replace(".", "") in COMMON_ACRONYMS or low[-1] in ("pm", "mp", "mps", "ceo"):
            continue  # "— Swiss MP", "Thai PM says": an office, not a name
        kind = "organisation" if re.fullmatch(r"(?:[A-Z]\.?){2,6}", name.replace(" ", "")) else "person"
        extra.append(Found(s, e, name, kind))
    if not extra:
        return found
    # the model's guessed places inside a name found here were the name's words
    kept = [
        f
        for f in found
        if not any(f.kind == "place" and not f.listed and x.start <= f.start < x.end for x in extra)
    ]
    return sorted(kept + extra, key=lambda f: f.start)


# words that name a building, site or facility: a span of the model's "FAC" with one of them is a place
_FACILITY_WORD = re.compile(
    r"\b(?:Airport|Bridge|Tower|Towers|Street|Road|Avenue|Square|Palace|Hall|Centre|Center|Stadium|Arena|Park|"
    r"Station|Port|Harbou?r|Base|Camp|Fort|Plant|Prison|Jail|Hospital|Church|Cathedral|Mosque|Temple|Museum|"
    r"Gate|House|Building|Mall|Market|Highway|Line|Pipeline|Terminal|Dam|Canal|Tunnel|Hotel|School|Castle|"
    r"Memorial|Monument|Library|Theatre|Theater|Zoo|Garden|Gardens|Field|Range|Reactor|Mine|Refinery|Pier)\b"
)


# "Trump-backed ", "Kremlin-appointed ": someone's backing, which a candidate or an official has and a place not
_GROUP_NOUN_AFTER = re.compile(
    r"\s+(?:rebels?|militias?|forces|fighters|troops|groups?|government|separatists|insurgents|movement|party)\b"
)
_TRAVELS_AFTER = re.compile(r" +(?:to +(?:visit|travel|meet|fly)|visits|travels|meets|flies|arrives)\b")
_BACKED_BEFORE = re.compile(r"[A-Za-z]-(?:backed|endorsed|appointed|allied|aligned|installed|picked) +$")


# a relation or a deed that is someone's, then "of" ("the mentorship of Hugo Chávez", "the arrest of ..."); not
# "the streets of", "the ruins of": a place's
_PERSON_OF = re.compile(
    r"\b(?:mentorship|leadership|presidency|government|administration|rule|regime|legacy|death|funeral|killing|"
    r"murder|assassination|arrest|capture|release|trial|election|resignation|ouster|successor|predecessor|protégé|"
    r"protege|widow|wife|husband|son|daughter|father|mother|brother|sister|heir|allies|ally|supporters|critics|"
    r"friend|friends|associates?|aide|aides|lawyers?|spokes(?:man|woman|person)|memoir|biography|statement|words|"
    r"views|policies|policy|visit|speech|interview)\s+of\s+$"
)


# a headline's byline: after the last bar of its line, one to three authors (a headline of three words or more before
# the bar, not a section's "Opinion | ..."), each two or three words shaped as a name
_TITLE_BAR = re.compile(r"^(?P<head>[^\n]*\S)[ \t]+\|[ \t]*(?P<tail>[^|\n]+?)[ \t]*$", re.M)
_AUTHORS_GAP = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_AUTHOR = re.compile(rf"[A-Z][a-zà-ÿ’'-]+(?:[ \t]+(?:{_PARTICLES}[ \t]+)?[A-Z][a-zà-ÿ’'-]+){{1,2}}")


def _title_bylines(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The authors a headline's byline names, as people ("... in a difficult summer | Kate Lyons"): the model
    reads a bar's last words as part of the headline and often gives them no span. Not a section's name, a title,
    a name whose surname is an English word ("| Inside Story", "| First Thing") or a name the index knows."""
    m = _TITLE_BAR.match(text)
    if m is None or len(m.group("head").split()) < 3:
        return ents
    authors = []
    at = m.start("tail")
    for part in _AUTHORS_GAP.split(m.group("tail")):
        start = text.index(part, at)
        at = start + len(part)
        words = part.split()
        # a given name no English word opens it: its surname may be one ("| Kirsty Major", "| Polly Toynbee")
        given = (
            len(words) == 2
            and not english_word(words[0])
            and common_word(words[0]) < 4.5
            and words[0].lower() not in TITLE_WORDS
            and words[0] not in SECTION_LABELS
        )
        if (
            not _AUTHOR.fullmatch(part)
            or (english_word(words[-1]) and not given)
            or any(
                (w.lower() in TITLE_WORDS and not (given and i == 1)) or w in SECTION_LABELS or w == "The"
                for i, w in enumerate(words)
            )
            or _key(part) in index.entries
        ):
            return ents  # one part no author's name: the bar closes something else
        authors.append((start, at))
    # the model's own spans inside the byline ("Brooks" of "Isabel Brooks") give way to the whole names
    kept = [(s, e, label) for s, e, label in ents if not any(a <= s and e <= b for a, b in authors)]
    if any(s < b and a < e for s, e, _ in kept for a, b in authors):
        return ents  # a span running across the bar: leave the model's reading
    return sorted(kept + [(a, b, "PERSON") for a, b in authors])


# what follows only a person's name: "Julia Barfield, who designed", "Mukund Krishna is chief executive of"
_PERSON_NOUNS_TEXT = (
    "president minister secretary senator governor mayor chief chancellor professor leader adviser advisor "
    "lawmaker judge architect designer executive head boss editor presenter"
)
_PERSON_NOUNS = PERSONAL_TITLES | DESCRIPTORS | frozenset(_PERSON_NOUNS_TEXT.split())
_WHO_AFTER = re.compile(r",[ \t]+who\b")
# a person's age in apposition ("Damiano Vizioli, a 24-year-old living in ..."): only people have one so written
_AGE_AFTER = re.compile(r",[ \t]+(?:an?[ \t]+)?\d{1,3}-year-old\b")
_ROLE_AFTER = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:(?:the|an?)[ \t]+)?((?:[a-z-]+[ \t]+){0,2}[a-z-]+)")


def _person_by_clause_after(text: str, s: int, e: int) -> bool:
    """Whether a name is followed by what follows only a person: ", who", ", a 24-year-old" or "is/was (the) ...
    <a person's noun>"."""
    if _WHO_AFTER.match(text, e) or _AGE_AFTER.match(text, e):
        return True
    role = _ROLE_AFTER.match(text, e)
    return role is not None and any(w in _PERSON_NOUNS for w in role.group(1).split())


def _people_by_clause(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two or three capitalised words the model calls a place or a product, which no gazetteer knows, are a
    person when followed by what only follows a person ("Julia Barfield, who designed the Eye", "Mukund Krishna
    is chief executive of the Police Federation"); the model gives unfamiliar names any label. A body's span is a
    person only before an age ("Damiano Vizioli, a 24-year-old"): a body may take "who" ("the club, who won")."""
    out = []
    for s, e, label in ents:
        name = text[s:e]
        words = name.split()
        if (
            (label in ("GPE", "LOC", "FAC", "PRODUCT") or (label == "ORG" and _AGE_AFTER.match(text, e)))
            and 2 <= len(words) <= 3
            and _AUTHOR.fullmatch(name)
            and not english_word(words[-1])
            and _key(name) not in index.entries
            and not any(_known_place(index, w) for w in words)
            and _person_by_clause_after(text, s, e)
        ):
            label = "PERSON"
        out.append((s, e, label))
    return out


def _relatives_by_family_name(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """A body of two or three name-shaped words that ends in the family name of a person the item names with
    another given name ("Kaja Sokola" beside "Ewa Sokola", sisters) is a person too: bodies are not named
    "<given name> <someone's family name>"; not a name the index knows nor one opening with an English word."""
    families: dict[str, set[str]] = {}
    for s, e, label in ents:
        words = text[s:e].split()
        if label == "PERSON" and len(words) >= 2:
            families.setdefault(words[-1], set()).add(words[0])
    if not families:
        return ents
    out = []
    for s, e, label in ents:
        name = text[s:e]
        words = name.split()
        if (
            label == "ORG"
            and 2 <= len(words) <= 3
            and _AUTHOR.fullmatch(name)
            and families.get(words[-1], set()) - {words[0]}
            and not english_word(words[0])
            and _key(name) not in index.entries
        ):
            label = "PERSON"
        out.append((s, e, label))
    return out


def _people_the_model_placed(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two or three capitalised words that the model calls a facility, inside a sentence, ending on a word that is
    no English word and no known place, with no word that names a building, are a person ("assaulting a teenage
    Virginia Giuffre"), unless a known place's possessive comes before it ("near Tehran's main Grand Bazaar"); so
    is one such word the model calls a place after a lower-case office ("mayor-elect Mamdani") or after someone's
    backing ("Trump-backed Asfura"), where the index knows no place of that name."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        last = words[-1].strip("’'") if words else ""
        if (
            label == "FAC"
            and 2 <= len(words) <= 3
            and all(_CAP_WORD.fullmatch(w) for w in words)
            and not english_word(last)
            and not _FACILITY_WORD.search(text[s:e])
            and _key(last) not in index.entries
            and not _NAME_PARTICLE.fullmatch(words[0].lower())
            and (before := re.search(r"([a-z]+),? +$", text[max(0, s - 25) : s])) is not None
            and before.group(1) not in ("the", "a", "an", "at", "in", "on", "to", "from", "near")
            and not _after_a_places_possessive(text, s, index)
            and (before.group(1) != "of" or _PERSON_OF.search(text, max(0, s - 40), s) is not None)
        ) or (
            label in ("GPE", "LOC")
            and len(words) == 1
            and _CAP_WORD.fullmatch(words[0])
            and not english_word(last)
            and _key(last) not in index.entries
            and (
                (
                    (before := re.search(r"\b([a-z]+(?:-[a-z]+)?) +$", text[max(0, s - 25) : s])) is not None
                    and before.group(1).split("-")[0] in TITLE_WORDS
                )
                or (
                    _BACKED_BEFORE.search(text, max(0, s - 30), s) is not None
                    and _NAME_WORD.fullmatch(words[0]) is not None  # "Rwanda-backed M23": a group's code
                    and _GROUP_NOUN_AFTER.match(text, e) is None  # "Kremlin-backed Vostok rebels"
                )
                or (
                    # "Iran's Araqchi to visit Beirut": a state's someone who travels; a place does not
                    (owner := _STATE_OWNER.search(text, max(0, s - 30), s)) is not None
                    and _known_place(index, owner.group(1))
                    and _NAME_WORD.fullmatch(words[0]) is not None
                    and _TRAVELS_AFTER.match(text, e) is not None
                )
            )
        ):
            label = "PERSON"
        out.append((s, e, label))
    return out


# the pair is a clause's subject: after a sentence's start or a conjunction, before a verb ("yet Badenoch and
# Farage still laud it"); not a list of places ("the ports of Pivdennyi and Chornomorsk with", "Mersey, Bollin and
# Goyt rivers")
_CLAUSE_OPENS = re.compile(r"(?:^|\n|[.!?:]\s+|\b(?:yet|but|while|because|when|though|although|since)\s+)$")
_PREPOSITIONS_AFTER = frozenset(("with", "in", "of", "on", "at", "to", "for", "from", "by", "and", "or"))


def _pair_the_model_placed(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """Two single names joined by "and" opening a clause, before a lower-case word, neither an English word nor
    known to the index, one a place to the model and the other a name, are two people: a place the gazetteer does
    not know, paired with a name, is a surname ("yet Badenoch and Farage still laud it", the model's GPE and ORG)."""
    out = list(ents)
    for i in range(len(ents) - 1):
        (s1, e1, l1), (s2, e2, l2) = ents[i], ents[i + 1]
        words = (text[s1:e1], text[s2:e2])
        if (
            text[e1:s2] == " and "
            and {l1, l2} <= {"GPE", "LOC", "ORG", "PERSON"}
            and {l1, l2} & {"GPE", "LOC"}
            and {l1, l2}
            & {"ORG", "PERSON"}  # the model in two minds; "Darfur and Kordofan", both places, stay
            and all(_NAME_WORD.fullmatch(w) for w in words)
            and _CLAUSE_OPENS.search(text, max(0, s1 - 12), s1)
            and (after := re.match(r" ([a-z]+)", text[e2 : e2 + 20])) is not None
            and after.group(1) not in _PREPOSITIONS_AFTER
            and not any(
                english_word(w) or _key(w) in index.entries or _known_place(index, w) or _demonym(index, w)
                for w in words
            )
        ):
            out[i], out[i + 1] = (s1, e1, "PERSON"), (s2, e2, "PERSON")
    return out


# ", a Geneva-based lawyer", ", the group's spokesman": a person's job, in apposition after the name
_ROLE_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}(?:lawyer|attorney|spokes\w+|analyst|professor|researcher|director|"
    r"official|economist|journalist|reporter|correspondent|activist|lawmaker|senator|commander|minister|president|"
    r"leader|chief|governor|mayor|ambassador|envoy|advis[eo]r|secretary|founder|executive|chairman|chairwoman)\b"
)


# "Sarah Murphree as Pam Dawber on the set": two or three capitalised words after a person's "as"
_PLAYED_AFTER = re.compile(r" as ([A-Z][a-zà-ÿ’'-]+(?: [A-Z][a-zà-ÿ’'-]+){1,2})(?![\w’'-]| [A-Z])")


def _people_played(
    text: str, ents: list[tuple[int, int, str]], index: PhraseIndex
) -> list[tuple[int, int, str]]:
    """The name after a person's "as" ("Sarah Murphree as Pam Dawber", an actor and the role's real person) is a
    person the model missed: two or three capitalised words, none English, a title or a name the index knows
    ("Powell as Federal Reserve chair", "Musk as Tesla chief" stay), never over another span."""
    extra = []
    for _s, e, label in ents:
        m = _PLAYED_AFTER.match(text, e) if label == "PERSON" else None
        if m is None:
            continue
        words = m.group(1).split()
        bs, be = m.start(1), m.end(1)
        if (
            any(english_word(w) or w.lower() in TITLE_WORDS or _key(w) in index.entries for w in words)
            or _key(m.group(1)) in index.entries
            or any(os < be and bs < oe for os, oe, _ in ents)
        ):
            continue
        extra.append((bs, be, "PERSON"))
    return sorted(ents + extra) if extra else ents


def _people_by_role(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two or three uncommon capitalised words that the model calls a work, product, event or place, followed by a
    person's job in apposition, are a person ("Romain Jordan, a Geneva-based lawyer": not a work, not Jordan)."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        if (
            label in ("WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "GPE", "LOC")
            and 2 <= len(words) <= 3
            and all(_CAP_WORD.fullmatch(w) and not english_word(w) for w in words)
            and _ROLE_APPOSITION.match(text, e, e + 70)
        ):
            label = "PERSON"
        out.append((s, e, label))
    return out


# lower-case words inside a name: "Bank of England", "Médecins sans Frontières", "Abu al-Walid"
_JOINING_WORD = re.compile(
    r"after|before|from|with|into|onto|over|under|about|than|that|this|when|where|while|amid"
)
_NAME_PARTICLE = re.compile(
    r"of|for|and|on|in|at|the|de|del|della|der|des|di|do|dos|du|da|das|la|le|les|al|el|bin|ibn|van|von|y|e|sans|zu|und"
)


def _run_on_names(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation's span that runs from a name into the sentence's lower-case words ("Trump justice
    department slammed after ...") is cut to the name; the rules for lower-case bodies find "justice department"
    on their own."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split(" ")
        if (
            label == "ORG"
            and len(words) >= 3
            and words[0][:1].isupper()
            and not english_word(_OWNER_END.sub("", words[0]))  # "The justice department's", "Federal bureau"
            and words[1][:1].islower()
            and words[1].isalpha()
            and not _NAME_PARTICLE.fullmatch(words[1])
            # a common noun ("justice"), not a preposition that joins two names ("Combs to Juan Hernandez")
            and len(words[1]) >= 4
            and english_word(words[1])
            and not _JOINING_WORD.fullmatch(words[1])
        ):
            e = s + len(words[0])
        out.append((s, e, label))
    return out


_PARTNER_BEFORE = re.compile(r"(?:^|(?<=[\s\"“‘'(|:]))([A-Z][a-zà-ÿ’'-]+) and $")
_PARTNER_GIVEN_BEFORE = re.compile(
    r"(?:^|(?<=[\s\"“‘(|:]))([A-Z][a-zà-ÿ-]+) $"
)  # no possessive: "Venezuela's"


def _partners_of_people(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """A capitalised word joined by "and" to a person the model found is a second person when it is no English
    word and nothing the index knows ("Trump and Putin to Hold ...": the model read only "Putin"); beside a full
    name, a word as nameless right before it is the partner's given name ("Diosdado Cabello and Vladimir Padrino")."""

    def nameless(word: str) -> bool:
        return (
            not english_word(word)
            and english_margin(word) < 1.0
            and word.lower() not in TITLE_WORDS
            and _key(word) not in index.entries
        )

    extra = []
    for f in found:
        if f.kind != "person":
            continue
        m = _PARTNER_BEFORE.search(text, max(0, f.start - 40), f.start)
        word = m.group(1) if m else ""
        if (
            m is not None
            and nameless(word)
            and not any(g.start < m.end(1) and g.end > m.start(1) for g in found)
        ):
            start = m.start(1)
            given = _PARTNER_GIVEN_BEFORE.search(text, max(0, start - 30), start)
            if (
                given is not None
                and " " in f.name
                and nameless(given.group(1))
                and not any(g.start < start and g.end > given.start(1) for g in found)
            ):
                start = given.start(1)
            extra.append(Found(start, m.end(1), text[start : m.end(1)], "person"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# a nickname in quotes between a given and a family name: 'Nasry "Tito" Asfura', "Ira 'Ike' Schab"
_NICKNAMED = re.compile(
    r"(?<![\w’'-])([A-Z][a-zà-ÿ-]+) [\"“‘'][A-Z][\w.-]*(?: [A-Z][\w.-]*)?[\"”’'] ([A-Z][a-zà-ÿ-]+)(?![\w-])"
)


def _nicknamed_people(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """A given name, a quoted nickname and a family name, where the model found a person in any of them, is
    one person under the given and the family name (the nickname is no more part of the name than a title is):
    the model's pieces ("Nasry", "Ike' Schab") give way, and so does the family name it placed elsewhere
    ("Trump-backed candidate Asfura declared ...")."""
    extra: list[Found] = []
    gone: set[int] = set()
    for m in _NICKNAMED.finditer(text):
        given, family = m.group(1), m.group(2)
        inside = [i for i, f in enumerate(found) if f.start < m.end() and f.end > m.start()]
        if (
            not any(found[i].kind == "person" for i in inside)
            or any(found[i].listed for i in inside)
            or given.lower() in TITLE_WORDS
            or english_word(family)
            or _key(family) in index.entries
        ):
            continue
        gone.update(inside)
        gone.update(i for i, f in enumerate(found) if f.name == family and f.kind == "place" and not f.listed)
        extra.append(Found(m.start(), m.end(), f"{given} {family}", "person"))
    if not extra:
        return found
    return sorted([f for i, f in enumerate(found) if i not in gone] + extra, key=lambda f: f.start)


def _shared_family_names(text: str, found: list[Found], index: PhraseIndex) -> list[Found]:
    """A lone given name joined by "and" to a full name shares its family name ("Naveed and Sajid Akram", "Alan
    and Marilyn Bergman": "Naveed Akram", "Alan Bergman"), unless the word follows another capitalised word, is the
    family name itself ("Trump and Melania Trump") or ends someone's full name in the item ("Witkoff and Jared
    Kushner" beside "Steve Witkoff"), or the index knows it or the full name's first word, or that word is an
    article ("the districts of Novobat and Tehran Pars", "Hadramout and Al Mahra": places); a given name before a
    quoted nickname shares the family name after it (`_nicknamed_people`)."""
    found = _nicknamed_people(text, found, index)
    people = [f for f in found if f.kind == "person"]
    family_words = {norm(f.name.split()[-1]) for f in people if " " in f.name}
    out = []
    for f in found:
        if f.kind == "person" and not f.listed and re.fullmatch(r"[A-Z][a-zà-ÿ’'-]+", f.name):
            pair = [g for g in people if g.start == f.end + 5 and len(g.name.split()) == 2]
            family = pair[0].name.split()[1] if pair and text[f.end : f.end + 5] == " and " else ""
            if (
                family
                and norm(f.name) != norm(family)
                and norm(f.name) not in family_words
                and not re.search(r"[A-Z][\w’'.-]*\s+$", text[max(0, f.start - 30) : f.start])
                and _key(f.name) not in index.entries
                and _key(pair[0].name.split()[0]) not in index.entries
                and pair[0].name.split()[0] not in _PLACE_ARTICLES
            ):
                f = replace(f, end=pair[0].end, name=f"{f.name} {family}")
        out.append(f)
    return out
