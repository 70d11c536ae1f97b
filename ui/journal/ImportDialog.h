#pragma once

#include "core/common/Result.h"
#include "core/journal/ImportReport.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QLayout;
class QPushButton;
class QTableWidget;

namespace carrywell::ui {

/// Reviews a file before it is imported: how many entries it holds, every
/// bad row with its line and reason. A clean file imports with one click; a
/// file with bad rows imports nothing unless the person chooses to import
/// only the good rows. Afterwards it says what was added and what was
/// skipped as already in the journal.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    using Importer = std::function<core::Result<core::ImportReport>(core::ImportMode)>;

    ImportDialog(const core::ImportBatch& batch, const QString& fileName, Importer importer,
                 QWidget* parent = nullptr);

    /// Imports as the button offers (everything, or only the good rows).
    void importNow();

    const std::optional<core::ImportReport>& report() const { return m_report; }
    QTableWidget* problemsTable() const { return m_table; }
    QPushButton* importButton() const { return m_import; }
    QString summaryText() const;

    /// Rows listed at most; a file that is wrong throughout says so in the summary.
    static constexpr int maxListedRows = 500;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpTable();
    /// Close and Import in a plain row.
    QLayout* buildButtons();
    /// What the file holds and what importing it would do.
    void showBatch(const core::ImportBatch& batch);
    /// A clean file: Import adds every entry.
    void offerEverything(const QString& found, qsizetype good);
    /// Rows with problems: nothing imported unless she asks for the good rows.
    void offerGoodRows(const QString& found, qsizetype good);
    void showProblems(const QList<std::pair<core::ImportProblem, QString>>& rows);

    core::ImportBatch m_batch;
    Importer m_importer;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_import;
    QPushButton* m_close;
    std::optional<core::ImportReport> m_report;
};

} // namespace carrywell::ui
