#include "ui/journal/JournalFileActions.h"

#include "core/fhir/FhirExport.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalFileFormats.h"
#include "ui/journal/ImportDialog.h"
#include "ui/journal/JournalRangeBar.h"
#include "ui/journal/JournalReport.h"
#include "ui/journal/ReportDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

namespace carrywell::ui {

JournalFileActions::JournalFileActions(core::Journal& journal,
                                       const QHash<core::Region, QString>& regionNames,
                                       const core::Clock& clock, QWidget* parent)
    : QObject(parent), m_journal(journal), m_regionNames(regionNames), m_clock(clock),
      m_parent(parent), m_export(new QAction(tr("&Backup or spreadsheet (JSON, CSV)…"), this)),
      m_exportForClinic(new QAction(tr("For a &clinic (FHIR)…"), this)),
      m_exportMenu(new QMenu(tr("&Export"), parent)),
      m_import(new QAction(tr("&Import into journal…"), this)),
      m_report(new QAction(tr("&Report for my physio…"), this))
{
    m_export->setObjectName(QStringLiteral("exportJournalAction"));
    m_exportForClinic->setObjectName(QStringLiteral("exportForClinicAction"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->addAction(m_export);
    m_exportMenu->addAction(m_exportForClinic);
    m_import->setObjectName(QStringLiteral("importJournalAction"));
    m_report->setObjectName(QStringLiteral("journalReportAction"));
    m_report->setShortcut(QKeySequence::Print);
    connect(m_export, &QAction::triggered, this, &JournalFileActions::exportJournal);
    connect(m_exportForClinic, &QAction::triggered, this, &JournalFileActions::exportForClinic);
    connect(m_import, &QAction::triggered, this, &JournalFileActions::importJournal);
    connect(m_report, &QAction::triggered, this, &JournalFileActions::makeReport);
}

QWidget* JournalFileActions::dialogParent() const
{
    return m_parent ? m_parent->window() : nullptr;
}

core::Profile JournalFileActions::profile() const
{
    return m_profile ? m_profile() : core::Profile{};
}

QString JournalFileActions::startFolder() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void JournalFileActions::exportJournal()
{
    const QString json = tr("JSON backup, everything (*.json)");
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    QString filter = json;
    const QString name =
        QStringLiteral("carrywell-journal-%1.json").arg(m_clock.today().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(dialogParent(), tr("Export your journal"),
                                                QDir(startFolder()).filePath(name),
                                                json + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    if (!core::JournalFileFormats::kindOf(path))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    exportTo(path);
}

void JournalFileActions::exportForClinic()
{
    const QString fhir = tr("FHIR for a clinic (*.fhir.json)");
    const QString name = QStringLiteral("carrywell-for-clinic-%1.fhir.json")
                             .arg(m_clock.today().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(dialogParent(), tr("Export for your clinic"),
                                                QDir(startFolder()).filePath(name), fhir);
    if (path.isEmpty())
        return;
    exportTo(forClinic(path));
}

QString JournalFileActions::forClinic(const QString& path)
{
    if (core::JournalFileFormats::kindOf(path) == core::JournalFileFormats::Kind::Fhir)
        return path;
    // "clinic.json" or "clinic" as typed: still the FHIR file this entry promised.
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return path.left(path.size() - 5) + QStringLiteral(".fhir.json");
    return path + QStringLiteral(".fhir.json");
}

void JournalFileActions::exportTo(const QString& path)
{
    const core::FhirExportOptions fhir{.patientName = profile().name, .days = std::nullopt};
    const core::Result<QStringList> written = core::FhirExport::exportTo(m_journal, path, fhir);
    if (!written) {
        QMessageBox::warning(dialogParent(), tr("The journal was not exported"), written.error());
        return;
    }
    QStringList names;
    for (const QString& file : written.value())
        names.append(QDir::toNativeSeparators(file));
    emit statusMessage(tr("Exported your journal to %1.").arg(names.join(tr(" and "))));
}

void JournalFileActions::importJournal()
{
    const QString path = QFileDialog::getOpenFileName(
        dialogParent(), tr("Import into your journal"), startFolder(),
        tr("Journal exports (*.csv *.json);;CSV (*.csv);;JSON backup (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

void JournalFileActions::importFrom(const QString& path)
{
    const core::Result<core::ImportBatch> batch = core::JournalFileFormats::read(path);
    if (!batch) {
        QMessageBox::warning(dialogParent(), tr("Nothing was imported"), batch.error());
        return;
    }
    auto* dialog = new ImportDialog(
        batch.value(), path,
        [this, batch = batch.value()](core::ImportMode mode) {
            return m_journal.import(batch, mode);
        },
        dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->report())
            emit statusMessage(core::JournalFileFormats::summary(*dialog->report()));
    });
    dialog->open();
}

void JournalFileActions::makeReport()
{
    const QDate today = m_clock.today();
    ReportDialog choose(today, JournalRangeBar::lastDays(JournalRangeBar::Span::FourWeeks, today),
                        dialogParent());
    if (choose.exec() != QDialog::Accepted)
        return;
    const core::Result<JournalReport> report = JournalReport::build(
        m_journal, choose.days(), m_regionNames, m_clock.now(), profile().activities);
    if (!report) {
        QMessageBox::warning(dialogParent(), tr("No report was made"), report.error());
        return;
    }
    if (choose.output() == ReportDialog::Output::Printer) {
        QPrinter printer(QPrinter::HighResolution);
        report->setUpPrinter(printer);
        QPrintDialog print(&printer, dialogParent());
        if (print.exec() == QDialog::Accepted) {
            report->print(&printer);
            emit statusMessage(tr("The report was sent to the printer."));
        }
        return;
    }
    const QString name = QStringLiteral("carrywell-report-%1-to-%2.pdf")
                             .arg(choose.days().first.toString(Qt::ISODate),
                                  choose.days().last.toString(Qt::ISODate));
    QString path =
        QFileDialog::getSaveFileName(dialogParent(), tr("Save the report"),
                                     QDir(startFolder()).filePath(name), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    const core::Result<core::Done> written = report->writePdf(path);
    if (!written) {
        QMessageBox::warning(dialogParent(), tr("The report was not saved"), written.error());
        return;
    }
    emit statusMessage(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)));
    QMessageBox done(QMessageBox::Information, tr("Report saved"),
                     tr("The report is in %1.").arg(QDir::toNativeSeparators(path)),
                     QMessageBox::Close, dialogParent());
    QPushButton* open = done.addButton(tr("Open it"), QMessageBox::AcceptRole);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace carrywell::ui
