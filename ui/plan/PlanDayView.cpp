#include "ui/plan/PlanDayView.h"

#include "core/common/LocaleFormat.h"
#include "ui/plan/PlanDayModel.h"
#include "ui/plan/PlanExerciseList.h"
#include "ui/plan/PlanText.h"
#include "ui/widgets/ExerciseItemDelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace carrywell::ui {

PlanDayView::PlanDayView(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_model(new PlanDayModel(library, this)), m_list(new PlanExerciseList(this)),
      m_title(new QLabel(this)), m_summary(new QLabel(this)), m_restNote(new QLabel(this)),
      m_start(new QPushButton(this)), m_add(new QPushButton(tr("Add exercise…"), this)),
      m_swap(new QPushButton(tr("Swap…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_up(new QToolButton(this)), m_down(new QToolButton(this)), m_moveTo(new QToolButton(this)),
      m_rest(new QPushButton(tr("Make it a rest day"), this))
{
    setObjectName(QStringLiteral("planDayView"));
    setUpLabels();
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ExerciseItemDelegate(m_list));
    setUpButtons();
    buildMoveMenu();
    connectSignals();
    buildLayout();
    updateThumbnailStyle();
    updateButtons();
}

void PlanDayView::setUpLabels()
{
    m_title->setObjectName(QStringLiteral("planDayTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("planDaySummary"));
    m_summary->setWordWrap(true);
    m_restNote->setObjectName(QStringLiteral("planRestNote"));
    m_restNote->setWordWrap(true);
    m_restNote->setAlignment(Qt::AlignCenter);
    m_restNote->setText(tr("A rest day. Rest is part of getting stronger: an easy walk with "
                           "the pram is plenty.\nAdd an exercise to make it a training day."));
}

void PlanDayView::setUpButtons()
{
    m_start->setObjectName(QStringLiteral("planStartButton"));
    m_start->setDefault(true);
    QFont startFont = m_start->font();
    startFont.setBold(true);
    m_start->setFont(startFont);
    m_add->setObjectName(QStringLiteral("planAddButton"));
    m_swap->setObjectName(QStringLiteral("planSwapButton"));
    m_remove->setObjectName(QStringLiteral("planRemoveButton"));
    m_rest->setObjectName(QStringLiteral("planRestButton"));
    m_remove->setToolTip(tr("Take the exercise off this day (Delete)"));
    m_up->setObjectName(QStringLiteral("planUpButton"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setAccessibleName(tr("Move up"));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down->setObjectName(QStringLiteral("planDownButton"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setAccessibleName(tr("Move down"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
}

void PlanDayView::buildMoveMenu()
{
    m_moveTo->setObjectName(QStringLiteral("planMoveToButton"));
    m_moveTo->setText(tr("Move to"));
    m_moveTo->setToolTip(tr("Move the exercise to another day; you can also drag it onto a day"));
    m_moveTo->setPopupMode(QToolButton::InstantPopup);
    m_moveTo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* moveMenu = new QMenu(m_moveTo);
    for (int day = 0; day < 7; ++day) {
        QAction* action = moveMenu->addAction(core::LocaleFormat::weekdayName(day + 1));
        action->setObjectName(QStringLiteral("planMoveTo%1").arg(day + 1));
        connect(action, &QAction::triggered, this,
                [this, day] { emit moveToDayRequested(currentRow(), day); });
    }
    connect(moveMenu, &QMenu::aboutToShow, this, [this, moveMenu] {
        const QList<QAction*> actions = moveMenu->actions();
        for (int day = 0; day < actions.size(); ++day)
            actions[day]->setEnabled(day != m_dayIndex);
    });
    m_moveTo->setMenu(moveMenu);
    // The style draws the menu arrow over the button's right edge without
    // counting it in the size hint: room for it, so it never covers the text.
    m_moveTo->setMinimumWidth(
        m_moveTo->sizeHint().width() +
        m_moveTo->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_moveTo));
}

void PlanDayView::connectSignals()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanDayView::updateButtons);
    connect(m_list, &PlanExerciseList::reorderRequested, this, &PlanDayView::reorderRequested);
    connect(m_list, &PlanExerciseList::removeRequested, this, &PlanDayView::removeRequested);
    connect(m_list, &PlanExerciseList::openRequested, this, &PlanDayView::openRequested);
    connect(m_start, &QPushButton::clicked, this, &PlanDayView::startRequested);
    connect(m_add, &QPushButton::clicked, this, &PlanDayView::addRequested);
    connect(m_swap, &QPushButton::clicked, this, [this] { emit swapRequested(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentRow()); });
    connect(m_up, &QToolButton::clicked, this,
            [this] { emit reorderRequested(currentRow(), currentRow() - 1); });
    connect(m_down, &QToolButton::clicked, this,
            [this] { emit reorderRequested(currentRow(), currentRow() + 1); });
    connect(m_rest, &QPushButton::clicked, this, &PlanDayView::restRequested);
}

void PlanDayView::buildLayout()
{
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    header->addWidget(m_start, 0, Qt::AlignBottom);

    auto* edits = new QHBoxLayout;
    edits->addWidget(m_add);
    edits->addWidget(m_swap);
    edits->addWidget(m_remove);
    edits->addWidget(m_up);
    edits->addWidget(m_down);
    edits->addWidget(m_moveTo);
    edits->addStretch(1);
    edits->addWidget(m_rest);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_restNote, 1);
    layout->addLayout(edits);
}

void PlanDayView::setDay(const core::WeeklyPlan* plan, int dayIndex, const QDate& today)
{
    const int row = currentRow();
    const bool sameDay = dayIndex == m_dayIndex;
    m_hasPlan = plan != nullptr;
    m_dayIndex = dayIndex;
    const core::PlanDay* day =
        plan && dayIndex >= 0 && dayIndex < plan->days.size() ? &plan->days[dayIndex] : nullptr;
    m_minutesPerDay = plan ? plan->minutesPerDay : 0;
    m_model->setDay(day, dayIndex);

    QString title = day ? core::LocaleFormat::weekdayAndLongDay(day->date) : QString();
    if (day && day->date == today)
        title = tr("%1 · Today").arg(title);
    m_title->setText(title);
    QString summary;
    if (day && !day->rest) {
        const int seconds = day->estimatedSeconds();
        summary = tr("%1 of your %2 minutes · breathing, then mobility, strength and core, "
                     "then release")
                      .arg(PlanText::sentence(core::LocaleFormat::aboutMinutes(seconds)),
                           core::LocaleFormat::number(m_minutesPerDay));
        if (seconds > (m_minutesPerDay + 1) * 60)
            summary = tr("%1 — longer than your %2 minutes; remove an exercise to fit.")
                          .arg(PlanText::sentence(core::LocaleFormat::aboutMinutes(seconds)),
                               core::LocaleFormat::number(m_minutesPerDay));
    }
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_start->setText(day && day->date == today ? tr("Start today's routine")
                                               : tr("Start this routine"));
    m_list->setVisible(day && !day->rest);
    m_restNote->setVisible(day && day->rest);
    if (m_model->rowCount() > 0)
        setCurrentRow(sameDay ? std::clamp(row, 0, m_model->rowCount() - 1) : 0);
    updateButtons();
}

int PlanDayView::currentRow() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void PlanDayView::setCurrentRow(int row)
{
    m_list->setCurrentIndex(m_model->index(row));
}

void PlanDayView::updateButtons()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    const bool selected = row >= 0 && row < count;
    m_start->setEnabled(count > 0);
    m_add->setEnabled(m_hasPlan && m_dayIndex >= 0);
    m_swap->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row < count - 1);
    m_moveTo->setEnabled(selected);
    m_rest->setEnabled(count > 0);
}

void PlanDayView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateThumbnailStyle();
}

void PlanDayView::updateThumbnailStyle()
{
    m_model->setThumbnailStyle(ExerciseItemDelegate::thumbnailSize(), devicePixelRatioF(),
                               palette().color(QPalette::Base).lightness() < 128);
}

} // namespace carrywell::ui
