#pragma once

#include "core/content/ContentLibrary.h"
#include "core/session/SessionItem.h"
#include "core/session/SessionSummary.h"

#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace carrywell::ui {

class PainScalePicker;

/// The end of a guided session, in the page rather than in a popup: each
/// exercise done or skipped, the time spent, and how the pain was before and
/// is now (0–10, both optional), then Done.
class SessionEndView : public QWidget
{
    Q_OBJECT

public:
    explicit SessionEndView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    /// Shows a session that just ended; `items` names its exercises.
    void showSummary(const core::SessionSummary& summary, const QList<core::SessionItem>& items);

    std::optional<int> painBefore() const;
    std::optional<int> painAfter() const;
    void setPainBefore(std::optional<int> score);
    void setPainAfter(std::optional<int> score);

    /// One line per exercise as listed: "Banded A's: done".
    QStringList exerciseLines() const;
    QString timeText() const;
    QPushButton* doneButton() const { return m_done; }
    PainScalePicker* beforeScale() const { return m_before; }
    PainScalePicker* afterScale() const { return m_after; }

    /// Where the keyboard starts: the first pain question, so a number key
    /// answers it straight away.
    void focusFirstQuestion();

signals:
    /// She pressed Done (or Enter).
    void done();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setUpLabels();
    /// One pain question: its scale, the caption that names it and its Clear button.
    void setUpQuestion(PainScalePicker* scale, QPushButton* clear, const QString& name,
                       QLabel* caption, const QString& clearName);
    /// What was done, on the left.
    QWidget* buildDoneColumn();
    /// The two pain questions, on the right.
    QWidget* buildPainColumn();
    /// Heading, overview, both columns and Done, at most 1280 pixels wide.
    QWidget* buildContent();
    /// The content centred in a scroll area.
    void buildLayout();
    void scaleFonts();
    void refreshScales();

    const core::ContentLibrary& m_library;
    QLabel* m_heading;
    QLabel* m_overview;
    QLabel* m_doneHeading;
    QGridLayout* m_exercises;
    QWidget* m_exerciseBox;
    QLabel* m_time;
    QLabel* m_painHeading;
    QLabel* m_painHint;
    QLabel* m_beforeCaption;
    QLabel* m_afterCaption;
    PainScalePicker* m_before;
    PainScalePicker* m_after;
    QPushButton* m_clearBefore;
    QPushButton* m_clearAfter;
    QPushButton* m_done;
    QStringList m_lines;
    int m_baseFontPx = 0;
};

} // namespace carrywell::ui
