#pragma once

#include "core/reminders/ReminderState.h"

#include <QObject>
#include <QString>

namespace carrywell::ui {

/// One reminder as the user sees it: a title, a line and three answers.
struct ReminderNotice
{
    core::ReminderKind kind = core::ReminderKind::CheckIn;
    QString summary;     ///< "Time for your check-in".
    QString body;        ///< "How is your back today? It takes ten seconds."
    QString openLabel;   ///< "Check in now" / "Start now".
    QString snoozeLabel; ///< "Snooze 15 min".
    QString doneLabel;   ///< "Done".
};

/// Shows reminders somewhere the user notices them and reports the answers.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Answer
    {
        Open, ///< The notification or its main button was clicked.
        Snooze,
        Done,
    };
    Q_ENUM(Answer)

    using QObject::QObject;

    /// Shows `notice`, replacing an earlier one of its kind.
    virtual void show(const ReminderNotice& notice) = 0;
    /// Takes the notification of `kind` away, if one is showing.
    virtual void withdraw(core::ReminderKind kind) = 0;

signals:
    void answered(carrywell::core::ReminderKind kind,
                  carrywell::ui::ReminderNotifier::Answer answer);
    /// `notice` could not be shown this way (no notification service): show it another way.
    void unavailable(const carrywell::ui::ReminderNotice& notice);
};

} // namespace carrywell::ui
