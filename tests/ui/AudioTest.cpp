#include "core/content/ContentLoader.h"
#include "ui/audio/SoundCuePlayer.h"
#include "ui/audio/SpeechClips.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace carrywell;
using ui::SpeechClips;

TEST(SpeechClips, SlugsMatchTheBuildScript)
{
    EXPECT_EQ(SpeechClips::slug("Banded A's"), QStringLiteral("banded-a-s"));
    EXPECT_EQ(SpeechClips::slug("  Get ready. "), QStringLiteral("get-ready"));
    EXPECT_EQ(SpeechClips::slug("90/90 hip switches"), QStringLiteral("90-90-hip-switches"));
    EXPECT_EQ(SpeechClips::slug("360-degree breathing"), QStringLiteral("360-degree-breathing"));
}

TEST(SpeechClips, EveryExerciseNameAndNumberCanBeSpoken)
{
    const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    for (const core::Exercise& exercise : report.library.exercises())
        EXPECT_TRUE(SpeechClips::hasClip(exercise.name)) << exercise.name.toStdString();
    for (int n = 1; n <= 30; ++n)
        EXPECT_TRUE(SpeechClips::hasClip(QString::number(n))) << n;
}

TEST(SpeechClips, ClipsAreRealWaveFiles)
{
    QFile clip(SpeechClips::clipPath("Get ready"));
    ASSERT_TRUE(clip.open(QIODevice::ReadOnly));
    const QByteArray header = clip.read(12);
    EXPECT_TRUE(header.startsWith("RIFF"));
    EXPECT_EQ(header.mid(8, 4), QByteArray("WAVE"));
    EXPECT_GT(clip.size(), 4000); // about a second of speech
}

TEST(SpeechClips, ASentenceIsSpokenPhraseByPhrase)
{
    EXPECT_EQ(
        SpeechClips::clipsFor("Next: Thread the needle."),
        (QStringList{SpeechClips::clipPath("Next"), SpeechClips::clipPath("Thread the needle")}));
    // No clip for "Set 2" as a whole: the words are found one by one.
    EXPECT_EQ(SpeechClips::clipsFor("Set 2"),
              (QStringList{SpeechClips::clipPath("Set"), SpeechClips::clipPath("2")}));
    QStringList missing;
    const QStringList clips = SpeechClips::clipsFor("Breathe out gently", &missing);
    EXPECT_EQ(clips, QStringList{SpeechClips::clipPath("Breathe out")});
    EXPECT_EQ(missing, QStringList{"gently"});
}

TEST(SoundCuePlayer, EveryToneIsBuiltIn)
{
    using Tone = ui::CuePlayer::Tone;
    for (const Tone tone : {Tone::Tick, Tone::Go, Tone::Change, Tone::Rest, Tone::Done}) {
        const QString source = ui::SoundCuePlayer::toneSource(tone);
        ASSERT_TRUE(source.startsWith("qrc:"));
        EXPECT_TRUE(QFile::exists(source.mid(3))) << source.toStdString();
    }
}
