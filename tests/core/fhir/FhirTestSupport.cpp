#include "FhirTestSupport.h"

#include "../journal/JournalTestSupport.h"

#include <gtest/gtest.h>

using namespace carrywell::core;

namespace carrywell::test {

void fillJournal(Journal& journal)
{
    const QList<CheckIn> checkIns{
        makeCheckIn(at(2026, 1, 12, 7, 15), 6,
                    {{Region::LowerBack, 7}, {Region::PelvicFloor, 4}, {Region::Neck, 2}},
                    {Trigger::Lifting, Trigger::Feeding}, QStringLiteral("Worse after the bath."),
                    {WarningSign::Leaking, WarningSign::NightPain}),
        makeCheckIn(at(2026, 1, 13, 21, 40), 3, {{Region::UpperBack, 3}}),
    };
    for (const CheckIn& checkIn : checkIns)
        ASSERT_TRUE(journal.addCheckIn(checkIn).ok());
    ASSERT_TRUE(
        journal
            .addSession(makeSession(at(2026, 1, 12, 20), QStringLiteral("evening-unwind"), 600,
                                    {QStringLiteral("cat-cow")}, {QStringLiteral("bridge")}, 5, 3))
            .ok());
    ASSERT_TRUE(journal
                    .addSession(makeSession(at(2026, 1, 13, 8), QStringLiteral("morning-reset"), 30,
                                            {}, {QStringLiteral("cat-cow")}))
                    .ok());
}

QList<ActivityRating> sampleRatings()
{
    const QString crib = QStringLiteral("Lifting the baby from the crib");
    const QString carSeat = QStringLiteral("Fastening the car seat");
    const QString stairs = QStringLiteral("Carrying shopping up stairs");
    return {
        {crib, 2, at(2026, 1, 5, 9)},     {carSeat, 4, at(2026, 1, 5, 9, 1)},
        {crib, 3, at(2026, 1, 5, 18)},    {stairs, 5, at(2026, 1, 12, 9)},
        {crib, 7, at(2026, 1, 12, 9, 2)},
    };
}

QList<QJsonObject> resourcesOf(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> found;
    for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == type)
            found.append(resource);
    }
    return found;
}

QStringList referencesIn(const QJsonValue& value)
{
    QStringList references;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            references += referencesIn(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("reference"))
                references.append(it.value().toString());
            else
                references += referencesIn(it.value());
        }
    }
    return references;
}

} // namespace carrywell::test
