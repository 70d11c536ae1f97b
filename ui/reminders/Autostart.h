#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"

#include <QString>

namespace carrywell::ui {

/// "Start at login": a desktop entry in the XDG autostart folder that starts
/// Carrywell in the tray (carrywell --background), so reminders come without
/// opening the window.
class Autostart
{
public:
    /// `folder` is where the entry goes; tests pass a temporary one.
    explicit Autostart(QString folder = defaultFolder());

    /// $XDG_CONFIG_HOME/autostart, or ~/.config/autostart.
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    /// <folder>/org.carrywell.carrywell.desktop
    QString filePath() const;
    bool isEnabled() const;

    /// Writes (or refreshes) the entry for `program`, by default the one running.
    core::Result<core::Done> enable(const QString& program = {}) const;
    /// Removes the entry; nothing to do when there is none.
    core::Result<core::Done> disable() const;

    /// What Exec= runs: plain "carrywell --background" when `program` is the
    /// carrywell found in PATH, otherwise its absolute path, quoted as the
    /// desktop entry specification asks.
    static QString command(const QString& program);
    /// The whole desktop entry.
    static QString entryText(const QString& program);

private:
    QString m_folder;
};

} // namespace carrywell::ui
