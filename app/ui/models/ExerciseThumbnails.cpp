#include "models/ExerciseThumbnails.h"

#include "figure/FigureStyle.h"
#include "figure/IllustrationRenderer.h"

namespace carrywell::ui {

bool ExerciseThumbnails::setStyle(QSize size, qreal devicePixelRatio, bool dark)
{
    if (size == m_size && qFuzzyCompare(devicePixelRatio, m_devicePixelRatio) && dark == m_dark)
        return false;
    m_size = size;
    m_devicePixelRatio = devicePixelRatio;
    m_dark = dark;
    m_cache.clear();
    return true;
}

QImage ExerciseThumbnails::image(const core::Exercise& exercise) const
{
    const auto cached = m_cache.constFind(exercise.id);
    if (cached != m_cache.constEnd())
        return *cached;
    QImage picture;
    if (const core::Illustration* illustration = m_library.illustration(exercise.id)) {
        const IllustrationRenderer renderer(exercise, *illustration,
                                            m_dark ? FigureStyle::dark() : FigureStyle::light());
        picture = renderer.renderThumbnail(m_size, m_devicePixelRatio);
    }
    m_cache.insert(exercise.id, picture);
    return picture;
}

} // namespace carrywell::ui
