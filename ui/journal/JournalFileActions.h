#pragma once

#include "core/common/Clock.h"
#include "core/profile/Profile.h"
#include "core/vocabulary/Vocabulary.h"

#include <QHash>
#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

/// The File-menu flows of the journal: export (CSV or JSON backup, or FHIR
/// for a clinic), import with a review of bad rows, and the report for the
/// physiotherapist.
class JournalFileActions : public QObject
{
    Q_OBJECT

public:
    /// Dialogs open over `parent`'s window.
    JournalFileActions(core::Journal& journal, const QHash<core::Region, QString>& regionNames,
                       const core::Clock& clock, QWidget* parent);

    /// File ▸ Export: the backup or spreadsheet, and the FHIR file for a clinic.
    QMenu* exportMenu() const { return m_exportMenu; }
    QAction* importAction() const { return m_import; }
    QAction* reportAction() const { return m_report; }

    void exportJournal();
    void exportForClinic();
    void importJournal();
    void makeReport();

    /// Her profile, read when a report or an export is made: the report lists
    /// her activities (PSFS), and both carry her name if she added one.
    void setProfile(std::function<core::Profile()> profile) { m_profile = std::move(profile); }

    /// The steps after the file dialogs, for tests and scripts.
    void exportTo(const QString& path);
    /// The name File ▸ Export ▸ For a clinic saves to when she typed `path`:
    /// "clinic" and "clinic.json" become "clinic.fhir.json".
    static QString forClinic(const QString& path);
    void importFrom(const QString& path);

signals:
    void statusMessage(const QString& message);

private:
    QWidget* dialogParent() const;
    QString startFolder() const;
    core::Profile profile() const;

    core::Journal& m_journal;
    QHash<core::Region, QString> m_regionNames;
    const core::Clock& m_clock;
    QWidget* m_parent;
    QAction* m_export;
    QAction* m_exportForClinic;
    QMenu* m_exportMenu;
    QAction* m_import;
    QAction* m_report;
    std::function<core::Profile()> m_profile;
};

} // namespace carrywell::ui
