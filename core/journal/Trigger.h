#pragma once

#include "core/vocabulary/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace carrywell::core {

/// What the person thinks set the pain off. The ids are stored in the journal
/// and written to exports, so they never change once released.
enum class Trigger
{
    Lifting,
    Carrying,
    Feeding,
    Sitting,
    Standing,
    PoorSleep,
    Bending,
    Other,
};

// Trigger joins the vocabularies of content/Vocabulary.h, spelled the same way.
QString toId(Trigger value);
template <>
std::optional<Trigger> fromId<Trigger>(QStringView id);
template <>
QList<Trigger> allValues<Trigger>();
template <>
QString idList<Trigger>();

/// Plain-language name for the interface (translatable).
QString displayName(Trigger value);

} // namespace carrywell::core
