#include "core/journal/JournalMigrations.h"

#include "core/common/Translate.h"
#include "core/journal/JournalSchema.h"
#include "core/journal/LegacySignsLine.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"
#include "core/journal/Trigger.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <iterator>

CARRYWELL_TR_CONTEXT(carrywell::core::Journal);

namespace carrywell::core {
namespace {

QSqlError runAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlError error = runStatement(db, sql);
        if (error.isValid())
            return error;
    }
    return {};
}

// Each step is frozen once released: it describes how that version was
// reached, not what the current schema looks like.

// v2: sessions arrive, and triggers move from "lifting,feeding" text into rows
// so they can be counted.
QSqlError toVersion2(const QSqlDatabase& db)
{
    QSqlError error = runStatement(db, JournalSchema::triggersTable());
    if (error.isValid())
        return error;

    QList<QPair<qint64, QString>> texts;
    {
        QSqlQuery read = newQuery(db);
        if (!runQuery(read,
                      QStringLiteral("SELECT id, triggers FROM checkins WHERE triggers <> ''")))
            return read.lastError();
        while (read.next())
            texts.append({read.value(0).toLongLong(), read.value(1).toString()});
    }
    for (const auto& [checkInId, text] : texts) {
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (id.isEmpty())
                continue;
            // Version 1 wrote only known ids; anything else is kept as "other"
            // rather than lost.
            const QString stored = fromId<Trigger>(id) ? id : toId(Trigger::Other);
            error = runStatement(db,
                                 QStringLiteral("INSERT OR IGNORE INTO checkin_triggers "
                                                "(checkin_id, trigger_id) VALUES (?, ?)"),
                                 {checkInId, stored});
            if (error.isValid())
                return error;
        }
    }

    return runAll(db, QStringList{QStringLiteral("ALTER TABLE checkins DROP COLUMN triggers")} +
                          JournalSchema::sessionsTables() +
                          QStringList{QStringLiteral("PRAGMA user_version = 2")});
}

// v3: saved weekly plans.
QSqlError toVersion3(const QSqlDatabase& db)
{
    return runAll(db, {JournalSchema::plansTable(), QStringLiteral("PRAGMA user_version = 3")});
}

// v4: warning signs become rows. The check-in dialog had kept them as the
// note's last line in the interface's language ("Also noticed: leaking."); that
// line, in any language Carrywell wrote it in, becomes rows and leaves the
// note. Her own words ("leaked a bit") stay as she wrote them.
QSqlError toVersion4(const QSqlDatabase& db)
{
    QSqlError error = runStatement(db, JournalSchema::warningSignsTable());
    if (error.isValid())
        return error;

    QList<std::pair<qint64, LegacySignsLine::Split>> found;
    {
        QSqlQuery read = newQuery(db);
        if (!runQuery(read, QStringLiteral("SELECT id, note FROM checkins WHERE note <> ''")))
            return read.lastError();
        while (read.next()) {
            if (std::optional<LegacySignsLine::Split> split =
                    LegacySignsLine::split(read.value(1).toString()))
                found.append({read.value(0).toLongLong(), std::move(*split)});
        }
        if (read.lastError().isValid())
            return read.lastError();
    }
    for (const auto& [checkInId, split] : found) {
        for (const WarningSign sign : split.signs) {
            error = runStatement(db,
                                 QStringLiteral("INSERT OR IGNORE INTO checkin_warning_signs "
                                                "(checkin_id, sign_id) VALUES (?, ?)"),
                                 {checkInId, toId(sign)});
            if (error.isValid())
                return error;
        }
        error = runStatement(db, QStringLiteral("UPDATE checkins SET note = ? WHERE id = ?"),
                             {textValue(split.note), checkInId});
        if (error.isValid())
            return error;
    }
    return runStatement(db, QStringLiteral("PRAGMA user_version = 4"));
}

// v5: ratings of her own everyday activities (PSFS). Nothing existing changes.
QSqlError toVersion5(const QSqlDatabase& db)
{
    return runAll(db, JournalSchema::activityRatingsTables() +
                          QStringList{QStringLiteral("PRAGMA user_version = 5")});
}

using Step = QSqlError (*)(const QSqlDatabase&);

// steps[n] upgrades version n + 1 to version n + 2.
constexpr Step steps[] = {toVersion2, toVersion3, toVersion4, toVersion5};
static_assert(std::size(steps) == JournalSchema::currentVersion - JournalSchema::firstVersion);

} // namespace

QSqlError JournalMigrations::createVersion(const QSqlDatabase& db, int version)
{
    const QStringList statements = JournalSchema::createStatements(version);
    if (statements.isEmpty())
        return QSqlError(QStringLiteral("unknown schema version %1").arg(version), QString(),
                         QSqlError::UnknownError);
    return runAll(db, statements);
}

Result<Done> JournalMigrations::createCurrent(const QSqlDatabase& db, const QDateTime& now)
{
    Transaction transaction(db);
    QSqlError error = transaction.begin();
    if (!error.isValid())
        error = createVersion(db, JournalSchema::currentVersion);
    if (!error.isValid()) {
        error = runStatement(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                             {QStringLiteral("created"), now.toString(Qt::ISODateWithMs)});
    }
    if (!error.isValid())
        error = transaction.commit();
    if (error.isValid())
        return journalError(error, JournalAction::Create);
    return Done{};
}

Result<Done> JournalMigrations::migrate(const QSqlDatabase& db, int fromVersion)
{
    for (int version = fromVersion; version < JournalSchema::currentVersion; ++version) {
        if (version < JournalSchema::firstVersion) {
            return Error{tr("Your journal has format version %1, which no Carrywell release "
                            "ever wrote, so Carrywell left it as it was.")
                             .arg(version)};
        }
        Transaction transaction(db);
        QSqlError error = transaction.begin();
        if (!error.isValid())
            error = steps[version - JournalSchema::firstVersion](db);
        if (error.isValid())
            return journalError(error, JournalAction::Migrate);

        QSqlQuery check = newQuery(db);
        if (!runQuery(check, QStringLiteral("PRAGMA foreign_key_check")))
            return journalError(check.lastError(), JournalAction::Migrate);
        if (check.next()) {
            return Error{tr("Carrywell could not update your journal to this version because "
                            "some of its entries refer to entries that no longer exist (in the "
                            "table “%1”). Your entries are unchanged, and a backup was made "
                            "before trying.")
                             .arg(check.value(0).toString())};
        }
        check.finish();
        error = transaction.commit();
        if (error.isValid())
            return journalError(error, JournalAction::Migrate);
    }
    return Done{};
}

} // namespace carrywell::core
