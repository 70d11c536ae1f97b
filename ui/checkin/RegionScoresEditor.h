#pragma once

#include "core/journal/CheckIn.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <optional>

class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace carrywell::ui {

class ScoredBodyMap;

/// Where it hurts: tap regions on the body map, then adjust each one's
/// score. A region starts with the overall score and follows it until its
/// own score is changed.
class RegionScoresEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RegionScoresEditor(const QHash<core::Region, QString>& names,
                                QWidget* parent = nullptr);

    void setScores(const QList<core::RegionScore>& scores);
    QList<core::RegionScore> scores() const;
    /// The overall score: new regions start with it; regions not yet
    /// changed by hand follow it.
    void setOverall(std::optional<int> score);

    /// Adds a region (as a tap on the map does), or takes it away when present.
    void toggle(core::Region region);
    QSpinBox* scoreBox(core::Region region) const;
    ScoredBodyMap* bodyMap() const { return m_map; }
    /// The map, then each row's score and Remove button, in tab order.
    QList<QWidget*> focusChain() const;

signals:
    void changed();
    /// The rows were rebuilt (their widgets are new).
    void rowsChanged();

private:
    void rebuildRows();
    void refreshMap();

    QHash<core::Region, QString> m_names;
    ScoredBodyMap* m_map;
    QLabel* m_hint;
    QVBoxLayout* m_rows;
    QList<core::RegionScore> m_scores;
    QHash<core::Region, QSpinBox*> m_boxes;
    QHash<core::Region, QWidget*> m_removers;
    QSet<core::Region> m_following;
    std::optional<int> m_overall;
};

} // namespace carrywell::ui
