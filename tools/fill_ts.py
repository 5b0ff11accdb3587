"""Maintainer tool: fill unfinished entries of a .ts file from a {English: translation} table.

    python tools/fill_ts.py resources/palier_fr.ts table.py   # table.py defines FR = {...}
    python tools/fill_ts.py resources/palier_en.ts --same      # English: the source itself

Qt Linguist remains the normal way to translate; this helps after a large lupdate.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, table: dict[str, str] | None) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        tr = message.find("translation")
        if tr.get("type") == "obsolete" or tr.get("type") == "vanished":
            continue
        if tr.get("type") != "unfinished" and tr.text:
            continue
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            continue
        tr.text = text
        tr.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        body = f.read()
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(body.replace("<?xml version='1.0' encoding='utf-8'?>",
                             '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
    return missing


if __name__ == "__main__":
    path, arg = sys.argv[1], sys.argv[2]
    table = None if arg == "--same" else runpy.run_path(arg)["FR"]
    for source in fill(path, table):
        print("missing:", repr(source))
