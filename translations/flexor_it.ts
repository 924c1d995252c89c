<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>flexor::app</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossibile rimuovere %1: %2</translation>
    </message>
    <message>
        <source>The systemd user unit flexor.service is enabled as well; it starts Flexor at login too. One way is enough: `systemctl --user disable flexor.service` turns the unit off.
</source>
        <translation>Anche l’unità utente systemd flexor.service è abilitata e avvia Flexor all’accesso. Basta un solo modo: `systemctl --user disable flexor.service` disattiva l’unità.
</translation>
    </message>
    <message>
        <source>enabled: Flexor starts at login (%1)
</source>
        <translation>abilitato: Flexor si avvia all’accesso (%1)
</translation>
    </message>
    <message>
        <source>disabled: no autostart entry starts Flexor at login
</source>
        <translation>disabilitato: nessuna voce di avvio automatico avvia Flexor all’accesso
</translation>
    </message>
    <message>
        <source>The systemd user unit flexor.service is enabled and starts Flexor with the graphical session.
</source>
        <translation>L’unità utente systemd flexor.service è abilitata e avvia Flexor con la sessione grafica.
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
        <translation>Flexor si avvierà all’accesso (%1).
</translation>
    </message>
    <message>
        <source>Flexor will no longer start at login through an autostart entry.
</source>
        <translation>Flexor non si avvierà più all’accesso tramite una voce di avvio automatico.
</translation>
    </message>
    <message>
        <source>Break Reminder</source>
        <translation>Promemoria pause</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Ti ricorda di alzarti e fare stretching dopo essere stato seduto troppo a lungo</translation>
    </message>
    <message>
        <source>flexor: autostart takes one of enable, disable or status
</source>
        <translation>flexor: autostart accetta enable, disable o status
</translation>
    </message>
    <message>
        <source>flexor: unknown autostart action &apos;%1&apos; (use enable, disable or status)
</source>
        <translation>flexor: azione di autostart sconosciuta «%1» (usa enable, disable o status)
</translation>
    </message>
    <message>
        <source>flexor: no session bus, so no running Flexor can be reached.</source>
        <translation>flexor: nessun bus di sessione, quindi nessun Flexor in esecuzione è raggiungibile.</translation>
    </message>
    <message>
        <source>flexor: the daemon is not running (start it with: flexor)</source>
        <translation>flexor: il servizio non è in esecuzione (avvialo con: flexor)</translation>
    </message>
    <message>
        <source>status takes --json, --waybar and --follow</source>
        <translation>status accetta --json, --waybar e --follow</translation>
    </message>
    <message>
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze accetta al massimo una durata, ad es. flexor snooze 15m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 10m, 90s, 1h30m)</source>
        <translation>«%1» non è una durata (ad es. 10m, 90s, 1h30m)</translation>
    </message>
    <message>
        <source>pause takes one duration or &apos;tomorrow&apos;</source>
        <translation>pause accetta una durata o «tomorrow»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>«%1» non è una durata né «tomorrow»</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 non accetta argomenti</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch accetta al massimo il nome di una routine</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>comando sconosciuto «%1» (vedi flexor --help)</translation>
    </message>
    <message>
        <source>Flexor is already running in this session.</source>
        <translation>Flexor è già in esecuzione in questa sessione.</translation>
    </message>
    <message>
        <source>flexor: check-config takes at most one file
</source>
        <translation>flexor: check-config accetta al massimo un file
</translation>
    </message>
    <message>
        <source>flexor: stats takes --days N, --json and --csv
</source>
        <translation>flexor: stats accetta --days N, --json e --csv
</translation>
    </message>
    <message>
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor: comando od opzione sconosciuta «%1» (vedi flexor --help)
</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Posticipa di %1</translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>Uno stretching dello psoas di %n minuto?</numerusform>
            <numerusform>Uno stretching dello psoas di %n minuti?</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>È ora di un breve stretching dello psoas?</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Sei seduto da molto tempo</translation>
    </message>
    <message>
        <source>Time to get up</source>
        <translation>È ora di alzarsi</translation>
    </message>
    <message>
        <source>Sitting for %1. %2</source>
        <translation>Seduto da %1. %2</translation>
    </message>
    <message>
        <source>Reminder %1 today; %2 of sitting so far today.</source>
        <translation>Promemoria n. %1 di oggi; %2 da seduto finora oggi.</translation>
    </message>
    <message>
        <source>Answer from the tray icon, or run: flexor stretch</source>
        <translation>Rispondi dall’icona nell’area di notifica o esegui: flexor stretch</translation>
    </message>
    <message>
        <source>Start stretch</source>
        <translation>Inizia lo stretching</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Sitting %1 · reminder in %2</source>
        <translation>Seduto: %1 · promemoria tra %2</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Seduto: %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting %1</source>
        <translation>È ora di una pausa: seduto da %1</translation>
    </message>
    <message>
        <source>Snoozed · sitting %1 · reminder in %2</source>
        <translation>Posticipato · seduto: %1 · promemoria tra %2</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Stretching in corso</translation>
    </message>
    <message>
        <source>Standing · ends in %1</source>
        <translation>In piedi · termina tra %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Paused · resumes in %1</source>
        <translation>In pausa · riprende tra %1</translation>
    </message>
    <message>
        <source>Outside active hours</source>
        <translation>Fuori dall’orario attivo</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>L’attività non è rilevabile su questo desktop: il tempo viene contato finché lo schermo è sbloccato.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>seduto</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>più lungo</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltate</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>spontanee</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>posticipi</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>promemoria</translation>
    </message>
    <message>
        <source>Longest streaks:</source>
        <translation>Periodi da seduto più lunghi:</translation>
    </message>
    <message>
        <source>flexor stats: --days needs a number of days of at least 1</source>
        <translation>flexor stats: --days richiede un numero di giorni di almeno 1</translation>
    </message>
    <message>
        <source>flexor stats: cannot read the history in %1</source>
        <translation>flexor stats: impossibile leggere la cronologia in %1</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Nessuna cronologia per ora: %1 non esiste.</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Seduto da %1, posticipato %n volta. %2</numerusform>
            <numerusform>Seduto da %1, posticipato %n volte. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>«%1» supera una settimana; indica una durata più breve</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>«%1» supera una settimana; indica una durata più breve o «tomorrow»</translation>
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
        <translation>Uso: flexor [--verbose]
     flexor COMANDO [ARGOMENTI]

Flexor misura quanto tempo resti seduto senza pause e, oltre una soglia, ti ricorda
di alzarti per un breve stretching guidato dello psoas (flessore dell’anca).
Senza comando avvia il servizio per questa sessione desktop.

Comandi (parlano con il servizio in esecuzione):
  status [--json | --waybar] [--follow]   mostra lo stato; --follow stampa ogni cambiamento
  stretch [ROUTINE]     avvia ora la routine guidata (predefinita: quella configurata)
  snooze [DURATA]       posticipa il promemoria (predefinito: il rinvio configurato)
  skip                  salta questa pausa; il conteggio da seduto riparte da zero
  pause [DURATA | tomorrow]   sospende i promemoria (predefinito: fino a domani)
  resume                termina una pausa
  stand                 modalità scrivania in piedi: il tempo da seduto non aumenta
  sit                   termina la modalità in piedi
  reload                rilegge il file di configurazione
  quit                  arresta il servizio

Comandi (funzionano senza il servizio):
  check-config [FILE]   controlla un file di configurazione (predefinito: quello
                        dell’utente) e le routine; un FILE in una cartella routines o
                        con [[step]] è una routine
  stats [--days N] [--json | --csv]   tempo da seduto e pause al giorno (predefinito:
                        7 giorni, al massimo 3650)
  autostart [enable | disable | status]   avvia Flexor all’accesso (avvio automatico XDG)

Opzioni:
  --verbose             registra i dettagli di debug (servizio)
  --activate            consente a un comando di avviare il servizio se non è in esecuzione
                        (lo usano le azioni del file desktop; altrimenti esce con 2)
  -h, --help            mostra questo aiuto
  --version             mostra la versione

Le durate si scrivono come 45m, 90s o 1h30m.
Configurazione: $XDG_CONFIG_HOME/flexor/config.toml; log: $XDG_STATE_HOME/flexor/flexor.log
Codici di uscita: 0 fatto, 1 non riuscito, 2 servizio non in esecuzione, 64 uso errato.
</translation>
    </message>
    <message>
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor: --days accetta un numero intero di giorni da 1 a %1
</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>Uno stretching dello psoas di %n secondo?</numerusform>
            <numerusform>Uno stretching dello psoas di %n secondi?</numerusform>
        </translation>
    </message>
    <message>
        <source>No history yet: %1 is empty.</source>
        <translation>Nessuna cronologia per ora: %1 è vuoto.</translation>
    </message>
    <message>
        <source>Meeting over</source>
        <translation>Riunione finita</translation>
    </message>
    <message>
        <source>Meeting over: you have been sitting %1. %2</source>
        <translation>Riunione finita: sei seduto da %1. %2</translation>
    </message>
    <message>
        <source>In a meeting: a due reminder waits until it ends.</source>
        <translation>In riunione: un promemoria in sospeso attende che finisca.</translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it</source>
        <translation>Riunione alle %1: allungati prima</translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it. You have sat for %2. %3</source>
        <translation>Riunione alle %1: allungati prima. Sei seduto da %2. %3</translation>
    </message>
    <message>
        <source>Reminder before your %1 meeting</source>
        <translation>Promemoria prima della riunione delle %1</translation>
    </message>
</context>
<context>
    <name>flexor::app::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 secondi superano una settimana; indica una durata più breve.</translation>
    </message>
</context>
<context>
    <name>flexor::app::GnomeWellbeing</name>
    <message>
        <source>GNOME reminds you to move, too</source>
        <translation>Anche GNOME ti ricorda di muoverti</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement breaks are on, so you may get two reminders for one break. Flexor can take them over.</source>
        <translation>Le pause per il movimento di GNOME sono attive, quindi potresti ricevere due promemoria per una sola pausa. Flexor può occuparsene al loro posto.</translation>
    </message>
    <message>
        <source>Let Flexor remind me</source>
        <translation>Lascia fare a Flexor</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tieni entrambi</translation>
    </message>
</context>
<context>
    <name>flexor::app::RoutineFallbackNotice</name>
    <message>
        <source>There is no routine named &apos;%1&apos; (the config&apos;s routine key), so Flexor opened &apos;%2&apos; instead.</source>
        <translation>Non esiste una routine chiamata «%1» (la chiave routine della configurazione), quindi Flexor ha aperto «%2» al suo posto.</translation>
    </message>
    <message>
        <source>Your routine &apos;%1&apos; cannot be used, so Flexor opened the %2 routine &apos;%3&apos; instead.
%4</source>
        <translation>La tua routine «%1» non è utilizzabile, quindi Flexor ha aperto al suo posto la routine %2 «%3».
%4</translation>
    </message>
    <message>
        <source>next usable</source>
        <translation>utilizzabile successiva</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>inclusa</translation>
    </message>
    <message>
        <source>There is no routine named &apos;%1&apos;.</source>
        <translation>Non esiste una routine chiamata «%1».</translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; cannot be used: %2</source>
        <translation>La routine «%1» non è utilizzabile: %2</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>non può essere letta</translation>
    </message>
    <message>
        <source>A routine of yours has a problem</source>
        <translation>Una delle tue routine ha un problema</translation>
    </message>
</context>
<context>
    <name>flexor::app::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>Impossibile aprire la finestra della routine.</translation>
    </message>
</context>
<context>
    <name>flexor::app::SetupNotices</name>
    <message>
        <source>Flexor&apos;s config file has a problem</source>
        <translation>Il file di configurazione di Flexor ha un problema</translation>
    </message>
    <message>
        <source>%1
Flexor keeps running on the last good settings.</source>
        <translation>%1
Flexor continua con le ultime impostazioni valide.</translation>
    </message>
    <message>
        <source>Start Flexor when you log in?</source>
        <translation>Avviare Flexor all’accesso?</translation>
    </message>
    <message>
        <source>Flexor can only count your sitting time while it runs. You can change this later in the tray menu (Start at login).</source>
        <translation>Flexor può contare il tempo da seduto solo mentre è in esecuzione. Puoi cambiarlo in seguito dal menu dell’icona (Avvia all’accesso).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all’accesso</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
</context>
<context>
    <name>flexor::platform::DesktopSessionWatcher</name>
    <message>
        <source>Saving the sitting streak before the computer sleeps</source>
        <translation>Salvataggio del periodo da seduto prima della sospensione</translation>
    </message>
</context>
<context>
    <name>flexor::platform::NoPresenceMonitor</name>
    <message>
        <source>activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked</source>
        <translation>l’attività non è rilevabile su questo desktop: il tempo viene contato finché lo schermo è sbloccato</translation>
    </message>
</context>
<context>
    <name>flexor::routine::GuidePlayer</name>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Mantieni per %n secondo.</numerusform>
            <numerusform>Mantieni per %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>Serie %1 di %2.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Mantieni.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambia lato.</translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation>Finito. Ben fatto.</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Sitting since %1 · reminder at %2</source>
        <translation>Seduto dalle %1 · promemoria alle %2</translation>
    </message>
    <message>
        <source>Sitting since %1</source>
        <translation>Seduto dalle %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting since %1</source>
        <translation>È ora di una pausa: seduto dalle %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting since %2</source>
        <translation>Posticipato fino alle %1 · seduto dalle %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting since %1</source>
        <translation>Posticipato · seduto dalle %1</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Stretching in corso</translation>
    </message>
    <message>
        <source>Standing until %1</source>
        <translation>In piedi fino alle %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>In pausa fino alle %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Outside active hours</source>
        <translation>Fuori dall’orario attivo</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>L’attività non è rilevabile su questo desktop: il tempo viene contato finché lo schermo è sbloccato.</translation>
    </message>
</context>
<context>
    <name>flexor::ui::BreakScreenMirror</name>
    <message>
        <source>Break screen: %1</source>
        <translation>Schermata della pausa: %1</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Immagine della posizione: %1</translation>
    </message>
</context>
<context>
    <name>flexor::ui::CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Secondi rimanenti: %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparati</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
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
        <translation>Inizia lo stretching</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Start the stretching routine</source>
        <translation>Inizia la routine di stretching</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Salta questa pausa</translation>
    </message>
</context>
<context>
    <name>flexor::ui::RoutineWindow</name>
    <message>
        <source>Guided routine: %1</source>
        <translation>Routine guidata: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo precedente</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Metti in pausa o riprendi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passo successivo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Ferma la routine</translation>
    </message>
    <message>
        <source>Well done, that was your break.</source>
        <translation>Ben fatto, questa era la tua pausa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Chiudi la finestra</translation>
    </message>
    <message>
        <source>Your first routine today.</source>
        <translation>La tua prima routine di oggi.</translation>
    </message>
    <message>
        <source>Routines finished today: %1</source>
        <translation>Routine completate oggi: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Preparati: %1</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Serie %1 di %2</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>Feel:</source>
        <translation>Cosa senti:</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Evita:</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Poi: %1</translation>
    </message>
    <message>
        <source>Next: the end. Almost there!</source>
        <translation>Poi: la fine. Ci sei quasi!</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Immagine della posizione: %1</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>serie %1 di %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Durata: %1:%2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 di %2: %3</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Cambia lato: %1</translation>
    </message>
    <message>
        <source>Mute or unmute voice and sounds</source>
        <translation>Disattiva o riattiva voce e suoni</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Riattiva audio</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenzia</translation>
    </message>
    <message>
        <source>Skip break</source>
        <translation>Salta pausa</translation>
    </message>
    <message>
        <source>Skip this break?</source>
        <translation>Saltare questa pausa?</translation>
    </message>
    <message>
        <source>You have put this break off several times. Skip it anyway?</source>
        <translation>Hai già rimandato questa pausa più volte. Saltarla comunque?</translation>
    </message>
    <message>
        <source>Skip the break</source>
        <translation>Salta la pausa</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>flexor::ui::SittingChart</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Sitting time per day</source>
        <translation>Tempo da seduto al giorno</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) over %1 days; %2 of sitting in all</source>
        <translation>
            <numerusform>%n barra su %1 giorni; %2 da seduto in tutto</numerusform>
            <numerusform>%n barre su %1 giorni; %2 da seduto in tutto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 sitting, %n break(s)</source>
        <translation>
            <numerusform>%1: %2 da seduto, %n pausa</numerusform>
            <numerusform>%1: %2 da seduto, %n pause</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::ui::StatisticsWindow</name>
    <message>
        <source>Flexor statistics</source>
        <translation>Statistiche di Flexor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Longest streaks</source>
        <translation>Periodi da seduto più lunghi</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>seduto</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>periodo più lungo</translation>
    </message>
    <message>
        <source>breaks taken</source>
        <translation>pause fatte</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>promemoria</translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation>Da seduto al giorno</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Ultimi %1 giorni</translation>
    </message>
    <message>
        <source>No streaks recorded in these days yet.</source>
        <translation>Nessun periodo registrato in questi giorni.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 alle %2: %3</translation>
    </message>
</context>
<context>
    <name>flexor::ui::TrayIcon</name>
    <message>
        <source>Start stretch now</source>
        <translation>Fai stretching ora</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Sono in piedi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistiche…</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>Apri il file di configurazione</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all’accesso</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Avvia routine</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Sono in riunione</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
