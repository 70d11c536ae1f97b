#include "ui/library/ExercisePane.h"

#include "ui/figure/FigureView.h"
#include "ui/library/ExerciseDetailView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace carrywell::ui {

ExercisePane::ExercisePane(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library), m_figure(new FigureView(this)),
      m_playButton(new QToolButton(this)), m_tempo(new QLabel(this)),
      m_detail(new ExerciseDetailView(library, this))
{
    setObjectName(QStringLiteral("exercisePane"));
    m_playButton->setObjectName(QStringLiteral("animationPlayButton"));
    m_playButton->setAutoRaise(true);
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tempo->setObjectName(QStringLiteral("animationTempoLabel"));
    m_tempo->setAccessibleName(tr("Tempo"));

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(8, 0, 8, 0);
    controls->addWidget(m_playButton);
    controls->addWidget(m_tempo, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The figure takes a share of a tall window too, up to what its picture
    // needs (FigureView caps its own height); the text gets the rest.
    layout->addWidget(m_figure, 2);
    layout->addLayout(controls);
    layout->addWidget(m_detail, 3);

    const auto updateButton = [this](bool playing) {
        m_playButton->setText(playing ? tr("Pause animation") : tr("Play animation"));
        m_playButton->setAccessibleName(m_playButton->text());
    };
    connect(m_figure, &FigureView::playingChanged, this, updateButton);
    connect(m_playButton, &QToolButton::clicked, this,
            [this] { m_figure->setPlaying(!m_figure->isPlaying()); });
    connect(m_detail, &ExerciseDetailView::exerciseLinkActivated, this,
            &ExercisePane::exerciseLinkActivated);
    connect(m_detail, &ExerciseDetailView::guideLinkActivated, this,
            &ExercisePane::guideLinkActivated);
    updateButton(false);
}

QString ExercisePane::exerciseId() const
{
    return m_detail->exerciseId();
}

void ExercisePane::setWeeksSinceBirth(std::optional<int> weeks)
{
    m_detail->setWeeksSinceBirth(weeks);
}

void ExercisePane::showExercise(const core::Exercise* exercise)
{
    const bool wasPlaying = m_figure->isPlaying() || !m_figure->exercise();
    m_detail->showExercise(exercise);
    const core::Illustration* illustration =
        exercise ? m_library.illustration(exercise->id) : nullptr;
    m_figure->setPlaying(false);
    m_figure->setExercise(exercise, illustration);
    const bool animated = illustration != nullptr;
    m_figure->setVisible(animated);
    m_playButton->setVisible(animated);
    m_tempo->setVisible(animated);
    updateTempoText();
    if (animated && wasPlaying)
        m_figure->setPlaying(true);
}

void ExercisePane::updateTempoText()
{
    const auto cycle = m_figure->cycle();
    if (!cycle) {
        m_tempo->clear();
        return;
    }
    // Breathing exercises time the breath: in, then out.
    const core::Exercise* exercise = m_figure->exercise();
    const bool breath = exercise && exercise->tempo() == core::Dosage::Tempo::Breath;
    QString text =
        breath ? tr("%1 s in, %2 s out").arg(cycle->outSeconds()).arg(cycle->backSeconds())
               : tr("%1 s out, %2 s back").arg(cycle->outSeconds()).arg(cycle->backSeconds());
    if (cycle->holdSeconds() > 0) {
        text =
            breath
                ? tr("%1 s in, hold, %2 s out").arg(cycle->outSeconds()).arg(cycle->backSeconds())
                : tr("%1 s out, hold, %2 s back")
                      .arg(cycle->outSeconds())
                      .arg(cycle->backSeconds());
    }
    m_tempo->setText(text);
}

} // namespace carrywell::ui
