#include "core/journal/SqlErrors.h"

#include "core/common/Translate.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::core::Journal);

namespace carrywell::core {
namespace {

// SQLite primary result codes (sqlite3.h); QSQLITE reports them as text.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADatabase = 26;

QString subject(JournalAction action)
{
    switch (action) {
    case JournalAction::SaveCheckIn:
        return tr("this check-in");
    case JournalAction::SaveSession:
        return tr("this session");
    case JournalAction::SavePlan:
        return tr("this plan");
    case JournalAction::SaveRatings:
        return tr("these activity ratings");
    case JournalAction::Remove:
        return tr("the change");
    case JournalAction::Import:
        return tr("the imported entries (nothing from the file was added)");
    case JournalAction::Migrate:
        return tr("the update of your journal to this version of Carrywell (your entries are "
                  "unchanged)");
    case JournalAction::Create:
        return tr("a new journal");
    case JournalAction::Backup:
        return tr("the backup copy of your journal");
    case JournalAction::Read:
        break;
    }
    return tr("your entry");
}

QString details(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

} // namespace

int sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended codes keep the primary code in their low byte.
    return ok ? (code & 0xff) : 0;
}

bool isReadOnly(const QSqlError& error)
{
    return sqliteCode(error) == sqliteReadOnly;
}

bool isCorrupt(const QSqlError& error)
{
    const int code = sqliteCode(error);
    return code == sqliteCorrupt || code == sqliteNotADatabase;
}

Error journalError(const QSqlError& error, JournalAction action)
{
    const int code = sqliteCode(error);
    if (action == JournalAction::Read) {
        if (isCorrupt(error)) {
            return Error{tr("Carrywell could not read your journal because the file appears "
                            "damaged. Nothing was changed. Close Carrywell and start it again: "
                            "it will check the file and offer its latest backup. (%1)")
                             .arg(details(error))};
        }
        return Error{tr("Carrywell could not read your journal. Nothing was changed. Try again, "
                        "or restart Carrywell. (%1)")
                         .arg(details(error))};
    }
    const QString what = subject(action);
    switch (code) {
    case sqliteFull:
        return Error{tr("The disk is full, so Carrywell could not save %1. Everything saved "
                        "before is safe. Free some space on the disk, then try again.")
                         .arg(what)};
    case sqliteReadOnly:
        return Error{tr("Carrywell cannot write to your journal because the file or the disk it "
                        "is on is read-only, so %1 was not saved. Everything saved before is "
                        "safe. Check that the disk is not write-protected and that you may "
                        "change the file, then try again.")
                         .arg(what)};
    case sqliteIoError:
    case sqliteCantOpen:
        return Error{tr("The disk reported an error while Carrywell was saving %1, so it was not "
                        "saved. Entries saved before are not affected. Check that the disk is "
                        "still connected and working, then try again. (%2)")
                         .arg(what, details(error))};
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return Error{tr("Carrywell found damage in the journal file while saving %1, so it was "
                        "not saved. Close Carrywell and start it again: it will check the file "
                        "and offer its latest backup. (%2)")
                         .arg(what, details(error))};
    case sqliteBusy:
    case sqliteLocked:
        return Error{tr("The journal was busy, so %1 was not saved. Nothing was lost; try again "
                        "in a moment.")
                         .arg(what)};
    default:
        break;
    }
    return Error{tr("Carrywell could not save %1. Entries saved before are safe. (%2)")
                     .arg(what, details(error))};
}

} // namespace carrywell::core
