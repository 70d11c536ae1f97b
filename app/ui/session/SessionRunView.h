#pragma once

#include "content/ContentLibrary.h"
#include "session/Cue.h"
#include "session/SessionView.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVariantAnimation;

namespace carrywell::ui {

class FigureView;

/// A session in progress: a big countdown, the figure moving in tempo, what
/// to do now, set/rep/side, progress through the routine and what comes
/// next. Every cue also flashes up in large text, so nothing depends on sound.
class SessionRunView : public QWidget
{
    Q_OBJECT

public:
    explicit SessionRunView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void showView(const core::SessionView& view);
    /// Shows the cue words large for a moment, with a soft flash.
    void flashCue(const QString& text);
    void setSoundMissing(bool missing);

    QString cueText() const;
    QString countdownText() const;

signals:
    void pauseClicked();
    void skipClicked();
    void backClicked();
    void stopClicked();

protected:
    /// The view takes the keyboard focus while a session runs (its keys go
    /// to the page), so it shows that focus around itself.
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString instruction(const core::SessionView& view) const;

    const core::ContentLibrary& m_library;
    QLabel* m_title;
    QLabel* m_position;
    QProgressBar* m_progress;
    QLabel* m_countdown;
    QLabel* m_instruction;
    QLabel* m_cue;
    QLabel* m_counters;
    QLabel* m_next;
    QLabel* m_noSound;
    FigureView* m_figure;
    QPushButton* m_pause;
    QPushButton* m_back;
    QPushButton* m_skip;
    QPushButton* m_stop;
    QVariantAnimation* m_flash;
    QString m_exerciseId;
};

} // namespace carrywell::ui
