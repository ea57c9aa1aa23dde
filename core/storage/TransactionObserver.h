#pragma once

namespace casebook {

// Told as the outermost write transaction on a connection begins, commits and
// ends, so that what it changed is announced only once it is committed (and
// never when it rolled back), and so that layers above storage can keep
// their own state in step with the file.
class TransactionObserver
{
public:
    virtual ~TransactionObserver() = default;
    // Just after BEGIN: throwing rolls the transaction back.
    virtual void transactionBegun() {}
    // Just before COMMIT, still inside the transaction: throwing rolls it back.
    virtual void transactionCommitting() {}
    virtual void transactionEnded(bool committed) { static_cast<void>(committed); }
    // The database is closing: forget it (it must not be told anything more).
    virtual void databaseClosing() {}
};

// An object that lives as long as one open database, made on first use by the
// layer that needs it (sync's replica state), so that storage need not know it.
class DatabaseAttachment
{
public:
    virtual ~DatabaseAttachment() = default;
};

} // namespace casebook
