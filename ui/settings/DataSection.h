#pragma once

#include "core/journal/JournalBackups.h"

#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUrl;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

/// Settings ▸ Your data: where the journal and settings live, a way to open
/// that folder, the journal's backups, "Back up now" and "Restore…".
class DataSection : public QWidget
{
    Q_OBJECT

public:
    /// `journal` may be null (it could not be opened); the backups beside
    /// `journalPath` can still be restored then.
    DataSection(const QString& dataFolder, const QString& journalPath, core::Journal* journal,
                QWidget* parent = nullptr);

    /// Replaces how "Open folder" opens a folder (tests).
    void setFolderOpener(std::function<bool(const QUrl&)> opener)
    {
        m_openFolder = std::move(opener);
    }
    QTreeWidget* backupList() const { return m_backups; }
    /// Re-reads the backups folder.
    void refresh();

signals:
    /// The user confirmed restoring `backup`; the journal must be closed first.
    void restoreRequested(const carrywell::core::BackupInfo& backup);

private:
    /// The data folder, read-only, and the button that opens it.
    QHBoxLayout* buildFolderRow();
    void setUpBackupList();
    QHBoxLayout* buildBackupButtons();
    void layOut(QHBoxLayout* folderRow, QHBoxLayout* buttons);
    void connectSignals();
    void backUpNow();
    void confirmRestore();
    static QString reasonText(const QString& reason);

    QString m_dataFolder;
    QString m_journalPath;
    core::Journal* m_journal;
    std::function<bool(const QUrl&)> m_openFolder;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_journalSize;
    QTreeWidget* m_backups;
    QPushButton* m_backUpNow;
    QPushButton* m_restore;
    QList<core::BackupInfo> m_listed;
};

} // namespace carrywell::ui
