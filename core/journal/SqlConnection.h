#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <memory>

namespace carrywell::core {

/// One Qt SQL connection to a SQLite file, under a connection name of its own,
/// closed and removed when it goes away. Queries must not outlive it.
class SqlConnection
{
public:
    enum class Mode
    {
        /// Never writes to the database file: used to look at files that may be
        /// damaged, foreign, or from a newer Carrywell.
        ReadOnly,
        ReadWrite,
    };

    /// Opens `path`; nullptr and `error` set when the driver or the file refuses.
    static std::unique_ptr<SqlConnection> open(const QString& path, Mode mode, QSqlError* error);

    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; }

private:
    SqlConnection(QString name, QString path) : m_name(std::move(name)), m_path(std::move(path)) {}

    QString m_name;
    QString m_path;
};

/// A forward-only query: the journal reads each row once, and this keeps memory flat.
QSqlQuery newQuery(const QSqlDatabase& db);

/// Prepares `sql`, binds `values` in order and runs it. Qt SQL runs a single
/// statement per call; a string with several is rejected.
bool runQuery(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

/// Runs one statement that returns nothing; the error, or an invalid QSqlError.
QSqlError runStatement(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

/// QSQLITE binds a null QString as SQL NULL, which NOT NULL text columns
/// refuse; an empty note must be bound as an empty, non-null string.
QVariant textValue(const QString& text);

/// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. IMMEDIATE takes
/// the write lock up front, so a read-only or busy file fails before any work.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    QSqlError begin();
    /// Every query of the transaction must be finished or destroyed first.
    QSqlError commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace carrywell::core
