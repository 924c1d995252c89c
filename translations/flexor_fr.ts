<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>flexor::app</name>
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
        <source>Break Reminder</source>
        <translation>Rappel de pause</translation>
    </message>
    <message>
        <source>Reminds you to get up and stretch after sitting for too long</source>
        <translation>Vous rappelle de vous lever et de vous étirer après être resté assis trop longtemps</translation>
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
        <source>snooze takes at most one duration, e.g. flexor snooze 15m</source>
        <translation>snooze accepte au plus une durée, p. ex. flexor snooze 15m</translation>
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
        <source>&apos;%1&apos; is not a duration or &apos;tomorrow&apos;</source>
        <translation>« %1 » n’est ni une durée ni « tomorrow »</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 n’accepte aucun argument</translation>
    </message>
    <message>
        <source>stretch takes at most one routine name</source>
        <translation>stretch accepte au plus un nom de routine</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see flexor --help)</source>
        <translation>commande inconnue « %1 » (voir flexor --help)</translation>
    </message>
    <message>
        <source>Flexor is already running in this session.</source>
        <translation>Flexor est déjà lancé dans cette session.</translation>
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
        <source>flexor: unknown command or option &apos;%1&apos; (see flexor --help)
</source>
        <translation>flexor : commande ou option inconnue « %1 » (voir flexor --help)
</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Reporter de %1</translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>Un étirement du psoas de %n minute ?</numerusform>
            <numerusform>Un étirement du psoas de %n minutes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a short psoas stretch?</source>
        <translation>Le moment d’un court étirement du psoas ?</translation>
    </message>
    <message>
        <source>You have been sitting a long time</source>
        <translation>Vous êtes assis depuis longtemps</translation>
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
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Sitting %1 · reminder in %2</source>
        <translation>Assis : %1 · rappel dans %2</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Assis : %1</translation>
    </message>
    <message>
        <source>Time for a break: sitting %1</source>
        <translation>L’heure d’une pause : assis depuis %1</translation>
    </message>
    <message>
        <source>Snoozed · sitting %1 · reminder in %2</source>
        <translation>Reporté · assis : %1 · rappel dans %2</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Étirement en cours</translation>
    </message>
    <message>
        <source>Standing · ends in %1</source>
        <translation>Debout · se termine dans %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused · resumes in %1</source>
        <translation>En pause · reprend dans %1</translation>
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
        <source>No history yet: %1 does not exist.</source>
        <translation>Pas encore d’historique : %1 n’existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Assis depuis %1, reporté %n fois. %2</numerusform>
            <numerusform>Assis depuis %1, reporté %n fois. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration</source>
        <translation>« %1 », c’est plus d’une semaine ; indiquez une durée plus courte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than a week; give a shorter duration or &apos;tomorrow&apos;</source>
        <translation>« %1 », c’est plus d’une semaine ; indiquez une durée plus courte ou « tomorrow »</translation>
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
        <translation>Usage : flexor [--verbose]
        flexor COMMANDE [ARGUMENTS]

Flexor mesure combien de temps vous restez assis sans pause et, passé un seuil, vous
rappelle de vous lever pour un court étirement guidé du psoas (fléchisseur de la hanche).
Sans commande, il lance le service pour cette session de bureau.

Commandes (s’adressent au service en cours) :
  status [--json | --waybar] [--follow]   afficher l’état ; --follow affiche chaque changement
  stretch [ROUTINE]     lancer la routine guidée maintenant (par défaut : celle configurée)
  snooze [DURÉE]        reporter le rappel (par défaut : le report configuré)
  skip                  passer cette pause ; le temps assis repart de zéro
  pause [DURÉE | tomorrow]   mettre les rappels en pause (par défaut : jusqu’à demain)
  resume                terminer une pause
  stand                 mode bureau debout : le temps assis n’augmente pas
  sit                   quitter le mode debout
  reload                relire le fichier de configuration
  quit                  arrêter le service

Commandes (fonctionnent sans le service) :
  check-config [FICHIER]   vérifier un fichier de configuration (par défaut : celui de
                        l’utilisateur) et les routines ; un FICHIER dans un dossier routines
                        ou contenant [[step]] est une routine
  stats [--days N] [--json | --csv]   temps assis et pauses par jour (par défaut : 7 jours,
                        3650 au plus)
  autostart [enable | disable | status]   lancer Flexor à la connexion (démarrage automatique XDG)

Options :
  --verbose             journaliser les détails de débogage (service)
  --activate            permettre à une commande de lancer le service s’il ne tourne pas
                        (les actions du fichier desktop l’utilisent ; sinon code de sortie 2)
  -h, --help            afficher cette aide
  --version             afficher la version

Les durées s’écrivent par exemple 45m, 90s ou 1h30m.
Configuration : $XDG_CONFIG_HOME/flexor/config.toml ; journal : $XDG_STATE_HOME/flexor/flexor.log
Codes de sortie : 0 terminé, 1 échec, 2 service non lancé, 64 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>flexor: --days takes a whole number of days from 1 to %1
</source>
        <translation>flexor : --days attend un nombre entier de jours entre 1 et %1
</translation>
    </message>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>Un étirement du psoas de %n seconde ?</numerusform>
            <numerusform>Un étirement du psoas de %n secondes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>No history yet: %1 is empty.</source>
        <translation>Pas encore d’historique : %1 est vide.</translation>
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
        <source>In a meeting: a due reminder waits until it ends.</source>
        <translation>En réunion : un rappel arrivé à échéance attend la fin de la réunion.</translation>
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
        <source>Reminder before your %1 meeting</source>
        <translation>Rappel avant votre réunion de %1</translation>
    </message>
</context>
<context>
    <name>flexor::app::ControlService</name>
    <message>
        <source>%1 seconds is longer than a week; give a shorter duration.</source>
        <translation>%1 secondes, c’est plus d’une semaine ; indiquez une durée plus courte.</translation>
    </message>
</context>
<context>
    <name>flexor::app::GnomeWellbeing</name>
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
    <name>flexor::app::RoutineFallbackNotice</name>
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
    <name>flexor::app::RoutineLauncher</name>
    <message>
        <source>The routine window could not be opened.</source>
        <translation>La fenêtre de la routine n’a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>flexor::app::SetupNotices</name>
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
        <source>Start Flexor when you log in?</source>
        <translation>Lancer Flexor à la connexion ?</translation>
    </message>
    <message>
        <source>Flexor can only count your sitting time while it runs. You can change this later in the tray menu (Start at login).</source>
        <translation>Flexor ne compte votre temps assis que lorsqu’il est lancé. Vous pourrez changer cela plus tard dans le menu de l’icône (Lancer à la connexion).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à la connexion</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
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
</context>
<context>
    <name>flexor::ui::BreakScreenMirror</name>
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
    <name>flexor::ui::CountdownRing</name>
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
    <name>flexor::ui::RoutineWindow</name>
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
        <source>Your first routine today.</source>
        <translation>Votre première routine aujourd’hui.</translation>
    </message>
    <message>
        <source>Routines finished today: %1</source>
        <translation>Routines terminées aujourd’hui : %1</translation>
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
        <source>round %1 of %2</source>
        <translation>série %1 sur %2</translation>
    </message>
    <message>
        <source>Time taken: %1:%2</source>
        <translation>Durée : %1:%2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
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
        <source>Skip break</source>
        <translation>Passer la pause</translation>
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
</context>
</TS>
