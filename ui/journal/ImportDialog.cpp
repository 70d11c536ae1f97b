#include "ui/journal/ImportDialog.h"

#include "core/common/LocaleFormat.h"
#include "core/journal/JournalFileFormats.h"
#include "ui/widgets/PainColors.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace carrywell::ui {

ImportDialog::ImportDialog(const core::ImportBatch& batch, const QString& fileName,
                           Importer importer, QWidget* parent)
    : QDialog(parent), m_batch(batch), m_importer(std::move(importer)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)), m_import(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import “%1”").arg(QFileInfo(fileName).fileName()));
    resize(640, 420);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    setUpTable();
    QLayout* buttons = buildButtons();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    showBatch(batch);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(m_close, &QPushButton::clicked, this, [this] { m_report ? accept() : reject(); });
}

void ImportDialog::setUpTable()
{
    m_table->setObjectName(QStringLiteral("importProblemsTable"));
    m_table->setAccessibleName(tr("Rows with problems"));
    // Tab moves on to the buttons; the arrow keys move between the rows.
    m_table->setTabKeyNavigation(false);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("What happened"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 130);
}

QLayout* ImportDialog::buildButtons()
{
    m_import->setObjectName(QStringLiteral("importButton"));
    m_close->setObjectName(QStringLiteral("closeImportButton"));
    // A plain row rather than QDialogButtonBox: with buttons added to it, Qt 6.4's
    // box reorders the Tab chain so that one of them can never be reached.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_import);
    setTabOrder(m_table, m_close);
    setTabOrder(m_close, m_import);
    return buttons;
}

void ImportDialog::showBatch(const core::ImportBatch& batch)
{
    const QString found = core::JournalFileFormats::describe(batch);
    const qsizetype good = batch.goodEntries();
    QList<std::pair<core::ImportProblem, QString>> rows;
    for (const core::ImportProblem& problem : batch.problems)
        rows.append({problem, tr("Not valid")});
    showProblems(rows);
    if (batch.isClean())
        offerEverything(found, good);
    else
        offerGoodRows(found, good);
    m_import->setVisible(good > 0);
    m_table->setVisible(!batch.problems.isEmpty());
}

void ImportDialog::offerEverything(const QString& found, qsizetype good)
{
    m_summary->setText(tr("The file holds %1, all readable. Entries already in your journal "
                          "are skipped, so importing the same file twice adds nothing.")
                           .arg(found));
    m_import->setText(good == 1 ? tr("Import 1 entry")
                                : tr("Import %1 entries").arg(core::LocaleFormat::number(good)));
    m_close->setText(tr("Cancel"));
    m_import->setDefault(true);
    m_import->setFocus();
}

void ImportDialog::offerGoodRows(const QString& found, qsizetype good)
{
    m_summary->setText(
        (m_batch.problems.size() == 1
             ? tr("1 row of this file has a problem, listed below.")
             : tr("%1 rows of this file have problems, listed below.")
                   .arg(core::LocaleFormat::number(m_batch.problems.size()))) +
        QLatin1Char(' ') +
        tr("Nothing has been imported. You can fix the file and import it again, or import "
           "only the good rows (%1).")
            .arg(found));
    m_import->setText(
        good == 1 ? tr("Import only the good entry")
                  : tr("Import only the %1 good entries").arg(core::LocaleFormat::number(good)));
    m_close->setText(tr("Cancel"));
    m_close->setDefault(true);
    m_close->setFocus();
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

void ImportDialog::importNow()
{
    if (m_report || m_batch.goodEntries() == 0)
        return;
    const core::ImportMode mode =
        m_batch.isClean() ? core::ImportMode::OnlyIfClean : core::ImportMode::GoodRowsOnly;
    const core::Result<core::ImportReport> report = m_importer(mode);
    if (!report) {
        QPalette warn = m_summary->palette();
        warn.setColor(QPalette::WindowText, PainColors::problemText(warn));
        m_summary->setPalette(warn);
        m_summary->setText(report.error());
        return;
    }
    m_report = report.value();
    m_summary->setText(core::JournalFileFormats::summary(*m_report));
    QList<std::pair<core::ImportProblem, QString>> rows;
    for (const core::ImportProblem& problem : m_report->leftOut)
        rows.append({problem, tr("Left out")});
    for (const core::ImportProblem& problem : m_report->duplicates)
        rows.append({problem, tr("Already there")});
    for (const core::ImportProblem& problem : m_report->plansKept)
        rows.append({problem, tr("Kept yours")});
    showProblems(rows);
    m_table->setVisible(!rows.isEmpty());
    m_table->setAccessibleName(tr("Rows not added"));
    m_import->setVisible(false);
    m_close->setText(tr("Close"));
    m_close->setDefault(true);
    m_close->setFocus();
}

void ImportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Wrapped reasons need the table's real width to get their height.
    m_table->resizeRowsToContents();
}

void ImportDialog::showProblems(const QList<std::pair<core::ImportProblem, QString>>& all)
{
    const QList<std::pair<core::ImportProblem, QString>> rows = all.mid(0, maxListedRows);
    m_table->setRowCount(int(rows.size()) + (all.size() > rows.size() ? 1 : 0));
    if (all.size() > rows.size()) {
        auto* more = new QTableWidgetItem(
            tr("…and %1 more").arg(core::LocaleFormat::number(all.size() - rows.size())));
        m_table->setItem(int(rows.size()), 0, more);
        m_table->setSpan(int(rows.size()), 0, 1, 3);
    }
    for (int row = 0; row < rows.size(); ++row) {
        const auto& [problem, what] = rows.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(problem.location));
        m_table->setItem(row, 1, new QTableWidgetItem(what));
        m_table->setItem(row, 2, new QTableWidgetItem(problem.reason));
        m_table->item(row, 0)->setData(Qt::UserRole, problem.line);
    }
    m_table->resizeRowsToContents();
}

} // namespace carrywell::ui
