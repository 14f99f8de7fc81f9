#!/usr/bin/env python3
"""Fills the plural forms of the English catalogue from the source texts.

English is the source language, so charles-tokens_en.ts carries only the numerus
messages (lupdate -pluralonly). A source written as "%n workspace(s)" becomes the forms
"%n workspace" and "%n workspaces". Run after `cmake --build build --target
update_translations`; it leaves other messages alone.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("charles-tokens_en.ts"))
text = path.read_text(encoding="utf-8")


def forms(source):
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return singular, plural


def fill(match):
    block = match.group(0)
    source = ET.fromstring("<m>" + re.search(r"<source>(.*?)</source>", block, re.S).group(0) + "</m>")[0].text
    singular, plural = forms(source)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    translation = (
        "<translation>\n            <numerusform>%s</numerusform>\n"
        "            <numerusform>%s</numerusform>\n        </translation>" % (esc(singular), esc(plural))
    )
    return re.sub(r"<translation[^>]*>.*?</translation>", translation, block, flags=re.S)


text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
path.write_text(text, encoding="utf-8")
