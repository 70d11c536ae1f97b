#pragma once

#include "core/journal/DateRange.h"
#include "core/vocabulary/Vocabulary.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace carrywell::ui {

/// The history as the person narrows it: only days of a range, only
/// check-ins that scored a region; sorted by the model's SortRole.
class JournalHistoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JournalHistoryFilter(QObject* parent = nullptr);

    void setDays(const core::DateRange& days);
    core::DateRange days() const { return m_days; }
    void setRegion(std::optional<core::Region> region);
    std::optional<core::Region> region() const { return m_region; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    core::DateRange m_days; ///< Invalid: every day.
    std::optional<core::Region> m_region;
};

} // namespace carrywell::ui
