#include "ui/journal/JournalHistoryFilter.h"

#include "ui/journal/JournalHistoryModel.h"

namespace carrywell::ui {

JournalHistoryFilter::JournalHistoryFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(JournalHistoryModel::SortRole);
}

void JournalHistoryFilter::setDays(const core::DateRange& days)
{
    if (days == m_days)
        return;
    m_days = days;
    invalidateRowsFilter();
}

void JournalHistoryFilter::setRegion(std::optional<core::Region> region)
{
    if (region == m_region)
        return;
    m_region = region;
    invalidateRowsFilter();
}

bool JournalHistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const JournalHistoryModel*>(sourceModel());
    if (!model)
        return true;
    const core::CheckIn* checkIn = model->checkInAt(model->index(sourceRow, 0, sourceParent));
    if (!checkIn)
        return false;
    if (m_days.isValid() && !m_days.contains(checkIn->localDate()))
        return false;
    return !m_region || checkIn->scoreFor(*m_region).has_value();
}

} // namespace carrywell::ui
