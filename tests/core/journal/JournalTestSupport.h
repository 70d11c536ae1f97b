#pragma once

#include "core/common/Clock.h"
#include "core/journal/CheckIn.h"
#include "core/journal/Journal.h"
#include "core/journal/SessionRecord.h"
#include "core/journal/SqlConnection.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QVariant>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace carrywell::test {

/// A moment in local time at a fixed UTC offset (+01:00 unless told).
QDateTime at(int year, int month, int day, int hour, int minute = 0, int offsetSeconds = 3600);

core::CheckIn makeCheckIn(const QDateTime& when, int overall, QList<core::RegionScore> regions = {},
                          QList<core::Trigger> triggers = {}, const QString& note = {},
                          QList<core::WarningSign> signs = {});

core::SessionRecord makeSession(const QDateTime& when, const QString& routineId, int seconds,
                                const QStringList& done, const QStringList& skipped = {},
                                std::optional<int> before = {}, std::optional<int> after = {});

QByteArray fileBytes(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

/// A connection of its own, the way another program would look at the file.
std::unique_ptr<core::SqlConnection> rawConnection(const QString& path);
/// First column of the first row of `sql`; invalid when the query fails.
QVariant scalar(const QSqlDatabase& db, const QString& sql);
/// First column of `sql` on the file at `path`, through a connection of its own.
QVariant scalarAt(const QString& path, const QString& sql);

/// Gives up root's power to ignore file permissions while it lives, so tests
/// of read-only files mean the same when the suite runs as root. Does nothing
/// for an ordinary user.
class ScopedUnprivileged
{
public:
    ScopedUnprivileged();
    ~ScopedUnprivileged();
    bool ok() const { return m_ok; }

private:
    bool m_dropped = false;
    bool m_ok = true;
};

/// A temporary folder for one journal, and the clock it runs on: Wednesday
/// 14 January 2026, 09:00 at UTC+01:00.
class JournalTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.path() + QStringLiteral("/journal.sqlite"); }
    QString folder() const { return m_dir.path(); }

    /// Opens the journal, failing the test (and returning null) if it cannot.
    std::unique_ptr<core::Journal> open(const core::JournalOptions& options = {});
    /// Opens, adds `checkIns`, closes.
    void seed(const QList<core::CheckIn>& checkIns);

    QTemporaryDir m_dir;
    core::ManualClock m_clock{at(2026, 1, 14, 9)};
};

} // namespace carrywell::test
