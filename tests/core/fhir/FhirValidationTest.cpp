// The FHIR export of a journal with check-ins, warning signs, triggers,
// sessions and PSFS ratings, validated by FHIR.js (the npm package `fhir`,
// installed into the build tree by the fhir_validator_install test).
#include "../journal/JournalTestSupport.h"
#include "FhirTestSupport.h"
#include "core/fhir/FhirExport.h"

#include <QFileInfo>
#include <QProcess>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class FhirValidationTest : public JournalTest
{
};

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

bool inCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return !ci.isEmpty() && ci != QLatin1String("false") && ci != QLatin1String("0");
}

} // namespace

TEST_F(FhirValidationTest, AFullJournalExportsAsABundleThatFhirJsFindsNoErrorIn)
{
    if (const QString missing = missingValidator(); !missing.isEmpty()) {
        if (inCi())
            FAIL() << missing.toStdString() << "; install nodejs and npm (./dev.sh packages test)";
        GTEST_SKIP() << missing.toStdString()
                     << "; install nodejs and npm (./dev.sh packages test) to run it";
    }
    const std::unique_ptr<Journal> journal = open();
    ASSERT_TRUE(journal);
    fillJournal(*journal);
    const QString path = folder() + QStringLiteral("/journal.fhir.json");
    const Result<QStringList> written =
        FhirExport::exportTo(*journal, path, {sampleRatings(), QStringLiteral("Ana"), {}});
    ASSERT_TRUE(written.ok()) << written.error().toStdString();

    QProcess node;
    node.start(QStringLiteral(FHIR_NODE),
               {QStringLiteral(FHIR_VALIDATE_SCRIPT), QStringLiteral(FHIR_VALIDATOR_DIR), path});
    ASSERT_TRUE(node.waitForFinished(120000)) << "node did not finish";
    const QString output =
        QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    EXPECT_EQ(node.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(node.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QLatin1String(", 0 problems"))) << output.toStdString();
}
