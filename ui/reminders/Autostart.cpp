#include "ui/reminders/Autostart.h"

#include "core/common/AtomicFile.h"
#include "core/common/Translate.h"
#include "ui/window/DesktopIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::ui::Autostart);

namespace carrywell::ui {
namespace {

const QString kProgramName = QStringLiteral("carrywell");
const QString kBackground = QStringLiteral("--background");

/// True when `program` is the file PATH finds under its own name.
bool isInPath(const QString& program)
{
    const QString found = QStandardPaths::findExecutable(kProgramName);
    return !found.isEmpty() && QFileInfo(program).fileName() == kProgramName &&
           QFileInfo(found).canonicalFilePath() == QFileInfo(program).canonicalFilePath();
}

/// One Exec argument, quoted when it holds a reserved character.
QString execArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool needsQuotes =
        std::any_of(argument.begin(), argument.end(), [](QChar c) { return reserved.contains(c); });
    QString quoted = argument;
    if (needsQuotes) {
        quoted.clear();
        for (const QChar c : argument) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        quoted = u'"' + quoted + u'"';
    }
    // "%" starts a field code.
    return quoted.replace(u'%', QStringLiteral("%%"));
}

/// A value of type string: backslashes and line breaks escaped.
QString escapedValue(QString value)
{
    return value.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'\n', QStringLiteral("\\n"))
        .replace(u'\t', QStringLiteral("\\t"))
        .replace(u'\r', QStringLiteral("\\r"));
}

QString runningProgram()
{
    return QCoreApplication::applicationFilePath();
}

} // namespace

Autostart::Autostart(QString folder) : m_folder(std::move(folder)) {}

QString Autostart::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart");
}

QString Autostart::filePath() const
{
    return QDir(m_folder).filePath(DesktopIdentity::desktopId() + QStringLiteral(".desktop"));
}

bool Autostart::isEnabled() const
{
    return QFileInfo::exists(filePath());
}

QString Autostart::command(const QString& program)
{
    if (isInPath(program))
        return kProgramName + u' ' + kBackground;
    return execArgument(QFileInfo(program).absoluteFilePath()) + u' ' + kBackground;
}

QString Autostart::entryText(const QString& program)
{
    const QString tryExec =
        isInPath(program) ? kProgramName : QFileInfo(program).absoluteFilePath();
    QString text;
    text += QStringLiteral("[Desktop Entry]\n");
    text += QStringLiteral("Type=Application\n");
    text += QStringLiteral("Name=Carrywell\n");
    text += QStringLiteral("Comment=") +
            escapedValue(tr("Reminders for your check-in and your planned exercises")) + u'\n';
    text += QStringLiteral("Icon=") + DesktopIdentity::desktopId() + u'\n';
    text += QStringLiteral("TryExec=") + escapedValue(tryExec) + u'\n';
    text += QStringLiteral("Exec=") + escapedValue(command(program)) + u'\n';
    text += QStringLiteral("Terminal=false\n");
    text += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return text;
}

core::Result<core::Done> Autostart::enable(const QString& program) const
{
    const QString failed =
        tr("Carrywell could not set itself to start at login: %1 (%2). Reminders still come "
           "while Carrywell is open.");
    if (!QDir().mkpath(m_folder))
        return core::Error{failed.arg(m_folder, tr("the folder could not be made"))};
    return core::AtomicFile::write(
        filePath(), entryText(program.isEmpty() ? runningProgram() : program).toUtf8(), failed);
}

core::Result<core::Done> Autostart::disable() const
{
    QFile file(filePath());
    if (file.exists() && !file.remove()) {
        return core::Error{tr("Carrywell could not stop starting at login: %1 could not be "
                              "removed (%2). Removing that file by hand has the same effect.")
                               .arg(filePath(), file.errorString())};
    }
    return core::Done{};
}

} // namespace carrywell::ui
