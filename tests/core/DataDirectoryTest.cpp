#include "core/storage/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;

TEST(DataDirectory, CreatesTheFolderItIsGiven)
{
    QTemporaryDir temp;
    const QString wanted = temp.path() + "/nested/carrywell-data";
    const Result<DataDirectory> dir = DataDirectory::open(wanted);
    ASSERT_TRUE(dir.ok()) << dir.error().toStdString();
    EXPECT_TRUE(QDir(wanted).exists());
    EXPECT_EQ(dir->path(), wanted);
    EXPECT_EQ(dir->journalFile(), wanted + "/journal.sqlite");
    EXPECT_EQ(dir->settingsFile(), wanted + "/settings.ini");
    // The write check leaves nothing behind.
    EXPECT_TRUE(
        QDir(wanted).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

TEST(DataDirectory, RelativePathsBecomeAbsolute)
{
    QTemporaryDir temp;
    const QString previous = QDir::currentPath();
    QDir::setCurrent(temp.path());
    const Result<DataDirectory> dir = DataDirectory::open("here");
    QDir::setCurrent(previous);
    ASSERT_TRUE(dir.ok());
    EXPECT_EQ(dir->path(), QDir(temp.path()).absoluteFilePath("here"));
}

TEST(DataDirectory, AFileInTheWayIsAClearError)
{
    QTemporaryDir temp;
    const QString path = temp.path() + "/a-file";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    const Result<DataDirectory> dir = DataDirectory::open(path);
    ASSERT_FALSE(dir.ok());
    EXPECT_TRUE(dir.error().contains("because that is a file, not a folder"));
    EXPECT_TRUE(dir.error().contains("--data-dir"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("keep me"));
}

TEST(DataDirectory, AFolderThatCannotBeCreatedIsAClearError)
{
    QTemporaryDir temp;
    QFile blocker(temp.path() + "/blocker");
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Result<DataDirectory> dir = DataDirectory::open(temp.path() + "/blocker/inside");
    ASSERT_FALSE(dir.ok());
    EXPECT_TRUE(dir.error().contains("could not create its data folder"))
        << dir.error().toStdString();
}

TEST(DataDirectory, DefaultsToTheStandardLocation)
{
    const Result<DataDirectory> dir = DataDirectory::open();
    ASSERT_TRUE(dir.ok()) << dir.error().toStdString();
    EXPECT_EQ(dir->path(),
              QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}
