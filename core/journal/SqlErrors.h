#pragma once

#include "core/common/Result.h"

#include <QSqlError>

namespace carrywell::core {

/// What the journal was doing when SQLite failed; it shapes the message.
enum class JournalAction
{
    SaveCheckIn,
    SaveSession,
    SavePlan,
    SaveRatings,
    Remove,
    Import,
    Migrate,
    Create,
    Backup,
    Read,
};

/// SQLite's primary result code behind `error` (13 for a full disk, ...), or 0.
int sqliteCode(const QSqlError& error);
bool isReadOnly(const QSqlError& error);
bool isCorrupt(const QSqlError& error);

/// The message the user sees when `action` failed with `error`: what happened,
/// that what was saved before is safe, and what to do.
Error journalError(const QSqlError& error, JournalAction action);

} // namespace carrywell::core
