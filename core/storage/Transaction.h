#pragma once

namespace casebook {

class Database;

// One write transaction (BEGIN IMMEDIATE … COMMIT). Rolls back when destroyed
// uncommitted, so an exception anywhere inside leaves the database exactly as
// before. Constructed while another is open, it joins the outer one.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    bool isOutermost() const { return m_outermost; }

private:
    Database &m_db;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace casebook
