#include "widgets/ExerciseDetailView.h"

#include "figure/FigureStyle.h"
#include "figure/IllustrationRenderer.h"
#include "widgets/ExerciseHtml.h"

#include <QPainter>

namespace carrywell::ui {

ExerciseDetailView::ExerciseDetailView(const core::ContentLibrary& library, QWidget* parent)
    : QTextBrowser(parent), m_library(library)
{
    setObjectName(QStringLiteral("exerciseDetail"));
    setAccessibleName(tr("Exercise details"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(fontMetrics().height());
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == ExerciseHtml::exerciseLinkScheme())
            emit exerciseLinkActivated(url.path());
        else if (url.scheme() == ExerciseHtml::guideLinkScheme())
            emit guideLinkActivated(url.path());
    });
    showExercise(nullptr);
}

void ExerciseDetailView::showExercise(const core::Exercise* exercise)
{
    if (!exercise) {
        m_exerciseId.clear();
        setHtml(QStringLiteral("<p>%1</p>")
                    .arg(tr("Choose an exercise on the left to see how to do it.").toHtmlEscaped()));
        return;
    }
    m_exerciseId = exercise->id;
    const core::Illustration* illustration = m_library.illustration(exercise->id);
    if (!illustration) {
        setHtml(ExerciseHtml::render(*exercise, m_library, {}, m_weeksSinceBirth));
        return;
    }
    // Step drawings at the screen's pixel density, so they stay crisp.
    const IllustrationRenderer renderer(*exercise, *illustration, FigureStyle::forPalette(palette()));
    const int width = fontMetrics().averageCharWidth() * 26;
    const QSize size(width, qRound(width / qBound(1.0, renderer.aspectRatio(), 2.2)));
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < illustration->steps.size(); ++i) {
        QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.paintStep(painter, QRectF(QPointF(0, 0), QSizeF(size)), i);
        painter.end();
        document()->addResource(QTextDocument::ImageResource, ExerciseHtml::stepImageUrl(i), image);
    }
    setHtml(ExerciseHtml::render(*exercise, m_library, size, m_weeksSinceBirth));
}

void ExerciseDetailView::setWeeksSinceBirth(std::optional<int> weeks)
{
    if (weeks == m_weeksSinceBirth)
        return;
    m_weeksSinceBirth = weeks;
    if (!m_exerciseId.isEmpty())
        showExercise(m_library.exercise(m_exerciseId));
}

} // namespace carrywell::ui
