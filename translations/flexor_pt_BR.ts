<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>flexor::app</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não foi possível criar a pasta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>não foi possível remover %1: %2</translation>
    </message>
    <message>
        <source>The systemd user unit flexor.service is enabled as well; it starts Flexor at login too. One way is enough: `systemctl --user disable flexor.service` turns the unit off.
</source>
        <translation>A unidade de usuário do systemd flexor.service também está ativada e também inicia o Flexor ao entrar. Um jeito basta: `systemctl --user disable flexor.service` desativa a unidade.
</translation>
    </message>
    <message>
        <source>enabled: Flexor starts at login (%1)
</source>
        <translation>ativado: o Flexor inicia ao entrar na sessão (%1)
</translation>
    </message>
    <message>
        <source>disabled: no autostart entry starts Flexor at login
</source>
        <translation>desativado: nenhuma entrada de início automático inicia o Flexor ao entrar na sessão
</translation>
    </message>
    <message>
        <source>The systemd user unit flexor.service is enabled and starts Flexor with the graphical session.
</source>
        <translation>A unidade de usuário do systemd flexor.service está ativada e inicia o Flexor com a sessão gráfica.
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
        <translation>O Flexor vai iniciar ao entrar na sessão (%1).
</translation>
    </message>
    <message>
        <source>Flexor will no longer start at login through an autostart entry.
</source>
        <translation>O Flexor não vai mais iniciar ao entrar na sessão por uma entrada de início automático.
</translation>
    </message>
    <message>
        <source>Break Reminder</source>
        <translation>Lembrete de pausa</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Lembra você de levantar e se alongar depois de ficar sentado por muito tempo</translation>
    </message>
    <message>
        <source>flexor: autostart takes one of enable, disable or status
</source>
        <translation>flexor: autostart aceita enable, disable ou status
</translation>
    </message>
    <message>
        <source>flexor: unknown autostart action &apos;%1&apos; (use enable, disable or status)
</source>
        <translation>flexor: ação de autostart desconhecida “%1” (use enable, disable ou status)
</translation>
    </message>
    <message>
        <source>flexor: no session bus, so no running Flexor can be reached.</source>
        <translation>flexor: não há barramento de sessão, então nenhum Flexor em execução pode ser contatado.</translation>
    </message>
    <message>
        <source>flexor: the daemon is not running (start it with: flexor)</source>
        <translation>flexor: o serviço não está em execução (inicie com: flexor)</translation>
    </message>
    <message>
        <source>status takes --json, --waybar and --follow</source>
        <translation>status aceita --json, --waybar e --follow</translation>
    </message>
    <message>
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze aceita no máximo uma duração, ex.: flexor snooze 15m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 10m, 90s, 1h30m)</source>
        <translation>“%1” não é uma duração (ex.: 10m, 90s, 1h30m)</translation>
    </message>
    <message>
        <source>pause takes one duration or &apos;tomorrow&apos;</source>
        <translation>pause aceita uma duração ou “tomorrow”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>“%1” não é uma duração nem “tomorrow”</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 não aceita argumentos</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch aceita no máximo um nome de rotina</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>comando desconhecido “%1” (veja flexor --help)</translation>
    </message>
    <message>
        <source>Flexor is already running in this session.</source>
        <translation>O Flexor já está em execução nesta sessão.</translation>
    </message>
    <message>
        <source>flexor: check-config takes at most one file
</source>
        <translation>flexor: check-config aceita no máximo um arquivo
</translation>
    </message>
    <message>
        <source>flexor: stats takes --days N, --json and --csv
</source>
        <translation>flexor: stats aceita --days N, --json e --csv
</translation>
    </message>
    <message>
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor: comando ou opção desconhecida “%1” (veja flexor --help)
</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Soneca de %1</translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>Um alongamento do psoas de %n minuto?</numerusform>
            <numerusform>Um alongamento do psoas de %n minutos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>Que tal um alongamento rápido do psoas?</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Você está sentado há muito tempo</translation>
    </message>
    <message>
        <source>Time to get up</source>
        <translation>Hora de levantar</translation>
    </message>
    <message>
        <source>Sitting for %1. %2</source>
        <translation>Sentado há %1. %2</translation>
    </message>
    <message>
        <source>Reminder %1 today; %2 of sitting so far today.</source>
        <translation>Lembrete nº %1 hoje; %2 sentado até agora hoje.</translation>
    </message>
    <message>
        <source>Answer from the tray icon, or run: flexor stretch</source>
        <translation>Responda pelo ícone da área de notificação ou execute: flexor stretch</translation>
    </message>
    <message>
        <source>Start stretch</source>
        <translation>Começar alongamento</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Sitting %1 · reminder in %2</source>
        <translation>Sentado: %1 · lembrete em %2</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Sentado: %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting %1</source>
        <translation>Hora de uma pausa: sentado há %1</translation>
    </message>
    <message>
        <source>Snoozed · sitting %1 · reminder in %2</source>
        <translation>Soneca · sentado: %1 · lembrete em %2</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Alongando</translation>
    </message>
    <message>
        <source>Standing · ends in %1</source>
        <translation>Em pé · termina em %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Paused · resumes in %1</source>
        <translation>Pausado · retoma em %1</translation>
    </message>
    <message>
        <source>Outside active hours</source>
        <translation>Fora do horário ativo</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>Não é possível detectar a atividade nesta área de trabalho: o tempo é contado enquanto a tela está desbloqueada.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>mais longo</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulados</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>espontâneas</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>sonecas</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>lembretes</translation>
    </message>
    <message>
        <source>Longest streaks:</source>
        <translation>Períodos sentado mais longos:</translation>
    </message>
    <message>
        <source>flexor stats: --days needs a number of days of at least 1</source>
        <translation>flexor stats: --days precisa de um número de dias de pelo menos 1</translation>
    </message>
    <message>
        <source>flexor stats: cannot read the history in %1</source>
        <translation>flexor stats: não foi possível ler o histórico em %1</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Ainda não há histórico: %1 não existe.</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Sentado há %1, soneca %n vez. %2</numerusform>
            <numerusform>Sentado há %1, soneca %n vezes. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>“%1” é mais de uma semana; informe uma duração menor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>“%1” é mais de uma semana; informe uma duração menor ou “tomorrow”</translation>
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
     flexor COMANDO [ARGUMENTOS]

O Flexor mede quanto tempo você fica sentado sem pausa e, passado um limite, lembra
você de se levantar para um breve alongamento guiado do psoas (flexor do quadril).
Sem um comando, ele inicia o serviço para esta sessão da área de trabalho.

Comandos (falam com o serviço em execução):
  status [--json | --waybar] [--follow]   mostra o estado; --follow imprime cada mudança
  stretch [ROTINA]      inicia agora a rotina guiada (padrão: a configurada)
  snooze [DURAÇÃO]      adia o lembrete (padrão: a soneca configurada)
  skip                  pula esta pausa; a contagem do tempo sentado recomeça
  pause [DURAÇÃO | tomorrow]   pausa os lembretes (padrão: até amanhã)
  resume                encerra uma pausa
  stand                 modo mesa em pé: o tempo sentado não aumenta
  sit                   encerra o modo em pé
  reload                lê o arquivo de configuração de novo
  quit                  encerra o serviço

Comandos (funcionam sem o serviço):
  check-config [ARQUIVO]   verifica um arquivo de configuração (padrão: o do usuário)
                        e as rotinas; um ARQUIVO numa pasta routines ou com [[step]]
                        é uma rotina
  stats [--days N] [--json | --csv]   tempo sentado e pausas por dia (padrão: 7 dias,
                        no máximo 3650)
  autostart [enable | disable | status]   inicia o Flexor ao entrar (início automático XDG)

Opções:
  --verbose             registra detalhes de depuração (serviço)
  --activate            deixa um comando iniciar o serviço se ele não estiver em execução
                        (as ações do arquivo desktop usam isso; senão sai com 2)
  -h, --help            mostra esta ajuda
  --version             mostra a versão

As durações são escritas como 45m, 90s ou 1h30m.
Configuração: $XDG_CONFIG_HOME/flexor/config.toml; log: $XDG_STATE_HOME/flexor/flexor.log
Códigos de saída: 0 concluído, 1 falhou, 2 serviço não está em execução, 64 uso incorreto.
</translation>
    </message>
    <message>
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor: --days aceita um número inteiro de dias de 1 a %1
</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>Um alongamento do psoas de %n segundo?</numerusform>
            <numerusform>Um alongamento do psoas de %n segundos?</numerusform>
        </translation>
    </message>
    <message>
        <source>No history yet: %1 is empty.</source>
        <translation>Ainda não há histórico: %1 está vazio.</translation>
    </message>
    <message>
        <source>Meeting over</source>
        <translation>Reunião encerrada</translation>
    </message>
    <message>
        <source>Meeting over: you have been sitting %1. %2</source>
        <translation>Reunião encerrada: você está sentado há %1. %2</translation>
    </message>
    <message>
        <source>In a meeting: a due reminder waits until it ends.</source>
        <translation>Em reunião: um lembrete pendente espera até ela terminar.</translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it</source>
        <translation>Reunião às %1: alongue-se antes</translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it. You have sat for %2. %3</source>
        <translation>Reunião às %1: alongue-se antes. Você está sentado há %2. %3</translation>
    </message>
    <message>
        <source>Reminder before your %1 meeting</source>
        <translation>Lembrete antes da sua reunião das %1</translation>
    </message>
</context>
<context>
    <name>flexor::app::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 segundos é mais de uma semana; informe uma duração menor.</translation>
    </message>
</context>
<context>
    <name>flexor::app::GnomeWellbeing</name>
    <message>
        <source>GNOME reminds you to move, too</source>
        <translation>O GNOME também lembra você de se mexer</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement breaks are on, so you may get two reminders for one break. Flexor can take them over.</source>
        <translation>As pausas para movimento do próprio GNOME estão ativadas, então você pode receber dois lembretes para uma mesma pausa. O Flexor pode assumi-las.</translation>
    </message>
    <message>
        <source>Let Flexor remind me</source>
        <translation>Deixar o Flexor me lembrar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter os dois</translation>
    </message>
</context>
<context>
    <name>flexor::app::RoutineFallbackNotice</name>
    <message>
        <source>There is no routine named &apos;%1&apos; (the config&apos;s routine key), so Flexor opened &apos;%2&apos; instead.</source>
        <translation>Não existe nenhuma rotina chamada “%1” (a chave routine da configuração), então o Flexor abriu “%2” no lugar.</translation>
    </message>
    <message>
        <source>Your routine &apos;%1&apos; cannot be used, so Flexor opened the %2 routine &apos;%3&apos; instead.
%4</source>
        <translation>Sua rotina “%1” não pode ser usada, então o Flexor abriu no lugar a rotina %2 “%3”.
%4</translation>
    </message>
    <message>
        <source>next usable</source>
        <translation>utilizável seguinte</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluída</translation>
    </message>
    <message>
        <source>There is no routine named &apos;%1&apos;.</source>
        <translation>Não existe nenhuma rotina chamada “%1”.</translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; cannot be used: %2</source>
        <translation>A rotina “%1” não pode ser usada: %2</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>ela não pode ser lida</translation>
    </message>
    <message>
        <source>A routine of yours has a problem</source>
        <translation>Uma rotina sua tem um problema</translation>
    </message>
</context>
<context>
    <name>flexor::app::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>Não foi possível abrir a janela da rotina.</translation>
    </message>
</context>
<context>
    <name>flexor::app::SetupNotices</name>
    <message>
        <source>Flexor&apos;s config file has a problem</source>
        <translation>O arquivo de configuração do Flexor tem um problema</translation>
    </message>
    <message>
        <source>%1
Flexor keeps running on the last good settings.</source>
        <translation>%1
O Flexor continua com as últimas configurações válidas.</translation>
    </message>
    <message>
        <source>Start Flexor when you log in?</source>
        <translation>Iniciar o Flexor ao entrar na sessão?</translation>
    </message>
    <message>
        <source>Flexor can only count your sitting time while it runs. You can change this later in the tray menu (Start at login).</source>
        <translation>O Flexor só conta seu tempo sentado enquanto está em execução. Você pode mudar isso depois no menu do ícone (Iniciar ao entrar).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao entrar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
</context>
<context>
    <name>flexor::platform::DesktopSessionWatcher</name>
    <message>
        <source>Saving the sitting streak before the computer sleeps</source>
        <translation>Salvando o período sentado antes de suspender</translation>
    </message>
</context>
<context>
    <name>flexor::platform::NoPresenceMonitor</name>
    <message>
        <source>activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked</source>
        <translation>não é possível detectar a atividade nesta área de trabalho: o tempo é contado enquanto a tela está desbloqueada</translation>
    </message>
</context>
<context>
    <name>flexor::routine::GuidePlayer</name>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Segure por %n segundo.</numerusform>
            <numerusform>Segure por %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>Série %1 de %2.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Segure.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Troque de lado.</translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation>Pronto. Muito bem.</translation>
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
        <translation>Sentado desde as %1 · lembrete às %2</translation>
    </message>
    <message>
        <source>Sitting since %1</source>
        <translation>Sentado desde as %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting since %1</source>
        <translation>Hora de uma pausa: sentado desde as %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting since %2</source>
        <translation>Soneca até as %1 · sentado desde as %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting since %1</source>
        <translation>Soneca · sentado desde as %1</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Alongando</translation>
    </message>
    <message>
        <source>Standing until %1</source>
        <translation>Em pé até as %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado até as %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Outside active hours</source>
        <translation>Fora do horário ativo</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>Não é possível detectar a atividade nesta área de trabalho: o tempo é contado enquanto a tela está desbloqueada.</translation>
    </message>
</context>
<context>
    <name>flexor::ui::BreakScreenMirror</name>
    <message>
        <source>Break screen: %1</source>
        <translation>Tela de pausa: %1</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Imagem da postura: %1</translation>
    </message>
</context>
<context>
    <name>flexor::ui::CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Segundos restantes: %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
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
        <translation>Começar alongamento</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Start the stretching routine</source>
        <translation>Começar a rotina de alongamentos</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Pular esta pausa</translation>
    </message>
</context>
<context>
    <name>flexor::ui::RoutineWindow</name>
    <message>
        <source>Guided routine: %1</source>
        <translation>Rotina guiada: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar ou retomar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Parar a rotina</translation>
    </message>
    <message>
        <source>Well done, that was your break.</source>
        <translation>Muito bem, essa foi sua pausa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fechar a janela</translation>
    </message>
    <message>
        <source>Your first routine today.</source>
        <translation>Sua primeira rotina hoje.</translation>
    </message>
    <message>
        <source>Routines finished today: %1</source>
        <translation>Rotinas concluídas hoje: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Prepare-se: %1</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Série %1 de %2</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>Faça:</translation>
    </message>
    <message>
        <source>Feel:</source>
        <translation>Sinta:</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Evite:</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguir: %1</translation>
    </message>
    <message>
        <source>Next: the end. Almost there!</source>
        <translation>A seguir: o fim. Quase lá!</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Imagem da postura: %1</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>série %1 de %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Duração: %1:%2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Troque de lado: %1</translation>
    </message>
    <message>
        <source>Mute or unmute voice and sounds</source>
        <translation>Silenciar ou reativar a voz e os sons</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Reativar som</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Skip break</source>
        <translation>Pular pausa</translation>
    </message>
    <message>
        <source>Skip this break?</source>
        <translation>Pular esta pausa?</translation>
    </message>
    <message>
        <source>You have put this break off several times. Skip it anyway?</source>
        <translation>Você já adiou esta pausa várias vezes. Pular mesmo assim?</translation>
    </message>
    <message>
        <source>Skip the break</source>
        <translation>Pular a pausa</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
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
        <translation>Tempo sentado por dia</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) over %1 days; %2 of sitting in all</source>
        <translation>
            <numerusform>%n barra em %1 dias; %2 sentado no total</numerusform>
            <numerusform>%n barras em %1 dias; %2 sentado no total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 sitting, %n break(s)</source>
        <translation>
            <numerusform>%1: %2 sentado, %n pausa</numerusform>
            <numerusform>%1: %2 sentado, %n pausas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::ui::StatisticsWindow</name>
    <message>
        <source>Flexor statistics</source>
        <translation>Estatísticas do Flexor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Longest streaks</source>
        <translation>Períodos sentado mais longos</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>período mais longo</translation>
    </message>
    <message>
        <source>breaks taken</source>
        <translation>pausas feitas</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>lembretes</translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation>Sentado por dia</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Últimos %1 dias</translation>
    </message>
    <message>
        <source>No streaks recorded in these days yet.</source>
        <translation>Nenhum período registrado nesses dias ainda.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 às %2: %3</translation>
    </message>
</context>
<context>
    <name>flexor::ui::TrayIcon</name>
    <message>
        <source>Start stretch now</source>
        <translation>Alongar agora</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Estou em pé</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Estatísticas…</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>Abrir arquivo de configuração</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao entrar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Soneca</translation>
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
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Iniciar rotina</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Estou em reunião</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
