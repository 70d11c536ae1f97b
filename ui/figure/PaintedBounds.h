#pragma once

#include <QPaintDevice>
#include <QRectF>
#include <memory>

namespace carrywell::ui {

/// A paint device that draws nothing and measures what would be drawn: the
/// area every fill and stroke covers (pen width, caps and joins included),
/// in the painter's own coordinates before any clipping. Pictures are framed
/// from it, so nothing they paint falls outside them.
class PaintedBounds : public QPaintDevice
{
public:
    PaintedBounds();
    ~PaintedBounds() override;

    /// Everything painted so far; empty when nothing was.
    QRectF rect() const;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    std::unique_ptr<Engine> m_engine;
};

} // namespace carrywell::ui
