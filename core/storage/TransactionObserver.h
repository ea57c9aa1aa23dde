#pragma once

namespace casebook {

// Told when the outermost write transaction on a connection ends, so that
// what it changed is announced only once it is committed, and never when it
// rolled back.
class TransactionObserver
{
public:
    virtual ~TransactionObserver() = default;
    virtual void transactionEnded(bool committed) = 0;
    // The database is closing: forget it (it must not be told anything more).
    virtual void databaseClosing() = 0;
};

} // namespace casebook
