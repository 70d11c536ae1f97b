#pragma once

#include "core/journal/PainChartData.h"
#include "core/journal/SessionEffects.h"

#include <QHash>
#include <QWidget>

class QCheckBox;

namespace carrywell::ui {

class PainChartView;
class SessionEffectChartView;

/// The charts of the journal page: pain over time with sessions per week,
/// and pain before and after sessions.
class JournalChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JournalChartsPanel(const QHash<core::Region, QString>& regionNames,
                                QWidget* parent = nullptr);

    void setData(const core::PainChartData& pain, const core::SessionEffect& effect);
    PainChartView* painChart() const { return m_pain; }
    SessionEffectChartView* effectChart() const { return m_effect; }
    QCheckBox* regionsBox() const { return m_showRegions; }

private:
    PainChartView* m_pain;
    SessionEffectChartView* m_effect;
    QCheckBox* m_showRegions;
};

} // namespace carrywell::ui
