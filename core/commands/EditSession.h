#pragma once

#include "EditCommand.h"

#include <QObject>
#include <QSet>
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
    // A command applied and went on the undo stack; `text` names it ("Edit
    // child Ava Stone").
    void executed(const QString &text);
    // An undo or redo that could not be carried out (another record now
    // depends on it, say); the command is dropped from the stack.
    void commandFailed(const QString &message);
    // An undo or redo dropped because the record changed since the step (a
    // sync, the command line, another window): carrying it out would
    // overwrite that change.
    void stepDropped(const QString &message);

private:
    friend class EditCommand;
    // The journal's last entry.
    qint64 journalEnd() const;
    // What the entries after `start` wrote, and their sequence numbers.
    EditCommand::Footprint footprintSince(qint64 start, QList<qint64> &written) const;
    void addOwnEntries(const QList<qint64> &written);
    // True when an entry after the footprint that this session did not write
    // touches what it wrote.
    bool changedSince(const EditCommand::Footprint &footprint) const;

    Database &m_db;
    QSet<qint64> m_ownEntries;
    std::unique_ptr<Store> m_store;
    QUndoStack m_undoStack;
};

} // namespace casebook
