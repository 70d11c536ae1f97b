#include "ui/plan/PlanPage.h"

#include "core/common/LocaleFormat.h"
#include "core/journal/DateRange.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/plan/PlanEdits.h"
#include "core/session/SessionPlan.h"
#include "ui/plan/ExercisePickerDialog.h"
#include "ui/plan/MakeWeekDialog.h"
#include "ui/plan/PlanDayList.h"
#include "ui/plan/PlanDayView.h"
#include "ui/plan/PlanText.h"
#include "ui/plan/PlanWorkspace.h"
#include "ui/print/PlanPrintActions.h"
#include "ui/print/PlanSheet.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

/// The exercises already on a day, which the picker leaves out.
QStringList idsOn(const core::PlanDay& day)
{
    QStringList ids;
    for (const core::PlannedExercise& item : day.exercises)
        ids << item.exerciseId;
    return ids;
}

} // namespace

PlanPage::PlanPage(core::Journal& journal, const core::ContentLibrary& library,
                   const SettingsStores& settings, const core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_journal(journal), m_library(library), m_clock(clock),
      m_workspace(
          new PlanWorkspace(library, journal, settings.profile, settings.plan, clock, this)),
      m_print(new PlanPrintActions(library, settings, clock, this)), m_weekTitle(new QLabel(this)),
      m_previous(new QPushButton(tr("‹ Previous"), this)),
      m_thisWeek(new QPushButton(tr("This week"), this)),
      m_next(new QPushButton(tr("Next ›"), this)),
      m_make(new QPushButton(tr("Make my week…"), this)),
      m_another(new QPushButton(tr("Try another plan"), this)), m_notes(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_empty(new QWidget(this)),
      m_emptyText(new QLabel(m_empty)), m_content(new QWidget(this)),
      m_days(new PlanDayList(m_content)), m_dayView(new PlanDayView(library, m_content)),
      m_tools(new QHBoxLayout)
{
    setObjectName(QStringLiteral("planPage"));
    setUpWeekButtons();
    QHBoxLayout* header = buildHeader();
    buildTools();
    setUpNotes();
    buildEmptyState();
    buildContent();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_tools);
    layout->addWidget(m_notes);
    layout->addWidget(m_stack, 1);

    setUpUndoActions();
    connectSignals();
    connectDayView();

    succeeded(m_workspace->showWeek(clock.today()));
    m_days->setCurrentRow(m_clock.today().dayOfWeek() - 1);
}

void PlanPage::setUpWeekButtons()
{
    m_weekTitle->setObjectName(QStringLiteral("planWeekTitle"));
    QFont titleFont = m_weekTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_weekTitle->setFont(titleFont);
    m_weekTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previous->setObjectName(QStringLiteral("planPreviousWeek"));
    m_previous->setAccessibleName(tr("Previous week"));
    m_previous->setToolTip(tr("Previous week (Alt+Left)"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_thisWeek->setObjectName(QStringLiteral("planThisWeek"));
    m_next->setObjectName(QStringLiteral("planNextWeek"));
    m_next->setAccessibleName(tr("Next week"));
    m_next->setToolTip(tr("Next week (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_make->setObjectName(QStringLiteral("planMakeButton"));
    m_make->setToolTip(tr("Answer a few questions and get a plan for this week"));
    m_another->setObjectName(QStringLiteral("planAnotherButton"));
    m_another->setToolTip(tr("The same answers, other exercises"));
}

QHBoxLayout* PlanPage::buildHeader()
{
    auto* header = new QHBoxLayout;
    header->addWidget(m_weekTitle, 1);
    header->addWidget(m_previous);
    header->addWidget(m_thisWeek);
    header->addWidget(m_next);
    return header;
}

void PlanPage::buildTools()
{
    m_tools->addWidget(m_make);
    m_tools->addWidget(m_another);
    m_tools->addStretch(1);
    // Ctrl+P prints the plan while this page has focus; on the Journal page
    // it makes the report for the physio.
    m_print->printAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_print->printAction());
    for (QAction* action :
         {m_print->printAction(), m_print->saveAsPdfAction(), m_print->exportCalendarAction()}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        m_tools->addWidget(button);
        m_printButtons.append(button);
    }
}

void PlanPage::setUpNotes()
{
    m_notes->setObjectName(QStringLiteral("planNotes"));
    m_notes->setWordWrap(true);
    m_notes->setFrameShape(QFrame::StyledPanel);
    m_notes->setMargin(8);
}

void PlanPage::buildEmptyState()
{
    // No plan yet for the week: say what a plan is and offer to make one.
    m_emptyText->setObjectName(QStringLiteral("planEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::RichText);
    m_emptyText->setFixedWidth(560);
    auto* emptyMake = new QPushButton(tr("Make my week…"), m_empty);
    emptyMake->setObjectName(QStringLiteral("planEmptyMakeButton"));
    emptyMake->setDefault(true);
    connect(emptyMake, &QPushButton::clicked, this, &PlanPage::makeWeek);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    // Centred by stretches rather than alignment: an aligned item is asked its
    // height for the whole page width, so the fixed-width text lost its last lines.
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch();
    emptyRow->addWidget(m_emptyText);
    emptyRow->addStretch();
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(emptyMake, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
}

void PlanPage::buildContent()
{
    auto* splitter = new QSplitter(m_content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_days);
    splitter->addWidget(m_dayView);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 700});
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
}

void PlanPage::setUpUndoActions()
{
    QUndoStack* stack = m_workspace->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoPlanAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoPlanAction"));
    m_redo->setShortcuts(QKeySequence::Redo);
    for (QAction* action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void PlanPage::connectSignals()
{
    connect(m_previous, &QPushButton::clicked, this,
            [this] { showDay(m_workspace->week().addDays(-7 + currentDay())); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { showDay(m_workspace->week().addDays(7 + currentDay())); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] { showDay(m_clock.today()); });
    connect(m_make, &QPushButton::clicked, this, &PlanPage::makeWeek);
    connect(m_another, &QPushButton::clicked, this, [this] {
        if (succeeded(
                m_workspace->makeWeek(m_workspace->profile(), m_workspace->preferences(), true)))
            emit statusMessage(tr("Here is another plan from the same answers. Undo brings "
                                  "the last one back."));
    });
    connect(m_workspace, &PlanWorkspace::planChanged, this, &PlanPage::refresh);
    connect(m_workspace, &PlanWorkspace::undoFailed, this, &PlanPage::showProblem);
    connect(&m_journal, &core::Journal::changed, this, &PlanPage::refresh);
    connect(m_days, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_days, &PlanDayList::exerciseDropped, this, [this](int from, int row, int to) {
        if (const core::WeeklyPlan* plan = m_workspace->plan())
            succeeded(
                m_workspace->apply(core::PlanEdits::moveToDay(*plan, from, row, to),
                                   tr("Move to %1").arg(core::LocaleFormat::weekdayName(to + 1))));
    });
}

void PlanPage::connectDayView()
{
    connect(m_dayView, &PlanDayView::startRequested, this, &PlanPage::startDay);
    connect(m_dayView, &PlanDayView::addRequested, this, &PlanPage::addExercise);
    connect(m_dayView, &PlanDayView::swapRequested, this, &PlanPage::swapExercise);
    connect(m_dayView, &PlanDayView::removeRequested, this, [this](int row) {
        if (const core::WeeklyPlan* plan = m_workspace->plan())
            succeeded(m_workspace->apply(core::PlanEdits::remove(*plan, currentDay(), row),
                                         tr("Remove")));
    });
    connect(m_dayView, &PlanDayView::reorderRequested, this, [this](int from, int to) {
        const core::WeeklyPlan* plan = m_workspace->plan();
        if (plan && succeeded(m_workspace->apply(
                        core::PlanEdits::reorder(*plan, currentDay(), from, to), tr("Reorder"))))
            m_dayView->setCurrentRow(to);
    });
    connect(m_dayView, &PlanDayView::moveToDayRequested, this, [this](int row, int to) {
        if (const core::WeeklyPlan* plan = m_workspace->plan())
            succeeded(
                m_workspace->apply(core::PlanEdits::moveToDay(*plan, currentDay(), row, to),
                                   tr("Move to %1").arg(core::LocaleFormat::weekdayName(to + 1))));
    });
    connect(m_dayView, &PlanDayView::restRequested, this, [this] {
        if (const core::WeeklyPlan* plan = m_workspace->plan())
            succeeded(m_workspace->apply(core::PlanEdits::makeRestDay(*plan, currentDay()),
                                         tr("Make it a rest day")));
    });
    connect(m_dayView, &PlanDayView::openRequested, this, [this](int row) {
        const core::WeeklyPlan* plan = m_workspace->plan();
        if (plan && row >= 0 && row < plan->days[currentDay()].exercises.size())
            emit openExerciseRequested(plan->days[currentDay()].exercises[row].exerciseId);
    });
}

bool PlanPage::succeeded(const core::Result<core::Done>& result)
{
    if (!result)
        showProblem(result.error());
    return result.ok();
}

void PlanPage::showProblem(const QString& message)
{
    QMessageBox::warning(this, tr("The plan was not changed"), message);
}

int PlanPage::currentDay() const
{
    return std::clamp(m_days->currentRow(), 0, 6);
}

void PlanPage::showDay(const QDate& day)
{
    if (core::weekStart(day) != m_workspace->week())
        succeeded(m_workspace->showWeek(day));
    m_days->setCurrentRow(day.dayOfWeek() - 1);
}

bool PlanPage::makeWeek()
{
    MakeWeekDialog dialog(m_library, m_workspace->profile(), m_workspace->preferences(),
                          m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!succeeded(m_workspace->makeWeek(dialog.profile(), dialog.preferences())))
        return false;
    emit statusMessage(tr("Your week is ready. Change anything you like; undo is Ctrl+Z."));
    return true;
}

void PlanPage::refresh()
{
    const core::WeeklyPlan* plan = m_workspace->plan();
    m_print->setPlan(plan);
    for (QToolButton* button : m_printButtons)
        button->setVisible(plan != nullptr);
    const QDate monday = m_workspace->week();
    const QDate today = m_clock.today();
    const QDate thisMonday = core::weekStart(today);
    QString title = PlanSheet::dateRange(monday);
    if (monday == thisMonday)
        title = tr("This week · %1").arg(title);
    else if (monday == thisMonday.addDays(7))
        title = tr("Next week · %1").arg(title);
    else if (monday == thisMonday.addDays(-7))
        title = tr("Last week · %1").arg(title);
    m_weekTitle->setText(title);
    m_thisWeek->setEnabled(monday != thisMonday);
    m_make->setText(tr("Make it again…"));
    m_make->setVisible(plan != nullptr); // the empty page has its own button
    m_another->setVisible(plan != nullptr);

    m_notes->setText(plan ? plan->notes.join(QLatin1Char('\n')) : QString());
    m_notes->setVisible(plan && !plan->notes.isEmpty());

    m_emptyText->setText(
        tr("<h2>No plan for this week yet</h2><p>Answer a few questions — what hurts, how long "
           "since the birth, what you have at home, how many minutes and which days — and "
           "Carrywell puts together a short routine for each free day.</p>"));
    m_stack->setCurrentWidget(plan ? m_content : m_empty);

    const QSignalBlocker block(m_days);
    m_days->setWeek(monday, plan, today, doneDays());
    m_dayView->setDay(plan, currentDay(), today);
}

QSet<QDate> PlanPage::doneDays() const
{
    QSet<QDate> days;
    const core::Result<QList<core::SessionRecord>> sessions =
        core::JournalHistory(m_journal).sessions(core::DateRange::weekOf(m_workspace->week()));
    if (!sessions)
        return days;
    for (const core::SessionRecord& session : sessions.value()) {
        if (session.routineId == routineId() && session.countsForAdherence())
            days.insert(session.localDate());
    }
    return days;
}

QString PlanPage::exerciseName(const QString& id) const
{
    const core::Exercise* exercise = m_library.exercise(id);
    return exercise ? exercise->name : id;
}

void PlanPage::startDay()
{
    const core::WeeklyPlan* plan = m_workspace->plan();
    if (!plan)
        return;
    const core::PlanDay& day = plan->days[currentDay()];
    QList<core::SessionItem> items;
    for (const core::PlannedExercise& planned : day.exercises) {
        const core::Exercise* exercise = m_library.exercise(planned.exerciseId);
        if (!exercise)
            continue;
        items.append(core::SessionPlan::itemFor(*exercise, planned.dosage));
    }
    if (items.isEmpty())
        return;
    emit startRequested(routineId(), tr("%1's plan").arg(core::LocaleFormat::weekday(day.date)),
                        items);
}

void PlanPage::addExercise()
{
    const core::WeeklyPlan* plan = m_workspace->plan();
    if (!plan)
        return;
    const int day = currentDay();
    const core::Result<core::PlanRequest> request = m_workspace->request();
    ExercisePickerDialog picker(
        m_library, request ? std::optional(request.value()) : std::nullopt, std::nullopt,
        idsOn(plan->days[day]),
        tr("Add an exercise to %1").arg(core::LocaleFormat::weekdayName(day + 1)), tr("Add"), this);
    if (picker.exec() != QDialog::Accepted || !picker.chosen())
        return;
    succeeded(m_workspace->apply(core::PlanEdits::add(*m_workspace->plan(), day, *picker.chosen()),
                                 tr("Add %1").arg(picker.chosen()->name)));
}

void PlanPage::swapExercise(int row)
{
    const core::WeeklyPlan* plan = m_workspace->plan();
    const int day = currentDay();
    if (!plan || row < 0 || row >= plan->days[day].exercises.size())
        return;
    const core::PlannedExercise item = plan->days[day].exercises[row];
    const core::Result<core::PlanRequest> request = m_workspace->request();
    ExercisePickerDialog picker(m_library, request ? std::optional(request.value()) : std::nullopt,
                                item.stage, idsOn(plan->days[day]),
                                tr("Swap %1 for…").arg(exerciseName(item.exerciseId)), tr("Swap"),
                                this);
    if (picker.exec() != QDialog::Accepted || !picker.chosen())
        return;
    succeeded(
        m_workspace->apply(core::PlanEdits::swap(*m_workspace->plan(), day, row, *picker.chosen()),
                           tr("Swap in %1").arg(picker.chosen()->name)));
}

} // namespace carrywell::ui
