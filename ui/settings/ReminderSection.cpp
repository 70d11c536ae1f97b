#include "ui/settings/ReminderSection.h"

#include "core/common/LocaleFormat.h"
#include "ui/settings/SectionLayout.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTimeEdit>

namespace carrywell::ui {
namespace {

QTimeEdit* timeEdit(const QString& objectName, const QString& name, QWidget* parent)
{
    auto* edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(core::LocaleFormat::timePattern());
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

ReminderSection::ReminderSection(QWidget* parent)
    : QWidget(parent), m_checkIn(new QCheckBox(tr("Remind me to &check in each day at"), this)),
      m_checkInTime(
          timeEdit(QStringLiteral("checkInTimeEdit"), tr("Check-in reminder time"), this)),
      m_sessions(new QCheckBox(tr("Remind me of the day's &planned session at"), this)),
      m_sessionTime(timeEdit(QStringLiteral("sessionTimeEdit"), tr("Session reminder time"), this)),
      m_snooze(new QSpinBox(this)),
      m_startAtLogin(new QCheckBox(tr("Start Carrywell in the tray when I &log in"), this)),
      m_trayNote(new QLabel(this))
{
    setObjectName(QStringLiteral("reminderSection"));
    setUpReminderChoices();
    setUpTrayNote();
    layOut();
    connectSignals();
    updateEnabled();
}

void ReminderSection::setUpReminderChoices()
{
    m_checkIn->setObjectName(QStringLiteral("checkInReminderCheck"));
    m_checkIn->setAccessibleDescription(tr("Skipped on days you have already checked in."));
    m_checkInTime->setAccessibleDescription(tr("When the check-in reminder appears."));
    m_sessions->setObjectName(QStringLiteral("sessionReminderCheck"));
    m_sessions->setAccessibleDescription(tr("Only on days your weekly plan has a session you have "
                                            "not done yet."));
    m_sessionTime->setAccessibleDescription(tr("Your usual session time; the plan's calendar "
                                               "uses it too."));
    m_snooze->setObjectName(QStringLiteral("snoozeSpin"));
    m_snooze->setRange(5, 120);
    m_snooze->setSingleStep(5);
    m_snooze->setSuffix(tr(" min"));
    m_snooze->setAccessibleName(tr("Snooze for"));
    m_snooze->setAccessibleDescription(tr("How long “Snooze” waits before reminding you again."));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setAccessibleDescription(tr("Carrywell waits quietly in the tray, without "
                                                "opening its window, so reminders can come."));
}

void ReminderSection::setUpTrayNote()
{
    m_trayNote->setObjectName(QStringLiteral("trayNote"));
    m_trayNote->setWordWrap(true);
    m_trayNote->setText(
        QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("While reminders are on, closing the window keeps Carrywell in the tray. "
                 "Quit it from the tray icon's menu.")
            : tr("Your desktop shows no tray icons, so reminders come only while Carrywell's "
                 "window is open."));
}

void ReminderSection::layOut()
{
    auto* checkInRow = new QHBoxLayout;
    checkInRow->addWidget(m_checkIn);
    checkInRow->addWidget(m_checkInTime);
    checkInRow->addStretch(1);
    auto* sessionRow = new QHBoxLayout;
    sessionRow->addWidget(m_sessions);
    sessionRow->addWidget(m_sessionTime);
    sessionRow->addStretch(1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(checkInRow);
    form->addRow(sessionRow);
    auto* snoozeLabel = new QLabel(tr("&Snooze for:"), this);
    snoozeLabel->setBuddy(m_snooze);
    form->addRow(snoozeLabel, m_snooze);
    form->addRow(m_startAtLogin);
    form->addRow(m_trayNote);
    SectionLayout::build(this, tr("Reminders"),
                         tr("A gentle nudge on your desktop, with Snooze and Done."), form);
}

void ReminderSection::connectSignals()
{
    for (QCheckBox* box : {m_checkIn, m_sessions, m_startAtLogin}) {
        connect(box, &QCheckBox::toggled, this, &ReminderSection::updateEnabled);
        connect(box, &QCheckBox::toggled, this, &ReminderSection::changed);
    }
    for (QTimeEdit* edit : {m_checkInTime, m_sessionTime})
        connect(edit, &QTimeEdit::timeChanged, this, &ReminderSection::changed);
    connect(m_snooze, &QSpinBox::valueChanged, this, &ReminderSection::changed);
}

void ReminderSection::setValues(const core::ReminderSettings& values, const QTime& sessionTime)
{
    const QSignalBlocker b1(m_checkIn), b2(m_checkInTime), b3(m_sessions), b4(m_sessionTime),
        b5(m_snooze), b6(m_startAtLogin);
    m_checkIn->setChecked(values.checkIn);
    m_checkInTime->setTime(values.checkInTime);
    m_sessions->setChecked(values.sessions);
    m_sessionTime->setTime(sessionTime);
    m_snooze->setValue(values.snoozeMinutes);
    m_startAtLogin->setChecked(values.startAtLogin);
    updateEnabled();
}

core::ReminderSettings ReminderSection::values() const
{
    core::ReminderSettings s;
    s.checkIn = m_checkIn->isChecked();
    s.checkInTime = m_checkInTime->time();
    s.sessions = m_sessions->isChecked();
    s.snoozeMinutes = m_snooze->value();
    s.startAtLogin = m_startAtLogin->isChecked();
    return s;
}

QTime ReminderSection::sessionTime() const
{
    return m_sessionTime->time();
}

void ReminderSection::updateEnabled()
{
    m_checkInTime->setEnabled(m_checkIn->isChecked());
    m_sessionTime->setEnabled(m_sessions->isChecked());
    m_snooze->setEnabled(m_checkIn->isChecked() || m_sessions->isChecked());
}

} // namespace carrywell::ui
