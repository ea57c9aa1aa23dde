#!/usr/bin/python3
"""Writes a pseudo-translation of a Qt .ts file: every text wrapped in ⟦ ⟧ and
lengthened by about a third, so that a test can see text that escapes tr()
(it is not wrapped) and where longer languages would be clipped.

Usage: pseudo_translate.py SOURCE.ts OUTPUT.ts
"""
import math
import sys
import xml.etree.ElementTree as ET


def pseudo(text):
    return "⟦" + text + "·" * math.ceil(len(text) / 3) + "⟧"


def main(source, output):
    tree = ET.parse(source)
    root = tree.getroot()
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = [form.text or text for form in translation.findall("numerusform")]
            for form in list(translation):
                translation.remove(form)
            for form in forms or [text, text]:
                ET.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(text)
    tree.write(output, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
