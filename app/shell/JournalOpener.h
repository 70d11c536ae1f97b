#pragma once

#include "core/common/Clock.h"
#include "core/journal/JournalBackups.h"
#include "core/journal/JournalInspector.h"

#include <QCoreApplication>
#include <future>
#include <memory>
#include <optional>

class QWidget;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

/// Opens the journal for the window. When the file has a problem (locked by
/// another Carrywell, damaged, from a newer version), explains what was found
/// (the file itself is never changed), offers the latest backup when there is
/// one, and otherwise lets Carrywell start without it.
class JournalOpener
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::JournalOpener)

public:
    struct Opened
    {
        /// Null when Carrywell starts without the journal.
        std::unique_ptr<core::Journal> journal;
        /// The backup the user chose to put in the journal's place; the
        /// window loop restores it (BackupRestore) and calls reopen().
        std::optional<core::BackupInfo> restore;
    };

    /// `inspection` is the file's inspection, already under way
    /// (core::JournalInspector::start), so it can run while the window is built.
    static Opened open(const QString& path, const core::Clock& clock,
                       std::future<core::JournalInspection> inspection, QWidget* parent = nullptr);
    /// Opens the journal just restored from a backup; if even that fails,
    /// says so and Carrywell starts without it.
    static std::unique_ptr<core::Journal> reopen(const QString& path, const core::Clock& clock,
                                                 QWidget* parent = nullptr);
};

} // namespace carrywell::ui
