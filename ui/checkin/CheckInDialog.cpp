#include "ui/checkin/CheckInDialog.h"

#include "core/common/LocaleFormat.h"
#include "ui/checkin/ActivityRatingsEditor.h"
#include "ui/checkin/RegionScoresEditor.h"
#include "ui/widgets/PainColors.h"
#include "ui/widgets/PainScalePicker.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

QGroupBox* group(const QString& title, const QString& name, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(name);
    box->setAccessibleName(title);
    box->setFlat(true);
    return box;
}

/// The wall time where `at` was written, shown as is whatever this computer's zone.
QDateTime wallTime(const QDateTime& at)
{
    return QDateTime(at.date(), at.time());
}

} // namespace

CheckInDialog::CheckInDialog(const QHash<core::Region, QString>& regionNames, const QDateTime& now,
                             QWidget* parent)
    : QDialog(parent), m_question(new QLabel(tr("How much does it hurt right now?"), this)),
      m_scale(new PainScalePicker(this)), m_regions(new RegionScoresEditor(regionNames, this)),
      m_note(new QPlainTextEdit(this)), m_time(new QDateTimeEdit(this)), m_save(nullptr),
      m_cancel(nullptr), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(tr("New check-in"));
    setUpQuestion();
    QLayout* columns = buildColumns();
    QDialogButtonBox* buttons = buildButtons();
    setUpProblem();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_scale);
    layout->addSpacing(6);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connectSignals(buttons);
    updateTabOrder();

    m_original.at = now;
    m_initialWallTime = wallTime(now);
    m_time->setDateTime(m_initialWallTime);
    updateSaveButton();
    m_scale->setFocus();
}

void CheckInDialog::setUpQuestion()
{
    m_question->setObjectName(QStringLiteral("checkInQuestion"));
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_question->setFont(big);
}

QLayout* CheckInDialog::buildColumns()
{
    auto* where = group(tr("Where it hurts (optional)"), QStringLiteral("whereGroup"), this);
    auto* whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(m_regions);

    QLabel* noteLabel = setUpNote();
    QLayout* timeRow = buildTimeRow();
    auto* right = new QVBoxLayout;
    right->addWidget(buildTriggers());
    right->addWidget(buildSigns());
    right->addWidget(noteLabel);
    right->addWidget(m_note);
    right->addLayout(timeRow);
    right->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addWidget(where, 1);
    columns->addLayout(right, 1);
    return columns;
}

QLabel* CheckInDialog::setUpNote()
{
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(
        tr("Anything else about today. Enter saves; Shift+Enter starts a new line."));
    m_note->setPlaceholderText(tr("Anything else? Enter saves; Shift+Enter starts a new line."));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_note->installEventFilter(this);
    auto* noteLabel = new QLabel(tr("&Note (optional)"), this);
    noteLabel->setBuddy(m_note);
    return noteLabel;
}

QLayout* CheckInDialog::buildTimeRow()
{
    m_time->setObjectName(QStringLiteral("checkInTimeEdit"));
    m_time->setAccessibleName(tr("When"));
    m_time->setAccessibleDescription(tr("The day and time this check-in is about"));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(core::LocaleFormat::dayWithWeekdayAndTimePattern());
    auto* timeLabel = new QLabel(tr("&When"), this);
    timeLabel->setBuddy(m_time);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(timeLabel);
    timeRow->addWidget(m_time);
    timeRow->addStretch(1);
    return timeRow;
}

QDialogButtonBox* CheckInDialog::buildButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("checkInButtons"));
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveCheckInButton"));
    m_save->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelCheckInButton"));
    return buttons;
}

void CheckInDialog::setUpProblem()
{
    m_problem->setObjectName(QStringLiteral("checkInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, PainColors::problemText(warn));
    m_problem->setPalette(warn);
}

void CheckInDialog::connectSignals(QDialogButtonBox* buttons)
{
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scale, &PainScalePicker::valueChanged, this, [this](int score) {
        m_regions->setOverall(score);
        updateSaveButton();
    });
    connect(m_regions, &RegionScoresEditor::rowsChanged, this, &CheckInDialog::updateTabOrder);
}

QWidget* CheckInDialog::buildTriggers()
{
    auto* box = group(tr("What set it off? (optional)"), QStringLiteral("triggersGroup"), this);
    auto* grid = new QGridLayout(box);
    int i = 0;
    for (const core::Trigger trigger : core::allValues<core::Trigger>()) {
        auto* check = new QCheckBox(core::displayName(trigger), box);
        check->setObjectName(QStringLiteral("trigger-") + core::toId(trigger));
        grid->addWidget(check, i / 2, i % 2);
        m_triggers.insert(trigger, check);
        ++i;
    }
    return box;
}

QWidget* CheckInDialog::buildSigns()
{
    auto* box = group(tr("Also noticed (optional)"), QStringLiteral("signsGroup"), this);
    box->setToolTip(tr("These are worth showing a doctor or a pelvic-floor physiotherapist."));
    auto* column = new QVBoxLayout(box);
    for (const core::WarningSign sign : core::allValues<core::WarningSign>()) {
        auto* check = new QCheckBox(core::displayName(sign), box);
        check->setObjectName(QStringLiteral("sign-") + core::toId(sign));
        column->addWidget(check);
        m_signs.insert(sign, check);
    }
    return box;
}

void CheckInDialog::setCheckIn(const core::CheckIn& checkIn)
{
    setWindowTitle(tr("Edit check-in"));
    m_question->setText(tr("How much did it hurt?"));
    m_original = checkIn;
    m_scale->setValue(checkIn.overall);
    m_regions->setOverall(checkIn.overall);
    m_regions->setScores(checkIn.regions);
    for (auto it = m_triggers.begin(); it != m_triggers.end(); ++it)
        it.value()->setChecked(checkIn.triggers.contains(it.key()));
    for (auto it = m_signs.begin(); it != m_signs.end(); ++it)
        it.value()->setChecked(checkIn.warningSigns.contains(it.key()));
    m_note->setPlainText(checkIn.note);
    m_initialWallTime = wallTime(checkIn.at);
    m_time->setDateTime(m_initialWallTime);
    updateSaveButton();
}

bool CheckInDialog::hasScore() const
{
    return m_scale->value().has_value();
}

core::CheckIn CheckInDialog::checkIn() const
{
    core::CheckIn result = m_original;
    result.overall = m_scale->value().value_or(0);
    result.regions = m_regions->scores();
    result.triggers.clear();
    for (const core::Trigger trigger : core::allValues<core::Trigger>()) {
        if (m_triggers.value(trigger)->isChecked())
            result.triggers.append(trigger);
    }
    result.warningSigns.clear();
    for (const core::WarningSign sign : core::allValues<core::WarningSign>()) {
        if (m_signs.value(sign)->isChecked())
            result.warningSigns.append(sign);
    }
    result.note = m_note->toPlainText().trimmed();
    const QDateTime edited = m_time->dateTime();
    if (edited != m_initialWallTime) {
        // Keep the way the original moment was written: local time, or its UTC offset.
        result.at = m_original.at.timeSpec() == Qt::LocalTime
                        ? QDateTime(edited.date(), edited.time())
                        : QDateTime(edited.date(), edited.time(), Qt::OffsetFromUTC,
                                    m_original.at.offsetFromUtc());
    }
    return result;
}

void CheckInDialog::askAboutActivities(const QStringList& activities)
{
    if (activities.isEmpty() || m_activities)
        return;
    // The scale in the title: the dialog has no height to spare for a line of its own.
    auto* box = group(tr("Your activities this week, 0 = not at all, 10 = as before (optional)"),
                      QStringLiteral("activitiesGroup"), this);
    m_activities = new ActivityRatingsEditor(activities, 2, box);
    m_activities->hideScaleHint();
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_activities);
    auto* column = static_cast<QVBoxLayout*>(layout());
    column->insertWidget(column->indexOf(m_problem), box);
    updateTabOrder();
    adjustSize();
}

QList<core::ActivityRating> CheckInDialog::activityRatings() const
{
    return m_activities ? m_activities->ratings(checkIn().at) : QList<core::ActivityRating>{};
}

void CheckInDialog::accept()
{
    if (!hasScore())
        return;
    const QList<core::ActivityRating> ratings = activityRatings();
    if (m_ratingsSaver && !m_ratingsSaved && !ratings.isEmpty()) {
        const QString problem = m_ratingsSaver(ratings);
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->setVisible(true);
            return;
        }
        m_ratingsSaved = true;
        m_activities->setEnabled(false);
    }
    if (m_saver) {
        const QString problem = m_saver(checkIn());
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

void CheckInDialog::updateTabOrder()
{
    QList<QWidget*> chain{m_scale};
    chain.append(m_regions->focusChain());
    for (const core::Trigger trigger : core::allValues<core::Trigger>())
        chain.append(m_triggers.value(trigger));
    for (const core::WarningSign sign : core::allValues<core::WarningSign>())
        chain.append(m_signs.value(sign));
    chain.append({m_note, m_time});
    if (m_activities)
        chain.append(m_activities->focusChain());
    chain.append({m_save, m_cancel});
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void CheckInDialog::updateSaveButton()
{
    m_save->setEnabled(hasScore());
    m_save->setToolTip(hasScore() ? tr("Save (Enter)") : tr("Choose a score first: press 0 to 10"));
}

void CheckInDialog::keyPressEvent(QKeyEvent* event)
{
    // Number keys that no field took choose the overall score.
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
        m_scale->handleDigitKey(event->key()))
        return;
    QDialog::keyPressEvent(event);
}

bool CheckInDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace carrywell::ui
