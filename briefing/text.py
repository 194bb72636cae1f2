"""Text helpers shared by every stage: repair, one-line, HTML to text, sanitised HTML, hashes, language guess."""

from __future__ import annotations

import hashlib
import html
import re

import ftfy
import nh3

ALLOWED_TAGS = {
    *("p", "br", "a", "b", "strong", "i", "em", "ul", "ol", "li"),
    *("blockquote", "h2", "h3", "h4", "code", "pre"),
}
CLEAN_INPUT_MAX = 100_000  # clean_html reads at most this much: its output is cut to 40,000 characters anyway
MAX_BLOCK_TAGS = 2000

# Block tags become line breaks before nh3 sees them: thousands of nested <div>, <section>, <ul>... make the
# HTML5 tree builder quadratic. [^<>]* rather than [^>]*: "<br <br <br" without a ">" must stay linear too.
_BLOCK = re.compile(
    r"</?(p|br|hr|div|li|h[1-6]|tr|td|th|table|tbody|thead|tfoot|blockquote|section|article|aside|center|ul|ol|dl"
    r"|dt|dd|nav|header|footer|main|figure|figcaption|fieldset|legend|details|summary|address|menu|dir|pre|form"
    r"|hgroup)\b[^<>]*>",
    re.I,
)
_BLANK_LINES = re.compile(r"\n(?:[ \t\r\u00a0]*\n)+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# a month as news datelines and dates write it: "Jan", "Jan.", "January", "Sept"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Invisible format characters a publisher scatters through its copy (Reuters' full text puts a zero-width joiner,
# non-joiner, space or word joiner before a word here and there: "announced on Monday \u200cthat"): a reader who
# copies the brief would paste them, and a claim quoted from the text showed two spaces. Dropped where they touch a
# space or an ASCII character; kept between the letters of a script that joins (a Persian non-joiner) and inside an
# emoji sequence (a joiner between two emoji). A zero-width space between two ASCII characters breaks two words
# ("also\u200baccused"): a space.
_WORD_BREAK = re.compile(r"(?<=[\x21-\x7e])\u200b+(?=[\x21-\x7e])")
_INVISIBLE = re.compile(
    r"[\u2060\ufeff]|(?<=[\s\x21-\x7e])[\u200b-\u200d]+|[\u200b-\u200d]+(?=[\s\x21-\x7e])|^[\u200b-\u200d]+"
)


def fix_text(text: str) -> str:
    """Repair mojibake (UTF-8 read as Latin-1, as in the TalCual feeds); strip control characters, lone surrogates
    and the invisible characters a publisher puts between words."""
    fixed = ftfy.fix_text(_SURROGATE.sub("\ufffd", text), normalization="NFC")
    # a lone surrogate cannot be written as UTF-8: one in a title would crash every renderer downstream
    fixed = _SURROGATE.sub("\ufffd", CONTROL.sub("", fixed))
    return _INVISIBLE.sub("", _WORD_BREAK.sub(" ", fixed))


def squash(text: str) -> str:
    """Every run of whitespace (CR, LF, tabs, Unicode line separators) as one space, ends stripped; nothing else."""
    return " ".join(text.split())


def one_line(text: str) -> str:
    """Strangers' text as one line: repaired by fix_text, then squashed (feed text can never split a header).

    fix_text also straightens quotes and unescapes entities: use `squash` for text that is already clean (a
    configured name, a server's reply) and must stay as written.
    """
    return squash(fix_text(text))


def _count(pattern: re.Pattern[str], text: str, limit: int) -> int:
    """Matches of `pattern` in `text`, counting no further than `limit`."""
    n = 0
    for _ in pattern.finditer(text):
        n += 1
        if n >= limit:
            break
    return n


# a list item that is nothing but a link: the "related stories" list a publisher puts in its excerpt (the Guardian's
# "Nicolás Maduro jailed in New York – live updates" between the standfirst and the first paragraph), not its text;
# with a short label before the link ("Full report: <a>Trump says US will 'run' Venezuela</a>", "Explained: <a>...</a>")
_LINK_ITEM = re.compile(
    r"<li\b[^>]*>\s*(?:<p\b[^>]*>\s*)?(?:[A-Z][a-z]+(?: [a-z]+){0,2}:\s*)?<a\b[^>]*>[^<]*</a>\s*(?:</p>\s*)?</li>",
    re.IGNORECASE,
)


# A line break inside a sentence: France 24's "was due to appear in a US court on Monday after his\n\nweekend capture
# by American forces", a Reuters feature's "Reuters accompanied \n people working with \n the \n government": the line
# ends in a lower-case word or a comma and the next opens with a lower-case word, which no paragraph, heading or list
# item does. The break read as a paragraph's end cut the sentence in two for the summaries and the claims.
_WRAPPED = re.compile(r"[a-z,]$")
_CONTINUED = re.compile(r"[a-z]{2}")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped (script/style with their content), entities decoded, list items
    that are only a link (a list of related stories) left out."""
    if not fragment:
        return ""
    if "<li" in fragment or "<LI" in fragment:
        fragment = _LINK_ITEM.sub("", fragment)
    spaced = _BLOCK.sub("\n", fragment)
    text = nh3.clean(spaced, tags=set())
    text = html.unescape(html.unescape(text))
    text = fix_text(_BLANK_LINES.sub("\n", text))  # ftfy works line by line: empty lines only cost time
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if not ln:
            continue
        if out and _WRAPPED.search(out[-1]) and _CONTINUED.match(ln):
            out[-1] += " " + ln  # one sentence broken across lines
        else:
            out.append(ln)
    return "\n".join(out)


# The note a publisher's page puts after a link, left in its feed's plain text with the stock ticker that was the
# link: "Jeju Air (089590.KS) , opens new tab crash", "in Syria , opens new tab by", "Chevron (CVX.N) , opens new tab ,
# could". Only a ticker (a dot inside the brackets) goes with it: "(SDF)" is the text's own.
_LINK_NOTE = re.compile(
    r"(?:\s*\([A-Z0-9]{1,8}\.[A-Z]{1,3}\))?\s*,\s*opens\s+new\s+tab\b(?:\s*(?=[,.;:!?)]))?"
)


# France 24's full text carries its video promos as lines of their own, "Watch more <a video's title>", between the
# article's paragraphs: not the article's words (their quoted titles read as claims, their names as actors, and a "she
# added" after one looked for its speaker in the promo)
_PROMO_LINE = re.compile(r"^[ \t]*Watch more [^\n]*(?:\n|$)", re.MULTILINE)


# The line WordPress (and its SEO plugins) ends every feed item with, pointing back to the site, as each locale words
# it: "The post <title> appeared first on <site>.", "La entrada <title> se publicó primero en <site>." (El Pitazo),
# "O post ... apareceu primeiro em ...", "Сообщение ... появились сначала на ...". Not the article's words: its title
# read again as a sentence, the site as an actor. Only at the end of the text, and cut short as a feed may cut it;
# the site's name after it is a name, so a sentence that ends "... appeared first on the list" is kept.
_BACKLINK_SAYS = (
    "appeared first on",
    "se publicó primero en",
    "apareceu primeiro em",
    "появились сначала на",
)
_BACKLINK_CUT = 15  # of the words, at least, that may end a cut text ("... se publicó primero e")


def _spaced(words: str) -> str:
    return re.escape(words).replace(r"\ ", r"\s+")


_BACKLINK = re.compile(
    r"\s*(?:The\s+post|La\s+entrada|O\s+post|Сообщение)\s+[^\n]{1,400}?\s+(?:(?:"
    + "|".join(_spaced(w) for w in _BACKLINK_SAYS)
    # the site's name: a name, not a sentence's words ("The post office appeared first on the list")
    + r")(?:\s+(?![a-z])[^\n]{0,120})?|"
    # ... or the words themselves cut short where the text ends
    + "|".join(_spaced(w[:k]) for w in _BACKLINK_SAYS for k in range(len(w) - 1, _BACKLINK_CUT - 1, -1))
    + r")\s*$"
)


# Reddit's trailer after a shared link or a post: "submitted by /u/NAME [link] [comments]" (the link is the item's own)
_SUBMITTED = re.compile(r"\s*submitted\s+by\s+/?u/[\w-]+\s*(?:\[link\]\s*)?\[comments\]\s*$")


def drop_link_notes(text: str) -> str:
    """Feed text without the "opens new tab" notes (and their tickers) that Reuters' feeds leave after a link,
    without France 24's "Watch more ..." video promo lines, Reddit's "submitted by /u/... [link] [comments]", and
    WordPress's closing "The post ... appeared first on ..." line (in English, Spanish, Portuguese or Russian)."""
    text = _LINK_NOTE.sub("", text) if "new tab" in text else text
    text = _PROMO_LINE.sub("", text) if "Watch more " in text else text
    text = _SUBMITTED.sub("", text) if "[comments]" in text else text
    return _BACKLINK.sub("", text) if any(w[:_BACKLINK_CUT] in text for w in _BACKLINK_SAYS) else text


def clean_html(fragment: str) -> str:
    """Sanitise feed HTML for display: a small tag set, http(s) links only, no scripts, styles or handlers.

    Only the first CLEAN_INPUT_MAX characters are read, and markup with more than MAX_BLOCK_TAGS block tags is
    kept as plain text only: thousands of nested block tags make the HTML5 parser quadratic.
    """
    fragment = fragment[:CLEAN_INPUT_MAX]
    if _count(_BLOCK, fragment, MAX_BLOCK_TAGS) >= MAX_BLOCK_TAGS:
        return "".join(f"<p>{html.escape(line)}</p>" for line in html_to_text(fragment).splitlines())
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
    )


def stable_hash(*parts: str) -> str:
    """SHA-256 hex of the parts joined by a unit separator (lone surrogates allowed)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(title: str, summary: str) -> str:
    """The same words in the same order give the same hash, whatever the case, punctuation or spacing."""
    norm = re.sub(r"\W+", " ", f"{title} {summary}".lower()).strip()
    return stable_hash(norm)[:32]


def display_name(name: str, limit: int = 120) -> str:
    """A file name fit for a log line and a brief: undecodable bytes replaced, one line, not too long."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return one_line(text)[:limit] or "?"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ES_WORDS = (
    "el la los las de del que y en un una por para con no se su al es lo como más pero sus le ya o este sí "
    "porque esta entre cuando muy sin sobre también"
)
_EN_WORDS = (
    "the of and to in a is that for it as was with be by on not he i this are or his from at which but have "
    "an they you were"
)
_ES = frozenset(_ES_WORDS.split())
_EN = frozenset(_EN_WORDS.split())


def detect_language(text: str, declared: str = "") -> str:
    """ru/es/en from the text itself (feeds mislabel: El Pitazo says en and writes Spanish); else the declared one."""
    sample = text[:2000]
    letters = sum(ch.isalpha() for ch in sample) or 1
    if len(_CYRILLIC.findall(sample)) / letters > 0.3:
        return "ru"
    if len(_CJK.findall(sample)) / letters > 0.3:
        return "zh"
    words = re.findall(r"[a-záéíóúñü]+", sample.lower())
    es = sum(w in _ES for w in words)
    en = sum(w in _EN for w in words)
    if es > en and es >= 2:
        return "es"
    if en > es and en >= 2:
        return "en"
    return re.sub(r"[^a-z]", "", (declared or "en").split("-")[0].lower())[:8] or "en"
