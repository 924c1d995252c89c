# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# bash completion for flexor(1)

_flexor_routines() {
    local dir file
    for dir in "${XDG_CONFIG_HOME:-$HOME/.config}/flexor/routines" /usr/share/flexor/routines; do
        for file in "$dir"/*.toml; do
            [[ -e $file ]] || continue
            file=${file##*/}
            printf '%s\n' "${file%.toml}"
        done
    done
}

_flexor() {
    local cur prev words cword
    _init_completion || return

    local commands="status stretch snooze skip pause resume stand sit window reload quit check-config stats autostart config"
    # The keys of config/default.toml (a test compares them).
    local config_keys="remind_after away_after snooze max_snoozes escalation repeat_every min_routine standing_limit standing_desk stand_for rhythm schedule active_days active_hours presence idle_inhibitors routine dnd_max_delay meeting_detection meeting_max_delay eye_breaks eye_break_every eye_break_for daily_sitting_limit history_days share_folder share_skew log_level sound language voice calendars calendar_ignore calendar_titles before_meeting long_meeting"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        if [[ ${words[i]} != -* ]]; then
            command=${words[i]}
            break
        fi
    done

    case $command in
    "")
        COMPREPLY=($(compgen -W "$commands --verbose --activate --help --version" -- "$cur"))
        ;;
    status)
        COMPREPLY=($(compgen -W "--json --waybar --follow" -- "$cur"))
        ;;
    stretch)
        [[ $prev == stretch ]] && COMPREPLY=($(compgen -W "$(_flexor_routines)" -- "$cur"))
        ;;
    snooze)
        [[ $prev == snooze ]] && COMPREPLY=($(compgen -W "5m 10m 15m 30m" -- "$cur"))
        ;;
    pause)
        [[ $prev == pause ]] && COMPREPLY=($(compgen -W "tomorrow 30m 1h 2h" -- "$cur"))
        ;;
    window)
        [[ $prev == window ]] && COMPREPLY=($(compgen -W "now statistics settings" -- "$cur"))
        ;;
    check-config)
        [[ $prev == check-config ]] && _filedir toml
        ;;
    stats)
        [[ $prev == --days ]] || COMPREPLY=($(compgen -W "--days --json --csv" -- "$cur"))
        ;;
    autostart)
        [[ $prev == autostart ]] && COMPREPLY=($(compgen -W "enable disable status" -- "$cur"))
        ;;
    config)
        if [[ $prev == config ]]; then
            COMPREPLY=($(compgen -W "get set reset path" -- "$cur"))
        elif [[ $prev == @(get|set|reset) && ${words[cword - 2]} == config ]]; then
            COMPREPLY=($(compgen -W "$config_keys" -- "$cur"))
        fi
        ;;
    esac
} &&
    complete -F _flexor flexor
