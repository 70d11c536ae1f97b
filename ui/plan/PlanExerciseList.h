#pragma once

#include <QListView>

namespace carrywell::ui {

/// The exercises of one day. Dragging one within the list reorders it;
/// Delete removes the current one, Alt+Up and Alt+Down move it.
class PlanExerciseList : public QListView
{
    Q_OBJECT

public:
    explicit PlanExerciseList(QWidget* parent = nullptr);

signals:
    void reorderRequested(int from, int to);
    void removeRequested(int row);
    void openRequested(int row);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace carrywell::ui
