#include "ui/plan/PlanDayModel.h"

#include "core/common/LocaleFormat.h"
#include "ui/library/ExerciseListModel.h"
#include "ui/plan/PlanText.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace carrywell::ui {

PlanDayModel::PlanDayModel(const core::ContentLibrary& library, QObject* parent)
    : QAbstractListModel(parent), m_library(library), m_thumbnails(library)
{
}

void PlanDayModel::setDay(const core::PlanDay* day, int dayIndex)
{
    beginResetModel();
    m_items = day ? day->exercises : QList<core::PlannedExercise>{};
    m_dayIndex = day ? dayIndex : -1;
    endResetModel();
}

const core::PlannedExercise* PlanDayModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void PlanDayModel::setThumbnailStyle(QSize size, qreal devicePixelRatio, bool dark)
{
    if (m_thumbnails.setStyle(size, devicePixelRatio, dark) && !m_items.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

int PlanDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PlanDayModel::data(const QModelIndex& index, int role) const
{
    const core::PlannedExercise* item = itemAt(index.row());
    if (!item || !index.isValid())
        return {};
    const core::Exercise* exercise = m_library.exercise(item->exerciseId);
    const QString name = exercise ? exercise->name : item->exerciseId;
    const QString details = PlanText::stageName(item->stage) + QStringLiteral(" · ") +
                            item->dosage.describe() + QStringLiteral(" · ") +
                            core::LocaleFormat::aboutMinutes(item->dosage.estimatedSeconds());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return name;
    case Qt::DecorationRole:
        return exercise ? m_thumbnails.image(*exercise) : QImage();
    case Qt::ToolTipRole:
        return exercise ? exercise->summary : QString();
    case Qt::AccessibleDescriptionRole:
        return PlanText::why(*item) + QStringLiteral(". ") + details;
    case ExerciseListModel::ExerciseIdRole:
        return item->exerciseId;
    case ExerciseListModel::SummaryRole:
        return PlanText::why(*item);
    case ExerciseListModel::DetailsRole:
        return details;
    default:
        return {};
    }
}

Qt::ItemFlags PlanDayModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList PlanDayModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* PlanDayModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || m_dayIndex < 0)
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint32(m_dayIndex) << qint32(indexes.first().row());
    auto* mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

bool PlanDayModel::decode(const QMimeData* mime, int* dayIndex, int* row)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return false;
    QDataStream stream(mime->data(mimeType()));
    qint32 day = -1;
    qint32 index = -1;
    stream >> day >> index;
    if (stream.status() != QDataStream::Ok || day < 0 || day > 6 || index < 0)
        return false;
    *dayIndex = day;
    *row = index;
    return true;
}

} // namespace carrywell::ui
