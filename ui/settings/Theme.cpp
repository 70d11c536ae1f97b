#include "ui/settings/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace carrywell::ui {
namespace {

/// Fusion with check box and radio button outlines that stand out from the
/// background (WCAG's 3:1 for controls): Fusion draws them a shade darker
/// than the window, which all but vanishes on a dark one.
class ContrastStyle : public QProxyStyle
{
public:
    ContrastStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
        setObjectName(QStringLiteral("carrywell"));
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option->palette.color(QPalette::Mid), 1.2));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 1.5, 1.5);
        painter->restore();
    }
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33);
    const QColor base(0x23, 0x26, 0x2b);
    const QColor text(0xe8, 0xe6, 0xe3);
    const QColor accent(0x6c, 0xa6, 0xd9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9f, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x39, 0x3f));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x14, 0x18));
    p.setColor(QPalette::Link, accent.lighter(115));
    // Chart axes and the body map's outline are drawn in Mid: 3:1 on window and base.
    p.setColor(QPalette::Mid, QColor(0x76, 0x7c, 0x84));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1c, 0x20));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x51));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x8a));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf2, 0xee));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf5, 0xf1));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0x9e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    // Fusion's half-transparent placeholder and light Mid fall below WCAG AA
    // on these backgrounds; opaque, slightly darker greys pass (4.5:1, 3:1).
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x65, 0x60));
    p.setColor(QPalette::Mid, QColor(0x8a, 0x85, 0x7e));
    return p;
}

} // namespace

Theme themeFromId(const QString& id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString toId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

void applyTheme(QApplication& app, Theme theme)
{
    // The desktop's own look, remembered before Carrywell first changes it.
    static const QString systemStyle = app.style()->name();
    static const QPalette systemPalette = app.palette();
    if (theme == Theme::System) {
        if (dynamic_cast<ContrastStyle*>(app.style()) || app.style()->name() != systemStyle)
            app.setStyle(QStyleFactory::create(systemStyle));
        // Only when it differs, so the desktop's own palette changes still follow.
        if (app.palette() != systemPalette)
            app.setPalette(systemPalette);
        return;
    }
    if (!dynamic_cast<ContrastStyle*>(app.style()))
        app.setStyle(new ContrastStyle);
    // After the style change, so the light palette starts from Fusion's own.
    app.setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

} // namespace carrywell::ui
