#include "EditSession.h"

#include "EditCommand.h"
#include "sync/Store.h"

namespace casebook {

EditSession::EditSession(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(std::make_unique<Store>(db))
{}

EditSession::~EditSession()
{
    // Commands refer to the store: let them go first.
    m_undoStack.clear();
}

void EditSession::execute(std::unique_ptr<EditCommand> command)
{
    command->applyFirst();
    m_undoStack.push(command.release());
}

} // namespace casebook
