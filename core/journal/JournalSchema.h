#pragma once

#include <QString>
#include <QStringList>

namespace carrywell::core {

/// The journal's table layout, version by version.
///
/// - v1: check-ins only; triggers as comma-separated ids in a text column.
/// - v2: sessions and their exercises; triggers moved to a table of their own.
/// - v3: saved weekly plans.
/// - v4: warning signs as rows of their own, no longer a line of the note.
/// - v5: ratings of her own activities (Patient-Specific Functional Scale).
///
/// Every released version's DDL stays here unchanged: migrations start from
/// it, and tests build old journals with it.
class JournalSchema
{
public:
    static constexpr int currentVersion = 5;
    static constexpr int firstVersion = 1;

    /// The `meta` row that marks a file as a Carrywell journal. Every version,
    /// past and future, keeps `meta` and this row, so any Carrywell can tell
    /// its own files apart from other databases.
    static QString sentinelKey() { return QStringLiteral("application"); }
    static QString sentinelValue() { return QStringLiteral("carrywell-journal"); }

    /// The statements, one per string, that create a journal exactly as schema
    /// `version` defined it, ending with PRAGMA user_version. Empty for an
    /// unknown version.
    static QStringList createStatements(int version);

    // The parts each version added, used both to create a journal of that
    // version and by the migration to it, so each table is written once.

    /// v2: each check-in's triggers as rows.
    static QString triggersTable();
    /// v2: sessions, their indexes and the exercises of each.
    static QStringList sessionsTables();
    /// v3: saved weekly plans.
    static QString plansTable();
    /// v4: each check-in's warning signs as rows.
    static QString warningSignsTable();
    /// v5: activity ratings (PSFS) and their index by time.
    static QStringList activityRatingsTables();
};

} // namespace carrywell::core
