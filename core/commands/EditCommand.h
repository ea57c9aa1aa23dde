#pragma once

#include <QByteArray>
#include <QList>
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

    // What the last step (apply, undo or redo) wrote: the journal entries
    // after `after` that touch these rows (and for an update, these fields)
    // and were not written by this session's own steps are changes made since,
    // by a sync, the command line or another window. Undoing or redoing over
    // them would overwrite them, so the step is dropped instead.
    struct Footprint
    {
        struct Row
        {
            int tableId = 0;
            QByteArray row;
            quint64 fields = 0;    // an update's; ignored when wholeRow
            bool wholeRow = false; // an insert or a delete
        };
        QList<Row> rows;
        qint64 after = 0;
    };

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    EditSession &session() const { return m_session; }
    Store &store() const;
    // For mergeWith: this command now also stands for `later`'s writes.
    void mergeFootprint(const EditCommand &later);

private:
    friend class EditSession;
    void applyFirst();
    void runGuarded(void (EditCommand::*step)(), bool undoing);
    void runStep(void (EditCommand::*step)());

    EditSession &m_session;
    bool m_skipNextRedo = false;
    Footprint m_footprint;
};

} // namespace casebook
