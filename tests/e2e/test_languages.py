# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The desktop entry and the AppStream metainfo speak every language Flexor ships: each text
a person sees in a menu or a software centre has a translation for each language, and the
translated files still pass desktop-file-validate and appstreamcli validate."""

import configparser
import os
import subprocess
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

SOURCE_DIR = Path(os.environ.get("FLEXOR_SOURCE_DIR", Path(__file__).resolve().parents[2]))
PACKAGING = SOURCE_DIR / "packaging"
APP_ID = "io.github.flexor.Flexor"
LANGUAGES = ["de", "fr", "es", "it", "pt_BR"]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class DesktopEntryTest(unittest.TestCase):
    def test_every_visible_text_is_translated(self):
        entry = configparser.RawConfigParser(strict=True, interpolation=None)
        entry.optionxform = str
        entry.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
        for section in entry.sections():
            keys = [k for k in ("GenericName", "Comment", "Keywords") if k in entry[section]]
            if section != "Desktop Entry":
                keys = ["Name"]
            for key in keys:
                for language in LANGUAGES:
                    with self.subTest(section=section, key=key, language=language):
                        self.assertTrue(entry[section].get(f"{key}[{language}]"))

    def test_the_entry_is_valid(self):
        result = subprocess.run(["desktop-file-validate", PACKAGING / f"{APP_ID}.desktop"],
                                capture_output=True, text=True)
        self.assertEqual((result.returncode, result.stdout + result.stderr), (0, ""))


class MetainfoTest(unittest.TestCase):
    def test_every_visible_text_is_translated(self):
        root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
        for parent, tag in [(root, "summary"), (root.find("description"), "p"),
                            (root.find("description/ul"), "li")]:
            english = [e for e in parent.findall(tag) if XML_LANG not in e.attrib]
            for language in LANGUAGES:
                with self.subTest(tag=tag, language=language):
                    translated = [e for e in parent.findall(tag) if e.get(XML_LANG) == language]
                    self.assertEqual(len(translated), len(english))
        for screenshot in root.findall("screenshots/screenshot"):
            self.assertEqual({c.get(XML_LANG) for c in screenshot.findall("caption")},
                             {None, *LANGUAGES})
        self.assertEqual([lang.text for lang in root.findall("languages/lang")],
                         ["en", *LANGUAGES])

    def test_the_metainfo_is_valid(self):
        result = subprocess.run(["appstreamcli", "validate", "--no-net", "--no-color",
                                 PACKAGING / f"{APP_ID}.metainfo.xml"],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main()
