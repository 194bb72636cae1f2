"""The README's Layout section names every module of the package, and names nothing that is not there."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def layout() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Layout", 1)[1].split("```", 2)[1]
    paths: list[str] = []
    parents: list[tuple[int, str]] = []
    for line in block.splitlines():
        m = re.match(r"( *)(\S+)", line)
        if not m:
            continue
        depth, name = len(m.group(1)), m.group(2)
        parents = [(d, p) for d, p in parents if d < depth]
        path = "".join(p for _, p in parents) + name
        paths.append(path)
        if name.endswith("/"):
            parents.append((depth, name))
    return paths


def test_every_module_is_in_the_layout() -> None:
    listed = set(layout())
    modules = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "briefing").rglob("*.py")
        if p.name != "__init__.py" and "templates" not in p.parts
    }
    assert modules - listed == set()


def test_everything_in_the_layout_exists() -> None:
    missing = [p for p in layout() if p != "output/" and not (ROOT / p).exists()]
    assert missing == []
