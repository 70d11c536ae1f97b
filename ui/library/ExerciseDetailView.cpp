#include "ui/library/ExerciseDetailView.h"

#include "ui/figure/FigureStyle.h"
#include "ui/figure/IllustrationRenderer.h"
#include "ui/widgets/ExerciseHtml.h"

#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <algorithm>

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
        setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Choose an exercise on the left to see how to do it.").toHtmlEscaped()));
        return;
    }
    m_exerciseId = exercise->id;
    const core::Illustration* illustration = m_library.illustration(exercise->id);
    m_stepImageSize = {};
    if (!illustration) {
        setHtml(ExerciseHtml::render(*exercise, m_library, {}, m_weeksSinceBirth));
        return;
    }
    // Step drawings painted at the size they are shown and the screen's
    // pixel density, so they stay crisp.
    const IllustrationRenderer renderer(*exercise, *illustration,
                                        FigureStyle::forPalette(palette()));
    const QSize size = stepImageSize(renderer.aspectRatio());
    m_stepImageSize = size;
    m_stepImageAspect = renderer.aspectRatio();
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

QSize ExerciseDetailView::stepImageSize(qreal aspectRatio) const
{
    // A share of the width, so a large window shows large drawings, with the
    // text beside them still in comfortable lines; never taller than about
    // half the view, so a step and its words fit on screen together.
    const int charWidth = fontMetrics().averageCharWidth();
    const int available = viewport()->width() - 2 * qRound(document()->documentMargin());
    const int width = qBound(charWidth * 22, available * 22 / 100, charWidth * 60);
    const int maxHeight = std::max(charWidth * 14, viewport()->height() * 45 / 100);
    QSize size(width, qRound(width / qBound(1.0, aspectRatio, 2.2)));
    if (size.height() > maxHeight)
        size = QSize(qRound(maxHeight * qBound(1.0, aspectRatio, 2.2)), maxHeight);
    // In steps, so dragging the window's edge redraws them now and then, not at every pixel.
    constexpr int kStep = 16;
    const int steppedWidth = std::max(kStep, size.width() / kStep * kStep);
    return {steppedWidth, qRound(steppedWidth / qBound(1.0, aspectRatio, 2.2))};
}

void ExerciseDetailView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    if (m_redrawing || m_exerciseId.isEmpty() || m_stepImageSize.isEmpty() ||
        stepImageSize(m_stepImageAspect) == m_stepImageSize)
        return;
    // A scroll bar coming or going while the text is laid out again resizes
    // the view once more: that waits for the next real resize.
    const QScopedValueRollback redrawing(m_redrawing, true);
    // Redrawn at the new size, where the reader was.
    QScrollBar* bar = verticalScrollBar();
    const double at = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    showExercise(m_library.exercise(m_exerciseId));
    bar->setValue(qRound(at * bar->maximum()));
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
