#pragma once

#include "core/reminders/ReminderSettings.h"

#include <QTime>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace carrywell::ui {

/// Settings ▸ Reminders: the daily check-in reminder, reminders for the
/// plan's sessions, snooze length and starting at login.
class ReminderSection : public QWidget
{
    Q_OBJECT

public:
    explicit ReminderSection(QWidget* parent = nullptr);

    /// `sessionTime` is the plan's usual session time (PlanPreferences).
    void setValues(const core::ReminderSettings& values, const QTime& sessionTime);
    core::ReminderSettings values() const;
    QTime sessionTime() const;

signals:
    void changed();

private:
    void setUpReminderChoices();
    /// What closing the window does while reminders are on, on this desktop.
    void setUpTrayNote();
    void layOut();
    void connectSignals();
    void updateEnabled();

    QCheckBox* m_checkIn;
    QTimeEdit* m_checkInTime;
    QCheckBox* m_sessions;
    QTimeEdit* m_sessionTime;
    QSpinBox* m_snooze;
    QCheckBox* m_startAtLogin;
    QLabel* m_trayNote;
};

} // namespace carrywell::ui
