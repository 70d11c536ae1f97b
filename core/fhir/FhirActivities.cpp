#include "core/fhir/FhirActivities.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::FhirActivities);

namespace carrywell::core {
namespace {

QJsonObject bound(const char* which, int value)
{
    return {{QStringLiteral("url"),
             QStringLiteral("http://hl7.org/fhir/StructureDefinition/") + QLatin1String(which)},
            {QStringLiteral("valueInteger"), value}};
}

QString linkId(qsizetype index)
{
    return QStringLiteral("activity-%1").arg(index + 1);
}

FhirResource questionnaire(const QStringList& activities)
{
    const QString url = FhirJson::fullUrl(QStringLiteral("psfs-questionnaire/") +
                                          activities.join(QLatin1Char('\n')));
    QJsonArray items;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        items.append(QJsonObject{
            {QStringLiteral("linkId"), linkId(i)},
            {QStringLiteral("text"), activities.at(i)},
            {QStringLiteral("type"), QStringLiteral("integer")},
            {QStringLiteral("extension"), QJsonArray{bound("minValue", 0), bound("maxValue", 10)}},
        });
    }
    return FhirJson::resource(
        url,
        QJsonObject{
            {QStringLiteral("resourceType"), QStringLiteral("Questionnaire")},
            // Its own urn:uuid, so the responses' canonical reference resolves in the Bundle.
            {QStringLiteral("url"), url},
            {QStringLiteral("name"), QStringLiteral("PatientSpecificFunctionalScale")},
            {QStringLiteral("title"), QStringLiteral("Patient-Specific Functional Scale (PSFS)")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("subjectType"), QJsonArray{QStringLiteral("Patient")}},
            {QStringLiteral("description"),
             tr("For each activity she named: 0 = unable to do the activity, 10 = able to do "
                "it as well as before the problem.")},
            {QStringLiteral("item"), items},
        });
}

FhirResource response(const QList<ActivityRating>& day, const QStringList& activities,
                      const QString& questionnaireUrl, const QString& patientUrl)
{
    // The day's last rating of each activity is its answer.
    QMap<qsizetype, ActivityRating> answers;
    QDateTime authored = day.first().ratedAt;
    for (const ActivityRating& rating : day) {
        answers.insert(activities.indexOf(rating.activity), rating);
        authored = std::max(authored, rating.ratedAt);
    }
    QJsonArray items;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        items.append(QJsonObject{
            {QStringLiteral("linkId"), linkId(it.key())},
            {QStringLiteral("text"), it->activity},
            {QStringLiteral("answer"),
             QJsonArray{QJsonObject{{QStringLiteral("valueInteger"), it->score}}}},
        });
    }
    const QString url = FhirJson::fullUrl(
        QStringLiteral("psfs-response/%1/%2")
            .arg(day.first().ratedAt.date().toString(Qt::ISODate), questionnaireUrl));
    return FhirJson::resource(
        url, QJsonObject{
                 {QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
                 {QStringLiteral("questionnaire"), questionnaireUrl},
                 {QStringLiteral("status"), QStringLiteral("completed")},
                 {QStringLiteral("subject"), FhirJson::reference(patientUrl)},
                 {QStringLiteral("authored"), FhirJson::dateTime(authored)},
                 {QStringLiteral("item"), items},
             });
}

} // namespace

QList<FhirResource> FhirActivities::resources(const QList<ActivityRating>& ratings,
                                              const QString& patientUrl)
{
    // A rating without a time, an activity or a 0–10 score would make an
    // invalid response; the journal never stores one, and none is written.
    QList<ActivityRating> sorted;
    for (const ActivityRating& rating : ratings) {
        if (rating.ratedAt.isValid() && !rating.activity.trimmed().isEmpty() && rating.score >= 0 &&
            rating.score <= 10)
            sorted.append(rating);
    }
    if (sorted.isEmpty())
        return {};
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ActivityRating& a, const ActivityRating& b) { return a.ratedAt < b.ratedAt; });
    QStringList activities;
    // Ratings by the local day she gave them.
    QMap<QDate, QList<ActivityRating>> days;
    for (const ActivityRating& rating : sorted) {
        if (!activities.contains(rating.activity))
            activities.append(rating.activity);
        days[rating.ratedAt.date()].append(rating);
    }
    const FhirResource form = questionnaire(activities);
    QList<FhirResource> resources{form};
    for (const QList<ActivityRating>& day : days)
        resources.append(response(day, activities, form.fullUrl, patientUrl));
    return resources;
}

} // namespace carrywell::core
