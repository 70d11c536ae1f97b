#pragma once

#include "core/content/ContentLibrary.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QSize>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace carrywell::ui {

/// Small drawn pictures of exercises for lists, made on first use and kept.
/// The first ones a list will show can be drawn ahead on another thread, so
/// the list's first paint finds them made.
class ExerciseThumbnails
{
public:
    explicit ExerciseThumbnails(const core::ContentLibrary& library) : m_library(library) {}
    ~ExerciseThumbnails();
    ExerciseThumbnails(const ExerciseThumbnails&) = delete;
    ExerciseThumbnails& operator=(const ExerciseThumbnails&) = delete;

    /// Size, pixel ratio and colours for a light or dark background; false
    /// (and nothing dropped) when they are what they were.
    bool setStyle(QSize size, qreal devicePixelRatio, bool dark);
    QSize size() const { return m_style.size; }

    /// The exercise's picture; a null image when it has no illustration.
    /// Waits for the one being drawn ahead rather than drawing it twice.
    QImage image(const core::Exercise& exercise) const;

    /// Draws these exercises' pictures, in order, on another thread. Stops
    /// whatever was being drawn ahead before.
    void drawAhead(const QList<const core::Exercise*>& exercises);

    /// How many pictures are kept (for tests).
    qsizetype cachedCount() const;

private:
    struct Style
    {
        QSize size{96, 64};
        qreal devicePixelRatio = 1.0;
        bool dark = false;
    };

    QImage draw(const core::Exercise& exercise, const Style& style) const;
    void stopDrawingAhead();

    const core::ContentLibrary& m_library;
    Style m_style;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_drawn;
    mutable QHash<QString, QImage> m_cache; ///< Guarded by m_mutex.
    QSet<QString> m_queued;                 ///< Still to be drawn ahead; guarded by m_mutex.
    std::jthread m_drawingAhead;
};

} // namespace carrywell::ui
