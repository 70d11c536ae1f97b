#include "CalcSheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>

using carrywell::core::Error;
using carrywell::core::Result;

namespace carrywell::test {
namespace {

// Calc writes a sheet's unused columns as one cell repeated a thousand times.
constexpr int maxColumns = 64;

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString numberNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0");

// The text of one text:p, with its spaces, tabs and line breaks written out.
QString paragraphText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement() && xml.name() == QLatin1String("p"))
            break;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.namespaceUri() == textNs) {
            if (xml.name() == QLatin1String("s")) {
                const QStringView count = xml.attributes().value(textNs, QStringLiteral("c"));
                text += QString(count.isEmpty() ? 1 : count.toInt(), QLatin1Char(' '));
            } else if (xml.name() == QLatin1String("tab")) {
                text += QLatin1Char('\t');
            } else if (xml.name() == QLatin1String("line-break")) {
                text += QLatin1Char('\n');
            }
        }
    }
    return text;
}

// `columnStyle` is the cell style its column gives cells that name none.
SheetCell readCell(QXmlStreamReader& xml, const QString& columnStyle,
                   const QHash<QString, QString>& cellFormats,
                   const QHash<QString, QString>& formatKinds)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    SheetCell cell;
    cell.valueType = attributes.value(officeNs, QStringLiteral("value-type")).toString();
    for (const char* name : {"value", "date-value", "time-value", "string-value"}) {
        if (attributes.hasAttribute(officeNs, QLatin1String(name)))
            cell.value = attributes.value(officeNs, QLatin1String(name)).toString();
    }
    cell.formula = attributes.value(tableNs, QStringLiteral("formula")).toString();
    QString style = attributes.value(tableNs, QStringLiteral("style-name")).toString();
    if (style.isEmpty())
        style = columnStyle;
    cell.formatKind = formatKinds.value(cellFormats.value(style));
    QStringList paragraphs;
    const QString elementName = xml.name().toString();
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement() && xml.name() == elementName)
            break;
        if (xml.isStartElement() && xml.namespaceUri() == textNs &&
            xml.name() == QLatin1String("p"))
            paragraphs.append(paragraphText(xml));
    }
    cell.text = paragraphs.join(QLatin1Char('\n'));
    return cell;
}

} // namespace

std::optional<QString> CalcSheet::program()
{
    const QString configured = QStringLiteral(CARRYWELL_SOFFICE);
    if (!configured.isEmpty() && !configured.endsWith(QLatin1String("NOTFOUND")) &&
        QFileInfo(configured).isExecutable())
        return configured;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!onPath.isEmpty())
        return onPath;
    return std::nullopt;
}

namespace {

// Runs soffice to convert `csvPath` to `target` (a --convert-to argument) and
// returns the file it wrote, named with `extension`.
Result<QByteArray> convert(const QString& csvPath, const QString& filterOptions,
                           const QString& target, const QString& extension, const QString& workDir,
                           int timeoutSeconds)
{
    const std::optional<QString> soffice = CalcSheet::program();
    if (!soffice)
        return Error{QStringLiteral("soffice is not installed")};
    const QDir dir(workDir);
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString out = dir.filePath(QStringLiteral("out"));
    for (const QString& path : {home, profile, out})
        QDir().mkpath(path);

    QProcess calc;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.remove(QStringLiteral("DISPLAY"));
    calc.setProcessEnvironment(environment);
    calc.setProcessChannelMode(QProcess::MergedChannels);
    calc.start(*soffice,
               {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                QStringLiteral("--nolockcheck"),
                QStringLiteral("-env:UserInstallation=") +
                    QUrl::fromLocalFile(profile).toString(QUrl::FullyEncoded),
                QStringLiteral("--infilter=CSV:") + filterOptions, QStringLiteral("--convert-to"),
                target, QStringLiteral("--outdir"), out, csvPath});
    if (!calc.waitForStarted(30'000))
        return Error{QStringLiteral("soffice did not start: ") + calc.errorString()};
    if (!calc.waitForFinished(timeoutSeconds * 1000)) {
        calc.kill();
        calc.waitForFinished(5'000);
        return Error{QStringLiteral("soffice did not finish within %1 s").arg(timeoutSeconds)};
    }
    const QString output = QString::fromLocal8Bit(calc.readAll());
    if (calc.exitStatus() != QProcess::NormalExit || calc.exitCode() != 0)
        return Error{QStringLiteral("soffice failed: ") + output};
    QFile file(
        QDir(out).filePath(QFileInfo(csvPath).completeBaseName() + QLatin1Char('.') + extension));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("soffice wrote no %1: %2").arg(file.fileName(), output)};
    return file.readAll();
}

} // namespace

Result<SheetRows> CalcSheet::open(const QString& csvPath, const QString& filterOptions,
                                  const QString& workDir, int timeoutSeconds)
{
    const Result<QByteArray> fods = convert(csvPath, filterOptions, QStringLiteral("fods"),
                                            QStringLiteral("fods"), workDir, timeoutSeconds);
    if (!fods)
        return Error{fods.error()};
    return readFods(fods.value());
}

Result<QByteArray> CalcSheet::savedAgain(const QString& csvPath, const QString& filterOptions,
                                         const QString& workDir, int timeoutSeconds)
{
    // Calc's own CSV export: comma, double quote, UTF-8. The copy goes to
    // out/, so it never overwrites the file it read.
    return convert(csvPath, filterOptions,
                   QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"),
                   QStringLiteral("csv"), workDir, timeoutSeconds);
}

Result<SheetRows> CalcSheet::readFods(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    QHash<QString, QString> cellFormats; // cell style → its number format
    QHash<QString, QString> formatKinds; // number format → date-style, time-style, …
    QStringList columnStyles;            // each column's default cell style
    SheetRows rows;
    bool inTable = false;
    bool tableDone = false;
    while (!xml.atEnd() && !tableDone) {
        xml.readNext();
        if (xml.isEndElement() && xml.namespaceUri() == tableNs &&
            xml.name() == QLatin1String("table")) {
            tableDone = true;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.namespaceUri() == numberNs && xml.name().endsWith(QLatin1String("-style"))) {
            formatKinds.insert(attributes.value(styleNs, QStringLiteral("name")).toString(),
                               xml.name().toString());
        } else if (xml.namespaceUri() == styleNs && xml.name() == QLatin1String("style")) {
            cellFormats.insert(
                attributes.value(styleNs, QStringLiteral("name")).toString(),
                attributes.value(styleNs, QStringLiteral("data-style-name")).toString());
        } else if (xml.namespaceUri() == tableNs && xml.name() == QLatin1String("table")) {
            inTable = true;
        } else if (inTable && xml.namespaceUri() == tableNs &&
                   xml.name() == QLatin1String("table-column")) {
            const int repeated = std::max(
                1, attributes.value(tableNs, QStringLiteral("number-columns-repeated")).toInt());
            const QString style =
                attributes.value(tableNs, QStringLiteral("default-cell-style-name")).toString();
            for (int i = 0; i < repeated && columnStyles.size() < maxColumns; ++i)
                columnStyles.append(style);
        } else if (inTable && xml.namespaceUri() == tableNs &&
                   xml.name() == QLatin1String("table-row")) {
            rows.append(QList<SheetCell>());
        } else if (inTable && xml.namespaceUri() == tableNs && !rows.isEmpty() &&
                   (xml.name() == QLatin1String("table-cell") ||
                    xml.name() == QLatin1String("covered-table-cell"))) {
            const int repeated = std::max(
                1, attributes.value(tableNs, QStringLiteral("number-columns-repeated")).toInt());
            const SheetCell cell =
                readCell(xml, columnStyles.value(rows.last().size()), cellFormats, formatKinds);
            for (int i = 0; i < repeated && rows.last().size() < maxColumns; ++i)
                rows.last().append(cell);
        }
    }
    if (xml.hasError())
        return Error{QStringLiteral("the FODS file is not valid XML: ") + xml.errorString()};
    // Calc ends the sheet with empty rows.
    while (!rows.isEmpty() && std::all_of(rows.last().cbegin(), rows.last().cend(),
                                          [](const SheetCell& c) { return c.valueType.isEmpty(); }))
        rows.removeLast();
    return rows;
}

} // namespace carrywell::test
