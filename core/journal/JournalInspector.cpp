#include "core/journal/JournalInspector.h"

#include "core/journal/JournalFiles.h"
#include "core/journal/JournalSchema.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace carrywell::core {
namespace {

using Verdict = JournalInspection::Verdict;

constexpr qsizetype sqliteHeaderSize = 100;
constexpr int findingsShown = 3;

JournalInspection found(Verdict verdict, int version = 0, QString details = {})
{
    return {verdict, version, std::move(details)};
}

// A query that fails on a file that passed the header check means damage,
// unless the disk itself refused.
JournalInspection failed(const QSqlError& error, int version = 0)
{
    const int code = sqliteCode(error);
    const bool diskTrouble = code == 10 || code == 14 || code == 23; // IOERR, CANTOPEN, AUTH
    return found(diskTrouble ? Verdict::Unreadable : Verdict::Damaged, version,
                 error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

JournalInspection look(const QString& path);

} // namespace

JournalInspection JournalInspector::inspect(const QString& path)
{
    // A read-only connection to a WAL database creates empty -wal and -shm
    // files it cannot remove; they are ours to clear away.
    const QStringList absent = JournalFiles::absentCompanions(path);
    JournalInspection inspection = look(path);
    JournalFiles::removeEmptyCompanions(path, absent);
    return inspection;
}

std::future<JournalInspection> JournalInspector::start(const QString& path)
{
    return std::async(std::launch::async,
                      [path = QFileInfo(path).absoluteFilePath()] { return inspect(path); });
}

namespace {

JournalInspection look(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return found(Verdict::Missing);
    if (!info.isFile())
        return found(Verdict::NotADatabase, 0, QStringLiteral("not a regular file"));
    if (info.size() == 0)
        return found(Verdict::Empty);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return found(Verdict::Unreadable, 0, file.errorString());
    const QByteArray header = file.read(sqliteHeaderSize);
    file.close();
    // Checked before SQLite sees the file: SQLite "opens" anything and only
    // fails at the first query.
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < sqliteHeaderSize || !header.startsWith(magic))
        return found(Verdict::NotADatabase, 0, QStringLiteral("no SQLite header"));

    QSqlError openError;
    const std::unique_ptr<SqlConnection> connection =
        SqlConnection::open(path, SqlConnection::Mode::ReadOnly, &openError);
    if (!connection)
        return found(Verdict::Unreadable, 0, openError.text());
    const QSqlDatabase db = connection->database();

    int version = 0;
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query, QStringLiteral("PRAGMA user_version")) || !query.next())
            return failed(query.lastError());
        version = query.value(0).toInt();
    }
    {
        // quick_check reads every page; damage shows as result rows, not as an error.
        QSqlQuery query = newQuery(db);
        if (!runQuery(query, QStringLiteral("PRAGMA quick_check")))
            return failed(query.lastError(), version);
        QStringList findings;
        while (query.next()) {
            const QString row = query.value(0).toString();
            if (row != QLatin1String("ok") && findings.size() < findingsShown)
                findings.append(row);
        }
        if (query.lastError().isValid())
            return failed(query.lastError(), version);
        if (!findings.isEmpty())
            return found(Verdict::Damaged, version, findings.join(QStringLiteral("; ")));
    }
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query, QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return failed(query.lastError(), version);
        if (query.value(0).toLongLong() == 0 && version == 0)
            return found(Verdict::Empty);
    }
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                      {JournalSchema::sentinelKey()})) {
            return found(Verdict::NotAJournal, version, query.lastError().databaseText());
        }
        if (!query.next() || query.value(0).toString() != JournalSchema::sentinelValue())
            return found(Verdict::NotAJournal, version, QStringLiteral("no Carrywell marker"));
    }
    if (version > JournalSchema::currentVersion)
        return found(Verdict::NewerVersion, version);
    if (version < JournalSchema::firstVersion)
        return found(Verdict::Damaged, version, QStringLiteral("its format version is missing"));
    return found(Verdict::Healthy, version);
}

} // namespace

} // namespace carrywell::core
