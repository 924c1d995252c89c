# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The routine's voice and the speech service: a speech-dispatcher that hangs (a stand-in
that takes connections and never answers, or one that never finishes starting) never freezes
the routine window, and a German session's routine is read by speech-dispatcher in German,
every fixed line included, as speech-dispatcher's own log records what it was given."""

import re
import subprocess
import unittest

from audio import AudioSession
from desktop import FLEXOR_BIN, Desktop, wait_until
from hung_services import (SPACE_IN_QUICK, open_quick_routine, seconds_to_answer,
                           start_silent_server)
from locales import locale_env

# A speech-dispatcher that never finishes starting, for libspeechd's autospawn.
SLEEPING_SPEECHD_STANDIN = "#!/bin/sh\nexec sleep infinity\n"

REACTION = 1.0  # seconds from a key press to the window's answer


class HungSpeechServiceTest(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray=None))

    def assert_window_reacts_at_once(self):
        d = self.desktop
        open_quick_routine(d)
        took = seconds_to_answer(d, SPACE_IN_QUICK, r"routine quick paused", REACTION)
        print(f"Space to 'paused': {took:.3f} s")
        seconds_to_answer(d, ["key", "space"], r"routine quick resumed", REACTION)
        d.xdotool("key", "Escape")
        d.wait_for_log(r"routine quick stopped after", timeout=REACTION * 5)
        # The silence is explained once, when the routine program ends.
        d.wait_for_log(r"voice off: speech-dispatcher never answered")
        self.assertEqual(len(re.findall(r"voice off", d.flexor_log())), 1, d.flexor_log())

    def test_a_speech_service_that_never_answers_freezes_nothing(self):
        d = self.desktop
        start_silent_server(d, d.runtime / "speech-dispatcher" / "speechd.sock",
                            "speech-dispatcher-hung-standin")
        d.start_flexor('schedule = false\nsound = false\nvoice = true\n')
        d.keep_active()
        self.assert_window_reacts_at_once()

    def test_a_speech_service_that_never_starts_freezes_nothing(self):
        # libspeechd spawns /usr/bin/speech-dispatcher by that path, so PATH cannot replace it:
        # a private mount namespace lays the stand-in over it for Flexor alone.
        d = self.desktop
        standin = d.root / "speech-dispatcher-sleeping-standin"
        standin.write_text(SLEEPING_SPEECHD_STANDIN)
        standin.chmod(0o755)
        overlay = ["unshare", "--mount", "sh", "-c",
                   f'mount --bind "{standin}" /usr/bin/speech-dispatcher && exec "$0" "$@"']
        probe = subprocess.run(overlay + ["true"], capture_output=True)
        if probe.returncode != 0:
            self.skipTest(f"no private mount namespace here: {probe.stderr.decode().strip()}")
        d.write_config('schedule = false\nsound = false\nvoice = true\n')
        d.flexor = d.spawn(overlay + [FLEXOR_BIN, "--verbose"], "flexor")
        d.wait_until_serving()
        d.keep_active()
        self.assert_window_reacts_at_once()


# 2 s to get ready, then: a step held 5 s a side, a step held 5 s twice. Every fixed line comes
# up: "hold for", "hold", the counts, "switch sides", "round", "done". 28 s in all.
SPOKEN_ROUTINE = """
title = "Earshot"
get_ready = "2s"
de.title = "Hörweite"
fr.title = "Portée de voix"
es.title = "Al oído"
it.title = "A portata d'orecchio"
pt_BR.title = "Ao alcance da voz"

[[step]]
title = "Reach up"
do = "Reach up with both arms."
hold = "5s"
sides = "left-right"

[[step]]
title = "Bridge"
do = "Lift the hips."
hold = "5s"
rounds = 2
"""

# The lines of the routine above, in order: speech-dispatcher queues as many.
SPOKEN_LINES = ["Reach up. Left side. Hold for 5 seconds.", "Hold.", "3", "2", "1",
                "Switch sides. Right side.", "Hold.", "3", "2", "1",
                "Bridge. Round 1 of 2. Hold for 5 seconds.", "Hold.", "3", "2", "1",
                "Round 2 of 2.", "Hold.", "3", "2", "1", "Done. Well done."]

# What the voice must say, by language: (the tag speech-dispatcher is given, the fixed lines).
FIXED_LINES = {
    "en": ("en", ["Left side.", "Hold for 5 seconds.", "Hold.", "Switch sides.",
                  "Round 2 of 2.", "Done. Well done."]),
    "de": ("de", ["Linke Seite.", "Halten Sie 5 Sekunden.", "Halten.", "Seite wechseln.",
                  "Runde 2 von 2.", "Fertig. Gut gemacht."]),
    "fr": ("fr", ["Côté gauche.", "Tenez 5 secondes.", "Tenez.", "Changez de côté.",
                  "Série 2 sur 2.", "Terminé. Bravo."]),
    "es": ("es", ["Lado izquierdo.", "Mantén 5 segundos.", "Mantén.", "Cambia de lado.",
                  "Ronda 2 de 2.", "Listo. Bien hecho."]),
    "it": ("it", ["Lato sinistro.", "Mantieni per 5 secondi.", "Mantieni.", "Cambia lato.",
                  "Serie 2 di 2.", "Finito. Ben fatto."]),
    "pt_BR": ("pt-BR", ["Lado esquerdo.", "Segure por 5 segundos.", "Segure.",
                        "Troque de lado.", "Série 2 de 2.", "Pronto. Muito bem."]),
}


class SpokenLanguageTest(unittest.TestCase):
    """A real speech-dispatcher (espeak-ng, a null sink) that logs every command it gets."""

    def setUp(self):
        d = self.desktop = self.enterContext(Desktop(tray=None))
        d.env.update(locale_env("de_DE.UTF-8"))
        AudioSession(d, speech=False)
        logs = d.root / "speechd-logs"
        logs.mkdir()
        # Log level 5 records each command and each message queued for speaking.
        d.spawn(["speech-dispatcher", "-s", "-t", "0", "-l", "5", "-L", str(logs)],
                "speech-dispatcher")
        wait_until((d.runtime / "speech-dispatcher" / "speechd.sock").exists, timeout=20,
                   what="speech-dispatcher's socket")
        self.speechd_log = logs / "speech-dispatcher.log"
        routines = d.home / ".config" / "flexor" / "routines"
        routines.mkdir()
        (routines / "earshot.toml").write_text(SPOKEN_ROUTINE)

    def speechd(self):
        return self.speechd_log.read_text(errors="replace")

    def queued(self, log):
        """The lines speech-dispatcher queued for speaking, in order."""
        return re.findall(r"Queueing message \|([^|]*)\|", log)

    def run_routine(self, language_setting, language):
        d = self.desktop
        d.start_flexor(f'schedule = false\nsound = false\nvoice = true\n'
                       f'language = "{language_setting}"\n')
        d.keep_active()
        start = len(self.speechd())
        offset = len(d.flexor_log())
        try:
            self.assertEqual(d.cli("stretch", "earshot").returncode, 0)
            d.wait_for_log(r"routine earshot finished after", timeout=90, after=offset)
            # The last line reaches speech-dispatcher a moment after the window is done.
            wait_until(lambda: len(self.queued(self.speechd()[start:])) >= len(SPOKEN_LINES),
                       timeout=10, what="every line in speech-dispatcher's log")
        finally:
            d.stop_flexor()
        return self.speechd()[start:]

    def assert_spoken_in(self, log, language):
        tag, lines = FIXED_LINES[language]
        set_language = re.search(rf"DATA:\|SET SELF LANGUAGE {re.escape(tag)}\r?\n", log)
        self.assertTrue(set_language, f"speech-dispatcher was not told the language {tag}")
        self.assertIn("201 OK LANGUAGE SET", log[set_language.end():set_language.end() + 300],
                      "speech-dispatcher did not take the language")
        queued = self.queued(log)
        for line in lines + ["3", "2", "1"]:
            self.assertTrue(any(line in message for message in queued),
                            f"{line!r} was not spoken in {language}: {queued}")
        if language != "en":
            for english in FIXED_LINES["en"][1]:
                self.assertFalse(any(english in message for message in queued),
                                 f"{english!r} was spoken in English: {queued}")

    def test_a_german_session_hears_the_routine_in_german(self):
        self.assert_spoken_in(self.run_routine("auto", "de"), "de")

    def test_every_language_speaks_its_fixed_lines(self):
        for language in ("fr", "es", "it", "pt_BR"):
            with self.subTest(language=language):
                self.assert_spoken_in(self.run_routine(language, language), language)


if __name__ == "__main__":
    unittest.main()
