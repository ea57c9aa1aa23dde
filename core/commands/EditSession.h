#pragma once

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace casebook {

class Database;
class EditCommand;
class Store;

// Every edit to synced data goes through here: the window, the command line
// and tests alike. Each command runs in one transaction; once it has applied
// it goes on the undo stack, and undoing it is itself a change that syncs.
class EditSession : public QObject
{
    Q_OBJECT
public:
    explicit EditSession(Database &db, QObject *parent = nullptr);
    ~EditSession() override;

    Database &database() const { return m_db; }
    Store &store() const { return *m_store; }
    QUndoStack &undoStack() { return m_undoStack; }

    // Applies the command and, when it succeeds, pushes it for undo. When it
    // fails, throws the Error, deletes the command and nothing has changed.
    void execute(std::unique_ptr<EditCommand> command);

signals:
    // An undo or redo that could not be carried out (another record now
    // depends on it, say); the command is dropped from the stack.
    void commandFailed(const QString &message);

private:
    friend class EditCommand;
    Database &m_db;
    std::unique_ptr<Store> m_store;
    QUndoStack m_undoStack;
};

} // namespace casebook
