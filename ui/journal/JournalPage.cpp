#include "ui/journal/JournalPage.h"

#include "core/journal/Adherence.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/SessionEffects.h"
#include "core/journal/WeekSummaries.h"
#include "ui/checkin/CarePromptArea.h"
#include "ui/checkin/JournalEditor.h"
#include "ui/journal/ActivityPanel.h"
#include "ui/journal/JournalActions.h"
#include "ui/journal/JournalChartsPanel.h"
#include "ui/journal/JournalFileActions.h"
#include "ui/journal/JournalHistoryPanel.h"
#include "ui/journal/JournalRangeBar.h"
#include "ui/journal/JournalText.h"
#include "ui/journal/SummaryCards.h"
#include "ui/widgets/PainColors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace carrywell::ui {

/// Remembers the first error of a refresh and gives back the value or a default.
class JournalPage::Reader
{
public:
    template <typename T>
    T take(core::Result<T> result)
    {
        if (!result) {
            if (m_error.isEmpty())
                m_error = result.error();
            return T{};
        }
        return std::move(result).value();
    }
    QString error() const { return m_error; }

private:
    QString m_error;
};

JournalPage::JournalPage(core::Journal& journal, const core::ContentLibrary& library,
                         JournalViewStore store, const core::Clock& clock, QWidget* parent,
                         JournalActions* actions)
    : QWidget(parent), m_journal(journal), m_store(store), m_clock(clock),
      m_actions(actions ? actions : new JournalActions(journal, library, clock, this)),
      m_regionNames(m_actions->regionNames()), m_range(new JournalRangeBar(this)),
      m_problem(new QLabel(this)), m_prompts(new CarePromptArea(store, this)),
      m_cards(new SummaryCards(this)), m_tabs(new QTabWidget(this)),
      m_charts(new JournalChartsPanel(m_regionNames, this)),
      m_history(new JournalHistoryPanel(*m_actions->editor(), m_regionNames, this)),
      m_activities(new ActivityPanel(this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("journalPage"));
    // Their shortcuts work while this page has focus (Ctrl+P prints the plan
    // on the Plan page; Ctrl+Z elsewhere belongs to the field being typed in).
    for (QAction* action : {m_actions->files()->reportAction(), undoAction(), redoAction()})
        addAction(action);
    QLayout* header = buildHeader();
    setUpProblem();
    setUpTabs();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_problem);
    layout->addWidget(m_prompts);
    layout->addWidget(m_cards);
    layout->addWidget(m_tabs, 1);

    connectSignals(actions == nullptr);
    restoreRange();
    refresh();
}

QLayout* JournalPage::buildHeader()
{
    auto* title = new QLabel(tr("Journal"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    auto* newButton = new QPushButton(tr("New check-in (Ctrl+N)"), this);
    newButton->setObjectName(QStringLiteral("newCheckInButton"));
    newButton->setAccessibleName(tr("New check-in"));
    connect(newButton, &QPushButton::clicked, this, &JournalPage::newCheckIn);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(newButton);
    header->addStretch(1);
    header->addWidget(m_range);
    header->addSpacing(12);
    header->addWidget(buildActionButton(tr("Undo"), QStringLiteral("undoButton"), undoAction()));
    header->addWidget(buildActionButton(tr("Redo"), QStringLiteral("redoButton"), redoAction()));
    return header;
}

QPushButton* JournalPage::buildActionButton(const QString& text, const QString& name,
                                            QAction* action)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAccessibleName(text);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    // Enabled with the action, and its tooltip tells the shortcut.
    auto sync = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->text() + QStringLiteral(" (") +
                           action->shortcut().toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
    };
    connect(action, &QAction::changed, button, sync);
    sync();
    return button;
}

void JournalPage::setUpProblem()
{
    m_problem->setObjectName(QStringLiteral("journalProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, PainColors::problemText(warn));
    m_problem->setPalette(warn);
}

void JournalPage::setUpTabs()
{
    m_tabs->setObjectName(QStringLiteral("journalTabs"));
    m_tabs->setAccessibleName(tr("Journal views"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    m_tabs->addTab(m_activities, tr("My &activities"));
    m_tabs->setCurrentIndex(m_store.load().tab);
}

void JournalPage::connectSignals(bool ownActions)
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &JournalPage::refresh);
    // Many changes in a row (an import, several undos) cost one refresh.
    connect(&m_journal, &core::Journal::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_range, &JournalRangeBar::changed, this, [this] {
        saveRange();
        refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &JournalPage::onTabChanged);
    connect(m_actions->editor(), &JournalEditor::failed, this, &JournalPage::showProblem);
    connect(m_history, &JournalHistoryPanel::problem, this, &JournalPage::showProblem);
    connect(m_history, &JournalHistoryPanel::statusMessage, this, &JournalPage::statusMessage);
    if (ownActions) // the window shows the messages of its own actions
        connect(m_actions, &JournalActions::statusMessage, this, &JournalPage::statusMessage);
}

void JournalPage::onTabChanged(int index)
{
    JournalView view = m_store.load();
    view.tab = index;
    m_store.save(view);
    if (m_tabs->currentWidget() == m_history && m_historyStale) {
        Reader read;
        loadHistory(read);
        if (!read.error().isEmpty())
            showProblem(
                tr("Part of your journal could not be read just now: %1").arg(read.error()));
    }
}

JournalPage::~JournalPage() = default;

QAction* JournalPage::undoAction() const
{
    return m_actions->undoAction();
}

QAction* JournalPage::redoAction() const
{
    return m_actions->redoAction();
}

JournalEditor* JournalPage::editor() const
{
    return m_actions->editor();
}

JournalFileActions* JournalPage::files() const
{
    return m_actions->files();
}

void JournalPage::newCheckIn()
{
    m_actions->newCheckIn();
}

void JournalPage::refresh()
{
    m_refreshTimer->stop();
    Reader read;
    const QDate today = m_clock.today();
    const core::JournalHistory history(m_journal);
    std::optional<core::DateRange> covered;
    if (m_range->span() == JournalRangeBar::Span::Everything)
        covered = read.take(history.coveredDays());
    const core::DateRange days = m_range->days(today, covered);
    m_range->showDays(days);

    // Ten years of rows cost more than everything else together: the table
    // reads them only while it is on screen.
    m_days = days;
    m_historyStale = true;
    if (m_tabs->currentWidget() == m_history)
        loadHistory(read);

    const core::PainTrends trends(m_journal);
    core::PainChartData chart;
    chart.days = days;
    chart.daily = read.take(trends.dailyAverages(days));
    chart.moving = read.take(trends.movingAverage(days));
    chart.regions = read.take(trends.regionTrends(days));
    chart.weeks = read.take(core::Adherence(m_journal).weeks(days));
    m_charts->setData(chart, read.take(core::SessionEffects(m_journal).beforeAndAfter(days)));

    m_activities->setData(days, m_actions->activities(), read.take(history.activityRatings(days)));

    m_cards->setWeeks(read.take(core::WeekSummaries(m_journal).thisWeekVersusLast()));
    m_cards->setStreaks(read.take(core::Adherence(m_journal).streaks()));
    m_cards->setDays(chart.daily);

    const core::DateRange recent{today.addDays(1 - core::CarePrompts::recentDays), today};
    m_prompts->setPrompts(core::CarePrompts::find(read.take(trends.dailyAverages(recent)),
                                                  read.take(history.checkIns(recent)), today));

    if (read.error().isEmpty())
        m_problem->setVisible(false);
    else
        showProblem(tr("Part of your journal could not be read just now: %1").arg(read.error()));
}

void JournalPage::loadHistory(Reader& read)
{
    m_history->setCheckIns(read.take(core::JournalHistory(m_journal).checkIns(m_days)), m_days);
    m_historyStale = false;
}

void JournalPage::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
}

void JournalPage::saveRange()
{
    JournalView view = m_store.load();
    view.span = m_range->span();
    if (view.span == JournalRangeBar::Span::Custom)
        view.customDays = m_range->days(m_clock.today(), std::nullopt);
    m_store.save(view);
}

void JournalPage::restoreRange()
{
    const QSignalBlocker block(m_range);
    const JournalView view = m_store.load();
    if (view.span == JournalRangeBar::Span::Custom) {
        if (view.customDays.isValid())
            m_range->setCustomDays(view.customDays);
    } else {
        m_range->setSpan(view.span);
    }
}

} // namespace carrywell::ui
