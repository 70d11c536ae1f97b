#pragma once

#include <QLabel>

namespace carrywell::ui {

/// Words in large letters of a set size (the session's big line). When they
/// do not fit on one line they are broken at the space that makes two lines
/// of the most even width, rather than wherever the first line fills up; only
/// a single word too wide for the room makes the letters smaller. The width
/// comes from the layout, never from the words, so a longer cue does not push
/// the countdown or the figure around.
class BalancedLineLabel : public QLabel
{
public:
    explicit BalancedLineLabel(QWidget* parent = nullptr);

    /// The words as given; text() holds them with the line break, if any.
    void setLine(const QString& words);
    QString line() const { return m_words; }
    /// The letters' size in pixels, bold, whenever the words fit.
    void setPixelSize(int px);
    /// A soft light behind the words (a cue's flash); transparent for none.
    void setGlow(const QColor& glow);
    QColor glow() const { return m_glow; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void rebreak();

    QString m_words;
    int m_pixelSize = 0;
    QColor m_glow = Qt::transparent;
};

/// Wrapped text that takes the room the layout leaves it and picks the
/// largest letters, between two sizes, at which all of it fits there. For
/// the step's instructions under the big countdown: as large as the room
/// allows, and never cut off at the window sizes the session supports.
class FittedLabel : public QLabel
{
public:
    explicit FittedLabel(QWidget* parent = nullptr);

    void setFittedText(const QString& text);
    /// Letter sizes in pixels, largest first tried.
    void setPixelSizes(int largest, int smallest);

    bool hasHeightForWidth() const override { return false; }
    QSize minimumSizeHint() const override { return {1, 1}; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fit();

    int m_largest = 0;
    int m_smallest = 0;
};

} // namespace carrywell::ui
