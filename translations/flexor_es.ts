<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>flexor::cli</name>
    <message>
        <source>The systemd user unit flexor.service is enabled as well; it starts Flexor at login too. One way is enough: `systemctl --user disable flexor.service` turns the unit off.
</source>
        <translation>La unidad de usuario de systemd flexor.service también está activada y también inicia Flexor al iniciar sesión. Basta con una vía: `systemctl --user disable flexor.service` desactiva la unidad.
</translation>
    </message>
    <message>
        <source>enabled: Flexor starts at login (%1)
</source>
        <translation>activado: Flexor se inicia al iniciar sesión (%1)
</translation>
    </message>
    <message>
        <source>disabled: no autostart entry starts Flexor at login
</source>
        <translation>desactivado: ninguna entrada de inicio automático inicia Flexor al iniciar sesión
</translation>
    </message>
    <message>
        <source>The systemd user unit flexor.service is enabled and starts Flexor with the graphical session.
</source>
        <translation>La unidad de usuario de systemd flexor.service está activada e inicia Flexor con la sesión gráfica.
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
        <translation>Flexor se iniciará al iniciar sesión (%1).
</translation>
    </message>
    <message>
        <source>Flexor will no longer start at login through an autostart entry.
</source>
        <translation>Flexor ya no se iniciará al iniciar sesión mediante una entrada de inicio automático.
</translation>
    </message>
    <message>
        <source>flexor: autostart takes one of enable, disable or status
</source>
        <translation>flexor: autostart admite enable, disable o status
</translation>
    </message>
    <message>
        <source>flexor: unknown autostart action &apos;%1&apos; (use enable, disable or status)
</source>
        <translation>flexor: acción de autostart desconocida «%1» (usa enable, disable o status)
</translation>
    </message>
    <message>
        <source>flexor: no session bus, so no running Flexor can be reached.</source>
        <translation>flexor: no hay bus de sesión, así que no se puede contactar con ningún Flexor en ejecución.</translation>
    </message>
    <message>
        <source>flexor: the daemon is not running (start it with: flexor)</source>
        <translation>flexor: el servicio no está en ejecución (inícialo con: flexor)</translation>
    </message>
    <message>
        <source>status takes --json, --waybar and --follow</source>
        <translation>status admite --json, --waybar y --follow</translation>
    </message>
    <message>
        <source>flexor: cannot follow the daemon&apos;s changes on the session bus</source>
        <translation>flexor: no se pueden seguir los cambios del demonio en el bus de sesión</translation>
    </message>
    <message>
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze admite como mucho una duración, p. ej. flexor snooze 15m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>«%1» es más de una semana; indica una duración más corta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 10m, 90s, 1h30m)</source>
        <translation>«%1» no es una duración (p. ej. 10m, 90s, 1h30m)</translation>
    </message>
    <message>
        <source>pause takes one duration or &apos;tomorrow&apos;</source>
        <translation>pause admite una duración o «tomorrow»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>«%1» es más de una semana; indica una duración más corta o «tomorrow»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>«%1» no es una duración ni «tomorrow»</translation>
    </message>
    <message>
        <source>stretch takes no option &apos;%1&apos;, only a routine name (see flexor --help)</source>
        <translation>stretch no admite la opción «%1», solo el nombre de una rutina (consulte flexor --help)</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch admite como mucho un nombre de rutina</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 no admite argumentos</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>orden desconocida «%1» (consulta flexor --help)</translation>
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
     flexor ORDEN [ARGUMENTOS]

Flexor mide cuánto tiempo pasas sentado sin descanso y, pasado un umbral, te recuerda
que te levantes para un breve estiramiento guiado del psoas (flexor de la cadera).
Sin una orden, inicia el servicio para esta sesión de escritorio; si Flexor ya
se está ejecutando, abre en su lugar la ventana de Flexor.

Órdenes (hablan con el servicio en ejecución):
  status [--json | --waybar] [--follow]   mostrar el estado; --follow muestra cada cambio
  stretch [RUTINA]      empezar ahora la rutina guiada (predeterminada: la configurada)
  snooze [DURACIÓN]     posponer el aviso (predeterminado: el tiempo configurado)
  skip                  omitir este descanso; el tiempo sentado vuelve a empezar
  pause [DURACIÓN | tomorrow]   pausar los avisos (predeterminado: hasta mañana)
  resume                terminar una pausa
  stand                 modo escritorio de pie: el tiempo sentado no aumenta
  sit                   salir del modo de pie
  window [now | statistics | settings]   abrir la ventana de Flexor (en esa página)
  reload                volver a leer el archivo de configuración
  quit                  detener el servicio

Órdenes (funcionan sin el servicio):
  check-config [ARCHIVO]   comprobar un archivo de configuración (predeterminado: el del
                        usuario) y las rutinas; un ARCHIVO en una carpeta routines o con
                        [[step]] es una rutina
  stats [--days N] [--json | --csv]   tiempo sentado y descansos por día (predeterminado:
                        7 días, como mucho 3650)
  autostart [enable | disable | status]   iniciar Flexor al iniciar sesión (autoinicio XDG)
  config get CLAVE | set CLAVE VALOR | reset CLAVE | path
                        leer o cambiar un ajuste del archivo de configuración,
                        conservando sus comentarios; el servicio en marcha lo aplica
                        (VALOR como 30m, true, 3 o mon,tue,wed)

Opciones:
  --verbose             registrar detalles de depuración (servicio)
  --activate            permitir que una orden inicie el servicio si no está en ejecución
                        (lo usan las acciones del archivo .desktop; si no, sale con 2)
  -h, --help            mostrar esta ayuda
  --version             mostrar la versión

Las duraciones se escriben como 45m, 90s o 1h30m.
Configuración: $XDG_CONFIG_HOME/flexor/config.toml; registro: $XDG_STATE_HOME/flexor/flexor.log
Códigos de salida: 0 hecho, 1 error, 2 el servicio no está en ejecución, 64 uso incorrecto,
65 el archivo de configuración tiene errores (config no lo modifica).
</translation>
    </message>
    <message>
        <source>Flexor is already running in this session; opening its window.
</source>
        <translation>Flexor ya se está ejecutando en esta sesión; se abre su ventana.
</translation>
    </message>
    <message>
        <source>flexor: check-config takes at most one file
</source>
        <translation>flexor: check-config admite como mucho un archivo
</translation>
    </message>
    <message>
        <source>flexor: stats takes --days N, --json and --csv
</source>
        <translation>flexor: stats admite --days N, --json y --csv
</translation>
    </message>
    <message>
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor: --days admite un número entero de días de 1 a %1
</translation>
    </message>
    <message>
        <source>flexor: window takes one page: now, statistics or settings
</source>
        <translation>flexor: window admite una página: now, statistics o settings
</translation>
    </message>
    <message>
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor: orden u opción desconocida «%1» (consulta flexor --help)
</translation>
    </message>
    <message>
        <source>flexor: config takes get KEY, set KEY VALUE, reset KEY or path
</source>
        <translation>flexor: config admite get CLAVE, set CLAVE VALOR, reset CLAVE o path
</translation>
    </message>
    <message>
        <source>flexor: the config file has errors, so it was left as it is; fix them first:
</source>
        <translation>flexor: el archivo de configuración tiene errores, así que no se ha modificado; corríjalos primero:
</translation>
    </message>
    <message>
        <source>flexor: there is no routine named &apos;%1&apos; (shipped or in %2)
</source>
        <translation>flexor: no hay ninguna rutina llamada «%1» (incluida o en %2)
</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>más largo</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>descansos</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>espontáneos</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>pospuestos</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>Longest streaks:</source>
        <translation>Periodos sentado más largos:</translation>
    </message>
    <message>
        <source>flexor stats: --days needs a number of days of at least 1</source>
        <translation>flexor stats: --days necesita un número de días de al menos 1</translation>
    </message>
    <message>
        <source>flexor stats: cannot read the history in %1</source>
        <translation>flexor stats: no se puede leer el historial en %1</translation>
    </message>
    <message>
        <source>No history yet: %1 is empty.</source>
        <translation>Aún no hay historial: %1 está vacío.</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Aún no hay historial: %1 no existe.</translation>
    </message>
</context>
<context>
    <name>flexor::dbus::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 segundos es más de una semana; indica una duración más corta.</translation>
    </message>
</context>
<context>
    <name>flexor::platform::DesktopSessionWatcher</name>
    <message>
        <source>Saving the sitting streak before the computer sleeps</source>
        <translation>Guardando el periodo sentado antes de la suspensión</translation>
    </message>
</context>
<context>
    <name>flexor::platform::NoPresenceMonitor</name>
    <message>
        <source>activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked</source>
        <translation>no se puede detectar la actividad en este escritorio: se cuenta el tiempo mientras la pantalla esté desbloqueada</translation>
    </message>
</context>
<context>
    <name>flexor::routine::BreakScreenMirror</name>
    <message>
        <source>Break screen: %1</source>
        <translation>Pantalla de descanso: %1</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Imagen de la postura: %1</translation>
    </message>
</context>
<context>
    <name>flexor::routine::CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Segundos restantes: %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>flexor::routine::GuidePlayer</name>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Mantén %n segundo.</numerusform>
            <numerusform>Mantén %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>Ronda %1 de %2.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Mantén.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambia de lado.</translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation>Listo. Bien hecho.</translation>
    </message>
</context>
<context>
    <name>flexor::routine::RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Guided routine: %1</source>
        <translation>Rutina guiada: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Detener la rutina</translation>
    </message>
    <message>
        <source>Mute or unmute voice and sounds</source>
        <translation>Silenciar o activar la voz y los sonidos</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Well done, that was your break.</source>
        <translation>Bien hecho, ese fue tu descanso.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>Skip break</source>
        <translation>Omitir descanso</translation>
    </message>
    <message>
        <source>Your first routine today.</source>
        <translation>Tu primera rutina de hoy.</translation>
    </message>
    <message>
        <source>Routines finished today: %1</source>
        <translation>Rutinas completadas hoy: %1</translation>
    </message>
    <message>
        <source>Skip this break?</source>
        <translation>¿Omitir este descanso?</translation>
    </message>
    <message>
        <source>You have put this break off several times. Skip it anyway?</source>
        <translation>Ya has pospuesto este descanso varias veces. ¿Omitirlo de todos modos?</translation>
    </message>
    <message>
        <source>Skip the break</source>
        <translation>Omitir el descanso</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Prepárate: %1</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Ronda %1 de %2</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Feel:</source>
        <translation>Qué notar:</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Evita:</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Next: the end. Almost there!</source>
        <translation>Después: el final. ¡Ya casi está!</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Imagen de la postura: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Cambia de lado: %1</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>ronda %1 de %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Duración: %1:%2</translation>
    </message>
</context>
<context>
    <name>flexor::service</name>
    <message>
        <source>Snooze %1</source>
        <translation>Posponer %1</translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>¿Un breve estiramiento del psoas?</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>¿Un estiramiento del psoas de %n segundo?</numerusform>
            <numerusform>¿Un estiramiento del psoas de %n segundos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>¿Un estiramiento del psoas de %n minuto?</numerusform>
            <numerusform>¿Un estiramiento del psoas de %n minutos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it</source>
        <translation>Reunión a las %1: estírate antes</translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it. You have sat for %2. %3</source>
        <translation>Reunión a las %1: estírate antes. Llevas sentado %2. %3</translation>
    </message>
    <message>
        <source>Meeting over</source>
        <translation>Reunión terminada</translation>
    </message>
    <message>
        <source>Meeting over: you have been sitting %1. %2</source>
        <translation>Reunión terminada: llevas sentado %1. %2</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Llevas mucho tiempo sentado</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Sentado desde hace %1, pospuesto %n vez. %2</numerusform>
            <numerusform>Sentado desde hace %1, pospuesto %n veces. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to get up</source>
        <translation>Hora de levantarse</translation>
    </message>
    <message>
        <source>Sitting for %1. %2</source>
        <translation>Sentado desde hace %1. %2</translation>
    </message>
    <message>
        <source>Reminder %1 today; %2 of sitting so far today.</source>
        <translation>Recordatorio n.º %1 de hoy; %2 sentado en lo que va de día.</translation>
    </message>
    <message>
        <source>Answer from the tray icon, or run: flexor stretch</source>
        <translation>Responde desde el icono del área de notificación o ejecuta: flexor stretch</translation>
    </message>
    <message>
        <source>Start stretch</source>
        <translation>Empezar a estirar</translation>
    </message>
    <message>
        <source>Stand for a while</source>
        <translation>Ponerse de pie un rato</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>flexor::service::BreakNotices</name>
    <message>
        <source>Rest your eyes</source>
        <translation>Descansa la vista</translation>
    </message>
    <message>
        <source>Look at something about 6 m away for %1.</source>
        <translation>Mira algo que esté a unos 6 m durante %1.</translation>
    </message>
    <message>
        <source>Enough sitting for today</source>
        <translation>Suficiente tiempo sentado por hoy</translation>
    </message>
    <message>
        <source>You have sat for %1 today, past your budget of %2. Work standing for a while, or go for a walk.</source>
        <translation>Hoy has estado sentado %1, más que tu límite de %2. Trabaja de pie un rato o sal a caminar.</translation>
    </message>
    <message>
        <source>Back to sitting?</source>
        <translation>¿Volver a sentarte?</translation>
    </message>
    <message>
        <source>Your standing time is up. Walk about for %1, then sit down again.</source>
        <translation>Se acabó tu tiempo de pie. Camina un poco durante %1 y luego vuelve a sentarte.</translation>
    </message>
    <message>
        <source>Your standing time is up.</source>
        <translation>Se acabó tu tiempo de pie.</translation>
    </message>
    <message>
        <source>Back to sitting</source>
        <translation>Volver a sentarme</translation>
    </message>
    <message>
        <source>Keep standing</source>
        <translation>Seguir de pie</translation>
    </message>
</context>
<context>
    <name>flexor::service::GnomeWellbeing</name>
    <message>
        <source>GNOME reminds you to move, too</source>
        <translation>GNOME también te recuerda moverte</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement breaks are on, so you may get two reminders for one break. Flexor can take them over.</source>
        <translation>Los descansos de movimiento propios de GNOME están activados, así que podrías recibir dos avisos para un mismo descanso. Flexor puede encargarse de ellos.</translation>
    </message>
    <message>
        <source>Let Flexor remind me</source>
        <translation>Que me avise Flexor</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Mantener ambos</translation>
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
        <translation>No hay ninguna rutina llamada «%1» (la clave routine de la configuración), así que Flexor abrió «%2» en su lugar.</translation>
    </message>
    <message>
        <source>Your routine &apos;%1&apos; cannot be used, so Flexor opened the %2 routine &apos;%3&apos; instead.
%4</source>
        <translation>Tu rutina «%1» no se puede usar, así que Flexor abrió en su lugar la rutina %2 «%3».
%4</translation>
    </message>
    <message>
        <source>next usable</source>
        <translation>siguiente utilizable</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>There is no routine named &apos;%1&apos;.</source>
        <translation>No hay ninguna rutina llamada «%1».</translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; cannot be used: %2</source>
        <translation>La rutina «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>A routine of yours has a problem</source>
        <translation>Una de tus rutinas tiene un problema</translation>
    </message>
</context>
<context>
    <name>flexor::service::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>No se pudo abrir la ventana de la rutina.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SettingsFile</name>
    <message>
        <source>Flexor could not create %1: %2</source>
        <translation>Flexor no pudo crear %1: %2</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a text editor yourself.</source>
        <translation>Ningún programa pudo abrir %1. Ábralo usted mismo en un editor de texto.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SetupNotices</name>
    <message>
        <source>Flexor&apos;s config file has a problem</source>
        <translation>El archivo de configuración de Flexor tiene un problema</translation>
    </message>
    <message>
        <source>%1
Flexor keeps running on the last good settings.</source>
        <translation>%1
Flexor sigue funcionando con la última configuración válida.</translation>
    </message>
    <message>
        <source>Flexor&apos;s config file could not be opened</source>
        <translation>No se pudo abrir el archivo de configuración de Flexor</translation>
    </message>
</context>
<context>
    <name>flexor::service::WindowLauncher</name>
    <message>
        <source>The window has no page &apos;%1&apos; (now, statistics or settings).</source>
        <translation>La ventana no tiene la página «%1» (now, statistics o settings).</translation>
    </message>
    <message>
        <source>The Flexor window could not start: %1</source>
        <translation>La ventana de Flexor no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>%1 is missing or not executable.</source>
        <translation>%1 no existe o no es ejecutable.</translation>
    </message>
</context>
<context>
    <name>flexor::start</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>no se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>Break Reminder</source>
        <translation>Recordatorio de descanso</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Te recuerda levantarte y estirarte tras pasar demasiado tiempo sentado</translation>
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
        <translation>Sentado desde las %1 · aviso a las %2</translation>
    </message>
    <message>
        <source>Sitting since %1</source>
        <translation>Sentado desde las %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting since %1</source>
        <translation>Hora de un descanso: sentado desde las %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting since %2</source>
        <translation>Pospuesto hasta las %1 · sentado desde las %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting since %1</source>
        <translation>Pospuesto · sentado desde las %1</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estirando</translation>
    </message>
    <message>
        <source>Standing until %1</source>
        <translation>De pie hasta las %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta las %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Outside active hours</source>
        <translation>Fuera del horario activo</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>No se puede detectar la actividad en este escritorio: se cuenta el tiempo mientras la pantalla esté desbloqueada.</translation>
    </message>
    <message>
        <source>In a meeting since %1 · reminder waits</source>
        <translation>En una reunión desde las %1 · el aviso espera</translation>
    </message>
    <message>
        <source>In a meeting · reminder waits</source>
        <translation>En una reunión · el aviso espera</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a weekday and a time: Monday 08:00</comment>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder at %2</source>
        <translation>Sentado desde hace %1 · aviso a las %2</translation>
    </message>
    <message>
        <source>Sitting for %1</source>
        <translation>Sentado desde hace %1</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder waits</source>
        <translation>Sentado desde hace %1 · el aviso espera</translation>
    </message>
    <message>
        <source>Time for a break: sitting for %1</source>
        <translation>Hora de un descanso: sentado desde hace %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting for %2</source>
        <translation>Pospuesto hasta las %1 · sentado desde hace %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting for %1</source>
        <translation>Pospuesto · sentado desde hace %1</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Lejos del escritorio</translation>
    </message>
    <message>
        <source>Outside active hours · counting starts %1</source>
        <translation>Fuera del horario activo · la cuenta empieza %1</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>a cualquier hora</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays: Monday to Friday</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>on no day (every day of the schedule is off)</source>
        <translation>ningún día (todos los días del horario están desactivados)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <comment>days, then the hours: Monday to Friday, 08:00 to 19:00</comment>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>%1 of %2 sitting today</source>
        <translation>%1 de %2 sentado hoy</translation>
    </message>
    <message>
        <source>Sitting since %1 · reminder waits</source>
        <translation>Sentado desde las %1 · el aviso espera</translation>
    </message>
    <message>
        <source>Reminder before your %1 meeting</source>
        <translation>Recordatorio antes de tu reunión de las %1</translation>
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
        <translation>Empezar a estirar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Start the stretching routine</source>
        <translation>Empezar la rutina de estiramientos</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Omitir este descanso</translation>
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
        <translation>Tiempo sentado por día</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) over %1 days; %2 of sitting in all</source>
        <translation>
            <numerusform>%n barra en %1 días; %2 sentado en total</numerusform>
            <numerusform>%n barras en %1 días; %2 sentado en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 sitting, %n break(s)</source>
        <translation>
            <numerusform>%1: %2 sentado, %n descanso</numerusform>
            <numerusform>%1: %2 sentado, %n descansos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::ui::StatisticsWindow</name>
    <message>
        <source>Flexor statistics</source>
        <translation>Estadísticas de Flexor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Longest streaks</source>
        <translation>Periodos sentado más largos</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>periodo más largo</translation>
    </message>
    <message>
        <source>breaks taken</source>
        <translation>descansos hechos</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation>Sentado por día</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <source>No streaks recorded in these days yet.</source>
        <translation>Aún no hay periodos registrados en estos días.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>Each bar is a day&apos;s sitting. Above it, ● is a break you took (a stretch, or you got up by yourself) and ○ a break you skipped.</source>
        <translation>Cada barra es el tiempo sentado de un día. Encima, ● es un descanso que tomaste (un estiramiento, o te levantaste por tu cuenta) y ○ un descanso omitido.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>flexor::ui::TrayIcon</name>
    <message>
        <source>Start stretch now</source>
        <translation>Estirar ahora</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Estoy de pie</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Estadísticas…</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>Abrir el archivo de configuración</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
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
        <translation>Pausar</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Estoy en una reunión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Flexor</source>
        <translation>Abrir Flexor</translation>
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
        <translation>Páginas de Flexor</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
</context>
<context>
    <name>flexor::window::NowPage</name>
    <message>
        <source>Sitting ring</source>
        <translation>Anillo del tiempo sentado</translation>
    </message>
    <message>
        <source>No tray icon: this desktop shows none (on GNOME the tray needs the AppIndicator extension). Everything is here in this window, and reminders come as notifications.</source>
        <translation>Sin icono en la bandeja: este escritorio no muestra ninguno (en GNOME la bandeja necesita la extensión AppIndicator). Todo está en esta ventana, y los avisos llegan como notificaciones.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>The routine of the day</source>
        <translation>La rutina del día</translation>
    </message>
    <message>
        <source>Stretch now</source>
        <translation>Estirar ahora</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Estoy de pie</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Estoy en una reunión</translation>
    </message>
    <message>
        <source>Flexor is not running</source>
        <translation>Flexor no se está ejecutando</translation>
    </message>
    <message>
        <source>Start Flexor from the applications menu, or run: flexor</source>
        <translation>Inicia Flexor desde el menú de aplicaciones, o ejecuta: flexor</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>No se puede detectar la actividad en este escritorio: se cuenta el tiempo mientras la pantalla esté desbloqueada.</translation>
    </message>
</context>
<context>
    <name>flexor::window::SettingsPage</name>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de los ajustes</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Puts every setting on this page back to its documented default. Your comments in the file stay.</source>
        <translation>Devuelve cada ajuste de esta página a su valor predeterminado documentado. Sus comentarios en el archivo se conservan.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation>Recordar tras</translation>
    </message>
    <message>
        <source>How long you may sit without a real break before Flexor reminds you. From 1s to 8h.</source>
        <translation>Cuánto tiempo puede estar sentado sin un descanso real antes de que Flexor se lo recuerde. De 1s a 8h.</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>How long &quot;Snooze&quot; puts a reminder off. From 1s to 4h.</source>
        <translation>Cuánto aplaza un recordatorio «Posponer». De 1s a 4h.</translation>
    </message>
    <message>
        <source>Snoozes before it insists</source>
        <translation>Aplazamientos antes de insistir</translation>
    </message>
    <message>
        <source>After this many snoozes in a row, the next reminder insists more. A whole number from 0 to 20.</source>
        <translation>Tras esta cantidad de aplazamientos seguidos, el siguiente recordatorio insiste más. Un número entero de 0 a 20.</translation>
    </message>
    <message>
        <source>Repeat an unanswered reminder every</source>
        <translation>Repetir un recordatorio sin respuesta cada</translation>
    </message>
    <message>
        <source>A reminder you neither answer nor dismiss comes back this often. From 1s to 2h.</source>
        <translation>Un recordatorio que ni responde ni descarta vuelve con esta frecuencia. De 1s a 2h.</translation>
    </message>
    <message>
        <source>An urgent notification that stays</source>
        <translation>Una notificación urgente que se queda</translation>
    </message>
    <message>
        <source>The routine, full screen</source>
        <translation>La rutina a pantalla completa</translation>
    </message>
    <message>
        <source>When it insists</source>
        <translation>Cuando insiste</translation>
    </message>
    <message>
        <source>How the reminder insists after that many snoozes: an urgent notification that stays until answered, or the routine full screen on every monitor (Skip and Esc ask once more before ending it, and then it counts as skipped).</source>
        <translation>Cómo insiste el recordatorio tras tantos aplazamientos: una notificación urgente que se queda hasta que responda, o la rutina a pantalla completa en cada monitor (Omitir y Esc preguntan otra vez antes de terminarla, y entonces cuenta como omitida).</translation>
    </message>
    <message>
        <source>Standing mode ends after</source>
        <translation>El modo de pie termina tras</translation>
    </message>
    <message>
        <source>Standing mode switches itself off after this long. From 1m to 8h.</source>
        <translation>El modo de pie se desactiva solo tras este tiempo. De 1m a 8h.</translation>
    </message>
    <message>
        <source>Noticing you</source>
        <translation>Notarle</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Ausente tras</translation>
    </message>
    <message>
        <source>Being idle or having the screen locked for this long counts as having got up, and the sitting count starts again from zero. From 1s to 2h.</source>
        <translation>Estar inactivo o tener la pantalla bloqueada este tiempo cuenta como haberse levantado, y el tiempo sentado vuelve a empezar de cero. De 1s a 2h.</translation>
    </message>
    <message>
        <source>Videos and calls count as sitting</source>
        <translation>Los vídeos y las llamadas cuentan como estar sentado</translation>
    </message>
    <message>
        <source>While an application keeps the screen awake (a video, a call) you count as sitting although you do not type; a locked screen still counts as away. Switch it off if you leave videos running when you walk away.</source>
        <translation>Mientras una aplicación mantiene la pantalla activa (un vídeo, una llamada) cuenta como sentado aunque no escriba; una pantalla bloqueada sigue contando como ausente. Desactívelo si deja vídeos en marcha cuando se aleja.</translation>
    </message>
    <message>
        <source>Notice meetings</source>
        <translation>Detectar reuniones</translation>
    </message>
    <message>
        <source>A camera, a microphone recording or a shared screen make a meeting: you count as sitting, and a reminder that falls due waits until it ends. &quot;I&apos;m in a meeting&quot; in the tray menu does the same by hand.</source>
        <translation>Una cámara, una grabación de micrófono o una pantalla compartida suponen una reunión: cuenta como sentado, y un recordatorio que toque espera a que termine. «Estoy en una reunión» en el menú de la bandeja hace lo mismo a mano.</translation>
    </message>
    <message>
        <source>Longest wait in a meeting</source>
        <translation>Espera máxima en una reunión</translation>
    </message>
    <message>
        <source>During a meeting a due reminder waits until the meeting ends, but never longer than this. The meeting still counts as sitting. 0s never waits. From 0s to 4h.</source>
        <translation>Durante una reunión, un recordatorio pendiente espera a que termine, pero nunca más que esto. La reunión sigue contando como estar sentado. 0s nunca espera. De 0s a 4h.</translation>
    </message>
    <message>
        <source>Longest wait while not to be disturbed</source>
        <translation>Espera máxima con «No molestar»</translation>
    </message>
    <message>
        <source>While do-not-disturb is on or a window is fullscreen, a due reminder waits, but never longer than this. 0s never waits. From 0s to 4h.</source>
        <translation>Mientras «No molestar» está activo o una ventana está a pantalla completa, un recordatorio pendiente espera, pero nunca más que esto. 0s nunca espera. De 0s a 4h.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Count only on these days and hours</source>
        <translation>Contar solo en estos días y horas</translation>
    </message>
    <message>
        <source>On: Flexor only counts sitting on the days and within the hours below. Off: it counts at any time.</source>
        <translation>Activado: Flexor solo cuenta el tiempo sentado en los días y horas de abajo. Desactivado: cuenta en cualquier momento.</translation>
    </message>
    <message>
        <source>The days Flexor is active on: at least one.</source>
        <translation>Los días en que Flexor está activo: al menos uno.</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Días activos</translation>
    </message>
    <message>
        <source>The local time window Flexor is active in, in 24-hour time. An end at or before the start means the window runs past midnight.</source>
        <translation>La franja horaria local en la que Flexor está activo, en formato de 24 horas. Un final igual o anterior al inicio significa que la franja pasa de la medianoche.</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Activo hasta</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas activas</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Take turns: one routine a day</source>
        <translation>Por turnos: una rutina al día</translation>
    </message>
    <message>
        <source>The routine a reminder offers to start. Taking turns runs one routine a calendar day, in order.</source>
        <translation>La rutina que un recordatorio ofrece iniciar. Por turnos, una rutina por día natural, en orden.</translation>
    </message>
    <message>
        <source>A routine stopped early counts after</source>
        <translation>Una rutina detenida antes cuenta tras</translation>
    </message>
    <message>
        <source>A routine you stop early still counts as a break once it has lasted this long. From 0s to 1h.</source>
        <translation>Una rutina que detiene antes sigue contando como descanso si ha durado este tiempo. De 0s a 1h.</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Decir los pasos en voz alta</translation>
    </message>
    <message>
        <source>The routine speaks its steps through the desktop&apos;s speech service, so you can follow it from the floor without seeing the screen.</source>
        <translation>La rutina dice sus pasos mediante el servicio de voz del escritorio, para que pueda seguirla desde el suelo sin ver la pantalla.</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>Reproducir avisos sonoros</translation>
    </message>
    <message>
        <source>Soft sounds from the desktop&apos;s sound theme at the start of each hold, when switching sides and at the end.</source>
        <translation>Sonidos suaves del tema de sonido del escritorio al inicio de cada postura, al cambiar de lado y al final.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the tray, notifications, windows and routines. Read when Flexor starts.</source>
        <translation>El idioma de la bandeja, las notificaciones, las ventanas y las rutinas. Se lee al iniciar Flexor.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Start Flexor at login</source>
        <translation>Iniciar Flexor al iniciar sesión</translation>
    </message>
    <message>
        <source>Flexor starts with your desktop session (an XDG autostart entry).</source>
        <translation>Flexor se inicia con su sesión de escritorio (una entrada de inicio automático XDG).</translation>
    </message>
    <message>
        <source>Days of statistics kept</source>
        <translation>Días de estadísticas guardados</translation>
    </message>
    <message>
        <source>Days of history kept for the statistics; older records are deleted. From 1 to 3650.</source>
        <translation>Días de historial guardados para las estadísticas; los registros más antiguos se borran. De 1 a 3650.</translation>
    </message>
    <message>
        <source>Your settings file has a mistake, so nothing here can be changed until it is fixed. Flexor keeps its last good settings meanwhile.</source>
        <translation>Su archivo de ajustes tiene un error, así que aquí no se puede cambiar nada hasta corregirlo. Mientras tanto, Flexor mantiene sus últimos ajustes válidos.</translation>
    </message>
    <message>
        <source>The settings file has a mistake: %1</source>
        <translation>El archivo de ajustes tiene un error: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Defaults restored</source>
        <translation>Valores predeterminados restaurados</translation>
    </message>
    <message>
        <source>Breaks and standing</source>
        <translation>Pausas y estar de pie</translation>
    </message>
    <message>
        <source>I have a standing desk</source>
        <translation>Tengo un escritorio de pie</translation>
    </message>
    <message>
        <source>The reminder offers &quot;Stand for a while&quot; beside &quot;Start stretch&quot;; after the time below a small notification asks whether to sit again.</source>
        <translation>El recordatorio ofrece «Estar de pie un rato» junto a «Empezar estiramiento»; pasado el tiempo de abajo, una pequeña notificación pregunta si quiere volver a sentarse.</translation>
    </message>
    <message>
        <source>Stand for</source>
        <translation>Estar de pie durante</translation>
    </message>
    <message>
        <source>How long &quot;Stand for a while&quot; lasts before Flexor asks whether to sit again. From 1s to 4h.</source>
        <translation>Cuánto dura «Estar de pie un rato» antes de que Flexor pregunte si quiere volver a sentarse. De 1s a 4h.</translation>
    </message>
    <message>
        <source>Eye breaks (20-20-20)</source>
        <translation>Pausas para la vista (20-20-20)</translation>
    </message>
    <message>
        <source>After a while of looking at the screen, a small notification asks you to look at something about 6 m away, and closes itself when the time is up. None comes during do-not-disturb, a fullscreen window or a meeting.</source>
        <translation>Tras un rato mirando la pantalla, una pequeña notificación le pide que mire algo a unos 6 m y se cierra sola cuando acaba el tiempo. No aparece ninguna durante «no molestar», una ventana a pantalla completa o una reunión.</translation>
    </message>
    <message>
        <source>Eye break every</source>
        <translation>Pausa para la vista cada</translation>
    </message>
    <message>
        <source>Screen time between two eye breaks. From 1s to 4h.</source>
        <translation>Tiempo de pantalla entre dos pausas para la vista. De 1s a 4h.</translation>
    </message>
    <message>
        <source>Look away for</source>
        <translation>Mirar a lo lejos durante</translation>
    </message>
    <message>
        <source>How long an eye break lasts. From 1s to 5m.</source>
        <translation>Cuánto dura una pausa para la vista. De 1s a 5m.</translation>
    </message>
    <message>
        <source>Daily sitting budget</source>
        <translation>Presupuesto diario de tiempo sentado</translation>
    </message>
    <message>
        <source>Once today&apos;s sitting passes this, one notification that day suggests standing or a walk. 0s means no budget. From 0s to 24h.</source>
        <translation>Cuando el tiempo sentado de hoy lo supere, una notificación ese día sugiere ponerse de pie o caminar. 0s significa sin presupuesto. De 0s a 24h.</translation>
    </message>
    <message>
        <source>The first that works on this desktop</source>
        <translation>El primero que funcione en este escritorio</translation>
    </message>
    <message>
        <source>GNOME Shell&apos;s idle monitor</source>
        <translation>El monitor de inactividad de GNOME Shell</translation>
    </message>
    <message>
        <source>Most Wayland compositors (ext-idle-notify)</source>
        <translation>La mayoría de compositores Wayland (ext-idle-notify)</translation>
    </message>
    <message>
        <source>Older KDE and sway (kde-idle)</source>
        <translation>KDE antiguo y sway (kde-idle)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-sync)</source>
        <translation>Sesiones X11 (x11-sync)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-screensaver)</source>
        <translation>Sesiones X11 (x11-screensaver)</translation>
    </message>
    <message>
        <source>None: only screen lock and sleep count</source>
        <translation>Ninguno: solo cuentan el bloqueo de pantalla y la suspensión</translation>
    </message>
    <message>
        <source>How Flexor notices you are away</source>
        <translation>Cómo nota Flexor que se ha ido</translation>
    </message>
    <message>
        <source>&quot;The first that works&quot; picks one that works on your desktop; the others force one: GNOME Shell&apos;s idle monitor, most Wayland compositors, older KDE and sway, X11 sessions, or none (only screen lock and sleep count).</source>
        <translation>«El primero que funcione» elige uno que funcione en su escritorio; los demás fuerzan uno: el monitor de inactividad de GNOME Shell, la mayoría de compositores Wayland, KDE antiguo y sway, sesiones X11, o ninguno (solo cuentan el bloqueo de pantalla y la suspensión).</translation>
    </message>
    <message>
        <source>Everything (trace)</source>
        <translation>Todo (trace)</translation>
    </message>
    <message>
        <source>Details (debug)</source>
        <translation>Detalles (debug)</translation>
    </message>
    <message>
        <source>What happens (info)</source>
        <translation>Lo que ocurre (info)</translation>
    </message>
    <message>
        <source>Warnings and errors (warn)</source>
        <translation>Avisos y errores (warn)</translation>
    </message>
    <message>
        <source>Errors only (error)</source>
        <translation>Solo errores (error)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Cuánto dice el registro</translation>
    </message>
    <message>
        <source>How much Flexor writes to its log: trace, debug, info, warn or error.</source>
        <translation>Cuánto escribe Flexor en su registro: trace, debug, info, warn o error.</translation>
    </message>
    <message>
        <source>None: Remind after and Stand for count</source>
        <translation>Ninguno: cuentan «Recordar tras» y «Estar de pie durante»</translation>
    </message>
    <message>
        <source>Cornell&apos;s 20-8-2: sit 20, stand 8, move 2</source>
        <translation>20-8-2 de Cornell: sentado 20, de pie 8, moverse 2</translation>
    </message>
    <message>
        <source>My own rhythm</source>
        <translation>Mi propio ritmo</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>A ready-made rhythm in place of Remind after: the reminder comes after the sitting minutes and offers standing for the standing minutes; then the question suggests moving about. It turns the standing desk on.</source>
        <translation>Un ritmo ya hecho en lugar de «Recordar tras»: el recordatorio llega tras los minutos sentado y ofrece estar de pie los minutos de pie; luego la pregunta sugiere moverse. Activa el escritorio de pie.</translation>
    </message>
    <message>
        <source>My own rhythm, SIT-STAND-MOVE</source>
        <translation>Mi propio ritmo, SENTADO-DE PIE-MOVERSE</translation>
    </message>
    <message>
        <source>Minutes of sitting, standing and moving, e.g. 20-8-2. Sitting and standing from 1 to 480, moving from 0 to 60.</source>
        <translation>Minutos sentado, de pie y en movimiento, p. ej. 20-8-2. Sentado y de pie de 1 a 480, en movimiento de 0 a 60.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <source>Use my GNOME Calendar / Evolution calendars</source>
        <translation>Usar mis calendarios de GNOME Calendario / Evolution</translation>
    </message>
    <message>
        <source>Meetings in the calendars GNOME Calendar and Evolution show count, as the files and addresses below do.</source>
        <translation>Cuentan las reuniones de los calendarios que muestran GNOME Calendario y Evolution, como los archivos y direcciones de abajo.</translation>
    </message>
    <message>
        <source>Calendars followed</source>
        <translation>Calendarios seguidos</translation>
    </message>
    <message>
        <source>Calendars whose meetings Flexor follows: .ics files, folders of them and http(s) addresses of published calendars. During a meeting you count as sitting even away from the computer, and a due reminder waits until it ends. Busy events only: all-day, free and declined events do not count.</source>
        <translation>Calendarios cuyas reuniones sigue Flexor: archivos .ics, carpetas de ellos y direcciones http(s) de calendarios publicados. Durante una reunión cuenta como sentado incluso lejos del ordenador, y un recordatorio pendiente espera a que termine. Solo eventos ocupados: los de todo el día, libres y rechazados no cuentan.</translation>
    </message>
    <message>
        <source>Calendar to add</source>
        <translation>Calendario para añadir</translation>
    </message>
    <message>
        <source>An .ics file, a folder of them or the http(s) address of a published calendar.</source>
        <translation>Un archivo .ics, una carpeta de ellos o la dirección http(s) de un calendario publicado.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Añadir un archivo…</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>Un archivo de calendario</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <source>A folder of calendar files</source>
        <translation>Una carpeta de archivos de calendario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not meetings: titles with</source>
        <translation>No son reuniones: títulos con</translation>
    </message>
    <message>
        <source>lunch, walk</source>
        <translation>comida, paseo</translation>
    </message>
    <message>
        <source>Events whose title holds one of these words (any case, separated by commas) are not meetings.</source>
        <translation>Los eventos cuyo título contiene una de estas palabras (mayúsculas o minúsculas, separadas por comas) no son reuniones.</translation>
    </message>
    <message>
        <source>Meeting titles in flexor status</source>
        <translation>Títulos de reuniones en flexor status</translation>
    </message>
    <message>
        <source>flexor status --json gives the next meeting&apos;s title too. Titles never reach the log.</source>
        <translation>flexor status --json da también el título de la próxima reunión. Los títulos nunca llegan al registro.</translation>
    </message>
    <message>
        <source>Stretch before a long meeting within</source>
        <translation>Estirarse antes de una reunión larga que empieza dentro de</translation>
    </message>
    <message>
        <source>A reminder that would fall due during a long calendar meeting starting within this time comes before the meeting instead, once you have sat at least half of Remind after. 0s turns this off. From 0s to 2h.</source>
        <translation>Un recordatorio que tocaría durante una reunión larga del calendario que empieza dentro de este tiempo llega antes de la reunión, en cuanto haya estado sentado al menos la mitad de «Recordar tras». 0s lo desactiva. De 0s a 2h.</translation>
    </message>
    <message>
        <source>A long meeting lasts at least</source>
        <translation>Una reunión larga dura al menos</translation>
    </message>
    <message>
        <source>How long a calendar meeting must be to stretch before it; 0s: any. From 0s to 8h.</source>
        <translation>Cuánto debe durar una reunión del calendario para estirarse antes; 0s: cualquiera. De 0s a 8h.</translation>
    </message>
    <message>
        <source>Several computers</source>
        <translation>Varios ordenadores</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>One sitting streak across your machines: a folder you already keep in sync between them (Syncthing, Nextcloud or any other), e.g. ~/Sync/flexor. Each machine writes only its own subfolder there; never window titles or key counts. Empty is off. Read when Flexor starts.</source>
        <translation>Una sola racha sentado en todas sus máquinas: una carpeta que ya mantiene sincronizada entre ellas (Syncthing, Nextcloud u otra), p. ej. ~/Sync/flexor. Cada máquina escribe solo su propia subcarpeta; nunca títulos de ventanas ni recuentos de teclas. Vacía es desactivado. Se lee al iniciar Flexor.</translation>
    </message>
    <message>
        <source>Clocks may differ by</source>
        <translation>Los relojes pueden diferir en</translation>
    </message>
    <message>
        <source>How far the clocks of your machines may differ; times from further ahead are ignored. From 0s to 10m.</source>
        <translation>Cuánto pueden diferir los relojes de sus máquinas; las horas más adelantadas se ignoran. De 0s a 10m.</translation>
    </message>
</context>
<context>
    <name>flexor::window::WelcomePage</name>
    <message>
        <source>Welcome to Flexor</source>
        <translation>Te damos la bienvenida a Flexor</translation>
    </message>
    <message>
        <source>Start Flexor when I log in</source>
        <translation>Iniciar Flexor al iniciar sesión</translation>
    </message>
    <message>
        <source>Try the routine</source>
        <translation>Probar la rutina</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Flexor counts how long you sit without a break. After %1 it reminds you to get up for a short guided stretch of the hip flexors. Getting up, locking the screen or stepping away starts the count again.</source>
        <translation>Flexor cuenta cuánto tiempo pasas sentado sin descanso. Después de %1 te recuerda que te levantes para un breve estiramiento guiado de los flexores de la cadera. Levantarte, bloquear la pantalla o alejarte reinicia la cuenta.</translation>
    </message>
    <message>
        <source>It is counting now.</source>
        <translation>Ya está contando.</translation>
    </message>
    <message>
        <source>It starts counting %1.</source>
        <translation>Empieza a contar %1.</translation>
    </message>
    <message>
        <source>It is not counting: no day of the schedule is on.</source>
        <translation>No está contando: ningún día del horario está activado.</translation>
    </message>
    <message>
        <source>It keeps this schedule: %1. %2 You can change it under Settings.</source>
        <translation>Sigue este horario: %1. %2 Puedes cambiarlo en Ajustes.</translation>
    </message>
</context>
</TS>
