#include "ui/journal/JournalHistoryPanel.h"

#include "core/common/LocaleFormat.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/JournalEditor.h"
#include "ui/journal/JournalHistoryFilter.h"
#include "ui/journal/JournalHistoryModel.h"
#include "ui/journal/JournalText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace carrywell::ui {

JournalHistoryPanel::JournalHistoryPanel(JournalEditor& editor,
                                         const QHash<core::Region, QString>& regionNames,
                                         QWidget* parent)
    : QWidget(parent), m_editor(editor), m_regionNames(regionNames),
      m_model(new JournalHistoryModel(regionNames, this)), m_filter(new JournalHistoryFilter(this)),
      m_region(new QComboBox(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_edit(new QPushButton(tr("Ed&it…"), this)), m_delete(new QPushButton(tr("De&lete"), this))
{
    setObjectName(QStringLiteral("journalHistory"));
    m_filter->setSourceModel(m_model);
    QLabel* regionLabel = setUpRegionFilter();
    m_count->setObjectName(QStringLiteral("historyCount"));
    setUpView();
    m_edit->setObjectName(QStringLiteral("editCheckInButton"));
    m_delete->setObjectName(QStringLiteral("deleteCheckInButton"));
    m_delete->setToolTip(tr("Delete the selected check-in (Delete). Undo brings it back."));

    auto* top = new QHBoxLayout;
    top->addWidget(regionLabel);
    top->addWidget(m_region);
    top->addWidget(m_count, 1);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connectSignals();
    updateButtons();
    updateCount();
}

QLabel* JournalHistoryPanel::setUpRegionFilter()
{
    m_region->setObjectName(QStringLiteral("historyRegionFilter"));
    m_region->setAccessibleName(tr("Only check-ins that scored"));
    m_region->setAccessibleDescription(tr("Shows only the check-ins where this region hurt"));
    m_region->addItem(tr("Any region"), QString());
    for (const core::Region region : core::allValues<core::Region>())
        m_region->addItem(m_regionNames.value(region, core::toId(region)), core::toId(region));
    auto* regionLabel = new QLabel(tr("&Region"), this);
    regionLabel->setBuddy(m_region);
    return regionLabel;
}

void JournalHistoryPanel::setUpView()
{
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setAccessibleName(tr("Check-ins"));
    m_view->setAccessibleDescription(
        tr("Newest first. Arrow keys move between check-ins; Enter edits, Delete deletes."));
    // Tab leaves the table (arrows move inside it) rather than walking every cell.
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JournalHistoryModel::WhenColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(JournalHistoryModel::WhenColumn, 190);
    m_view->setColumnWidth(JournalHistoryModel::PainColumn, 130);
    m_view->setColumnWidth(JournalHistoryModel::RegionsColumn, 220);
    // Two triggers side by side, as most check-ins have, in every language.
    m_view->setColumnWidth(JournalHistoryModel::TriggersColumn, 210);
    m_view->setColumnWidth(JournalHistoryModel::SignsColumn, signsColumnWidth());
    m_view->installEventFilter(this);
}

void JournalHistoryPanel::connectSignals()
{
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRegion(core::fromId<core::Region>(m_region->currentData().toString()));
        updateCount();
        updateButtons();
    });
    connect(m_view, &QTableView::activated, this, &JournalHistoryPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JournalHistoryPanel::updateButtons);
    connect(m_edit, &QPushButton::clicked, this, &JournalHistoryPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &JournalHistoryPanel::deleteSelected);
}

void JournalHistoryPanel::setCheckIns(const QList<core::CheckIn>& checkIns,
                                      const core::DateRange& days)
{
    const std::optional<core::CheckIn> selected = selectedCheckIn();
    m_model->setCheckIns(checkIns);
    // Most journals never note a warning sign: their notes keep the room.
    const bool anySigns =
        std::any_of(checkIns.cbegin(), checkIns.cend(),
                    [](const core::CheckIn& c) { return !c.warningSigns.isEmpty(); });
    m_view->setColumnHidden(JournalHistoryModel::SignsColumn, !anySigns);
    m_filter->setDays(days);
    if (selected)
        selectCheckIn(selected->id);
    updateCount();
    updateButtons();
}

int JournalHistoryPanel::signsColumnWidth() const
{
    // The widest two signs side by side in this language (all three are in
    // the tooltip), or the column's title if that is wider.
    const QFontMetrics metrics = m_view->fontMetrics();
    const QList<core::WarningSign> signs = core::allValues<core::WarningSign>();
    int widest = metrics.horizontalAdvance(
        m_model->headerData(JournalHistoryModel::SignsColumn, Qt::Horizontal).toString());
    for (qsizetype a = 0; a < signs.size(); ++a) {
        for (qsizetype b = a + 1; b < signs.size(); ++b) {
            core::CheckIn pair;
            pair.warningSigns = {signs[a], signs[b]};
            widest =
                std::max(widest, metrics.horizontalAdvance(JournalText::briefWarningSigns(pair)));
        }
    }
    return widest + 24; // the cell's margins and the header's sort arrow
}

void JournalHistoryPanel::setRegion(std::optional<core::Region> region)
{
    m_region->setCurrentIndex(region ? m_region->findData(core::toId(*region)) : 0);
}

std::optional<core::CheckIn> JournalHistoryPanel::selectedCheckIn() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const core::CheckIn* checkIn = m_model->checkInAt(m_filter->mapToSource(rows.first()));
    return checkIn ? std::optional(*checkIn) : std::nullopt;
}

bool JournalHistoryPanel::selectCheckIn(qint64 id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfId(id));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void JournalHistoryPanel::editSelected()
{
    const std::optional<core::CheckIn> before = selectedCheckIn();
    if (!before)
        return;
    auto* dialog = new CheckInDialog(m_regionNames, before->at, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCheckIn(*before);
    dialog->setSaver([this, before = *before](const core::CheckIn& after) {
        const core::Result<core::Done> saved = m_editor.edit(before, after);
        if (!saved)
            return saved.error();
        emit statusMessage(tr("Check-in changed. Undo (Ctrl+Z) puts it back."));
        return QString();
    });
    dialog->open();
}

void JournalHistoryPanel::deleteSelected()
{
    const std::optional<core::CheckIn> checkIn = selectedCheckIn();
    if (!checkIn)
        return;
    const core::Result<core::Done> removed = m_editor.remove(*checkIn);
    if (!removed) {
        emit problem(removed.error());
        return;
    }
    emit statusMessage(tr("Deleted the check-in of %1. Undo (Ctrl+Z) brings it back.")
                           .arg(core::LocaleFormat::dateTime(checkIn->at)));
}

bool JournalHistoryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JournalHistoryPanel::updateButtons()
{
    const bool any = selectedCheckIn().has_value();
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

void JournalHistoryPanel::updateCount()
{
    const int shown = m_filter->rowCount();
    m_count->setText(
        shown == 0 ? tr("No check-ins in these days.")
                   : (shown == 1 ? tr("1 check-in")
                                 : tr("%1 check-ins").arg(core::LocaleFormat::number(shown))));
}

} // namespace carrywell::ui
