#include "ui/plan/PlanExerciseList.h"

#include "ui/plan/PlanDayModel.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace carrywell::ui {

PlanExerciseList::PlanExerciseList(QWidget* parent) : QListView(parent)
{
    setObjectName(QStringLiteral("planExercises"));
    setAccessibleName(tr("Exercises of the day"));
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(this, &QListView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(index.row()); });
}

void PlanExerciseList::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->source() == this && event->mimeData()->hasFormat(PlanDayModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PlanExerciseList::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->source() == this)
        event->acceptProposedAction();
    else
        event->ignore();
}

void PlanExerciseList::dropEvent(QDropEvent* event)
{
    int day = -1;
    int from = -1;
    if (event->source() != this || !PlanDayModel::decode(event->mimeData(), &day, &from)) {
        event->ignore();
        return;
    }
    const QModelIndex target = indexAt(event->position().toPoint());
    const int last = model() ? model()->rowCount() - 1 : -1;
    const int to = target.isValid() ? target.row() : last;
    // The model is rebuilt from the saved plan, so the view moves nothing itself.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (to >= 0 && to != from)
        emit reorderRequested(from, to);
}

void PlanExerciseList::keyPressEvent(QKeyEvent* event)
{
    const int row = currentIndex().row();
    const int last = model() ? model()->rowCount() - 1 : -1;
    if (row >= 0 && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        emit removeRequested(row);
        return;
    }
    if (row >= 0 && event->modifiers() == Qt::AltModifier) {
        if (event->key() == Qt::Key_Up && row > 0) {
            emit reorderRequested(row, row - 1);
            return;
        }
        if (event->key() == Qt::Key_Down && row < last) {
            emit reorderRequested(row, row + 1);
            return;
        }
    }
    QListView::keyPressEvent(event);
}

} // namespace carrywell::ui
