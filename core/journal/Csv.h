#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace carrywell::core {

/// One record of a CSV file.
struct CsvRecord
{
    int line = 0; ///< 1-based line on which the record starts.
    QStringList fields;
    QString problem; ///< Empty unless the record breaks RFC 4180.
};

/// RFC 4180 CSV, written the way LibreOffice and Excel read it cleanly: UTF-8
/// with a byte-order mark, CRLF after every record, fields quoted when they
/// hold a comma, a quote, a line break or edge spaces, quotes doubled.
/// A field a spreadsheet would run as a formula (it starts with =, +, -, @, a
/// tab or a carriage return, and is not a plain number) is written with an
/// apostrophe before it, as OWASP recommends; reading takes exactly that
/// apostrophe off again, so "=)" or "-5 today" comes back as it was.
class Csv
{
public:
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

    /// One record with its CRLF. Line breaks inside a field are kept as they
    /// are, inside the quotes.
    static QString formatRecord(const QStringList& fields);
    /// The same a field at a time, for long files: the field, quoted if it
    /// needs to be (the comma before it is the caller's), then the CRLF.
    static void appendField(QString& line, QStringView field);
    static void endRecord(QString& line);

    /// The field as written: an apostrophe before a formula-looking field
    /// (and before one that already starts with apostrophes and then a
    /// formula character, so reading it back is exact).
    static QString neutralised(QStringView field);
    /// The field as it was before neutralised().
    static QString restored(const QString& field);

    /// Splits decoded text into records. Accepts CRLF, LF or CR line ends and
    /// skips blank lines. A stray quote or a quoted field that never ends is
    /// reported on its record, and reading goes on with the next one.
    static QList<CsvRecord> parse(QStringView text);
};

} // namespace carrywell::core
