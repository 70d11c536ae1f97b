#include "ui/journal/JournalHistoryModel.h"

#include "core/common/LocaleFormat.h"
#include "ui/journal/JournalText.h"
#include "ui/widgets/PainColors.h"

#include <algorithm>

namespace carrywell::ui {

JournalHistoryModel::JournalHistoryModel(const QHash<core::Region, QString>& regionNames,
                                         QObject* parent)
    : QAbstractTableModel(parent), m_regionNames(regionNames)
{
}

void JournalHistoryModel::setCheckIns(const QList<core::CheckIn>& checkIns)
{
    beginResetModel();
    m_checkIns = checkIns;
    endResetModel();
}

const core::CheckIn* JournalHistoryModel::checkInAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_checkIns.at(index.row());
}

QModelIndex JournalHistoryModel::indexOfId(qint64 id) const
{
    for (int row = 0; row < m_checkIns.size(); ++row) {
        if (m_checkIns.at(row).id == id)
            return index(row, WhenColumn);
    }
    return {};
}

int JournalHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_checkIns.size());
}

int JournalHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalHistoryModel::data(const QModelIndex& index, int role) const
{
    const core::CheckIn* checkIn = checkInAt(index);
    if (!checkIn)
        return {};
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhenColumn:
            return core::LocaleFormat::dateTime(checkIn->at);
        case PainColumn:
            return tr("%1 · %2").arg(checkIn->overall).arg(JournalText::painWord(checkIn->overall));
        case RegionsColumn:
            return JournalText::regions(*checkIn, m_regionNames);
        case TriggersColumn:
            return JournalText::triggers(*checkIn);
        case SignsColumn:
            return JournalText::briefWarningSigns(*checkIn);
        case NoteColumn:
            return checkIn->note.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        // Long cells are cut short in the table; the tooltip has them whole.
        if (column == NoteColumn && !checkIn->note.isEmpty())
            return checkIn->note;
        if (column == RegionsColumn && !checkIn->regions.isEmpty())
            return JournalText::regions(*checkIn, m_regionNames);
        if (column == SignsColumn && !checkIn->warningSigns.isEmpty())
            return JournalText::warningSigns(*checkIn);
        break;
    case Qt::DecorationRole:
        if (column == PainColumn)
            return PainColors::forScore(checkIn->overall);
        break;
    case SortRole:
        switch (column) {
        case WhenColumn:
            return checkIn->at.toMSecsSinceEpoch();
        case PainColumn:
            return checkIn->overall;
        case RegionsColumn: {
            int highest = -1;
            for (const core::RegionScore& entry : checkIn->regions)
                highest = std::max(highest, entry.score);
            return highest;
        }
        case TriggersColumn:
            return JournalText::triggers(*checkIn);
        case SignsColumn:
            return static_cast<int>(checkIn->warningSigns.size());
        case NoteColumn:
            return checkIn->note;
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return checkIn->id;
    default:
        break;
    }
    return {};
}

QVariant JournalHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case WhenColumn:
        return tr("When");
    case PainColumn:
        return tr("Pain");
    case RegionsColumn:
        return tr("Where");
    case TriggersColumn:
        return tr("Set off by");
    case SignsColumn:
        return tr("Also noticed");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace carrywell::ui
