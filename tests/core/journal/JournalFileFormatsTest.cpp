// Export and import chosen by the file's extension: .json for the whole
// journal, .csv for the check-ins with the sessions beside them; and what an
// import holds and did, counted in words.
#include "core/journal/JournalFileFormats.h"

#include "JournalTestSupport.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class JournalFileFormatsTest : public JournalTest
{
protected:
    void SetUp() override
    {
        m_journal = open();
        ASSERT_TRUE(m_journal);
    }

    QString file(const QString& name) const { return folder() + QLatin1Char('/') + name; }

    ImportBatch read(const QString& path)
    {
        const Result<ImportBatch> batch = JournalFileFormats::read(path);
        EXPECT_TRUE(batch.ok()) << batch.error().toStdString();
        return batch.ok() ? batch.value() : ImportBatch{};
    }

    std::unique_ptr<Journal> m_journal;
};

} // namespace

TEST(JournalFileFormats, TheKindComesFromTheExtensionInAnyCase)
{
    EXPECT_EQ(JournalFileFormats::kindOf("notes.csv"), JournalFileFormats::Kind::Csv);
    EXPECT_EQ(JournalFileFormats::kindOf("/tmp/Notes.CSV"), JournalFileFormats::Kind::Csv);
    EXPECT_EQ(JournalFileFormats::kindOf("backup.Json"), JournalFileFormats::Kind::Json);
    EXPECT_FALSE(JournalFileFormats::kindOf("notes.txt"));
    EXPECT_FALSE(JournalFileFormats::kindOf("csv"));
    EXPECT_EQ(JournalFileFormats::sessionsCsvPath("/data/notes.2026.csv"),
              "/data/notes.2026-sessions.csv");
}

TEST_F(JournalFileFormatsTest, ExportWritesByExtensionAndReadsBack)
{
    ASSERT_TRUE(m_journal
                    ->addCheckIn(makeCheckIn(at(2026, 1, 10, 8), 6, {{Region::LowerBack, 6}},
                                             {Trigger::Carrying}, "Pram, \"heavy\"\nsecond line"))
                    .ok());
    ASSERT_TRUE(m_journal
                    ->addSession(makeSession(at(2026, 1, 11, 19), "evening-release", 720,
                                             {"cat-cow"}, {}, 5, 3))
                    .ok());

    const Result<QStringList> json = JournalFileFormats::exportTo(*m_journal, file("backup.json"));
    ASSERT_TRUE(json.ok()) << json.error().toStdString();
    EXPECT_EQ(json.value(), QStringList{file("backup.json")});

    const Result<QStringList> csv = JournalFileFormats::exportTo(*m_journal, file("notes.CSV"));
    ASSERT_TRUE(csv.ok()) << csv.error().toStdString();
    EXPECT_EQ(csv.value(), (QStringList{file("notes.CSV"), file("notes-sessions.CSV")}));

    const ImportBatch fromJson = read(file("backup.json"));
    EXPECT_TRUE(fromJson.isClean());
    EXPECT_EQ(fromJson.checkIns.size(), 1);
    EXPECT_EQ(fromJson.sessions.size(), 1);
    const ImportBatch fromCsv = read(file("notes.CSV"));
    ASSERT_EQ(fromCsv.checkIns.size(), 1);
    EXPECT_EQ(fromCsv.checkIns.first().entry.note, "Pram, \"heavy\"\nsecond line");
    EXPECT_EQ(read(file("notes-sessions.CSV")).sessions.size(), 1);

    const Result<QStringList> other = JournalFileFormats::exportTo(*m_journal, file("notes.txt"));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().contains(".csv or .json"));
    EXPECT_FALSE(QFile::exists(file("notes.txt")));
    EXPECT_FALSE(JournalFileFormats::read(file("notes.txt")).ok());
}

TEST_F(JournalFileFormatsTest, ACsvExportWithoutSessionsIsOneFile)
{
    ASSERT_TRUE(m_journal->addCheckIn(makeCheckIn(at(2026, 1, 10, 8), 3)).ok());
    const Result<QStringList> csv = JournalFileFormats::exportTo(*m_journal, file("notes.csv"));
    ASSERT_TRUE(csv.ok()) << csv.error().toStdString();
    EXPECT_EQ(csv.value(), QStringList{file("notes.csv")});
    EXPECT_FALSE(QFile::exists(file("notes-sessions.csv")));
}

TEST_F(JournalFileFormatsTest, AFileThatIsNotAnExportIsRefusedAsAWhole)
{
    writeFile(file("shopping.csv"), "milk,bread\n1,2\n");
    const Result<ImportBatch> batch = JournalFileFormats::read(file("shopping.csv"));
    ASSERT_FALSE(batch.ok());
    EXPECT_TRUE(batch.error().contains("shopping.csv"));
    EXPECT_TRUE(batch.error().contains("Nothing was imported"));
    writeFile(file("broken.json"), "{\"format\": \"carrywell-journal\", ");
    EXPECT_FALSE(JournalFileFormats::read(file("broken.json")).ok());
}

TEST(JournalFileFormats, SummariesCountInWords)
{
    EXPECT_EQ(JournalFileFormats::entries(1, 0, 0), "1 check-in");
    EXPECT_EQ(JournalFileFormats::entries(3, 2, 0), "3 check-ins and 2 sessions");
    EXPECT_EQ(JournalFileFormats::entries(3, 1, 2), "3 check-ins, 1 session and 2 weekly plans");
    EXPECT_EQ(JournalFileFormats::entries(0, 4, 0), "4 sessions");
    EXPECT_EQ(JournalFileFormats::entries(0, 0, 0), "0 check-ins");
    ImportReport report;
    report.checkInsAdded = 1;
    report.duplicates.append({2, "line 2", "already there"});
    EXPECT_EQ(JournalFileFormats::summary(report),
              "Added 1 check-in. 1 entry was already in your journal and was skipped.");
    report.checkInsAdded = 0;
    report.leftOut.append({3, "line 3", "no date"});
    report.leftOut.append({4, "line 4", "no date"});
    EXPECT_EQ(JournalFileFormats::summary(report),
              "Nothing new was added. 1 entry was already in your journal and was skipped. "
              "2 bad rows were left out.");
}
