#include "core/journal/SavedPlan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace carrywell::core {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::core::SavedPlan)
};

} // namespace

QStringList problemsWith(const SavedPlan& plan)
{
    QStringList problems;
    if (!plan.weekStart.isValid())
        problems.append(Tr::tr("it has no valid week start date"));
    else if (plan.weekStart.dayOfWeek() != Qt::Monday)
        problems.append(Tr::tr("its week starts on %1, which is not a Monday")
                                .arg(plan.weekStart.toString(Qt::ISODate)));
    if (!plan.savedAt.isValid())
        problems.append(Tr::tr("it has no valid date and time of saving"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(plan.json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        problems.append(Tr::tr("its plan is not a JSON object"));
    return problems;
}

} // namespace carrywell::core
