<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>flexor::cli</name>
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
        <source>flexor: cannot follow the daemon&apos;s changes on the session bus</source>
        <translation>flexor: impossibile seguire le modifiche del demone sul bus di sessione</translation>
    </message>
    <message>
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze accetta al massimo una durata, ad es. flexor snooze 15m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>«%1» supera una settimana; indica una durata più breve</translation>
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
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>«%1» supera una settimana; indica una durata più breve o «tomorrow»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>«%1» non è una durata né «tomorrow»</translation>
    </message>
    <message>
        <source>stretch takes no option &apos;%1&apos;, only a routine name (see flexor --help)</source>
        <translation>stretch non accetta l’opzione «%1», solo il nome di una routine (vedi flexor --help)</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch accetta al massimo il nome di una routine</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 non accetta argomenti</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>comando sconosciuto «%1» (vedi flexor --help)</translation>
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
        <translation>Uso: flexor [--verbose]
     flexor COMANDO [ARGOMENTI]

Flexor misura quanto tempo resti seduto senza pause e, oltre una soglia, ti ricorda
di alzarti per un breve stretching guidato dello psoas (flessore dell’anca).
Senza comando avvia il servizio per questa sessione desktop; se Flexor è già
in esecuzione, apre invece la finestra di Flexor.

Comandi (parlano con il servizio in esecuzione):
  status [--json | --waybar] [--follow]   mostra lo stato; --follow stampa ogni cambiamento
  stretch [ROUTINE]     avvia ora la routine guidata (predefinita: quella configurata)
  snooze [DURATA]       posticipa il promemoria (predefinito: il rinvio configurato)
  skip                  salta questa pausa; il conteggio da seduto riparte da zero
  pause [DURATA | tomorrow]   sospende i promemoria (predefinito: fino a domani)
  resume                termina una pausa
  stand                 modalità scrivania in piedi: il tempo da seduto non aumenta
  sit                   termina la modalità in piedi
  window [now | statistics | settings]   apre la finestra di Flexor (su quella pagina)
  reload                rilegge il file di configurazione
  quit                  arresta il servizio

Comandi (funzionano senza il servizio):
  check-config [FILE]   controlla un file di configurazione (predefinito: quello
                        dell’utente) e le routine; un FILE in una cartella routines o
                        con [[step]] è una routine
  stats [--days N] [--json | --csv]   tempo da seduto e pause al giorno (predefinito:
                        7 giorni, al massimo 3650)
  autostart [enable | disable | status]   avvia Flexor all’accesso (avvio automatico XDG)
  config get CHIAVE | set CHIAVE VALORE | reset CHIAVE | path
                        leggere o cambiare un’impostazione nel file di configurazione,
                        mantenendone i commenti; il servizio in esecuzione la applica
                        (VALORE come 30m, true, 3 o mon,tue,wed)

Opzioni:
  --verbose             registra i dettagli di debug (servizio)
  --activate            consente a un comando di avviare il servizio se non è in esecuzione
                        (lo usano le azioni del file desktop; altrimenti esce con 2)
  -h, --help            mostra questo aiuto
  --version             mostra la versione

Le durate si scrivono come 45m, 90s o 1h30m.
Configurazione: $XDG_CONFIG_HOME/flexor/config.toml; log: $XDG_STATE_HOME/flexor/flexor.log
Codici di uscita: 0 fatto, 1 non riuscito, 2 servizio non in esecuzione, 64 uso errato,
65 il file di configurazione contiene errori (config non lo modifica).
</translation>
    </message>
    <message>
        <source>Flexor is already running in this session; opening its window.
</source>
        <translation>Flexor è già in esecuzione in questa sessione; ne apro la finestra.
</translation>
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
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor: --days accetta un numero intero di giorni da 1 a %1
</translation>
    </message>
    <message>
        <source>flexor: window takes one page: now, statistics or settings
</source>
        <translation>flexor: window accetta una pagina: now, statistics o settings
</translation>
    </message>
    <message>
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor: comando od opzione sconosciuta «%1» (vedi flexor --help)
</translation>
    </message>
    <message>
        <source>flexor: config takes get KEY, set KEY VALUE, reset KEY or path
</source>
        <translation>flexor: config accetta get CHIAVE, set CHIAVE VALORE, reset CHIAVE o path
</translation>
    </message>
    <message>
        <source>flexor: the config file has errors, so it was left as it is; fix them first:
</source>
        <translation>flexor: il file di configurazione contiene errori, quindi non è stato modificato; correggili prima:
</translation>
    </message>
    <message>
        <source>flexor: there is no routine named &apos;%1&apos; (shipped or in %2)
</source>
        <translation>flexor: non esiste una routine chiamata «%1» (inclusa o in %2)
</translation>
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
        <source>No history yet: %1 is empty.</source>
        <translation>Nessuna cronologia per ora: %1 è vuoto.</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Nessuna cronologia per ora: %1 non esiste.</translation>
    </message>
</context>
<context>
    <name>flexor::dbus::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 secondi superano una settimana; indica una durata più breve.</translation>
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
    <name>flexor::routine::BreakScreenMirror</name>
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
    <name>flexor::routine::CountdownRing</name>
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
    <name>flexor::routine::RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
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
        <source>Skip break</source>
        <translation>Salta pausa</translation>
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
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 di %2: %3</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Cambia lato: %1</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>serie %1 di %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Durata: %1:%2</translation>
    </message>
</context>
<context>
    <name>flexor::service</name>
    <message>
        <source>Snooze %1</source>
        <translation>Posticipa di %1</translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>È ora di un breve stretching dello psoas?</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>Uno stretching dello psoas di %n secondo?</numerusform>
            <numerusform>Uno stretching dello psoas di %n secondi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>Uno stretching dello psoas di %n minuto?</numerusform>
            <numerusform>Uno stretching dello psoas di %n minuti?</numerusform>
        </translation>
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
        <source>Meeting over</source>
        <translation>Riunione finita</translation>
    </message>
    <message>
        <source>Meeting over: you have been sitting %1. %2</source>
        <translation>Riunione finita: sei seduto da %1. %2</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Sei seduto da molto tempo</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Seduto da %1, posticipato %n volta. %2</numerusform>
            <numerusform>Seduto da %1, posticipato %n volte. %2</numerusform>
        </translation>
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
        <source>Stand for a while</source>
        <translation>Stare in piedi per un po&apos;</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
</context>
<context>
    <name>flexor::service::BreakNotices</name>
    <message>
        <source>Rest your eyes</source>
        <translation>Riposa gli occhi</translation>
    </message>
    <message>
        <source>Look at something about 6 m away for %1.</source>
        <translation>Guarda qualcosa a circa 6 m di distanza per %1.</translation>
    </message>
    <message>
        <source>Enough sitting for today</source>
        <translation>Basta stare seduti per oggi</translation>
    </message>
    <message>
        <source>You have sat for %1 today, past your budget of %2. Work standing for a while, or go for a walk.</source>
        <translation>Oggi sei stato seduto %1, oltre il tuo limite di %2. Lavora in piedi per un po&apos; o fai una passeggiata.</translation>
    </message>
    <message>
        <source>Back to sitting?</source>
        <translation>Tornare a sedersi?</translation>
    </message>
    <message>
        <source>Your standing time is up. Walk about for %1, then sit down again.</source>
        <translation>Il tempo in piedi è finito. Cammina un po&apos; per %1, poi torna a sederti.</translation>
    </message>
    <message>
        <source>Your standing time is up.</source>
        <translation>Il tempo in piedi è finito.</translation>
    </message>
    <message>
        <source>Back to sitting</source>
        <translation>Tornare a sedersi</translation>
    </message>
    <message>
        <source>Keep standing</source>
        <translation>Restare in piedi</translation>
    </message>
</context>
<context>
    <name>flexor::service::GnomeWellbeing</name>
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
    <name>flexor::service::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>Impossibile aprire la finestra della routine.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SettingsFile</name>
    <message>
        <source>Flexor could not create %1: %2</source>
        <translation>Flexor non è riuscito a creare %1: %2</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a text editor yourself.</source>
        <translation>Nessun programma è riuscito ad aprire %1. Aprilo tu stesso in un editor di testo.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SetupNotices</name>
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
        <source>Flexor&apos;s config file could not be opened</source>
        <translation>Non è stato possibile aprire il file di configurazione di Flexor</translation>
    </message>
</context>
<context>
    <name>flexor::service::WindowLauncher</name>
    <message>
        <source>The window has no page &apos;%1&apos; (now, statistics or settings).</source>
        <translation>La finestra non ha la pagina «%1» (now, statistics o settings).</translation>
    </message>
    <message>
        <source>The Flexor window could not start: %1</source>
        <translation>Impossibile avviare la finestra di Flexor: %1</translation>
    </message>
    <message>
        <source>%1 is missing or not executable.</source>
        <translation>%1 manca o non è eseguibile.</translation>
    </message>
</context>
<context>
    <name>flexor::start</name>
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
        <source>Break Reminder</source>
        <translation>Promemoria pause</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Ti ricorda di alzarti e fare stretching dopo essere stato seduto troppo a lungo</translation>
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
    <message>
        <source>In a meeting since %1 · reminder waits</source>
        <translation>In riunione dalle %1 · il promemoria aspetta</translation>
    </message>
    <message>
        <source>In a meeting · reminder waits</source>
        <translation>In riunione · il promemoria aspetta</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>oggi alle %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a weekday and a time: Monday 08:00</comment>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder at %2</source>
        <translation>Seduto da %1 · promemoria alle %2</translation>
    </message>
    <message>
        <source>Sitting for %1</source>
        <translation>Seduto da %1</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder waits</source>
        <translation>Seduto da %1 · il promemoria aspetta</translation>
    </message>
    <message>
        <source>Time for a break: sitting for %1</source>
        <translation>È ora di una pausa: seduto da %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting for %2</source>
        <translation>Rinviato fino alle %1 · seduto da %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting for %1</source>
        <translation>Rinviato · seduto da %1</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Lontano dalla scrivania</translation>
    </message>
    <message>
        <source>Outside active hours · counting starts %1</source>
        <translation>Fuori dall’orario attivo · il conteggio inizia %1</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>a qualsiasi ora</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays: Monday to Friday</comment>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>on no day (every day of the schedule is off)</source>
        <translation>in nessun giorno (ogni giorno dell’orario è disattivato)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <comment>days, then the hours: Monday to Friday, 08:00 to 19:00</comment>
        <translation>%1, dalle %2 alle %3</translation>
    </message>
    <message>
        <source>%1 of %2 sitting today</source>
        <translation>%1 su %2 seduto oggi</translation>
    </message>
    <message>
        <source>Sitting since %1 · reminder waits</source>
        <translation>Seduto dalle %1 · il promemoria aspetta</translation>
    </message>
    <message>
        <source>Reminder before your %1 meeting</source>
        <translation>Promemoria prima della riunione delle %1</translation>
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
    <message>
        <source>Each bar is a day&apos;s sitting. Above it, ● is a break you took (a stretch, or you got up by yourself) and ○ a break you skipped.</source>
        <translation>Ogni barra è il tempo da seduto di un giorno. Sopra, ● è una pausa fatta (uno stretching, o ti sei alzato da solo) e ○ una pausa saltata.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
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
    <message>
        <source>Open Flexor</source>
        <translation>Apri Flexor</translation>
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
        <translation>Pagine di Flexor</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Adesso</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
</context>
<context>
    <name>flexor::window::NowPage</name>
    <message>
        <source>Sitting ring</source>
        <translation>Anello del tempo da seduto</translation>
    </message>
    <message>
        <source>No tray icon: this desktop shows none (on GNOME the tray needs the AppIndicator extension). Everything is here in this window, and reminders come as notifications.</source>
        <translation>Nessuna icona nell’area di notifica: questo desktop non ne mostra (su GNOME serve l’estensione AppIndicator). Tutto è qui in questa finestra, e i promemoria arrivano come notifiche.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>The routine of the day</source>
        <translation>La routine del giorno</translation>
    </message>
    <message>
        <source>Stretch now</source>
        <translation>Stretching ora</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posticipa</translation>
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
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Sono in piedi</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Sono in riunione</translation>
    </message>
    <message>
        <source>Flexor is not running</source>
        <translation>Flexor non è in esecuzione</translation>
    </message>
    <message>
        <source>Start Flexor from the applications menu, or run: flexor</source>
        <translation>Avvia Flexor dal menu delle applicazioni, oppure esegui: flexor</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>L’attività non è rilevabile su questo desktop: il tempo viene contato finché lo schermo è sbloccato.</translation>
    </message>
</context>
<context>
    <name>flexor::window::SettingsPage</name>
    <message>
        <source>Open the file</source>
        <translation>Apri il file</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Stato delle impostazioni</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Ripristina i valori predefiniti</translation>
    </message>
    <message>
        <source>Puts every setting on this page back to its documented default. Your comments in the file stay.</source>
        <translation>Riporta ogni impostazione di questa pagina al suo valore predefinito documentato. I tuoi commenti nel file restano.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation>Ricorda dopo</translation>
    </message>
    <message>
        <source>How long you may sit without a real break before Flexor reminds you. From 1s to 8h.</source>
        <translation>Quanto puoi stare seduto senza una vera pausa prima che Flexor te lo ricordi. Da 1s a 8h.</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posticipa di</translation>
    </message>
    <message>
        <source>How long &quot;Snooze&quot; puts a reminder off. From 1s to 4h.</source>
        <translation>Di quanto «Posticipa» rimanda un promemoria. Da 1s a 4h.</translation>
    </message>
    <message>
        <source>Snoozes before it insists</source>
        <translation>Posticipi prima di insistere</translation>
    </message>
    <message>
        <source>After this many snoozes in a row, the next reminder insists more. A whole number from 0 to 20.</source>
        <translation>Dopo questo numero di posticipi di fila, il promemoria successivo insiste di più. Un numero intero da 0 a 20.</translation>
    </message>
    <message>
        <source>Repeat an unanswered reminder every</source>
        <translation>Ripeti un promemoria senza risposta ogni</translation>
    </message>
    <message>
        <source>A reminder you neither answer nor dismiss comes back this often. From 1s to 2h.</source>
        <translation>Un promemoria a cui non rispondi e che non chiudi ritorna con questa frequenza. Da 1s a 2h.</translation>
    </message>
    <message>
        <source>An urgent notification that stays</source>
        <translation>Una notifica urgente che resta</translation>
    </message>
    <message>
        <source>The routine, full screen</source>
        <translation>La routine a schermo intero</translation>
    </message>
    <message>
        <source>When it insists</source>
        <translation>Quando insiste</translation>
    </message>
    <message>
        <source>How the reminder insists after that many snoozes: an urgent notification that stays until answered, or the routine full screen on every monitor (Skip and Esc ask once more before ending it, and then it counts as skipped).</source>
        <translation>Come insiste il promemoria dopo tanti posticipi: una notifica urgente che resta finché non rispondi, o la routine a schermo intero su ogni monitor (Salta ed Esc chiedono ancora una volta prima di terminarla, e allora conta come saltata).</translation>
    </message>
    <message>
        <source>Standing mode ends after</source>
        <translation>La modalità in piedi termina dopo</translation>
    </message>
    <message>
        <source>Standing mode switches itself off after this long. From 1m to 8h.</source>
        <translation>La modalità in piedi si disattiva da sola dopo questo tempo. Da 1m a 8h.</translation>
    </message>
    <message>
        <source>Noticing you</source>
        <translation>Accorgersi di te</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Assente dopo</translation>
    </message>
    <message>
        <source>Being idle or having the screen locked for this long counts as having got up, and the sitting count starts again from zero. From 1s to 2h.</source>
        <translation>Restare inattivo o avere lo schermo bloccato per questo tempo conta come essersi alzati, e il conteggio del tempo seduto riparte da zero. Da 1s a 2h.</translation>
    </message>
    <message>
        <source>Videos and calls count as sitting</source>
        <translation>Video e chiamate contano come stare seduti</translation>
    </message>
    <message>
        <source>While an application keeps the screen awake (a video, a call) you count as sitting although you do not type; a locked screen still counts as away. Switch it off if you leave videos running when you walk away.</source>
        <translation>Finché un’applicazione tiene lo schermo acceso (un video, una chiamata) conti come seduto anche se non digiti; uno schermo bloccato conta comunque come assente. Disattivalo se lasci video in riproduzione quando ti allontani.</translation>
    </message>
    <message>
        <source>Notice meetings</source>
        <translation>Rileva le riunioni</translation>
    </message>
    <message>
        <source>A camera, a microphone recording or a shared screen make a meeting: you count as sitting, and a reminder that falls due waits until it ends. &quot;I&apos;m in a meeting&quot; in the tray menu does the same by hand.</source>
        <translation>Una fotocamera, una registrazione del microfono o uno schermo condiviso fanno una riunione: conti come seduto, e un promemoria in scadenza aspetta che finisca. «Sono in riunione» nel menu dell’area di notifica fa lo stesso a mano.</translation>
    </message>
    <message>
        <source>Longest wait in a meeting</source>
        <translation>Attesa massima in riunione</translation>
    </message>
    <message>
        <source>During a meeting a due reminder waits until the meeting ends, but never longer than this. The meeting still counts as sitting. 0s never waits. From 0s to 4h.</source>
        <translation>Durante una riunione un promemoria in scadenza aspetta che la riunione finisca, ma mai più di questo. La riunione conta comunque come stare seduti. 0s non aspetta mai. Da 0s a 4h.</translation>
    </message>
    <message>
        <source>Longest wait while not to be disturbed</source>
        <translation>Attesa massima con «Non disturbare»</translation>
    </message>
    <message>
        <source>While do-not-disturb is on or a window is fullscreen, a due reminder waits, but never longer than this. 0s never waits. From 0s to 4h.</source>
        <translation>Finché «Non disturbare» è attivo o una finestra è a schermo intero, un promemoria in scadenza aspetta, ma mai più di questo. 0s non aspetta mai. Da 0s a 4h.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Count only on these days and hours</source>
        <translation>Conta solo in questi giorni e orari</translation>
    </message>
    <message>
        <source>On: Flexor only counts sitting on the days and within the hours below. Off: it counts at any time.</source>
        <translation>Attivo: Flexor conta il tempo seduto solo nei giorni e negli orari qui sotto. Disattivo: conta in qualsiasi momento.</translation>
    </message>
    <message>
        <source>The days Flexor is active on: at least one.</source>
        <translation>I giorni in cui Flexor è attivo: almeno uno.</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Giorni attivi</translation>
    </message>
    <message>
        <source>The local time window Flexor is active in, in 24-hour time. An end at or before the start means the window runs past midnight.</source>
        <translation>La fascia oraria locale in cui Flexor è attivo, nel formato 24 ore. Una fine uguale o precedente all’inizio significa che la fascia va oltre la mezzanotte.</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Attivo dalle</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Attivo fino alle</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Orari attivi</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Take turns: one routine a day</source>
        <translation>A turno: una routine al giorno</translation>
    </message>
    <message>
        <source>The routine a reminder offers to start. Taking turns runs one routine a calendar day, in order.</source>
        <translation>La routine che un promemoria propone di avviare. A turno, una routine per giorno di calendario, in ordine.</translation>
    </message>
    <message>
        <source>A routine stopped early counts after</source>
        <translation>Una routine interrotta presto conta dopo</translation>
    </message>
    <message>
        <source>A routine you stop early still counts as a break once it has lasted this long. From 0s to 1h.</source>
        <translation>Una routine che interrompi presto conta comunque come pausa se è durata così a lungo. Da 0s a 1h.</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Leggi ad alta voce i passi</translation>
    </message>
    <message>
        <source>The routine speaks its steps through the desktop&apos;s speech service, so you can follow it from the floor without seeing the screen.</source>
        <translation>La routine legge i suoi passi con il servizio vocale del desktop, così puoi seguirla dal pavimento senza vedere lo schermo.</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>Riproduci segnali sonori</translation>
    </message>
    <message>
        <source>Soft sounds from the desktop&apos;s sound theme at the start of each hold, when switching sides and at the end.</source>
        <translation>Suoni leggeri dal tema sonoro del desktop all’inizio di ogni tenuta, al cambio di lato e alla fine.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Come il desktop</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of the tray, notifications, windows and routines. Read when Flexor starts.</source>
        <translation>La lingua dell’area di notifica, delle notifiche, delle finestre e delle routine. Letta all’avvio di Flexor.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Start Flexor at login</source>
        <translation>Avvia Flexor all’accesso</translation>
    </message>
    <message>
        <source>Flexor starts with your desktop session (an XDG autostart entry).</source>
        <translation>Flexor si avvia con la tua sessione del desktop (una voce di avvio automatico XDG).</translation>
    </message>
    <message>
        <source>Days of statistics kept</source>
        <translation>Giorni di statistiche conservati</translation>
    </message>
    <message>
        <source>Days of history kept for the statistics; older records are deleted. From 1 to 3650.</source>
        <translation>Giorni di cronologia conservati per le statistiche; i dati più vecchi vengono eliminati. Da 1 a 3650.</translation>
    </message>
    <message>
        <source>Your settings file has a mistake, so nothing here can be changed until it is fixed. Flexor keeps its last good settings meanwhile.</source>
        <translation>Il tuo file delle impostazioni contiene un errore, quindi qui non si può cambiare nulla finché non è corretto. Nel frattempo Flexor mantiene le ultime impostazioni valide.</translation>
    </message>
    <message>
        <source>The settings file has a mistake: %1</source>
        <translation>Il file delle impostazioni contiene un errore: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Defaults restored</source>
        <translation>Valori predefiniti ripristinati</translation>
    </message>
    <message>
        <source>Breaks and standing</source>
        <translation>Pause e stare in piedi</translation>
    </message>
    <message>
        <source>I have a standing desk</source>
        <translation>Ho una scrivania in piedi</translation>
    </message>
    <message>
        <source>The reminder offers &quot;Stand for a while&quot; beside &quot;Start stretch&quot;; after the time below a small notification asks whether to sit again.</source>
        <translation>Il promemoria offre «Stare in piedi per un po’» accanto a «Inizia lo stretching»; dopo il tempo qui sotto una piccola notifica chiede se tornare a sedersi.</translation>
    </message>
    <message>
        <source>Stand for</source>
        <translation>Stare in piedi per</translation>
    </message>
    <message>
        <source>How long &quot;Stand for a while&quot; lasts before Flexor asks whether to sit again. From 1s to 4h.</source>
        <translation>Quanto dura «Stare in piedi per un po’» prima che Flexor chieda se tornare a sedersi. Da 1s a 4h.</translation>
    </message>
    <message>
        <source>Eye breaks (20-20-20)</source>
        <translation>Pause per gli occhi (20-20-20)</translation>
    </message>
    <message>
        <source>After a while of looking at the screen, a small notification asks you to look at something about 6 m away, and closes itself when the time is up. None comes during do-not-disturb, a fullscreen window or a meeting.</source>
        <translation>Dopo un po’ davanti allo schermo, una piccola notifica chiede di guardare qualcosa a circa 6 m e si chiude da sola allo scadere del tempo. Non ne arriva nessuna durante «non disturbare», una finestra a schermo intero o una riunione.</translation>
    </message>
    <message>
        <source>Eye break every</source>
        <translation>Pausa per gli occhi ogni</translation>
    </message>
    <message>
        <source>Screen time between two eye breaks. From 1s to 4h.</source>
        <translation>Tempo davanti allo schermo tra due pause per gli occhi. Da 1s a 4h.</translation>
    </message>
    <message>
        <source>Look away for</source>
        <translation>Guardare lontano per</translation>
    </message>
    <message>
        <source>How long an eye break lasts. From 1s to 5m.</source>
        <translation>Quanto dura una pausa per gli occhi. Da 1s a 5m.</translation>
    </message>
    <message>
        <source>Daily sitting budget</source>
        <translation>Budget giornaliero di tempo seduti</translation>
    </message>
    <message>
        <source>Once today&apos;s sitting passes this, one notification that day suggests standing or a walk. 0s means no budget. From 0s to 24h.</source>
        <translation>Quando il tempo seduti di oggi lo supera, una notifica quel giorno suggerisce di alzarsi o di fare una passeggiata. 0s significa nessun budget. Da 0s a 24h.</translation>
    </message>
    <message>
        <source>The first that works on this desktop</source>
        <translation>Il primo che funziona su questo desktop</translation>
    </message>
    <message>
        <source>GNOME Shell&apos;s idle monitor</source>
        <translation>Il monitor di inattività di GNOME Shell</translation>
    </message>
    <message>
        <source>Most Wayland compositors (ext-idle-notify)</source>
        <translation>La maggior parte dei compositor Wayland (ext-idle-notify)</translation>
    </message>
    <message>
        <source>Older KDE and sway (kde-idle)</source>
        <translation>KDE meno recenti e sway (kde-idle)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-sync)</source>
        <translation>Sessioni X11 (x11-sync)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-screensaver)</source>
        <translation>Sessioni X11 (x11-screensaver)</translation>
    </message>
    <message>
        <source>None: only screen lock and sleep count</source>
        <translation>Nessuno: contano solo il blocco dello schermo e la sospensione</translation>
    </message>
    <message>
        <source>How Flexor notices you are away</source>
        <translation>Come Flexor si accorge che sei via</translation>
    </message>
    <message>
        <source>&quot;The first that works&quot; picks one that works on your desktop; the others force one: GNOME Shell&apos;s idle monitor, most Wayland compositors, older KDE and sway, X11 sessions, or none (only screen lock and sleep count).</source>
        <translation>«Il primo che funziona» ne sceglie uno che funziona sul tuo desktop; gli altri ne impongono uno: il monitor di inattività di GNOME Shell, la maggior parte dei compositor Wayland, KDE meno recenti e sway, sessioni X11, o nessuno (contano solo il blocco dello schermo e la sospensione).</translation>
    </message>
    <message>
        <source>Everything (trace)</source>
        <translation>Tutto (trace)</translation>
    </message>
    <message>
        <source>Details (debug)</source>
        <translation>Dettagli (debug)</translation>
    </message>
    <message>
        <source>What happens (info)</source>
        <translation>Ciò che accade (info)</translation>
    </message>
    <message>
        <source>Warnings and errors (warn)</source>
        <translation>Avvisi ed errori (warn)</translation>
    </message>
    <message>
        <source>Errors only (error)</source>
        <translation>Solo errori (error)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Quanto dice il registro</translation>
    </message>
    <message>
        <source>How much Flexor writes to its log: trace, debug, info, warn or error.</source>
        <translation>Quanto Flexor scrive nel suo registro: trace, debug, info, warn o error.</translation>
    </message>
    <message>
        <source>None: Remind after and Stand for count</source>
        <translation>Nessuno: valgono «Ricorda dopo» e «Stare in piedi per»</translation>
    </message>
    <message>
        <source>Cornell&apos;s 20-8-2: sit 20, stand 8, move 2</source>
        <translation>20-8-2 di Cornell: seduti 20, in piedi 8, in movimento 2</translation>
    </message>
    <message>
        <source>My own rhythm</source>
        <translation>Il mio ritmo</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>A ready-made rhythm in place of Remind after: the reminder comes after the sitting minutes and offers standing for the standing minutes; then the question suggests moving about. It turns the standing desk on.</source>
        <translation>Un ritmo già pronto al posto di «Ricorda dopo»: il promemoria arriva dopo i minuti da seduti e propone di stare in piedi per i minuti in piedi; poi la domanda suggerisce di muoversi. Attiva la scrivania in piedi.</translation>
    </message>
    <message>
        <source>My own rhythm, SIT-STAND-MOVE</source>
        <translation>Il mio ritmo, SEDUTI-IN PIEDI-MOVIMENTO</translation>
    </message>
    <message>
        <source>Minutes of sitting, standing and moving, e.g. 20-8-2. Sitting and standing from 1 to 480, moving from 0 to 60.</source>
        <translation>Minuti da seduti, in piedi e in movimento, ad es. 20-8-2. Seduti e in piedi da 1 a 480, in movimento da 0 a 60.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>Use my GNOME Calendar / Evolution calendars</source>
        <translation>Usa i miei calendari di GNOME Calendario / Evolution</translation>
    </message>
    <message>
        <source>Meetings in the calendars GNOME Calendar and Evolution show count, as the files and addresses below do.</source>
        <translation>Contano le riunioni dei calendari mostrati da GNOME Calendario ed Evolution, come i file e gli indirizzi qui sotto.</translation>
    </message>
    <message>
        <source>Calendars followed</source>
        <translation>Calendari seguiti</translation>
    </message>
    <message>
        <source>Calendars whose meetings Flexor follows: .ics files, folders of them and http(s) addresses of published calendars. During a meeting you count as sitting even away from the computer, and a due reminder waits until it ends. Busy events only: all-day, free and declined events do not count.</source>
        <translation>Calendari di cui Flexor segue le riunioni: file .ics, cartelle di file e indirizzi http(s) di calendari pubblicati. Durante una riunione conti come seduto anche lontano dal computer, e un promemoria dovuto aspetta che finisca. Solo eventi occupati: quelli di tutto il giorno, liberi e rifiutati non contano.</translation>
    </message>
    <message>
        <source>Calendar to add</source>
        <translation>Calendario da aggiungere</translation>
    </message>
    <message>
        <source>An .ics file, a folder of them or the http(s) address of a published calendar.</source>
        <translation>Un file .ics, una cartella di file o l&apos;indirizzo http(s) di un calendario pubblicato.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Aggiungi un file…</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>Un file di calendario</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendari (*.ics)</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Aggiungi una cartella…</translation>
    </message>
    <message>
        <source>A folder of calendar files</source>
        <translation>Una cartella di file di calendario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Not meetings: titles with</source>
        <translation>Non sono riunioni: titoli con</translation>
    </message>
    <message>
        <source>lunch, walk</source>
        <translation>pranzo, passeggiata</translation>
    </message>
    <message>
        <source>Events whose title holds one of these words (any case, separated by commas) are not meetings.</source>
        <translation>Gli eventi il cui titolo contiene una di queste parole (maiuscole o minuscole, separate da virgole) non sono riunioni.</translation>
    </message>
    <message>
        <source>Meeting titles in flexor status</source>
        <translation>Titoli delle riunioni in flexor status</translation>
    </message>
    <message>
        <source>flexor status --json gives the next meeting&apos;s title too. Titles never reach the log.</source>
        <translation>flexor status --json fornisce anche il titolo della prossima riunione. I titoli non finiscono mai nel registro.</translation>
    </message>
    <message>
        <source>Stretch before a long meeting within</source>
        <translation>Allungarsi prima di una riunione lunga che inizia entro</translation>
    </message>
    <message>
        <source>A reminder that would fall due during a long calendar meeting starting within this time comes before the meeting instead, once you have sat at least half of Remind after. 0s turns this off. From 0s to 2h.</source>
        <translation>Un promemoria che cadrebbe durante una riunione lunga del calendario che inizia entro questo tempo arriva invece prima della riunione, appena sei stato seduto almeno metà di «Ricorda dopo». 0s lo disattiva. Da 0s a 2h.</translation>
    </message>
    <message>
        <source>A long meeting lasts at least</source>
        <translation>Una riunione lunga dura almeno</translation>
    </message>
    <message>
        <source>How long a calendar meeting must be to stretch before it; 0s: any. From 0s to 8h.</source>
        <translation>Quanto deve durare una riunione del calendario per allungarsi prima; 0s: qualsiasi. Da 0s a 8h.</translation>
    </message>
    <message>
        <source>Several computers</source>
        <translation>Più computer</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Cartella condivisa</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Scegli la cartella condivisa</translation>
    </message>
    <message>
        <source>One sitting streak across your machines: a folder you already keep in sync between them (Syncthing, Nextcloud or any other), e.g. ~/Sync/flexor. Each machine writes only its own subfolder there; never window titles or key counts. Empty is off. Read when Flexor starts.</source>
        <translation>Un&apos;unica serie da seduti su tutte le tue macchine: una cartella che tieni già sincronizzata tra loro (Syncthing, Nextcloud o altro), ad es. ~/Sync/flexor. Ogni macchina vi scrive solo la propria sottocartella; mai titoli di finestre né conteggi di tasti. Vuota è disattivato. Letta all&apos;avvio di Flexor.</translation>
    </message>
    <message>
        <source>Clocks may differ by</source>
        <translation>Gli orologi possono differire di</translation>
    </message>
    <message>
        <source>How far the clocks of your machines may differ; times from further ahead are ignored. From 0s to 10m.</source>
        <translation>Quanto possono differire gli orologi delle tue macchine; gli orari più avanti vengono ignorati. Da 0s a 10m.</translation>
    </message>
</context>
<context>
    <name>flexor::window::WelcomePage</name>
    <message>
        <source>Welcome to Flexor</source>
        <translation>Benvenuto in Flexor</translation>
    </message>
    <message>
        <source>Start Flexor when I log in</source>
        <translation>Avvia Flexor all’accesso</translation>
    </message>
    <message>
        <source>Try the routine</source>
        <translation>Prova la routine</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Flexor counts how long you sit without a break. After %1 it reminds you to get up for a short guided stretch of the hip flexors. Getting up, locking the screen or stepping away starts the count again.</source>
        <translation>Flexor conta quanto tempo resti seduto senza pause. Dopo %1 ti ricorda di alzarti per un breve stretching guidato dei flessori dell’anca. Alzarti, bloccare lo schermo o allontanarti fa ripartire il conteggio.</translation>
    </message>
    <message>
        <source>It is counting now.</source>
        <translation>Sta contando adesso.</translation>
    </message>
    <message>
        <source>It starts counting %1.</source>
        <translation>Inizia a contare %1.</translation>
    </message>
    <message>
        <source>It is not counting: no day of the schedule is on.</source>
        <translation>Non sta contando: nessun giorno dell’orario è attivo.</translation>
    </message>
    <message>
        <source>It keeps this schedule: %1. %2 You can change it under Settings.</source>
        <translation>Segue questo orario: %1. %2 Puoi cambiarlo in Impostazioni.</translation>
    </message>
</context>
</TS>
