#include "JournalTestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <unistd.h>

namespace carrywell::test {

using namespace carrywell::core;

QDateTime at(int year, int month, int day, int hour, int minute, int offsetSeconds)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::OffsetFromUTC,
                     offsetSeconds);
}

CheckIn makeCheckIn(const QDateTime& when, int overall, QList<RegionScore> regions,
                    QList<Trigger> triggers, const QString& note, QList<WarningSign> signs)
{
    CheckIn checkIn;
    checkIn.at = when;
    checkIn.overall = overall;
    checkIn.regions = std::move(regions);
    checkIn.triggers = std::move(triggers);
    checkIn.warningSigns = std::move(signs);
    checkIn.note = note;
    return checkIn;
}

SessionRecord makeSession(const QDateTime& when, const QString& routineId, int seconds,
                          const QStringList& done, const QStringList& skipped,
                          std::optional<int> before, std::optional<int> after)
{
    SessionRecord session;
    session.startedAt = when;
    session.routineId = routineId;
    session.routineName = QStringLiteral("Routine %1").arg(routineId);
    session.durationSeconds = seconds;
    for (const QString& id : done)
        session.exercises.append({id, ExerciseOutcome::Done});
    for (const QString& id : skipped)
        session.exercises.append({id, ExerciseOutcome::Skipped});
    session.painBefore = before;
    session.painAfter = after;
    return session;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

std::unique_ptr<SqlConnection> rawConnection(const QString& path)
{
    QSqlError error;
    auto connection = SqlConnection::open(path, SqlConnection::Mode::ReadWrite, &error);
    EXPECT_TRUE(connection) << error.text().toStdString();
    return connection;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QVariant scalarAt(const QString& path, const QString& sql)
{
    auto connection = rawConnection(path);
    return connection ? scalar(connection->database(), sql) : QVariant();
}

ScopedUnprivileged::ScopedUnprivileged()
{
    if (::geteuid() != 0)
        return;
    // 65534 is "nobody" on Debian.
    m_dropped = ::seteuid(65534) == 0;
    m_ok = m_dropped;
}

ScopedUnprivileged::~ScopedUnprivileged()
{
    if (m_dropped && ::seteuid(0) != 0)
        std::abort();
}

std::unique_ptr<Journal> JournalTest::open(const JournalOptions& options)
{
    JournalOpenResult opened = Journal::open(path(), m_clock, options);
    if (!opened) {
        ADD_FAILURE() << "could not open the journal: " << opened.error().toStdString();
        return nullptr;
    }
    return opened.takeJournal();
}

void JournalTest::seed(const QList<CheckIn>& checkIns)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    for (const CheckIn& checkIn : checkIns) {
        const Result<qint64> added = journal->addCheckIn(checkIn);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
    }
}

} // namespace carrywell::test
