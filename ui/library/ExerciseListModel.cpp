#include "ui/library/ExerciseListModel.h"

#include "core/common/LocaleFormat.h"

namespace carrywell::ui {

ExerciseListModel::ExerciseListModel(const core::ContentLibrary& library, QObject* parent)
    : QAbstractListModel(parent), m_thumbnails(library)
{
}

void ExerciseListModel::setExercises(const QList<const core::Exercise*>& exercises)
{
    if (exercises == m_exercises)
        return;
    beginResetModel();
    m_exercises = exercises;
    endResetModel();
    drawFirstThumbnailsAhead();
}

void ExerciseListModel::drawFirstThumbnailsAhead()
{
    // More than a tall screen's worth of rows; the rest are drawn when shown.
    constexpr qsizetype firstRows = 16;
    m_thumbnails.drawAhead(m_exercises.first(std::min(firstRows, m_exercises.size())));
}

const core::Exercise* ExerciseListModel::exerciseAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_exercises.size() ? m_exercises.at(index.row())
                                                               : nullptr;
}

void ExerciseListModel::setThumbnailStyle(QSize size, qreal devicePixelRatio, bool dark)
{
    if (m_thumbnails.setStyle(size, devicePixelRatio, dark) && !m_exercises.isEmpty()) {
        drawFirstThumbnailsAhead();
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
    }
}

int ExerciseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_exercises.size());
}

QString ExerciseListModel::detailsText(const core::Exercise& exercise)
{
    const int seconds = exercise.dosage.estimatedSeconds();
    QStringList parts{core::displayName(exercise.category),
                      core::LocaleFormat::aboutMinutes(seconds)};
    QStringList equipment;
    for (const core::Equipment item : exercise.equipment)
        equipment.append(core::displayName(item));
    parts.append(equipment.isEmpty() ? tr("no equipment") : equipment.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const
{
    const core::Exercise* exercise = exerciseAt(index);
    if (!exercise)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return exercise->name;
    case Qt::DecorationRole:
        return m_thumbnails.image(*exercise);
    case Qt::ToolTipRole:
        return exercise->summary;
    case Qt::AccessibleTextRole:
        return exercise->name;
    case Qt::AccessibleDescriptionRole:
        return exercise->summary + QLatin1Char(' ') + detailsText(*exercise);
    case ExerciseIdRole:
        return exercise->id;
    case SummaryRole:
        return exercise->summary;
    case DetailsRole:
        return detailsText(*exercise);
    default:
        return {};
    }
}

} // namespace carrywell::ui
