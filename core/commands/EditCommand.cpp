#include "EditCommand.h"

#include "EditSession.h"
#include "common/Error.h"
#include "storage/Transaction.h"

namespace casebook {

EditCommand::EditCommand(EditSession &session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{}

Store &EditCommand::store() const
{
    return m_session.store();
}

void EditCommand::applyFirst()
{
    Transaction transaction(m_session.database());
    apply();
    transaction.commit();
    m_skipNextRedo = true; // QUndoStack::push calls redo(); the work is done
}

void EditCommand::runGuarded(void (EditCommand::*step)())
{
    try {
        Transaction transaction(m_session.database());
        (this->*step)();
        transaction.commit();
    } catch (const Error &error) {
        setObsolete(true);
        emit m_session.commandFailed(error.message());
    }
}

void EditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    runGuarded(&EditCommand::apply);
}

void EditCommand::undo()
{
    runGuarded(&EditCommand::revert);
}

} // namespace casebook
