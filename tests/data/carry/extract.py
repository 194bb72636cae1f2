"""Rebuild this folder's fixtures from a desk-check output folder (`../shared/tools/desk-check DIR`).

    PYTHONPATH=. python tests/data/carry/extract.py DIR DAY_BEFORE DAY

Writes DAY_BEFORE.previous.json (what the store kept of that day's brief for carry-over, with every item's link and
title) and DAY.stories.json (every story the grouping made on DAY, shown or not, with its items' link, title,
publisher and first 1000 characters of text). Labels (labels.json) are kept by hand and name items by link.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

from briefing import analyse, config, pipeline
from briefing.store import Store

HERE = Path(__file__).resolve().parent


def main(folder: str, before: str, day: str) -> None:
    os.chdir(folder)
    settings = config.load(Path("briefing.toml"), environ={})
    store = Store(settings.database_url)
    prev = store.brief_data(before)
    assert prev is not None, f"no brief of {before} in {folder}"
    ids = {i for kind in ("stories", "commentary") for o in prev[kind] for i in o["item_ids"]}
    window = pipeline.coverage_window(date.fromisoformat(day), settings)
    items = store.items_in_window(*window)
    analysed, found = analyse.analyse(items, settings, store)
    known = {it.id: it for it in analysed}
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("select id, url, title from items").fetchall()
    link = {r[0]: (r[1], r[2]) for r in rows}
    kept = {
        kind: [
            {
                **o,
                "links": [link[i][0] for i in o["item_ids"] if i in link],
                "all_titles": [link[i][1] for i in o["item_ids"] if i in link],
            }
            for o in prev[kind]
        ]
        for kind in ("stories", "commentary")
    }
    (HERE / f"{before}.previous.json").write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n")
    out = []
    for st in found:
        out.append(
            {
                "id": st.id,
                "theatre": st.theatre,
                "headline": st.headline,
                "publishers": list(st.publishers),
                "about": st.about,
                "items": [
                    {
                        "id": i,
                        "link": known[i].url,
                        "title": known[i].title,
                        "publisher": known[i].publisher,
                        "published": known[i].published.isoformat() if known[i].published else None,
                        "text": known[i].summary[:1000],
                        "in_previous": i in ids,
                    }
                    for i in (*st.item_ids, *st.commentary)
                    if i in known
                ],
            }
        )
    (HERE / f"{day}.stories.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(kept['stories'])} + {len(kept['commentary'])} remembered, {len(out)} stories on {day}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
