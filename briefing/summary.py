"""Summaries: an extractive summary per story (the items' own sentences, verbatim) and a BLUF per theatre."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.models import Item, Story
from briefing.phrases import content_words, split_sentences

MAX_SENTENCES = 3
MAX_CHARS = 700
SENTENCES_PER_ITEM = 6
# "SEOUL, Jan 3 (Reuters) - ": the dateline is dropped, the sentence after it is kept as written.
DATELINE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý .,'’/-]{1,60}(?:,\s*[A-Z][\w .]{1,30})?,?\s+)?(?:\w{3,9}\.?\s+\d{1,2}\s+)?"
    r"\((?:Reuters|AP|AFP|Bloomberg|RIA|TASS|EFE)\)\s*[-–—]+\s*"
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


def _candidates(items: Sequence[Item]) -> list[tuple[int, int, str]]:
    """(item rank, position, sentence) for the first sentences of each item, datelines and boilerplate dropped."""
    out = []
    for rank, it in enumerate(items):
        text = it.summary
        for pos, (s, e) in enumerate(split_sentences(text)[:SENTENCES_PER_ITEM]):
            sentence = DATELINE.sub("", text[s:e]).strip()
            words = sentence.split()
            if len(words) < 6 or len(words) > 70 or BOILERPLATE.search(sentence) or sentence.endswith("?"):
                continue
            if sentence.rstrip(" \"”'’)").endswith(("…", "...", "[…]")):
                continue
            out.append((rank, pos, sentence))
    return out


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
    return " ".join(sentence for _r, _p, sentence, _w in chosen)


def bluf(theatre: str, stories: Sequence[Story], top: int = 3) -> str:
    """Bottom line up front: how much happened in the theatre, its top stories, who matters, what is unconfirmed."""
    if not stories:
        return "Nothing new in this theatre."
    publishers = {p for st in stories for p in st.publishers} or {str(st.sources) for st in stories}
    n = len(stories)
    parts = [
        f"{n} {'story' if n == 1 else 'stories'} from {len(publishers)} independent source{'s' if len(publishers) != 1 else ''}."
    ]
    lines = []
    for st in stories[:top]:
        cred = CREDIBILITY_WORDS.get(st.credibility, "")
        src = f"{st.sources} source{'s' if st.sources != 1 else ''}"
        lines.append(f"{st.headline.rstrip('.')} ({src}; {cred})")
    parts.append(("Top: " if len(lines) > 1 else "Top story: ") + "; ".join(lines) + ".")
    counts: Counter[str] = Counter()
    for st in stories:
        for a in st.actors:
            if a.kind not in ("outlet", "place", "state"):
                counts[a.name] += 1
    key = [name for name, _ in counts.most_common(4)]
    if key:
        parts.append("Key actors: " + ", ".join(key) + ".")
    flagged = sum(
        1 for st in stories if any(c.status == "unverified" and not c.corroborated for c in st.claims)
    )
    if flagged:
        parts.append(f"Unverified claims in {flagged} {'story' if flagged == 1 else 'stories'}.")
    return " ".join(parts)
