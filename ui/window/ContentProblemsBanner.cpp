#include "ui/window/ContentProblemsBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace carrywell::ui {

ContentProblemsBanner::ContentProblemsBanner(const QList<core::ContentError>& errors,
                                             const QStringList& skippedFiles, QWidget* parent)
    : QFrame(parent), m_message(new QLabel(this)), m_detailsButton(new QPushButton(this)),
      m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("contentProblemsBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Content problems"));

    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));

    m_message->setWordWrap(true);
    QString message;
    if (skippedFiles.isEmpty())
        message = tr("Some content could not be read. Everything else is available.");
    else if (skippedFiles.size() == 1)
        message = tr("One extra exercise file was left out because it contains mistakes. The "
                     "rest of the library is available.");
    else
        message = tr("%1 extra exercise files were left out because they contain mistakes. The "
                     "rest of the library is available.")
                      .arg(skippedFiles.size());
    m_message->setText(message);

    m_detailsButton->setText(tr("Show details"));
    m_detailsButton->setObjectName(QStringLiteral("contentProblemsDetailsButton"));
    m_detailsButton->setCheckable(true);
    auto* close = new QPushButton(tr("Dismiss"), this);
    close->setObjectName(QStringLiteral("contentProblemsDismissButton"));

    QStringList lines;
    for (const core::ContentError& error : errors)
        lines.append(error.toString());
    m_details->setObjectName(QStringLiteral("contentProblemsDetails"));
    m_details->setAccessibleName(tr("Content problem details"));
    m_details->setReadOnly(true);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(false);
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 8);

    auto* row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_message, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_detailsButton->setText(shown ? tr("Hide details") : tr("Show details"));
    });
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
}

} // namespace carrywell::ui
