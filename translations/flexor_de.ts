<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>flexor::cli</name>
    <message>
        <source>The systemd user unit flexor.service is enabled as well; it starts Flexor at login too. One way is enough: `systemctl --user disable flexor.service` turns the unit off.
</source>
        <translation>Die systemd-Benutzer-Unit flexor.service ist ebenfalls aktiviert und startet Flexor auch bei der Anmeldung. Ein Weg genügt: `systemctl --user disable flexor.service` schaltet die Unit ab.
</translation>
    </message>
    <message>
        <source>enabled: Flexor starts at login (%1)
</source>
        <translation>aktiviert: Flexor startet bei der Anmeldung (%1)
</translation>
    </message>
    <message>
        <source>disabled: no autostart entry starts Flexor at login
</source>
        <translation>deaktiviert: kein Autostart-Eintrag startet Flexor bei der Anmeldung
</translation>
    </message>
    <message>
        <source>The systemd user unit flexor.service is enabled and starts Flexor with the graphical session.
</source>
        <translation>Die systemd-Benutzer-Unit flexor.service ist aktiviert und startet Flexor mit der grafischen Sitzung.
</translation>
    </message>
    <message>
        <source>flexor: %1
</source>
        <translation>flexor: %1
</translation>
    </message>
    <message>
        <source>Flexor will start at login (%1).
</source>
        <translation>Flexor startet ab jetzt bei der Anmeldung (%1).
</translation>
    </message>
    <message>
        <source>Flexor will no longer start at login through an autostart entry.
</source>
        <translation>Flexor startet nicht mehr über einen Autostart-Eintrag bei der Anmeldung.
</translation>
    </message>
    <message>
        <source>flexor: autostart takes one of enable, disable or status
</source>
        <translation>flexor: autostart erwartet enable, disable oder status
</translation>
    </message>
    <message>
        <source>flexor: unknown autostart action &apos;%1&apos; (use enable, disable or status)
</source>
        <translation>flexor: unbekannte Autostart-Aktion „%1“ (enable, disable oder status verwenden)
</translation>
    </message>
    <message>
        <source>flexor: no session bus, so no running Flexor can be reached.</source>
        <translation>flexor: kein Sitzungsbus, daher ist kein laufendes Flexor erreichbar.</translation>
    </message>
    <message>
        <source>flexor: the daemon is not running (start it with: flexor)</source>
        <translation>flexor: der Dienst läuft nicht (starten mit: flexor)</translation>
    </message>
    <message>
        <source>status takes --json, --waybar and --follow</source>
        <translation>status erwartet --json, --waybar und --follow</translation>
    </message>
    <message>
        <source>flexor: cannot follow the daemon&apos;s changes on the session bus</source>
        <translation>flexor: Änderungen des Daemons können auf dem Sitzungsbus nicht verfolgt werden</translation>
    </message>
    <message>
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze erwartet höchstens eine Dauer, z. B. flexor snooze 15m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>„%1“ ist länger als eine Woche; geben Sie eine kürzere Dauer an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 10m, 90s, 1h30m)</source>
        <translation>„%1“ ist keine Dauer (z. B. 10m, 90s, 1h30m)</translation>
    </message>
    <message>
        <source>pause takes one duration or &apos;tomorrow&apos;</source>
        <translation>pause erwartet eine Dauer oder „tomorrow“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>„%1“ ist länger als eine Woche; geben Sie eine kürzere Dauer oder „tomorrow“ an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>„%1“ ist weder eine Dauer noch „tomorrow“</translation>
    </message>
    <message>
        <source>stretch takes no option &apos;%1&apos;, only a routine name (see flexor --help)</source>
        <translation>stretch kennt keine Option „%1“, nur einen Routinennamen (siehe flexor --help)</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch erwartet höchstens einen Übungsnamen</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 erwartet keine Argumente</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe flexor --help)</translation>
    </message>
    <message>
        <source>Usage: flexor [--verbose]
       flexor COMMAND [ARGS]

Flexor tracks how long you sit without a break and, past a threshold, reminds you
to get up for a short guided psoas (hip flexor) stretch.
Without a command it starts the daemon for this desktop session; when Flexor
already runs, it opens the Flexor window instead.

Commands (talk to the running daemon):
  status [--json | --waybar] [--follow]   show the state; --follow prints every change
  stretch [ROUTINE]     start the guided routine now (default: the configured one)
  snooze [DURATION]     postpone the reminder (default: the configured snooze)
  skip                  skip this break; the sitting count starts over
  pause [DURATION | tomorrow]   pause reminders (default: until tomorrow)
  resume                end a pause
  stand                 standing desk mode: sitting time does not grow
  sit                   end standing mode
  window [now | statistics | settings]   open the Flexor window (on that page)
  reload                read the config file again
  quit                  stop the daemon

Commands (work without the daemon):
  check-config [FILE]   check a config file (default: the user&apos;s) and the routines;
                        a FILE in a routines folder or with [[step]] is a routine
  stats [--days N] [--json | --csv]   sitting and breaks per day (default: 7 days,
                        at most 3650)
  autostart [enable | disable | status]   start Flexor at login (XDG autostart)
  config get KEY | set KEY VALUE | reset KEY | path
                        read or change one setting in the config file, keeping its
                        comments; the running daemon applies it (VALUE as in 30m,
                        true, 3 or mon,tue,wed)

Options:
  --verbose             log debug details (daemon)
  --activate            let a command start the daemon if it is not running
                        (the desktop file&apos;s actions use it; otherwise exit 2)
  -h, --help            show this help
  --version             show the version

Durations are written like 45m, 90s or 1h30m.
Config: $XDG_CONFIG_HOME/flexor/config.toml; log: $XDG_STATE_HOME/flexor/flexor.log
Exit codes: 0 done, 1 failed, 2 daemon not running, 64 wrong usage,
65 the config file has errors (config leaves it as it is).
</source>
        <translation>Aufruf: flexor [--verbose]
        flexor BEFEHL [ARGUMENTE]

Flexor misst, wie lange Sie ohne Pause sitzen, und erinnert Sie ab einer Schwelle
daran, für eine kurze angeleitete Psoas-Dehnung (Hüftbeuger) aufzustehen.
Ohne Befehl startet es den Dienst für diese Desktop-Sitzung; läuft Flexor
bereits, öffnet es stattdessen das Flexor-Fenster.

Befehle (an den laufenden Dienst):
  status [--json | --waybar] [--follow]   den Zustand zeigen; --follow gibt jede Änderung aus
  stretch [ÜBUNGSFOLGE] die angeleitete Übungsfolge jetzt starten (Standard: die eingestellte)
  snooze [DAUER]        die Erinnerung aufschieben (Standard: die eingestellte Schlummerzeit)
  skip                  diese Pause überspringen; die Sitzzeit beginnt von vorn
  pause [DAUER | tomorrow]   Erinnerungen pausieren (Standard: bis morgen)
  resume                eine Pause beenden
  stand                 Stehpult-Modus: die Sitzzeit wächst nicht
  sit                   den Stehmodus beenden
  window [now | statistics | settings]   das Flexor-Fenster öffnen (auf dieser Seite)
  reload                die Konfigurationsdatei neu einlesen
  quit                  den Dienst beenden

Befehle (ohne den Dienst):
  check-config [DATEI]  eine Konfigurationsdatei (Standard: die des Benutzers) und die
                        Übungsfolgen prüfen; eine DATEI in einem Ordner routines oder mit
                        [[step]] ist eine Übungsfolge
  stats [--days N] [--json | --csv]   Sitzzeit und Pausen pro Tag (Standard: 7 Tage,
                        höchstens 3650)
  autostart [enable | disable | status]   Flexor bei der Anmeldung starten (XDG-Autostart)
  config get SCHLÜSSEL | set SCHLÜSSEL WERT | reset SCHLÜSSEL | path
                        eine Einstellung in der Konfigurationsdatei lesen oder ändern,
                        ihre Kommentare bleiben; der laufende Dienst übernimmt sie (WERT
                        etwa 30m, true, 3 oder mon,tue,wed)

Optionen:
  --verbose             Details zur Fehlersuche protokollieren (Dienst)
  --activate            einen Befehl den Dienst starten lassen, falls er nicht läuft
                        (die Aktionen der Desktop-Datei nutzen das; sonst Exit-Code 2)
  -h, --help            diese Hilfe anzeigen
  --version             die Version anzeigen

Dauern schreibt man etwa als 45m, 90s oder 1h30m.
Konfiguration: $XDG_CONFIG_HOME/flexor/config.toml; Protokoll: $XDG_STATE_HOME/flexor/flexor.log
Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 Dienst läuft nicht, 64 falscher Aufruf,
65 die Konfigurationsdatei enthält Fehler (config lässt sie unverändert).
</translation>
    </message>
    <message>
        <source>Flexor is already running in this session; opening its window.
</source>
        <translation>Flexor läuft in dieser Sitzung bereits; sein Fenster wird geöffnet.
</translation>
    </message>
    <message>
        <source>flexor: check-config takes at most one file
</source>
        <translation>flexor: check-config erwartet höchstens eine Datei
</translation>
    </message>
    <message>
        <source>flexor: stats takes --days N, --json and --csv
</source>
        <translation>flexor: stats erwartet --days N, --json und --csv
</translation>
    </message>
    <message>
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor: --days erwartet eine ganze Zahl von Tagen zwischen 1 und %1
</translation>
    </message>
    <message>
        <source>flexor: window takes one page: now, statistics or settings
</source>
        <translation>flexor: window erwartet eine Seite: now, statistics oder settings
</translation>
    </message>
    <message>
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor: unbekannter Befehl oder unbekannte Option „%1“ (siehe flexor --help)
</translation>
    </message>
    <message>
        <source>flexor: config takes get KEY, set KEY VALUE, reset KEY or path
</source>
        <translation>flexor: config nimmt get SCHLÜSSEL, set SCHLÜSSEL WERT, reset SCHLÜSSEL oder path
</translation>
    </message>
    <message>
        <source>flexor: the config file has errors, so it was left as it is; fix them first:
</source>
        <translation>flexor: die Konfigurationsdatei enthält Fehler und bleibt daher unverändert; beheben Sie sie zuerst:
</translation>
    </message>
    <message>
        <source>flexor: there is no routine named &apos;%1&apos; (shipped or in %2)
</source>
        <translation>flexor: es gibt keine Übungsfolge namens „%1“ (mitgeliefert oder in %2)
</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>längste</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>von selbst</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>geschlummert</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Longest streaks:</source>
        <translation>Längste Sitzphasen:</translation>
    </message>
    <message>
        <source>flexor stats: --days needs a number of days of at least 1</source>
        <translation>flexor stats: --days braucht eine Anzahl von mindestens 1 Tag</translation>
    </message>
    <message>
        <source>flexor stats: cannot read the history in %1</source>
        <translation>flexor stats: der Verlauf in %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No history yet: %1 is empty.</source>
        <translation>Noch kein Verlauf: %1 ist leer.</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Noch kein Verlauf: %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>flexor::dbus::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 Sekunden sind länger als eine Woche; geben Sie eine kürzere Dauer an.</translation>
    </message>
</context>
<context>
    <name>flexor::platform::DesktopSessionWatcher</name>
    <message>
        <source>Saving the sitting streak before the computer sleeps</source>
        <translation>Sitzphase wird vor dem Ruhezustand gespeichert</translation>
    </message>
</context>
<context>
    <name>flexor::platform::NoPresenceMonitor</name>
    <message>
        <source>activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked</source>
        <translation>Aktivität ist auf dieser Arbeitsumgebung nicht erkennbar: Die Zeit zählt, solange der Bildschirm entsperrt ist</translation>
    </message>
</context>
<context>
    <name>flexor::routine::BreakScreenMirror</name>
    <message>
        <source>Break screen: %1</source>
        <translation>Pausenbildschirm: %1</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Bild der Haltung: %1</translation>
    </message>
</context>
<context>
    <name>flexor::routine::CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Verbleibende Sekunden: %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>flexor::routine::GuidePlayer</name>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Halten Sie %n Sekunde.</numerusform>
            <numerusform>Halten Sie %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>Runde %1 von %2.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation>Fertig. Gut gemacht.</translation>
    </message>
</context>
<context>
    <name>flexor::routine::RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Guided routine: %1</source>
        <translation>Angeleitete Übungen: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Die Übungen beenden</translation>
    </message>
    <message>
        <source>Mute or unmute voice and sounds</source>
        <translation>Stimme und Klänge stumm- oder wieder einschalten</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Well done, that was your break.</source>
        <translation>Gut gemacht, das war Ihre Pause.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message>
        <source>Skip break</source>
        <translation>Pause überspringen</translation>
    </message>
    <message>
        <source>Your first routine today.</source>
        <translation>Ihre erste Übungsfolge heute.</translation>
    </message>
    <message>
        <source>Routines finished today: %1</source>
        <translation>Heute abgeschlossene Übungsfolgen: %1</translation>
    </message>
    <message>
        <source>Skip this break?</source>
        <translation>Diese Pause überspringen?</translation>
    </message>
    <message>
        <source>You have put this break off several times. Skip it anyway?</source>
        <translation>Sie haben diese Pause schon mehrmals aufgeschoben. Trotzdem überspringen?</translation>
    </message>
    <message>
        <source>Skip the break</source>
        <translation>Die Pause überspringen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Bereit machen: %1</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>So geht’s:</translation>
    </message>
    <message>
        <source>Feel:</source>
        <translation>Spüren:</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Vermeiden:</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: the end. Almost there!</source>
        <translation>Als Nächstes: das Ende. Fast geschafft!</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Bild der Haltung: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Seite wechseln: %1</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Dauer: %1:%2</translation>
    </message>
</context>
<context>
    <name>flexor::service</name>
    <message>
        <source>Snooze %1</source>
        <translation>%1 schlummern</translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>Zeit für eine kurze Psoas-Dehnung?</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>Eine Psoas-Dehnung von %n Sekunde?</numerusform>
            <numerusform>Eine Psoas-Dehnung von %n Sekunden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>Eine Psoas-Dehnung von %n Minute?</numerusform>
            <numerusform>Eine Psoas-Dehnung von %n Minuten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it</source>
        <translation>Besprechung um %1: vorher dehnen</translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it. You have sat for %2. %3</source>
        <translation>Besprechung um %1: vorher dehnen. Sie sitzen seit %2. %3</translation>
    </message>
    <message>
        <source>Meeting over</source>
        <translation>Besprechung vorbei</translation>
    </message>
    <message>
        <source>Meeting over: you have been sitting %1. %2</source>
        <translation>Besprechung vorbei: Sie sitzen seit %1. %2</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Sie sitzen schon lange</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Seit %1 im Sitzen, %n-mal geschlummert. %2</numerusform>
            <numerusform>Seit %1 im Sitzen, %n-mal geschlummert. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to get up</source>
        <translation>Zeit aufzustehen</translation>
    </message>
    <message>
        <source>Sitting for %1. %2</source>
        <translation>Seit %1 im Sitzen. %2</translation>
    </message>
    <message>
        <source>Reminder %1 today; %2 of sitting so far today.</source>
        <translation>Erinnerung Nr. %1 heute; heute bisher %2 im Sitzen.</translation>
    </message>
    <message>
        <source>Answer from the tray icon, or run: flexor stretch</source>
        <translation>Antworten Sie über das Symbol im Systembereich oder mit: flexor stretch</translation>
    </message>
    <message>
        <source>Start stretch</source>
        <translation>Dehnen beginnen</translation>
    </message>
    <message>
        <source>Stand for a while</source>
        <translation>Eine Weile stehen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>flexor::service::BreakNotices</name>
    <message>
        <source>Rest your eyes</source>
        <translation>Gönnen Sie Ihren Augen eine Pause</translation>
    </message>
    <message>
        <source>Look at something about 6 m away for %1.</source>
        <translation>Schauen Sie %1 lang auf etwas, das etwa 6 m entfernt ist.</translation>
    </message>
    <message>
        <source>Enough sitting for today</source>
        <translation>Genug gesessen für heute</translation>
    </message>
    <message>
        <source>You have sat for %1 today, past your budget of %2. Work standing for a while, or go for a walk.</source>
        <translation>Sie haben heute %1 gesessen, mehr als Ihr Tagesbudget von %2. Arbeiten Sie eine Weile im Stehen oder gehen Sie ein Stück spazieren.</translation>
    </message>
    <message>
        <source>Back to sitting?</source>
        <translation>Wieder hinsetzen?</translation>
    </message>
    <message>
        <source>Your standing time is up. Walk about for %1, then sit down again.</source>
        <translation>Ihre Stehzeit ist um. Gehen Sie %1 lang umher und setzen Sie sich dann wieder.</translation>
    </message>
    <message>
        <source>Your standing time is up.</source>
        <translation>Ihre Stehzeit ist um.</translation>
    </message>
    <message>
        <source>Back to sitting</source>
        <translation>Wieder sitzen</translation>
    </message>
    <message>
        <source>Keep standing</source>
        <translation>Weiter stehen</translation>
    </message>
</context>
<context>
    <name>flexor::service::GnomeWellbeing</name>
    <message>
        <source>GNOME reminds you to move, too</source>
        <translation>GNOME erinnert Sie ebenfalls an Bewegung</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement breaks are on, so you may get two reminders for one break. Flexor can take them over.</source>
        <translation>Die eigenen Bewegungspausen von GNOME sind eingeschaltet, daher erhalten Sie womöglich zwei Erinnerungen für eine Pause. Flexor kann sie übernehmen.</translation>
    </message>
    <message>
        <source>Let Flexor remind me</source>
        <translation>Flexor soll mich erinnern</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
</context>
<context>
    <name>flexor::service::OtherMachines</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The tray&apos;s tooltip: its first line, then the machines the sitting streak runs on (&quot;Sitting since 14:05 · reminder at 14:50 (desk and laptop)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>flexor::service::RoutineFallbackNotice</name>
    <message>
        <source>There is no routine named &apos;%1&apos; (the config&apos;s routine key), so Flexor opened &apos;%2&apos; instead.</source>
        <translation>Es gibt keine Übungsfolge namens „%1“ (Schlüssel routine in der Konfiguration), daher hat Flexor stattdessen „%2“ geöffnet.</translation>
    </message>
    <message>
        <source>Your routine &apos;%1&apos; cannot be used, so Flexor opened the %2 routine &apos;%3&apos; instead.
%4</source>
        <translation>Ihre Übungsfolge „%1“ ist nicht verwendbar, daher hat Flexor stattdessen die %2 Übungsfolge „%3“ geöffnet.
%4</translation>
    </message>
    <message>
        <source>next usable</source>
        <translation>nächste verwendbare</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgelieferte</translation>
    </message>
    <message>
        <source>There is no routine named &apos;%1&apos;.</source>
        <translation>Es gibt keine Übungsfolge namens „%1“.</translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; cannot be used: %2</source>
        <translation>Die Übungsfolge „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A routine of yours has a problem</source>
        <translation>Eine Ihrer Übungsfolgen hat einen Fehler</translation>
    </message>
</context>
<context>
    <name>flexor::service::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>Das Fenster der Übungsfolge konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SettingsFile</name>
    <message>
        <source>Flexor could not create %1: %2</source>
        <translation>Flexor konnte %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a text editor yourself.</source>
        <translation>Kein Programm konnte %1 öffnen. Öffnen Sie die Datei selbst in einem Texteditor.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SetupNotices</name>
    <message>
        <source>Flexor&apos;s config file has a problem</source>
        <translation>Die Konfigurationsdatei von Flexor hat einen Fehler</translation>
    </message>
    <message>
        <source>%1
Flexor keeps running on the last good settings.</source>
        <translation>%1
Flexor läuft mit den letzten gültigen Einstellungen weiter.</translation>
    </message>
    <message>
        <source>Flexor&apos;s config file could not be opened</source>
        <translation>Flexors Konfigurationsdatei konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>flexor::service::WindowLauncher</name>
    <message>
        <source>The window has no page &apos;%1&apos; (now, statistics or settings).</source>
        <translation>Das Fenster hat keine Seite „%1“ (now, statistics oder settings).</translation>
    </message>
    <message>
        <source>The Flexor window could not start: %1</source>
        <translation>Das Flexor-Fenster konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 is missing or not executable.</source>
        <translation>%1 fehlt oder ist nicht ausführbar.</translation>
    </message>
</context>
<context>
    <name>flexor::start</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Break Reminder</source>
        <translation>Pausenerinnerung</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Erinnert Sie daran, nach langem Sitzen aufzustehen und sich zu dehnen</translation>
    </message>
</context>
<context>
    <name>flexor::ui</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Sitting since %1 · reminder at %2</source>
        <translation>Sitzen seit %1 · Erinnerung um %2</translation>
    </message>
    <message>
        <source>Sitting since %1</source>
        <translation>Sitzen seit %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting since %1</source>
        <translation>Zeit für eine Pause: im Sitzen seit %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting since %2</source>
        <translation>Geschlummert bis %1 · Sitzen seit %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting since %1</source>
        <translation>Geschlummert · Sitzen seit %1</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Standing until %1</source>
        <translation>Im Stehen bis %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Outside active hours</source>
        <translation>Außerhalb der aktiven Zeiten</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>Aktivität ist auf dieser Arbeitsumgebung nicht erkennbar: Die Zeit zählt, solange der Bildschirm entsperrt ist.</translation>
    </message>
    <message>
        <source>In a meeting since %1 · reminder waits</source>
        <translation>In einer Besprechung seit %1 · Erinnerung wartet</translation>
    </message>
    <message>
        <source>In a meeting · reminder waits</source>
        <translation>In einer Besprechung · Erinnerung wartet</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a weekday and a time: Monday 08:00</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder at %2</source>
        <translation>Sitzt seit %1 · Erinnerung um %2</translation>
    </message>
    <message>
        <source>Sitting for %1</source>
        <translation>Sitzt seit %1</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder waits</source>
        <translation>Sitzt seit %1 · Erinnerung wartet</translation>
    </message>
    <message>
        <source>Time for a break: sitting for %1</source>
        <translation>Zeit für eine Pause: sitzt seit %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting for %2</source>
        <translation>Aufgeschoben bis %1 · sitzt seit %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting for %1</source>
        <translation>Aufgeschoben · sitzt seit %1</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Nicht am Schreibtisch</translation>
    </message>
    <message>
        <source>Outside active hours · counting starts %1</source>
        <translation>Außerhalb der aktiven Zeiten · Zählung beginnt %1</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>zu jeder Zeit</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays: Monday to Friday</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>on no day (every day of the schedule is off)</source>
        <translation>an keinem Tag (jeder Tag des Zeitplans ist aus)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <comment>days, then the hours: Monday to Friday, 08:00 to 19:00</comment>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>%1 of %2 sitting today</source>
        <translation>%1 von %2 heute gesessen</translation>
    </message>
    <message>
        <source>Sitting since %1 · reminder waits</source>
        <translation>Sitzen seit %1 · Erinnerung wartet</translation>
    </message>
    <message>
        <source>Reminder before your %1 meeting</source>
        <translation>Erinnerung vor Ihrer Besprechung um %1</translation>
    </message>
</context>
<context>
    <name>flexor::ui::ReminderPrompt</name>
    <message>
        <source>Flexor</source>
        <translation>Flexor</translation>
    </message>
    <message>
        <source>Start stretch</source>
        <translation>Dehnen beginnen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start the stretching routine</source>
        <translation>Die Dehnübungen beginnen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
</context>
<context>
    <name>flexor::ui::SittingChart</name>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Sitting time per day</source>
        <translation>Sitzzeit pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) over %1 days; %2 of sitting in all</source>
        <translation>
            <numerusform>%n Balken über %1 Tage; insgesamt %2 im Sitzen</numerusform>
            <numerusform>%n Balken über %1 Tage; insgesamt %2 im Sitzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 sitting, %n break(s)</source>
        <translation>
            <numerusform>%1: %2 im Sitzen, %n Pause</numerusform>
            <numerusform>%1: %2 im Sitzen, %n Pausen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::ui::StatisticsWindow</name>
    <message>
        <source>Flexor statistics</source>
        <translation>Flexor-Statistik</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Longest streaks</source>
        <translation>Längste Sitzphasen</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Sitzphase</translation>
    </message>
    <message>
        <source>breaks taken</source>
        <translation>gemachte Pausen</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation>Sitzen pro Tag</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>No streaks recorded in these days yet.</source>
        <translation>In diesen Tagen wurden noch keine Sitzphasen erfasst.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>Each bar is a day&apos;s sitting. Above it, ● is a break you took (a stretch, or you got up by yourself) and ○ a break you skipped.</source>
        <translation>Jeder Balken ist die Sitzzeit eines Tages. Darüber ist ● eine Pause, die Sie gemacht haben (eine Dehnung, oder Sie sind von selbst aufgestanden), und ○ eine übersprungene Pause.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>flexor::ui::TrayIcon</name>
    <message>
        <source>Start stretch now</source>
        <translation>Jetzt dehnen</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Ich stehe</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistik …</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Schlummern</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 Min.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Übungsfolge starten</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Ich bin in einer Besprechung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Flexor</source>
        <translation>Flexor öffnen</translation>
    </message>
</context>
<context>
    <name>flexor::window::FlexorWindow</name>
    <message>
        <source>Flexor</source>
        <translation>Flexor</translation>
    </message>
    <message>
        <source>Flexor pages</source>
        <translation>Flexor-Seiten</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>flexor::window::NowPage</name>
    <message>
        <source>Sitting ring</source>
        <translation>Sitzring</translation>
    </message>
    <message>
        <source>No tray icon: this desktop shows none (on GNOME the tray needs the AppIndicator extension). Everything is here in this window, and reminders come as notifications.</source>
        <translation>Kein Symbol im Infobereich: Dieser Desktop zeigt keines (unter GNOME braucht der Infobereich die Erweiterung AppIndicator). Alles ist hier in diesem Fenster, und Erinnerungen kommen als Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <source>The routine of the day</source>
        <translation>Die Übungsfolge des Tages</translation>
    </message>
    <message>
        <source>Stretch now</source>
        <translation>Jetzt dehnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Schlummern</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 Min.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Ich stehe</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Ich bin in einer Besprechung</translation>
    </message>
    <message>
        <source>Flexor is not running</source>
        <translation>Flexor läuft nicht</translation>
    </message>
    <message>
        <source>Start Flexor from the applications menu, or run: flexor</source>
        <translation>Starten Sie Flexor über das Anwendungsmenü oder mit: flexor</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>Aktivität ist auf dieser Arbeitsumgebung nicht erkennbar: Die Zeit zählt, solange der Bildschirm entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>flexor::window::SettingsPage</name>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Puts every setting on this page back to its documented default. Your comments in the file stay.</source>
        <translation>Setzt jede Einstellung dieser Seite auf ihren dokumentierten Standardwert zurück. Ihre Kommentare in der Datei bleiben erhalten.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation>Erinnern nach</translation>
    </message>
    <message>
        <source>How long you may sit without a real break before Flexor reminds you. From 1s to 8h.</source>
        <translation>Wie lange Sie ohne echte Pause sitzen dürfen, bevor Flexor Sie erinnert. Von 1s bis 8h.</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Schlummern für</translation>
    </message>
    <message>
        <source>How long &quot;Snooze&quot; puts a reminder off. From 1s to 4h.</source>
        <translation>Wie lange „Schlummern“ eine Erinnerung aufschiebt. Von 1s bis 4h.</translation>
    </message>
    <message>
        <source>Snoozes before it insists</source>
        <translation>Schlummern, bevor es nachdrücklich wird</translation>
    </message>
    <message>
        <source>After this many snoozes in a row, the next reminder insists more. A whole number from 0 to 20.</source>
        <translation>Nach so vielen Schlummern in Folge wird die nächste Erinnerung nachdrücklicher. Eine ganze Zahl von 0 bis 20.</translation>
    </message>
    <message>
        <source>Repeat an unanswered reminder every</source>
        <translation>Unbeantwortete Erinnerung wiederholen alle</translation>
    </message>
    <message>
        <source>A reminder you neither answer nor dismiss comes back this often. From 1s to 2h.</source>
        <translation>Eine Erinnerung, die Sie weder beantworten noch schließen, kommt so oft wieder. Von 1s bis 2h.</translation>
    </message>
    <message>
        <source>An urgent notification that stays</source>
        <translation>Eine dringende Benachrichtigung, die bleibt</translation>
    </message>
    <message>
        <source>The routine, full screen</source>
        <translation>Die Übungsfolge im Vollbild</translation>
    </message>
    <message>
        <source>When it insists</source>
        <translation>Wenn es nachdrücklich wird</translation>
    </message>
    <message>
        <source>How the reminder insists after that many snoozes: an urgent notification that stays until answered, or the routine full screen on every monitor (Skip and Esc ask once more before ending it, and then it counts as skipped).</source>
        <translation>Wie die Erinnerung nach so vielen Schlummern nachdrücklich wird: eine dringende Benachrichtigung, die bis zur Antwort bleibt, oder die Übungsfolge im Vollbild auf jedem Bildschirm (Überspringen und Esc fragen vor dem Beenden noch einmal nach; dann gilt sie als übersprungen).</translation>
    </message>
    <message>
        <source>Standing mode ends after</source>
        <translation>Stehmodus endet nach</translation>
    </message>
    <message>
        <source>Standing mode switches itself off after this long. From 1m to 8h.</source>
        <translation>Der Stehmodus schaltet sich nach dieser Zeit selbst ab. Von 1m bis 8h.</translation>
    </message>
    <message>
        <source>Noticing you</source>
        <translation>Wie Flexor Sie bemerkt</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Abwesend nach</translation>
    </message>
    <message>
        <source>Being idle or having the screen locked for this long counts as having got up, and the sitting count starts again from zero. From 1s to 2h.</source>
        <translation>So lange untätig zu sein oder den Bildschirm gesperrt zu haben, gilt als Aufstehen, und die Sitzzeit beginnt wieder bei null. Von 1s bis 2h.</translation>
    </message>
    <message>
        <source>Videos and calls count as sitting</source>
        <translation>Videos und Anrufe zählen als Sitzen</translation>
    </message>
    <message>
        <source>While an application keeps the screen awake (a video, a call) you count as sitting although you do not type; a locked screen still counts as away. Switch it off if you leave videos running when you walk away.</source>
        <translation>Solange eine Anwendung den Bildschirm wach hält (ein Video, ein Anruf), zählen Sie als sitzend, obwohl Sie nicht tippen; ein gesperrter Bildschirm zählt weiter als abwesend. Schalten Sie es aus, wenn Sie Videos laufen lassen, während Sie weggehen.</translation>
    </message>
    <message>
        <source>Notice meetings</source>
        <translation>Besprechungen erkennen</translation>
    </message>
    <message>
        <source>A camera, a microphone recording or a shared screen make a meeting: you count as sitting, and a reminder that falls due waits until it ends. &quot;I&apos;m in a meeting&quot; in the tray menu does the same by hand.</source>
        <translation>Eine Kamera, eine Mikrofonaufnahme oder ein geteilter Bildschirm bedeuten eine Besprechung: Sie zählen als sitzend, und eine fällige Erinnerung wartet, bis sie endet. „Ich bin in einer Besprechung“ im Tray-Menü tut dasselbe von Hand.</translation>
    </message>
    <message>
        <source>Longest wait in a meeting</source>
        <translation>Längste Wartezeit in einer Besprechung</translation>
    </message>
    <message>
        <source>During a meeting a due reminder waits until the meeting ends, but never longer than this. The meeting still counts as sitting. 0s never waits. From 0s to 4h.</source>
        <translation>Während einer Besprechung wartet eine fällige Erinnerung, bis die Besprechung endet, aber nie länger als so lange. Die Besprechung zählt weiter als Sitzen. 0s wartet nie. Von 0s bis 4h.</translation>
    </message>
    <message>
        <source>Longest wait while not to be disturbed</source>
        <translation>Längste Wartezeit bei „Nicht stören“</translation>
    </message>
    <message>
        <source>While do-not-disturb is on or a window is fullscreen, a due reminder waits, but never longer than this. 0s never waits. From 0s to 4h.</source>
        <translation>Solange „Nicht stören“ an ist oder ein Fenster im Vollbild ist, wartet eine fällige Erinnerung, aber nie länger als so lange. 0s wartet nie. Von 0s bis 4h.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Count only on these days and hours</source>
        <translation>Nur an diesen Tagen und Stunden zählen</translation>
    </message>
    <message>
        <source>On: Flexor only counts sitting on the days and within the hours below. Off: it counts at any time.</source>
        <translation>An: Flexor zählt das Sitzen nur an den Tagen und in den Stunden unten. Aus: Es zählt jederzeit.</translation>
    </message>
    <message>
        <source>The days Flexor is active on: at least one.</source>
        <translation>Die Tage, an denen Flexor aktiv ist: mindestens einer.</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Aktive Tage</translation>
    </message>
    <message>
        <source>The local time window Flexor is active in, in 24-hour time. An end at or before the start means the window runs past midnight.</source>
        <translation>Das Zeitfenster (Ortszeit, 24 Stunden), in dem Flexor aktiv ist. Ein Ende am oder vor dem Beginn bedeutet, dass das Fenster über Mitternacht reicht.</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv ab</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktiv bis</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktive Stunden</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <source>Take turns: one routine a day</source>
        <translation>Abwechseln: eine Übungsfolge pro Tag</translation>
    </message>
    <message>
        <source>The routine a reminder offers to start. Taking turns runs one routine a calendar day, in order.</source>
        <translation>Die Übungsfolge, die eine Erinnerung zum Starten anbietet. Beim Abwechseln gibt es eine Übungsfolge pro Kalendertag, der Reihe nach.</translation>
    </message>
    <message>
        <source>A routine stopped early counts after</source>
        <translation>Eine früh beendete Übungsfolge zählt nach</translation>
    </message>
    <message>
        <source>A routine you stop early still counts as a break once it has lasted this long. From 0s to 1h.</source>
        <translation>Eine Übungsfolge, die Sie früh beenden, zählt trotzdem als Pause, wenn sie so lange gedauert hat. Von 0s bis 1h.</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Schritte ansagen</translation>
    </message>
    <message>
        <source>The routine speaks its steps through the desktop&apos;s speech service, so you can follow it from the floor without seeing the screen.</source>
        <translation>Die Übungsfolge sagt ihre Schritte über den Sprachdienst des Desktops an, damit Sie ihr vom Boden aus folgen können, ohne den Bildschirm zu sehen.</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>Klanghinweise abspielen</translation>
    </message>
    <message>
        <source>Soft sounds from the desktop&apos;s sound theme at the start of each hold, when switching sides and at the end.</source>
        <translation>Sanfte Klänge aus dem Klangthema des Desktops zu Beginn jeder Haltung, beim Seitenwechsel und am Ende.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the tray, notifications, windows and routines. Read when Flexor starts.</source>
        <translation>Die Sprache von Tray, Benachrichtigungen, Fenstern und Übungsfolgen. Wird beim Start von Flexor gelesen.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Start Flexor at login</source>
        <translation>Flexor bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Flexor starts with your desktop session (an XDG autostart entry).</source>
        <translation>Flexor startet mit Ihrer Desktop-Sitzung (ein XDG-Autostart-Eintrag).</translation>
    </message>
    <message>
        <source>Days of statistics kept</source>
        <translation>Tage mit aufbewahrter Statistik</translation>
    </message>
    <message>
        <source>Days of history kept for the statistics; older records are deleted. From 1 to 3650.</source>
        <translation>Tage mit Verlauf, die für die Statistik aufbewahrt werden; ältere Einträge werden gelöscht. Von 1 bis 3650.</translation>
    </message>
    <message>
        <source>Your settings file has a mistake, so nothing here can be changed until it is fixed. Flexor keeps its last good settings meanwhile.</source>
        <translation>Ihre Einstellungsdatei enthält einen Fehler, daher lässt sich hier nichts ändern, bis er behoben ist. Flexor behält bis dahin die letzten gültigen Einstellungen.</translation>
    </message>
    <message>
        <source>The settings file has a mistake: %1</source>
        <translation>Die Einstellungsdatei enthält einen Fehler: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Defaults restored</source>
        <translation>Standardwerte wiederhergestellt</translation>
    </message>
    <message>
        <source>Breaks and standing</source>
        <translation>Pausen und Stehen</translation>
    </message>
    <message>
        <source>I have a standing desk</source>
        <translation>Ich habe einen Stehtisch</translation>
    </message>
    <message>
        <source>The reminder offers &quot;Stand for a while&quot; beside &quot;Start stretch&quot;; after the time below a small notification asks whether to sit again.</source>
        <translation>Die Erinnerung bietet neben „Dehnung starten“ auch „Eine Weile stehen“ an; nach der unten eingestellten Zeit fragt eine kleine Benachrichtigung, ob Sie sich wieder setzen möchten.</translation>
    </message>
    <message>
        <source>Stand for</source>
        <translation>Stehen für</translation>
    </message>
    <message>
        <source>How long &quot;Stand for a while&quot; lasts before Flexor asks whether to sit again. From 1s to 4h.</source>
        <translation>Wie lange „Eine Weile stehen“ dauert, bevor Flexor fragt, ob Sie sich wieder setzen. Von 1s bis 4h.</translation>
    </message>
    <message>
        <source>Eye breaks (20-20-20)</source>
        <translation>Augenpausen (20-20-20)</translation>
    </message>
    <message>
        <source>After a while of looking at the screen, a small notification asks you to look at something about 6 m away, and closes itself when the time is up. None comes during do-not-disturb, a fullscreen window or a meeting.</source>
        <translation>Nach einer Weile am Bildschirm bittet eine kleine Benachrichtigung, etwas in etwa 6 m Entfernung anzusehen, und schließt sich nach Ablauf der Zeit selbst. Während „Nicht stören“, eines Vollbildfensters oder einer Besprechung kommt keine.</translation>
    </message>
    <message>
        <source>Eye break every</source>
        <translation>Augenpause alle</translation>
    </message>
    <message>
        <source>Screen time between two eye breaks. From 1s to 4h.</source>
        <translation>Bildschirmzeit zwischen zwei Augenpausen. Von 1s bis 4h.</translation>
    </message>
    <message>
        <source>Look away for</source>
        <translation>Wegschauen für</translation>
    </message>
    <message>
        <source>How long an eye break lasts. From 1s to 5m.</source>
        <translation>Wie lange eine Augenpause dauert. Von 1s bis 5m.</translation>
    </message>
    <message>
        <source>Daily sitting budget</source>
        <translation>Tägliches Sitzbudget</translation>
    </message>
    <message>
        <source>Once today&apos;s sitting passes this, one notification that day suggests standing or a walk. 0s means no budget. From 0s to 24h.</source>
        <translation>Sobald die heutige Sitzzeit dies überschreitet, schlägt an diesem Tag eine Benachrichtigung vor, zu stehen oder zu gehen. 0s heißt: kein Budget. Von 0s bis 24h.</translation>
    </message>
    <message>
        <source>The first that works on this desktop</source>
        <translation>Das erste, das auf diesem Desktop funktioniert</translation>
    </message>
    <message>
        <source>GNOME Shell&apos;s idle monitor</source>
        <translation>Leerlaufmonitor der GNOME Shell</translation>
    </message>
    <message>
        <source>Most Wayland compositors (ext-idle-notify)</source>
        <translation>Die meisten Wayland-Compositoren (ext-idle-notify)</translation>
    </message>
    <message>
        <source>Older KDE and sway (kde-idle)</source>
        <translation>Älteres KDE und sway (kde-idle)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-sync)</source>
        <translation>X11-Sitzungen (x11-sync)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-screensaver)</source>
        <translation>X11-Sitzungen (x11-screensaver)</translation>
    </message>
    <message>
        <source>None: only screen lock and sleep count</source>
        <translation>Keines: nur Bildschirmsperre und Ruhezustand zählen</translation>
    </message>
    <message>
        <source>How Flexor notices you are away</source>
        <translation>Wie Flexor merkt, dass Sie weg sind</translation>
    </message>
    <message>
        <source>&quot;The first that works&quot; picks one that works on your desktop; the others force one: GNOME Shell&apos;s idle monitor, most Wayland compositors, older KDE and sway, X11 sessions, or none (only screen lock and sleep count).</source>
        <translation>„Das erste, das funktioniert“ wählt eines, das auf Ihrem Desktop funktioniert; die anderen erzwingen eines: den Leerlaufmonitor der GNOME Shell, die meisten Wayland-Compositoren, älteres KDE und sway, X11-Sitzungen oder keines (nur Bildschirmsperre und Ruhezustand zählen).</translation>
    </message>
    <message>
        <source>Everything (trace)</source>
        <translation>Alles (trace)</translation>
    </message>
    <message>
        <source>Details (debug)</source>
        <translation>Details (debug)</translation>
    </message>
    <message>
        <source>What happens (info)</source>
        <translation>Was geschieht (info)</translation>
    </message>
    <message>
        <source>Warnings and errors (warn)</source>
        <translation>Warnungen und Fehler (warn)</translation>
    </message>
    <message>
        <source>Errors only (error)</source>
        <translation>Nur Fehler (error)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Wie viel das Protokoll festhält</translation>
    </message>
    <message>
        <source>How much Flexor writes to its log: trace, debug, info, warn or error.</source>
        <translation>Wie viel Flexor in sein Protokoll schreibt: trace, debug, info, warn oder error.</translation>
    </message>
    <message>
        <source>None: Remind after and Stand for count</source>
        <translation>Keiner: „Erinnern nach“ und „Stehen für“ gelten</translation>
    </message>
    <message>
        <source>Cornell&apos;s 20-8-2: sit 20, stand 8, move 2</source>
        <translation>20-8-2 nach Cornell: 20 sitzen, 8 stehen, 2 bewegen</translation>
    </message>
    <message>
        <source>My own rhythm</source>
        <translation>Mein eigener Rhythmus</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>A ready-made rhythm in place of Remind after: the reminder comes after the sitting minutes and offers standing for the standing minutes; then the question suggests moving about. It turns the standing desk on.</source>
        <translation>Ein fertiger Rhythmus anstelle von „Erinnern nach“: Die Erinnerung kommt nach den Sitzminuten und bietet Stehen für die Stehminuten an; danach schlägt die Frage vor, sich zu bewegen. Er schaltet den Stehtisch ein.</translation>
    </message>
    <message>
        <source>My own rhythm, SIT-STAND-MOVE</source>
        <translation>Mein eigener Rhythmus, SITZEN-STEHEN-BEWEGEN</translation>
    </message>
    <message>
        <source>Minutes of sitting, standing and moving, e.g. 20-8-2. Sitting and standing from 1 to 480, moving from 0 to 60.</source>
        <translation>Minuten Sitzen, Stehen und Bewegen, z. B. 20-8-2. Sitzen und Stehen von 1 bis 480, Bewegen von 0 bis 60.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Use my GNOME Calendar / Evolution calendars</source>
        <translation>Meine Kalender aus GNOME Kalender / Evolution verwenden</translation>
    </message>
    <message>
        <source>Meetings in the calendars GNOME Calendar and Evolution show count, as the files and addresses below do.</source>
        <translation>Termine in den Kalendern, die GNOME Kalender und Evolution zeigen, zählen wie die Dateien und Adressen unten.</translation>
    </message>
    <message>
        <source>Calendars followed</source>
        <translation>Verfolgte Kalender</translation>
    </message>
    <message>
        <source>Calendars whose meetings Flexor follows: .ics files, folders of them and http(s) addresses of published calendars. During a meeting you count as sitting even away from the computer, and a due reminder waits until it ends. Busy events only: all-day, free and declined events do not count.</source>
        <translation>Kalender, deren Besprechungen Flexor verfolgt: .ics-Dateien, Ordner davon und http(s)-Adressen veröffentlichter Kalender. Während einer Besprechung zählen Sie als sitzend, auch fern vom Computer, und eine fällige Erinnerung wartet, bis sie endet. Nur belegte Termine: ganztägige, freie und abgelehnte zählen nicht.</translation>
    </message>
    <message>
        <source>Calendar to add</source>
        <translation>Hinzuzufügender Kalender</translation>
    </message>
    <message>
        <source>An .ics file, a folder of them or the http(s) address of a published calendar.</source>
        <translation>Eine .ics-Datei, ein Ordner davon oder die http(s)-Adresse eines veröffentlichten Kalenders.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>Eine Kalenderdatei</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>A folder of calendar files</source>
        <translation>Ein Ordner mit Kalenderdateien</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Not meetings: titles with</source>
        <translation>Keine Besprechungen: Titel mit</translation>
    </message>
    <message>
        <source>lunch, walk</source>
        <translation>Mittagessen, Spaziergang</translation>
    </message>
    <message>
        <source>Events whose title holds one of these words (any case, separated by commas) are not meetings.</source>
        <translation>Termine, deren Titel eines dieser Wörter enthält (Groß- oder Kleinschreibung egal, durch Kommas getrennt), sind keine Besprechungen.</translation>
    </message>
    <message>
        <source>Meeting titles in flexor status</source>
        <translation>Besprechungstitel in flexor status</translation>
    </message>
    <message>
        <source>flexor status --json gives the next meeting&apos;s title too. Titles never reach the log.</source>
        <translation>flexor status --json nennt auch den Titel der nächsten Besprechung. Titel kommen nie ins Protokoll.</translation>
    </message>
    <message>
        <source>Stretch before a long meeting within</source>
        <translation>Vor einer langen Besprechung dehnen, die beginnt innerhalb von</translation>
    </message>
    <message>
        <source>A reminder that would fall due during a long calendar meeting starting within this time comes before the meeting instead, once you have sat at least half of Remind after. 0s turns this off. From 0s to 2h.</source>
        <translation>Eine Erinnerung, die während einer langen Kalenderbesprechung fällig würde, die innerhalb dieser Zeit beginnt, kommt stattdessen vor der Besprechung, sobald Sie mindestens die Hälfte von „Erinnern nach“ gesessen haben. 0s schaltet das ab. Von 0s bis 2h.</translation>
    </message>
    <message>
        <source>A long meeting lasts at least</source>
        <translation>Eine lange Besprechung dauert mindestens</translation>
    </message>
    <message>
        <source>How long a calendar meeting must be to stretch before it; 0s: any. From 0s to 8h.</source>
        <translation>Wie lang eine Kalenderbesprechung sein muss, damit vor ihr gedehnt wird; 0s: jede. Von 0s bis 8h.</translation>
    </message>
    <message>
        <source>Several computers</source>
        <translation>Mehrere Computer</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Geteilter Ordner</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Den geteilten Ordner auswählen</translation>
    </message>
    <message>
        <source>One sitting streak across your machines: a folder you already keep in sync between them (Syncthing, Nextcloud or any other), e.g. ~/Sync/flexor. Each machine writes only its own subfolder there; never window titles or key counts. Empty is off. Read when Flexor starts.</source>
        <translation>Eine Sitzphase über all Ihre Rechner: ein Ordner, den Sie schon zwischen ihnen synchron halten (Syncthing, Nextcloud oder ein anderer), z. B. ~/Sync/flexor. Jeder Rechner schreibt dort nur seinen eigenen Unterordner; nie Fenstertitel oder Tastenzahlen. Leer heißt aus. Wird beim Start von Flexor gelesen.</translation>
    </message>
    <message>
        <source>Clocks may differ by</source>
        <translation>Uhren dürfen abweichen um</translation>
    </message>
    <message>
        <source>How far the clocks of your machines may differ; times from further ahead are ignored. From 0s to 10m.</source>
        <translation>Wie weit die Uhren Ihrer Rechner voneinander abweichen dürfen; Zeiten, die weiter voraus liegen, werden ignoriert. Von 0s bis 10m.</translation>
    </message>
</context>
<context>
    <name>flexor::window::WelcomePage</name>
    <message>
        <source>Welcome to Flexor</source>
        <translation>Willkommen bei Flexor</translation>
    </message>
    <message>
        <source>Start Flexor when I log in</source>
        <translation>Flexor bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Try the routine</source>
        <translation>Übungsfolge ausprobieren</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Flexor counts how long you sit without a break. After %1 it reminds you to get up for a short guided stretch of the hip flexors. Getting up, locking the screen or stepping away starts the count again.</source>
        <translation>Flexor zählt, wie lange Sie ohne Pause sitzen. Nach %1 erinnert es Sie daran, für eine kurze angeleitete Dehnung der Hüftbeuger aufzustehen. Aufstehen, den Bildschirm sperren oder weggehen startet die Zählung neu.</translation>
    </message>
    <message>
        <source>It is counting now.</source>
        <translation>Es zählt jetzt.</translation>
    </message>
    <message>
        <source>It starts counting %1.</source>
        <translation>Es beginnt %1 zu zählen.</translation>
    </message>
    <message>
        <source>It is not counting: no day of the schedule is on.</source>
        <translation>Es zählt nicht: Kein Tag des Zeitplans ist eingeschaltet.</translation>
    </message>
    <message>
        <source>It keeps this schedule: %1. %2 You can change it under Settings.</source>
        <translation>Es hält diesen Zeitplan ein: %1. %2 Sie können ihn unter Einstellungen ändern.</translation>
    </message>
</context>
</TS>
