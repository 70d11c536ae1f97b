#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>

namespace carrywell::core {

/// Creates journals and brings old ones up to the current schema.
class JournalMigrations
{
public:
    /// Creates schema `version` exactly as it was released, inside the
    /// caller's transaction. Tests use it to build journals of old versions.
    static QSqlError createVersion(const QSqlDatabase& db, int version);

    /// Creates the current schema in an empty database in one transaction and
    /// records when the journal was started.
    static Result<Done> createCurrent(const QSqlDatabase& db, const QDateTime& now);

    /// Upgrades from `fromVersion` to JournalSchema::currentVersion, one
    /// transaction per version, checking foreign keys before each commit. A
    /// failure leaves the journal at the last version that completed.
    static Result<Done> migrate(const QSqlDatabase& db, int fromVersion);
};

} // namespace carrywell::core
