#pragma once

#include "core/vocabulary/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace carrywell::core {

/// Signs that call for a clinician rather than more exercises (see the
/// symptoms' "see a clinician" lists). The ids are stored in the journal and
/// written to exports and the command line, so they never change once released.
enum class WarningSign
{
    Leaking,
    Numbness,
    NightPain,
};

// WarningSign joins the vocabularies of content/Vocabulary.h, spelled the same way.
QString toId(WarningSign value);
template <>
std::optional<WarningSign> fromId<WarningSign>(QStringView id);
template <>
QList<WarningSign> allValues<WarningSign>();
template <>
QString idList<WarningSign>();

/// Plain-language name for the interface, "Leaking" (translatable).
QString displayName(WarningSign value);

/// Signs a note mentions in the person's own words ("leaked a bit", "numb",
/// "woke me"), in the interface's language or in English, except right after
/// "no", "not" or "without" ("no numbness today" is not a sign). Only care
/// prompts read notes this way; what she ticked is CheckIn::warningSigns.
QList<WarningSign> warningSignsMentionedIn(const QString& note);

} // namespace carrywell::core
