<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>flexor::app</name>
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
        <source>Break Reminder</source>
        <translation>Pausenerinnerung</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Erinnert Sie daran, nach langem Sitzen aufzustehen und sich zu dehnen</translation>
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
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze erwartet höchstens eine Dauer, z. B. flexor snooze 15m</translation>
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
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>„%1“ ist weder eine Dauer noch „tomorrow“</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 erwartet keine Argumente</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch erwartet höchstens einen Übungsnamen</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe flexor --help)</translation>
    </message>
    <message>
        <source>Flexor is already running in this session.</source>
        <translation>Flexor läuft in dieser Sitzung bereits.</translation>
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
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor: unbekannter Befehl oder unbekannte Option „%1“ (siehe flexor --help)
</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>%1 schlummern</translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>Eine Psoas-Dehnung von %n Minute?</numerusform>
            <numerusform>Eine Psoas-Dehnung von %n Minuten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>Zeit für eine kurze Psoas-Dehnung?</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Sie sitzen schon lange</translation>
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
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Sitting %1 · reminder in %2</source>
        <translation>Sitzen: %1 · Erinnerung in %2</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Sitzen: %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting %1</source>
        <translation>Zeit für eine Pause: %1 im Sitzen</translation>
    </message>
    <message>
        <source>Snoozed · sitting %1 · reminder in %2</source>
        <translation>Geschlummert · Sitzen: %1 · Erinnerung in %2</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Standing · ends in %1</source>
        <translation>Im Stehen · endet in %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused · resumes in %1</source>
        <translation>Pausiert · geht weiter in %1</translation>
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
        <source>No history yet: %1 does not exist.</source>
        <translation>Noch kein Verlauf: %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Seit %1 im Sitzen, %n-mal geschlummert. %2</numerusform>
            <numerusform>Seit %1 im Sitzen, %n-mal geschlummert. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>„%1“ ist länger als eine Woche; geben Sie eine kürzere Dauer an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>„%1“ ist länger als eine Woche; geben Sie eine kürzere Dauer oder „tomorrow“ an</translation>
    </message>
    <message>
        <source>Usage: flexor [--verbose]
       flexor COMMAND [ARGS]

Flexor tracks how long you sit without a break and, past a threshold, reminds you
to get up for a short guided psoas (hip flexor) stretch.
Without a command it starts the daemon for this desktop session.

Commands (talk to the running daemon):
  status [--json | --waybar] [--follow]   show the state; --follow prints every change
  stretch [ROUTINE]     start the guided routine now (default: the configured one)
  snooze [DURATION]     postpone the reminder (default: the configured snooze)
  skip                  skip this break; the sitting count starts over
  pause [DURATION | tomorrow]   pause reminders (default: until tomorrow)
  resume                end a pause
  stand                 standing desk mode: sitting time does not grow
  sit                   end standing mode
  reload                read the config file again
  quit                  stop the daemon

Commands (work without the daemon):
  check-config [FILE]   check a config file (default: the user&apos;s) and the routines;
                        a FILE in a routines folder or with [[step]] is a routine
  stats [--days N] [--json | --csv]   sitting and breaks per day (default: 7 days,
                        at most 3650)
  autostart [enable | disable | status]   start Flexor at login (XDG autostart)

Options:
  --verbose             log debug details (daemon)
  --activate            let a command start the daemon if it is not running
                        (the desktop file&apos;s actions use it; otherwise exit 2)
  -h, --help            show this help
  --version             show the version

Durations are written like 45m, 90s or 1h30m.
Config: $XDG_CONFIG_HOME/flexor/config.toml; log: $XDG_STATE_HOME/flexor/flexor.log
Exit codes: 0 done, 1 failed, 2 daemon not running, 64 wrong usage.
</source>
        <translation>Aufruf: flexor [--verbose]
        flexor BEFEHL [ARGUMENTE]

Flexor misst, wie lange Sie ohne Pause sitzen, und erinnert Sie ab einer Schwelle
daran, für eine kurze angeleitete Psoas-Dehnung (Hüftbeuger) aufzustehen.
Ohne Befehl startet es den Dienst für diese Desktop-Sitzung.

Befehle (an den laufenden Dienst):
  status [--json | --waybar] [--follow]   den Zustand zeigen; --follow gibt jede Änderung aus
  stretch [ÜBUNGSFOLGE] die angeleitete Übungsfolge jetzt starten (Standard: die eingestellte)
  snooze [DAUER]        die Erinnerung aufschieben (Standard: die eingestellte Schlummerzeit)
  skip                  diese Pause überspringen; die Sitzzeit beginnt von vorn
  pause [DAUER | tomorrow]   Erinnerungen pausieren (Standard: bis morgen)
  resume                eine Pause beenden
  stand                 Stehpult-Modus: die Sitzzeit wächst nicht
  sit                   den Stehmodus beenden
  reload                die Konfigurationsdatei neu einlesen
  quit                  den Dienst beenden

Befehle (ohne den Dienst):
  check-config [DATEI]  eine Konfigurationsdatei (Standard: die des Benutzers) und die
                        Übungsfolgen prüfen; eine DATEI in einem Ordner routines oder mit
                        [[step]] ist eine Übungsfolge
  stats [--days N] [--json | --csv]   Sitzzeit und Pausen pro Tag (Standard: 7 Tage,
                        höchstens 3650)
  autostart [enable | disable | status]   Flexor bei der Anmeldung starten (XDG-Autostart)

Optionen:
  --verbose             Details zur Fehlersuche protokollieren (Dienst)
  --activate            einen Befehl den Dienst starten lassen, falls er nicht läuft
                        (die Aktionen der Desktop-Datei nutzen das; sonst Exit-Code 2)
  -h, --help            diese Hilfe anzeigen
  --version             die Version anzeigen

Dauern schreibt man etwa als 45m, 90s oder 1h30m.
Konfiguration: $XDG_CONFIG_HOME/flexor/config.toml; Protokoll: $XDG_STATE_HOME/flexor/flexor.log
Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 Dienst läuft nicht, 64 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor: --days erwartet eine ganze Zahl von Tagen zwischen 1 und %1
</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>Eine Psoas-Dehnung von %n Sekunde?</numerusform>
            <numerusform>Eine Psoas-Dehnung von %n Sekunden?</numerusform>
        </translation>
    </message>
    <message>
        <source>No history yet: %1 is empty.</source>
        <translation>Noch kein Verlauf: %1 ist leer.</translation>
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
        <source>In a meeting: a due reminder waits until it ends.</source>
        <translation>In einer Besprechung: Eine fällige Erinnerung wartet, bis sie endet.</translation>
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
        <source>Reminder before your %1 meeting</source>
        <translation>Erinnerung vor Ihrer Besprechung um %1</translation>
    </message>
</context>
<context>
    <name>flexor::app::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 Sekunden sind länger als eine Woche; geben Sie eine kürzere Dauer an.</translation>
    </message>
</context>
<context>
    <name>flexor::app::GnomeWellbeing</name>
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
    <name>flexor::app::RoutineFallbackNotice</name>
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
    <name>flexor::app::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>Das Fenster der Übungsfolge konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>flexor::app::SetupNotices</name>
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
        <source>Start Flexor when you log in?</source>
        <translation>Flexor bei der Anmeldung starten?</translation>
    </message>
    <message>
        <source>Flexor can only count your sitting time while it runs. You can change this later in the tray menu (Start at login).</source>
        <translation>Flexor kann Ihre Sitzzeit nur zählen, während es läuft. Sie können das später im Menü des Leistensymbols ändern (Bei Anmeldung starten).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
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
</context>
<context>
    <name>flexor::ui::BreakScreenMirror</name>
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
    <name>flexor::ui::CountdownRing</name>
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
    <name>flexor::ui::RoutineWindow</name>
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
        <source>Your first routine today.</source>
        <translation>Ihre erste Übungsfolge heute.</translation>
    </message>
    <message>
        <source>Routines finished today: %1</source>
        <translation>Heute abgeschlossene Übungsfolgen: %1</translation>
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
        <source>round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Dauer: %1:%2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
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
        <source>Skip break</source>
        <translation>Pause überspringen</translation>
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
</context>
</TS>
