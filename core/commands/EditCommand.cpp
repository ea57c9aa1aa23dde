#include "EditCommand.h"

#include "EditSession.h"
#include "common/Error.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct EditCommandText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::EditCommand)
};

} // namespace

EditCommand::EditCommand(EditSession &session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{}

Store &EditCommand::store() const
{
    return m_session.store();
}

void EditCommand::mergeFootprint(const EditCommand &later)
{
    m_footprint.rows += later.m_footprint.rows;
    m_footprint.after = std::max(m_footprint.after, later.m_footprint.after);
}

// One step in its transaction, remembering what it wrote; the session counts
// those writes as its own only once they are committed.
void EditCommand::runStep(void (EditCommand::*step)())
{
    Transaction transaction(m_session.database());
    const qint64 start = m_session.journalEnd();
    (this->*step)();
    QList<qint64> written;
    Footprint footprint = m_session.footprintSince(start, written);
    if (footprint.rows.isEmpty()) // wrote nothing: what it stands on is as before
        footprint.rows = m_footprint.rows;
    transaction.commit();
    m_footprint = footprint;
    m_session.addOwnEntries(written);
}

void EditCommand::applyFirst()
{
    runStep(&EditCommand::apply);
    m_skipNextRedo = true; // QUndoStack::push calls redo(); the work is done
    // A command that changed nothing is no step to undo (undoing it later
    // would write its old values over whatever came since).
    if (m_footprint.rows.isEmpty())
        setObsolete(true);
}

void EditCommand::runGuarded(void (EditCommand::*step)(), bool undoing)
{
    try {
        if (m_session.changedSince(m_footprint))
            throw Error(Error::Kind::Stale,
                        (undoing ? EditCommandText::tr(
                                       "“%1” not undone: the record was changed since, by a sync "
                                       "or in another window.")
                                 : EditCommandText::tr(
                                       "“%1” not redone: the record was changed since, by a sync "
                                       "or in another window."))
                            .arg(text()));
        runStep(step);
    } catch (const Error &error) {
        setObsolete(true);
        if (error.kind() == Error::Kind::Stale)
            emit m_session.stepDropped(error.message());
        else
            emit m_session.commandFailed(error.message());
    }
}

void EditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    runGuarded(&EditCommand::apply, false);
}

void EditCommand::undo()
{
    runGuarded(&EditCommand::revert, true);
}

} // namespace casebook
