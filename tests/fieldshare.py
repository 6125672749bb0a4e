"""How many fields of an imported report equal a reference report's: the importer's measure.

Both reports are flattened to their leaf fields, each with its path
(``destinations[1].visit.sections[0].blocks[2].children[0].text``); the share is
the number of paths present in both with equal values over the number of paths
in either. Lists are compared position by position, so a paragraph split in two
or a block put at the wrong level also counts against every field after it in
its list. Topic ids are compared as the topic's position in 用務 (ids are random);
photos are left out on both sides (text holds no pictures).
"""

from __future__ import annotations

from desktop.model.codec import report_to_data


def _without_photos(blocks: list) -> list:
    out = []
    for block in blocks:
        if block["type"] == "photo":
            continue
        if "children" in block:
            block = dict(block, children=_without_photos(block["children"]))
        out.append(block)
    return out


def comparable(report) -> dict:
    data = report_to_data(report)
    position = {t["id"]: n for n, t in enumerate(data["topics"])}
    for topic in data["topics"]:
        del topic["id"]
    for dest in data["destinations"]:
        for section in dest["visit"]["sections"]:
            section["topic"] = position.get(section["topic"], -1)
            section["blocks"] = _without_photos(section["blocks"])
    del data["settings"]
    return data


def leaves(value, path: str = "") -> dict[str, object]:
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            out.update(leaves(item, f"{path}.{key}" if path else key))
        return out
    if isinstance(value, list):
        out = {f"{path}#": len(value)}
        for n, item in enumerate(value):
            out.update(leaves(item, f"{path}[{n}]"))
        return out
    return {path: value}


def field_share(actual, expected) -> tuple[float, list[str]]:
    """(share of equal fields, paths that differ) between two reports."""
    a, e = leaves(comparable(actual)), leaves(comparable(expected))
    paths = sorted(set(a) | set(e))
    differing = [p for p in paths if a.get(p, "<missing>") != e.get(p, "<missing>")]
    return 1 - len(differing) / len(paths), differing
