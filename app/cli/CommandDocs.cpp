#include "cli/CommandDocs.h"

#include "cli/CommandTable.h"
#include "cli/OptionTable.h"

#include <QStringList>
#include <optional>

namespace carrywell::ui {
namespace {

/// How a synopsis is spelled: plain text for the README, roff for the manual.
enum class Markup
{
    Plain,
    Roff,
};

QString roffEscaped(const QString& text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

QString optionName(const char* name, Markup markup)
{
    const QString spelled = QStringLiteral("--") + QLatin1String(name);
    return markup == Markup::Plain ? spelled
                                   : QStringLiteral("\\fB%1\\fR").arg(roffEscaped(spelled));
}

/// A value's syntax: <name> is what the user fills in (FILE in the README,
/// italics in the manual); other words are typed as they are (bold in the
/// manual, except a file name's extension).
QString valueSyntax(const QString& syntax, Markup markup)
{
    QString result;
    for (qsizetype i = 0; i < syntax.size();) {
        if (syntax.at(i) == QLatin1Char('<')) {
            const qsizetype end = syntax.indexOf(QLatin1Char('>'), i);
            const QString name = syntax.mid(i + 1, end - i - 1);
            if (markup == Markup::Plain)
                result += name == name.toLower() ? name.toUpper() : name;
            else
                result += QStringLiteral("\\fI%1\\fR").arg(roffEscaped(name));
            i = end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < syntax.size() && syntax.at(end).isLetter())
            ++end;
        if (end == i) {
            result += markup == Markup::Roff ? roffEscaped(syntax.at(i)) : QString(syntax.at(i));
            ++i;
            continue;
        }
        const QString word = syntax.mid(i, end - i);
        const bool extension = i > 0 && syntax.at(i - 1) == QLatin1Char('.');
        result +=
            markup == Markup::Plain || extension ? word : QStringLiteral("\\fB%1\\fR").arg(word);
        i = end;
    }
    return result;
}

QString optionUsage(const char* name, const char* syntax, Markup markup)
{
    const QString option = optionName(name, markup);
    // In the manual an option never breaks from its value.
    const QString space = markup == Markup::Plain ? QStringLiteral(" ") : QStringLiteral("\\~");
    return syntax ? option + space + valueSyntax(QLatin1String(syntax), markup) : option;
}

/// The parts of a command's synopsis after "carrywell".
QStringList usage(const CommandSpec& command, Markup markup)
{
    QStringList parts;
    if (command.option)
        parts.append(optionUsage(command.option, command.syntax, markup));
    const QString more =
        markup == Markup::Plain ? QStringLiteral("…") : QStringLiteral("\\|.\\|.\\|.");
    for (const CommandOption& option : command.options) {
        parts.append(QLatin1Char('[') + optionUsage(option.name, option.syntax, markup) +
                     QLatin1Char(']') + (option.repeats ? more : QString()));
    }
    return parts;
}

bool documented(const CommandSpec& command)
{
    const OptionSpec* option = command.option ? findOption(QLatin1String(command.option)) : nullptr;
    return !option || (!option->builtIn && !option->hidden);
}

/// --help, --help-all and --version, which Qt's parser answers.
QStringList builtInOptions(Markup markup)
{
    QStringList names;
    for (const OptionSpec& option : optionTable()) {
        if (option.builtIn)
            names.append(optionName(option.name, markup));
    }
    return names;
}

QString manHeading(ManSection section)
{
    switch (section) {
    case ManSection::General:
        return QStringLiteral("General");
    case ManSection::Library:
        return QStringLiteral("The exercise library");
    case ManSection::Journal:
        return QStringLiteral("The journal");
    case ManSection::Plan:
        return QStringLiteral("The weekly plan");
    case ManSection::Checking:
        return QStringLiteral("Checking an installation");
    }
    return {};
}

/// The line a manual entry starts with: .BI \-\-data\-dir " folder".
QString manTag(const OptionSpec& option)
{
    const QString name = roffEscaped(QStringLiteral("--") + QLatin1String(option.name));
    if (option.shortName) {
        return QStringLiteral(".BR \\-") + QLatin1Char(option.shortName) +
               QStringLiteral(" \", \" ") + name;
    }
    if (option.valueName)
        return QStringLiteral(".BI %1 \" %2\"").arg(name, QLatin1String(option.valueName));
    return QStringLiteral(".B %1").arg(name);
}

} // namespace

QString CommandDocs::readmeSynopsis()
{
    QString text;
    for (const CommandSpec& command : commandTable()) {
        if (documented(command))
            text += (QStringList{QStringLiteral("carrywell")} + usage(command, Markup::Plain))
                        .join(QLatin1Char(' ')) +
                    QLatin1Char('\n');
    }
    return text + QStringLiteral("carrywell ") +
           builtInOptions(Markup::Plain).join(QStringLiteral(" | ")) + QLatin1Char('\n');
}

QString CommandDocs::manSynopsis()
{
    QStringList commands;
    for (const CommandSpec& command : commandTable()) {
        if (documented(command))
            commands.append((QStringList{QStringLiteral(".SY carrywell")} +
                             usage(command, Markup::Roff) + QStringList{QStringLiteral(".YS\n")})
                                .join(QLatin1Char('\n')));
    }
    commands.append(QStringLiteral(".SY carrywell\n%1\n.YS\n")
                        .arg(builtInOptions(Markup::Roff).join(QStringLiteral(" | "))));
    return QStringLiteral(".SH SYNOPSIS\n") + commands.join(QStringLiteral(".\n"));
}

QString CommandDocs::manOptions()
{
    QString text = QStringLiteral(".SH OPTIONS\n");
    std::optional<ManSection> section;
    for (const OptionSpec& option : optionTable()) {
        if (option.hidden)
            continue;
        if (option.section != section) {
            section = option.section;
            text += QStringLiteral(".SS %1\n").arg(manHeading(option.section));
        }
        text += QStringLiteral(".TP\n%1\n%2\n").arg(manTag(option), QLatin1String(option.man));
    }
    return text;
}

} // namespace carrywell::ui
