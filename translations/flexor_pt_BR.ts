<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>flexor::cli</name>
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
        <source>flexor: cannot follow the daemon&apos;s changes on the session bus</source>
        <translation>flexor: não é possível acompanhar as mudanças do daemon no barramento de sessão</translation>
    </message>
    <message>
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze aceita no máximo uma duração, ex.: flexor snooze 15m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>“%1” é mais de uma semana; informe uma duração menor</translation>
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
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>“%1” é mais de uma semana; informe uma duração menor ou “tomorrow”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>“%1” não é uma duração nem “tomorrow”</translation>
    </message>
    <message>
        <source>stretch takes no option &apos;%1&apos;, only a routine name (see flexor --help)</source>
        <translation>stretch não aceita a opção “%1”, só o nome de uma rotina (veja flexor --help)</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch aceita no máximo um nome de rotina</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 não aceita argumentos</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>comando desconhecido “%1” (veja flexor --help)</translation>
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
     flexor COMANDO [ARGUMENTOS]

O Flexor mede quanto tempo você fica sentado sem pausa e, passado um limite, lembra
você de se levantar para um breve alongamento guiado do psoas (flexor do quadril).
Sem um comando, ele inicia o serviço para esta sessão da área de trabalho; se o
Flexor já estiver em execução, abre a janela do Flexor.

Comandos (falam com o serviço em execução):
  status [--json | --waybar] [--follow]   mostra o estado; --follow imprime cada mudança
  stretch [ROTINA]      inicia agora a rotina guiada (padrão: a configurada)
  snooze [DURAÇÃO]      adia o lembrete (padrão: a soneca configurada)
  skip                  pula esta pausa; a contagem do tempo sentado recomeça
  pause [DURAÇÃO | tomorrow]   pausa os lembretes (padrão: até amanhã)
  resume                encerra uma pausa
  stand                 modo mesa em pé: o tempo sentado não aumenta
  sit                   encerra o modo em pé
  window [now | statistics | settings]   abre a janela do Flexor (nessa página)
  reload                lê o arquivo de configuração de novo
  quit                  encerra o serviço

Comandos (funcionam sem o serviço):
  check-config [ARQUIVO]   verifica um arquivo de configuração (padrão: o do usuário)
                        e as rotinas; um ARQUIVO numa pasta routines ou com [[step]]
                        é uma rotina
  stats [--days N] [--json | --csv]   tempo sentado e pausas por dia (padrão: 7 dias,
                        no máximo 3650)
  autostart [enable | disable | status]   inicia o Flexor ao entrar (início automático XDG)
  config get CHAVE | set CHAVE VALOR | reset CHAVE | path
                        ler ou alterar uma configuração no arquivo de configuração,
                        mantendo seus comentários; o serviço em execução a aplica
                        (VALOR como 30m, true, 3 ou mon,tue,wed)

Opções:
  --verbose             registra detalhes de depuração (serviço)
  --activate            deixa um comando iniciar o serviço se ele não estiver em execução
                        (as ações do arquivo desktop usam isso; senão sai com 2)
  -h, --help            mostra esta ajuda
  --version             mostra a versão

As durações são escritas como 45m, 90s ou 1h30m.
Configuração: $XDG_CONFIG_HOME/flexor/config.toml; log: $XDG_STATE_HOME/flexor/flexor.log
Códigos de saída: 0 concluído, 1 falhou, 2 serviço não está em execução, 64 uso incorreto,
65 o arquivo de configuração tem erros (config não o altera).
</translation>
    </message>
    <message>
        <source>Flexor is already running in this session; opening its window.
</source>
        <translation>O Flexor já está em execução nesta sessão; abrindo a janela dele.
</translation>
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
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor: --days aceita um número inteiro de dias de 1 a %1
</translation>
    </message>
    <message>
        <source>flexor: window takes one page: now, statistics or settings
</source>
        <translation>flexor: window aceita uma página: now, statistics ou settings
</translation>
    </message>
    <message>
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor: comando ou opção desconhecida “%1” (veja flexor --help)
</translation>
    </message>
    <message>
        <source>flexor: config takes get KEY, set KEY VALUE, reset KEY or path
</source>
        <translation>flexor: config aceita get CHAVE, set CHAVE VALOR, reset CHAVE ou path
</translation>
    </message>
    <message>
        <source>flexor: the config file has errors, so it was left as it is; fix them first:
</source>
        <translation>flexor: o arquivo de configuração tem erros, por isso não foi alterado; corrija-os primeiro:
</translation>
    </message>
    <message>
        <source>flexor: there is no routine named &apos;%1&apos; (shipped or in %2)
</source>
        <translation>flexor: não há rotina chamada “%1” (incluída ou em %2)
</translation>
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
        <source>No history yet: %1 is empty.</source>
        <translation>Ainda não há histórico: %1 está vazio.</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Ainda não há histórico: %1 não existe.</translation>
    </message>
</context>
<context>
    <name>flexor::dbus::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 segundos é mais de uma semana; informe uma duração menor.</translation>
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
    <name>flexor::routine::BreakScreenMirror</name>
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
    <name>flexor::routine::CountdownRing</name>
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
    <name>flexor::routine::RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
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
        <source>Skip break</source>
        <translation>Pular pausa</translation>
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
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Troque de lado: %1</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>série %1 de %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Duração: %1:%2</translation>
    </message>
</context>
<context>
    <name>flexor::service</name>
    <message>
        <source>Snooze %1</source>
        <translation>Soneca de %1</translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>Que tal um alongamento rápido do psoas?</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>Um alongamento do psoas de %n segundo?</numerusform>
            <numerusform>Um alongamento do psoas de %n segundos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>Um alongamento do psoas de %n minuto?</numerusform>
            <numerusform>Um alongamento do psoas de %n minutos?</numerusform>
        </translation>
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
        <source>Meeting over</source>
        <translation>Reunião encerrada</translation>
    </message>
    <message>
        <source>Meeting over: you have been sitting %1. %2</source>
        <translation>Reunião encerrada: você está sentado há %1. %2</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Você está sentado há muito tempo</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Sentado há %1, soneca %n vez. %2</numerusform>
            <numerusform>Sentado há %1, soneca %n vezes. %2</numerusform>
        </translation>
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
        <source>Stand for a while</source>
        <translation>Ficar em pé um pouco</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
</context>
<context>
    <name>flexor::service::BreakNotices</name>
    <message>
        <source>Rest your eyes</source>
        <translation>Descanse os olhos</translation>
    </message>
    <message>
        <source>Look at something about 6 m away for %1.</source>
        <translation>Olhe para algo a uns 6 m de distância por %1.</translation>
    </message>
    <message>
        <source>Enough sitting for today</source>
        <translation>Chega de ficar sentado por hoje</translation>
    </message>
    <message>
        <source>You have sat for %1 today, past your budget of %2. Work standing for a while, or go for a walk.</source>
        <translation>Você ficou sentado %1 hoje, além do seu limite de %2. Trabalhe em pé por um tempo ou faça uma caminhada.</translation>
    </message>
    <message>
        <source>Back to sitting?</source>
        <translation>Voltar a sentar?</translation>
    </message>
    <message>
        <source>Your standing time is up. Walk about for %1, then sit down again.</source>
        <translation>Seu tempo em pé acabou. Caminhe um pouco por %1 e depois sente-se de novo.</translation>
    </message>
    <message>
        <source>Your standing time is up.</source>
        <translation>Seu tempo em pé acabou.</translation>
    </message>
    <message>
        <source>Back to sitting</source>
        <translation>Voltar a sentar</translation>
    </message>
    <message>
        <source>Keep standing</source>
        <translation>Continuar em pé</translation>
    </message>
</context>
<context>
    <name>flexor::service::GnomeWellbeing</name>
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
    <name>flexor::service::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>Não foi possível abrir a janela da rotina.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SettingsFile</name>
    <message>
        <source>Flexor could not create %1: %2</source>
        <translation>O Flexor não conseguiu criar %1: %2</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a text editor yourself.</source>
        <translation>Nenhum programa conseguiu abrir %1. Abra-o você mesmo em um editor de texto.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SetupNotices</name>
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
        <source>Flexor&apos;s config file could not be opened</source>
        <translation>Não foi possível abrir o arquivo de configuração do Flexor</translation>
    </message>
</context>
<context>
    <name>flexor::service::WindowLauncher</name>
    <message>
        <source>The window has no page &apos;%1&apos; (now, statistics or settings).</source>
        <translation>A janela não tem a página “%1” (now, statistics ou settings).</translation>
    </message>
    <message>
        <source>The Flexor window could not start: %1</source>
        <translation>A janela do Flexor não pôde ser iniciada: %1</translation>
    </message>
    <message>
        <source>%1 is missing or not executable.</source>
        <translation>%1 não existe ou não é executável.</translation>
    </message>
</context>
<context>
    <name>flexor::start</name>
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
        <source>Break Reminder</source>
        <translation>Lembrete de pausa</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Lembra você de levantar e se alongar depois de ficar sentado por muito tempo</translation>
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
    <message>
        <source>In a meeting since %1 · reminder waits</source>
        <translation>Em reunião desde %1 · o lembrete espera</translation>
    </message>
    <message>
        <source>In a meeting · reminder waits</source>
        <translation>Em reunião · o lembrete espera</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a weekday and a time: Monday 08:00</comment>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder at %2</source>
        <translation>Sentado há %1 · lembrete às %2</translation>
    </message>
    <message>
        <source>Sitting for %1</source>
        <translation>Sentado há %1</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder waits</source>
        <translation>Sentado há %1 · o lembrete espera</translation>
    </message>
    <message>
        <source>Time for a break: sitting for %1</source>
        <translation>Hora de uma pausa: sentado há %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting for %2</source>
        <translation>Adiado até %1 · sentado há %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting for %1</source>
        <translation>Adiado · sentado há %1</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Longe da mesa</translation>
    </message>
    <message>
        <source>Outside active hours · counting starts %1</source>
        <translation>Fora do horário ativo · a contagem começa %1</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>a qualquer hora</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays: Monday to Friday</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>on no day (every day of the schedule is off)</source>
        <translation>em nenhum dia (todos os dias do horário estão desligados)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <comment>days, then the hours: Monday to Friday, 08:00 to 19:00</comment>
        <translation>%1, das %2 às %3</translation>
    </message>
    <message>
        <source>%1 of %2 sitting today</source>
        <translation>%1 de %2 sentado hoje</translation>
    </message>
    <message>
        <source>Sitting since %1 · reminder waits</source>
        <translation>Sentado desde as %1 · o lembrete espera</translation>
    </message>
    <message>
        <source>Reminder before your %1 meeting</source>
        <translation>Lembrete antes da sua reunião das %1</translation>
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
    <message>
        <source>Each bar is a day&apos;s sitting. Above it, ● is a break you took (a stretch, or you got up by yourself) and ○ a break you skipped.</source>
        <translation>Cada barra é o tempo sentado de um dia. Acima dela, ● é uma pausa feita (um alongamento, ou você se levantou por conta própria) e ○ uma pausa pulada.</translation>
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
    <message>
        <source>Open Flexor</source>
        <translation>Abrir o Flexor</translation>
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
        <translation>Páginas do Flexor</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
</context>
<context>
    <name>flexor::window::NowPage</name>
    <message>
        <source>Sitting ring</source>
        <translation>Anel do tempo sentado</translation>
    </message>
    <message>
        <source>No tray icon: this desktop shows none (on GNOME the tray needs the AppIndicator extension). Everything is here in this window, and reminders come as notifications.</source>
        <translation>Sem ícone na bandeja: esta área de trabalho não mostra nenhum (no GNOME a bandeja precisa da extensão AppIndicator). Tudo está nesta janela, e os lembretes chegam como notificações.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <source>The routine of the day</source>
        <translation>A rotina do dia</translation>
    </message>
    <message>
        <source>Stretch now</source>
        <translation>Alongar agora</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Soneca</translation>
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
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Estou em pé</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Estou em reunião</translation>
    </message>
    <message>
        <source>Flexor is not running</source>
        <translation>O Flexor não está em execução</translation>
    </message>
    <message>
        <source>Start Flexor from the applications menu, or run: flexor</source>
        <translation>Inicie o Flexor pelo menu de aplicativos, ou execute: flexor</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>Não é possível detectar a atividade nesta área de trabalho: o tempo é contado enquanto a tela está desbloqueada.</translation>
    </message>
</context>
<context>
    <name>flexor::window::SettingsPage</name>
    <message>
        <source>Open the file</source>
        <translation>Abrir o arquivo</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Status das configurações</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Puts every setting on this page back to its documented default. Your comments in the file stay.</source>
        <translation>Volta cada configuração desta página ao seu padrão documentado. Seus comentários no arquivo continuam lá.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation>Lembrar após</translation>
    </message>
    <message>
        <source>How long you may sit without a real break before Flexor reminds you. From 1s to 8h.</source>
        <translation>Quanto tempo você pode ficar sentado sem uma pausa de verdade antes que o Flexor lembre você. De 1s a 8h.</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Soneca de</translation>
    </message>
    <message>
        <source>How long &quot;Snooze&quot; puts a reminder off. From 1s to 4h.</source>
        <translation>Por quanto tempo “Soneca” adia um lembrete. De 1s a 4h.</translation>
    </message>
    <message>
        <source>Snoozes before it insists</source>
        <translation>Sonecas antes de insistir</translation>
    </message>
    <message>
        <source>After this many snoozes in a row, the next reminder insists more. A whole number from 0 to 20.</source>
        <translation>Depois de tantas sonecas seguidas, o próximo lembrete insiste mais. Um número inteiro de 0 a 20.</translation>
    </message>
    <message>
        <source>Repeat an unanswered reminder every</source>
        <translation>Repetir um lembrete sem resposta a cada</translation>
    </message>
    <message>
        <source>A reminder you neither answer nor dismiss comes back this often. From 1s to 2h.</source>
        <translation>Um lembrete que você não responde nem dispensa volta com esta frequência. De 1s a 2h.</translation>
    </message>
    <message>
        <source>An urgent notification that stays</source>
        <translation>Uma notificação urgente que fica</translation>
    </message>
    <message>
        <source>The routine, full screen</source>
        <translation>A rotina em tela cheia</translation>
    </message>
    <message>
        <source>When it insists</source>
        <translation>Quando insiste</translation>
    </message>
    <message>
        <source>How the reminder insists after that many snoozes: an urgent notification that stays until answered, or the routine full screen on every monitor (Skip and Esc ask once more before ending it, and then it counts as skipped).</source>
        <translation>Como o lembrete insiste depois de tantas sonecas: uma notificação urgente que fica até ser respondida, ou a rotina em tela cheia em cada monitor (Pular e Esc perguntam mais uma vez antes de encerrá-la, e então ela conta como pulada).</translation>
    </message>
    <message>
        <source>Standing mode ends after</source>
        <translation>O modo em pé termina após</translation>
    </message>
    <message>
        <source>Standing mode switches itself off after this long. From 1m to 8h.</source>
        <translation>O modo em pé se desliga sozinho depois deste tempo. De 1m a 8h.</translation>
    </message>
    <message>
        <source>Noticing you</source>
        <translation>Notar você</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Ausente após</translation>
    </message>
    <message>
        <source>Being idle or having the screen locked for this long counts as having got up, and the sitting count starts again from zero. From 1s to 2h.</source>
        <translation>Ficar inativo ou com a tela bloqueada por este tempo conta como ter levantado, e a contagem do tempo sentado recomeça do zero. De 1s a 2h.</translation>
    </message>
    <message>
        <source>Videos and calls count as sitting</source>
        <translation>Vídeos e chamadas contam como sentado</translation>
    </message>
    <message>
        <source>While an application keeps the screen awake (a video, a call) you count as sitting although you do not type; a locked screen still counts as away. Switch it off if you leave videos running when you walk away.</source>
        <translation>Enquanto um aplicativo mantém a tela acordada (um vídeo, uma chamada) você conta como sentado mesmo sem digitar; uma tela bloqueada ainda conta como ausente. Desligue se você deixa vídeos rodando quando sai.</translation>
    </message>
    <message>
        <source>Notice meetings</source>
        <translation>Detectar reuniões</translation>
    </message>
    <message>
        <source>A camera, a microphone recording or a shared screen make a meeting: you count as sitting, and a reminder that falls due waits until it ends. &quot;I&apos;m in a meeting&quot; in the tray menu does the same by hand.</source>
        <translation>Uma câmera, uma gravação de microfone ou uma tela compartilhada fazem uma reunião: você conta como sentado, e um lembrete que vencer espera até ela acabar. “Estou em reunião” no menu da bandeja faz o mesmo à mão.</translation>
    </message>
    <message>
        <source>Longest wait in a meeting</source>
        <translation>Espera máxima em reunião</translation>
    </message>
    <message>
        <source>During a meeting a due reminder waits until the meeting ends, but never longer than this. The meeting still counts as sitting. 0s never waits. From 0s to 4h.</source>
        <translation>Durante uma reunião, um lembrete vencido espera a reunião acabar, mas nunca mais do que isto. A reunião ainda conta como sentado. 0s nunca espera. De 0s a 4h.</translation>
    </message>
    <message>
        <source>Longest wait while not to be disturbed</source>
        <translation>Espera máxima em “Não perturbe”</translation>
    </message>
    <message>
        <source>While do-not-disturb is on or a window is fullscreen, a due reminder waits, but never longer than this. 0s never waits. From 0s to 4h.</source>
        <translation>Enquanto “Não perturbe” está ligado ou uma janela está em tela cheia, um lembrete vencido espera, mas nunca mais do que isto. 0s nunca espera. De 0s a 4h.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Count only on these days and hours</source>
        <translation>Contar só nestes dias e horários</translation>
    </message>
    <message>
        <source>On: Flexor only counts sitting on the days and within the hours below. Off: it counts at any time.</source>
        <translation>Ligado: o Flexor só conta o tempo sentado nos dias e horários abaixo. Desligado: conta a qualquer hora.</translation>
    </message>
    <message>
        <source>The days Flexor is active on: at least one.</source>
        <translation>Os dias em que o Flexor fica ativo: pelo menos um.</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Dias ativos</translation>
    </message>
    <message>
        <source>The local time window Flexor is active in, in 24-hour time. An end at or before the start means the window runs past midnight.</source>
        <translation>A faixa de horário local em que o Flexor fica ativo, no formato de 24 horas. Um fim igual ou anterior ao início significa que a faixa passa da meia-noite.</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Ativo a partir de</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Ativo até</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horário ativo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <source>Take turns: one routine a day</source>
        <translation>Revezar: uma rotina por dia</translation>
    </message>
    <message>
        <source>The routine a reminder offers to start. Taking turns runs one routine a calendar day, in order.</source>
        <translation>A rotina que um lembrete oferece para começar. Revezando, uma rotina por dia do calendário, em ordem.</translation>
    </message>
    <message>
        <source>A routine stopped early counts after</source>
        <translation>Uma rotina parada cedo conta após</translation>
    </message>
    <message>
        <source>A routine you stop early still counts as a break once it has lasted this long. From 0s to 1h.</source>
        <translation>Uma rotina que você para cedo ainda conta como pausa se tiver durado este tempo. De 0s a 1h.</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Falar os passos</translation>
    </message>
    <message>
        <source>The routine speaks its steps through the desktop&apos;s speech service, so you can follow it from the floor without seeing the screen.</source>
        <translation>A rotina fala seus passos pelo serviço de voz do desktop, para você acompanhar do chão sem ver a tela.</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>Tocar avisos sonoros</translation>
    </message>
    <message>
        <source>Soft sounds from the desktop&apos;s sound theme at the start of each hold, when switching sides and at the end.</source>
        <translation>Sons suaves do tema de som do desktop no início de cada postura, ao trocar de lado e no fim.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Como o desktop</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the tray, notifications, windows and routines. Read when Flexor starts.</source>
        <translation>O idioma da bandeja, das notificações, das janelas e das rotinas. Lido quando o Flexor inicia.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Start Flexor at login</source>
        <translation>Iniciar o Flexor ao entrar</translation>
    </message>
    <message>
        <source>Flexor starts with your desktop session (an XDG autostart entry).</source>
        <translation>O Flexor inicia com a sua sessão do desktop (uma entrada de início automático XDG).</translation>
    </message>
    <message>
        <source>Days of statistics kept</source>
        <translation>Dias de estatísticas guardados</translation>
    </message>
    <message>
        <source>Days of history kept for the statistics; older records are deleted. From 1 to 3650.</source>
        <translation>Dias de histórico guardados para as estatísticas; registros mais antigos são apagados. De 1 a 3650.</translation>
    </message>
    <message>
        <source>Your settings file has a mistake, so nothing here can be changed until it is fixed. Flexor keeps its last good settings meanwhile.</source>
        <translation>Seu arquivo de configurações tem um erro, então nada aqui pode ser alterado até ele ser corrigido. Enquanto isso, o Flexor mantém as últimas configurações válidas.</translation>
    </message>
    <message>
        <source>The settings file has a mistake: %1</source>
        <translation>O arquivo de configurações tem um erro: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Defaults restored</source>
        <translation>Padrões restaurados</translation>
    </message>
    <message>
        <source>Breaks and standing</source>
        <translation>Pausas e ficar em pé</translation>
    </message>
    <message>
        <source>I have a standing desk</source>
        <translation>Tenho uma mesa para trabalhar em pé</translation>
    </message>
    <message>
        <source>The reminder offers &quot;Stand for a while&quot; beside &quot;Start stretch&quot;; after the time below a small notification asks whether to sit again.</source>
        <translation>O lembrete oferece “Ficar em pé um pouco” ao lado de “Começar alongamento”; depois do tempo abaixo, uma pequena notificação pergunta se você quer voltar a sentar.</translation>
    </message>
    <message>
        <source>Stand for</source>
        <translation>Ficar em pé por</translation>
    </message>
    <message>
        <source>How long &quot;Stand for a while&quot; lasts before Flexor asks whether to sit again. From 1s to 4h.</source>
        <translation>Quanto dura “Ficar em pé um pouco” antes de o Flexor perguntar se você quer voltar a sentar. De 1s a 4h.</translation>
    </message>
    <message>
        <source>Eye breaks (20-20-20)</source>
        <translation>Pausas para os olhos (20-20-20)</translation>
    </message>
    <message>
        <source>After a while of looking at the screen, a small notification asks you to look at something about 6 m away, and closes itself when the time is up. None comes during do-not-disturb, a fullscreen window or a meeting.</source>
        <translation>Depois de um tempo olhando para a tela, uma pequena notificação pede que você olhe para algo a uns 6 m e se fecha sozinha quando o tempo acaba. Nenhuma aparece durante “não perturbe”, uma janela em tela cheia ou uma reunião.</translation>
    </message>
    <message>
        <source>Eye break every</source>
        <translation>Pausa para os olhos a cada</translation>
    </message>
    <message>
        <source>Screen time between two eye breaks. From 1s to 4h.</source>
        <translation>Tempo de tela entre duas pausas para os olhos. De 1s a 4h.</translation>
    </message>
    <message>
        <source>Look away for</source>
        <translation>Olhar para longe por</translation>
    </message>
    <message>
        <source>How long an eye break lasts. From 1s to 5m.</source>
        <translation>Quanto dura uma pausa para os olhos. De 1s a 5m.</translation>
    </message>
    <message>
        <source>Daily sitting budget</source>
        <translation>Limite diário de tempo sentado</translation>
    </message>
    <message>
        <source>Once today&apos;s sitting passes this, one notification that day suggests standing or a walk. 0s means no budget. From 0s to 24h.</source>
        <translation>Quando o tempo sentado de hoje passar disso, uma notificação naquele dia sugere ficar em pé ou caminhar. 0s significa sem limite. De 0s a 24h.</translation>
    </message>
    <message>
        <source>The first that works on this desktop</source>
        <translation>O primeiro que funcionar nesta área de trabalho</translation>
    </message>
    <message>
        <source>GNOME Shell&apos;s idle monitor</source>
        <translation>O monitor de inatividade do GNOME Shell</translation>
    </message>
    <message>
        <source>Most Wayland compositors (ext-idle-notify)</source>
        <translation>A maioria dos compositores Wayland (ext-idle-notify)</translation>
    </message>
    <message>
        <source>Older KDE and sway (kde-idle)</source>
        <translation>KDE mais antigo e sway (kde-idle)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-sync)</source>
        <translation>Sessões X11 (x11-sync)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-screensaver)</source>
        <translation>Sessões X11 (x11-screensaver)</translation>
    </message>
    <message>
        <source>None: only screen lock and sleep count</source>
        <translation>Nenhum: só contam o bloqueio de tela e a suspensão</translation>
    </message>
    <message>
        <source>How Flexor notices you are away</source>
        <translation>Como o Flexor percebe que você saiu</translation>
    </message>
    <message>
        <source>&quot;The first that works&quot; picks one that works on your desktop; the others force one: GNOME Shell&apos;s idle monitor, most Wayland compositors, older KDE and sway, X11 sessions, or none (only screen lock and sleep count).</source>
        <translation>“O primeiro que funcionar” escolhe um que funcione na sua área de trabalho; os outros forçam um: o monitor de inatividade do GNOME Shell, a maioria dos compositores Wayland, KDE mais antigo e sway, sessões X11, ou nenhum (só contam o bloqueio de tela e a suspensão).</translation>
    </message>
    <message>
        <source>Everything (trace)</source>
        <translation>Tudo (trace)</translation>
    </message>
    <message>
        <source>Details (debug)</source>
        <translation>Detalhes (debug)</translation>
    </message>
    <message>
        <source>What happens (info)</source>
        <translation>O que acontece (info)</translation>
    </message>
    <message>
        <source>Warnings and errors (warn)</source>
        <translation>Avisos e erros (warn)</translation>
    </message>
    <message>
        <source>Errors only (error)</source>
        <translation>Só erros (error)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Quanto o registro diz</translation>
    </message>
    <message>
        <source>How much Flexor writes to its log: trace, debug, info, warn or error.</source>
        <translation>Quanto o Flexor escreve no registro: trace, debug, info, warn ou error.</translation>
    </message>
    <message>
        <source>None: Remind after and Stand for count</source>
        <translation>Nenhum: valem “Lembrar após” e “Ficar em pé por”</translation>
    </message>
    <message>
        <source>Cornell&apos;s 20-8-2: sit 20, stand 8, move 2</source>
        <translation>20-8-2 de Cornell: sentado 20, em pé 8, em movimento 2</translation>
    </message>
    <message>
        <source>My own rhythm</source>
        <translation>Meu próprio ritmo</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>A ready-made rhythm in place of Remind after: the reminder comes after the sitting minutes and offers standing for the standing minutes; then the question suggests moving about. It turns the standing desk on.</source>
        <translation>Um ritmo pronto no lugar de “Lembrar após”: o lembrete vem após os minutos sentado e oferece ficar em pé pelos minutos em pé; depois a pergunta sugere se movimentar. Ele ativa a mesa para trabalhar em pé.</translation>
    </message>
    <message>
        <source>My own rhythm, SIT-STAND-MOVE</source>
        <translation>Meu próprio ritmo, SENTADO-EM PÉ-MOVIMENTO</translation>
    </message>
    <message>
        <source>Minutes of sitting, standing and moving, e.g. 20-8-2. Sitting and standing from 1 to 480, moving from 0 to 60.</source>
        <translation>Minutos sentado, em pé e em movimento, p. ex. 20-8-2. Sentado e em pé de 1 a 480, em movimento de 0 a 60.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Use my GNOME Calendar / Evolution calendars</source>
        <translation>Usar minhas agendas do GNOME Agenda / Evolution</translation>
    </message>
    <message>
        <source>Meetings in the calendars GNOME Calendar and Evolution show count, as the files and addresses below do.</source>
        <translation>Contam as reuniões das agendas que o GNOME Agenda e o Evolution mostram, como os arquivos e endereços abaixo.</translation>
    </message>
    <message>
        <source>Calendars followed</source>
        <translation>Agendas acompanhadas</translation>
    </message>
    <message>
        <source>Calendars whose meetings Flexor follows: .ics files, folders of them and http(s) addresses of published calendars. During a meeting you count as sitting even away from the computer, and a due reminder waits until it ends. Busy events only: all-day, free and declined events do not count.</source>
        <translation>Agendas cujas reuniões o Flexor acompanha: arquivos .ics, pastas deles e endereços http(s) de agendas publicadas. Durante uma reunião você conta como sentado mesmo longe do computador, e um lembrete devido espera até ela terminar. Só eventos ocupados: os de dia inteiro, livres e recusados não contam.</translation>
    </message>
    <message>
        <source>Calendar to add</source>
        <translation>Agenda a adicionar</translation>
    </message>
    <message>
        <source>An .ics file, a folder of them or the http(s) address of a published calendar.</source>
        <translation>Um arquivo .ics, uma pasta deles ou o endereço http(s) de uma agenda publicada.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Adicionar um arquivo…</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>Um arquivo de agenda</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Adicionar uma pasta…</translation>
    </message>
    <message>
        <source>A folder of calendar files</source>
        <translation>Uma pasta de arquivos de agenda</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Not meetings: titles with</source>
        <translation>Não são reuniões: títulos com</translation>
    </message>
    <message>
        <source>lunch, walk</source>
        <translation>almoço, caminhada</translation>
    </message>
    <message>
        <source>Events whose title holds one of these words (any case, separated by commas) are not meetings.</source>
        <translation>Eventos cujo título contém uma destas palavras (maiúsculas ou minúsculas, separadas por vírgulas) não são reuniões.</translation>
    </message>
    <message>
        <source>Meeting titles in flexor status</source>
        <translation>Títulos das reuniões no flexor status</translation>
    </message>
    <message>
        <source>flexor status --json gives the next meeting&apos;s title too. Titles never reach the log.</source>
        <translation>flexor status --json informa também o título da próxima reunião. Os títulos nunca vão para o registro.</translation>
    </message>
    <message>
        <source>Stretch before a long meeting within</source>
        <translation>Alongar-se antes de uma reunião longa que começa dentro de</translation>
    </message>
    <message>
        <source>A reminder that would fall due during a long calendar meeting starting within this time comes before the meeting instead, once you have sat at least half of Remind after. 0s turns this off. From 0s to 2h.</source>
        <translation>Um lembrete que venceria durante uma reunião longa da agenda que começa dentro deste tempo vem antes da reunião, assim que você tiver ficado sentado pelo menos metade de “Lembrar após”. 0s desativa isso. De 0s a 2h.</translation>
    </message>
    <message>
        <source>A long meeting lasts at least</source>
        <translation>Uma reunião longa dura pelo menos</translation>
    </message>
    <message>
        <source>How long a calendar meeting must be to stretch before it; 0s: any. From 0s to 8h.</source>
        <translation>Quanto uma reunião da agenda precisa durar para se alongar antes dela; 0s: qualquer uma. De 0s a 8h.</translation>
    </message>
    <message>
        <source>Several computers</source>
        <translation>Vários computadores</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Pasta compartilhada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Escolher a pasta compartilhada</translation>
    </message>
    <message>
        <source>One sitting streak across your machines: a folder you already keep in sync between them (Syncthing, Nextcloud or any other), e.g. ~/Sync/flexor. Each machine writes only its own subfolder there; never window titles or key counts. Empty is off. Read when Flexor starts.</source>
        <translation>Uma só sequência sentado em todas as suas máquinas: uma pasta que você já mantém sincronizada entre elas (Syncthing, Nextcloud ou outra), p. ex. ~/Sync/flexor. Cada máquina escreve só a própria subpasta; nunca títulos de janelas nem contagens de teclas. Vazia é desligado. Lida quando o Flexor inicia.</translation>
    </message>
    <message>
        <source>Clocks may differ by</source>
        <translation>Os relógios podem diferir em</translation>
    </message>
    <message>
        <source>How far the clocks of your machines may differ; times from further ahead are ignored. From 0s to 10m.</source>
        <translation>Quanto os relógios das suas máquinas podem diferir; horários mais adiantados são ignorados. De 0s a 10m.</translation>
    </message>
</context>
<context>
    <name>flexor::window::WelcomePage</name>
    <message>
        <source>Welcome to Flexor</source>
        <translation>Boas-vindas ao Flexor</translation>
    </message>
    <message>
        <source>Start Flexor when I log in</source>
        <translation>Iniciar o Flexor quando eu entrar</translation>
    </message>
    <message>
        <source>Try the routine</source>
        <translation>Experimentar a rotina</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Flexor counts how long you sit without a break. After %1 it reminds you to get up for a short guided stretch of the hip flexors. Getting up, locking the screen or stepping away starts the count again.</source>
        <translation>O Flexor conta quanto tempo você fica sentado sem pausa. Depois de %1 ele lembra você de se levantar para um breve alongamento guiado dos flexores do quadril. Levantar-se, bloquear a tela ou se afastar recomeça a contagem.</translation>
    </message>
    <message>
        <source>It is counting now.</source>
        <translation>Ele já está contando.</translation>
    </message>
    <message>
        <source>It starts counting %1.</source>
        <translation>Ele começa a contar %1.</translation>
    </message>
    <message>
        <source>It is not counting: no day of the schedule is on.</source>
        <translation>Ele não está contando: nenhum dia do horário está ligado.</translation>
    </message>
    <message>
        <source>It keeps this schedule: %1. %2 You can change it under Settings.</source>
        <translation>Ele segue este horário: %1. %2 Você pode mudá-lo em Configurações.</translation>
    </message>
</context>
</TS>
