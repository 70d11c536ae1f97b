#include "ui/settings/DataSection.h"

#include "core/common/LocaleFormat.h"
#include "core/journal/Journal.h"
#include "ui/settings/SectionLayout.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace carrywell::ui {

DataSection::DataSection(const QString& dataFolder, const QString& journalPath,
                         core::Journal* journal, QWidget* parent)
    : QWidget(parent), m_dataFolder(dataFolder), m_journalPath(journalPath), m_journal(journal),
      m_openFolder([](const QUrl& url) { return QDesktopServices::openUrl(url); }),
      m_journalSize(new QLabel(this)), m_backups(new QTreeWidget(this)),
      m_backUpNow(new QPushButton(tr("&Back up now"), this)),
      m_restore(new QPushButton(tr("&Restore this backup…"), this))
{
    setObjectName(QStringLiteral("dataSection"));
    QHBoxLayout* folderRow = buildFolderRow();
    setUpBackupList();
    QHBoxLayout* buttons = buildBackupButtons();
    layOut(folderRow, buttons);
    connectSignals();
    refresh();
}

QHBoxLayout* DataSection::buildFolderRow()
{
    m_folder = new QLineEdit(QDir::toNativeSeparators(m_dataFolder), this);
    m_folder->setObjectName(QStringLiteral("dataFolderEdit"));
    m_folder->setReadOnly(true);
    m_folder->setAccessibleName(tr("Data folder"));
    m_folder->setAccessibleDescription(tr("The folder that holds your journal, its backups and "
                                          "your settings. Copy it to keep everything."));
    m_folder->setMinimumWidth(m_folder->fontMetrics().horizontalAdvance(m_folder->text()) + 24);
    m_open = new QPushButton(tr("&Open folder"), this);
    m_open->setObjectName(QStringLiteral("openDataFolderButton"));
    m_open->setAccessibleDescription(tr("Shows the data folder in your file manager."));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_open);
    return folderRow;
}

void DataSection::setUpBackupList()
{
    m_journalSize->setObjectName(QStringLiteral("journalSizeLabel"));
    m_journalSize->setWordWrap(true);

    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setAccessibleName(tr("Backups"));
    m_backups->setAccessibleDescription(tr("Copies of your journal, newest first. Carrywell "
                                           "makes one each day you use it."));
    m_backups->setRootIsDecorated(false);
    m_backups->setUniformRowHeights(true);
    m_backups->setHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_backups->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_backups->header()->setStretchLastSection(false);
    m_backups->setMinimumHeight(m_backups->fontMetrics().height() * 8);
}

QHBoxLayout* DataSection::buildBackupButtons()
{
    m_backUpNow->setObjectName(QStringLiteral("backUpNowButton"));
    m_backUpNow->setAccessibleDescription(tr("Makes a copy of your journal now."));
    m_backUpNow->setEnabled(m_journal != nullptr);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setAccessibleDescription(tr("Puts the chosen copy in place of your journal. "
                                           "Your current journal is kept beside it."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    return buttons;
}

void DataSection::layOut(QHBoxLayout* folderRow, QHBoxLayout* buttons)
{
    auto* folderLabel = new QLabel(tr("&Data folder:"), this);
    folderLabel->setBuddy(m_folder);
    auto* form = new QFormLayout;
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_journalSize);
    auto* backupsLabel = new QLabel(tr("Bac&kups:"), this);
    backupsLabel->setBuddy(m_backups);
    form->addRow(backupsLabel, m_backups);
    form->addRow(QString(), buttons);
    SectionLayout::build(this, tr("Your data"),
                         tr("Everything you record stays on this computer, in one folder."), form);
}

void DataSection::connectSignals()
{
    connect(m_open, &QPushButton::clicked, this,
            [this] { m_openFolder(QUrl::fromLocalFile(m_dataFolder)); });
    connect(m_backUpNow, &QPushButton::clicked, this, &DataSection::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &DataSection::confirmRestore);
    connect(m_backups, &QTreeWidget::currentItemChanged, this,
            [this] { m_restore->setEnabled(m_backups->currentItem() != nullptr); });
}

QString DataSection::reasonText(const QString& reason)
{
    if (reason == QLatin1String("daily"))
        return tr("Daily copy");
    if (reason == QLatin1String("manual"))
        return tr("Made by you");
    if (reason == QLatin1String("before-import"))
        return tr("Before an import");
    if (reason == QLatin1String("before-restore"))
        return tr("Before a restore");
    if (reason.startsWith(QLatin1String("before-v")))
        return tr("Before an update");
    return reason;
}

void DataSection::refresh()
{
    const QLocale locale;
    const QFileInfo journalFile(m_journalPath);
    if (!m_journal && !journalFile.exists())
        m_journalSize->setText(
            tr("Your journal could not be opened, so nothing is being recorded."));
    else if (!m_journal)
        m_journalSize->setText(
            tr("Your journal could not be opened. You can restore a backup below."));
    else
        m_journalSize->setText(
            tr("Your journal: %1").arg(locale.formattedDataSize(journalFile.size())));

    m_listed = core::JournalBackups(m_journalPath).list();
    m_backups->clear();
    for (const core::BackupInfo& backup : std::as_const(m_listed)) {
        auto* item = new QTreeWidgetItem(m_backups);
        item->setText(0, core::LocaleFormat::dateTime(backup.madeAt.toLocalTime(), locale));
        item->setText(1, reasonText(backup.reason));
        item->setText(2, locale.formattedDataSize(QFileInfo(backup.path).size()));
    }
    if (m_listed.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_backups);
        item->setText(0, tr("No backups yet"));
        item->setFlags(Qt::NoItemFlags);
    }
    m_backups->setCurrentItem(nullptr);
    m_restore->setEnabled(false);
}

void DataSection::backUpNow()
{
    if (!m_journal)
        return;
    const core::Result<core::BackupInfo> made = m_journal->backUpNow(QStringLiteral("manual"));
    if (!made) {
        QMessageBox::warning(this, tr("The backup was not made"), made.error());
        return;
    }
    refresh();
    m_backups->setCurrentItem(m_backups->topLevelItem(0));
}

void DataSection::confirmRestore()
{
    const int row = m_backups->indexOfTopLevelItem(m_backups->currentItem());
    if (row < 0 || row >= m_listed.size())
        return;
    const core::BackupInfo backup = m_listed.at(row);
    QMessageBox box(QMessageBox::Question, tr("Restore this backup?"),
                    tr("Your journal will go back to how it was on %1.")
                        .arg(core::LocaleFormat::dateTime(backup.madeAt.toLocalTime())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmRestoreBox"));
    box.setInformativeText(tr("Anything recorded after that will not show, but nothing is deleted: "
                              "your current journal is kept in the data folder. Carrywell "
                              "reopens its window to do this."));
    QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == restore)
        emit restoreRequested(backup);
}

} // namespace carrywell::ui
