#include "core/journal/JournalCsv.h"

#include "core/common/Translate.h"
#include "core/journal/Csv.h"
#include "core/journal/CsvMoment.h"
#include "core/journal/ImportFields.h"
#include "core/journal/LegacySignsLine.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

CARRYWELL_TR_CONTEXT(carrywell::core::JournalCsv);

namespace carrywell::core {
namespace {

const QChar listSeparator = QLatin1Char(';');

QString lineLocation(int line)
{
    return tr("line %1").arg(line);
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(listSeparator, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

// Scores and most counts are small: their digits are appended without making
// a string of each.
void appendNumber(QString& text, int value)
{
    if (value >= 0 && value < 100) {
        if (value >= 10)
            text += QLatin1Char(static_cast<char>('0' + value / 10));
        text += QLatin1Char(static_cast<char>('0' + value % 10));
        return;
    }
    text += QString::number(value);
}

void appendOptionalScore(QString& text, const std::optional<int>& score)
{
    if (score)
        appendNumber(text, *score);
}

// The columns of one file, by name.
class Columns
{
public:
    Columns(QHash<QString, qsizetype> index, qsizetype count)
        : m_index(std::move(index)), m_count(count)
    {
    }

    qsizetype count() const { return m_count; }
    bool has(const QString& name) const { return m_index.contains(name); }
    QString value(const CsvRecord& record, const QString& name) const
    {
        const qsizetype at = m_index.value(name, -1);
        return at >= 0 ? record.fields[at] : QString();
    }

private:
    QHash<QString, qsizetype> m_index;
    qsizetype m_count;
};

// A column's name as this version reads it. For half an hour on 7 December
// 2026 the warning signs column was written as warning_signs.
QString columnName(const QString& field)
{
    const QString name = field.trimmed().toLower();
    return name == QLatin1String("warning_signs") ? QStringLiteral("warning-signs") : name;
}

// Files written since 8 December 2026 give a moment as date, time and UTC
// offset (CsvMoment); earlier ones as one ISO 8601 text in `momentColumn`.
std::optional<QDateTime> readMoment(const CsvRecord& record, const Columns& columns,
                                    const QString& momentColumn, const QString& offsetColumn,
                                    QString* problem)
{
    if (!columns.has(QStringLiteral("date"))) {
        const QString text = columns.value(record, momentColumn);
        const std::optional<QDateTime> at = ImportFields::parseMoment(text);
        if (!at)
            *problem = ImportFields::badMoment(text);
        return at;
    }
    return CsvMoment::parse(columns.value(record, QStringLiteral("date")),
                            columns.value(record, QStringLiteral("time")),
                            columns.value(record, offsetColumn), problem);
}

Result<Columns> readHeader(const CsvRecord& header, const QStringList& known,
                           const QStringList& required)
{
    if (!header.problem.isEmpty())
        return Error{tr("The first line of the file, which names the columns, is not valid CSV: "
                        "%1. Nothing was imported.")
                         .arg(header.problem)};
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = columnName(header.fields[i]);
        if (!known.contains(name)) {
            return Error{tr("Line 1 names a column “%1” that Carrywell does not know. The "
                            "columns are: %2. Nothing was imported.")
                             .arg(header.fields[i], known.join(QStringLiteral(", ")))};
        }
        if (index.contains(name)) {
            return Error{tr("Line 1 names the column “%1” twice. Nothing was imported.").arg(name)};
        }
        index.insert(name, i);
    }
    for (const QString& name : required) {
        if (!index.contains(name)) {
            return Error{tr("Line 1 has no “%1” column, which every row needs. Nothing was "
                            "imported.")
                             .arg(name)};
        }
    }
    return Columns(index, header.fields.size());
}

bool isBlank(const CsvRecord& record)
{
    for (const QString& field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Reasons common to every row: broken CSV, wrong number of fields.
QString recordProblem(const CsvRecord& record, const Columns& columns)
{
    if (!record.problem.isEmpty())
        return record.problem;
    if (record.fields.size() != columns.count()) {
        return tr("it has %1 fields, but line 1 names %2 columns (a comma or line break inside "
                  "a field needs the field in double quotes)")
            .arg(record.fields.size())
            .arg(columns.count());
    }
    return {};
}

QStringList checkInProblems(const CsvRecord& record, const Columns& columns, CheckIn* out)
{
    QStringList problems;
    CheckIn checkIn;
    QString problem;
    if (const std::optional<QDateTime> at = readMoment(record, columns, QStringLiteral("time"),
                                                       QStringLiteral("utc-offset"), &problem))
        checkIn.at = *at;
    else
        problems.append(problem);

    if (const std::optional<int> overall = ImportFields::parseScore(
            columns.value(record, QStringLiteral("overall")), tr("the overall score"), &problem))
        checkIn.overall = *overall;
    else
        problems.append(problem);

    for (Region region : allValues<Region>()) {
        const QString text = columns.value(record, toId(region));
        if (text.trimmed().isEmpty())
            continue;
        if (const std::optional<int> score = ImportFields::parseScore(
                text, tr("the score for “%1”").arg(toId(region)), &problem))
            checkIn.regions.append({region, *score});
        else
            problems.append(problem);
    }
    for (const QString& id : splitList(columns.value(record, QStringLiteral("triggers")))) {
        if (const std::optional<Trigger> trigger = fromId<Trigger>(id)) {
            checkIn.triggers.append(*trigger);
        } else {
            problems.append(
                tr("“%1” is not a trigger Carrywell knows (%2)").arg(id, idList<Trigger>()));
        }
    }
    for (const QString& id : splitList(columns.value(record, QStringLiteral("warning-signs")))) {
        if (const std::optional<WarningSign> sign = fromId<WarningSign>(id)) {
            checkIn.warningSigns.append(*sign);
        } else {
            problems.append(tr("“%1” is not a warning sign Carrywell knows (%2)")
                                .arg(id, idList<WarningSign>()));
        }
    }
    checkIn.note = columns.value(record, QStringLiteral("note"));
    if (!columns.has(QStringLiteral("warning-signs")))
        checkIn = LegacySignsLine::recovered(std::move(checkIn));
    if (problems.isEmpty())
        problems = problemsWith(normalized(checkIn));
    *out = normalized(std::move(checkIn));
    return problems;
}

QStringList sessionProblems(const CsvRecord& record, const Columns& columns, SessionRecord* out)
{
    QStringList problems;
    SessionRecord session;
    QString problem;
    if (const std::optional<QDateTime> at = readMoment(record, columns, QStringLiteral("started"),
                                                       QStringLiteral("utc_offset"), &problem))
        session.startedAt = *at;
    else
        problems.append(problem);

    const QString duration = columns.value(record, QStringLiteral("duration_seconds")).trimmed();
    bool ok = false;
    session.durationSeconds = duration.toInt(&ok);
    if (!ok) {
        problems.append(tr("the duration “%1” is not a whole number of seconds").arg(duration));
    }
    session.routineId = columns.value(record, QStringLiteral("routine_id")).trimmed();
    session.routineName = columns.value(record, QStringLiteral("routine_name"));
    for (const QString& id : splitList(columns.value(record, QStringLiteral("exercises_done"))))
        session.exercises.append({id, ExerciseOutcome::Done});
    for (const QString& id : splitList(columns.value(record, QStringLiteral("exercises_skipped"))))
        session.exercises.append({id, ExerciseOutcome::Skipped});

    const QList<std::pair<QString, std::optional<int>*>> scores{
        {QStringLiteral("pain_before"), &session.painBefore},
        {QStringLiteral("pain_after"), &session.painAfter}};
    for (const auto& [column, target] : scores) {
        const QString text = columns.value(record, column);
        if (text.trimmed().isEmpty())
            continue;
        if (const std::optional<int> score = ImportFields::parseScore(
                text,
                column == QLatin1String("pain_before") ? tr("the pain before")
                                                       : tr("the pain after"),
                &problem))
            *target = *score;
        else
            problems.append(problem);
    }
    if (problems.isEmpty())
        problems = problemsWith(session);
    *out = std::move(session);
    return problems;
}

} // namespace

QStringList JournalCsv::checkInColumns()
{
    QStringList columns{QStringLiteral("date"), QStringLiteral("time"),
                        QStringLiteral("utc-offset"), QStringLiteral("overall")};
    for (Region region : allValues<Region>())
        columns.append(toId(region));
    columns.append(QStringLiteral("triggers"));
    columns.append(QStringLiteral("warning-signs"));
    columns.append(QStringLiteral("note"));
    return columns;
}

QStringList JournalCsv::sessionColumns()
{
    return {QStringLiteral("date"),           QStringLiteral("time"),
            QStringLiteral("utc_offset"),     QStringLiteral("duration_seconds"),
            QStringLiteral("routine_id"),     QStringLiteral("routine_name"),
            QStringLiteral("exercises_done"), QStringLiteral("exercises_skipped"),
            QStringLiteral("pain_before"),    QStringLiteral("pain_after")};
}

// Ten years of entries are tens of thousands of rows: each row is appended
// field by field to one text, with no lists made on the way.
QByteArray JournalCsv::writeCheckIns(const QList<CheckIn>& checkIns)
{
    const QList<Region> regions = allValues<Region>();
    QString text = Csv::formatRecord(checkInColumns());
    text.reserve(text.size() + checkIns.size() * 64);
    for (const CheckIn& checkIn : checkIns) {
        CsvMoment::append(text, checkIn.at);
        text += QLatin1Char(',');
        appendNumber(text, checkIn.overall);
        for (Region region : regions) {
            text += QLatin1Char(',');
            if (const std::optional<int> score = checkIn.scoreFor(region))
                appendNumber(text, *score);
        }
        text += QLatin1Char(',');
        // Trigger ids are plain words: the list never needs quotes.
        for (qsizetype i = 0; i < checkIn.triggers.size(); ++i) {
            if (i > 0)
                text += listSeparator;
            text += toId(checkIn.triggers[i]);
        }
        text += QLatin1Char(',');
        for (qsizetype i = 0; i < checkIn.warningSigns.size(); ++i) {
            if (i > 0)
                text += listSeparator;
            text += toId(checkIn.warningSigns[i]);
        }
        text += QLatin1Char(',');
        Csv::appendField(text, checkIn.note);
        Csv::endRecord(text);
    }
    return Csv::byteOrderMark() + text.toUtf8();
}

QByteArray JournalCsv::writeSessions(const QList<SessionRecord>& sessions)
{
    QString text = Csv::formatRecord(sessionColumns());
    text.reserve(text.size() + sessions.size() * 160);
    for (const SessionRecord& session : sessions) {
        CsvMoment::append(text, session.startedAt);
        text += QLatin1Char(',');
        appendNumber(text, session.durationSeconds);
        text += QLatin1Char(',');
        Csv::appendField(text, session.routineId);
        text += QLatin1Char(',');
        Csv::appendField(text, session.routineName);
        text += QLatin1Char(',');
        Csv::appendField(text, session.exercisesDone().join(listSeparator));
        text += QLatin1Char(',');
        Csv::appendField(text, session.exercisesSkipped().join(listSeparator));
        text += QLatin1Char(',');
        appendOptionalScore(text, session.painBefore);
        text += QLatin1Char(',');
        appendOptionalScore(text, session.painAfter);
        Csv::endRecord(text);
    }
    return Csv::byteOrderMark() + text.toUtf8();
}

Result<ImportBatch> JournalCsv::read(const QByteArray& bytes)
{
    // Stateless: a sequence cut off at the end is an error, not a pending state.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error{tr("The file is not UTF-8 text, so Carrywell cannot read it. In LibreOffice, "
                        "save it again as “Text CSV” with the character set “Unicode (UTF-8)”. "
                        "Nothing was imported.")};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<CsvRecord> records = Csv::parse(text);
    if (records.isEmpty())
        return Error{tr("The file is empty. Nothing was imported.")};

    const CsvRecord header = records.takeFirst();
    QStringList names;
    for (const QString& field : header.fields)
        names.append(columnName(field));
    const bool checkIns = names.contains(QStringLiteral("overall"));
    const bool sessions = names.contains(QStringLiteral("routine_id"));
    if (checkIns == sessions) {
        return Error{tr("The file does not look like a Carrywell export: its first line should "
                        "name the columns, starting with “date,time,utc-offset,overall” for "
                        "check-ins or “date,time,utc_offset,duration_seconds” for sessions. "
                        "Nothing was imported.")};
    }

    ImportBatch batch;
    batch.format = checkIns ? QStringLiteral("csv-check-ins") : QStringLiteral("csv-sessions");
    // A file with a date column gives times as date, time and offset; one
    // without, as a single ISO 8601 text (time, or started for sessions).
    const bool split = names.contains(QStringLiteral("date")) ||
                       names.contains(QStringLiteral("utc-offset")) ||
                       names.contains(QStringLiteral("utc_offset"));
    QStringList required = split      ? QStringList{QStringLiteral("date"), QStringLiteral("time")}
                           : checkIns ? QStringList{QStringLiteral("time")}
                                      : QStringList{QStringLiteral("started")};
    if (checkIns)
        required.append(QStringLiteral("overall"));
    else
        required.append({QStringLiteral("duration_seconds"), QStringLiteral("routine_id")});
    QStringList known = checkIns ? checkInColumns() : sessionColumns();
    if (!checkIns)
        known.append(QStringLiteral("started"));
    const Result<Columns> columns = readHeader(header, known, required);
    if (!columns)
        return Error{columns.error()};

    for (const CsvRecord& record : records) {
        if (record.problem.isEmpty() && isBlank(record))
            continue;
        const QString location = lineLocation(record.line);
        if (const QString problem = recordProblem(record, columns.value()); !problem.isEmpty()) {
            batch.problems.append({record.line, location, problem});
            continue;
        }
        QStringList problems;
        if (checkIns) {
            CheckIn checkIn;
            problems = checkInProblems(record, columns.value(), &checkIn);
            if (problems.isEmpty())
                batch.checkIns.append({record.line, location, checkIn});
        } else {
            SessionRecord session;
            problems = sessionProblems(record, columns.value(), &session);
            if (problems.isEmpty())
                batch.sessions.append({record.line, location, session});
        }
        if (!problems.isEmpty())
            batch.problems.append({record.line, location, problems.join(QStringLiteral("; "))});
    }
    return batch;
}

} // namespace carrywell::core
