// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace flexor::ui {

// Plays a short freedesktop sound-theme sound. It runs `canberra-gtk-play` when that program is
// installed, and is silently off otherwise: linking libcanberra would load audio back-ends into
// the daemon for its whole life, for a sound or two per break.
class SoundCue {
public:
    explicit SoundCue(bool wanted);

    bool enabled() const { return !player_.isEmpty(); }
    void play(const QString& soundId) const; // e.g. "bell", "complete"

private:
    QString player_;
};

} // namespace flexor::ui
