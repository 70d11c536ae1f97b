#pragma once

#include "core/content/ContentLibrary.h"
#include "ui/library/ExerciseThumbnails.h"

#include <QAbstractListModel>

namespace carrywell::ui {

/// A flat list of exercises (the Library page's results) with a drawn
/// thumbnail of each one's movement.
class ExerciseListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ExerciseIdRole = Qt::UserRole + 1,
        SummaryRole,
        DetailsRole, ///< "Strength · 3 min · Resistance band"
    };

    explicit ExerciseListModel(const core::ContentLibrary& library, QObject* parent = nullptr);

    void setExercises(const QList<const core::Exercise*>& exercises);
    const QList<const core::Exercise*>& exercises() const { return m_exercises; }
    const core::Exercise* exerciseAt(const QModelIndex& index) const;

    /// Thumbnails are drawn at this size and pixel ratio, in colours for a
    /// light or dark background: the first rows' ahead on another thread, the
    /// others on first use.
    void setThumbnailStyle(QSize size, qreal devicePixelRatio, bool dark);
    QSize thumbnailSize() const { return m_thumbnails.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString detailsText(const core::Exercise& exercise);

    /// How many thumbnails are drawn and kept (for tests).
    qsizetype thumbnailsKept() const { return m_thumbnails.cachedCount(); }

private:
    void drawFirstThumbnailsAhead();

    QList<const core::Exercise*> m_exercises;
    ExerciseThumbnails m_thumbnails;
};

} // namespace carrywell::ui
