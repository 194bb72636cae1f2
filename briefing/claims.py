"""Claims: sentences the text itself marks as unverified, reported, attributed or speculative.

Each flag names the cue words that set it and, where the text says, whom the claim comes from. A sentence that
only reports a non-verification ("Fox News Digital has not independently verified Budanov's claim.") is not a
claim of its own: it marks the earlier sentence it refers to. A claim is corroborated when an item of another
publisher in the same story carries a similar sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from briefing.actors import Found
from briefing.models import Claim
from briefing.phrases import content_words, split_sentences

STATUSES = ("unverified", "reported", "speculative", "attributed")  # a sentence takes the first that applies
SPEAKER_KINDS = frozenset({"person", "organisation", "state", "unit", "outlet"})
_AFTER_NAME = re.compile(r"^(?:[.,;:!?)\"”]|\s+(?:on|in|at|last|this|late|earlier)\b|\s*$)")
MAX_CLAIM_CHARS = 600
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'’/ -]+(?:,\s*[A-Z][\w.'’ -]+)*,?\s+)?{_MONTH}\s+\d{{1,2}}\s*(?:\([\w .]+\)\s*)?[-–—]\s*"
)


def strip_dateline(sentence: str) -> str:
    """'WASHINGTON, Jan 5 (Reuters) - President ...' -> 'President ...'."""
    return DATELINE.sub("", sentence, count=1)

_NEG = (
    r"(?:cannot|can['’]t|couldn['’]t|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|wasn['’]t|weren['’]t|"
    r"isn['’]t|(?:could|can|has|have|had|did|does|do|was|were|is|are|would|will)\s+not)"
)
_VERIFY = r"(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|authenticat(?:e|ed))"


def _rx(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    """The patterns as one alternation: one pass over a sentence instead of one per pattern."""
    return [re.compile("|".join(f"(?:{p})" for p in patterns), re.I)]


UNVERIFIED = _rx(
    [
        rf"\b{_NEG}\s+(?:(?:yet|been|be|able\s+to|immediately|independently|officially|separately|so\s+far)\s+)*{_VERIFY}\b",
        rf"\b(?:has|have|had)\s+yet\s+to\s+(?:be\s+)?(?:independently\s+)?{_VERIFY}\b",
        rf"\bunable\s+to\s+(?:independently\s+)?{_VERIFY}\b",
        r"\bnot\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed|verifiable)\b",
        r"\bnot\s+(?:immediately\s+)?possible\s+to\s+(?:independently\s+)?(?:verify|confirm)\b",
        r"\bwithout\s+independent\s+(?:verification|confirmation)\b",
        r"\b(?:unverified|unconfirmed|uncorroborated)\b",
        r"\bno\s+(?:ha|han|había|habían|pudo|pudieron|se\s+ha|se\s+han|se\s+pudo)\s+(?:sido\s+|podido\s+)?"
        r"(?:verificad[oa]s?|confirmad[oa]s?|verificar|confirmar)\b",
        r"\bsin\s+(?:confirmar|verificar|confirmación\s+oficial|confirmación)\b",
        r"\bno\s+(?:verificad|confirmad)[oa]s?\b",
        r"не\s+удалось\s+(?:независимо\s+)?(?:проверить|подтвердить)",
        r"не\s+(?:может|можем|могут|смогли|смогла|смог)\s+(?:независимо\s+)?(?:проверить|подтвердить)",
        r"(?:пока\s+)?не\s+подтвержд[её]н\w*",
        r"неподтвержд[её]нн\w*",
        r"не\s+провер[её]н\w*",
        r"(?:проверить|подтвердить)\s+(?:эт[уио]\s+)?(?:информацию|данные|сведения|сообщения|это)?\s*не\s+удалось",
    ]
)

REPORTED = _rx(
    [
        r"\b(?:reportedly|allegedly|purportedly|supposedly|ostensibly)\b",
        r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:said|reported|rumou?red|alleged)\s+to\b",
        r"\balleged\b",
        r"\brumou?rs?\b",
        r"\b(?:media|press|local|unconfirmed|news)\s+reports?\b",
        r"\breports?\s+(?:say|said|suggest(?:ed|s)?|indicate[sd]?|claim(?:ed|s)?)\b",
        r"\baccording\s+to\s+(?:media\s+|local\s+|press\s+|unconfirmed\s+|news\s+)?reports\b",
        r"\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b",
        r"\b(?:unnamed|anonymous)\s+(?:\w+\s+)?(?:officials?|sources?|persons?|people)\b",
        r"\bit\s+(?:is|was)\s+(?:understood|reported|claimed)\b",
        r"\b(?:presuntamente|supuestamente|al\s+parecer|aparentemente)\b",
        r"\bpresunt[oa]s?\b",
        r"\bsegún\s+(?:fuentes|reportes|informes|versiones|medios)\b",
        r"\bfuentes\s+(?:consultadas|cercanas|oficiales|extraoficiales|anónimas)\b",
        r"\bякобы\b",
        r"\bпредположительно\b",
        r"\bкак\s+сообщается\b",
        r"\bпо\s+(?:неофициальным\s+|предварительным\s+)?данным\s+(?:источник|СМИ)\w*",
        r"\bпо\s+словам\s+(?:источник|собеседник)\w*",
        r"\bисточник\w*\s+(?:сообщил|рассказал|заявил)\w*",
    ]
)

_UNNAMED_NOUN = (
    r"(?:officials?|sources?|diplomats?|insiders?|aides?|spokes(?:man|woman|person)|"
    r"people\s+(?:familiar|close|briefed|with\s+knowledge)[\w\s,]{0,50}?|"
    r"(?:a|an|one|two|three|several)\s+(?:official|source|diplomat|aide|insider|person)s?"
    r"(?:\s+(?:familiar|close|briefed|with\s+knowledge)[\w\s,]{0,50}?)?)"
)
UNNAMED = _rx(
    [
        rf"\b{_UNNAMED_NOUN}\s+(?:also\s+|later\s+|previously\s+)?(?:said|say|says|told|added)\b",
        r"\baccording\s+to\s+(?:\w+\s+){0,3}?(?:officials?|sources?|diplomats?|people|a\s+person|insiders?|"
        r"a\s+(?:source|official|diplomat))\b",
    ]
)

SPECULATIVE = _rx(
    [
        r"\b(?:many|some|most|experts?|analysts?|observers?|officials?|critics|diplomats?|others)\s+(?:also\s+)?"
        r"(?:believe|expect|fear|predict|suspect|speculate|think|worry)\b",
        r"\b(?:is|are|was|were|it\s+is|it['’]s)\s+(?:widely\s+|generally\s+)?"
        r"(?:believed|expected|thought|predicted|feared|poised|projected|forecast)\s+to\b",
        r"\b(?:likely|unlikely)\s+to\b",
        r"\b(?:could|may|might|would)\s+(?:soon|eventually|potentially|possibly|well|likely|one\s+day)\b",
        r"\b(?:is|are|was|were)\s+(?:reportedly\s+|also\s+|now\s+)?(?:considering|weighing|mulling|contemplating|eyeing)\b",
        r"\bspeculat\w*",
        r"\b(?:forecasts?|predicts?|predicted|predictions?)\b",
        r"\bin\s+the\s+coming\s+(?:days|weeks|months)\b",
        r"\b(?:possibly|perhaps|probably|presumably)\b",
        r"\b(?:podría|podrían|podrá|podrán)\b",
        r"\bse\s+espera\s+que\b",
        r"\b(?:probablemente|posiblemente|quizás|quizá)\b",
        r"\bse\s+(?:cree|prevé|especula)\b",
        r"(?:может|могут|могла|могли|мог)\s+(?:вскоре|скоро|в\s+ближайшее\s+время)",
        r"\b(?:вероятно|возможно|по-видимому|видимо)\b",
        r"\bожидается\b",
        r"\bпо\s+(?:мнению|прогнозам)\b",
    ]
)

SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|stated|claimed|claims|added|wrote|writes|announced|noted|insisted|warned|"
    r"argued|alleged|asserted|confirmed|denied|explained|posted|acknowledged|suggested|testified|declared|"
    r"stressed|according\s+to|dijo|afirmó|aseguró|declaró|señaló|indicó|informó|denunció|explicó|añadió|"
    r"agregó|advirtió|según)\b|(?:заявил|сказал|сообщил|написал|отметил|подчеркнул|рассказал|утверждает|"
    r"утверждают|считает|признал)\w*|по\s+словам",
    re.I,
)
_FORWARD = re.compile(r"^(?:according\s+to|según|по\s+словам)$", re.I)
_GAP_DIRECT = re.compile(
    r"^(?:\s*[’']s(?:\s+[a-z]\w*){1,3})?\s*(?:(?:also|later|then|previously|earlier|has|have|had|again|"
    r"\w+ly|on\s+\w+|in\s+a\s+statement)\s+)*$",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.I)
_REFERENCE = re.compile(
    r"\b(?:the|this|these|that|those|his|her|their|its|such|[\w-]+['’]s)\s+(?:\w+\s+)?"
    r"(?:claims?|reports?|allegations?|assertions?|statements?|accounts?|figures?|numbers?|details?|footage|"
    r"videos?|images?|photos?|information|toll|remarks|comments?|version)\b",
    re.I,
)


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    cues: dict[str, list[str]] = field(default_factory=dict)
    speaker: str = ""
    meta: bool = False


def _cues(patterns: list[re.Pattern[str]], text: str) -> list[str]:
    """The cue words found, each once; a cue inside a longer one already found is left out."""
    out: list[str] = []
    for p in patterns:
        for m in p.finditer(text):
            cue = re.sub(r"\s+", " ", m.group()).strip().lower()
            if not any(cue in c for c in out):
                out = [c for c in out if c not in cue] + [cue]
    return out


def _speaker(text: str, start: int, end: int, found: Sequence[Found], last_person: str) -> tuple[str, str]:
    """Who a sentence is credited to, and the verb that credits it ('' when nobody named is)."""
    for v in SPEECH.finditer(text[start:end]):
        vs, ve = start + v.start(), start + v.end()
        if _FORWARD.match(v.group()):
            after = [
                f for f in found if 0 <= f.start - ve <= 12 and f.kind in SPEAKER_KINDS and not f.demonym
            ]
            if after:
                return after[0].name, v.group().lower()
            continue
        before = [f for f in found if f.end <= vs and f.kind in SPEAKER_KINDS and not f.demonym]
        for p in before:  # "Seth Krummrich, a retired colonel at Global Guardian, said"
            gap = text[p.end : vs]
            appositive = gap.startswith(",") and gap.rstrip().endswith(",") and len(gap) < 220
            if p.kind == "person" and appositive and not SPEECH.search(gap):
                return p.name, v.group().lower()
        if before and _GAP_DIRECT.match(text[before[-1].end : vs]):
            return before[-1].name, v.group().lower()
        after = [
            f for f in found if ve <= f.start <= ve + 3 and f.kind in ("person", "organisation", "outlet")
        ]
        # ", said Zelensky." names the speaker; "said Russian troops" does not
        inverted = v.group().lower() in ("said", "says", "wrote", "added", "dijo", "afirmó", "declaró")
        if after and inverted and _AFTER_NAME.match(text[after[0].end : after[0].end + 8]):
            return after[0].name, v.group().lower()
        if last_person and _PRONOUN.search(text[max(start, vs - 30) : vs]):
            return last_person, v.group().lower()
    return "", ""


def find_claims(text: str, found: Sequence[Found], item_id: str = "") -> list[Claim]:
    """The flagged sentences of one item's text (title first), in text order."""
    found = sorted(found, key=lambda f: f.start)
    sentences: list[_Sentence] = []
    last_person = ""
    seen: set[str] = set()
    starts = [f.start for f in found]
    for s, e in split_sentences(text):
        sent = _Sentence(s, e, text[s:e])
        inside = found[bisect_left(starts, s) : bisect_left(starts, e)]
        for status, patterns in (
            ("unverified", UNVERIFIED),
            ("reported", REPORTED),
            ("speculative", SPECULATIVE),
        ):
            cues = _cues(patterns, sent.text)
            if cues:
                sent.cues[status] = cues
        unnamed = _cues(UNNAMED, sent.text)
        if unnamed:
            sent.cues.setdefault("reported", []).extend(unnamed)
        sent.speaker, verb = _speaker(text, s, e, inside, last_person)
        if sent.speaker and not unnamed:
            sent.cues["attributed"] = [verb]
        if "unverified" in sent.cues:
            sent.meta = _is_meta(sent.text, sent.cues["unverified"][0])
        people = [f for f in inside if f.kind == "person"]
        if people:
            last_person = people[-1].name
        norm_text = re.sub(r"\W+", " ", sent.text.lower()).strip()
        if norm_text in seen:  # a seed's headline is also its first sentence
            continue
        seen.add(norm_text)
        sentences.append(sent)
    for i, sent in enumerate(sentences):
        if sent.meta:
            _mark_target(sentences, i, [f for f in found if sent.start <= f.start < sent.end])
    claims = []
    for sent in sentences:
        if sent.meta:
            continue
        status = next((st for st in STATUSES if sent.cues.get(st)), "")
        if not status:
            continue
        cues = [c for st in STATUSES for c in sent.cues.get(st, [])]
        claims.append(
            Claim(
                sent.text[:MAX_CLAIM_CHARS], status, tuple(dict.fromkeys(cues)), sent.speaker, item_id=item_id
            )
        )
    return claims


def _is_meta(sentence: str, cue: str) -> bool:
    """A sentence that only says something else was not verified ('Reuters could not verify the report.')."""
    at = sentence.lower().find(cue)
    before, after = sentence[:at], sentence[at + len(cue) :]
    if len(before.split()) > 6:
        return False
    return bool(_REFERENCE.search(after) or _REFERENCE.search(before)) or len(sentence.split()) <= 12


def _mark_target(sentences: list[_Sentence], i: int, inside: Sequence[Found]) -> None:
    """Move a non-verification onto the claim it refers to: that person's last claim, else the sentence before."""
    meta = sentences[i]
    names = [f.name for f in inside if f.kind in SPEAKER_KINDS - {"outlet"}]
    target = None
    for name in names:
        target = next((s for s in reversed(sentences[:i]) if s.speaker == name), None) or next(
            (s for s in reversed(sentences[:i]) if name in s.text or name.split(" ")[-1] in s.text), None
        )
        if target is not None:
            if not target.speaker:
                target.speaker = name
            break
    if target is None and i > 0:
        target = sentences[i - 1]
    if target is None:
        meta.meta = False
        return
    target.cues["unverified"] = meta.cues["unverified"] + target.cues.get("unverified", [])


# --- corroboration -----------------------------------------------------------------------------------------------


def corroborate(
    claims: Sequence[Claim], texts: dict[str, str], publisher: dict[str, str], threshold: float = 0.4
) -> list[Claim]:
    """Claims with `corroborated` set when a sentence of another publisher's item says much the same."""
    if len({publisher.get(c.item_id, c.item_id) for c in claims} | set(publisher.values())) < 2:
        return list(claims)
    postings: dict[str, list[int]] = defaultdict(list)
    others: list[tuple[str, set[str]]] = []
    for item_id, text in texts.items():
        for s, e in split_sentences(text):
            words = content_words(text[s:e])
            if len(words) < 4:
                continue
            for w in words:
                postings[w].append(len(others))
            others.append((publisher.get(item_id, item_id), words))
    out = []
    for c in claims:
        words = content_words(c.text)
        mine = publisher.get(c.item_id, c.item_id)
        shared: Counter[int] = Counter()
        for w in words:
            post = postings.get(w, [])
            if len(post) <= 200:
                shared.update(post)
        hit = False
        for j, n in shared.most_common(20):
            pub, other = others[j]
            if pub == mine or n < 4:
                continue
            if n / len(words | other) >= threshold or n / min(len(words), len(other)) >= 0.7:
                hit = True
                break
        out.append(replace(c, corroborated=hit) if hit else c)
    return out
