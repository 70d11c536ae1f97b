// Her physiotherapist's clinic asked for her pain diary: File ▸ Export ▸ For a
// clinic (FHIR), a name typed in the file dialog, and a FHIR Bundle is there.

#include "JournalUiFixture.h"
#include "JourneySupport.h"
#include "ui/journal/JournalFileActions.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;
using test::utc;

namespace {

class ClinicExportJourney : public test::JournalUiTest
{
};

QStringList resourceTypes(const QJsonObject& bundle)
{
    QStringList types;
    for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray()) {
        types.append(entry.toObject()
                         .value(QStringLiteral("resource"))
                         .toObject()
                         .value(QStringLiteral("resourceType"))
                         .toString());
    }
    return types;
}

} // namespace

TEST_F(ClinicExportJourney, FileExportForAClinicWritesAFhirBundleUnderTheNameSheTyped)
{
    add({test::checkIn(utc(2026, 1, 12, 7, 15), 6, {{core::Region::LowerBack, 6}},
                       {core::Trigger::Lifting}),
         test::checkIn(utc(2026, 1, 13, 21), 3)});
    add(test::session(utc(2026, 1, 13, 20), QStringLiteral("evening-release"), 12, 5, 3));

    ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // She types a plain name; the entry she chose decides the format.
    const QString folder = m_dir.filePath(QStringLiteral("for-the-clinic"));
    ASSERT_TRUE(QDir().mkpath(folder));
    test::answerFileDialog(QDir(folder).filePath(QStringLiteral("pain-diary")));
    ASSERT_TRUE(test::chooseFromMenu(window, QStringLiteral("exportForClinicAction")));

    QFile file(QDir(folder).filePath(QStringLiteral("pain-diary.fhir.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly))
        << "written: "
        << QDir(folder).entryList(QDir::Files).join(QStringLiteral(", ")).toStdString();
    const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    EXPECT_EQ(resourceTypes(bundle), (QStringList{"Patient", "Observation", "Observation",
                                                  "Procedure", "Observation", "Observation"}));
}

TEST(ClinicExportName, ANameWithoutTheFhirEndingGetsIt)
{
    using ui::JournalFileActions;
    EXPECT_EQ(JournalFileActions::forClinic("/tmp/diary"), "/tmp/diary.fhir.json");
    EXPECT_EQ(JournalFileActions::forClinic("/tmp/diary.json"), "/tmp/diary.fhir.json");
    EXPECT_EQ(JournalFileActions::forClinic("/tmp/diary.JSON"), "/tmp/diary.fhir.json");
    EXPECT_EQ(JournalFileActions::forClinic("/tmp/diary.FHIR.json"), "/tmp/diary.FHIR.json");
    EXPECT_EQ(JournalFileActions::forClinic("/tmp/diary.csv"), "/tmp/diary.csv.fhir.json");
}
