#include "ui/checkin/RegionScoresEditor.h"

#include "ui/checkin/ScoredBodyMap.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace carrywell::ui {
namespace {

/// A region tapped before any overall score starts in the middle.
constexpr int kStartScore = 5;

} // namespace

RegionScoresEditor::RegionScoresEditor(const QHash<core::Region, QString>& names, QWidget* parent)
    : QWidget(parent), m_names(names), m_map(new ScoredBodyMap(this)), m_hint(new QLabel(this)),
      m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("regionScoresEditor"));
    m_map->setRegionNames(names);
    m_map->setMaximumHeight(260);
    m_hint->setObjectName(QStringLiteral("regionHint"));
    m_hint->setWordWrap(true);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map);
    layout->addWidget(m_hint);
    layout->addLayout(m_rows);
    layout->addStretch(1);

    connect(m_map, &BodyMapWidget::regionClicked, this, [this](std::optional<core::Region> region) {
        // Tapping the selected region again reports "none": take that one away.
        if (!region) {
            if (!m_scores.isEmpty())
                toggle(m_scores.constLast().region);
            return;
        }
        toggle(*region);
    });
    refreshMap();
}

void RegionScoresEditor::setScores(const QList<core::RegionScore>& scores)
{
    m_scores = scores;
    m_following.clear();
    rebuildRows();
    refreshMap();
}

QList<core::RegionScore> RegionScoresEditor::scores() const
{
    QList<core::RegionScore> sorted = m_scores;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.region < b.region; });
    return sorted;
}

void RegionScoresEditor::setOverall(std::optional<int> score)
{
    m_overall = score;
    if (!score)
        return;
    for (core::RegionScore& entry : m_scores) {
        if (m_following.contains(entry.region)) {
            entry.score = *score;
            if (QSpinBox* box = m_boxes.value(entry.region)) {
                const QSignalBlocker block(box);
                box->setValue(*score);
            }
        }
    }
    refreshMap();
}

void RegionScoresEditor::toggle(core::Region region)
{
    const auto found = std::find_if(m_scores.begin(), m_scores.end(),
                                    [region](const auto& e) { return e.region == region; });
    if (found != m_scores.end()) {
        m_scores.erase(found);
        m_following.remove(region);
    } else {
        // Kept in the order tapped, so tapping the last one again removes it.
        m_scores.append({region, m_overall.value_or(kStartScore)});
        m_following.insert(region);
    }
    rebuildRows();
    refreshMap();
    emit changed();
}

QSpinBox* RegionScoresEditor::scoreBox(core::Region region) const
{
    return m_boxes.value(region);
}

QList<QWidget*> RegionScoresEditor::focusChain() const
{
    QList<QWidget*> chain{m_map};
    for (const core::RegionScore& entry : scores()) {
        if (QSpinBox* box = m_boxes.value(entry.region)) {
            chain.append(box);
            chain.append(m_removers.value(entry.region));
        }
    }
    return chain;
}

void RegionScoresEditor::rebuildRows()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* row = item->widget())
            row->deleteLater();
        delete item;
    }
    m_boxes.clear();
    m_removers.clear();
    for (const core::RegionScore& entry : scores()) {
        const core::Region region = entry.region;
        const QString name = m_names.value(region, core::toId(region));
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(name, row);
        auto* box = new QSpinBox(row);
        box->setObjectName(QStringLiteral("regionScore-") + core::toId(region));
        box->setAccessibleName(tr("%1 score").arg(name));
        box->setAccessibleDescription(tr("0 no pain, 10 worst imaginable"));
        box->setRange(core::minPainScore, core::maxPainScore);
        box->setValue(entry.score);
        label->setBuddy(box);
        auto* remove = new QToolButton(row);
        remove->setObjectName(QStringLiteral("removeRegion-") + core::toId(region));
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove %1").arg(name));
        remove->setToolTip(tr("%1 does not hurt").arg(name));
        layout->addWidget(label, 1);
        layout->addWidget(box);
        layout->addWidget(remove);
        m_rows->addWidget(row);
        m_boxes.insert(region, box);
        m_removers.insert(region, remove);
        connect(box, &QSpinBox::valueChanged, this, [this, region](int value) {
            m_following.remove(region);
            for (core::RegionScore& e : m_scores) {
                if (e.region == region)
                    e.score = value;
            }
            refreshMap();
            emit changed();
        });
        connect(remove, &QToolButton::clicked, this, [this, region] { toggle(region); });
    }
    emit rowsChanged();
}

void RegionScoresEditor::refreshMap()
{
    m_map->setScores(m_scores);
    m_map->setSelectedRegion(m_scores.isEmpty() ? std::nullopt
                                                : std::optional(m_scores.constLast().region));
    m_hint->setText(m_scores.isEmpty()
                        ? tr("Optional: tap where it hurts. Each region gets its own score.")
                        : tr("Tap a region again to take it away."));
}

} // namespace carrywell::ui
