#include "ui/library/ExerciseThumbnails.h"

#include "ui/figure/FigureStyle.h"
#include "ui/figure/IllustrationRenderer.h"

namespace carrywell::ui {

ExerciseThumbnails::~ExerciseThumbnails()
{
    stopDrawingAhead();
}

bool ExerciseThumbnails::setStyle(QSize size, qreal devicePixelRatio, bool dark)
{
    if (size == m_style.size && qFuzzyCompare(devicePixelRatio, m_style.devicePixelRatio) &&
        dark == m_style.dark)
        return false;
    stopDrawingAhead();
    m_style = {size, devicePixelRatio, dark};
    const std::lock_guard lock(m_mutex);
    m_cache.clear();
    return true;
}

QImage ExerciseThumbnails::draw(const core::Exercise& exercise, const Style& style) const
{
    const core::Illustration* illustration = m_library.illustration(exercise.id);
    if (!illustration)
        return {};
    // Painting into a QImage needs no GUI thread.
    const IllustrationRenderer renderer(exercise, *illustration,
                                        style.dark ? FigureStyle::dark() : FigureStyle::light());
    return renderer.renderThumbnail(style.size, style.devicePixelRatio);
}

QImage ExerciseThumbnails::image(const core::Exercise& exercise) const
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        const auto cached = m_cache.constFind(exercise.id);
        if (cached != m_cache.constEnd())
            return *cached;
        if (!m_queued.contains(exercise.id))
            break;
        m_drawn.wait(lock);
    }
    lock.unlock();
    const QImage picture = draw(exercise, m_style);
    lock.lock();
    m_cache.insert(exercise.id, picture);
    return picture;
}

void ExerciseThumbnails::drawAhead(const QList<const core::Exercise*>& exercises)
{
    stopDrawingAhead();
    QList<const core::Exercise*> toDraw;
    {
        const std::lock_guard lock(m_mutex);
        for (const core::Exercise* exercise : exercises) {
            if (!m_cache.contains(exercise->id) && !m_queued.contains(exercise->id)) {
                toDraw.append(exercise);
                m_queued.insert(exercise->id);
            }
        }
    }
    if (toDraw.isEmpty())
        return;
    m_drawingAhead = std::jthread([this, toDraw, style = m_style](std::stop_token stop) {
        for (const core::Exercise* exercise : toDraw) {
            if (stop.stop_requested())
                break;
            const QImage picture = draw(*exercise, style);
            {
                const std::lock_guard lock(m_mutex);
                m_cache.insert(exercise->id, picture);
                m_queued.remove(exercise->id);
            }
            m_drawn.notify_all();
        }
        {
            const std::lock_guard lock(m_mutex);
            m_queued.clear();
        }
        m_drawn.notify_all();
    });
}

void ExerciseThumbnails::stopDrawingAhead()
{
    if (!m_drawingAhead.joinable())
        return;
    m_drawingAhead.request_stop();
    m_drawingAhead.join();
}

qsizetype ExerciseThumbnails::cachedCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_cache.size();
}

} // namespace carrywell::ui
