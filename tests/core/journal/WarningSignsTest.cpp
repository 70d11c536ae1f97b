// Warning signs: the line older journals kept in the note, read back in every
// language Carrywell wrote it in, and the signs a note mentions in her own words.
#include "JournalTestSupport.h"
#include "core/journal/LegacySignsLine.h"
#include "core/journal/WarningSign.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using carrywell::test::at;
using carrywell::test::makeCheckIn;

namespace {

struct LegacyCase
{
    const char* name;
    const char* note;
    const char* text;
    QList<WarningSign> signs;
};

// Each line exactly as the check-in dialog wrote it in that language.
const LegacyCase legacyCases[] = {
    {"English",
     "Carried the car seat\ntwice\nAlso noticed: leaking; pain woke me at night.",
     "Carried the car seat\ntwice",
     {WarningSign::Leaking, WarningSign::NightPain}},
    {"EnglishOnlyTheLine", "Also noticed: numbness or tingling.", "", {WarningSign::Numbness}},
    {"Spanish",
     "Mala noche\nTambién he notado: pérdidas de orina; entumecimiento u hormigueo; el dolor me "
     "despertó por la noche.",
     "Mala noche",
     {WarningSign::Leaking, WarningSign::Numbness, WarningSign::NightPain}},
    {"SpanishOnlyTheLine",
     "También he notado: el dolor me despertó por la noche.",
     "",
     {WarningSign::NightPain}},
    {"German",
     "Beim Tragen 🚗\nAußerdem bemerkt: Urinverlust; Schmerzen haben mich nachts geweckt.",
     "Beim Tragen 🚗",
     {WarningSign::Leaking, WarningSign::NightPain}},
    {"GermanOnlyTheLine", "Außerdem bemerkt: Taubheit oder Kribbeln.", "", {WarningSign::Numbness}},
    // A file saved on Windows, or a spreadsheet that added a line end.
    {"WindowsLineEnds", "Tired\r\nAlso noticed: leaking.\r\n", "Tired", {WarningSign::Leaking}},
    {"OutOfOrderAndRepeated",
     "x\nAlso noticed: pain woke me at night; leaking; leaking.",
     "x",
     {WarningSign::Leaking, WarningSign::NightPain}},
};

class LegacyLine : public ::testing::TestWithParam<LegacyCase>
{
};

} // namespace

TEST_P(LegacyLine, BecomesSignsAndLeavesTheRestOfTheNote)
{
    const LegacyCase& c = GetParam();
    const std::optional<LegacySignsLine::Split> split =
        LegacySignsLine::split(QString::fromUtf8(c.note));
    ASSERT_TRUE(split);
    EXPECT_EQ(split->note, QString::fromUtf8(c.text));
    EXPECT_EQ(split->signs, c.signs);

    const CheckIn recovered = LegacySignsLine::recovered(
        makeCheckIn(at(2026, 1, 5, 9), 4, {}, {Trigger::Lifting}, QString::fromUtf8(c.note)));
    EXPECT_EQ(recovered.note, QString::fromUtf8(c.text));
    EXPECT_EQ(recovered.warningSigns, c.signs);
    EXPECT_EQ(recovered.triggers, QList<Trigger>{Trigger::Lifting});
}

INSTANTIATE_TEST_SUITE_P(WarningSigns, LegacyLine, ::testing::ValuesIn(legacyCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(WarningSigns, HerOwnWordsAreNeverTakenForTheLine)
{
    for (const char* note : {
             "",
             "Slept well",
             "Leaked a bit when I sneezed",
             // Her own last line, in the dialog's words or not.
             "Also noticed: the baby smiled.",
             "Also noticed: leaking and a headache.",
             "Also noticed: leaking",
             "also noticed: leaking.",
             " Also noticed: leaking.",
             // Not the last line.
             "Also noticed: leaking.\nThen I slept well",
             // Languages mixed within one line: never written so.
             "Also noticed: Urinverlust.",
             "Außerdem bemerkt: leaking.",
             "También he notado: leaking; entumecimiento u hormigueo.",
             // Empty lists and stray separators.
             "Also noticed: .",
             "Also noticed: leaking;.",
             "Also noticed: leaking;; numbness or tingling.",
         }) {
        SCOPED_TRACE(note);
        EXPECT_FALSE(LegacySignsLine::split(QString::fromUtf8(note)));
        const CheckIn kept = LegacySignsLine::recovered(
            makeCheckIn(at(2026, 1, 5, 9), 4, {}, {}, QString::fromUtf8(note)));
        EXPECT_EQ(kept.note, QString::fromUtf8(note));
        EXPECT_TRUE(kept.warningSigns.isEmpty());
    }
}

TEST(WarningSigns, RecoveredSignsJoinThoseAlreadyRecorded)
{
    const CheckIn recovered = LegacySignsLine::recovered(
        makeCheckIn(at(2026, 1, 5, 9), 4, {}, {}, "Also noticed: leaking.",
                    {WarningSign::NightPain, WarningSign::Leaking}));
    EXPECT_EQ(recovered.warningSigns,
              (QList<WarningSign>{WarningSign::Leaking, WarningSign::NightPain}));
    EXPECT_TRUE(recovered.note.isEmpty());
}

TEST(WarningSigns, NotesInHerOwnWordsCountUnlessDenied)
{
    EXPECT_EQ(warningSignsMentionedIn("Leaked a little when I sneezed"),
              QList<WarningSign>{WarningSign::Leaking});
    EXPECT_EQ(warningSignsMentionedIn("Left leg feels NUMB"),
              QList<WarningSign>{WarningSign::Numbness});
    EXPECT_EQ(warningSignsMentionedIn("The pain woke me at 3"),
              QList<WarningSign>{WarningSign::NightPain});
    EXPECT_EQ(warningSignsMentionedIn("pins and needles, and I leak"),
              (QList<WarningSign>{WarningSign::Leaking, WarningSign::Numbness}));
    EXPECT_TRUE(warningSignsMentionedIn("No numbness, no leaking today").isEmpty());
    EXPECT_TRUE(warningSignsMentionedIn("Slept well").isEmpty());
    EXPECT_TRUE(warningSignsMentionedIn("").isEmpty());
}
