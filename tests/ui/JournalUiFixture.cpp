#include "JournalUiFixture.h"

#include "core/journal/JournalHistory.h"
#include "core/profile/ProfileStore.h"

namespace carrywell::test {

const core::ContentLoadReport& shippedContent()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report;
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

core::CheckIn checkIn(const QDateTime& at, int overall, QList<core::RegionScore> regions,
                      QList<core::Trigger> triggers, const QString& note,
                      QList<core::WarningSign> signs)
{
    core::CheckIn entry;
    entry.at = at;
    entry.overall = overall;
    entry.regions = std::move(regions);
    entry.triggers = std::move(triggers);
    entry.warningSigns = std::move(signs);
    entry.note = note;
    return core::normalized(entry);
}

core::SessionRecord session(const QDateTime& at, const QString& routine, int minutes,
                            std::optional<int> before, std::optional<int> after)
{
    core::SessionRecord record;
    record.startedAt = at;
    record.routineId = routine;
    record.routineName = routine == QLatin1String("evening-release")
                             ? QStringLiteral("Evening release")
                             : QStringLiteral("Gentle start");
    record.durationSeconds = minutes * 60;
    record.exercises = {{QStringLiteral("cat-cow"), core::ExerciseOutcome::Done},
                        {QStringLiteral("glute-bridge"), core::ExerciseOutcome::Done}};
    record.painBefore = before;
    record.painAfter = after;
    return record;
}

void JournalUiTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    core::ProfileStore(*m_settings).setFirstRunDone(true);
    core::JournalOpenResult opened = core::Journal::open(journalPath(), m_clock);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    m_journal = opened.takeJournal();
}

void JournalUiTest::TearDown()
{
    m_journal.reset();
    m_settings.reset();
}

QList<core::CheckIn> JournalUiTest::allCheckIns() const
{
    const core::Result<QList<core::CheckIn>> all = core::JournalHistory(*m_journal).allCheckIns();
    EXPECT_TRUE(all.ok()) << all.error().toStdString();
    return all.ok() ? all.value() : QList<core::CheckIn>{};
}

void JournalUiTest::add(const QList<core::CheckIn>& checkIns)
{
    for (const core::CheckIn& entry : checkIns) {
        const core::Result<qint64> id = m_journal->addCheckIn(entry);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    }
}

void JournalUiTest::add(const core::SessionRecord& record)
{
    const core::Result<qint64> id = m_journal->addSession(record);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
}

} // namespace carrywell::test
