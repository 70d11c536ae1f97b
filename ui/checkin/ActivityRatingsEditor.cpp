#include "ui/checkin/ActivityRatingsEditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

/// The spin box's value that stands for "not rated".
constexpr int notRated = -1;

} // namespace

ActivityRatingsEditor::ActivityRatingsEditor(const QStringList& activities, int columns,
                                             QWidget* parent)
    : QWidget(parent), m_activities(activities), m_scaleHint(new QLabel(this))
{
    setObjectName(QStringLiteral("activityRatingsEditor"));
    QLabel* scale = m_scaleHint;
    scale->setText(tr("How well can you do each now? 0 = not at all, 10 = as well as "
                      "before. Skip any you like."));
    scale->setObjectName(QStringLiteral("activityScaleHint"));
    scale->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    for (qsizetype i = 0; i < activities.size(); ++i) {
        auto* score = new QSpinBox(this);
        score->setObjectName(QStringLiteral("activityScore-%1").arg(i));
        score->setRange(notRated, 10);
        score->setValue(notRated);
        score->setSpecialValueText(tr("Not rated"));
        score->setAccessibleName(activities[i]);
        score->setAccessibleDescription(tr("0 means you cannot do it at all, 10 as well as "
                                           "before"));
        score->setFixedWidth(score->fontMetrics().horizontalAdvance(tr("Not rated")) + 48);
        connect(score, &QSpinBox::valueChanged, this, &ActivityRatingsEditor::changed);
        auto* label = new QLabel(activities[i], this);
        label->setWordWrap(true);
        label->setBuddy(score);
        const int row = int(i) / columns;
        const int column = (int(i) % columns) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(score, row, column + 1, Qt::AlignVCenter);
        grid->setColumnStretch(column, 1);
        if (column > 0)
            grid->setColumnMinimumWidth(column - 1, score->width());
        m_scores.append(score);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scale);
    layout->addLayout(grid);
}

QList<core::ActivityRating> ActivityRatingsEditor::ratings(const QDateTime& at) const
{
    QList<core::ActivityRating> result;
    for (qsizetype i = 0; i < m_scores.size(); ++i) {
        if (m_scores[i]->value() != notRated)
            result.append({m_activities[i], m_scores[i]->value(), at});
    }
    return result;
}

bool ActivityRatingsEditor::anyRated() const
{
    for (const QSpinBox* score : m_scores) {
        if (score->value() != notRated)
            return true;
    }
    return false;
}

void ActivityRatingsEditor::hideScaleHint()
{
    m_scaleHint->hide();
}

QList<QWidget*> ActivityRatingsEditor::focusChain() const
{
    QList<QWidget*> chain;
    for (QSpinBox* score : m_scores)
        chain.append(score);
    return chain;
}

} // namespace carrywell::ui
