#include "shell/JournalOpener.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalRecovery.h"

#include <QMessageBox>
#include <QPushButton>

CARRYWELL_TR_CONTEXT(carrywell::ui::JournalOpener);

namespace carrywell::ui {

std::unique_ptr<core::Journal> JournalOpener::open(const QString& path, const core::Clock& clock,
                                                   std::future<core::JournalInspection> inspection,
                                                   QWidget* parent)
{
    core::JournalOpenResult opened = core::Journal::open(path, clock, std::move(inspection));
    if (opened)
        return opened.takeJournal();

    const core::JournalProblem& problem = opened.problem();
    QMessageBox box(QMessageBox::Warning, tr("Your journal needs attention"), problem.message,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("journalProblemBox"));
    box.setInformativeText(tr("Your journal file has not been changed."));
    if (!problem.details.isEmpty())
        box.setDetailedText(problem.details);
    QPushButton* restore = nullptr;
    if (problem.offersRestore() && problem.latestBackup) {
        restore = box.addButton(
            tr("Restore the backup from %1")
                .arg(core::LocaleFormat::dateTime(problem.latestBackup->madeAt.toLocalTime())),
            QMessageBox::AcceptRole);
    }
    box.addButton(tr("Continue without the journal"), QMessageBox::RejectRole);
    box.exec();
    if (restore && box.clickedButton() == restore) {
        const core::Result<QString> kept =
            core::JournalRecovery::restoreBackup(path, *problem.latestBackup, clock);
        if (!kept) {
            QMessageBox::warning(parent, tr("The backup could not be restored"), kept.error());
            return nullptr;
        }
        core::JournalOpenResult reopened = core::Journal::open(path, clock);
        if (reopened)
            return reopened.takeJournal();
        QMessageBox::warning(parent, tr("Your journal needs attention"),
                             reopened.problem().message);
    }
    return nullptr;
}

} // namespace carrywell::ui
