#pragma once

#include "core/journal/CheckIn.h"
#include "core/journal/DateRange.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace carrywell::ui {

class JournalEditor;
class JournalHistoryFilter;
class JournalHistoryModel;

/// The check-ins of the days shown, newest first, narrowed by region;
/// Enter or double-click edits one, Delete removes it (both undoable).
class JournalHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    JournalHistoryPanel(JournalEditor& editor, const QHash<core::Region, QString>& regionNames,
                        QWidget* parent = nullptr);

    /// Replaces the rows, keeping the selected check-in when it is still there.
    void setCheckIns(const QList<core::CheckIn>& checkIns, const core::DateRange& days);
    void setRegion(std::optional<core::Region> region);

    std::optional<core::CheckIn> selectedCheckIn() const;
    bool selectCheckIn(qint64 id);
    /// Opens the selected check-in for editing (non-blocking).
    void editSelected();
    void deleteSelected();

    JournalHistoryModel* model() const { return m_model; }
    JournalHistoryFilter* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }

signals:
    void problem(const QString& message);
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The region list, and its label to put beside it.
    QLabel* setUpRegionFilter();
    void setUpView();
    void connectSignals();
    void updateButtons();
    void updateCount();
    /// Wide enough for two warning signs in the interface's language.
    int signsColumnWidth() const;

    JournalEditor& m_editor;
    QHash<core::Region, QString> m_regionNames;
    JournalHistoryModel* m_model;
    JournalHistoryFilter* m_filter;
    QComboBox* m_region;
    QLabel* m_count;
    QTableView* m_view;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace carrywell::ui
