#include "pages/SessionPage.h"

#include "audio/SoundCuePlayer.h"
#include "dialogs/PainRatingDialog.h"
#include "session/CueAnnouncement.h"
#include "session/SessionController.h"
#include "session/SessionRunView.h"
#include "session/SoundSettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

constexpr int kRoutineRole = Qt::UserRole + 1;

QString minutes(qint64 ms)
{
    const qint64 m = (ms + 30000) / 60000;
    return m < 1 ? SessionPage::tr("under a minute") : SessionPage::tr("about %1 min").arg(m);
}

} // namespace

SessionPage::SessionPage(const core::ContentLibrary& library, const core::Clock& clock,
                         QSettings& settings, const QString& stateFolder,
                         std::unique_ptr<CuePlayer> player, QWidget* parent)
    : QWidget(parent), m_library(library), m_clock(clock), m_settings(settings),
      m_player(player ? std::move(player) : std::make_unique<SoundCuePlayer>()),
      m_controller(new SessionController(clock, *m_player, stateFolder, this)),
      m_stack(new QStackedWidget(this)), m_run(new SessionRunView(library, this))
{
    setObjectName(QStringLiteral("sessionPage"));
    // Built here, not in the initializer list: it fills members declared after it.
    m_chooser = buildChooser();
    // The run view takes the focus while a session runs and passes its keys
    // up here; the page itself is no tab stop of its own.
    m_stack->addWidget(m_chooser);
    m_stack->addWidget(m_run);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_controller, &SessionController::updated, this, [this] {
        if (m_controller->engine())
            m_run->showView(m_controller->engine()->view());
    });
    connect(m_controller, &SessionController::cuesDue, this,
            [this](const QList<core::Cue>& cues) {
                m_run->flashCue(CueAnnouncement::forCues(cues).text);
            });
    connect(m_controller, &SessionController::ended, this, &SessionPage::onEnded);
    connect(m_run, &SessionRunView::pauseClicked, m_controller, &SessionController::togglePause);
    connect(m_run, &SessionRunView::skipClicked, m_controller, &SessionController::skip);
    connect(m_run, &SessionRunView::backClicked, m_controller, &SessionController::back);
    connect(m_run, &SessionRunView::stopClicked, this, &SessionPage::confirmStop);
    applySoundSettings();
}

SessionPage::~SessionPage() = default;

QWidget* SessionPage::buildChooser()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("sessionChooser"));
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

    m_routines = new QListWidget(page);
    m_routines->setObjectName(QStringLiteral("routineList"));
    m_routines->setAccessibleName(tr("Ready-made sessions"));
    m_routines->setWordWrap(true);
    m_routines->setSpacing(4);
    for (const core::Routine& routine : m_library.routines()) {
        const core::Result<core::SessionPlan> plan = core::SessionPlan::forRoutine(routine, m_library);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2\n%3")
                .arg(routine.name, plan ? minutes(plan->totalMs()) : QString(), routine.summary),
            m_routines);
        item->setData(kRoutineRole, routine.id);
    }
    m_routines->setCurrentRow(0);

    m_startButton = new QPushButton(tr("Start session"), page);
    m_startButton->setObjectName(QStringLiteral("startSessionButton"));
    m_startButton->setDefault(true);
    m_lastSession = new QLabel(page);
    m_lastSession->setObjectName(QStringLiteral("lastSessionLabel"));
    m_lastSession->setWordWrap(true);

    auto* sound = new QGroupBox(tr("Sound"), page);
    sound->setObjectName(QStringLiteral("soundSettings"));
    const SoundSettings saved = SoundSettings::load(m_settings);
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
    m_countdown = new QSpinBox(sound);
    m_countdown->setObjectName(QStringLiteral("countdownSpin"));
    m_countdown->setAccessibleName(tr("Get-ready time"));
    m_countdown->setAccessibleDescription(tr("Seconds to get into position before each exercise"));
    m_countdown->setRange(3, 15);
    m_countdown->setSuffix(tr(" s"));
    m_countdown->setValue(saved.countdownSeconds);
    sound->setMaximumWidth(460);
    auto* form = new QFormLayout(sound);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_volume->setMinimumWidth(220);
    form->addRow(m_tones);
    form->addRow(m_voice);
    form->addRow(tr("&Volume:"), m_volume);
    form->addRow(tr("&Get ready for:"), m_countdown);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_routines, 1);
    layout->addWidget(m_startButton, 0, Qt::AlignLeft);
    layout->addWidget(m_lastSession);
    layout->addWidget(sound);

    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_routines->currentItem())
            startRoutine(item->data(kRoutineRole).toString());
    });
    connect(m_routines, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        startRoutine(item->data(kRoutineRole).toString());
    });
    for (QCheckBox* box : {m_tones, m_voice})
        connect(box, &QCheckBox::toggled, this, &SessionPage::applySoundSettings);
    connect(m_volume, &QSlider::valueChanged, this, &SessionPage::applySoundSettings);
    connect(m_countdown, &QSpinBox::valueChanged, this, &SessionPage::applySoundSettings);
    return page;
}

void SessionPage::reloadSoundSettings()
{
    const SoundSettings saved = SoundSettings::load(m_settings);
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
    s.save(m_settings);
    m_player->setSettings(s.player);
}

bool SessionPage::isRunning() const { return m_controller->isActive(); }

bool SessionPage::startRoutine(const QString& routineId)
{
    const core::Routine* routine = m_library.routine(routineId);
    if (!routine || isRunning())
        return false;
    core::SessionOptions options;
    options.getReadySeconds = m_countdown->value();
    core::Result<core::SessionPlan> plan = core::SessionPlan::forRoutine(*routine, m_library, options);
    if (!plan) {
        QMessageBox::warning(this, tr("This session cannot start"), plan.error());
        return false;
    }
    start(std::move(plan).value());
    return true;
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
    m_run->setSoundMissing(!m_player->hasSound());
    m_stack->setCurrentWidget(m_run);
    m_run->setFocus();
    m_controller->start(std::move(plan));
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
    QMessageBox box(QMessageBox::Question, tr("Continue your session?"),
                    tr("“%1” was left unfinished. Continue where you stopped?")
                        .arg(saved->routineName),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("resumeSessionBox"));
    QPushButton* resume = box.addButton(tr("Continue"), QMessageBox::AcceptRole);
    box.addButton(tr("Let it go"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != resume) {
        m_controller->forgetSavedSession();
        return;
    }
    if (!m_controller->restore(*saved, &error)) {
        QMessageBox::warning(this, tr("The session could not be continued"), error);
        m_controller->forgetSavedSession();
        return;
    }
    m_run->setSoundMissing(!m_player->hasSound());
    m_stack->setCurrentWidget(m_run);
    m_run->setFocus();
}

void SessionPage::confirmStop()
{
    if (!isRunning())
        return;
    const bool wasRunning = m_controller->engine()->status() == core::SessionStatus::Running;
    if (wasRunning)
        m_controller->togglePause();
    const auto answer = QMessageBox::question(
        this, tr("Stop this session?"),
        tr("What you have done so far is kept in your journal."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_controller->stop();
    else if (wasRunning)
        m_controller->togglePause();
}

void SessionPage::onEnded(const core::SessionSummary& summary)
{
    PainRatingDialog dialog(this);
    std::optional<int> before;
    std::optional<int> after;
    if (dialog.exec() == QDialog::Accepted) {
        before = dialog.before();
        after = dialog.after();
    }
    m_lastSession->setText(tr("Last session: %1 — %2 of %3 exercises done in %4.")
                               .arg(summary.routineName)
                               .arg(summary.exercisesDone().size())
                               .arg(summary.results.size())
                               .arg(minutes(summary.activeSeconds * 1000LL)));
    m_stack->setCurrentWidget(m_chooser);
    // Focus comes back to the list of sessions, not lost with the run view.
    m_routines->setFocus();
    emit sessionEnded(summary, before, after);
}

void SessionPage::keyPressEvent(QKeyEvent* event)
{
    if (!isRunning()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space: m_controller->togglePause(); return;
    case Qt::Key_Right: m_controller->skip(); return;
    case Qt::Key_Left: m_controller->back(); return;
    case Qt::Key_Escape: confirmStop(); return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace carrywell::ui
