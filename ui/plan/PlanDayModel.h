#pragma once

#include "core/content/ContentLibrary.h"
#include "core/plan/WeeklyPlan.h"
#include "ui/library/ExerciseThumbnails.h"

#include <QAbstractListModel>

namespace carrywell::ui {

/// One day of the plan as a list: each exercise with its picture, the line
/// that explains it and its dose. Rows can be dragged to reorder them or
/// onto another day.
class PlanDayModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PlanDayModel(const core::ContentLibrary& library, QObject* parent = nullptr);

    /// Shows `day` (index 0–6 in its week); an empty list for none.
    void setDay(const core::PlanDay* day, int dayIndex);
    int dayIndex() const { return m_dayIndex; }
    const core::PlannedExercise* itemAt(int row) const;

    void setThumbnailStyle(QSize size, qreal devicePixelRatio, bool dark);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    /// What a dragged exercise carries: its day and row.
    static QString mimeType() { return QStringLiteral("application/x-carrywell-planned-exercise"); }
    /// The day and row a drag carries; false when `mime` is not one of ours.
    static bool decode(const QMimeData* mime, int* dayIndex, int* row);

private:
    const core::ContentLibrary& m_library;
    ExerciseThumbnails m_thumbnails;
    QList<core::PlannedExercise> m_items;
    int m_dayIndex = -1;
};

} // namespace carrywell::ui
