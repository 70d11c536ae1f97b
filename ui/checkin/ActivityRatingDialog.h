#pragma once

#include "core/journal/ActivityRating.h"

#include <QDateTime>
#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;

namespace carrywell::ui {

class ActivityRatingsEditor;

/// The weekly question on its own: how well she can do each of her
/// activities now. Save is enabled once one is rated.
class ActivityRatingDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityRatingDialog(const QStringList& activities, const QDateTime& now,
                         QWidget* parent = nullptr);

    /// Writes the ratings; returns an empty string on success, else the
    /// reason, shown in the dialog, which stays open.
    using Saver = std::function<QString(const QList<core::ActivityRating>&)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    ActivityRatingsEditor* editor() const { return m_editor; }
    void accept() override;

private:
    QDateTime m_now;
    ActivityRatingsEditor* m_editor;
    QLabel* m_problem;
    QPushButton* m_save = nullptr;
    Saver m_saver;
};

} // namespace carrywell::ui
