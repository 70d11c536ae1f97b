#pragma once

#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QList>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLayout;
class QLabel;
class QDateTimeEdit;
class QPlainTextEdit;
class QPushButton;

namespace carrywell::ui {

class ActivityRatingsEditor;
class PainScalePicker;
class RegionScoresEditor;

/// The five-second check-in: a number key for the overall score, optionally
/// the regions that hurt (each with its own score), what set it off, warning
/// signs and a note; Enter saves. Also edits an existing check-in.
class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new check-in written at `now`.
    CheckInDialog(const QHash<core::Region, QString>& regionNames, const QDateTime& now,
                  QWidget* parent = nullptr);

    /// Shows an existing check-in for editing; checkIn() keeps its id.
    void setCheckIn(const core::CheckIn& checkIn);
    /// What the dialog holds now; its overall score is 0 until one is chosen.
    core::CheckIn checkIn() const;
    bool hasScore() const;

    /// Writes the check-in when Save is pressed; returns an empty string on
    /// success, else the reason, shown in the dialog, which stays open so
    /// nothing typed is lost.
    using Saver = std::function<QString(const core::CheckIn&)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    /// Adds the weekly section asking how well she can do each of her
    /// activities (when the question is due); skipping it is fine.
    void askAboutActivities(const QStringList& activities);
    /// The activities rated in that section, at the check-in's time.
    QList<core::ActivityRating> activityRatings() const;
    /// Writes the ratings before the check-in, as the Saver does; they are
    /// written once even when the check-in then fails and is saved again.
    using RatingsSaver = std::function<QString(const QList<core::ActivityRating>&)>;
    void setRatingsSaver(RatingsSaver saver) { m_ratingsSaver = std::move(saver); }

    void accept() override;

    PainScalePicker* scale() const { return m_scale; }
    ActivityRatingsEditor* activities() const { return m_activities; }
    RegionScoresEditor* regions() const { return m_regions; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpQuestion();
    /// Where it hurts on the left; triggers, signs, note and time on the right.
    QLayout* buildColumns();
    /// The note field, and its label.
    QLabel* setUpNote();
    QLayout* buildTimeRow();
    QDialogButtonBox* buildButtons();
    void setUpProblem();
    void connectSignals(QDialogButtonBox* buttons);
    QWidget* buildTriggers();
    QWidget* buildSigns();
    void updateSaveButton();
    /// Tab goes top to bottom, left column first, as the dialog reads.
    void updateTabOrder();

    core::CheckIn m_original;
    QLabel* m_question;
    QDateTime m_initialWallTime;
    PainScalePicker* m_scale;
    RegionScoresEditor* m_regions;
    QHash<core::Trigger, QCheckBox*> m_triggers;
    QHash<core::WarningSign, QCheckBox*> m_signs;
    QPlainTextEdit* m_note;
    QDateTimeEdit* m_time;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QLabel* m_problem;
    Saver m_saver;
    ActivityRatingsEditor* m_activities = nullptr;
    RatingsSaver m_ratingsSaver;
    bool m_ratingsSaved = false;
};

} // namespace carrywell::ui
