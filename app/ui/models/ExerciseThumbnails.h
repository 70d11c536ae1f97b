#pragma once

#include "content/ContentLibrary.h"

#include <QHash>
#include <QImage>
#include <QSize>

namespace carrywell::ui {

/// Small drawn pictures of exercises for lists, made on first use and kept.
class ExerciseThumbnails
{
public:
    explicit ExerciseThumbnails(const core::ContentLibrary& library) : m_library(library) {}

    /// Size, pixel ratio and colours for a light or dark background; false
    /// (and nothing dropped) when they are what they were.
    bool setStyle(QSize size, qreal devicePixelRatio, bool dark);
    QSize size() const { return m_size; }

    /// The exercise's picture; a null image when it has no illustration.
    QImage image(const core::Exercise& exercise) const;

private:
    const core::ContentLibrary& m_library;
    QSize m_size{96, 64};
    qreal m_devicePixelRatio = 1.0;
    bool m_dark = false;
    mutable QHash<QString, QImage> m_cache;
};

} // namespace carrywell::ui
