#pragma once

#include "core/vocabulary/ContentOrigin.h"

#include <QStringList>

namespace carrywell::core {

/// A short learn page that is not a cause: everyday body mechanics, or when
/// to get help.
struct Guide
{
    QString id;
    QString group; ///< "body-mechanics", "recovery" or "get-help".
    QString title;
    QString summary;
    QStringList body; ///< Paragraphs.
    QStringList sourceIds;
    ContentOrigin origin;

    static QStringList groups()
    {
        return {QStringLiteral("body-mechanics"), QStringLiteral("recovery"),
                QStringLiteral("get-help")};
    }
};

} // namespace carrywell::core
