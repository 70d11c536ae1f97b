#include "ui/journal/JournalChartsPanel.h"

#include "ui/journal/PainChartView.h"
#include "ui/journal/SessionEffectChartView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace carrywell::ui {

JournalChartsPanel::JournalChartsPanel(const QHash<core::Region, QString>& regionNames,
                                       QWidget* parent)
    : QWidget(parent), m_pain(new PainChartView(regionNames, this)),
      m_effect(new SessionEffectChartView(this)),
      m_showRegions(new QCheckBox(tr("Show each &region"), this))
{
    setObjectName(QStringLiteral("journalCharts"));
    m_showRegions->setObjectName(QStringLiteral("showRegionsBox"));
    m_showRegions->setChecked(true);
    m_effect->setMinimumWidth(320);

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_pain, 2);
    charts->addWidget(m_effect, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_showRegions, 0, Qt::AlignLeft);
    layout->addLayout(charts, 1);

    connect(m_showRegions, &QCheckBox::toggled, m_pain, &PainChartView::setRegionsVisible);
}

void JournalChartsPanel::setData(const core::PainChartData& pain, const core::SessionEffect& effect)
{
    m_pain->setData(pain);
    m_effect->setEffect(effect);
}

} // namespace carrywell::ui
