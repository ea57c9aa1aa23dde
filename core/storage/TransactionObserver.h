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
};

} // namespace casebook
