#include "core/journal/SavedPlan.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

CARRYWELL_TR_CONTEXT(carrywell::core::SavedPlan);

namespace carrywell::core {
QStringList problemsWith(const SavedPlan& plan)
{
    QStringList problems;
    if (!plan.weekStart.isValid())
        problems.append(tr("it has no valid week start date"));
    else if (plan.weekStart.dayOfWeek() != Qt::Monday)
        problems.append(tr("its week starts on %1, which is not a Monday")
                            .arg(plan.weekStart.toString(Qt::ISODate)));
    if (!plan.savedAt.isValid())
        problems.append(tr("it has no valid date and time of saving"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(plan.json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        problems.append(tr("its plan is not a JSON object"));
    return problems;
}

} // namespace carrywell::core
