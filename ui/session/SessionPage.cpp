#include "ui/session/SessionPage.h"

#include "core/common/LocaleFormat.h"
#include "core/session/CueAnnouncement.h"
#include "ui/audio/SoundCuePlayer.h"
#include "ui/session/RoutineChooser.h"
#include "ui/session/SessionController.h"
#include "ui/session/SessionEndView.h"
#include "ui/session/SessionRunView.h"
#include "ui/session/SuitabilityGate.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

// The page's height from which the chooser shows pictures of the exercises
// (a 1366×768 window has it; 1024×600 keeps to words).
constexpr int kPicturesFromHeight = 680;

} // namespace

SessionPage::SessionPage(const core::ContentLibrary& library, const core::Clock& clock,
                         const SettingsStores& settings, const QString& stateFolder,
                         std::unique_ptr<CuePlayer> player, QWidget* parent)
    : QWidget(parent), m_library(library), m_clock(clock), m_sound(settings.sound),
      m_profile(settings.profile),
      m_player(player ? std::move(player) : std::make_unique<SoundCuePlayer>()),
      m_controller(new SessionController(clock, *m_player, stateFolder, this)),
      m_stack(new QStackedWidget(this)), m_run(new SessionRunView(library, this)),
      m_end(new SessionEndView(library, this))
{
    setObjectName(QStringLiteral("sessionPage"));
    // Built here, not in the initializer list: it fills members declared after it.
    m_chooser = buildChooser();
    // The run view takes the focus while a session runs and passes its keys
    // up here; the page itself is no tab stop of its own.
    m_stack->addWidget(m_chooser);
    m_stack->addWidget(m_run);
    m_stack->addWidget(m_end);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_controller, &SessionController::updated, this, [this] {
        if (m_controller->engine() && m_controller->isActive())
            m_run->showView(m_controller->engine()->view());
    });
    connect(m_controller, &SessionController::cuesDue, this, [this](const QList<core::Cue>& cues) {
        m_run->flashCue(core::CueAnnouncement::forCues(cues));
    });
    connect(m_controller, &SessionController::ended, this, &SessionPage::onEnded);
    connect(m_run, &SessionRunView::pauseClicked, m_controller, &SessionController::togglePause);
    connect(m_run, &SessionRunView::skipClicked, m_controller, &SessionController::skip);
    connect(m_run, &SessionRunView::backClicked, m_controller, &SessionController::back);
    connect(m_run, &SessionRunView::stopClicked, this, &SessionPage::confirmStop);
    connect(m_end, &SessionEndView::done, this, &SessionPage::leaveEndScreen);
    // Quitting from the tray closes no window: what she did is kept all the same.
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SessionPage::leaveEndScreen);
    applySoundSettings();
}

SessionPage::~SessionPage()
{
    // A page on its own (a test, the smoke test) hands on what the end
    // screen holds as it goes. Inside a window, the window's Close has done
    // so already; its own destructor is past the point of being called back.
    if (!parentWidget())
        leaveEndScreen();
}

QWidget* SessionPage::buildChooser()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("sessionChooserContent"));
    auto* heading = new QLabel(tr("Choose a guided session"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* hint = new QLabel(tr("Sound tells you when to move, hold, switch sides and rest, so "
                               "you can follow with your eyes closed. Space pauses when the baby "
                               "needs you. Any single exercise can also be started from its page "
                               "in the Library."),
                            page);
    hint->setWordWrap(true);

    m_routines = new RoutineChooser(m_library, page);
    m_routines->setAccessibleName(tr("Ready-made sessions"));
    m_lastSession = new QLabel(page);
    m_lastSession->setObjectName(QStringLiteral("lastSessionLabel"));
    m_lastSession->setWordWrap(true);
    m_lastSession->setVisible(false);

    auto* sound = new QGroupBox(tr("Sound"), page);
    sound->setObjectName(QStringLiteral("soundSettings"));
    const SoundSettings saved = m_sound.load();
    m_tones = new QCheckBox(tr("Tones"), sound);
    m_tones->setObjectName(QStringLiteral("tonesCheck"));
    m_tones->setChecked(saved.player.tones);
    m_voice = new QCheckBox(tr("Spoken words"), sound);
    m_voice->setObjectName(QStringLiteral("voiceCheck"));
    m_voice->setChecked(saved.player.voice);
    m_volume = new QSlider(Qt::Horizontal, sound);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setAccessibleDescription(tr("How loud the tones and spoken words are"));
    m_volume->setRange(0, 100);
    m_volume->setValue(qRound(saved.player.volume * 100));
    m_volume->setMinimumWidth(160);
    m_countdown = new QSpinBox(sound);
    m_countdown->setObjectName(QStringLiteral("countdownSpin"));
    m_countdown->setAccessibleName(tr("Get-ready time"));
    m_countdown->setAccessibleDescription(tr("Seconds to get into position before each exercise"));
    m_countdown->setRange(3, 15);
    m_countdown->setSuffix(tr(" s"));
    m_countdown->setValue(saved.countdownSeconds);
    auto* volumeLabel = new QLabel(tr("&Volume:"), sound);
    volumeLabel->setBuddy(m_volume);
    auto* countdownLabel = new QLabel(tr("&Get ready for:"), sound);
    countdownLabel->setBuddy(m_countdown);
    // One row under the cards: set once, rarely changed.
    auto* row = new QHBoxLayout(sound);
    row->addWidget(m_tones);
    row->addSpacing(12);
    row->addWidget(m_voice);
    row->addSpacing(24);
    row->addWidget(volumeLabel);
    row->addWidget(m_volume);
    row->addSpacing(24);
    row->addWidget(countdownLabel);
    row->addWidget(m_countdown);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addSpacing(4);
    layout->addWidget(m_routines);
    layout->addWidget(m_lastSession);
    layout->addSpacing(4);
    layout->addWidget(sound);
    layout->addStretch(1);

    connect(m_routines, &RoutineChooser::startRequested, this,
            [this](const QString& routineId) { requestRoutine(routineId); });
    for (QCheckBox* box : {m_tones, m_voice})
        connect(box, &QCheckBox::toggled, this, &SessionPage::applySoundSettings);
    connect(m_volume, &QSlider::valueChanged, this, &SessionPage::applySoundSettings);
    connect(m_countdown, &QSpinBox::valueChanged, this, &SessionPage::applySoundSettings);

    // The cards keep their size; on a small window or with large letters the
    // whole chooser scrolls.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sessionChooser"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}

void SessionPage::reloadSoundSettings()
{
    const SoundSettings saved = m_sound.load();
    {
        const QSignalBlocker b1(m_tones), b2(m_voice), b3(m_volume), b4(m_countdown);
        m_tones->setChecked(saved.player.tones);
        m_voice->setChecked(saved.player.voice);
        m_volume->setValue(qRound(saved.player.volume * 100));
        m_countdown->setValue(saved.countdownSeconds);
    }
    m_player->setSettings(saved.player);
}

void SessionPage::applySoundSettings()
{
    SoundSettings s;
    s.player.tones = m_tones->isChecked();
    s.player.voice = m_voice->isChecked();
    s.player.volume = m_volume->value() / 100.0;
    s.countdownSeconds = m_countdown->value();
    m_sound.save(s);
    m_player->setSettings(s.player);
}

bool SessionPage::isRunning() const
{
    return m_controller->isActive();
}

bool SessionPage::startRoutine(const QString& routineId)
{
    const core::Routine* routine = m_library.routine(routineId);
    if (!routine || isRunning())
        return false;
    core::SessionOptions options;
    options.getReadySeconds = m_countdown->value();
    core::Result<core::SessionPlan> plan =
        core::SessionPlan::forRoutine(*routine, m_library, options);
    if (!plan) {
        QMessageBox::warning(this, tr("This session cannot start"), plan.error());
        return false;
    }
    start(std::move(plan).value());
    return true;
}

core::SuitabilityProfile SessionPage::suitabilityProfile() const
{
    return core::SuitabilityProfile::of(m_profile.load(), m_clock.today());
}

bool SessionPage::requestRoutine(const QString& routineId)
{
    const core::Routine* routine = m_library.routine(routineId);
    if (!routine || isRunning())
        return false;
    const core::Routine* chosen =
        SuitabilityGate::routine(this, *routine, m_library, suitabilityProfile());
    return chosen && startRoutine(chosen->id);
}

bool SessionPage::requestExercise(const QString& exerciseId)
{
    const core::Exercise* exercise = m_library.exercise(exerciseId);
    if (!exercise || isRunning())
        return false;
    return SuitabilityGate::exercise(this, *exercise, suitabilityProfile()) &&
           startExercise(exerciseId);
}

void SessionPage::showEvent(QShowEvent* event)
{
    // The profile may have changed since the cards were last shown.
    m_routines->setProfile(suitabilityProfile());
    QWidget::showEvent(event);
}

bool SessionPage::startExercise(const QString& exerciseId)
{
    const core::Exercise* exercise = m_library.exercise(exerciseId);
    if (!exercise || isRunning())
        return false;
    core::SessionOptions options;
    options.getReadySeconds = m_countdown->value();
    start(core::SessionPlan::forExercise(*exercise, std::nullopt, options));
    return true;
}

bool SessionPage::startItems(const QString& routineId, const QString& name,
                             const QList<core::SessionItem>& items, QString* error)
{
    if (isRunning()) {
        if (error)
            *error = tr("A session is already running. Finish or stop it first.");
        return false;
    }
    core::SessionOptions options;
    options.getReadySeconds = m_countdown->value();
    core::Result<core::SessionPlan> plan =
        core::SessionPlan::forItems(routineId, name, items, options);
    if (!plan) {
        if (error)
            *error = plan.error();
        return false;
    }
    start(std::move(plan).value());
    return true;
}

void SessionPage::start(core::SessionPlan plan)
{
    // The last session's end screen is left: it goes to the journal as it is.
    leaveEndScreen();
    m_run->setItems(plan.items());
    m_controller->start(std::move(plan));
    showRunning();
}

void SessionPage::showRunning()
{
    m_run->setSoundMissing(!m_player->hasSound());
    m_stack->setCurrentWidget(m_run);
    m_run->setFocus();
    if (m_controller->engine())
        m_run->showView(m_controller->engine()->view());
}

void SessionPage::offerResume()
{
    QString error;
    const std::optional<core::SessionState> saved = m_controller->savedSession(&error);
    if (!error.isEmpty()) {
        QMessageBox::information(this, tr("An unfinished session could not be read"), error);
        return;
    }
    if (!saved)
        return;
    QMessageBox box(
        QMessageBox::Question, tr("Continue your session?"),
        tr("“%1” was left unfinished. Continue where you stopped?").arg(saved->routineName),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("resumeSessionBox"));
    QPushButton* resume = box.addButton(tr("Continue"), QMessageBox::AcceptRole);
    box.addButton(tr("Let it go"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != resume) {
        m_controller->forgetSavedSession();
        return;
    }
    leaveEndScreen();
    if (!m_controller->restore(*saved, &error)) {
        QMessageBox::warning(this, tr("The session could not be continued"), error);
        m_controller->forgetSavedSession();
        return;
    }
    m_run->setItems(m_controller->engine()->plan().items());
    showRunning();
}

void SessionPage::confirmStop()
{
    if (!isRunning())
        return;
    const bool wasRunning = m_controller->engine()->status() == core::SessionStatus::Running;
    if (wasRunning)
        m_controller->togglePause();
    // The question is in the box itself, not only in its title, and the
    // safe answer is the one Esc and Enter give.
    QMessageBox box(QMessageBox::Question, tr("Stop the session"),
                    tr("Stop this session?") + QLatin1Char('\n') +
                        tr("What you have done so far is kept."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("stopSessionBox"));
    QPushButton* stop = box.addButton(tr("Stop"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("confirmStopButton"));
    QPushButton* keepGoing = box.addButton(tr("Keep going"), QMessageBox::RejectRole);
    keepGoing->setObjectName(QStringLiteral("keepGoingButton"));
    box.setDefaultButton(keepGoing);
    box.setEscapeButton(keepGoing);
    box.exec();
    if (box.clickedButton() == stop)
        m_controller->stop();
    else if (wasRunning)
        m_controller->togglePause();
}

void SessionPage::onEnded(const core::SessionSummary& summary)
{
    leaveEndScreen(); // never two at once
    m_ended = summary;
    const core::SessionEngine* engine = m_controller->engine();
    m_end->showSummary(summary, engine ? engine->plan().items() : QList<core::SessionItem>{});
    // Focus moves on with the screen (unless she is elsewhere in the window).
    const QWidget* focus = window()->focusWidget();
    const bool hadFocus = !focus || focus == m_run || m_run->isAncestorOf(focus);
    m_stack->setCurrentWidget(m_end);
    if (hadFocus)
        m_end->focusFirstQuestion();
    // Closing the window leaves the end screen too; the window's Close is
    // seen before anything of it is taken down.
    if (QWidget* top = window(); top != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = top;
        top->installEventFilter(this);
    }
}

void SessionPage::leaveEndScreen()
{
    if (!m_ended)
        return;
    const core::SessionSummary summary = *std::exchange(m_ended, std::nullopt);
    const std::optional<int> before = m_end->painBefore();
    const std::optional<int> after = m_end->painAfter();
    m_lastSession->setText(tr("Last session: %1 — %2 of %3 exercises done in %4.")
                               .arg(summary.routineName)
                               .arg(summary.exercisesDone().size())
                               .arg(summary.results.size())
                               .arg(core::LocaleFormat::aboutMinutes(summary.activeSeconds)));
    m_lastSession->setVisible(true);
    if (m_stack->currentWidget() == m_end) {
        const bool hadFocus = m_end->isAncestorOf(window()->focusWidget());
        m_stack->setCurrentWidget(m_chooser);
        // Focus comes back to the sessions to choose from, not lost with the end screen.
        if (hadFocus && !m_routines->startButtons().isEmpty())
            m_routines->startButtons().constFirst()->setFocus();
    }
    emit sessionEnded(summary, before, after);
}

void SessionPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Pictures of the routines' exercises where they fit without scrolling.
    m_routines->setPicturesShown(height() >= kPicturesFromHeight);
}

bool SessionPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close)
        leaveEndScreen();
    return QWidget::eventFilter(watched, event);
}

void SessionPage::keyPressEvent(QKeyEvent* event)
{
    if (!isRunning()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
        m_controller->togglePause();
        return;
    case Qt::Key_Right:
        m_controller->skip();
        return;
    case Qt::Key_Left:
        m_controller->back();
        return;
    case Qt::Key_Escape:
        confirmStop();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace carrywell::ui
