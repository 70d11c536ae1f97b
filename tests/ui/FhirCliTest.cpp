// --export-journal NAME.fhir.json, run as a script runs it: the real program
// with no display writes a FHIR Bundle, --from and --to keep their days, and
// a day range on a .json or .csv export is refused with nothing written, and
// the Patient is named only when her settings hold a name.
#include "ProgramRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

using test::ProgramRun;

class FhirCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        for (const QStringList& checkIn :
             {QStringList{"--log-pain", "6", "--region", "lower-back=7", "--sign", "leaking",
                          "--trigger", "lifting", "--at", "2026-01-05T09:30:00+01:00"},
              QStringList{"--log-pain", "3", "--at", "2026-01-07T21:00:00+01:00"},
              QStringList{"--log-pain", "2", "--at", "2026-01-09T08:00:00-05:00"}}) {
            const ProgramRun run = carrywell(checkIn);
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        }
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

    ProgramRun carrywell(QStringList arguments) const
    {
        arguments.prepend(m_dir.filePath(QStringLiteral("data")));
        arguments.prepend(QStringLiteral("--data-dir"));
        return test::runCarrywell(arguments);
    }

    /// The effectiveDateTime of each check-in Observation in the file.
    QStringList checkInTimes(const QString& name) const
    {
        QFile in(file(name));
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << name.toStdString();
        const QJsonObject bundle = QJsonDocument::fromJson(in.readAll()).object();
        EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), "Bundle");
        QStringList times;
        for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject resource =
                entry.toObject().value(QStringLiteral("resource")).toObject();
            if (resource.value(QStringLiteral("resourceType")).toString() == "Observation")
                times.append(resource.value(QStringLiteral("effectiveDateTime")).toString());
        }
        return times;
    }

    /// The Patient resource of the file.
    QJsonObject patient(const QString& name) const
    {
        QFile in(file(name));
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << name.toStdString();
        const QJsonObject bundle = QJsonDocument::fromJson(in.readAll()).object();
        for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject resource =
                entry.toObject().value(QStringLiteral("resource")).toObject();
            if (resource.value(QStringLiteral("resourceType")).toString() == "Patient")
                return resource;
        }
        ADD_FAILURE() << name.toStdString() << " has no Patient";
        return {};
    }

    /// Settings written as she or a text editor would: the profile's name only.
    void writeSettings(const QByteArray& profile) const
    {
        QFile out(m_dir.filePath(QStringLiteral("data/settings.ini")));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("[profile]\n" + profile + "\n");
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(FhirCliTest, ThePatientCarriesTheNameHerSettingsHold)
{
    writeSettings("name=Ana Ruiz");
    const ProgramRun run = carrywell({"--export-journal", file("named.fhir.json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray names = patient("named.fhir.json").value(QStringLiteral("name")).toArray();
    ASSERT_EQ(names.size(), 1);
    EXPECT_EQ(names.first().toObject().value(QStringLiteral("text")).toString(), "Ana Ruiz");
}

TEST_F(FhirCliTest, WithoutANameThePatientCarriesNone)
{
    writeSettings("diastasis=true");
    const ProgramRun run = carrywell({"--export-journal", file("anonymous.fhir.json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject person = patient("anonymous.fhir.json");
    EXPECT_EQ(person.value(QStringLiteral("resourceType")).toString(), "Patient");
    EXPECT_FALSE(person.contains(QStringLiteral("name")));
}

TEST_F(FhirCliTest, AFhirJsonNameWritesABundleOfEveryCheckInAtItsOwnOffset)
{
    const ProgramRun run = carrywell({"--export-journal", file("clinic.fhir.json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("Wrote %1\n").arg(file("clinic.fhir.json")));
    EXPECT_EQ(checkInTimes("clinic.fhir.json"),
              (QStringList{"2026-01-05T09:30:00+01:00", "2026-01-07T21:00:00+01:00",
                           "2026-01-09T08:00:00-05:00"}));
}

TEST_F(FhirCliTest, FromAndToKeepOnlyTheirDays)
{
    ProgramRun run = carrywell(
        {"--export-journal", file("week.fhir.json"), "--from", "2026-01-06", "--to", "2026-01-09"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(checkInTimes("week.fhir.json"),
              (QStringList{"2026-01-07T21:00:00+01:00", "2026-01-09T08:00:00-05:00"}));

    run = carrywell({"--export-journal", file("start.fhir.json"), "--to", "2026-01-05"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(checkInTimes("start.fhir.json"), QStringList{"2026-01-05T09:30:00+01:00"});
}

TEST_F(FhirCliTest, ADayRangeOnABackupOrCsvIsRefusedAndNothingIsWritten)
{
    for (const char* name : {"backup.json", "notes.csv"}) {
        const ProgramRun run = carrywell(
            {"--export-journal", file(QString::fromLatin1(name)), "--from", "2026-01-06"});
        EXPECT_EQ(run.exitCode, 2) << name;
        EXPECT_TRUE(run.err.contains("NAME.fhir.json")) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(file(QString::fromLatin1(name)))) << name;
    }
    const ProgramRun backwards = carrywell(
        {"--export-journal", file("x.fhir.json"), "--from", "2026-01-09", "--to", "2026-01-06"});
    EXPECT_EQ(backwards.exitCode, 2);
    EXPECT_TRUE(backwards.err.contains("is after --to")) << backwards.err.toStdString();
    EXPECT_FALSE(QFile::exists(file("x.fhir.json")));
}

TEST_F(FhirCliTest, AFhirFileIsNotImportedAndTheJournalStaysAsItWas)
{
    ASSERT_EQ(carrywell({"--export-journal", file("clinic.fhir.json")}).exitCode, 0);
    const ProgramRun run = carrywell({"--import-journal", file("clinic.fhir.json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("does not read back")) << run.err.toStdString();
    ASSERT_EQ(carrywell({"--export-journal", file("after.fhir.json")}).exitCode, 0);
    EXPECT_EQ(checkInTimes("after.fhir.json").size(), 3);
}
