#include "core/journal/SqlConnection.h"

#include <QStringList>
#include <atomic>

namespace carrywell::core {

std::unique_ptr<SqlConnection> SqlConnection::open(const QString& path, Mode mode, QSqlError* error)
{
    static std::atomic<int> counter = 0;
    const QString name = QStringLiteral("carrywell-journal-%1").arg(++counter);
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
        if (mode == Mode::ReadOnly)
            options.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        opened = db.open();
        if (!opened && error)
            *error = db.lastError();
    }
    if (!opened) {
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    }
    return std::unique_ptr<SqlConnection>(new SqlConnection(name, path));
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlQuery newQuery(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    return query;
}

bool runQuery(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

QSqlError runStatement(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query, sql, values))
        return query.lastError();
    return {};
}

QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

Transaction::~Transaction()
{
    rollback();
}

QSqlError Transaction::begin()
{
    QSqlError error = runStatement(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = !error.isValid();
    return error;
}

QSqlError Transaction::commit()
{
    QSqlError error = runStatement(m_db, QStringLiteral("COMMIT"));
    if (!error.isValid())
        m_open = false;
    return error;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    // A failed COMMIT (disk full) leaves the transaction open; ROLLBACK ends it
    // and SQLite restores the file to the last commit.
    (void)runStatement(m_db, QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace carrywell::core
