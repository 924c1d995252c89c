# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# fish completion for flexor(1)

set -l commands status stretch snooze skip pause resume stand sit window reload quit check-config stats autostart config
# The keys of config/default.toml (a test compares them).
set -l config_keys remind_after away_after snooze max_snoozes escalation repeat_every min_routine standing_limit standing_desk stand_for rhythm schedule active_days active_hours presence idle_inhibitors routine dnd_max_delay meeting_detection meeting_max_delay eye_breaks eye_break_every eye_break_for daily_sitting_limit history_days share_folder share_skew log_level sound language voice calendars calendar_ignore calendar_titles before_meeting long_meeting

function __flexor_routines
    set -l config_home $XDG_CONFIG_HOME
    test -n "$config_home"; or set config_home ~/.config
    for file in $config_home/flexor/routines/*.toml /usr/share/flexor/routines/*.toml
        basename $file .toml
    end
end

complete -c flexor -f
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -l verbose -d 'Log debug details'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -l activate -d 'Let a command start the daemon'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -s h -l help -d 'Show the help'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -l version -d 'Show the version'

complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a status -d 'Show the state'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a stretch -d 'Start the guided routine now'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a snooze -d 'Postpone the reminder'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a skip -d 'Skip this break'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a pause -d 'Pause reminders'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a resume -d 'End a pause'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a stand -d 'Standing desk mode on'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a sit -d 'Standing desk mode off'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a window -d 'Open the Flexor window'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a reload -d 'Read the config file again'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a quit -d 'Stop the daemon'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a check-config -d 'Check a config file'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a stats -d 'Sitting and breaks per day'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a autostart -d 'Start Flexor at login, or not'
complete -c flexor -n "not __fish_seen_subcommand_from $commands" -a config -d 'Read or change a setting'

complete -c flexor -n "__fish_seen_subcommand_from status" -l json -d 'Print JSON'
complete -c flexor -n "__fish_seen_subcommand_from status" -l waybar -d 'Print JSON for waybar'
complete -c flexor -n "__fish_seen_subcommand_from status" -l follow -d 'Print every change'
complete -c flexor -n "__fish_seen_subcommand_from stretch" -a '(__flexor_routines)'
complete -c flexor -n "__fish_seen_subcommand_from snooze" -a '5m 10m 15m 30m'
complete -c flexor -n "__fish_seen_subcommand_from pause" -a 'tomorrow 30m 1h 2h'
complete -c flexor -n "__fish_seen_subcommand_from window" -a 'now statistics settings'
complete -c flexor -n "__fish_seen_subcommand_from check-config" -F
complete -c flexor -n "__fish_seen_subcommand_from stats" -l days -x -d 'Number of days'
complete -c flexor -n "__fish_seen_subcommand_from stats" -l json -d 'Print JSON'
complete -c flexor -n "__fish_seen_subcommand_from stats" -l csv -d 'Print CSV'
complete -c flexor -n "__fish_seen_subcommand_from autostart" -a 'enable disable status'
complete -c flexor -n "__fish_seen_subcommand_from config; and not __fish_seen_subcommand_from get set reset path" -a 'get set reset path'
complete -c flexor -n "__fish_seen_subcommand_from config; and __fish_seen_subcommand_from get set reset; and test (count (commandline -opc)) -eq 3" -a "$config_keys"
