#include "session/SessionRunView.h"

#include "widgets/FigureView.h"
#include "widgets/FocusRing.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <cmath>

namespace carrywell::ui {
namespace {

QFont scaled(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QString sideText(core::BodySide side)
{
    switch (side) {
    case core::BodySide::Left: return SessionRunView::tr("Left side");
    case core::BodySide::Right: return SessionRunView::tr("Right side");
    case core::BodySide::None: break;
    }
    return {};
}

} // namespace

SessionRunView::SessionRunView(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library), m_title(new QLabel(this)), m_position(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_countdown(new QLabel(this)),
      m_instruction(new QLabel(this)), m_cue(new QLabel(this)), m_counters(new QLabel(this)),
      m_next(new QLabel(this)), m_noSound(new QLabel(this)), m_figure(new FigureView(this)),
      m_pause(new QPushButton(tr("Pause (Space)"), this)),
      m_back(new QPushButton(tr("Back (←)"), this)),
      m_skip(new QPushButton(tr("Skip (→)"), this)),
      m_stop(new QPushButton(tr("Stop (Esc)"), this)), m_flash(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("sessionRunView"));
    // One tab stop for the running session; the buttons below take no focus
    // so that Space always pauses rather than pressing a focused button.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Guided session"));
    setAccessibleDescription(
        tr("Space pauses or resumes, Left goes back, Right skips, Esc stops."));
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setFont(scaled(font(), 1.4, true));
    m_position->setObjectName(QStringLiteral("sessionPosition"));
    m_progress->setObjectName(QStringLiteral("sessionProgress"));
    m_progress->setAccessibleName(tr("Progress through the session"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);

    m_countdown->setObjectName(QStringLiteral("sessionCountdown"));
    m_countdown->setAccessibleName(tr("Seconds left"));
    m_countdown->setFont(scaled(font(), 5.0, true));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_instruction->setObjectName(QStringLiteral("sessionInstruction"));
    m_instruction->setFont(scaled(font(), 1.8, true));
    m_instruction->setAlignment(Qt::AlignCenter);
    m_instruction->setWordWrap(true);
    m_cue->setObjectName(QStringLiteral("sessionCue"));
    m_cue->setAccessibleName(tr("Cue"));
    m_cue->setFont(scaled(font(), 1.5, true));
    m_cue->setAlignment(Qt::AlignCenter);
    m_cue->setMinimumHeight(m_cue->fontMetrics().height() * 2);
    m_cue->setAutoFillBackground(true);
    m_counters->setObjectName(QStringLiteral("sessionCounters"));
    m_counters->setFont(scaled(font(), 1.2));
    m_counters->setAlignment(Qt::AlignCenter);
    m_next->setObjectName(QStringLiteral("sessionNext"));
    m_next->setAlignment(Qt::AlignCenter);
    m_noSound->setObjectName(QStringLiteral("noSoundNotice"));
    m_noSound->setText(tr("No sound device was found, so cues are shown here in large text."));
    m_noSound->setWordWrap(true);
    m_noSound->setVisible(false);
    m_figure->setMinimumHeight(160);

    for (QPushButton* button : {m_pause, m_back, m_skip, m_stop}) {
        button->setFocusPolicy(Qt::NoFocus); // the page handles the keys
        button->setMinimumHeight(button->sizeHint().height() * 1.3);
    }
    m_pause->setToolTip(tr("Pause or resume the session (Space)"));
    m_back->setToolTip(tr("Back to the start of this exercise or the one before (Left arrow)"));
    m_skip->setToolTip(tr("Skip to what comes next (Right arrow)"));
    m_stop->setToolTip(tr("Stop the session; what you did is kept (Esc)"));
    m_pause->setObjectName(QStringLiteral("sessionPauseButton"));
    m_back->setObjectName(QStringLiteral("sessionBackButton"));
    m_skip->setObjectName(QStringLiteral("sessionSkipButton"));
    m_stop->setObjectName(QStringLiteral("sessionStopButton"));

    auto* header = new QVBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_position);
    header->addWidget(m_progress);

    auto* middle = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addStretch(1);
    left->addWidget(m_countdown);
    left->addWidget(m_instruction);
    left->addWidget(m_counters);
    left->addStretch(1);
    middle->addLayout(left, 2);
    middle->addWidget(m_figure, 3);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_pause, 1);
    buttons->addWidget(m_skip);
    buttons->addSpacing(24);
    buttons->addWidget(m_stop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_noSound);
    layout->addWidget(m_cue);
    layout->addLayout(middle, 1);
    layout->addWidget(m_next);
    layout->addLayout(buttons);

    m_flash->setDuration(900);
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        QColor glow = palette().color(QPalette::Highlight);
        glow.setAlphaF(0.45 * value.toDouble());
        QPalette p = m_cue->palette();
        p.setColor(QPalette::Window, glow);
        m_cue->setPalette(p);
    });
    connect(m_pause, &QPushButton::clicked, this, &SessionRunView::pauseClicked);
    connect(m_back, &QPushButton::clicked, this, &SessionRunView::backClicked);
    connect(m_skip, &QPushButton::clicked, this, &SessionRunView::skipClicked);
    connect(m_stop, &QPushButton::clicked, this, &SessionRunView::stopClicked);
}

QString SessionRunView::instruction(const core::SessionView& view) const
{
    using core::SegmentKind;
    switch (view.segment.kind) {
    case SegmentKind::GetReady: return tr("Get ready: %1").arg(view.exerciseName);
    case SegmentKind::Out: return tr("Out");
    case SegmentKind::Hold: return tr("Hold");
    case SegmentKind::Back: return tr("Back");
    case SegmentKind::BreatheIn: return tr("Breathe in");
    case SegmentKind::BreatheOut: return tr("Breathe out");
    case SegmentKind::Work: return view.exerciseName;
    case SegmentKind::SwitchSides: return tr("Switch sides");
    case SegmentKind::Rest: return tr("Rest");
    case SegmentKind::BetweenExercises:
        return view.nextExerciseName.isEmpty() ? tr("Rest")
                                               : tr("Rest. Next: %1").arg(view.nextExerciseName);
    }
    return {};
}

void SessionRunView::showView(const core::SessionView& view)
{
    if (view.exerciseId != m_exerciseId) {
        m_exerciseId = view.exerciseId;
        const core::Exercise* exercise = m_library.exercise(view.exerciseId);
        m_figure->setExercise(exercise, exercise ? m_library.illustration(exercise->id) : nullptr);
        m_title->setText(view.exerciseName);
    }
    m_figure->setPosition(view.movementPosition);
    m_position->setText(tr("Exercise %1 of %2").arg(view.exerciseIndex + 1).arg(view.exerciseCount));
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(view.totalMs / 1000, 1)));
    m_progress->setValue(static_cast<int>(view.positionMs / 1000));

    const bool paused = view.status == core::SessionStatus::Paused;
    const qint64 seconds = (view.segmentRemainingMs + 999) / 1000;
    m_countdown->setText(QString::number(seconds));
    m_instruction->setText(paused ? tr("Paused") : instruction(view));
    m_pause->setText(paused ? tr("Resume (Space)") : tr("Pause (Space)"));
    m_pause->setAccessibleName(paused ? tr("Resume") : tr("Pause"));

    QStringList counters;
    if (view.segment.set > 0) {
        const core::Exercise* exercise = m_library.exercise(view.exerciseId);
        const int sets = exercise ? exercise->dosage.sets : 0;
        counters << (sets > 1 ? tr("Set %1 of %2").arg(view.segment.set).arg(sets)
                              : tr("Set %1").arg(view.segment.set));
    }
    if (view.segment.rep > 0)
        counters << tr("Rep %1").arg(view.segment.rep);
    if (view.segment.side != core::BodySide::None)
        counters << sideText(view.segment.side);
    m_counters->setText(counters.join(QStringLiteral("  ·  ")));
    m_next->setText(view.nextExerciseName.isEmpty() ? tr("Last exercise")
                                                    : tr("Next: %1").arg(view.nextExerciseName));
}

void SessionRunView::flashCue(const QString& text)
{
    m_cue->setText(text);
    m_cue->setAccessibleDescription(text);
    m_flash->stop();
    m_flash->start();
}

void SessionRunView::paintEvent(QPaintEvent*)
{
    if (!hasFocus())
        return;
    QPainter painter(this);
    paintFocusRing(painter, rect(), palette());
}

void SessionRunView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void SessionRunView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void SessionRunView::setSoundMissing(bool missing) { m_noSound->setVisible(missing); }

QString SessionRunView::cueText() const { return m_cue->text(); }
QString SessionRunView::countdownText() const { return m_countdown->text(); }

} // namespace carrywell::ui
