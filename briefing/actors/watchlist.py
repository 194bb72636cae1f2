"""The watch list: actors.toml read into an ActorConfig, and its actors and the outlets list added to the
phrase index."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from briefing.actors.words import KINDS
from briefing.config import read_toml
from briefing.errors import ConfigError
from briefing.phrases import Entry, PhraseIndex, key_of

ACTOR_PRIORITY = 30


@dataclass(frozen=True)
class ActorConfig:
    actors: tuple[Entry, ...]
    aliases: dict[str, tuple[str, ...]]  # canonical name -> aliases (including the name)


def load_actors(path: Path) -> ActorConfig:
    """Read actors.toml: [[actors]] (name, kind, aliases, affiliation, role) and [[outlets]] (name, aliases)."""
    data = read_toml(path, "check analysis.actors_file")
    unknown = set(data) - {"actors", "outlets"}
    if unknown:
        raise ConfigError(
            f"{path.name}: unknown section '{sorted(unknown)[0]}'", "known: [[actors]] and [[outlets]]"
        )
    entries: list[Entry] = []
    aliases: dict[str, tuple[str, ...]] = {}
    for table, rows in (("actors", data.get("actors", [])), ("outlets", data.get("outlets", []))):
        for i, raw in enumerate(rows):
            where = f"{path.name}: {table}[{i}]"
            allowed = (
                {"name", "kind", "aliases", "affiliation", "role"}
                if table == "actors"
                else {"name", "aliases"}
            )
            extra = set(raw) - allowed
            if extra:
                raise ConfigError(
                    f"{where}: unknown key '{sorted(extra)[0]}'", "known: " + ", ".join(sorted(allowed))
                )
            name = raw.get("name")
            if not isinstance(name, str) or not name.strip():
                raise ConfigError(f"{where}: needs a name", 'add name = "..."')
            kind = raw.get("kind", "organisation") if table == "actors" else "outlet"
            if kind not in KINDS:
                raise ConfigError(
                    f"{where}.kind: {kind!r} is not one of {', '.join(KINDS)}", 'e.g. kind = "person"'
                )
            names = raw.get("aliases", [])
            if not isinstance(names, list) or not all(isinstance(a, str) for a in names):
                raise ConfigError(f"{where}.aliases: expected a list of strings", 'e.g. aliases = ["Maduro"]')
            for alias in names:
                if sum(ch.isalnum() for ch in alias) < 2:  # "." or "A" would match nearly every story
                    raise ConfigError(
                        f"{where}.aliases: {alias!r} is too short (an alias needs 2 letters or digits)",
                        "remove it, or write the name out",
                    )
            for key in ("affiliation", "role"):
                if not isinstance(raw.get(key, ""), str):
                    raise ConfigError(f"{where}.{key}: expected a string", "quote the value")
            entries.append(
                Entry(
                    name.strip(),
                    kind,
                    affiliation=raw.get("affiliation", ""),
                    role=raw.get("role", ""),
                    priority=ACTOR_PRIORITY,
                )
            )
            aliases[name.strip()] = (name.strip(), *names)
    return ActorConfig(tuple(entries), aliases)


OUTLETS_FILE = Path(__file__).parent.parent / "data" / "outlets.txt"
OUTLET_PRIORITY = 25  # above the gazetteer's places, below actors.toml


@lru_cache(maxsize=1)
def package_outlets() -> tuple[tuple[str, ...], ...]:
    """The package's list of news outlets and agencies (data/outlets.txt): each outlet's name, then its other names."""
    return tuple(
        tuple(n.strip() for n in line.split("|") if n.strip())
        for line in OUTLETS_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def add_outlets(index: PhraseIndex) -> None:
    """The package's list of news outlets and agencies, so media cited as sources are known without actors.toml."""
    for names in package_outlets():
        entry = Entry(names[0], "outlet", priority=OUTLET_PRIORITY)
        for alias in names:
            index.add(alias, entry)
            if alias.startswith("The "):
                index.add("the " + alias[4:], entry)
                index.add(alias[4:], entry)


def add_actors(index: PhraseIndex, config: ActorConfig, keyword_theatre: dict[tuple[str, ...], str]) -> None:
    """Put every actor and outlet alias into the phrase index; a theatre keyword keeps its theatre."""
    for entry in config.actors:
        for alias in config.aliases[entry.name]:
            theatre = keyword_theatre.get(key_of(alias), "")
            index.add(alias, replace(entry, theatre=theatre) if theatre else entry)
            if alias.startswith("The ") and entry.kind == "outlet":
                index.add("the " + alias[4:], entry)
