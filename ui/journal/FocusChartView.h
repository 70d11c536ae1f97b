#pragma once

#include <QChartView>

namespace carrywell::ui {

/// A chart view that can take keyboard focus and shows it with a focus ring,
/// as the journal's charts do. It owns its chart from the start (a chart set
/// later would leave QChartView's default one behind).
class FocusChartView : public QChartView
{
    Q_OBJECT

public:
    explicit FocusChartView(QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace carrywell::ui
