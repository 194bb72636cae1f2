"""Names joined within an item: a surname or a shorter form to the full name, acronyms to their names, the
rest of the text scanned for names found once, and roles added."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from briefing.actors.patterns import _NAME_LINK
from briefing.actors.spans import Found, _role_after, _role_before
from briefing.actors.words import _ABBREV_TITLES, _ARTICLE_PREFIX, TITLE_WORDS, _initials, _key, _state_free
from briefing.phrases import Token, norm

# the words of a title before a name: "PM Lecornu", "Bishop Richard Moth"
_TITLES_BEFORE_NAMES = TITLE_WORDS | _ABBREV_TITLES | frozenset(("pm",))


def _remove_overlaps(found: list[Found]) -> list[Found]:
    """Longest first where two names overlap; a place inside an organisation ("U.S. Army") is kept as well."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start), not f.listed)):
        outer = next((o for o in reversed(out[-3:]) if f.start < o.end), None)
        if outer is not None and not (
            f.kind in ("state", "place") and outer.kind in ("organisation", "unit") and f.end <= outer.end
        ):
            continue
        out.append(f)
    return out


def _link_names(found: list[Found]) -> list[Found]:
    """A surname alone ('Budanov') takes the full name used elsewhere in the item ('Kyrylo Budanov')."""
    full: dict[str, Found] = {}
    for f in found:
        if f.kind == "person" and " " in f.name:
            full.setdefault(norm(f.name.split(" ")[-1]), f)
            # "Halbousi" of "Haibat al-Halbousi": the article is not part of the surname as written alone
            family = _ARTICLE_PREFIX.sub("", f.name.split(" ")[-1])
            full.setdefault(norm(family), f)
    people = {f.name for f in found if f.kind == "person"}
    found = [  # "two Donald Trumps": the plural of a name found in the item is that name
        replace(f, name=f.name[:-1])
        if f.kind == "person" and f.name.endswith("s") and f.name[:-1] in people
        else f
        for f in found
    ]
    for f in found:  # "Xi" of "Xi Jinping", "Lee" of "Lee Jae Myung": the family name may come first
        if f.kind == "person" and " " in f.name:
            full.setdefault(norm(f.name.split(" ")[0]), f)
    for f in found:  # "Urdaneta" of "Jose Jesus Urdaneta Gonzalez": the first of two family names
        for w in _middle_names(f.name) if f.kind == "person" else ():
            full.setdefault(norm(w), f)
    orgs: dict[str, set[str]] = {}
    for f in found:
        if f.kind == "organisation" and " " in f.name and not f.listed:
            orgs.setdefault(norm(f.name.split(" ")[-1]), set()).add(f.name)
    long_names: dict[str, str] = {}
    for f in found:
        if f.kind in ("organisation", "unit"):
            key = _state_free(f.name)
            long_names[key] = max(long_names.get(key, f.name), f.name, key=len)
    # "American-Islamic Relations" of "Council on American-Islamic Relations": a cut-off end of a longer name
    org_names = {f.name for f in found if f.kind in ("organisation", "unit")}
    for name in org_names:
        longer = [o for o in org_names if len(o) > len(name) and o.endswith(" " + name) and " " in name]
        # "59th Brigade" and "59th Motorized Brigade", "Armed Forces" and "Armed Forces of Ukraine": one body
        # named short and in full (the same first word, the short name's words in order)
        longer = longer or [o for o in org_names if len(o) > len(name) and _shortened(name, o)]
        if len(longer) == 1:
            long_names[_state_free(name)] = longer[0]
    # a surname two people share ("Lee" of "Lee Jae Myung" and "Lee Hye-hoon") goes to the last one named before it
    mentions: dict[str, list[Found]] = {}
    for f in found:
        if f.kind == "person" and " " in f.name:
            for w in {f.name.split(" ")[0], f.name.split(" ")[-1]}:
                mentions.setdefault(norm(w), []).append(f)
    # the full names that end in each of their last words of two or more ("Ábrego García" of "Kilmar Ábrego García")
    longer_people: dict[str, list[Found]] = {}
    for g in found:
        words = g.name.split(" ")
        if g.kind == "person" and len(words) > 2:
            for k in range(1, len(words) - 1):
                tail = longer_people.setdefault(" ".join(words[k:]), [])
                if g.name not in (o.name for o in tail):
                    tail.append(g)
    out = []
    for f in found:
        if " " not in f.name and not f.listed:  # the model may call "Modi" a place after "Narendra Modi"
            other = full.get(norm(f.name))
            sharing = mentions.get(norm(f.name), [])
            if len({g.name for g in sharing}) > 1:
                before = [g for g in sharing if g.start < f.start]
                other = before[-1] if before else other
            org = orgs.get(norm(f.name), set())
            if other is not None:
                f = replace(
                    f, name=other.name, kind="person", affiliation=other.affiliation, listed=other.listed
                )
            elif len(org) == 1 and f.kind in ("organisation", "person"):
                f = replace(f, name=next(iter(org)), kind="organisation")  # "Lilly" of "Eli Lilly"
        elif f.kind == "person" and not f.listed and (fuller := _fuller_given_name(f, found)) is not None:
            # "Les Wexner" in a quote of an item that names "Leslie Wexner": one person, under the full name
            f = replace(f, name=fuller.name, affiliation=fuller.affiliation, listed=fuller.listed)
        elif f.kind in ("person", "organisation") and not f.listed and (bearers := longer_people.get(f.name)):
            # "Ábrego García" of "Kilmar Ábrego García": a family name of two words joins the full name; one two
            # people share ("Le Pen's far-right National Rally" after "Jean-Marie Le Pen and his daughter Marine
            # Le Pen", which the model calls an organisation) goes to the last one named before it
            before = [g for g in bearers if g.start < f.start]
            other = bearers[0] if len(bearers) == 1 else (before[-1] if before else None)
            if other is not None:
                f = replace(
                    f, name=other.name, kind="person", affiliation=other.affiliation, listed=other.listed
                )
        elif f.kind in ("organisation", "unit") and not f.listed:
            # "US Coast Guard" and "United States Coast Guard": one organisation, under its longest name
            longest = long_names.get(_state_free(f.name), f.name)
            if longest != f.name:
                f = replace(f, name=longest)
        out.append(f)
    return out


def _fuller_given_name(f: Found, found: Sequence[Found]) -> Found | None:
    """The one person of the item whose name is `f`'s with a longer given name that `f`'s begins ("Leslie Wexner"
    for "Les Wexner", "Alexander Stubb" for "Alex Stubb"), or None; not two names written side by side ("the
    sisters Ann Berg and Annika Berg")."""
    words = f.name.split(" ")
    if len(words) != 2 or len(words[0]) < 3:
        return None
    short, family = norm(words[0]), norm(words[1])
    fuller = {}
    for g in found:
        given_family = [norm(w) for w in g.name.split(" ")] if g.kind == "person" else []
        if len(given_family) == 2 and given_family[1] == family:
            given = given_family[0]
            if len(given) > len(short) and given.startswith(short):
                fuller[g.name] = g
    if any(-6 <= g.start - f.end <= 6 or -6 <= f.start - g.end <= 6 for g in found if g.name in fuller):
        return None
    return next(iter(fuller.values())) if len(fuller) == 1 else None


def _inside_written_names(text: str, found: list[Found]) -> list[Found]:
    """A name the model cut out of a longer one the item names, where the text writes the longer one in full
    ("Atmospheric" of "the National Center for Atmospheric Research" in a headline), is the longer name."""
    longer = {f.name: f.kind for f in found if f.kind in ("organisation", "unit") and " " in f.name}
    if not longer:
        return found
    out = []
    for f in found:
        if not f.listed and f.kind in ("person", "organisation", "unit"):
            for name, kind in longer.items():
                if name != f.name and f.name in name:
                    at = text.rfind(name, max(0, f.end - len(name)), f.start + len(name))
                    if at != -1:
                        f = replace(f, start=at, end=at + len(name), name=name, kind=kind)
                        break
        out.append(f)
    return out


def _titled_people(found: list[Found]) -> list[Found]:
    """An "organisation" of a title and a person's name ("Bishop Richard Moth", "PM Lecornu") is that person, when
    the item names the person (in full, or the one person of that surname)."""
    people = [f for f in found if f.kind == "person" and " " in f.name]
    if not people:
        return found
    by_name = {f.name: f for f in people}
    surnames: dict[str, list[Found]] = {}
    for f in people:
        surnames.setdefault(f.name.split(" ")[-1], []).append(f)
    out = []
    for f in found:
        if f.kind == "organisation" and not f.listed:
            words = f.name.split(" ")
            i = 0
            while i < len(words) - 1 and words[i].lower().rstrip(".") in _TITLES_BEFORE_NAMES:
                i += 1
            rest = " ".join(words[i:])
            person = by_name.get(rest) or (
                surnames[rest][0] if i and len(surnames.get(rest, ())) == 1 else None
            )
            if i and person is not None:
                f = replace(f, name=person.name, kind="person", affiliation=person.affiliation)
        out.append(f)
    return out


def _shortened(short: str, full: str) -> bool:
    """A name of two words or more that is another's first word and some of its later words, in order."""
    words, rest = short.split(), iter(full.split()[1:])
    return len(words) > 1 and words[0] == full.split()[0] and all(w in rest for w in words[1:])


# "X (Y)", "X group (also known as Y)", "X, also known as Y"; never a list "X, Y", nor a body of X ("United Nations
# agency (UNRWA)")
_ALIAS_GAP = re.compile(
    r"(?:\s+(?:group|party|movement|militia|organi[sz]ation|network|front|alliance|coalition))?\s*(?:\(\s*(?:(?:also\s+)?(?:known|referred\s+to)\s+as\s+|or\s+|aka\s+)?|"
    r",\s*(?:also\s+)?(?:known|referred\s+to)\s+as\s+)"
)


# a capitalised word right before a name, not an article, a possessive or a sentence's first word: the name runs
# on to the left of the model's span ("the National" + "Anti-Corruption Bureau")
_CUT_SHORT = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An)\s)[A-Z][\w-]*(?<!['’]s)\s+$")


def _join_acronyms(text: str, found: list[Found]) -> list[Found]:
    """An organisation and the acronym the item gives as its other name are one: "FBI (Federal Bureau of
    Investigation)", "the Islamic State group (also known as ISIS)"; under the full name, or the one the item uses
    first if it miswrites the full one ("Federal bureau of Investigation"). Matching
    initials alone are not enough: an item may name two bodies with the same letters."""
    # an acronym the model calls a person ("the Center for Countering Digital Hate (CCDH)") counts too
    orgs = [
        f
        for f in found
        if f.kind in ("organisation", "unit")
        or (f.kind == "person" and not f.listed and re.fullmatch(r"[A-Z]{2,6}", f.name))
    ]
    # "CENTCOM", "F.B.I.", "DoJ", "BoE"
    acronyms = {f.name for f in orgs if re.fullmatch(r"[A-Z](?:[A-Z]|\.|[a-z](?=[A-Z])){1,8}\.?", f.name)}
    if not acronyms:
        return found
    first: dict[str, int] = {}
    for f in found:
        first.setdefault(f.name, f.start)
    alias: dict[str, str] = {}
    orgs.sort(key=lambda f: f.start)
    for a, b in zip(
        orgs, orgs[1:], strict=False
    ):  # the alias comes right after the name, or the name after it
        short, long = (a.name, b.name) if a.name in acronyms else (b.name, a.name)
        if (
            short in acronyms
            and long not in acronyms
            and len(long.split()) >= 2
            and a.end <= b.start <= a.end + 40
            and _ALIAS_GAP.fullmatch(text[a.end : b.start]) is not None
        ):
            # under the full name, as the labels' rule has it ("Ukraine's SBU" in a headline, "the Security
            # Service of Ukraine (SBU)" below), unless the item miswrites it ("Federal bureau of Investigation")
            # or the model's span of it is cut short ("the National Anti-Corruption Bureau (NABU)" read from "Anti")
            span = a if a.name == long else b
            written = all(w[:1].isupper() or w in _NAME_LINK for w in long.split()) and not _CUT_SHORT.search(
                text, max(0, span.start - 30), span.start
            )
            keep, drop = (long, short) if written or first[long] < first[short] else (short, long)
            alias[drop] = keep
    # "UN" and "United Nations", "BOE" and "Bank of England" in one item: the initials of a name of two words or
    # more found there too; one actor, under the full name
    by_initials: dict[str, set[str]] = {}
    for f in orgs:
        if f.name not in acronyms and f.kind != "person":
            for initials in _initials(f.name):
                by_initials.setdefault(initials, set()).add(f.name)
    for short in sorted(acronyms - set(alias) - set(alias.values())):
        longs = by_initials.get(short.replace(".", "").upper(), set())
        if len(longs) == 1 and next(iter(longs)) in alias.values() and next(iter(longs))[:1].isupper():
            alias[short] = next(iter(longs))  # "IS" beside "the Islamic State group (also known as ISIS)"
        elif len(longs) == 1 and not {*longs} & (set(alias) | set(alias.values())):
            long = next(iter(longs))
            if long[:1].isupper():
                alias[short] = long
            else:  # a description in lower case ("justice department") goes under the acronym ("DoJ")
                alias[long] = short
    # "ISIS" or "ISIL" and "Islamic State": initials and one or two letters more (the name's longer form, "in Iraq
    # and Syria"), used apart from the name (side by side, the alias rule above decides: "the Harran Front, HFL"
    # is a list, "Harran Front agency (HFA)" a body of it), and nothing else the item names has those initials
    # ("UNSC" beside "UN": a body of the UN)
    spots: dict[str, list[int]] = {}
    for f in orgs:
        spots.setdefault(f.name, []).append(f.start)
    for short in sorted(acronyms - set(alias) - set(alias.values())):
        letters = short.replace(".", "").upper()
        longs = {
            long
            for n in (len(letters) - 2, len(letters) - 1)
            if n >= 2 and letters[:n] not in acronyms
            for long in by_initials.get(letters[:n], ())
            if long[:1].isupper()
        }
        long = next(iter(longs)) if len(longs) == 1 else ""
        if (
            long
            and long not in alias
            and long not in alias.values()
            and all(abs(a - b) > 60 for a in spots[short] for b in spots[long])
        ):
            alias[short] = long
    if not alias:
        return found
    kinds = {f.name: f.kind for f in orgs if f.kind != "person"}  # the long name's kind: an organisation's
    joined = set(alias) | set(alias.values())
    # two names the index knows apart ("EU" and "European Union", both theatre keywords when the actor file is
    # empty) are one body too: a listed name keeps its own name only when the index gave no other for it
    listed = {f.name for f in orgs if f.listed}
    both = {n for pair in alias.items() if set(pair) <= listed for n in pair}
    out = []
    for f in found:
        if f.name in joined and (not f.listed or f.name in both):
            name = alias.get(f.name, f.name)
            long = name if name in kinds else next(d for d, k in alias.items() if k == name and d in kinds)
            f = replace(f, name=name, kind=kinds[long])
        out.append(f)
    return out


def _scan_rest(text: str, tokens: list[Token], found: list[Found]) -> list[Found]:
    """Names the model found early in a long text are counted wherever else they occur (it reads only the start)."""
    known: dict[tuple[str, ...], Found] = {}
    for f in found:
        if f.listed or f.kind not in ("person", "organisation", "unit", "outlet"):
            continue
        known.setdefault(_key(f.name), f)
        if f.kind == "person" and " " in f.name:
            known.setdefault(_key(f.name.split(" ")[-1]), f)
    if not known:
        return found
    covered = [False] * (len(text) + 1)
    for f in found:
        if f.start < f.end:
            covered[f.start : min(f.end, len(text))] = [True] * (min(f.end, len(text)) - f.start)
    firsts = {k[0] for k in known}
    extra = []
    keys = list(map(norm, [t.text for t in tokens]))
    i = 0  # the first token not yet passed over
    # only a token that can start a known name is looked at; the others are passed over one by one
    for j in [j for j, k in enumerate(keys) if k in firsts]:
        if j < i:
            continue
        i = j
        if covered[tokens[i].start]:
            i += 1
            continue
        for size in (4, 3, 2, 1):
            hit = known.get(tuple(keys[i : i + size]))
            if hit is not None and i + size <= len(tokens):
                start, end = tokens[i].start, tokens[i + size - 1].end
                if not any(covered[start:end]):
                    extra.append(replace(hit, start=start, end=end, role=""))
                i += size - 1
                break
        i += 1
    return sorted(found + extra, key=lambda f: f.start)


def _token_at(tokens: list[Token], start: int) -> int | None:
    """The index of the token that starts at this offset, if one does (tokens are in text order)."""
    i = bisect_left(tokens, start, key=lambda t: t.start)
    return i if i < len(tokens) and tokens[i].start == start else None


def _joined_role(before: str, cut: str) -> str:
    """The titles before a name and the title cut off it, said once: when the name's span already starts after the
    cut title, the words before it end with that title ("Supreme Leader Ayatollah" + "Ayatollah")."""
    if cut and before.split()[-len(cut.split()) :] == cut.split():
        return before
    return " ".join(p for p in (before, cut) if p)


def _add_roles(text: str, tokens: list[Token], found: list[Found]) -> list[Found]:
    places = set()
    for f in found:
        if f.kind == "state" and (at := _token_at(tokens, f.start)) is not None:
            i = at
            while i < len(tokens) and tokens[i].end <= f.end:
                places.add(i)
                i += 1
    out = []
    for f in found:
        if f.kind == "person":
            first = _token_at(tokens, f.start)
            before = _role_before(tokens, first, text, places) if first is not None else ""
            if f.listed:  # the configured role is a default for when the text gives none
                role = before or _role_after(text, f.end) or f.role
            else:  # the role is the title cut off the model's name ("Lt. Gen.") and what precedes it
                role = _joined_role(before, f.role) or _role_after(text, f.end)
            if role != f.role:
                f = replace(f, role=role)
        out.append(f)
    return out


_NAME_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")


def _middle_names(name: str) -> list[str]:
    """The capitalised inner words of a name of three or more ("Urdaneta" of "Jose Jesus Urdaneta Gonzalez"),
    none for a name with a suffix ("Trump" of "Donald Trump Jr" is his father's name too)."""
    words = name.split(" ")
    if len(words) < 3 or _NAME_SUFFIX.match(words[-1]):
        return []
    return [w for w in words[1:-1] if len(w) > 2 and w[0].isupper() and not w.endswith(".")]
