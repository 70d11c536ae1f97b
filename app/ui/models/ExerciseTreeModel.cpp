#include "models/ExerciseTreeModel.h"

namespace carrywell::ui {
namespace {

// Region rows carry this internal id; exercise rows carry their region's row + 1.
constexpr quintptr kRegionRow = 0;

} // namespace

ExerciseTreeModel::ExerciseTreeModel(const core::ContentLibrary& library, QObject* parent)
    : QAbstractItemModel(parent)
{
    for (const core::RegionInfo& region : library.regions())
        m_groups.append({&region, library.exercisesFor(region.region)});
}

QModelIndex ExerciseTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kRegionRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ExerciseTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kRegionRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kRegionRow);
}

int ExerciseTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kRegionRow)
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).exercises.size());
}

int ExerciseTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

const core::Exercise* ExerciseTreeModel::exerciseAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kRegionRow)
        return nullptr;
    const RegionGroup& group = m_groups.at(static_cast<int>(index.internalId() - 1));
    return group.exercises.at(index.row());
}

QModelIndex ExerciseTreeModel::indexOfExercise(const QString& exerciseId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const auto& exercises = m_groups.at(g).exercises;
        for (int row = 0; row < exercises.size(); ++row) {
            if (exercises.at(row)->id == exerciseId)
                return createIndex(row, 0, static_cast<quintptr>(g) + 1);
        }
    }
    return {};
}

QVariant ExerciseTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const core::Exercise* exercise = exerciseAt(index))
        return exerciseData(*exercise, index.column(), role);
    return regionData(m_groups.at(index.row()), index.column(), role);
}

QVariant ExerciseTreeModel::regionData(const RegionGroup& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("%1 (%2)").arg(group.region->name).arg(group.exercises.size());
        return {};
    case Qt::ToolTipRole:
        return group.region->description;
    case Qt::AccessibleTextRole:
        return tr("%1, %n exercises", nullptr, static_cast<int>(group.exercises.size()))
            .arg(group.region->name);
    case RegionIdRole:
        return group.region->id();
    default:
        return {};
    }
}

QVariant ExerciseTreeModel::exerciseData(const core::Exercise& exercise, int column,
                                         int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return exercise.name;
        case CategoryColumn: return core::displayName(exercise.category);
        case MinutesColumn: {
            const int seconds = exercise.dosage.estimatedSeconds();
            return seconds < 60 ? tr("< 1 min") : tr("%1 min").arg((seconds + 30) / 60);
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        return exercise.summary;
    case Qt::TextAlignmentRole:
        if (column == MinutesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ExerciseIdRole:
        return exercise.id;
    default:
        return {};
    }
}

QVariant ExerciseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Exercise");
    case CategoryColumn: return tr("Kind");
    case MinutesColumn: return tr("Time");
    default: return {};
    }
}

} // namespace carrywell::ui
