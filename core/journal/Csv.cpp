#include "core/journal/Csv.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QRegularExpression>

CARRYWELL_TR_CONTEXT(carrywell::core::Csv);

namespace carrywell::core {
namespace {

// A spreadsheet runs a cell that starts with one of these as a formula
// (OWASP, "CSV Injection").
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool isPlainNumber(QStringView field)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(field).hasMatch();
}

// Apostrophes, then a formula start: what neutralising adds one apostrophe to,
// and what reading takes one from, so every field reads back as it was.
bool isApostrophesThenFormula(QStringView field, qsizetype leastApostrophes)
{
    qsizetype i = 0;
    while (i < field.size() && field[i] == QLatin1Char('\''))
        ++i;
    return i >= leastApostrophes && i < field.size() && isFormulaStart(field[i]);
}

bool needsQuotes(QStringView field)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

class Parser
{
public:
    explicit Parser(QStringView text) : m_text(text) {}

    QList<CsvRecord> run()
    {
        const qsizetype size = m_text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = m_text[i];
            if (m_inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < size && m_text[i + 1] == QLatin1Char('"')) {
                        m_field += c;
                        ++i;
                    } else {
                        m_inQuotes = false;
                        m_closedQuote = true;
                    }
                } else {
                    m_field += c;
                    if (c == QLatin1Char('\n') ||
                        (c == QLatin1Char('\r') &&
                         (i + 1 >= size || m_text[i + 1] != QLatin1Char('\n'))))
                        ++m_line;
                }
                continue;
            }
            if (c == QLatin1Char(',')) {
                endField();
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < size && m_text[i + 1] == QLatin1Char('\n'))
                    ++i;
                endRecord();
                ++m_line;
                m_recordLine = m_line;
            } else if (c == QLatin1Char('"')) {
                if (m_field.isEmpty() && !m_quoted) {
                    m_inQuotes = true;
                    m_quoted = true;
                } else {
                    report(tr("a double quote inside a field that does not start with one (put "
                              "the whole field in double quotes and double the quote)"));
                    m_field += c;
                }
            } else {
                if (m_closedQuote)
                    report(tr("text after the closing double quote of a field"));
                m_closedQuote = false;
                m_field += c;
            }
        }
        if (m_inQuotes)
            report(tr("a field in double quotes is never closed"));
        if (m_fieldsStarted || !m_field.isEmpty() || m_quoted)
            endRecord();
        return m_records;
    }

private:
    void report(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    void endField()
    {
        m_fields.append(Csv::restored(m_field));
        m_field.clear();
        m_quoted = false;
        m_closedQuote = false;
        m_fieldsStarted = true;
    }

    void endRecord()
    {
        const bool blank = !m_fieldsStarted && m_field.isEmpty() && !m_quoted;
        endField();
        if (!blank)
            m_records.append({m_recordLine, m_fields, m_problem});
        m_fields.clear();
        m_problem.clear();
        m_fieldsStarted = false;
    }

    QStringView m_text;
    QList<CsvRecord> m_records;
    QStringList m_fields;
    QString m_field;
    QString m_problem;
    int m_line = 1;
    int m_recordLine = 1;
    bool m_inQuotes = false;
    bool m_quoted = false;      // the current field started with a quote
    bool m_closedQuote = false; // ...and its closing quote was just read
    bool m_fieldsStarted = false;
};

} // namespace

QString Csv::neutralised(QStringView field)
{
    if (isApostrophesThenFormula(field, 0) && !isPlainNumber(field))
        return QLatin1Char('\'') + field.toString();
    return field.toString();
}

QString Csv::restored(const QString& field)
{
    return isApostrophesThenFormula(field, 1) ? field.mid(1) : field;
}

void Csv::appendField(QString& line, QStringView cell)
{
    const QString field = neutralised(cell);
    if (!needsQuotes(field)) {
        line += field;
        return;
    }
    line += QLatin1Char('"');
    for (const QChar c : field) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

void Csv::endRecord(QString& line)
{
    line += QLatin1String("\r\n");
}

QString Csv::formatRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        appendField(line, fields[i]);
    }
    endRecord(line);
    return line;
}

QList<CsvRecord> Csv::parse(QStringView text)
{
    return Parser(text).run();
}

} // namespace carrywell::core
