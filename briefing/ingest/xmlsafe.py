"""XML safety: refuse dangerous DTDs (XXE, entity bombs), neutralise impossible character references, cut floods.

The entity declarations are read by defusedxml's expat parser (external references forbidden), not by pattern
matching; the verdict is ours, because defusedxml can only forbid every declaration, and a feed may declare a
harmless character entity such as &nbsp;.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

MAX_ENTRIES = (
    2000  # entries read per feed: a flood of tiny entries within the size cap would cost minutes and GBs
)
MAX_ENTITY_CHARS = 1024
MAX_ENTITIES = 50

_ROOT = re.compile(rb"<[A-Za-z_]")  # the root element; a DTD, if any, comes before it
_ENTITY_REF = re.compile(r"[&%][A-Za-z_:][\w.:-]*;")
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)


def _ascii_compatible(body: bytes) -> bytes:
    """The document as ASCII-compatible bytes (UTF-16/32 documents are decoded to UTF-8 first)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, "replace").encode("utf-8")
    return body


def _prolog(body: bytes) -> bytes:
    """Everything before what looks like the root element; a DTD, if any, is there."""
    m = _ROOT.search(body)
    return body[: m.start()] if m else body


@dataclass(frozen=True)
class _Entity:
    name: str
    parameter: bool
    value: str | None
    external: bool


class _EndOfDtd(Exception):
    """Raised by the parser's handler at the end of the DTD: nothing after it is needed."""


def _declarations(body: bytes) -> tuple[list[_Entity], bool]:
    """The entity declarations of a document as expat reads them, and whether its DTD could be read to its end."""
    found: list[_Entity] = []
    # the body is ASCII-compatible bytes here; Latin-1 reads any byte, so a wrong encoding cannot stop the parse
    parser = DefusedXMLParser(
        encoding="iso-8859-1", forbid_dtd=False, forbid_entities=False, forbid_external=True
    )

    def entity(
        name: str,
        parameter: int,
        value: str | None,
        _base: object,
        system: object,
        public: object,
        _n: object,
    ) -> None:
        found.append(_Entity(name, bool(parameter), value, bool(system or public)))

    def unparsed(name: str, _base: object, system: object, public: object, _notation: object) -> None:
        found.append(_Entity(name, False, None, True))

    def end() -> None:
        raise _EndOfDtd

    parser.parser.EntityDeclHandler = entity
    parser.parser.UnparsedEntityDeclHandler = unparsed
    parser.parser.EndDoctypeDeclHandler = end
    try:
        parser.feed(body)
    except _EndOfDtd:
        return found, True
    except (ParseError, DefusedXmlException):
        return found, False
    return found, False


def refused_dtd(body: bytes) -> str:
    """Why a document's DTD is refused (external entities: XXE; nested or many entities: expansion bombs), or ''.

    feedparser drops most entity declarations itself and expat neither fetches external entities nor lets a
    billion laughs grow unbounded; this check makes the refusal explicit, with a reason, before any parser runs.
    """
    body = _ascii_compatible(body)
    if b"<!entity" not in _prolog(body).lower():
        return ""
    decls, complete = _declarations(body)
    if any(d.external for d in decls):
        return "refused: the feed declares an external XML entity (XXE attempt to read local files)"
    # expat reads no declaration after a parameter-entity reference, so one declared is refused outright
    if any(d.parameter or _ENTITY_REF.search(d.value or "") for d in decls):
        return "refused: the feed declares nested XML entities (entity-expansion bomb, 'billion laughs')"
    if any(len(d.value or "") > MAX_ENTITY_CHARS for d in decls):
        return "refused: the feed declares an oversized XML entity (entity-expansion attempt, 'quadratic blowup')"
    if len(decls) > MAX_ENTITIES:
        return f"refused: the feed declares {len(decls)} XML entities (entity-expansion attempt)"
    if not complete:
        # a DTD a strict parser stops in (lower-case keywords, broken quotes) may still be read by a lenient one
        return "refused: the feed declares XML entities in a malformed DTD (XXE or entity-bomb attempt?)"
    return ""


# numeric references to code points that are not characters (NUL, surrogates, > U+10FFFF) crash feedparser's
# lenient parser; only long or zero ones can be such, so only those are looked at
_BIG_CHARREF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{4,})|0*([0-9]{5,})|(0+));")


def neutralise_charrefs(body: bytes) -> bytes:
    """The document with references to code points that are not characters replaced by U+FFFD."""

    def sub(m: re.Match[bytes]) -> bytes:
        hexa, dec, _zero = m.groups()
        digits = hexa or dec
        if not digits or len(digits) > 7:
            return b"&#xFFFD;"
        n = int(digits, 16 if hexa else 10)
        return b"&#xFFFD;" if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF else m.group(0)

    return _BIG_CHARREF.sub(sub, body)


_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]")
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")


def limit_entries(body: bytes, limit: int = MAX_ENTRIES) -> tuple[bytes, int]:
    """The document cut after `limit` entries (the closing tags kept), and how many entries it had; 0 = not cut."""
    starts = []
    for m in _ENTRY_START.finditer(body):
        starts.append(m.start())
        if len(starts) > limit:
            break
    if len(starts) <= limit:
        return body, 0
    cut = starts[limit]
    total = limit + sum(1 for _ in _ENTRY_START.finditer(body, cut))
    last_end = None
    for m in _ENTRY_END.finditer(body, cut):
        last_end = m.end()
    return body[:cut] + (body[last_end:] if last_end else b""), total
