#!/usr/bin/env python3
"""Helps after `cmake --build build --target update_translations`:

  fill-translations.py en                 copies every unfinished English source text into leadbridge_en.ts
  fill-translations.py ru < mapping.json  fills unfinished Russian entries from {"source": "перевод", ...}
                                          (plural entries take a list of three forms)
Prints the Russian sources that are still unfinished, so nothing is forgotten.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root_dir = Path(__file__).resolve().parent.parent / "translations"


def load(lang):
    path = root_dir / f"leadbridge_{lang}.ts"
    return path, ET.parse(path)


def save(path, tree):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main():
    lang = sys.argv[1]
    path, tree = load(lang)
    mapping = json.load(sys.stdin) if lang == "ru" else {}
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        plural = message.get("numerus") == "yes"
        if translation.get("type") not in ("unfinished",) and (translation.text or list(translation)):
            continue
        if lang == "en":
            value = [source, source] if plural else source
        else:
            value = mapping.get(source)
        if value is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if plural:
            for child in list(translation):
                translation.remove(child)
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    save(path, tree)
    for source in missing:
        print("unfinished:", source)


if __name__ == "__main__":
    main()
