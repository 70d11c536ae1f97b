#include "widgets/ExerciseDetailView.h"

#include "widgets/ExerciseHtml.h"

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
    setHtml(ExerciseHtml::render(*exercise, m_library));
}

} // namespace carrywell::ui
