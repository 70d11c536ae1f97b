#pragma once

#include "core/journal/DateRange.h"

#include <QDialog>

class QDateEdit;
class QLayout;
class QPushButton;

namespace carrywell::ui {

/// Chooses the days of the report for the physiotherapist: quick choices
/// (the last 2, 4 or 12 weeks) or any first and last day.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Output
    {
        Pdf,
        Printer,
    };

    ReportDialog(QDate today, const core::DateRange& initial, QWidget* parent = nullptr);

    core::DateRange days() const;
    void setDays(const core::DateRange& days);
    Output output() const { return m_output; }

private:
    void setUpDateEdits();
    /// The last 2, 4 or 12 weeks in one click.
    QLayout* buildQuickChoices();
    /// Cancel, Print… and Save as PDF…, which chooses the output and accepts.
    QLayout* buildButtons();

    QDate m_today;
    QDateEdit* m_from;
    QDateEdit* m_to;
    Output m_output = Output::Pdf;
};

} // namespace carrywell::ui
