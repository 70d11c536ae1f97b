#pragma once

#include "core/content/ContentLibrary.h"
#include "core/session/Cue.h"
#include "core/session/SessionItem.h"
#include "core/session/SessionStepGuide.h"
#include "core/session/SessionView.h"

#include <QWidget>

class QLabel;
class QLayout;
class QProgressBar;
class QTextBrowser;
class QPushButton;
class QVariantAnimation;

namespace carrywell::core {
struct CueAnnouncement;
}

namespace carrywell::ui {

class FigureView;

/// A session in progress, made to be followed from a mat across the room:
/// the figure as large as the room allows, a countdown and what to do now in
/// letters at least 15% of the view's height, set/rep/side, the written step
/// that goes with the moment, and what comes next. Every cue also flashes up
/// in the big line, so nothing depends on sound.
class SessionRunView : public QWidget
{
    Q_OBJECT

public:
    explicit SessionRunView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    /// The exercises of the session about to be shown, with the doses it
    /// runs them at (a routine may change an exercise's own).
    void setItems(const QList<core::SessionItem>& items);
    void showView(const core::SessionView& view);
    /// Shows the cues' headline in the big line, with a soft flash; the
    /// whole announcement goes to screen readers.
    void flashCue(const core::CueAnnouncement& announcement);
    void setSoundMissing(bool missing);

    /// The big line: what to do now ("Out", "Rest", "Paused").
    QString cueText() const;
    QString countdownText() const;
    /// The written step shown now (empty during rests).
    QString stepText() const;
    /// Set, rep and side.
    QString countersText() const;
    QString nextText() const;
    /// While paused, the postnatal stop list takes the step's place.
    bool stopListShown() const;
    QString stopListText() const;
    FigureView* figure() const { return m_figure; }

    /// Share of the view's height the cue's letters take (the countdown's a
    /// little more): above 15% of the whole window's, menu bar included.
    static constexpr double kBigTextShare = 0.165;

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
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Title, position, progress and the no-sound notice.
    void setUpHeader();
    /// The figure, the countdown, the cue and the words for the moment.
    void setUpNow();
    void setUpStopList();
    void setUpButtons();
    void buildLayout();
    /// The figure beside the counters, step and stop list.
    QLayout* buildMiddle();
    /// What comes next, then Back, Pause, Skip and Stop.
    QLayout* buildButtonRow();
    /// The cue's flash and the buttons.
    void connectSignals();
    const core::SessionItem* item(int index) const;
    void showExercise(const QString& exerciseId);
    QString phaseWords(const core::SessionView& view) const;
    QString counters(const core::SessionView& view, const core::SessionItem* shown) const;
    void showStep(const core::SessionView& view, bool between);
    void setBigLine(const QString& text);
    /// Letter sizes follow the view's height, so the numbers and words can
    /// be read from the mat at any window size.
    void scaleFonts();
    void applyMutedPalette();

    const core::ContentLibrary& m_library;
    QList<core::SessionItem> m_items;
    QLabel* m_title;
    QLabel* m_position;
    QProgressBar* m_progress;
    QLabel* m_noSound;
    FigureView* m_figure;
    QLabel* m_countdown;
    QLabel* m_cue;
    QLabel* m_counters;
    QLabel* m_stepCaption;
    QLabel* m_step;
    QTextBrowser* m_stopList;
    QLabel* m_next;
    QPushButton* m_pause;
    QPushButton* m_back;
    QPushButton* m_skip;
    QPushButton* m_stop;
    QVariantAnimation* m_flash;
    QString m_exerciseId;
    const core::Exercise* m_exercise = nullptr;
    core::SessionStepGuide m_guide;
    /// The latest cues' headline and the segment it was announced in: a
    /// segment reached without a cue (a restored session) shows its own words.
    QString m_headline;
    bool m_headlineNew = false;
    bool m_headlineLasts = true;
    int m_headlineSegment = -1;
    qint64 m_headlineAtMs = 0; ///< Into its segment.
    QString m_bigLine;
    int m_baseFontPx = 0;
};

} // namespace carrywell::ui
