#include "ui/figure/PaintedBounds.h"

#include <QPaintEngine>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPolygonF>
#include <climits>

namespace carrywell::ui {

class PaintedBounds::Engine : public QPaintEngine
{
public:
    // Every feature, so QPainter hands over untransformed paths and never
    // emulates (emulation would rasterise, which this engine cannot).
    Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState& state) override
    {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        // Clipping is left out on purpose: the point is to see what a clip would cut.
    }

    void drawPath(const QPainterPath& path) override { add(path, true); }

    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        QPainterPath path;
        path.addPolygon(QPolygonF(QList<QPointF>(points, points + count)));
        if (mode != PolylineMode)
            path.closeSubpath();
        add(path, mode != PolylineMode);
    }

    void drawPixmap(const QRectF& rect, const QPixmap&, const QRectF&) override
    {
        m_rect |= m_transform.mapRect(rect);
    }

    QRectF rect() const { return m_rect; }

private:
    void add(const QPainterPath& path, bool filled)
    {
        if (path.isEmpty())
            return;
        if (filled && m_brush.style() != Qt::NoBrush && m_brush.color().alpha() > 0)
            m_rect |= m_transform.map(path).boundingRect();
        if (m_pen.style() == Qt::NoPen || m_pen.color().alpha() == 0)
            return;
        QPainterPathStroker stroker(m_pen);
        if (m_pen.isCosmetic()) {
            // A cosmetic pen keeps its width on the device, whatever the transform.
            stroker.setWidth(m_pen.widthF() > 0 ? m_pen.widthF() : 1.0);
            m_rect |= stroker.createStroke(m_transform.map(path)).boundingRect();
        } else {
            m_rect |= m_transform.map(stroker.createStroke(path)).boundingRect();
        }
    }

    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    QRectF m_rect;
};

PaintedBounds::PaintedBounds() : m_engine(std::make_unique<Engine>()) {}

PaintedBounds::~PaintedBounds() = default;

QRectF PaintedBounds::rect() const
{
    return m_engine->rect();
}

QPaintEngine* PaintedBounds::paintEngine() const
{
    return m_engine.get();
}

int PaintedBounds::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    // A large canvas, so QPainter's default window clips nothing it is given.
    case PdmWidth:
    case PdmHeight:
        return 1 << 20;
    case PdmWidthMM:
    case PdmHeightMM:
        return (1 << 20) * 254 / 960;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 96;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace carrywell::ui
