<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>flexor::cli</name>
    <message>
        <source>The systemd user unit flexor.service is enabled as well; it starts Flexor at login too. One way is enough: `systemctl --user disable flexor.service` turns the unit off.
</source>
        <translation>L’unité utilisateur systemd flexor.service est aussi activée ; elle lance également Flexor à la connexion. Un seul moyen suffit : `systemctl --user disable flexor.service` désactive l’unité.
</translation>
    </message>
    <message>
        <source>enabled: Flexor starts at login (%1)
</source>
        <translation>activé : Flexor démarre à la connexion (%1)
</translation>
    </message>
    <message>
        <source>disabled: no autostart entry starts Flexor at login
</source>
        <translation>désactivé : aucune entrée de démarrage automatique ne lance Flexor à la connexion
</translation>
    </message>
    <message>
        <source>The systemd user unit flexor.service is enabled and starts Flexor with the graphical session.
</source>
        <translation>L’unité utilisateur systemd flexor.service est activée et lance Flexor avec la session graphique.
</translation>
    </message>
    <message>
        <source>flexor: %1
</source>
        <translation>flexor : %1
</translation>
    </message>
    <message>
        <source>Flexor will start at login (%1).
</source>
        <translation>Flexor démarrera à la connexion (%1).
</translation>
    </message>
    <message>
        <source>Flexor will no longer start at login through an autostart entry.
</source>
        <translation>Flexor ne démarrera plus à la connexion par une entrée de démarrage automatique.
</translation>
    </message>
    <message>
        <source>flexor: autostart takes one of enable, disable or status
</source>
        <translation>flexor : autostart attend enable, disable ou status
</translation>
    </message>
    <message>
        <source>flexor: unknown autostart action &apos;%1&apos; (use enable, disable or status)
</source>
        <translation>flexor : action autostart inconnue « %1 » (utilisez enable, disable ou status)
</translation>
    </message>
    <message>
        <source>flexor: no session bus, so no running Flexor can be reached.</source>
        <translation>flexor : pas de bus de session, aucun Flexor en cours ne peut être joint.</translation>
    </message>
    <message>
        <source>flexor: the daemon is not running (start it with: flexor)</source>
        <translation>flexor : le service n’est pas lancé (démarrez-le avec : flexor)</translation>
    </message>
    <message>
        <source>status takes --json, --waybar and --follow</source>
        <translation>status accepte --json, --waybar et --follow</translation>
    </message>
    <message>
        <source>flexor: cannot follow the daemon&apos;s changes on the session bus</source>
        <translation>flexor : impossible de suivre les changements du démon sur le bus de session</translation>
    </message>
    <message>
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze accepte au plus une durée, p. ex. flexor snooze 15m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>« %1 », c’est plus d’une semaine ; indiquez une durée plus courte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 10m, 90s, 1h30m)</source>
        <translation>« %1 » n’est pas une durée (p. ex. 10m, 90s, 1h30m)</translation>
    </message>
    <message>
        <source>pause takes one duration or &apos;tomorrow&apos;</source>
        <translation>pause attend une durée ou « tomorrow »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>« %1 », c’est plus d’une semaine ; indiquez une durée plus courte ou « tomorrow »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>« %1 » n’est ni une durée ni « tomorrow »</translation>
    </message>
    <message>
        <source>stretch takes no option &apos;%1&apos;, only a routine name (see flexor --help)</source>
        <translation>stretch ne prend pas l’option « %1 », seulement un nom de routine (voir flexor --help)</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch accepte au plus un nom de routine</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 n’accepte aucun argument</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>commande inconnue « %1 » (voir flexor --help)</translation>
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
        <translation>Usage : flexor [--verbose]
        flexor COMMANDE [ARGUMENTS]

Flexor mesure combien de temps vous restez assis sans pause et, passé un seuil, vous
rappelle de vous lever pour un court étirement guidé du psoas (fléchisseur de la hanche).
Sans commande, il lance le service pour cette session de bureau ; si Flexor
tourne déjà, il ouvre plutôt la fenêtre de Flexor.

Commandes (s’adressent au service en cours) :
  status [--json | --waybar] [--follow]   afficher l’état ; --follow affiche chaque changement
  stretch [ROUTINE]     lancer la routine guidée maintenant (par défaut : celle configurée)
  snooze [DURÉE]        reporter le rappel (par défaut : le report configuré)
  skip                  passer cette pause ; le temps assis repart de zéro
  pause [DURÉE | tomorrow]   mettre les rappels en pause (par défaut : jusqu’à demain)
  resume                terminer une pause
  stand                 mode bureau debout : le temps assis n’augmente pas
  sit                   quitter le mode debout
  window [now | statistics | settings]   ouvrir la fenêtre de Flexor (sur cette page)
  reload                relire le fichier de configuration
  quit                  arrêter le service

Commandes (fonctionnent sans le service) :
  check-config [FICHIER]   vérifier un fichier de configuration (par défaut : celui de
                        l’utilisateur) et les routines ; un FICHIER dans un dossier routines
                        ou contenant [[step]] est une routine
  stats [--days N] [--json | --csv]   temps assis et pauses par jour (par défaut : 7 jours,
                        3650 au plus)
  autostart [enable | disable | status]   lancer Flexor à la connexion (démarrage automatique XDG)
  config get CLÉ | set CLÉ VALEUR | reset CLÉ | path
                        lire ou modifier un réglage du fichier de configuration, en
                        gardant ses commentaires ; le service lancé l’applique (VALEUR
                        comme 30m, true, 3 ou mon,tue,wed)

Options :
  --verbose             journaliser les détails de débogage (service)
  --activate            permettre à une commande de lancer le service s’il ne tourne pas
                        (les actions du fichier desktop l’utilisent ; sinon code de sortie 2)
  -h, --help            afficher cette aide
  --version             afficher la version

Les durées s’écrivent par exemple 45m, 90s ou 1h30m.
Configuration : $XDG_CONFIG_HOME/flexor/config.toml ; journal : $XDG_STATE_HOME/flexor/flexor.log
Codes de sortie : 0 terminé, 1 échec, 2 service non lancé, 64 mauvaise utilisation,
65 le fichier de configuration contient des erreurs (config n’y touche pas).
</translation>
    </message>
    <message>
        <source>Flexor is already running in this session; opening its window.
</source>
        <translation>Flexor tourne déjà dans cette session ; ouverture de sa fenêtre.
</translation>
    </message>
    <message>
        <source>flexor: check-config takes at most one file
</source>
        <translation>flexor : check-config accepte au plus un fichier
</translation>
    </message>
    <message>
        <source>flexor: stats takes --days N, --json and --csv
</source>
        <translation>flexor : stats accepte --days N, --json et --csv
</translation>
    </message>
    <message>
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor : --days attend un nombre entier de jours entre 1 et %1
</translation>
    </message>
    <message>
        <source>flexor: window takes one page: now, statistics or settings
</source>
        <translation>flexor : window prend une page : now, statistics ou settings
</translation>
    </message>
    <message>
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor : commande ou option inconnue « %1 » (voir flexor --help)
</translation>
    </message>
    <message>
        <source>flexor: config takes get KEY, set KEY VALUE, reset KEY or path
</source>
        <translation>flexor: config prend get CLÉ, set CLÉ VALEUR, reset CLÉ ou path
</translation>
    </message>
    <message>
        <source>flexor: the config file has errors, so it was left as it is; fix them first:
</source>
        <translation>flexor: le fichier de configuration contient des erreurs, il n’a donc pas été modifié ; corrigez-les d’abord :
</translation>
    </message>
    <message>
        <source>flexor: there is no routine named &apos;%1&apos; (shipped or in %2)
</source>
        <translation>flexor: aucune routine ne s’appelle « %1 » (fournie ou dans %2)
</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>assis</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>plus long</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passées</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>spontanées</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>rappels</translation>
    </message>
    <message>
        <source>Longest streaks:</source>
        <translation>Plus longues périodes assis :</translation>
    </message>
    <message>
        <source>flexor stats: --days needs a number of days of at least 1</source>
        <translation>flexor stats : --days attend un nombre de jours d’au moins 1</translation>
    </message>
    <message>
        <source>flexor stats: cannot read the history in %1</source>
        <translation>flexor stats : impossible de lire l’historique dans %1</translation>
    </message>
    <message>
        <source>No history yet: %1 is empty.</source>
        <translation>Pas encore d’historique : %1 est vide.</translation>
    </message>
    <message>
        <source>No history yet: %1 does not exist.</source>
        <translation>Pas encore d’historique : %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>flexor::dbus::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 secondes, c’est plus d’une semaine ; indiquez une durée plus courte.</translation>
    </message>
</context>
<context>
    <name>flexor::platform::DesktopSessionWatcher</name>
    <message>
        <source>Saving the sitting streak before the computer sleeps</source>
        <translation>Enregistrement de la période assise avant la mise en veille</translation>
    </message>
</context>
<context>
    <name>flexor::platform::NoPresenceMonitor</name>
    <message>
        <source>activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked</source>
        <translation>l’activité ne peut pas être détectée sur ce bureau : le temps est compté tant que l’écran est déverrouillé</translation>
    </message>
</context>
<context>
    <name>flexor::routine::BreakScreenMirror</name>
    <message>
        <source>Break screen: %1</source>
        <translation>Écran de pause : %1</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Image de la posture : %1</translation>
    </message>
</context>
<context>
    <name>flexor::routine::CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Secondes restantes : %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>flexor::routine::GuidePlayer</name>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Tenez %n seconde.</numerusform>
            <numerusform>Tenez %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 of %2.</source>
        <translation>Série %1 sur %2.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Tenez.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation>Terminé. Bravo.</translation>
    </message>
</context>
<context>
    <name>flexor::routine::RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Guided routine: %1</source>
        <translation>Routine guidée : %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Mettre en pause ou reprendre</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Arrêter la routine</translation>
    </message>
    <message>
        <source>Mute or unmute voice and sounds</source>
        <translation>Couper ou rétablir la voix et les sons</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Well done, that was your break.</source>
        <translation>Bravo, c’était votre pause.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Skip break</source>
        <translation>Passer la pause</translation>
    </message>
    <message>
        <source>Your first routine today.</source>
        <translation>Votre première routine aujourd’hui.</translation>
    </message>
    <message>
        <source>Routines finished today: %1</source>
        <translation>Routines terminées aujourd’hui : %1</translation>
    </message>
    <message>
        <source>Skip this break?</source>
        <translation>Passer cette pause ?</translation>
    </message>
    <message>
        <source>You have put this break off several times. Skip it anyway?</source>
        <translation>Vous avez déjà reporté cette pause plusieurs fois. La passer quand même ?</translation>
    </message>
    <message>
        <source>Skip the break</source>
        <translation>Passer la pause</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Préparez-vous : %1</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Série %1 sur %2</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>À faire :</translation>
    </message>
    <message>
        <source>Feel:</source>
        <translation>Ressenti :</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>À éviter :</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Next: the end. Almost there!</source>
        <translation>Ensuite : la fin. Presque fini !</translation>
    </message>
    <message>
        <source>Picture of the pose: %1</source>
        <translation>Image de la posture : %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Changez de côté : %1</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>série %1 sur %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Durée : %1:%2</translation>
    </message>
</context>
<context>
    <name>flexor::service</name>
    <message>
        <source>Snooze %1</source>
        <translation>Reporter de %1</translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>Le moment d’un court étirement du psoas ?</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>Un étirement du psoas de %n seconde ?</numerusform>
            <numerusform>Un étirement du psoas de %n secondes ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>Un étirement du psoas de %n minute ?</numerusform>
            <numerusform>Un étirement du psoas de %n minutes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it</source>
        <translation>Réunion à %1 : étirez-vous avant</translation>
    </message>
    <message>
        <source>Meeting at %1: stretch before it. You have sat for %2. %3</source>
        <translation>Réunion à %1 : étirez-vous avant. Vous êtes assis depuis %2. %3</translation>
    </message>
    <message>
        <source>Meeting over</source>
        <translation>Réunion terminée</translation>
    </message>
    <message>
        <source>Meeting over: you have been sitting %1. %2</source>
        <translation>Réunion terminée : vous êtes assis depuis %1. %2</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Vous êtes assis depuis longtemps</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Assis depuis %1, reporté %n fois. %2</numerusform>
            <numerusform>Assis depuis %1, reporté %n fois. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to get up</source>
        <translation>Il est temps de se lever</translation>
    </message>
    <message>
        <source>Sitting for %1. %2</source>
        <translation>Assis depuis %1. %2</translation>
    </message>
    <message>
        <source>Reminder %1 today; %2 of sitting so far today.</source>
        <translation>Rappel n° %1 aujourd’hui ; %2 assis jusqu’ici aujourd’hui.</translation>
    </message>
    <message>
        <source>Answer from the tray icon, or run: flexor stretch</source>
        <translation>Répondez depuis l’icône de la zone de notification, ou lancez : flexor stretch</translation>
    </message>
    <message>
        <source>Start stretch</source>
        <translation>Commencer l’étirement</translation>
    </message>
    <message>
        <source>Stand for a while</source>
        <translation>Rester debout un moment</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>flexor::service::BreakNotices</name>
    <message>
        <source>Rest your eyes</source>
        <translation>Reposez vos yeux</translation>
    </message>
    <message>
        <source>Look at something about 6 m away for %1.</source>
        <translation>Regardez quelque chose à environ 6 m pendant %1.</translation>
    </message>
    <message>
        <source>Enough sitting for today</source>
        <translation>Assez assis pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>You have sat for %1 today, past your budget of %2. Work standing for a while, or go for a walk.</source>
        <translation>Vous êtes resté assis %1 aujourd&apos;hui, au-delà de votre budget de %2. Travaillez debout un moment, ou allez marcher.</translation>
    </message>
    <message>
        <source>Back to sitting?</source>
        <translation>Se rasseoir ?</translation>
    </message>
    <message>
        <source>Your standing time is up. Walk about for %1, then sit down again.</source>
        <translation>Votre temps debout est écoulé. Marchez un peu pendant %1, puis rasseyez-vous.</translation>
    </message>
    <message>
        <source>Your standing time is up.</source>
        <translation>Votre temps debout est écoulé.</translation>
    </message>
    <message>
        <source>Back to sitting</source>
        <translation>Se rasseoir</translation>
    </message>
    <message>
        <source>Keep standing</source>
        <translation>Rester debout</translation>
    </message>
</context>
<context>
    <name>flexor::service::GnomeWellbeing</name>
    <message>
        <source>GNOME reminds you to move, too</source>
        <translation>GNOME vous rappelle aussi de bouger</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement breaks are on, so you may get two reminders for one break. Flexor can take them over.</source>
        <translation>Les pauses mouvement de GNOME sont activées : vous risquez de recevoir deux rappels pour une même pause. Flexor peut s’en charger à leur place.</translation>
    </message>
    <message>
        <source>Let Flexor remind me</source>
        <translation>Laisser Flexor me le rappeler</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
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
        <translation>Il n’existe pas de routine nommée « %1 » (la clé routine de la configuration) ; Flexor a donc ouvert « %2 » à la place.</translation>
    </message>
    <message>
        <source>Your routine &apos;%1&apos; cannot be used, so Flexor opened the %2 routine &apos;%3&apos; instead.
%4</source>
        <translation>Votre routine « %1 » est inutilisable ; Flexor a donc ouvert à la place la routine %2 « %3 ».
%4</translation>
    </message>
    <message>
        <source>next usable</source>
        <translation>utilisable suivante</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fournie</translation>
    </message>
    <message>
        <source>There is no routine named &apos;%1&apos;.</source>
        <translation>Il n’existe pas de routine nommée « %1 ».</translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; cannot be used: %2</source>
        <translation>La routine « %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>elle ne peut pas être lue</translation>
    </message>
    <message>
        <source>A routine of yours has a problem</source>
        <translation>Une de vos routines pose problème</translation>
    </message>
</context>
<context>
    <name>flexor::service::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>La fenêtre de la routine n’a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SettingsFile</name>
    <message>
        <source>Flexor could not create %1: %2</source>
        <translation>Flexor n&apos;a pas pu créer %1 : %2</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a text editor yourself.</source>
        <translation>Aucun programme n&apos;a pu ouvrir %1. Ouvrez-le vous-même dans un éditeur de texte.</translation>
    </message>
</context>
<context>
    <name>flexor::service::SetupNotices</name>
    <message>
        <source>Flexor&apos;s config file has a problem</source>
        <translation>Le fichier de configuration de Flexor pose problème</translation>
    </message>
    <message>
        <source>%1
Flexor keeps running on the last good settings.</source>
        <translation>%1
Flexor continue avec les derniers réglages valides.</translation>
    </message>
    <message>
        <source>Flexor&apos;s config file could not be opened</source>
        <translation>Le fichier de configuration de Flexor n&apos;a pas pu être ouvert</translation>
    </message>
</context>
<context>
    <name>flexor::service::WindowLauncher</name>
    <message>
        <source>The window has no page &apos;%1&apos; (now, statistics or settings).</source>
        <translation>La fenêtre n’a pas de page « %1 » (now, statistics ou settings).</translation>
    </message>
    <message>
        <source>The Flexor window could not start: %1</source>
        <translation>La fenêtre de Flexor n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>%1 is missing or not executable.</source>
        <translation>%1 est absent ou n’est pas exécutable.</translation>
    </message>
</context>
<context>
    <name>flexor::start</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>Break Reminder</source>
        <translation>Rappel de pause</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Vous rappelle de vous lever et de vous étirer après être resté assis trop longtemps</translation>
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
        <translation>Assis depuis %1 · rappel à %2</translation>
    </message>
    <message>
        <source>Sitting since %1</source>
        <translation>Assis depuis %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting since %1</source>
        <translation>L’heure d’une pause : assis depuis %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting since %2</source>
        <translation>Reporté jusqu’à %1 · assis depuis %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting since %1</source>
        <translation>Reporté · assis depuis %1</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Étirement en cours</translation>
    </message>
    <message>
        <source>Standing until %1</source>
        <translation>Debout jusqu’à %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’à %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Outside active hours</source>
        <translation>Hors des heures actives</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>L’activité ne peut pas être détectée sur ce bureau : le temps est compté tant que l’écran est déverrouillé.</translation>
    </message>
    <message>
        <source>In a meeting since %1 · reminder waits</source>
        <translation>En réunion depuis %1 · le rappel attend</translation>
    </message>
    <message>
        <source>In a meeting · reminder waits</source>
        <translation>En réunion · le rappel attend</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a weekday and a time: Monday 08:00</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder at %2</source>
        <translation>Assis depuis %1 · rappel à %2</translation>
    </message>
    <message>
        <source>Sitting for %1</source>
        <translation>Assis depuis %1</translation>
    </message>
    <message>
        <source>Sitting for %1 · reminder waits</source>
        <translation>Assis depuis %1 · le rappel attend</translation>
    </message>
    <message>
        <source>Time for a break: sitting for %1</source>
        <translation>C’est l’heure d’une pause : assis depuis %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 · sitting for %2</source>
        <translation>Reporté jusqu’à %1 · assis depuis %2</translation>
    </message>
    <message>
        <source>Snoozed · sitting for %1</source>
        <translation>Reporté · assis depuis %1</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Loin du bureau</translation>
    </message>
    <message>
        <source>Outside active hours · counting starts %1</source>
        <translation>Hors des heures actives · le décompte commence %1</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>à toute heure</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays: Monday to Friday</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>on no day (every day of the schedule is off)</source>
        <translation>aucun jour (chaque jour de l’horaire est désactivé)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <comment>days, then the hours: Monday to Friday, 08:00 to 19:00</comment>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>%1 of %2 sitting today</source>
        <translation>%1 sur %2 assis aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Sitting since %1 · reminder waits</source>
        <translation>Assis depuis %1 · le rappel attend</translation>
    </message>
    <message>
        <source>Reminder before your %1 meeting</source>
        <translation>Rappel avant votre réunion de %1</translation>
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
        <translation>Commencer l’étirement</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Start the stretching routine</source>
        <translation>Commencer la routine d’étirements</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Passer cette pause</translation>
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
        <translation>Temps assis par jour</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) over %1 days; %2 of sitting in all</source>
        <translation>
            <numerusform>%n barre sur %1 jours ; %2 assis au total</numerusform>
            <numerusform>%n barres sur %1 jours ; %2 assis au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 sitting, %n break(s)</source>
        <translation>
            <numerusform>%1 : %2 assis, %n pause</numerusform>
            <numerusform>%1 : %2 assis, %n pauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::ui::StatisticsWindow</name>
    <message>
        <source>Flexor statistics</source>
        <translation>Statistiques de Flexor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Longest streaks</source>
        <translation>Plus longues périodes assis</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>assis</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>plus longue période</translation>
    </message>
    <message>
        <source>breaks taken</source>
        <translation>pauses prises</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>rappels</translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation>Temps assis par jour</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <source>No streaks recorded in these days yet.</source>
        <translation>Aucune période assise enregistrée sur ces jours pour l’instant.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>Each bar is a day&apos;s sitting. Above it, ● is a break you took (a stretch, or you got up by yourself) and ○ a break you skipped.</source>
        <translation>Chaque barre est le temps assis d’un jour. Au-dessus, ● est une pause prise (un étirement, ou vous vous êtes levé de vous-même) et ○ une pause sautée.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>flexor::ui::TrayIcon</name>
    <message>
        <source>Start stretch now</source>
        <translation>S’étirer maintenant</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Je suis debout</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>Ouvrir le fichier de configuration</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à la connexion</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
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
        <translation>Pause</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Lancer une routine</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Je suis en réunion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Flexor</source>
        <translation>Ouvrir Flexor</translation>
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
        <translation>Pages de Flexor</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
</context>
<context>
    <name>flexor::window::NowPage</name>
    <message>
        <source>Sitting ring</source>
        <translation>Anneau du temps assis</translation>
    </message>
    <message>
        <source>No tray icon: this desktop shows none (on GNOME the tray needs the AppIndicator extension). Everything is here in this window, and reminders come as notifications.</source>
        <translation>Pas d’icône dans la zone de notification : ce bureau n’en affiche pas (sous GNOME, il faut l’extension AppIndicator). Tout se trouve dans cette fenêtre, et les rappels arrivent en notifications.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>The routine of the day</source>
        <translation>La routine du jour</translation>
    </message>
    <message>
        <source>Stretch now</source>
        <translation>S’étirer maintenant</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>I&apos;m standing</source>
        <translation>Je suis debout</translation>
    </message>
    <message>
        <source>I&apos;m in a meeting</source>
        <translation>Je suis en réunion</translation>
    </message>
    <message>
        <source>Flexor is not running</source>
        <translation>Flexor ne tourne pas</translation>
    </message>
    <message>
        <source>Start Flexor from the applications menu, or run: flexor</source>
        <translation>Lancez Flexor depuis le menu des applications, ou avec : flexor</translation>
    </message>
    <message>
        <source>Activity can&apos;t be sensed on this desktop: counting time while the screen is unlocked.</source>
        <translation>L’activité ne peut pas être détectée sur ce bureau : le temps est compté tant que l’écran est déverrouillé.</translation>
    </message>
</context>
<context>
    <name>flexor::window::SettingsPage</name>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>État des réglages</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Puts every setting on this page back to its documented default. Your comments in the file stay.</source>
        <translation>Remet chaque réglage de cette page à sa valeur par défaut documentée. Vos commentaires dans le fichier restent.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation>Rappeler après</translation>
    </message>
    <message>
        <source>How long you may sit without a real break before Flexor reminds you. From 1s to 8h.</source>
        <translation>Combien de temps vous pouvez rester assis sans vraie pause avant que Flexor vous le rappelle. De 1s à 8h.</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
    </message>
    <message>
        <source>How long &quot;Snooze&quot; puts a reminder off. From 1s to 4h.</source>
        <translation>De combien « Reporter » repousse un rappel. De 1s à 4h.</translation>
    </message>
    <message>
        <source>Snoozes before it insists</source>
        <translation>Reports avant d’insister</translation>
    </message>
    <message>
        <source>After this many snoozes in a row, the next reminder insists more. A whole number from 0 to 20.</source>
        <translation>Après autant de reports d’affilée, le rappel suivant insiste davantage. Un nombre entier de 0 à 20.</translation>
    </message>
    <message>
        <source>Repeat an unanswered reminder every</source>
        <translation>Répéter un rappel sans réponse toutes les</translation>
    </message>
    <message>
        <source>A reminder you neither answer nor dismiss comes back this often. From 1s to 2h.</source>
        <translation>Un rappel auquel vous ne répondez pas et que vous ne fermez pas revient à cette fréquence. De 1s à 2h.</translation>
    </message>
    <message>
        <source>An urgent notification that stays</source>
        <translation>Une notification urgente qui reste</translation>
    </message>
    <message>
        <source>The routine, full screen</source>
        <translation>La routine en plein écran</translation>
    </message>
    <message>
        <source>When it insists</source>
        <translation>Quand il insiste</translation>
    </message>
    <message>
        <source>How the reminder insists after that many snoozes: an urgent notification that stays until answered, or the routine full screen on every monitor (Skip and Esc ask once more before ending it, and then it counts as skipped).</source>
        <translation>Comment le rappel insiste après autant de reports : une notification urgente qui reste jusqu’à la réponse, ou la routine en plein écran sur chaque moniteur (Passer et Échap redemandent avant d’y mettre fin ; elle compte alors comme passée).</translation>
    </message>
    <message>
        <source>Standing mode ends after</source>
        <translation>Le mode debout s’arrête après</translation>
    </message>
    <message>
        <source>Standing mode switches itself off after this long. From 1m to 8h.</source>
        <translation>Le mode debout se désactive de lui-même après cette durée. De 1m à 8h.</translation>
    </message>
    <message>
        <source>Noticing you</source>
        <translation>Vous remarquer</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Absent après</translation>
    </message>
    <message>
        <source>Being idle or having the screen locked for this long counts as having got up, and the sitting count starts again from zero. From 1s to 2h.</source>
        <translation>Rester inactif ou avoir l’écran verrouillé aussi longtemps compte comme s’être levé, et le compte du temps assis repart de zéro. De 1s à 2h.</translation>
    </message>
    <message>
        <source>Videos and calls count as sitting</source>
        <translation>Les vidéos et les appels comptent comme assis</translation>
    </message>
    <message>
        <source>While an application keeps the screen awake (a video, a call) you count as sitting although you do not type; a locked screen still counts as away. Switch it off if you leave videos running when you walk away.</source>
        <translation>Tant qu’une application garde l’écran allumé (une vidéo, un appel), vous comptez comme assis même sans taper ; un écran verrouillé compte toujours comme absent. Désactivez-le si vous laissez tourner des vidéos quand vous vous éloignez.</translation>
    </message>
    <message>
        <source>Notice meetings</source>
        <translation>Détecter les réunions</translation>
    </message>
    <message>
        <source>A camera, a microphone recording or a shared screen make a meeting: you count as sitting, and a reminder that falls due waits until it ends. &quot;I&apos;m in a meeting&quot; in the tray menu does the same by hand.</source>
        <translation>Une caméra, un enregistrement du micro ou un écran partagé font une réunion : vous comptez comme assis, et un rappel qui arrive attend qu’elle se termine. « Je suis en réunion » dans le menu de la zone de notification fait de même à la main.</translation>
    </message>
    <message>
        <source>Longest wait in a meeting</source>
        <translation>Attente maximale en réunion</translation>
    </message>
    <message>
        <source>During a meeting a due reminder waits until the meeting ends, but never longer than this. The meeting still counts as sitting. 0s never waits. From 0s to 4h.</source>
        <translation>Pendant une réunion, un rappel dû attend la fin de la réunion, mais jamais plus longtemps que cela. La réunion compte toujours comme assis. 0s n’attend jamais. De 0s à 4h.</translation>
    </message>
    <message>
        <source>Longest wait while not to be disturbed</source>
        <translation>Attente maximale en mode « Ne pas déranger »</translation>
    </message>
    <message>
        <source>While do-not-disturb is on or a window is fullscreen, a due reminder waits, but never longer than this. 0s never waits. From 0s to 4h.</source>
        <translation>Tant que « Ne pas déranger » est activé ou qu’une fenêtre est en plein écran, un rappel dû attend, mais jamais plus longtemps que cela. 0s n’attend jamais. De 0s à 4h.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Count only on these days and hours</source>
        <translation>Compter seulement ces jours et à ces heures</translation>
    </message>
    <message>
        <source>On: Flexor only counts sitting on the days and within the hours below. Off: it counts at any time.</source>
        <translation>Activé : Flexor ne compte le temps assis que les jours et aux heures ci-dessous. Désactivé : il compte à tout moment.</translation>
    </message>
    <message>
        <source>The days Flexor is active on: at least one.</source>
        <translation>Les jours où Flexor est actif : au moins un.</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Jours actifs</translation>
    </message>
    <message>
        <source>The local time window Flexor is active in, in 24-hour time. An end at or before the start means the window runs past midnight.</source>
        <translation>La plage horaire locale où Flexor est actif, sur 24 heures. Une fin égale ou antérieure au début signifie que la plage passe minuit.</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actif à partir de</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actif jusqu’à</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Heures actives</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Take turns: one routine a day</source>
        <translation>À tour de rôle : une routine par jour</translation>
    </message>
    <message>
        <source>The routine a reminder offers to start. Taking turns runs one routine a calendar day, in order.</source>
        <translation>La routine qu’un rappel propose de lancer. À tour de rôle, une routine par jour calendaire, dans l’ordre.</translation>
    </message>
    <message>
        <source>A routine stopped early counts after</source>
        <translation>Une routine arrêtée tôt compte après</translation>
    </message>
    <message>
        <source>A routine you stop early still counts as a break once it has lasted this long. From 0s to 1h.</source>
        <translation>Une routine que vous arrêtez tôt compte quand même comme une pause si elle a duré aussi longtemps. De 0s à 1h.</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Énoncer les étapes</translation>
    </message>
    <message>
        <source>The routine speaks its steps through the desktop&apos;s speech service, so you can follow it from the floor without seeing the screen.</source>
        <translation>La routine énonce ses étapes par le service vocal du bureau, pour que vous puissiez la suivre depuis le sol sans voir l’écran.</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>Jouer des signaux sonores</translation>
    </message>
    <message>
        <source>Soft sounds from the desktop&apos;s sound theme at the start of each hold, when switching sides and at the end.</source>
        <translation>Des sons doux du thème sonore du bureau au début de chaque maintien, au changement de côté et à la fin.</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the tray, notifications, windows and routines. Read when Flexor starts.</source>
        <translation>La langue de l’icône de notification, des notifications, des fenêtres et des routines. Lue au démarrage de Flexor.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Start Flexor at login</source>
        <translation>Lancer Flexor à la connexion</translation>
    </message>
    <message>
        <source>Flexor starts with your desktop session (an XDG autostart entry).</source>
        <translation>Flexor démarre avec votre session de bureau (une entrée de démarrage automatique XDG).</translation>
    </message>
    <message>
        <source>Days of statistics kept</source>
        <translation>Jours de statistiques conservés</translation>
    </message>
    <message>
        <source>Days of history kept for the statistics; older records are deleted. From 1 to 3650.</source>
        <translation>Jours d’historique conservés pour les statistiques ; les entrées plus anciennes sont supprimées. De 1 à 3650.</translation>
    </message>
    <message>
        <source>Your settings file has a mistake, so nothing here can be changed until it is fixed. Flexor keeps its last good settings meanwhile.</source>
        <translation>Votre fichier de réglages contient une erreur : rien ne peut être modifié ici tant qu’elle n’est pas corrigée. Flexor garde entre-temps ses derniers réglages valides.</translation>
    </message>
    <message>
        <source>The settings file has a mistake: %1</source>
        <translation>Le fichier de réglages contient une erreur : %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Defaults restored</source>
        <translation>Valeurs par défaut rétablies</translation>
    </message>
    <message>
        <source>Breaks and standing</source>
        <translation>Pauses et station debout</translation>
    </message>
    <message>
        <source>I have a standing desk</source>
        <translation>J’ai un bureau assis-debout</translation>
    </message>
    <message>
        <source>The reminder offers &quot;Stand for a while&quot; beside &quot;Start stretch&quot;; after the time below a small notification asks whether to sit again.</source>
        <translation>Le rappel propose « Rester debout un moment » à côté de « Commencer l’étirement » ; après la durée ci-dessous, une petite notification demande si vous voulez vous rasseoir.</translation>
    </message>
    <message>
        <source>Stand for</source>
        <translation>Rester debout pendant</translation>
    </message>
    <message>
        <source>How long &quot;Stand for a while&quot; lasts before Flexor asks whether to sit again. From 1s to 4h.</source>
        <translation>Durée de « Rester debout un moment » avant que Flexor demande si vous voulez vous rasseoir. De 1s à 4h.</translation>
    </message>
    <message>
        <source>Eye breaks (20-20-20)</source>
        <translation>Pauses pour les yeux (20-20-20)</translation>
    </message>
    <message>
        <source>After a while of looking at the screen, a small notification asks you to look at something about 6 m away, and closes itself when the time is up. None comes during do-not-disturb, a fullscreen window or a meeting.</source>
        <translation>Après un moment passé devant l’écran, une petite notification vous invite à regarder quelque chose à environ 6 m et se ferme d’elle-même une fois le temps écoulé. Aucune ne vient pendant « ne pas déranger », une fenêtre en plein écran ou une réunion.</translation>
    </message>
    <message>
        <source>Eye break every</source>
        <translation>Pause pour les yeux toutes les</translation>
    </message>
    <message>
        <source>Screen time between two eye breaks. From 1s to 4h.</source>
        <translation>Temps d’écran entre deux pauses pour les yeux. De 1s à 4h.</translation>
    </message>
    <message>
        <source>Look away for</source>
        <translation>Regarder ailleurs pendant</translation>
    </message>
    <message>
        <source>How long an eye break lasts. From 1s to 5m.</source>
        <translation>Durée d’une pause pour les yeux. De 1s à 5m.</translation>
    </message>
    <message>
        <source>Daily sitting budget</source>
        <translation>Budget quotidien de temps assis</translation>
    </message>
    <message>
        <source>Once today&apos;s sitting passes this, one notification that day suggests standing or a walk. 0s means no budget. From 0s to 24h.</source>
        <translation>Dès que le temps assis du jour le dépasse, une notification ce jour-là suggère de vous lever ou de marcher. 0s signifie aucun budget. De 0s à 24h.</translation>
    </message>
    <message>
        <source>The first that works on this desktop</source>
        <translation>Le premier qui fonctionne sur ce bureau</translation>
    </message>
    <message>
        <source>GNOME Shell&apos;s idle monitor</source>
        <translation>Le moniteur d&apos;inactivité de GNOME Shell</translation>
    </message>
    <message>
        <source>Most Wayland compositors (ext-idle-notify)</source>
        <translation>La plupart des compositeurs Wayland (ext-idle-notify)</translation>
    </message>
    <message>
        <source>Older KDE and sway (kde-idle)</source>
        <translation>Anciens KDE et sway (kde-idle)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-sync)</source>
        <translation>Sessions X11 (x11-sync)</translation>
    </message>
    <message>
        <source>X11 sessions (x11-screensaver)</source>
        <translation>Sessions X11 (x11-screensaver)</translation>
    </message>
    <message>
        <source>None: only screen lock and sleep count</source>
        <translation>Aucun : seuls le verrouillage de l&apos;écran et la veille comptent</translation>
    </message>
    <message>
        <source>How Flexor notices you are away</source>
        <translation>Comment Flexor remarque votre absence</translation>
    </message>
    <message>
        <source>&quot;The first that works&quot; picks one that works on your desktop; the others force one: GNOME Shell&apos;s idle monitor, most Wayland compositors, older KDE and sway, X11 sessions, or none (only screen lock and sleep count).</source>
        <translation>« Le premier qui fonctionne » en choisit un qui fonctionne sur votre bureau ; les autres en imposent un : le moniteur d&apos;inactivité de GNOME Shell, la plupart des compositeurs Wayland, les anciens KDE et sway, les sessions X11, ou aucun (seuls le verrouillage de l&apos;écran et la veille comptent).</translation>
    </message>
    <message>
        <source>Everything (trace)</source>
        <translation>Tout (trace)</translation>
    </message>
    <message>
        <source>Details (debug)</source>
        <translation>Détails (debug)</translation>
    </message>
    <message>
        <source>What happens (info)</source>
        <translation>Ce qui se passe (info)</translation>
    </message>
    <message>
        <source>Warnings and errors (warn)</source>
        <translation>Avertissements et erreurs (warn)</translation>
    </message>
    <message>
        <source>Errors only (error)</source>
        <translation>Erreurs seulement (error)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Ce que dit le journal</translation>
    </message>
    <message>
        <source>How much Flexor writes to its log: trace, debug, info, warn or error.</source>
        <translation>Ce que Flexor écrit dans son journal : trace, debug, info, warn ou error.</translation>
    </message>
    <message>
        <source>None: Remind after and Stand for count</source>
        <translation>Aucun : « Rappeler après » et « Rester debout pendant » comptent</translation>
    </message>
    <message>
        <source>Cornell&apos;s 20-8-2: sit 20, stand 8, move 2</source>
        <translation>20-8-2 de Cornell : assis 20, debout 8, bouger 2</translation>
    </message>
    <message>
        <source>My own rhythm</source>
        <translation>Mon propre rythme</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>A ready-made rhythm in place of Remind after: the reminder comes after the sitting minutes and offers standing for the standing minutes; then the question suggests moving about. It turns the standing desk on.</source>
        <translation>Un rythme tout prêt à la place de « Rappeler après » : le rappel vient après les minutes assises et propose de rester debout pendant les minutes debout ; ensuite la question suggère de bouger. Il active le bureau assis-debout.</translation>
    </message>
    <message>
        <source>My own rhythm, SIT-STAND-MOVE</source>
        <translation>Mon propre rythme, ASSIS-DEBOUT-BOUGER</translation>
    </message>
    <message>
        <source>Minutes of sitting, standing and moving, e.g. 20-8-2. Sitting and standing from 1 to 480, moving from 0 to 60.</source>
        <translation>Minutes assis, debout et en mouvement, p. ex. 20-8-2. Assis et debout de 1 à 480, en mouvement de 0 à 60.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Use my GNOME Calendar / Evolution calendars</source>
        <translation>Utiliser mes agendas de GNOME Agenda / Evolution</translation>
    </message>
    <message>
        <source>Meetings in the calendars GNOME Calendar and Evolution show count, as the files and addresses below do.</source>
        <translation>Les réunions des agendas que montrent GNOME Agenda et Evolution comptent, comme les fichiers et adresses ci-dessous.</translation>
    </message>
    <message>
        <source>Calendars followed</source>
        <translation>Agendas suivis</translation>
    </message>
    <message>
        <source>Calendars whose meetings Flexor follows: .ics files, folders of them and http(s) addresses of published calendars. During a meeting you count as sitting even away from the computer, and a due reminder waits until it ends. Busy events only: all-day, free and declined events do not count.</source>
        <translation>Les agendas dont Flexor suit les réunions : fichiers .ics, dossiers de fichiers et adresses http(s) d&apos;agendas publiés. Pendant une réunion vous comptez comme assis, même loin de l&apos;ordinateur, et un rappel dû attend qu&apos;elle finisse. Seuls les événements occupés comptent : ni ceux d&apos;une journée entière, ni les libres, ni les refusés.</translation>
    </message>
    <message>
        <source>Calendar to add</source>
        <translation>Agenda à ajouter</translation>
    </message>
    <message>
        <source>An .ics file, a folder of them or the http(s) address of a published calendar.</source>
        <translation>Un fichier .ics, un dossier de fichiers ou l&apos;adresse http(s) d&apos;un agenda publié.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>Un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>A folder of calendar files</source>
        <translation>Un dossier de fichiers d&apos;agenda</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Not meetings: titles with</source>
        <translation>Pas des réunions : titres contenant</translation>
    </message>
    <message>
        <source>lunch, walk</source>
        <translation>déjeuner, marche</translation>
    </message>
    <message>
        <source>Events whose title holds one of these words (any case, separated by commas) are not meetings.</source>
        <translation>Les événements dont le titre contient un de ces mots (majuscules ou minuscules, séparés par des virgules) ne sont pas des réunions.</translation>
    </message>
    <message>
        <source>Meeting titles in flexor status</source>
        <translation>Titres des réunions dans flexor status</translation>
    </message>
    <message>
        <source>flexor status --json gives the next meeting&apos;s title too. Titles never reach the log.</source>
        <translation>flexor status --json donne aussi le titre de la prochaine réunion. Les titres n&apos;arrivent jamais dans le journal.</translation>
    </message>
    <message>
        <source>Stretch before a long meeting within</source>
        <translation>S&apos;étirer avant une longue réunion qui commence dans</translation>
    </message>
    <message>
        <source>A reminder that would fall due during a long calendar meeting starting within this time comes before the meeting instead, once you have sat at least half of Remind after. 0s turns this off. From 0s to 2h.</source>
        <translation>Un rappel qui tomberait pendant une longue réunion d&apos;agenda commençant dans ce délai vient plutôt avant la réunion, dès que vous êtes resté assis au moins la moitié de « Rappeler après ». 0s désactive cela. De 0s à 2h.</translation>
    </message>
    <message>
        <source>A long meeting lasts at least</source>
        <translation>Une longue réunion dure au moins</translation>
    </message>
    <message>
        <source>How long a calendar meeting must be to stretch before it; 0s: any. From 0s to 8h.</source>
        <translation>La durée qu&apos;une réunion d&apos;agenda doit avoir pour s&apos;étirer avant ; 0s : toutes. De 0s à 8h.</translation>
    </message>
    <message>
        <source>Several computers</source>
        <translation>Plusieurs ordinateurs</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <source>One sitting streak across your machines: a folder you already keep in sync between them (Syncthing, Nextcloud or any other), e.g. ~/Sync/flexor. Each machine writes only its own subfolder there; never window titles or key counts. Empty is off. Read when Flexor starts.</source>
        <translation>Une seule série assise sur toutes vos machines : un dossier que vous synchronisez déjà entre elles (Syncthing, Nextcloud ou autre), p. ex. ~/Sync/flexor. Chaque machine n&apos;y écrit que son propre sous-dossier ; jamais de titres de fenêtres ni de nombres de touches. Vide : désactivé. Lu au démarrage de Flexor.</translation>
    </message>
    <message>
        <source>Clocks may differ by</source>
        <translation>Les horloges peuvent différer de</translation>
    </message>
    <message>
        <source>How far the clocks of your machines may differ; times from further ahead are ignored. From 0s to 10m.</source>
        <translation>L&apos;écart permis entre les horloges de vos machines ; les heures plus en avance sont ignorées. De 0s à 10m.</translation>
    </message>
</context>
<context>
    <name>flexor::window::WelcomePage</name>
    <message>
        <source>Welcome to Flexor</source>
        <translation>Bienvenue dans Flexor</translation>
    </message>
    <message>
        <source>Start Flexor when I log in</source>
        <translation>Lancer Flexor à l’ouverture de session</translation>
    </message>
    <message>
        <source>Try the routine</source>
        <translation>Essayer la routine</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Flexor counts how long you sit without a break. After %1 it reminds you to get up for a short guided stretch of the hip flexors. Getting up, locking the screen or stepping away starts the count again.</source>
        <translation>Flexor compte combien de temps vous restez assis sans pause. Après %1, il vous rappelle de vous lever pour un court étirement guidé des fléchisseurs de la hanche. Vous lever, verrouiller l’écran ou vous éloigner remet le compte à zéro.</translation>
    </message>
    <message>
        <source>It is counting now.</source>
        <translation>Il compte dès maintenant.</translation>
    </message>
    <message>
        <source>It starts counting %1.</source>
        <translation>Il commence à compter %1.</translation>
    </message>
    <message>
        <source>It is not counting: no day of the schedule is on.</source>
        <translation>Il ne compte pas : aucun jour de l’horaire n’est activé.</translation>
    </message>
    <message>
        <source>It keeps this schedule: %1. %2 You can change it under Settings.</source>
        <translation>Il suit cet horaire : %1. %2 Vous pouvez le changer dans Réglages.</translation>
    </message>
</context>
</TS>
