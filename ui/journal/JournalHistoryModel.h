#pragma once

#include "core/journal/CheckIn.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace carrywell::ui {

/// Check-ins as a table: when, pain, where, what set it off, the warning
/// signs she noticed, note. Sorting
/// goes by SortRole (time, numbers), not by the displayed text.
class JournalHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        PainColumn,
        RegionsColumn,
        TriggersColumn,
        SignsColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit JournalHistoryModel(const QHash<core::Region, QString>& regionNames,
                                 QObject* parent = nullptr);

    /// Replaces the rows, oldest first as the journal gives them.
    void setCheckIns(const QList<core::CheckIn>& checkIns);
    const QList<core::CheckIn>& checkIns() const { return m_checkIns; }
    const core::CheckIn* checkInAt(const QModelIndex& index) const;
    /// The row holding the check-in with `id`, or an invalid index.
    QModelIndex indexOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QHash<core::Region, QString> m_regionNames;
    QList<core::CheckIn> m_checkIns;
};

} // namespace carrywell::ui
