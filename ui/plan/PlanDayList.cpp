#include "ui/plan/PlanDayList.h"

#include "core/common/LocaleFormat.h"
#include "ui/plan/PlanDayModel.h"
#include "ui/plan/PlanText.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

namespace carrywell::ui {

PlanDayList::PlanDayList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("planDays"));
    setAccessibleName(tr("Days of the week"));
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSpacing(3);
    setUniformItemSizes(true);
    setWordWrap(false);
}

void PlanDayList::setWeek(const QDate& monday, const core::WeeklyPlan* plan, const QDate& today,
                          const QSet<QDate>& doneDays)
{
    const int current = currentRow();
    const QSignalBlocker block(this);
    clear();
    for (int i = 0; i < 7; ++i) {
        const QDate date = monday.addDays(i);
        const core::PlanDay* day = plan && i < plan->days.size() ? &plan->days[i] : nullptr;
        QString title = core::LocaleFormat::weekdayAndDay(date);
        if (date == today)
            title = tr("%1 · Today").arg(title);
        QString summary = day ? PlanText::daySummary(*day) : tr("Nothing planned");
        if (doneDays.contains(date))
            summary = tr("%1 · done ✓").arg(summary);
        auto* item = new QListWidgetItem(title + QLatin1Char('\n') + summary, this);
        item->setSizeHint(QSize(0, fontMetrics().lineSpacing() * 2 + 14));
        item->setData(Qt::AccessibleTextRole, title);
        item->setData(Qt::AccessibleDescriptionRole, summary);
        QFont font = this->font();
        font.setBold(date == today);
        item->setFont(font);
        if (!day || day->rest)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    setCurrentRow(current >= 0 ? current : 0);
}

int PlanDayList::dropDay(const QPoint& position, const QMimeData* mime, int* fromDay,
                         int* row) const
{
    if (!PlanDayModel::decode(mime, fromDay, row))
        return -1;
    const QModelIndex target = indexAt(position);
    return target.isValid() && target.row() != *fromDay ? target.row() : -1;
}

void PlanDayList::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(PlanDayModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PlanDayList::dragMoveEvent(QDragMoveEvent* event)
{
    int fromDay = -1;
    int row = -1;
    if (dropDay(event->position().toPoint(), event->mimeData(), &fromDay, &row) >= 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void PlanDayList::dropEvent(QDropEvent* event)
{
    int fromDay = -1;
    int row = -1;
    const int toDay = dropDay(event->position().toPoint(), event->mimeData(), &fromDay, &row);
    if (toDay < 0) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit exerciseDropped(fromDay, row, toDay);
}

} // namespace carrywell::ui
