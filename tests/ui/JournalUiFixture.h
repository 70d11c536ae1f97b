#pragma once

// Shared by the journal UI tests: a journal in a temporary folder on a fixed
// clock (Wednesday 14 January 2026, 09:00 UTC), settings, and the shipped content.

#include "core/common/Clock.h"
#include "core/content/ContentLoader.h"
#include "core/journal/CheckIn.h"
#include "core/journal/Journal.h"
#include "core/journal/SessionRecord.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace carrywell::test {

const core::ContentLoadReport& shippedContent();

QDateTime utc(int year, int month, int day, int hour, int minute = 0);

core::CheckIn checkIn(const QDateTime& at, int overall, QList<core::RegionScore> regions = {},
                      QList<core::Trigger> triggers = {}, const QString& note = {},
                      QList<core::WarningSign> signs = {});

core::SessionRecord session(const QDateTime& at, const QString& routine, int minutes,
                            std::optional<int> before = {}, std::optional<int> after = {});

class JournalUiTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }
    QList<core::CheckIn> allCheckIns() const;
    /// Adds check-ins straight to the journal (not through the undo stack).
    void add(const QList<core::CheckIn>& checkIns);
    void add(const core::SessionRecord& session);

    QTemporaryDir m_dir;
    core::ManualClock m_clock{QDateTime(QDate(2026, 1, 14), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<core::Journal> m_journal;
};

} // namespace carrywell::test
