// The FHIR export of a journal with check-ins, warning signs, triggers,
// sessions and PSFS ratings, validated by FHIR.js (the npm package `fhir`,
// installed into the build tree by the fhir_validator_install test).
#include "../journal/JournalTestSupport.h"
#include "FhirTestSupport.h"
#include "core/fhir/FhirExport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

// Without node or FHIR.js the test cannot run: a failure in CI, where the
// set-up installs both, and a skip with the reason on a developer's machine.
QString missingValidator()
{
    const QString node = QStringLiteral(FHIR_NODE);
    if (node.isEmpty() || node.endsWith(QLatin1String("NOTFOUND")) ||
        !QFileInfo(node).isExecutable())
        return QStringLiteral("node was not found when the build was configured");
    if (!QFileInfo::exists(QStringLiteral(FHIR_VALIDATOR_DIR "/node_modules/fhir/package.json")))
        return QStringLiteral("FHIR.js is not installed in " FHIR_VALIDATOR_DIR
                              " (the fhir_validator_install test installs it with npm)");
    return {};
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

/// validate-fhir.js on the file: FHIR.js, then fullUrls and references.
Validation validate(const QString& path)
{
    QProcess node;
    node.start(QStringLiteral(FHIR_NODE),
               {QStringLiteral(FHIR_VALIDATE_SCRIPT), QStringLiteral(FHIR_VALIDATOR_DIR), path});
    if (!node.waitForFinished(120000) || node.exitStatus() != QProcess::NormalExit)
        return {-1, QStringLiteral("node did not finish")};
    return {node.exitCode(),
            QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError())};
}

class FhirValidationTest : public JournalTest
{
protected:
    void SetUp() override
    {
        if (const QString missing = missingValidator(); !missing.isEmpty()) {
            FAIL() << missing.toStdString() << "; install nodejs and npm (./dev.sh packages test)";
        }
    }
};

} // namespace

TEST_F(FhirValidationTest, AFullJournalExportsAsABundleThatFhirJsFindsNoErrorIn)
{
    const std::unique_ptr<Journal> journal = open();
    ASSERT_TRUE(journal);
    fillJournal(*journal);
    ASSERT_TRUE(journal->addActivityRatings(sampleRatings()).ok());
    const QString path = folder() + QStringLiteral("/journal.fhir.json");
    const Result<QStringList> written =
        FhirExport::exportTo(*journal, path, {QStringLiteral("Ana"), {}});
    ASSERT_TRUE(written.ok()) << written.error().toStdString();

    const Validation result = validate(path);
    EXPECT_EQ(result.exitCode, 0) << result.output.toStdString();
    EXPECT_TRUE(result.output.contains(QLatin1String(", 0 problems")))
        << result.output.toStdString();
}

TEST_F(FhirValidationTest, TheCheckFindsAMissingStatusAStrayPropertyAndAReferenceToNothing)
{
    const std::unique_ptr<Journal> journal = open();
    ASSERT_TRUE(journal);
    fillJournal(*journal);
    const Result<FhirRecords> records = FhirExport::records(*journal, {});
    ASSERT_TRUE(records.ok()) << records.error().toStdString();
    QJsonObject bundle = FhirBundle::build(records.value());
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QJsonObject entry = entries.at(1).toObject();
    QJsonObject observation = entry.value(QStringLiteral("resource")).toObject();
    observation.remove(QStringLiteral("status"));
    observation.insert(QStringLiteral("colour"), QStringLiteral("red"));
    observation.insert(
        QStringLiteral("subject"),
        QJsonObject{{QStringLiteral("reference"),
                     QStringLiteral("urn:uuid:00000000-0000-0000-0000-000000000000")}});
    entry.insert(QStringLiteral("resource"), observation);
    entries.replace(1, entry);
    bundle.insert(QStringLiteral("entry"), entries);
    const QString path = folder() + QStringLiteral("/broken.fhir.json");
    writeFile(path, QJsonDocument(bundle).toJson());

    const Validation result = validate(path);
    EXPECT_EQ(result.exitCode, 1) << result.output.toStdString();
    for (const char* problem :
         {"Observation.status: Missing property", "Observation.colour: Unexpected property",
          "00000000-0000-0000-0000-000000000000 is not an entry"})
        EXPECT_TRUE(result.output.contains(QLatin1String(problem))) << problem << "\n"
                                                                    << result.output.toStdString();
}
