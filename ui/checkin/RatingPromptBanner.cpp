#include "ui/checkin/RatingPromptBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carrywell::ui {

RatingPromptBanner::RatingPromptBanner(QWidget* parent)
    : QFrame(parent), m_rate(new QPushButton(tr("Rate them"), this)),
      m_later(new QPushButton(tr("Not this week"), this))
{
    setObjectName(QStringLiteral("ratingPrompt"));
    const QString title = tr("How are your everyday activities this week?");
    const QString text = tr("A few seconds: rate how well you can do each of your activities "
                            "now, so you and your physiotherapist can see them get easier.");
    setAccessibleName(title);
    setAccessibleDescription(text);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    auto* heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* body = new QLabel(text, this);
    body->setWordWrap(true);

    m_rate->setObjectName(QStringLiteral("rateActivitiesButton"));
    m_later->setObjectName(QStringLiteral("dismissRatingPromptButton"));
    m_later->setAccessibleName(tr("Not this week: ask again in a week"));
    connect(m_rate, &QPushButton::clicked, this, &RatingPromptBanner::rateRequested);
    connect(m_later, &QPushButton::clicked, this, &RatingPromptBanner::dismissed);

    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(heading);
    words->addWidget(body);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(words, 1);
    layout->addWidget(m_rate, 0, Qt::AlignVCenter);
    layout->addWidget(m_later, 0, Qt::AlignVCenter);
    applyPalette();
    setVisible(false);
}

void RatingPromptBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void RatingPromptBanner::applyPalette()
{
    // A quiet blue-green, apart from the care prompts' amber: a question, not a caution.
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x24, 0x3d, 0x3f) : QColor(0xe3, 0xf2, 0xf1));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xdf, 0xf0, 0xee) : QColor(0x17, 0x33, 0x33));
    if (pal != palette())
        setPalette(pal);
}

} // namespace carrywell::ui
