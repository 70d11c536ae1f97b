#pragma once

// Shared by the plan printing tests: the shipped library, two weekly plans
// (a busy one and a short one with rest days) and what poppler-utils and
// python3-icalendar read from the files Carrywell writes.

#include "core/content/ContentLibrary.h"
#include "core/plan/WeeklyPlan.h"

#include <QImage>
#include <QJsonObject>
#include <QSizeF>
#include <QStringList>

namespace carrywell::test {

const core::ContentLibrary& shippedLibrary();

/// 30 minutes every day of the week of Monday 5 January 2026, everything at
/// hand and four sore places: the fullest sheet there is.
core::WeeklyPlan busyPlan();
/// 5 minutes on Monday, Wednesday and Friday, three weeks after a caesarean.
core::WeeklyPlan shortPlan();

/// What a PDF holds, read with pdfinfo, pdffonts, pdftotext and pdftoppm.
struct PdfFacts
{
    int pages = 0;
    QSizeF pageSize;        ///< Points, as pdfinfo gives them.
    QStringList fonts;      ///< One line per font.
    QStringList unembedded; ///< Fonts pdffonts says are not embedded.
    QString text;           ///< pdftotext in reading order.
    QList<QImage> renders;  ///< Every page at 40 dpi.
};

PdfFacts readPdf(const QString& path);

/// Share of a page's pixels that are not near white.
double inkedShare(const QImage& page);

/// Letters and digits only, lower case, ligatures undone: text as pdftotext
/// may break it across lines still compares.
QString squeezed(const QString& text);

/// The .ics read by python3-icalendar (tests/data/calendar/read_ics.py).
QJsonObject readIcs(const QString& path);

} // namespace carrywell::test
