#include "core/journal/JournalBackups.h"

#include "core/common/Translate.h"
#include "core/journal/JournalFiles.h"
#include "core/journal/JournalInspector.h"
#include "core/journal/SqlConnection.h"
#include "core/journal/SqlErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::Journal);

namespace carrywell::core {
namespace {

QString stampFormat()
{
    return QStringLiteral("yyyyMMdd'T'HHmmsszzz");
}

QString partialSuffix()
{
    return QStringLiteral(".partial");
}

// Parsed as UTC directly: read as local time first, a stamp inside a
// daylight-saving gap would shift.
QDateTime parseStamp(const QString& stamp)
{
    const QDate date = QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(stamp.mid(9), QStringLiteral("HHmmsszzz"));
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

JournalBackups::JournalBackups(QString journalPath, int keep)
    : m_journalPath(std::move(journalPath)), m_keep(std::max(1, keep))
{
}

QString JournalBackups::folder() const
{
    return QFileInfo(m_journalPath).absolutePath() + QStringLiteral("/backups");
}

QString JournalBackups::fileName(const QDateTime& madeAtUtc, const QString& reason) const
{
    return QStringLiteral("%1-%2Z-%3.sqlite")
        .arg(QFileInfo(m_journalPath).completeBaseName(), madeAtUtc.toString(stampFormat()),
             reason);
}

QList<BackupInfo> JournalBackups::list() const
{
    const QString stem = QRegularExpression::escape(QFileInfo(m_journalPath).completeBaseName());
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}T\\d{9})Z-([a-z0-9-]+)\\.sqlite$").arg(stem));
    QList<BackupInfo> backups;
    const QDir dir(folder());
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime madeAt = parseStamp(match.captured(1));
        if (!madeAt.isValid())
            continue;
        backups.append({dir.filePath(name), madeAt, match.captured(2)});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.madeAt > b.madeAt; });
    return backups;
}

std::optional<BackupInfo> JournalBackups::latestUsable() const
{
    for (const BackupInfo& backup : list()) {
        if (JournalInspector::inspect(backup.path).verdict == JournalInspection::Verdict::Healthy)
            return backup;
    }
    return std::nullopt;
}

bool JournalBackups::isDailyDue(const QDateTime& now) const
{
    const int offset = now.offsetFromUtc();
    for (const BackupInfo& backup : list()) {
        if (backup.madeAt.toOffsetFromUtc(offset).date() == now.date())
            return false;
    }
    return true;
}

Result<BackupInfo> JournalBackups::create(const QSqlDatabase& db, const QDateTime& now,
                                          const QString& reason) const
{
    const QString dirPath = folder();
    if (!QDir().mkpath(dirPath)) {
        return Error{tr("Carrywell could not create the folder for backups of your journal "
                        "(“%1”). Your journal itself is unchanged. Check that the disk is "
                        "writable and has free space.")
                         .arg(QDir::toNativeSeparators(dirPath))};
    }
    // Names carry the time to the millisecond; two copies in the same one
    // (a test clock) get consecutive stamps so both keep their order.
    QDateTime stamp = now.toUTC();
    QString path = dirPath + QLatin1Char('/') + fileName(stamp, reason);
    while (QFileInfo::exists(path)) {
        stamp = stamp.addMSecs(1);
        path = dirPath + QLatin1Char('/') + fileName(stamp, reason);
    }
    const QString partial = path + partialSuffix();
    QFile::remove(partial);

    QSqlQuery query = newQuery(db);
    if (!runQuery(query, QStringLiteral("VACUUM INTO ?"), {partial})) {
        const QSqlError error = query.lastError();
        query.finish();
        QFile::remove(partial);
        return journalError(error, JournalAction::Backup);
    }
    query.finish();
    // VACUUM INTO does not promise the copy reached the disk; a backup that a
    // power cut can eat is no backup.
    if (!JournalFiles::flushToDisk(partial) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error{tr("Carrywell could not finish the backup copy of your journal in “%1”. "
                        "Your journal itself is unchanged. Check that the disk has free space.")
                         .arg(QDir::toNativeSeparators(dirPath))};
    }
    prune();
    return BackupInfo{path, stamp, reason};
}

void JournalBackups::prune() const
{
    const QList<BackupInfo> backups = list();
    for (qsizetype i = m_keep; i < backups.size(); ++i)
        QFile::remove(backups[i].path);
    // Copies left unfinished by a crash are of no use to anyone.
    const QDir dir(folder());
    const QString stem = QFileInfo(m_journalPath).completeBaseName();
    const QStringList partials =
        dir.entryList({stem + QStringLiteral("-*") + partialSuffix()}, QDir::Files);
    for (const QString& name : partials)
        QFile::remove(dir.filePath(name));
}

} // namespace carrywell::core
