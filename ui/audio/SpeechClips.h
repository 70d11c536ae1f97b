#pragma once

#include <QStringList>

namespace carrywell::ui {

/// Finds the pre-rendered voice clips (":/speech/<slug>.wav", made at build
/// time with flite) that together say a cue's text.
class SpeechClips
{
public:
    /// "Banded A's" → "banded-a-s": lower case, other characters become "-".
    /// Must match carrywell_speech_slug() in cmake/SpeechClips.cmake.
    static QString slug(const QString& text);
    static QString clipPath(const QString& phrase);
    static bool hasClip(const QString& phrase);

    /// The clips that speak `text`, sentence by sentence; a sentence with no
    /// clip of its own is spoken word group by word group, longest match
    /// first. Words with no clip at all are listed in `missing`.
    static QStringList clipsFor(const QString& text, QStringList* missing = nullptr);
};

} // namespace carrywell::ui
