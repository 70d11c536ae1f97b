// The weekly plan as an .ics file: checked line by line against RFC 5545,
// then read back by python3-icalendar the way a calendar app would read it.
#include "core/plan/PlanCalendar.h"

#include "PlanTestSupport.h"
#include "TestPaths.h"
#include "core/plan/PlanGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

const QDateTime kStamp(QDate(2026, 1, 4), QTime(18, 30), Qt::UTC);

/// Ten minutes on Monday, Wednesday and Friday for a stiff mid back.
WeeklyPlan threeDayPlan()
{
    PlanRequest r = request(BirthType::Vaginal, 10, {Equipment::Mat, Equipment::Band},
                            {QStringLiteral("mid-upper-back-pain")}, 10, 3);
    r.freeDays = {true, false, true, false, true, false, false};
    const Result<WeeklyPlan> plan = PlanGenerator(shippedLibrary()).generate(r);
    EXPECT_TRUE(plan.ok()) << qPrintable(plan.error());
    return plan.value();
}

/// The content lines with folding undone (RFC 5545 3.1), as text.
QStringList unfolded(const QByteArray& ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    EXPECT_EQ(lines.takeLast(), QString()) << "the file ends with CRLF";
    return lines;
}

QStringList withPrefix(const QStringList& lines, const QString& prefix)
{
    QStringList found;
    for (const QString& line : lines) {
        if (line.startsWith(prefix))
            found << line.mid(prefix.size());
    }
    return found;
}

} // namespace

TEST(PlanCalendar, EscapesTheCharactersIcalendarReserves)
{
    EXPECT_EQ(PlanCalendar::escapeText(QStringLiteral("Hold, breathe; relax")),
              QStringLiteral("Hold\\, breathe\\; relax"));
    EXPECT_EQ(PlanCalendar::escapeText(QStringLiteral("a\\b")), QStringLiteral("a\\\\b"));
    EXPECT_EQ(PlanCalendar::escapeText(QStringLiteral("one\ntwo\r\nthree\rfour")),
              QStringLiteral("one\\ntwo\\nthree\\nfour"));
    // A backslash is escaped once, before the characters it then escapes.
    EXPECT_EQ(PlanCalendar::escapeText(QStringLiteral("\\,")), QStringLiteral("\\\\\\,"));
    EXPECT_EQ(PlanCalendar::escapeText(QStringLiteral("5 s out: 5 s back")),
              QStringLiteral("5 s out: 5 s back"))
        << "colons need no escape in TEXT";
}

TEST(PlanCalendar, ShortLinesAreNotFolded)
{
    EXPECT_EQ(PlanCalendar::foldLine(QStringLiteral("VERSION:2.0")), QByteArray("VERSION:2.0\r\n"));
    const QString exactly75(75, QLatin1Char('x'));
    EXPECT_EQ(PlanCalendar::foldLine(exactly75), exactly75.toLatin1() + "\r\n");
}

TEST(PlanCalendar, FoldsAt75OctetsWithoutSplittingACharacter)
{
    // Two-, three- and four-octet characters, shifted one octet at a time so
    // that each kind straddles the 75-octet boundary at some point.
    for (const QString& wide : {QStringLiteral("é"), QStringLiteral("—"), QStringLiteral("🤸")}) {
        for (int shift = 0; shift < 4; ++shift) {
            QString line = QStringLiteral("DESCRIPTION:") + QString(shift, QLatin1Char('a'));
            for (int i = 0; i < 60; ++i)
                line += wide + QStringLiteral("b");
            const QByteArray folded = PlanCalendar::foldLine(line);
            ASSERT_TRUE(folded.endsWith("\r\n"));
            const QList<QByteArray> physical = folded.chopped(2).split('\n');
            ASSERT_GT(physical.size(), 2);
            for (qsizetype i = 0; i < physical.size(); ++i) {
                QByteArray piece = physical[i];
                if (i + 1 < physical.size()) {
                    ASSERT_TRUE(piece.endsWith('\r'));
                    piece.chop(1);
                }
                EXPECT_LE(piece.size(), PlanCalendar::kMaxLineOctets);
                if (i > 0) {
                    ASSERT_TRUE(piece.startsWith(' ')) << "continuation lines start with a space";
                    piece.remove(0, 1);
                }
                // Each physical line is whole UTF-8 on its own.
                const QString text = QString::fromUtf8(piece);
                EXPECT_FALSE(text.contains(QChar::ReplacementCharacter))
                    << "split inside a character, shift " << shift;
                EXPECT_EQ(text.toUtf8(), piece);
            }
            EXPECT_EQ(unfolded(folded), QStringList{line});
        }
    }
}

TEST(PlanCalendar, HasOneEventPerTrainingDayAtTheSessionTime)
{
    const WeeklyPlan plan = threeDayPlan();
    const QByteArray ics = PlanCalendar::toIcs(plan, shippedLibrary(), QTime(7, 45), kStamp);

    // Every line ends in CRLF and none is longer than 75 octets.
    EXPECT_FALSE(QByteArray(ics).replace("\r\n", "").contains('\n'));
    EXPECT_FALSE(QByteArray(ics).replace("\r\n", "").contains('\r'));
    for (const QByteArray& line : ics.split('\n'))
        EXPECT_LE(line.size() - (line.endsWith('\r') ? 1 : 0), PlanCalendar::kMaxLineOctets)
            << line.constData();

    const QStringList lines = unfolded(ics);
    EXPECT_EQ(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
    EXPECT_EQ(lines.last(), QStringLiteral("END:VCALENDAR"));
    for (const char* property :
         {"VERSION:2.0", "PRODID:-//Carrywell//Weekly plan//EN", "CALSCALE:GREGORIAN"}) {
        EXPECT_TRUE(lines.contains(QString::fromLatin1(property))) << property;
    }
    EXPECT_EQ(lines.count(QStringLiteral("BEGIN:VEVENT")), 3);
    EXPECT_EQ(lines.count(QStringLiteral("END:VEVENT")), 3);
    EXPECT_EQ(withPrefix(lines, QStringLiteral("DTSTART:")),
              (QStringList{QStringLiteral("20260105T074500"), QStringLiteral("20260107T074500"),
                           QStringLiteral("20260109T074500")}));
    EXPECT_EQ(withPrefix(lines, QStringLiteral("DTSTAMP:")),
              QStringList(3, QStringLiteral("20260104T183000Z")));

    // Each event lasts the day's routine.
    const QStringList ends = withPrefix(lines, QStringLiteral("DTEND:"));
    ASSERT_EQ(ends.size(), 3);
    int event = 0;
    for (const PlanDay& day : plan.days) {
        if (day.rest)
            continue;
        // To the nearest minute, as the printed plan says it, and never more than she chose.
        const int minutes = std::min(std::max(1, (day.estimatedSeconds() + 30) / 60),
                                     plan.minutesPerDay > 0 ? plan.minutesPerDay : 1000);
        EXPECT_EQ(ends[event++], QDateTime(day.date, QTime(7, 45))
                                     .addSecs(minutes * 60)
                                     .toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
    }

    // The description names every exercise with its dose, escaped.
    const QStringList descriptions = withPrefix(lines, QStringLiteral("DESCRIPTION:"));
    ASSERT_EQ(descriptions.size(), 3);
    const PlannedExercise& band = plan.days[0].exercises[2];
    const QString bandName = shippedLibrary().exercise(band.exerciseId)->name;
    EXPECT_TRUE(descriptions[0].contains(
        PlanCalendar::escapeText(bandName + QStringLiteral(": ") + band.dosage.describe())))
        << qPrintable(descriptions[0]);
    EXPECT_TRUE(descriptions[0].contains(QStringLiteral("\\n2. "))) << "one exercise a line";
    EXPECT_TRUE(descriptions[0].contains(QStringLiteral("minutes\\, 4 exercises:")));
    EXPECT_TRUE(descriptions[0].contains(QStringLiteral("not medical advice")));
}

TEST(PlanCalendar, UidsAreStablePerWeekDayAndDifferBetweenDays)
{
    const WeeklyPlan plan = threeDayPlan();
    const QStringList first =
        withPrefix(unfolded(PlanCalendar::toIcs(plan, shippedLibrary(), QTime(10, 0), kStamp)),
                   QStringLiteral("UID:"));
    const QStringList again = withPrefix(
        unfolded(PlanCalendar::toIcs(plan, shippedLibrary(), QTime(18, 0), kStamp.addDays(2))),
        QStringLiteral("UID:"));
    EXPECT_EQ(first, again) << "exporting again updates the same events";
    EXPECT_EQ(QSet<QString>(first.begin(), first.end()).size(), 3);
    EXPECT_EQ(first.first(), PlanCalendar::uid(QDate(2026, 1, 5)));
    EXPECT_NE(PlanCalendar::uid(QDate(2026, 1, 5)), PlanCalendar::uid(QDate(2026, 1, 12)));
}

TEST(PlanCalendar, AWeekOfRestHasNoEvents)
{
    WeeklyPlan plan;
    plan.weekStart = QDate(2026, 1, 5);
    for (int i = 0; i < 7; ++i)
        plan.days.append(PlanDay{plan.weekStart.addDays(i), true, {}});
    const QStringList lines =
        unfolded(PlanCalendar::toIcs(plan, shippedLibrary(), QTime(10, 0), kStamp));
    EXPECT_EQ(lines.count(QStringLiteral("BEGIN:VEVENT")), 0);
    EXPECT_EQ(lines.last(), QStringLiteral("END:VCALENDAR"));
}

TEST(PlanCalendar, NamesWithReservedCharactersAreEscapedInTheDescription)
{
    ContentLibrary library;
    Exercise exercise;
    exercise.id = QStringLiteral("physio-special");
    exercise.name = QStringLiteral("Lift, hold; lower \\ repeat");
    library.put(exercise);
    WeeklyPlan plan;
    plan.weekStart = QDate(2026, 1, 5);
    for (int i = 0; i < 7; ++i)
        plan.days.append(PlanDay{plan.weekStart.addDays(i), true, {}});
    PlannedExercise item;
    item.exerciseId = exercise.id;
    item.dosage.reps = 8;
    plan.days[3].rest = false;
    plan.days[3].exercises = {item};

    const QStringList lines = unfolded(PlanCalendar::toIcs(plan, library, QTime(9, 0), kStamp));
    EXPECT_EQ(lines.count(QStringLiteral("BEGIN:VEVENT")), 1);
    EXPECT_EQ(withPrefix(lines, QStringLiteral("DTSTART:")),
              QStringList{QStringLiteral("20260108T090000")});
    const QStringList descriptions = withPrefix(lines, QStringLiteral("DESCRIPTION:"));
    ASSERT_EQ(descriptions.size(), 1);
    EXPECT_TRUE(descriptions[0].startsWith(QStringLiteral(
        "1 minute\\, 1 exercise:\\n1. Lift\\, hold\\; lower \\\\ repeat: 8 reps\\n")))
        << qPrintable(descriptions[0]);
}

TEST(PlanCalendar, SavesAtomicallyAndSaysWhyWhenItCannot)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week.ics"));
    const QByteArray ics =
        PlanCalendar::toIcs(threeDayPlan(), shippedLibrary(), QTime(10, 0), kStamp);
    ASSERT_TRUE(PlanCalendar::save(path, ics).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), ics);

    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/week.ics"));
    const Result<Done> failed = PlanCalendar::save(nowhere, ics);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("week.ics"))) << qPrintable(failed.error());
    EXPECT_FALSE(QFile::exists(nowhere));
}

// Debian's python3-icalendar (dev.sh installs it) reads the file as a
// calendar app would: the events, their floating times and their text.
TEST(PlanCalendar, Python3IcalendarReadsTheEvents)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week.ics"));
    const WeeklyPlan plan = threeDayPlan();
    ASSERT_TRUE(
        PlanCalendar::save(path, PlanCalendar::toIcs(plan, shippedLibrary(), QTime(20, 15), kStamp))
            .ok());

    QProcess python;
    // The Debian package installs for Debian's own interpreter, whatever else is on PATH.
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(CARRYWELL_TEST_DATA_DIR "/calendar/read_ics.py"), path});
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0) << "is python3-icalendar installed? (./dev.sh installs it)\n"
                                    << python.readAllStandardError().toStdString();
    const QJsonObject calendar = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    EXPECT_EQ(calendar[QStringLiteral("version")].toString(), QStringLiteral("2.0"));
    EXPECT_EQ(calendar[QStringLiteral("calscale")].toString(), QStringLiteral("GREGORIAN"));
    EXPECT_TRUE(
        calendar[QStringLiteral("prodid")].toString().contains(QStringLiteral("Carrywell")));

    const QJsonArray events = calendar[QStringLiteral("events")].toArray();
    ASSERT_EQ(events.size(), 3);
    int index = 0;
    for (const PlanDay& day : plan.days) {
        if (day.rest)
            continue;
        const QJsonObject event = events[index++].toObject();
        // To the nearest minute, as the printed plan says it, and never more than she chose.
        const int minutes = std::min(std::max(1, (day.estimatedSeconds() + 30) / 60),
                                     plan.minutesPerDay > 0 ? plan.minutesPerDay : 1000);
        const QDateTime start(day.date, QTime(20, 15));
        EXPECT_EQ(event[QStringLiteral("start")].toString(), start.toString(Qt::ISODate));
        EXPECT_EQ(event[QStringLiteral("end")].toString(),
                  start.addSecs(minutes * 60).toString(Qt::ISODate));
        EXPECT_TRUE(event[QStringLiteral("floating")].toBool());
        EXPECT_EQ(event[QStringLiteral("stamp")].toString(),
                  QStringLiteral("2026-01-04T18:30:00+00:00"));
        EXPECT_EQ(event[QStringLiteral("summary")].toString(),
                  QStringLiteral("Carrywell: %1-minute back care routine").arg(minutes));
        EXPECT_EQ(event[QStringLiteral("uid")].toString(), PlanCalendar::uid(day.date));
        // Unescaped again: commas, line breaks and every exercise with its dose.
        const QString description = event[QStringLiteral("description")].toString();
        EXPECT_TRUE(description.startsWith(
            QStringLiteral("%1 minutes, %2 exercises:\n").arg(minutes).arg(day.exercises.size())))
            << qPrintable(description);
        for (const PlannedExercise& item : day.exercises) {
            EXPECT_TRUE(description.contains(shippedLibrary().exercise(item.exerciseId)->name +
                                             QStringLiteral(": ") + item.dosage.describe()))
                << qPrintable(description);
        }
    }
}
