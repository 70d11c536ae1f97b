#include "ui/plan/PlanText.h"

#include "core/common/LocaleFormat.h"

namespace carrywell::ui {

QString PlanText::stageName(core::PlanStage stage)
{
    switch (stage) {
    case core::PlanStage::Breathing:
        return tr("Breathing");
    case core::PlanStage::Mobility:
        return tr("Mobility");
    case core::PlanStage::Strength:
        return tr("Strength and core");
    case core::PlanStage::Release:
        return tr("Release");
    }
    return {};
}

QString PlanText::sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString PlanText::daySummary(const core::PlanDay& day)
{
    if (day.rest)
        return tr("Rest day");
    const int count = int(day.exercises.size());
    const QString exercises =
        count == 1 ? tr("1 exercise") : tr("%1 exercises").arg(core::LocaleFormat::number(count));
    return exercises + QStringLiteral(" · ") +
           core::LocaleFormat::aboutMinutes(day.estimatedSeconds());
}

QString PlanText::why(const core::PlannedExercise& item)
{
    const QString separator = QStringLiteral(" — ");
    const qsizetype at = item.reason.indexOf(separator);
    return sentence(at < 0 ? item.reason : item.reason.mid(at + separator.size()));
}

} // namespace carrywell::ui
