#include "ui/reminders/Autostart.h"
#include "ui/window/DesktopIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation validate(const QString& path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("desktop-file-validate"), {path});
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Keeps PATH as it was whatever a test does to it.
class ScopedPath
{
public:
    explicit ScopedPath(const QByteArray& path) : m_saved(qgetenv("PATH"))
    {
        qputenv("PATH", path);
    }
    ~ScopedPath() { qputenv("PATH", m_saved); }

private:
    QByteArray m_saved;
};

class ReminderAutostartTest : public ::testing::Test
{
protected:
    /// A stand-in for an installed carrywell: any executable file will do.
    static void makeProgram(const QString& path)
    {
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        ASSERT_TRUE(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
    }

    QString folder() const { return m_dir.filePath(QStringLiteral("config/autostart")); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ReminderAutostartTest, WritesAnEntryDesktopsAcceptAndRemovesIt)
{
    const ui::Autostart autostart(folder());
    EXPECT_EQ(autostart.filePath(), folder() + QStringLiteral("/org.carrywell.carrywell.desktop"));
    EXPECT_FALSE(autostart.isEnabled());

    const core::Result<core::Done> written = autostart.enable();
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(autostart.isEnabled());
    const Validation validation = validate(autostart.filePath());
    EXPECT_EQ(validation.exitCode, 0) << validation.output.toStdString();
    EXPECT_TRUE(validation.output.trimmed().isEmpty()) << validation.output.toStdString();

    // Read as a desktop would.
    QSettings entry(autostart.filePath(), QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    EXPECT_EQ(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    EXPECT_EQ(entry.value(QStringLiteral("Name")).toString(), QStringLiteral("Carrywell"));
    EXPECT_EQ(entry.value(QStringLiteral("Icon")).toString(), ui::DesktopIdentity::desktopId());
    EXPECT_EQ(entry.value(QStringLiteral("X-GNOME-Autostart-enabled")).toString(),
              QStringLiteral("true"));
    EXPECT_TRUE(
        entry.value(QStringLiteral("Exec")).toString().endsWith(QStringLiteral(" --background")));

    ASSERT_TRUE(autostart.disable().ok());
    EXPECT_FALSE(autostart.isEnabled());
    EXPECT_FALSE(QFileInfo::exists(autostart.filePath()));
    EXPECT_TRUE(autostart.disable().ok()) << "removing twice is not a problem";
}

TEST_F(ReminderAutostartTest, RunsPlainCarrywellWhenThatIsTheOneInPath)
{
    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    ASSERT_TRUE(QDir().mkpath(bin));
    const QString installed = bin + QStringLiteral("/carrywell");
    makeProgram(installed);

    {
        const ScopedPath path(QFile::encodeName(bin) + ":/usr/bin");
        EXPECT_EQ(ui::Autostart::command(installed), QStringLiteral("carrywell --background"));
        EXPECT_TRUE(
            ui::Autostart::entryText(installed).contains(QStringLiteral("\nTryExec=carrywell\n")));
        // Another carrywell than the one in PATH is started by its own path.
        const QString other = m_dir.filePath(QStringLiteral("build/carrywell"));
        makeProgram(other);
        EXPECT_EQ(ui::Autostart::command(other), other + QStringLiteral(" --background"));
    }
    const ScopedPath noCarrywell("/usr/bin:/bin");
    EXPECT_EQ(ui::Autostart::command(installed), installed + QStringLiteral(" --background"));
    EXPECT_TRUE(ui::Autostart::entryText(installed).contains(QStringLiteral("\nTryExec=") +
                                                             installed + QLatin1Char('\n')));
}

TEST_F(ReminderAutostartTest, OddPathsAreQuotedAsTheSpecificationAsks)
{
    const QString odd = m_dir.filePath(QStringLiteral("My Apps/100% carry$well"));
    // Exec quoting, then the escaping of any desktop entry string value.
    EXPECT_EQ(ui::Autostart::command(odd),
              QStringLiteral("\"") + m_dir.path() +
                  QStringLiteral("/My Apps/100%% carry\\$well\" --background"));
    const ui::Autostart autostart(folder());
    ASSERT_TRUE(autostart.enable(odd).ok());
    EXPECT_TRUE(readAll(autostart.filePath())
                    .contains(QStringLiteral("/My Apps/100%% carry\\\\$well\" --background\n")));
    const Validation validation = validate(autostart.filePath());
    EXPECT_EQ(validation.exitCode, 0) << validation.output.toStdString();
}

TEST_F(ReminderAutostartTest, AFolderThatCannotBeMadeGivesAReadableError)
{
    const QString blocker = m_dir.filePath(QStringLiteral("config"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const core::Result<core::Done> written = ui::Autostart(folder()).enable();
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().startsWith(
        QStringLiteral("Carrywell could not set itself to start at login")))
        << written.error().toStdString();
    EXPECT_TRUE(written.error().contains(folder()));
}

TEST_F(ReminderAutostartTest, TheStandardFolderIsTheXdgAutostartFolder)
{
    EXPECT_EQ(ui::Autostart::defaultFolder(),
              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                  QStringLiteral("/autostart"));
}
