#include "PlanPrintSupport.h"

#include "TestPaths.h"
#include "core/content/ContentLoader.h"
#include "core/plan/PlanGenerator.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace carrywell::test {
namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(process.exitCode(), 0)
        << program.toStdString() << ": " << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

core::WeeklyPlan generate(const core::PlanRequest& request)
{
    const core::Result<core::WeeklyPlan> plan =
        core::PlanGenerator(shippedLibrary()).generate(request);
    EXPECT_TRUE(plan.ok()) << plan.error().toStdString();
    return plan.ok() ? plan.value() : core::WeeklyPlan{};
}

} // namespace

const core::ContentLibrary& shippedLibrary()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report.library;
}

core::WeeklyPlan busyPlan()
{
    core::PlanRequest request;
    request.profile.birthType = core::BirthType::Vaginal;
    request.profile.equipment = core::allValues<core::Equipment>();
    request.profile.symptomIds = {QStringLiteral("low-back-pain"),
                                  QStringLiteral("mid-upper-back-pain"),
                                  QStringLiteral("neck-pain"), QStringLiteral("hip-pain")};
    request.weeksSinceBirth = 16;
    request.minutesPerDay = 30;
    request.weekStart = QDate(2026, 1, 5);
    request.seed = 11;
    return generate(request);
}

core::WeeklyPlan shortPlan()
{
    core::PlanRequest request;
    request.profile.birthType = core::BirthType::Caesarean;
    request.profile.symptomIds = {QStringLiteral("low-back-pain")};
    request.weeksSinceBirth = 3;
    request.minutesPerDay = 5;
    request.freeDays = {true, false, true, false, true, false, false};
    request.weekStart = QDate(2026, 1, 5);
    request.seed = 5;
    return generate(request);
}

PdfFacts readPdf(const QString& path)
{
    PdfFacts facts;
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    facts.pages = pages.hasMatch() ? pages.captured(1).toInt() : 0;
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    if (size.hasMatch())
        facts.pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());

    // After two header lines, one line per font; "emb" is the fourth column
    // from the right (emb sub uni object ID).
    QStringList fonts =
        run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : fonts.mid(2)) {
        facts.fonts << line;
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 6 || columns.at(columns.size() - 5) != QLatin1String("yes"))
            facts.unembedded << line;
    }
    facts.text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});

    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), path, prefix});
    for (const QString& name :
         QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name))
        facts.renders << QImage(dir.filePath(name));
    return facts;
}

double inkedShare(const QImage& page)
{
    if (page.isNull())
        return 0;
    qint64 inked = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (page.pixelColor(x, y).lightness() < 235)
                ++inked;
        }
    }
    return double(inked) / double(qint64(page.width()) * page.height());
}

QString squeezed(const QString& text)
{
    QString letters;
    // NFKC undoes the ligatures the PDF's text may hold ("ﬂ" in "floor").
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber())
            letters += c.toLower();
    }
    return letters;
}

QJsonObject readIcs(const QString& path)
{
    // The Debian package installs for Debian's own interpreter, whatever else is on PATH.
    const QString output =
        run(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(CARRYWELL_TEST_DATA_DIR "/calendar/read_ics.py"), path});
    return QJsonDocument::fromJson(output.toUtf8()).object();
}

} // namespace carrywell::test
