"""Summaries: an extractive summary per story (the items' own sentences, verbatim) and a BLUF per theatre."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.models import Bullet, Item, Story
from briefing.phrases import content_words, split_sentences
from briefing.text import MONTH

MAX_SENTENCES = 3
MAX_CHARS = 700
SENTENCES_PER_ITEM = 6
CLAIM_CHARS = 160  # of an unverified claim quoted in a BLUF bullet
# News agencies whose copy other outlets run under their own name, as their datelines spell them
# ("PARIS, Jan 6 (Reuters) -", "KYIV, Ukraine (AP) —"); publishers.origins counts an outlet's copy of one
# as the agency's.
WIRES = (
    "Reuters",
    "AP",
    "AFP",
    "Bloomberg",
    "RIA",
    "TASS",
    "EFE",
    "dpa",
    "Xinhua",
    "ANSA",
    "IANS",
    "PTI",
    "UPI",
    "ANI",
    "Kyodo",
    "Yonhap",
)

# "SEOUL, Jan 3 (Reuters) - ": the dateline is dropped, the sentence after it is kept as written.
# One place of a dateline: "KYIV", "PALM BEACH, Florida", "WASHINGTON, D.C."; a dateline has up to four,
# joined by "/" ("PALM BEACH, Florida/WASHINGTON, Jan 3 (Reuters) - ").
_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?"
# ... and the same without the agency when the feed drops it ("ALEPPO, Syria, Jan 7 - "): then the month and day
# must be written, so a sentence that opens with a capitalised word and a dash is not taken for one
DATELINE = re.compile(
    rf"^(?:{_PLACE}(?:\s*/\s*{_PLACE}){{0,3}},?\s+)?(?:\w{{3,9}}\.?\s+\d{{1,2}}\s+)?"
    r"\((?P<agency>" + "|".join(WIRES) + r")\)\s*[-–—]+\s*"
    rf"|^{_PLACE}(?:\s*/\s*{_PLACE}){{0,3}},?\s+{MONTH}\s+\d{{1,2}}\s*[-–—]+\s*"
)
BOILERPLATE = re.compile(
    r"^(?:reporting by|editing by|writing by|additional reporting|sign up|subscribe|read more|click here|"
    r"photo:|image:|watch:|listen:|copyright|all rights reserved|follow us|share this|the post\b|"
    r"this article|this story|related:|advertisement)|\bcontinue reading\b|\bappeared first on\b",
    re.I,
)
STATUS_WORDS = {
    "unverified": "unverified",
    "reported": "hedged or unnamed-source",
    "speculative": "speculative",
}
CREDIBILITY_WORDS = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}


# "Yemen , an unstable country": a space left before a comma where a feed dropped a link's markup
_LOOSE_PUNCTUATION = re.compile(r"(?<=\w) +([,;.])(?=\s|$)")
_LOOSE_POSSESSIVE = re.compile(r"(?<=\w) +(['’]s)(?=\s)")


def tidy(text: str) -> str:
    """The text without spaces before a comma, semicolon, full stop or possessive 's ("Ukraine 's allies", where
    a feed dropped a link's markup): the words stay the source's own."""
    return _LOOSE_POSSESSIVE.sub(r"\1", _LOOSE_PUNCTUATION.sub(r"\1", text))


def _candidates(items: Sequence[Item]) -> list[tuple[int, int, str]]:
    """(item rank, position, sentence) for the first sentences of each item, datelines and boilerplate dropped."""
    out = []
    for rank, it in enumerate(items):
        text = it.summary
        spans = split_sentences(text)
        for pos, (s, e) in enumerate(spans[:SENTENCES_PER_ITEM]):
            sentence = _sentence(text, s, e)
            if not sentence:
                continue
            if pos == len(spans) - 1 and pos > 0 and cut_off(text, spans):
                continue
            out.append((rank, pos, sentence))
    return out


def _sentence(text: str, s: int, e: int) -> str:
    """text[s:e] as a sentence a lede or summary may quote (dateline dropped, tidied), or "" when it may not: too
    short or too long, boilerplate, a question, or one its feed cut off with an ellipsis."""
    sentence = tidy(DATELINE.sub("", text[s:e]).strip())
    words = sentence.split()
    if len(words) < 6 or len(words) > 70 or BOILERPLATE.search(sentence) or sentence.endswith("?"):
        return ""
    if sentence.rstrip(" \"”'’)").endswith(("…", "...", "[…]")):
        return ""
    return sentence


def cut_off(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a text's last sentence was cut off by its feed: it has no full stop where the sentences before it
    have theirs ("... Nicolas Maduro and his wife. Both the Russian Embassy in Caracas and the Economy Mi"; a TASS
    text that ends every sentence without one is whole)."""
    last = text[spans[-1][0] : spans[-1][1]].rstrip()
    return not (_SENTENCE_END.search(last) or _QUOTE_CREDITED.search(last)) and any(
        _SENTENCE_END.search(text[s:e].rstrip()) for s, e in spans[:-1]
    )


def extract(items: Sequence[Item], headline: str = "", limit: int = MAX_SENTENCES) -> str:
    """Two or three of the items' own sentences that best tell the story; never new text."""
    candidates = _candidates(items)
    if not candidates:
        return ""
    df: Counter[str] = Counter()
    for it in items:
        df.update(content_words(f"{it.title} {it.summary[:1500]}"))
    head = content_words(headline)
    scored = []
    for rank, pos, sentence in candidates:
        words = content_words(sentence)
        if not words or len(words & head) / len(words | head) > 0.8:  # the headline again
            continue
        weight = sum(df[w] for w in words) / (len(words) ** 0.5)
        weight += 2.0 * len(words & head) + (3.0 if pos == 0 else 1.0 if pos == 1 else 0.0) - 0.3 * rank
        scored.append((weight, rank, pos, sentence, words))
    scored.sort(key=lambda r: (-r[0], r[1], r[2]))
    chosen: list[tuple[int, int, str, set[str]]] = []
    total = 0
    for _weight, rank, pos, sentence, words in scored:
        if any(len(words & w) / max(1, len(words | w)) > 0.5 for *_, w in chosen):
            continue
        if chosen and total + len(sentence) > MAX_CHARS:
            continue
        chosen.append((rank, pos, sentence, words))
        total += len(sentence) + 1
        if len(chosen) >= limit:
            break
    chosen.sort(key=lambda r: (r[0], r[1]))
    return join_passages([sentence for _r, _p, sentence, _w in chosen])


_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
# a quotation closed by its speaker ('"... pretextual," Dennis Kucinich stressed'): whole, though the feed left off
# the full stop after it
_QUOTE_CREDITED = re.compile(
    r"[,!?][\"”]\s+[^\"“”.]{1,80}?\b(?:said|says|stressed|added|noted|wrote|explained|insisted|warned|stated|"
    r"concluded|emphasi[sz]ed|told\s+[\w ]{1,30})$"
)
_PASSAGE_END = re.compile(r"[.!?…:;][\"”’')\]]*$")  # a passage that needs no break after it
PASSAGE_BREAK = " — "  # after a passage with no full stop of its own (a standfirst): words stay the source's


def join_passages(passages: Sequence[str]) -> str:
    """The passages as one text. A standfirst ends without a full stop ("... imposed his will on their country"), and
    run on into the next sentence it reads as one garbled sentence, so an em dash separates it; no full stop is
    invented."""
    out = ""
    for passage in passages:
        if out:
            out += " " if _PASSAGE_END.search(out) else PASSAGE_BREAK
        out += passage
    return out


def lede(items: Sequence[Item]) -> tuple[str, Item | None]:
    """The first whole sentence of the first report that has one (the lede), verbatim, and that report.

    A report whose text is cut off mid-sentence or is only a headline gives none; then the next report is read.
    A feature's first sentence that opens on a pronoun sets a scene ("It was the fever dream of ..."): when a
    standfirst comes before it (a first paragraph of its own, written without a full stop, as the Guardian's are),
    the standfirst says what the report is about and is taken instead.
    """
    for it in items:
        standfirst = ""
        for _rank, pos, sentence in _candidates([it]):
            if pos > 1:
                break
            if _SENTENCE_END.search(sentence):
                if standfirst and _SCENE_OPENING.match(sentence):
                    return standfirst, it
                return sentence, it
            if (
                pos == 0
                and not _SCENE_OPENING.match(sentence)
                and " | " not in sentence
                and _standfirst(it, sentence)  # last: it splits the text again
            ):
                standfirst = sentence
    return "", None


# a first sentence that opens on a pronoun with nothing before it to refer to: a feature's scene, not its news
_SCENE_OPENING = re.compile(r"^(?:It|He|She|They|We|I)\b")
SCENE_CHARS = 1500  # how much of a text the scene test reads: its first sentences are all it needs


def opens_on_a_scene(item: Item) -> bool:
    """Whether the text opens as a feature or a column does, not as a report: its first whole sentence (the first,
    or the second after a standfirst) opens on a pronoun with nothing before it to refer to ("It was the fever
    dream of the revolution ...", "I knew all about the NHS's challenges ..."). The sentences `lede` reads."""
    text = item.summary[:SCENE_CHARS]
    for s, e in split_sentences(text)[:2]:
        sentence = _sentence(text, s, e)
        if sentence and _SENTENCE_END.search(sentence):
            return bool(_SCENE_OPENING.match(sentence))
    return False


def _standfirst(item: Item, sentence: str) -> bool:
    """Whether a first passage is a paragraph of its own with more text after it, and not the headline again."""
    text = item.summary.lstrip()
    spans = split_sentences(text)
    if len(spans) < 2:
        return False
    start, end = spans[0]
    if "\n" not in text[end : spans[1][0]] or not text[start:end].strip().endswith(sentence[-20:]):
        return False
    words, head = content_words(sentence), content_words(item.title)
    return bool(words) and len(words & head) / len(words | head) <= 0.8


def bullet(story: Story, items: dict[str, Item]) -> Bullet:
    """One BLUF line for a top story: its lede (or, failing that, its headline), sources, credibility, claim."""
    members = [items[i] for i in story.item_ids if i in items]
    text, source = lede(members)
    if not text:
        text, source = story.headline, (members[0] if members else None)
    doubted = [c.text for c in story.claims if c.status == "unverified" and not c.corroborated]
    own = [
        claim for claim in doubted if _same_sentence(claim, text)
    ]  # the lede is itself the claim: not quoted twice
    unverified = next((claim for claim in doubted if claim not in own), "")
    if len(unverified) > CLAIM_CHARS:  # the claim's own words, cut at a word with a visible ellipsis
        unverified = unverified[:CLAIM_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + " \u2026"
    language = source.language if source is not None else "en"
    names: tuple[str, ...] = ()
    if language != "en" and source is not None:
        names = tuple(dict.fromkeys(a.name for a in source.actors if a.kind != "outlet"))[:6]
    return Bullet(
        story_id=story.id,
        text=text,
        publishers=story.publishers,
        credibility=story.credibility,
        unverified=unverified,
        language=language,
        names=names,
        text_unverified=bool(own),
    )


def _same_sentence(claim: str, text: str) -> bool:
    """Whether a claim is the bullet's sentence, spacing and a dateline before either aside ("CARACAS, Jan 4
    (Reuters) - ..." against the sentence without it)."""
    a, b = sorted((" ".join(t.split()) for t in (claim, text)), key=len)
    return a == b or (len(a) >= 40 and b.endswith(a) and len(b) - len(a) <= 60)


def bullet_line(b: Bullet) -> str:
    """A bullet as one line of text: the sentence, then (sources; credibility; unverified claim)."""
    extra = [", ".join(b.publishers) or "no named source", CREDIBILITY_WORDS.get(b.credibility, "")]
    if b.language != "en":
        extra.insert(0, b.language + (": " + ", ".join(b.names) if b.names else ""))
    if b.text_unverified:
        extra.append("unverified: this sentence")
    if b.unverified:
        extra.append(f"unverified: \u201c{b.unverified}\u201d")
    return f"{b.text} ({'; '.join(e for e in extra if e)})"


def counts(stories: Sequence[Story], commentary: int = 0) -> str:
    """The small line under the bullets: stories, publishers, flagged claims, commentary."""
    if not stories:
        return "Nothing new in this theatre."
    n = len(stories)
    publishers = {p for st in stories for p in st.publishers}
    claims = sum(len(st.claims) for st in stories)
    parts = [
        f"{n} {'story' if n == 1 else 'stories'} from {len(publishers)} "
        f"publisher{'s' if len(publishers) != 1 else ''}",
        f"{claims} flagged claim{'s' if claims != 1 else ''}",
    ]
    if commentary:
        parts.append(f"{commentary} commentary piece{'s' if commentary != 1 else ''}")
    return "; ".join(parts) + "."
