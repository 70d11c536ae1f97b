#include "core/profile/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

class ProfileName : public ::testing::Test
{
protected:
    void save(const QString& name)
    {
        QSettings settings(path(), QSettings::IniFormat);
        ProfileStore store(settings);
        Profile profile = store.load();
        profile.name = name;
        store.save(profile);
    }

    QString path() const { return m_dir.filePath("settings.ini"); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ProfileName, IsEmptyUntilSheAddsOne)
{
    QSettings settings(path(), QSettings::IniFormat);
    EXPECT_TRUE(ProfileStore(settings).load().name.isEmpty());
}

TEST_F(ProfileName, IsKeptTrimmedWithItsCommas)
{
    save("  Ruiz,  Ana  ");
    QSettings settings(path(), QSettings::IniFormat);
    EXPECT_EQ(ProfileStore(settings).load().name, "Ruiz, Ana");
}

TEST_F(ProfileName, AnEmptyNameLeavesNoKeyInTheFile)
{
    save("Ana Ruiz");
    save("   ");
    QSettings settings(path(), QSettings::IniFormat);
    EXPECT_FALSE(settings.contains("profile/name"));
    EXPECT_TRUE(ProfileStore(settings).load().name.isEmpty());
}

TEST_F(ProfileName, TypedIntoTheFileByHandWithACommaReadsAsTyped)
{
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[profile]\nname=Ruiz, Ana\n");
    }
    QSettings settings(path(), QSettings::IniFormat);
    EXPECT_EQ(ProfileStore(settings).load().name, "Ruiz, Ana");
}

TEST_F(ProfileName, SavingTheRestOfTheProfileKeepsIt)
{
    save("Ana Ruiz");
    {
        QSettings settings(path(), QSettings::IniFormat);
        ProfileStore store(settings);
        Profile profile = store.load();
        profile.diastasis = true;
        store.save(profile);
    }
    QSettings settings(path(), QSettings::IniFormat);
    EXPECT_EQ(ProfileStore(settings).load().name, "Ana Ruiz");
}
