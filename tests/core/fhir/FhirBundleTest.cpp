// The FHIR Bundle a clinic receives: what each check-in, session and PSFS
// rating becomes, with which codes, and that it hangs together.
#include "core/fhir/FhirBundle.h"

#include "../journal/JournalTestSupport.h"
#include "FhirTestSupport.h"
#include "core/fhir/FhirCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

FhirRecords sampleRecords()
{
    CheckIn morning =
        makeCheckIn(at(2026, 1, 12, 7, 15), 6, {{Region::LowerBack, 7}, {Region::PelvicFloor, 4}},
                    {Trigger::Lifting, Trigger::Feeding}, QStringLiteral("Worse after the bath."),
                    {WarningSign::Leaking, WarningSign::NightPain});
    morning.id = 1;
    // Written while travelling: her own offset, not the computer's.
    CheckIn away = makeCheckIn(at(2026, 1, 13, 21, 40, -5 * 3600), 3);
    away.id = 2;
    SessionRecord session = makeSession(at(2026, 1, 12, 20), QStringLiteral("evening-unwind"), 600,
                                        {QStringLiteral("cat-cow"), QStringLiteral("child-pose")},
                                        {QStringLiteral("bridge")}, 5, 3);
    session.id = 1;
    session.routineName = QStringLiteral("Evening unwind");
    return {{morning, away}, {session}, sampleRatings(), {}, at(2026, 1, 14, 9)};
}

QJsonObject codingOf(const QJsonObject& codeable)
{
    return codeable.value(QStringLiteral("coding")).toArray().first().toObject();
}

QString codeOf(const QJsonObject& codeable)
{
    return codingOf(codeable).value(QStringLiteral("code")).toString();
}

QJsonObject componentWithCode(const QJsonObject& observation, const QString& code)
{
    for (const QJsonValue& part : observation.value(QStringLiteral("component")).toArray()) {
        if (codeOf(part.toObject().value(QStringLiteral("code")).toObject()) == code)
            return part.toObject();
    }
    return {};
}

QStringList noteTexts(const QJsonObject& resource)
{
    QStringList texts;
    for (const QJsonValue& note : resource.value(QStringLiteral("note")).toArray())
        texts.append(note.toObject().value(QStringLiteral("text")).toString());
    return texts;
}

} // namespace

TEST(FhirBundle, IsACollectionWhoseEveryEntryHasAUrnUuidAndEveryReferenceResolves)
{
    const QJsonObject bundle = FhirBundle::build(sampleRecords());
    EXPECT_EQ(bundle.value("resourceType").toString(), "Bundle");
    EXPECT_EQ(bundle.value("type").toString(), "collection");
    EXPECT_EQ(bundle.value("timestamp").toString(), "2026-01-14T09:00:00+01:00");

    QSet<QString> urls;
    const QJsonArray entries = bundle.value("entry").toArray();
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        const QString url = entry.value("fullUrl").toString();
        EXPECT_TRUE(url.startsWith("urn:uuid:")) << url.toStdString();
        EXPECT_EQ(url.mid(9), entry.value("resource").toObject().value("id").toString());
        urls.insert(url);
    }
    EXPECT_EQ(urls.size(), entries.size()) << "no two entries share a fullUrl";
    const QStringList references = referencesIn(bundle);
    EXPECT_GE(references.size(), 8);
    for (const QString& reference : references)
        EXPECT_TRUE(urls.contains(reference)) << reference.toStdString();
    for (const QJsonObject& response : resourcesOf(bundle, "QuestionnaireResponse"))
        EXPECT_TRUE(urls.contains(response.value("questionnaire").toString()));
}

TEST(FhirBundle, ThePatientCarriesNothingThatIdentifiesHerUnlessSheGaveAName)
{
    FhirRecords records = sampleRecords();
    const QList<QJsonObject> anonymous = resourcesOf(FhirBundle::build(records), "Patient");
    ASSERT_EQ(anonymous.size(), 1);
    EXPECT_EQ(anonymous.first().keys(), (QStringList{"id", "resourceType"}));

    records.patientName = QStringLiteral("  Ana Ruiz ");
    const QJsonObject named = resourcesOf(FhirBundle::build(records), "Patient").first();
    EXPECT_EQ(named.keys(), (QStringList{"id", "name", "resourceType"}));
    EXPECT_EQ(named.value("name").toArray().first().toObject().value("text").toString(),
              "Ana Ruiz");
}

TEST(FhirBundle, ACheckInIsAFinalSurveyObservationOfLoincPainSeverityAtItsOwnOffset)
{
    const QList<QJsonObject> observations =
        resourcesOf(FhirBundle::build(sampleRecords()), "Observation");
    ASSERT_EQ(observations.size(), 4) << "two check-ins, pain before and after the session";
    const QJsonObject morning = observations.at(0);
    EXPECT_EQ(morning.value("status").toString(), "final");
    EXPECT_EQ(codeOf(morning.value("category").toArray().first().toObject()), "survey");
    const QJsonObject code = codingOf(morning.value("code").toObject());
    EXPECT_EQ(code.value("system").toString(), "http://loinc.org");
    EXPECT_EQ(code.value("code").toString(), "72514-3");
    EXPECT_EQ(code.value("display").toString(),
              "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
    EXPECT_EQ(morning.value("effectiveDateTime").toString(), "2026-01-12T07:15:00+01:00");
    EXPECT_EQ(morning.value("valueInteger").toInt(-1), 6);
    EXPECT_EQ(observations.at(1).value("effectiveDateTime").toString(),
              "2026-01-13T21:40:00-05:00");
    EXPECT_EQ(observations.at(1).value("valueInteger").toInt(-1), 3);
    EXPECT_FALSE(observations.at(1).contains("component")) << "no regions, no signs";
    EXPECT_FALSE(observations.at(1).contains("note"));
}

TEST(FhirBundle, AMomentInUtcIsWrittenWithAnOffsetOfZero)
{
    FhirRecords records = sampleRecords();
    records.checkIns.first().at = QDateTime(QDate(2026, 1, 12), QTime(6, 15), Qt::UTC);
    records.exportedAt = QDateTime(QDate(2026, 1, 14), QTime(9, 0), Qt::UTC);
    const QJsonObject bundle = FhirBundle::build(records);
    EXPECT_EQ(bundle.value("timestamp").toString(), "2026-01-14T09:00:00+00:00");
    EXPECT_EQ(resourcesOf(bundle, "Observation").first().value("effectiveDateTime").toString(),
              "2026-01-12T06:15:00+00:00");
}

TEST(FhirBundle, EachRegionScoreIsAComponentCodedWithItsSnomedBodyStructure)
{
    const QJsonObject morning =
        resourcesOf(FhirBundle::build(sampleRecords()), "Observation").first();
    const QJsonObject lowerBack = componentWithCode(morning, "37822005");
    EXPECT_EQ(codingOf(lowerBack.value("code").toObject()).value("system").toString(),
              "http://snomed.info/sct");
    EXPECT_EQ(codingOf(lowerBack.value("code").toObject()).value("display").toString(),
              "Lower back structure");
    EXPECT_EQ(lowerBack.value("valueInteger").toInt(-1), 7);
    EXPECT_EQ(componentWithCode(morning, "12921003").value("valueInteger").toInt(-1), 4);
}

TEST(FhirBundle, EveryRegionHasItsOwnSnomedCode)
{
    QSet<QString> codes;
    for (const Region region : allValues<Region>()) {
        const FhirCoding coding = FhirCodes::bodySite(region);
        EXPECT_EQ(coding.system, "http://snomed.info/sct");
        EXPECT_FALSE(coding.display.isEmpty()) << toId(region).toStdString();
        codes.insert(coding.code);
    }
    EXPECT_EQ(codes.size(), allValues<Region>().size());
    EXPECT_FALSE(codes.contains(QString()));
}

TEST(FhirBundle, WarningSignsAreTrueComponentsCodedAsSnomedFindings)
{
    const QJsonObject morning =
        resourcesOf(FhirBundle::build(sampleRecords()), "Observation").first();
    const QJsonObject leaking = componentWithCode(morning, "165232002");
    EXPECT_EQ(codingOf(leaking.value("code").toObject()).value("display").toString(),
              "Urinary incontinence");
    EXPECT_EQ(leaking.value("code").toObject().value("text").toString(), "Leaking");
    EXPECT_TRUE(leaking.value("valueBoolean").toBool());
    EXPECT_TRUE(componentWithCode(morning, "36163009").value("valueBoolean").toBool());
    EXPECT_TRUE(componentWithCode(morning, "44077006").isEmpty()) << "numbness was not ticked";
    EXPECT_EQ(morning.value("component").toArray().size(), 4);
}

TEST(FhirBundle, TriggersAndHerNoteAreNotesOfTheObservation)
{
    const QJsonObject morning =
        resourcesOf(FhirBundle::build(sampleRecords()), "Observation").first();
    EXPECT_EQ(noteTexts(morning),
              (QStringList{"Set off by: Lifting, Feeding", "Worse after the bath."}));
}

TEST(FhirBundle, ASessionIsACompletedExerciseTherapyProcedureOverTheTimeItRan)
{
    const QJsonObject bundle = FhirBundle::build(sampleRecords());
    const QList<QJsonObject> procedures = resourcesOf(bundle, "Procedure");
    ASSERT_EQ(procedures.size(), 1);
    const QJsonObject session = procedures.first();
    EXPECT_EQ(session.value("status").toString(), "completed");
    EXPECT_EQ(codeOf(session.value("code").toObject()), "229065009");
    EXPECT_EQ(session.value("code").toObject().value("text").toString(), "Evening unwind");
    const QJsonObject period = session.value("performedPeriod").toObject();
    EXPECT_EQ(period.value("start").toString(), "2026-01-12T20:00:00+01:00");
    EXPECT_EQ(period.value("end").toString(), "2026-01-12T20:10:00+01:00");
    EXPECT_EQ(noteTexts(session),
              (QStringList{"Exercises done: cat-cow, child-pose", "Exercises skipped: bridge"}));
}

TEST(FhirBundle, PainBeforeAndAfterASessionArePainObservationsThatArePartOfIt)
{
    const QJsonObject bundle = FhirBundle::build(sampleRecords());
    const QString procedure = QStringLiteral("urn:uuid:") +
                              resourcesOf(bundle, "Procedure").first().value("id").toString();
    const QList<QJsonObject> observations = resourcesOf(bundle, "Observation");
    const QJsonObject before = observations.at(2);
    const QJsonObject after = observations.at(3);
    for (const QJsonObject& pain : {before, after}) {
        EXPECT_EQ(codeOf(pain.value("code").toObject()), "72514-3");
        EXPECT_EQ(pain.value("partOf").toArray().first().toObject().value("reference").toString(),
                  procedure);
    }
    EXPECT_EQ(before.value("valueInteger").toInt(-1), 5);
    EXPECT_EQ(before.value("effectiveDateTime").toString(), "2026-01-12T20:00:00+01:00");
    EXPECT_EQ(noteTexts(before), QStringList{"Before the session"});
    EXPECT_EQ(after.value("valueInteger").toInt(-1), 3);
    EXPECT_EQ(after.value("effectiveDateTime").toString(), "2026-01-12T20:10:00+01:00");
}

TEST(FhirBundle, ASessionWithNothingDoneIsANotDoneProcedure)
{
    FhirRecords records = sampleRecords();
    records.sessions.first().exercises = {{QStringLiteral("cat-cow"), ExerciseOutcome::Skipped}};
    const QJsonObject session = resourcesOf(FhirBundle::build(records), "Procedure").first();
    EXPECT_EQ(session.value("status").toString(), "not-done");
}

TEST(FhirBundle, PsfsActivitiesAreOneQuestionnaireOfIntegerItemsFromZeroToTen)
{
    const QList<QJsonObject> forms =
        resourcesOf(FhirBundle::build(sampleRecords()), "Questionnaire");
    ASSERT_EQ(forms.size(), 1);
    const QJsonObject form = forms.first();
    EXPECT_EQ(form.value("status").toString(), "active");
    EXPECT_EQ(form.value("url").toString(), "urn:uuid:" + form.value("id").toString());
    const QJsonArray items = form.value("item").toArray();
    QStringList texts;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        texts.append(item.value("text").toString());
        EXPECT_EQ(item.value("type").toString(), "integer");
        const QJsonArray bounds = item.value("extension").toArray();
        ASSERT_EQ(bounds.size(), 2);
        EXPECT_EQ(bounds.at(0).toObject().value("url").toString(),
                  "http://hl7.org/fhir/StructureDefinition/minValue");
        EXPECT_EQ(bounds.at(0).toObject().value("valueInteger").toInt(-1), 0);
        EXPECT_EQ(bounds.at(1).toObject().value("url").toString(),
                  "http://hl7.org/fhir/StructureDefinition/maxValue");
        EXPECT_EQ(bounds.at(1).toObject().value("valueInteger").toInt(-1), 10);
    }
    EXPECT_EQ(texts, (QStringList{"Lifting the baby from the crib", "Fastening the car seat",
                                  "Carrying shopping up stairs"}));
}

TEST(FhirBundle, EachDaySheRatedHerActivitiesIsOneResponseWithThatDaysLastScores)
{
    const QJsonObject bundle = FhirBundle::build(sampleRecords());
    const QString form = resourcesOf(bundle, "Questionnaire").first().value("url").toString();
    const QList<QJsonObject> responses = resourcesOf(bundle, "QuestionnaireResponse");
    ASSERT_EQ(responses.size(), 2);
    const auto answers = [](const QJsonObject& response) {
        QStringList found;
        for (const QJsonValue& value : response.value("item").toArray()) {
            const QJsonObject item = value.toObject();
            found.append(QStringLiteral("%1 %2=%3")
                             .arg(item.value("linkId").toString(), item.value("text").toString())
                             .arg(item.value("answer")
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value("valueInteger")
                                      .toInt(-1)));
        }
        return found;
    };
    EXPECT_EQ(responses.at(0).value("questionnaire").toString(), form);
    EXPECT_EQ(responses.at(0).value("status").toString(), "completed");
    EXPECT_EQ(responses.at(0).value("authored").toString(), "2026-01-05T18:00:00+01:00");
    EXPECT_EQ(answers(responses.at(0)), (QStringList{"activity-1 Lifting the baby from the crib=3",
                                                     "activity-2 Fastening the car seat=4"}));
    EXPECT_EQ(responses.at(1).value("authored").toString(), "2026-01-12T09:02:00+01:00");
    EXPECT_EQ(answers(responses.at(1)), (QStringList{"activity-1 Lifting the baby from the crib=7",
                                                     "activity-3 Carrying shopping up stairs=5"}));
}

TEST(FhirBundle, ARatingWithoutATimeAnActivityOrAScoreFromZeroToTenIsLeftOut)
{
    FhirRecords records = sampleRecords();
    records.ratings = {{QStringLiteral("Lifting the baby from the crib"), 4, QDateTime()},
                       {QStringLiteral("  "), 4, at(2026, 1, 5, 9)},
                       {QStringLiteral("Fastening the car seat"), 11, at(2026, 1, 5, 9)},
                       {QStringLiteral("Fastening the car seat"), -1, at(2026, 1, 5, 9)}};
    const QJsonObject bundle = FhirBundle::build(records);
    EXPECT_TRUE(resourcesOf(bundle, "Questionnaire").isEmpty());
    EXPECT_TRUE(resourcesOf(bundle, "QuestionnaireResponse").isEmpty());

    records.ratings.append({QStringLiteral("Fastening the car seat"), 10, at(2026, 1, 6, 9)});
    const QJsonObject kept = FhirBundle::build(records);
    ASSERT_EQ(resourcesOf(kept, "Questionnaire").size(), 1);
    EXPECT_EQ(resourcesOf(kept, "Questionnaire").first().value("item").toArray().size(), 1);
    EXPECT_EQ(resourcesOf(kept, "QuestionnaireResponse").size(), 1);
}

TEST(FhirBundle, WithoutRatingsThereIsNoQuestionnaire)
{
    FhirRecords records = sampleRecords();
    records.ratings.clear();
    const QJsonObject bundle = FhirBundle::build(records);
    EXPECT_TRUE(resourcesOf(bundle, "Questionnaire").isEmpty());
    EXPECT_TRUE(resourcesOf(bundle, "QuestionnaireResponse").isEmpty());
}

TEST(FhirBundle, TheSameEntryKeepsItsFullUrlFromOneExportToTheNext)
{
    const auto urls = [](const QJsonObject& bundle) {
        QStringList found;
        for (const QJsonValue& entry : bundle.value("entry").toArray())
            found.append(entry.toObject().value("fullUrl").toString());
        return found.mid(1); // The Patient's is new each time.
    };
    EXPECT_EQ(urls(FhirBundle::build(sampleRecords())), urls(FhirBundle::build(sampleRecords())));
}

TEST(FhirBundle, IsWrittenAsJsonThatReadsBackToTheSameBundle)
{
    FhirRecords records = sampleRecords();
    const QByteArray bytes = FhirBundle::write(records);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(document.object().value("entry").toArray().size(),
              1 + 2 + 1 + 2 + 1 + 2); // Patient, check-ins, session and its pain, PSFS.
}
