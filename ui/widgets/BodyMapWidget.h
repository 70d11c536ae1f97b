#pragma once

#include "core/vocabulary/Vocabulary.h"

#include <QHash>
#include <QPainterPath>
#include <QWidget>
#include <optional>

namespace carrywell::ui {

/// A front and a back outline of the body whose regions can be clicked (or
/// chosen with the arrow keys and Space) to pick where it hurts. Screen
/// readers see each region as a button of its own.
class BodyMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BodyMapWidget(QWidget* parent = nullptr);

    /// Names shown in tooltips and to screen readers.
    void setRegionNames(const QHash<core::Region, QString>& names);
    QString regionName(core::Region region) const;

    std::optional<core::Region> selectedRegion() const { return m_selected; }
    /// Selects a region (or none) without emitting regionClicked.
    void setSelectedRegion(std::optional<core::Region> region);

    std::optional<core::Region> focusedRegion() const { return m_focused; }
    void setFocusedRegion(core::Region region);

    /// Where a region is drawn, in widget coordinates.
    QRectF regionRect(core::Region region) const;
    std::optional<core::Region> regionAt(const QPointF& position) const;

    /// Toggles a region as if clicked: selects it, or clears it when selected.
    void activate(core::Region region);

    /// The colours the map is drawn in for `palette` (the figure, and a
    /// region's fill and outline), so their contrast can be checked.
    static QColor figureFill(const QPalette& palette);
    static QColor regionFill(const QPalette& palette, bool selected, bool hovered);
    static QColor regionOutline(const QPalette& palette, bool selected);

    /// Lets the map grow past its usual size when its layout has the room (a
    /// tall column on a large screen), never below it; it stays a fixed
    /// shape drawn centred in whatever it is given.
    void setGrowsWithSpace(bool grows);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return !m_growsWithSpace; }
    int heightForWidth(int width) const override;

signals:
    /// The user picked a region (nullopt: cleared the choice).
    void regionClicked(std::optional<core::Region> region);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// Room for the "Front" and "Back" captions, from the font.
    double captionHeight() const;
    void updateHeightLimits();
    QTransform figureTransform(bool back) const;
    QPainterPath regionPath(core::Region region) const; ///< In widget coordinates.
    void paintFigure(QPainter& painter, bool back) const;

    QHash<core::Region, QString> m_names;
    std::optional<core::Region> m_selected;
    std::optional<core::Region> m_hovered;
    std::optional<core::Region> m_focused;
    bool m_growsWithSpace = false;
};

} // namespace carrywell::ui
