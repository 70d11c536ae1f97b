#!/usr/bin/env python3
"""Fails when code writes a date, time or decimal for people by itself.

Dates, times and numbers that people read (the window, the printed plan, the
physio report, calendar descriptions, the command line's sentences) come from
one helper, core/common/LocaleFormat, so they are written one way everywhere:
"5:30 PM" or "17:30" by the locale, never "17:29" beside "12/7/26 5:30 PM",
and "6,0" never beside "5.4". This check reads every .cpp and .h under app/
and core/ except the helper, comments left out, and reports each line that
formats one of them another way.

Machine formats (settings, file names, CSV, JSON, ICS fields, command-line
options) spell dates with QDate::toString(Qt::ISODate) and the like, which no
rule here touches; the few that need a pattern a rule does catch are listed in
ALLOWED with their reason. An entry that no longer matches anything is an
error too, so the list cannot go stale.

--self-test runs the rules on known good and bad lines instead.
"""

import re
import sys

import source_check

HELPER = {"core/common/LocaleFormat.h", "core/common/LocaleFormat.cpp"}
SCANNED = ("app", "ui", "core")

# Arguments up to the format character, one level of nested parentheses allowed.
_ARGS = r"\((?:[^()]|\([^()]*\))*?,\s*'[fgeEG]'"

RULES = [
    ("float-format",
     re.compile(r"\b(?:number|arg|toString)" + _ARGS),
     "a decimal through QString::number, arg or QLocale::toString with 'f'/'g'/'e': "
     "use LocaleFormat::decimal"),
    ("locale-format-type",
     re.compile(r"\bQLocale::(?:Short|Long|Narrow)Format\b"),
     "QLocale's Short/Long/NarrowFormat for a date, time or day name: use LocaleFormat "
     "(dayWithWeekday, time, dateTime, weekdayName, ...)"),
    ("locale-patterns",
     re.compile(r"\.(?:timeFormat|dateFormat|dateTimeFormat)\(|"
                r"\.(?:standalone(?:Day|Month)|day|month)Name\("),
     "the locale's own patterns or day and month names: use LocaleFormat "
     "(timePattern, weekdayName, ...)"),
    ("locale-to-string",
     re.compile(r"\b(?:QLocale\(\)|locale)\.toString\("),
     "QLocale::toString outside the helper: use LocaleFormat (number, decimal, day, ...)"),
    ("text-date",
     re.compile(r"\bQt::(?:TextDate|RFC2822Date)\b"),
     "Qt's English-only date text: use LocaleFormat"),
]
# Checked inside string literals only, so a comment or a name cannot trip it.
TIME_PATTERN = ("time-pattern", re.compile(r"(?<![A-Za-z])(?:HH|H|hh|h):mm\b"),
                "a literal time pattern: use LocaleFormat::time or LocaleFormat::timePattern")

# (path, rule) -> why that file may do it.
ALLOWED = {
    ("core/settings/SettingsFile.cpp", "time-pattern"):
        "the settings file stores times of day (reminders, the usual session) as HH:mm",
    ("core/journal/CsvMoment.cpp", "time-pattern"):
        "the CSV export's time column is a machine format, read back also as a spreadsheet "
        "saves it again (8:15:00 AM)",
}

STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')



def findings(code):
    """(line, rule, message) for every place the code formats by itself."""
    code = source_check.strip_comments(code)
    found = []

    def line_of(offset):
        return code.count("\n", 0, offset) + 1

    for name, pattern, message in RULES:
        for match in pattern.finditer(code):
            found.append((line_of(match.start()), name, message))
    name, pattern, message = TIME_PATTERN
    for literal in STRING.finditer(code):
        if pattern.search(literal.group()):
            found.append((line_of(literal.start()), name, message))
    return sorted(found)


def scan(source_dir):
    problems, used = [], set()
    for top in SCANNED:
        for path in sorted((source_dir / top).rglob("*")):
            if path.suffix not in (".cpp", ".h") or not path.is_file():
                continue
            relative = path.relative_to(source_dir).as_posix()
            if relative in HELPER:
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            for line, rule, message in findings(path.read_text(encoding="utf-8")):
                if (relative, rule) in ALLOWED:
                    used.add((relative, rule))
                    continue
                problems.append(f"{relative}:{line}: {message}\n    {lines[line - 1].strip()}")
    for key in sorted(set(ALLOWED) - used):
        problems.append(f"{key[0]}: allowed to break '{key[1]}' ({ALLOWED[key]}), but no longer "
                        "does: remove it from ALLOWED")
    return problems


# Lines each rule must catch, and lines no rule may.
BAD = {
    "float-format": ["QString::number(value, 'f', 1)", ".arg(gap, 0, 'f', 0)",
                     "QLocale().toString(qRound(x) / 10.0, 'g')",
                     "QString::number(\n    average,\n    'f', 2)"],
    "locale-format-type": ["locale.toString(day, QLocale::LongFormat)",
                           "QLocale().dayName(1, QLocale::ShortFormat)"],
    "locale-patterns": ["edit->setDisplayFormat(QLocale().timeFormat())",
                        "QLocale().dayName(day + 1)", "locale.standaloneMonthName(3)"],
    "locale-to-string": ["QLocale().toString(count)", "locale.toString(date, pattern)"],
    "text-date": ["day.toString(Qt::TextDate)"],
    "time-pattern": ['m_time->setDisplayFormat(QStringLiteral("HH:mm"));',
                     'QLocale().toString(at.time(), QStringLiteral("h:mm AP"))',
                     'tr("ddd d MMM yyyy  HH:mm")'],
}
GOOD = [
    "QString::number(count)", "QStringLiteral(\"%1\").arg(count)",
    "core::LocaleFormat::decimal(average)", "day.toString(Qt::ISODate)",
    "moment.toString(QStringLiteral(\"yyyyMMdd'T'HHmmss\"))",
    "// the C locale's short format, HH:mm:ss, adds seconds",
    "/* QString::number(x, 'f', 1) would ignore the locale */",
    "PlanSheet::dayName(day)", "QChar('f')", "number.arg(QLatin1Char('e'))",
    "const QString pattern = LocaleFormat::timePattern(locale);",
]


def self_test():
    failures = []
    for rule, lines in BAD.items():
        for line in lines:
            if rule not in {name for _, name, _ in findings(line)}:
                failures.append(f"'{rule}' does not catch: {line}")
    for line in GOOD:
        if findings(line):
            failures.append(f"flagged but fine: {line} ({findings(line)})")
    return failures




if __name__ == "__main__":
    sys.exit(source_check.run(__doc__, scan, self_test))
