#pragma once

#include <QUndoCommand>

namespace casebook {

class EditSession;
class Store;

// Ids for QUndoCommand::mergeWith, in one place so that they never collide.
enum class MergeId : int {
    EditField = 1, // consecutive edits of one field of one record: one undo step
};

// The base of every edit. apply() does (and redoes) the change, revert()
// undoes it; each runs in one transaction, so a failure changes nothing.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditSession &session, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    EditSession &session() const { return m_session; }
    Store &store() const;

private:
    friend class EditSession;
    void applyFirst();
    void runGuarded(void (EditCommand::*step)());

    EditSession &m_session;
    bool m_skipNextRedo = false;
};

} // namespace casebook
