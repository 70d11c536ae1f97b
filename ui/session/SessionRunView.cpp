#include "ui/session/SessionRunView.h"

#include "core/common/LocaleFormat.h"
#include "core/session/CueAnnouncement.h"
#include "ui/figure/FigureView.h"
#include "ui/session/SessionLabels.h"
#include "ui/widgets/ExerciseHtml.h"
#include "ui/widgets/FocusRing.h"

#include <QEvent>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>

namespace carrywell::ui {
namespace {

// How long words of a moment ("Go", "Halfway") stay in the big line.
constexpr qint64 kMomentMs = 3000;

QString sideText(core::BodySide side)
{
    switch (side) {
    case core::BodySide::Left:
        return SessionRunView::tr("Left side");
    case core::BodySide::Right:
        return SessionRunView::tr("Right side");
    case core::BodySide::None:
        break;
    }
    return {};
}

void setPixelSize(QWidget* widget, int px, bool bold = false)
{
    QFont font = widget->font();
    if (font.pixelSize() == px && font.bold() == bold)
        return;
    font.setPixelSize(std::max(px, 1));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

SessionRunView::SessionRunView(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library), m_title(new QLabel(this)), m_position(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_noSound(new QLabel(this)),
      m_figure(new FigureView(this)), m_countdown(new QLabel(this)),
      m_cue(new BalancedLineLabel(this)), m_counters(new QLabel(this)),
      m_stepCaption(new QLabel(this)), m_step(new FittedLabel(this)),
      m_stopList(new QTextBrowser(this)), m_next(new QLabel(this)),
      m_pause(new QPushButton(tr("Pause (Space)"), this)),
      m_back(new QPushButton(tr("Back (←)"), this)), m_skip(new QPushButton(tr("Skip (→)"), this)),
      m_stop(new QPushButton(tr("Stop (Esc)"), this)), m_flash(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("sessionRunView"));
    // One tab stop for the running session; the buttons below take no focus
    // so that Space always pauses rather than pressing a focused button.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Guided session"));
    setAccessibleDescription(
        tr("Space pauses or resumes, Left goes back, Right skips, Esc stops."));
    m_baseFontPx = QFontInfo(font()).pixelSize();
    setUpHeader();
    setUpNow();
    setUpStopList();
    m_next->setObjectName(QStringLiteral("sessionNext"));
    m_next->setAccessibleName(tr("What comes next"));
    setUpButtons();
    buildLayout();
    connectSignals();
    applyMutedPalette();
    scaleFonts();
}

void SessionRunView::setUpHeader()
{
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_position->setObjectName(QStringLiteral("sessionPosition"));
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress->setObjectName(QStringLiteral("sessionProgress"));
    m_progress->setAccessibleName(tr("Progress through the session"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_noSound->setObjectName(QStringLiteral("noSoundNotice"));
    m_noSound->setText(tr("No sound device was found, so cues are shown here in large text."));
    m_noSound->setWordWrap(true);
    m_noSound->setVisible(false);
}

void SessionRunView::setUpNow()
{
    m_figure->setObjectName(QStringLiteral("sessionFigure"));
    m_figure->setFillsSpace(true);
    m_figure->setMinimumSize(160, 120);

    m_countdown->setObjectName(QStringLiteral("sessionCountdown"));
    m_countdown->setAccessibleName(tr("Seconds left"));
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_cue->setObjectName(QStringLiteral("sessionCue"));
    m_cue->setAccessibleName(tr("Cue"));
    m_cue->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_counters->setObjectName(QStringLiteral("sessionCounters"));
    m_counters->setAccessibleName(tr("Set, rep and side"));
    m_counters->setWordWrap(true);
    m_stepCaption->setObjectName(QStringLiteral("sessionStepCaption"));
    m_step->setObjectName(QStringLiteral("sessionStepText"));
    m_step->setAccessibleName(tr("What to do"));
    m_step->setTextFormat(Qt::PlainText);
}

void SessionRunView::setUpStopList()
{
    // A pause is when she might notice something is wrong: the signs that
    // mean stop and get help are there to read.
    m_stopList->setObjectName(QStringLiteral("sessionPauseStopList"));
    m_stopList->setAccessibleName(tr("Signs to stop and get help"));
    m_stopList->setFrameShape(QFrame::NoFrame);
    m_stopList->setOpenLinks(false);
    m_stopList->setFocusPolicy(Qt::NoFocus);
    m_stopList->viewport()->setAutoFillBackground(false);
    if (const core::PostnatalStopList& stops = m_library.postnatalStopList(); !stops.isEmpty()) {
        m_stopList->setHtml(QStringLiteral("<h3>%1</h3>").arg(stops.title.toHtmlEscaped()) +
                            ExerciseHtml::stopListHtml(stops));
    }
    m_stopList->setVisible(false);
}

void SessionRunView::setUpButtons()
{
    for (QPushButton* button : {m_pause, m_back, m_skip, m_stop})
        button->setFocusPolicy(Qt::NoFocus); // the page handles the keys
    m_pause->setToolTip(tr("Pause or resume the session (Space)"));
    m_back->setToolTip(tr("Back to the start of this exercise or the one before (Left arrow)"));
    m_skip->setToolTip(tr("Skip to what comes next (Right arrow)"));
    m_stop->setToolTip(tr("Stop the session; what you did is kept (Esc)"));
    m_pause->setObjectName(QStringLiteral("sessionPauseButton"));
    m_back->setObjectName(QStringLiteral("sessionBackButton"));
    m_skip->setObjectName(QStringLiteral("sessionSkipButton"));
    m_stop->setObjectName(QStringLiteral("sessionStopButton"));
    m_pause->setAccessibleName(tr("Pause"));
    m_back->setAccessibleName(tr("Back"));
    m_skip->setAccessibleName(tr("Skip"));
    m_stop->setAccessibleName(tr("Stop"));
}

void SessionRunView::buildLayout()
{
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_position);

    // The countdown and what to do now share one line across the view,
    // "12  Hold", so the words have the width to stay on one line.
    auto* big = new QHBoxLayout;
    big->setSpacing(0);
    big->addWidget(m_countdown);
    big->addWidget(m_cue, 1); // its margin leaves room for its glow

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_progress);
    layout->addWidget(m_noSound);
    layout->addLayout(big);
    layout->addLayout(buildMiddle(), 1);
    layout->addLayout(buildButtonRow());
}

QLayout* SessionRunView::buildMiddle()
{
    auto* words = new QVBoxLayout;
    words->setSpacing(m_baseFontPx / 2);
    words->addWidget(m_counters);
    words->addSpacing(m_baseFontPx / 2);
    words->addWidget(m_stepCaption);
    words->addWidget(m_step, 1);
    words->addWidget(m_stopList, 1);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_figure, 11);
    middle->addSpacing(2 * m_baseFontPx);
    middle->addLayout(words, 9);
    return middle;
}

QLayout* SessionRunView::buildButtonRow()
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_next, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_skip);
    buttons->addSpacing(2 * m_baseFontPx);
    buttons->addWidget(m_stop);
    return buttons;
}

void SessionRunView::connectSignals()
{
    m_flash->setDuration(900);
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        // The flash lights up the words, then fades.
        QColor glow = palette().color(QPalette::Highlight);
        glow.setAlphaF(0.45 * value.toDouble());
        static_cast<BalancedLineLabel*>(m_cue)->setGlow(glow);
    });
    connect(m_pause, &QPushButton::clicked, this, &SessionRunView::pauseClicked);
    connect(m_back, &QPushButton::clicked, this, &SessionRunView::backClicked);
    connect(m_skip, &QPushButton::clicked, this, &SessionRunView::skipClicked);
    connect(m_stop, &QPushButton::clicked, this, &SessionRunView::stopClicked);
}

void SessionRunView::setItems(const QList<core::SessionItem>& items)
{
    m_items = items;
    m_exerciseId.clear();
    m_headline.clear();
    m_headlineSegment = -1;
    m_headlineNew = false;
}

const core::SessionItem* SessionRunView::item(int index) const
{
    return index >= 0 && index < m_items.size() ? &m_items.at(index) : nullptr;
}

void SessionRunView::showExercise(const QString& exerciseId)
{
    if (exerciseId == m_exerciseId)
        return;
    m_exerciseId = exerciseId;
    m_exercise = m_library.exercise(exerciseId);
    const core::Illustration* illustration =
        m_exercise ? m_library.illustration(m_exercise->id) : nullptr;
    m_figure->setExercise(m_exercise, illustration);
    m_guide =
        m_exercise ? core::SessionStepGuide(*m_exercise, illustration) : core::SessionStepGuide();
}

QString SessionRunView::phaseWords(const core::SessionView& view) const
{
    using core::SegmentKind;
    switch (view.segment.kind) {
    case SegmentKind::GetReady:
        return tr("Get ready");
    case SegmentKind::Out:
        return tr("Out");
    case SegmentKind::Hold:
        return tr("Hold");
    case SegmentKind::Back:
        return tr("Back");
    case SegmentKind::BreatheIn:
        return tr("Breathe in");
    case SegmentKind::BreatheOut:
        return tr("Breathe out");
    case SegmentKind::Work:
        return tr("Keep going");
    case SegmentKind::SwitchSides:
        return tr("Switch sides");
    case SegmentKind::Rest:
    case SegmentKind::BetweenExercises:
        return tr("Rest");
    }
    return {};
}

QString SessionRunView::counters(const core::SessionView& view,
                                 const core::SessionItem* shown) const
{
    using core::SegmentKind;
    const core::SessionSegment& segment = view.segment;
    const int sets = shown ? shown->dosage.sets : 0;
    const int reps = shown ? shown->dosage.reps : 0;
    QStringList parts;
    if (segment.kind == SegmentKind::BetweenExercises) {
        // What the coming exercise asks for, as its page says it.
        return shown ? shown->dosage.describe() : QString();
    }
    // Getting ready counts towards the first set.
    const int set = std::max(segment.set, 1);
    if (sets > 1) {
        parts << (segment.kind == SegmentKind::Rest
                      ? tr("Set %1 of %2 done").arg(segment.set).arg(sets)
                      : tr("Set %1 of %2").arg(set).arg(sets));
    }
    if (segment.rep > 0) {
        parts << (reps > 1 ? tr("Rep %1 of %2").arg(segment.rep).arg(reps)
                           : tr("Rep %1").arg(segment.rep));
    }
    if (segment.side != core::BodySide::None)
        parts << sideText(segment.side);
    return parts.join(QStringLiteral("  ·  "));
}

void SessionRunView::showStep(const core::SessionView& view, bool between)
{
    using core::SegmentKind;
    const QStringList steps = m_exercise ? m_exercise->steps : QStringList();
    int step = -1;
    QString text;
    switch (view.segment.kind) {
    case SegmentKind::BetweenExercises:
    case SegmentKind::SwitchSides:
        // Getting into position, for the next exercise or the other side.
        step = between || view.segment.kind == SegmentKind::SwitchSides ? 0 : -1;
        break;
    case SegmentKind::Rest: {
        const core::SessionItem* current = item(view.exerciseIndex);
        const int sets = current ? current->dosage.sets : 0;
        if (view.segment.set < sets)
            text = tr("Set %1 of %2 comes next.").arg(view.segment.set + 1).arg(sets);
        break;
    }
    default:
        step = m_guide.stepFor(view.segment, view.segmentElapsedMs);
        break;
    }
    if (step >= 0 && step < steps.size()) {
        m_stepCaption->setText(tr("Step %1 of %2").arg(step + 1).arg(steps.size()));
        text = steps.at(step);
    } else {
        m_stepCaption->clear();
    }
    m_stepCaption->setVisible(!m_stepCaption->text().isEmpty());
    static_cast<FittedLabel*>(m_step)->setFittedText(text);
    m_step->setAccessibleDescription(text);
}

void SessionRunView::showView(const core::SessionView& view)
{
    using core::SegmentKind;
    // The rest before an exercise shows that exercise, so she can get into
    // its position while she rests.
    const bool between =
        view.segment.kind == SegmentKind::BetweenExercises && view.nextExerciseIndex >= 0;
    const int shownIndex = between ? view.nextExerciseIndex : view.exerciseIndex;
    const core::SessionItem* shown = item(shownIndex);
    const QString shownId = shown ? shown->exerciseId : view.exerciseId;
    const QString shownName =
        shown ? shown->name : (between ? view.nextExerciseName : view.exerciseName);
    showExercise(shownId);
    m_title->setText(between ? tr("Up next: %1").arg(shownName) : shownName);
    m_figure->setPosition(between ? 0.0 : view.movementPosition);
    m_position->setText(tr("Exercise %1 of %2").arg(shownIndex + 1).arg(view.exerciseCount));
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(view.totalMs / 1000, 1)));
    m_progress->setValue(static_cast<int>(view.positionMs / 1000));

    const bool paused = view.status == core::SessionStatus::Paused;
    const qint64 seconds = (view.segmentRemainingMs + 999) / 1000;
    m_countdown->setText(core::LocaleFormat::number(seconds));
    if (m_headlineNew) {
        m_headlineSegment = view.segmentIndex;
        m_headlineAtMs = view.segmentElapsedMs;
        m_headlineNew = false;
    }
    const bool announced = m_headlineSegment == view.segmentIndex && !m_headline.isEmpty() &&
                           (m_headlineLasts || view.segmentElapsedMs - m_headlineAtMs < kMomentMs);
    setBigLine(paused ? tr("Paused") : announced ? m_headline : phaseWords(view));
    m_pause->setText(paused ? tr("Resume (Space)") : tr("Pause (Space)"));
    m_pause->setAccessibleName(paused ? tr("Resume") : tr("Pause"));

    m_counters->setText(counters(view, shown));
    m_counters->setVisible(!m_counters->text().isEmpty());
    showStep(view, between);
    const bool stops = paused && !m_stopList->document()->isEmpty();
    m_stopList->setVisible(stops);
    m_step->setVisible(!stops);
    if (stops)
        m_stepCaption->setVisible(false);

    QString next;
    if (between) {
        const core::SessionItem* after = item(shownIndex + 1);
        next = after ? tr("Then: %1").arg(after->name) : tr("Then you are done");
    } else {
        next = view.nextExerciseName.isEmpty() ? tr("Last exercise")
                                               : tr("Next: %1").arg(view.nextExerciseName);
    }
    m_next->setText(next);
}

void SessionRunView::setBigLine(const QString& text)
{
    m_bigLine = text;
    static_cast<BalancedLineLabel*>(m_cue)->setLine(text);
}

void SessionRunView::flashCue(const core::CueAnnouncement& announcement)
{
    if (!announcement.headline.isEmpty()) {
        m_headline = announcement.headline;
        m_headlineLasts = announcement.headlineLasts;
        m_headlineNew = true;
        setBigLine(m_headline);
    }
    m_cue->setAccessibleDescription(announcement.text);
    m_flash->stop();
    m_flash->start();
}

void SessionRunView::scaleFonts()
{
    // Before the view is laid out, sizes follow the desktop's font alone.
    const int h = isVisible() || testAttribute(Qt::WA_Resized) ? height() : 0;
    const int base = m_baseFontPx;
    const auto share = [h](double part) { return int(std::ceil(h * part)); };
    setPixelSize(m_countdown, std::max(share(0.18), base * 3), true);
    static_cast<BalancedLineLabel*>(m_cue)->setPixelSize(std::max(share(kBigTextShare), base * 2));
    setPixelSize(m_counters, std::max(share(0.042), base * 5 / 4), true);
    setPixelSize(m_stepCaption, std::max(share(0.026), base));
    static_cast<FittedLabel*>(m_step)->setPixelSizes(std::max(share(0.04), base * 5 / 4), base);
    setPixelSize(m_title, std::max(share(0.036), base * 7 / 5), true);
    setPixelSize(m_position, std::max(share(0.026), base));
    setPixelSize(m_next, std::max(share(0.03), base * 6 / 5));
    setPixelSize(m_stopList, std::max(share(0.024), base));
    const int buttonPx = std::max(share(0.022), base);
    for (QPushButton* button : {m_pause, m_back, m_skip, m_stop}) {
        setPixelSize(button, buttonPx);
        button->setMinimumHeight(buttonPx * 5 / 2);
    }
    // As wide for "Resume" as for "Pause", so the buttons stay put.
    const QFontMetrics buttonMetrics(m_pause->font());
    m_pause->setMinimumWidth(std::max(buttonMetrics.horizontalAdvance(tr("Pause (Space)")),
                                      buttonMetrics.horizontalAdvance(tr("Resume (Space)"))) +
                             4 * buttonPx);
    // Room for two digits, so the words beside it stay put as it counts down.
    m_countdown->setMinimumSize(
        QFontMetrics(m_countdown->font()).horizontalAdvance(QStringLiteral("88")), 1);
}

void SessionRunView::applyMutedPalette()
{
    // Secondary words in the palette's muted text colour (WCAG AA in both themes).
    for (QLabel* label : {m_position, m_stepCaption, m_noSound}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        label->setPalette(p);
    }
}

void SessionRunView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void SessionRunView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyMutedPalette();
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

void SessionRunView::setSoundMissing(bool missing)
{
    m_noSound->setVisible(missing);
}

QString SessionRunView::cueText() const
{
    return m_bigLine;
}
QString SessionRunView::countdownText() const
{
    return m_countdown->text();
}
QString SessionRunView::stepText() const
{
    return m_step->text();
}
QString SessionRunView::countersText() const
{
    return m_counters->text();
}
QString SessionRunView::nextText() const
{
    return m_next->text();
}
bool SessionRunView::stopListShown() const
{
    return m_stopList->isVisibleTo(this);
}
QString SessionRunView::stopListText() const
{
    return m_stopList->toPlainText();
}

} // namespace carrywell::ui
