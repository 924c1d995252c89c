<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>flexor::app</name>
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
        <source>Break Reminder</source>
        <translation>Recordatorio de descanso</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Te recuerda levantarte y estirarte tras pasar demasiado tiempo sentado</translation>
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
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze admite como mucho una duración, p. ej. flexor snooze 15m</translation>
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
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>«%1» no es una duración ni «tomorrow»</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 no admite argumentos</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch admite como mucho un nombre de rutina</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>orden desconocida «%1» (consulta flexor --help)</translation>
    </message>
    <message>
        <source>Flexor is already running in this session.</source>
        <translation>Flexor ya se está ejecutando en esta sesión.</translation>
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
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor: orden u opción desconocida «%1» (consulta flexor --help)
</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Posponer %1</translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>¿Un estiramiento del psoas de %n minuto?</numerusform>
            <numerusform>¿Un estiramiento del psoas de %n minutos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>¿Un breve estiramiento del psoas?</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Llevas mucho tiempo sentado</translation>
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
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Sitting %1 · reminder in %2</source>
        <translation>Sentado: %1 · aviso en %2</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Sentado: %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting %1</source>
        <translation>Hora de un descanso: sentado %1</translation>
    </message>
    <message>
        <source>Snoozed · sitting %1 · reminder in %2</source>
        <translation>Pospuesto · sentado: %1 · aviso en %2</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estirando</translation>
    </message>
    <message>
        <source>Standing · ends in %1</source>
        <translation>De pie · termina en %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused · resumes in %1</source>
        <translation>En pausa · se reanuda en %1</translation>
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
        <source>No history yet: %1 does not exist.</source>
        <translation>Aún no hay historial: %1 no existe.</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Sentado desde hace %1, pospuesto %n vez. %2</numerusform>
            <numerusform>Sentado desde hace %1, pospuesto %n veces. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>«%1» es más de una semana; indica una duración más corta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>«%1» es más de una semana; indica una duración más corta o «tomorrow»</translation>
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
     flexor ORDEN [ARGUMENTOS]

Flexor mide cuánto tiempo pasas sentado sin descanso y, pasado un umbral, te recuerda
que te levantes para un breve estiramiento guiado del psoas (flexor de la cadera).
Sin una orden, inicia el servicio para esta sesión de escritorio.

Órdenes (hablan con el servicio en ejecución):
  status [--json | --waybar] [--follow]   mostrar el estado; --follow muestra cada cambio
  stretch [RUTINA]      empezar ahora la rutina guiada (predeterminada: la configurada)
  snooze [DURACIÓN]     posponer el aviso (predeterminado: el tiempo configurado)
  skip                  omitir este descanso; el tiempo sentado vuelve a empezar
  pause [DURACIÓN | tomorrow]   pausar los avisos (predeterminado: hasta mañana)
  resume                terminar una pausa
  stand                 modo escritorio de pie: el tiempo sentado no aumenta
  sit                   salir del modo de pie
  reload                volver a leer el archivo de configuración
  quit                  detener el servicio

Órdenes (funcionan sin el servicio):
  check-config [ARCHIVO]   comprobar un archivo de configuración (predeterminado: el del
                        usuario) y las rutinas; un ARCHIVO en una carpeta routines o con
                        [[step]] es una rutina
  stats [--days N] [--json | --csv]   tiempo sentado y descansos por día (predeterminado:
                        7 días, como mucho 3650)
  autostart [enable | disable | status]   iniciar Flexor al iniciar sesión (autoinicio XDG)

Opciones:
  --verbose             registrar detalles de depuración (servicio)
  --activate            permitir que una orden inicie el servicio si no está en ejecución
                        (lo usan las acciones del archivo .desktop; si no, sale con 2)
  -h, --help            mostrar esta ayuda
  --version             mostrar la versión

Las duraciones se escriben como 45m, 90s o 1h30m.
Configuración: $XDG_CONFIG_HOME/flexor/config.toml; registro: $XDG_STATE_HOME/flexor/flexor.log
Códigos de salida: 0 hecho, 1 error, 2 el servicio no está en ejecución, 64 uso incorrecto.
</translation>
    </message>
    <message>
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor: --days admite un número entero de días de 1 a %1
</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>¿Un estiramiento del psoas de %n segundo?</numerusform>
            <numerusform>¿Un estiramiento del psoas de %n segundos?</numerusform>
        </translation>
    </message>
    <message>
        <source>No history yet: %1 is empty.</source>
        <translation>Aún no hay historial: %1 está vacío.</translation>
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
        <source>In a meeting: a due reminder waits until it ends.</source>
        <translation>En una reunión: un aviso pendiente espera a que termine.</translation>
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
        <source>Reminder before your %1 meeting</source>
        <translation>Recordatorio antes de tu reunión de las %1</translation>
    </message>
</context>
<context>
    <name>flexor::app::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 segundos es más de una semana; indica una duración más corta.</translation>
    </message>
</context>
<context>
    <name>flexor::app::GnomeWellbeing</name>
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
    <name>flexor::app::RoutineFallbackNotice</name>
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
    <name>flexor::app::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>No se pudo abrir la ventana de la rutina.</translation>
    </message>
</context>
<context>
    <name>flexor::app::SetupNotices</name>
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
        <source>Start Flexor when you log in?</source>
        <translation>¿Iniciar Flexor al iniciar sesión?</translation>
    </message>
    <message>
        <source>Flexor can only count your sitting time while it runs. You can change this later in the tray menu (Start at login).</source>
        <translation>Flexor solo puede contar tu tiempo sentado mientras se ejecuta. Puedes cambiarlo más tarde en el menú del icono (Iniciar al iniciar sesión).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
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
</context>
<context>
    <name>flexor::ui::BreakScreenMirror</name>
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
    <name>flexor::ui::CountdownRing</name>
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
    <name>flexor::ui::RoutineWindow</name>
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
        <source>Your first routine today.</source>
        <translation>Tu primera rutina de hoy.</translation>
    </message>
    <message>
        <source>Routines finished today: %1</source>
        <translation>Rutinas completadas hoy: %1</translation>
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
        <source>round %1 of %2</source>
        <translation>ronda %1 de %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Duración: %1:%2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
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
        <source>Skip break</source>
        <translation>Omitir descanso</translation>
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
</context>
</TS>
