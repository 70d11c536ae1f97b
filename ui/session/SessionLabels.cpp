#include "ui/session/SessionLabels.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <climits>

namespace carrywell::ui {

BalancedLineLabel::BalancedLineLabel(QWidget* parent) : QLabel(parent)
{
    // The layout gives the width; the height follows the lines, and the
    // words get it before anything else on a small window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

QSize BalancedLineLabel::minimumSizeHint() const
{
    // Any width (the words are broken or made smaller to fit it); the height
    // of the lines shown, which the view's own letter sizes keep in
    // proportion to the window's height.
    return {1, sizeHint().height()};
}

void BalancedLineLabel::setLine(const QString& words)
{
    if (words == m_words)
        return;
    m_words = words;
    rebreak();
}

void BalancedLineLabel::setPixelSize(int px)
{
    if (px == m_pixelSize)
        return;
    m_pixelSize = px;
    rebreak();
}

void BalancedLineLabel::setGlow(const QColor& glow)
{
    if (glow == m_glow)
        return;
    m_glow = glow;
    update();
}

void BalancedLineLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    rebreak();
}

void BalancedLineLabel::paintEvent(QPaintEvent* event)
{
    if (m_glow.alpha() > 0 && !text().isEmpty()) {
        // Around the words only, not across the whole line.
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QFontMetrics metrics(font());
        const QRect words = metrics.boundingRect(contentsRect(), int(alignment()), text());
        const int pad = metrics.height() / 6;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_glow);
        painter.drawRoundedRect(QRectF(words.adjusted(-2 * pad, -pad / 2, 2 * pad, pad / 2)), pad,
                                pad);
    }
    QLabel::paintEvent(event);
}

void BalancedLineLabel::rebreak()
{
    QFont letters = font();
    letters.setBold(true);
    if (m_pixelSize > 0)
        letters.setPixelSize(m_pixelSize);
    // Room around the words for the glow of a flash.
    const int pad = QFontMetrics(letters).height() / 6;
    if (contentsMargins() != QMargins(2 * pad, pad / 2, 0, pad / 2))
        setContentsMargins(2 * pad, pad / 2, 0, pad / 2);
    const int room = contentsRect().width() - 2 * margin();
    const auto widest = [](const QFontMetrics& metrics, const QStringList& lines) {
        int widest = 0;
        for (const QString& line : lines)
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    };

    QStringList lines{m_words};
    QFontMetrics metrics(letters);
    if (room > 0 && metrics.horizontalAdvance(m_words) > room) {
        int bestWidth = INT_MAX;
        for (qsizetype i = m_words.indexOf(QLatin1Char(' ')); i >= 0;
             i = m_words.indexOf(QLatin1Char(' '), i + 1)) {
            const QStringList split{m_words.left(i).trimmed(), m_words.mid(i + 1).trimmed()};
            if (const int width = widest(metrics, split); width < bestWidth) {
                bestWidth = width;
                lines = split;
            }
        }
        // A word longer than the room (a long translation on a small
        // window): smaller letters rather than letters cut off.
        if (const int width = widest(metrics, lines); width > room && m_pixelSize > 0) {
            letters.setPixelSize(std::max(1, m_pixelSize * room / width));
            metrics = QFontMetrics(letters);
        }
    }
    if (letters != font())
        setFont(letters);
    const QString shown = lines.join(QLatin1Char('\n'));
    if (shown != text())
        setText(shown);
}

FittedLabel::FittedLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // It takes what the layout leaves; the letters adapt to that room.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    setMinimumSize(1, 1);
}

void FittedLabel::setFittedText(const QString& text)
{
    if (text == this->text())
        return;
    setText(text);
    fit();
}

void FittedLabel::setPixelSizes(int largest, int smallest)
{
    m_largest = std::max(largest, 1);
    m_smallest = std::clamp(smallest, 1, m_largest);
    fit();
}

void FittedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittedLabel::fit()
{
    if (m_largest <= 0 || width() <= 1 || height() <= 1)
        return;
    const QRect room = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    QFont candidate = font();
    int size = m_largest;
    for (;; size = std::max(m_smallest, int(size * 0.92))) {
        candidate.setPixelSize(size);
        const QRect needed = QFontMetrics(candidate).boundingRect(
            QRect(0, 0, room.width(), INT_MAX / 4), int(alignment()) | Qt::TextWordWrap, text());
        if (needed.height() <= room.height() || size == m_smallest)
            break;
    }
    if (font().pixelSize() != size)
        setFont(candidate);
}

} // namespace carrywell::ui
