#pragma once

#include "content/ContentLibrary.h"

#include <QAbstractItemModel>

namespace carrywell::ui {

/// The library as a two-level tree: body regions, and under each the
/// exercises that work it (an exercise for two regions appears under both).
class ExerciseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        MinutesColumn,
        ColumnCount
    };
    enum Role
    {
        RegionIdRole = Qt::UserRole + 1,
        ExerciseIdRole,
    };

    explicit ExerciseTreeModel(const core::ContentLibrary& library, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The exercise at an index, or nullptr for a region row.
    const core::Exercise* exerciseAt(const QModelIndex& index) const;
    /// First row showing an exercise (under its first region).
    QModelIndex indexOfExercise(const QString& exerciseId) const;

private:
    struct RegionGroup
    {
        const core::RegionInfo* region;
        QList<const core::Exercise*> exercises;
    };

    QVariant regionData(const RegionGroup& group, int column, int role) const;
    QVariant exerciseData(const core::Exercise& exercise, int column, int role) const;

    QList<RegionGroup> m_groups;
};

} // namespace carrywell::ui
