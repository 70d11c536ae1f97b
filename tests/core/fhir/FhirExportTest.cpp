// Exporting for a clinic: NAME.fhir.json writes a FHIR Bundle read from the
// journal, other names keep their formats, and a FHIR file is never imported.
#include "core/fhir/FhirExport.h"

#include "../journal/JournalTestSupport.h"
#include "FhirTestSupport.h"
#include "core/journal/JournalFileFormats.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class FhirExportTest : public JournalTest
{
protected:
    void SetUp() override
    {
        m_journal = open();
        ASSERT_TRUE(m_journal);
        fillJournal(*m_journal);
        ASSERT_TRUE(m_journal->addActivityRatings(sampleRatings()).ok());
    }

    QString file(const QString& name) const { return folder() + QLatin1Char('/') + name; }

    QJsonObject exported(const FhirExportOptions& options = {})
    {
        const QString path = file(QStringLiteral("journal.fhir.json"));
        const Result<QStringList> written = FhirExport::exportTo(*m_journal, path, options);
        EXPECT_TRUE(written.ok()) << written.error().toStdString();
        if (!written)
            return {};
        EXPECT_EQ(written.value(), QStringList{path});
        return QJsonDocument::fromJson(fileBytes(path)).object();
    }

    std::unique_ptr<Journal> m_journal;
};

} // namespace

TEST(FhirExportKind, AFhirJsonNameWinsOverJsonInAnyCase)
{
    EXPECT_EQ(JournalFileFormats::kindOf("clinic.fhir.json"), JournalFileFormats::Kind::Fhir);
    EXPECT_EQ(JournalFileFormats::kindOf("/tmp/Clinic.FHIR.Json"), JournalFileFormats::Kind::Fhir);
    EXPECT_EQ(JournalFileFormats::kindOf("/tmp/fhir.json"), JournalFileFormats::Kind::Json);
    EXPECT_EQ(JournalFileFormats::kindOf("backup.json"), JournalFileFormats::Kind::Json);
    EXPECT_EQ(JournalFileFormats::kindOf("fhir.csv"), JournalFileFormats::Kind::Csv);
}

TEST_F(FhirExportTest, AFhirJsonFileHoldsEveryCheckInAndSessionOfTheJournal)
{
    const QJsonObject bundle = exported();
    EXPECT_EQ(bundle.value("resourceType").toString(), "Bundle");
    EXPECT_EQ(resourcesOf(bundle, "Patient").size(), 1);
    EXPECT_EQ(resourcesOf(bundle, "Observation").size(), 2 + 2);
    EXPECT_EQ(resourcesOf(bundle, "Procedure").size(), 2);
    EXPECT_EQ(bundle.value("timestamp").toString(), "2026-01-14T09:00:00+01:00")
        << "the journal's clock";
}

TEST_F(FhirExportTest, TheJournalsRatingsGoInAndHerNameWhenGiven)
{
    const QJsonObject bundle = exported({QStringLiteral("Ana"), std::nullopt});
    EXPECT_EQ(resourcesOf(bundle, "Questionnaire").size(), 1);
    EXPECT_EQ(resourcesOf(bundle, "QuestionnaireResponse").size(), 2);
    EXPECT_TRUE(resourcesOf(bundle, "Patient").first().contains("name"));
}

TEST_F(FhirExportTest, ADateRangeKeepsOnlyItsDaysCheckInsSessionsAndRatings)
{
    const DateRange monday{QDate(2026, 1, 12), QDate(2026, 1, 12)};
    const QJsonObject bundle = exported({{}, monday});
    const QList<QJsonObject> observations = resourcesOf(bundle, "Observation");
    ASSERT_EQ(observations.size(), 1 + 2);
    EXPECT_EQ(observations.first().value("effectiveDateTime").toString(),
              "2026-01-12T07:15:00+01:00");
    EXPECT_EQ(resourcesOf(bundle, "Procedure").size(), 1);
    const QList<QJsonObject> responses = resourcesOf(bundle, "QuestionnaireResponse");
    ASSERT_EQ(responses.size(), 1);
    EXPECT_EQ(responses.first().value("authored").toString(), "2026-01-12T09:02:00+01:00");
}

TEST_F(FhirExportTest, OtherNamesStillWriteTheJournalsOwnFormats)
{
    const QString backup = file(QStringLiteral("backup.json"));
    const Result<QStringList> written = FhirExport::exportTo(*m_journal, backup);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(fileBytes(backup)).object().value("format").toString(),
              "carrywell-journal");
    const Result<QStringList> csv = FhirExport::exportTo(*m_journal, file("notes.csv"));
    ASSERT_TRUE(csv.ok()) << csv.error().toStdString();
    EXPECT_EQ(csv->size(), 2) << "check-ins and sessions";
}

TEST_F(FhirExportTest, AFhirFileIsNotImportedAndSaysWhatToImportInstead)
{
    exported();
    const Result<ImportBatch> read = JournalFileFormats::read(file("journal.fhir.json"));
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().contains("FHIR")) << read.error().toStdString();
    EXPECT_TRUE(read.error().contains("Nothing was imported")) << read.error().toStdString();
}

TEST_F(FhirExportTest, TheJournalsOwnExportRefusesAFhirNameInsteadOfWritingABackupThere)
{
    const QString path = file(QStringLiteral("clinic.fhir.json"));
    const Result<QStringList> written = JournalFileFormats::exportTo(*m_journal, path);
    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(QFile::exists(path));
}
