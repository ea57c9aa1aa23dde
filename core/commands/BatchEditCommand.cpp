#include "BatchEditCommand.h"

#include "sync/Store.h"

namespace casebook {

BatchEditCommand::BatchEditCommand(EditSession &session, const QString &text,
                                   QList<RecordChange> changes)
    : EditCommand(session, text)
    , m_changes(std::move(changes))
{}

void BatchEditCommand::apply()
{
    for (const auto &change : m_changes) {
        if (!change.before)
            store().insert(change.table, *change.after, change.id);
        else if (!change.after)
            store().remove(change.table, change.id);
        else
            store().update(change.table, change.id, *change.after);
    }
}

void BatchEditCommand::revert()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (!it->before)
            store().remove(it->table, it->id);
        else if (!it->after)
            store().insert(it->table, *it->before, it->id);
        else
            store().update(it->table, it->id, *it->before);
    }
}

} // namespace casebook
