#include "ui/library/ExercisePage.h"

#include "ui/library/ExercisePane.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace carrywell::ui {

ExercisePage::ExercisePage(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_back(new QPushButton(tr("Back to the list"), this)),
      m_start(new QPushButton(tr("Start guided session"), this)),
      m_pane(new ExercisePane(library, this))
{
    setObjectName(QStringLiteral("exercisePage"));
    m_back->setObjectName(QStringLiteral("backToResultsButton"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(
        tr("Back to the list (%1)")
            .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_back->setFlat(true);

    m_start->setObjectName(QStringLiteral("startExerciseSessionButton"));
    m_start->setToolTip(tr("Follow this exercise with sound and a countdown"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch(1);
    top->addWidget(m_start);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pane, 1);

    connect(m_back, &QPushButton::clicked, this, &ExercisePage::backRequested);
    connect(m_start, &QPushButton::clicked, this, [this] { emit startRequested(exerciseId()); });
    connect(m_pane, &ExercisePane::guideLinkActivated, this, &ExercisePage::guideLinkActivated);
    connect(m_pane, &ExercisePane::exerciseLinkActivated, this,
            &ExercisePage::exerciseLinkActivated);
}

void ExercisePage::showExercise(const core::Exercise* exercise)
{
    m_pane->showExercise(exercise);
}

void ExercisePage::setWeeksSinceBirth(std::optional<int> weeks)
{
    m_pane->setWeeksSinceBirth(weeks);
}

QString ExercisePage::exerciseId() const
{
    return m_pane->exerciseId();
}

} // namespace carrywell::ui
