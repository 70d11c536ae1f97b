#include "ui/widgets/PainColors.h"

#include <algorithm>
#include <array>

namespace carrywell::ui {

QColor PainColors::forScore(int score)
{
    static const std::array<QColor, 11> colours{
        QColor(0x7f, 0xb8, 0x8c), QColor(0x96, 0xc0, 0x83), QColor(0xae, 0xc6, 0x7b),
        QColor(0xc6, 0xc8, 0x73), QColor(0xdb, 0xc0, 0x6c), QColor(0xe6, 0xac, 0x65),
        QColor(0xe6, 0x97, 0x60), QColor(0xdf, 0x82, 0x5e), QColor(0xd3, 0x6e, 0x5e),
        QColor(0xb8, 0x52, 0x5a), QColor(0xb2, 0x4b, 0x5f)};
    return colours[static_cast<size_t>(std::clamp(score, 0, 10))];
}

// Dark text up to 8 and white from 9: each reaches 4.5:1 on its colour.
QColor PainColors::textOn(int score)
{
    return score >= 9 ? Qt::white : QColor(0x1d, 0x1f, 0x22);
}

QColor PainColors::forRegion(int regionIndex)
{
    static const std::array<QColor, 7> colours{QColor(0x8e, 0x6c, 0xb8), QColor(0x4f, 0x9d, 0xa6),
                                               QColor(0xd1, 0x7a, 0x4f), QColor(0x6a, 0x9a, 0x4e),
                                               QColor(0xc0, 0x5f, 0x8a), QColor(0xa3, 0x8a, 0x35),
                                               QColor(0x5f, 0x7f, 0xc0)};
    return colours[static_cast<size_t>(std::clamp(regionIndex, 0, 6))];
}

QColor PainColors::average()
{
    return QColor(0x3d, 0x6f, 0x9e);
}
QColor PainColors::daily()
{
    return QColor(0x6a, 0x94, 0xbf);
}
QColor PainColors::sessions()
{
    return QColor(0x7f, 0xb8, 0x8c, 80);
}
QColor PainColors::before()
{
    return QColor(0xdf, 0x9a, 0x6a);
}
QColor PainColors::after()
{
    return QColor(0x5f, 0x9e, 0x7f);
}

QColor PainColors::problemText(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xf2, 0x9b, 0x8f)
                                                             : QColor(0xa8, 0x32, 0x27);
}

} // namespace carrywell::ui
