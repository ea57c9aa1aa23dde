#include "Transaction.h"

#include "Database.h"
#include "Statement.h"

#include <sqlite3.h>

namespace casebook {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_outermost(sqlite3_get_autocommit(db.handle()) != 0)
{
    if (m_outermost) {
        executeScript(db.handle(), QStringLiteral("BEGIN IMMEDIATE"));
        try {
            db.transactionBegun();
        } catch (...) {
            sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

Transaction::~Transaction()
{
    if (m_outermost && !m_done) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_db.transactionEnded(false);
    }
}

void Transaction::commit()
{
    if (!m_outermost || m_done)
        return;
    m_db.transactionCommitting();
    executeScript(m_db.handle(), QStringLiteral("COMMIT"));
    m_done = true;
    m_db.transactionEnded(true);
}

} // namespace casebook
