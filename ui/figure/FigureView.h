#pragma once

#include "core/content/Exercise.h"
#include "core/figure/Illustration.h"
#include "core/figure/MovementCycle.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace carrywell::ui {

class IllustrationRenderer;

/// Shows an exercise's figure moving between the start and end of its
/// repeated movement in the exercise's tempo, or holding still on one step.
/// Time can also be set from outside (a guided session drives it).
class FigureView : public QWidget
{
    Q_OBJECT

public:
    explicit FigureView(QWidget* parent = nullptr);
    ~FigureView() override;

    /// Shows this exercise (or nothing when either is null).
    void setExercise(const core::Exercise* exercise, const core::Illustration* illustration);
    const core::Exercise* exercise() const { return m_exercise; }

    /// Animate in tempo on a running clock, or stop on the start pose.
    void setPlaying(bool playing);
    bool isPlaying() const { return m_timer.isActive(); }

    /// Seconds into the movement cycle; repaints at that moment.
    void setCycleTime(double seconds);
    /// 0 = start pose, 1 = end pose, at the current time.
    double position() const;
    /// Holds the figure at a position set from outside (a guided session
    /// moves it in the exercise's own timing), instead of its own cycle.
    void setPosition(double position);
    std::optional<core::MovementCycle> cycle() const { return m_cycle; }

    /// For a guided session watched from across the room: the whole scene
    /// (no close-up) as large as the widget allows, instead of a strip of
    /// limited height, and nothing of the figure or its props cut off.
    void setFillsSpace(bool fills);
    /// Where the scene is drawn when filling the space, in widget coordinates.
    QRectF sceneTarget() const;

    QSize sizeHint() const override;

signals:
    void playingChanged(bool playing);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void tick();
    void rebuildRenderer();
    core::BodyPose poseAt(double t, QString* name) const;
    /// The height at which the picture fills `width`.
    int pictureHeight(int width) const;
    /// Beside the text: no taller than the picture needs at this width, and
    /// within sensible bounds. Filling the space: no limit.
    void updateHeightLimits();

    const core::Exercise* m_exercise = nullptr;
    const core::Illustration* m_illustration = nullptr;
    /// The illustration without its close-up, drawn when filling the space.
    std::optional<core::Illustration> m_wholeScene;
    bool m_fillsSpace = false;
    bool m_roomAcross = true;
    std::unique_ptr<IllustrationRenderer> m_renderer;
    std::optional<core::MovementCycle> m_cycle;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_cycleTime = 0;
    double m_clockOffset = 0;
    std::optional<double> m_fixedPosition;
};

} // namespace carrywell::ui
