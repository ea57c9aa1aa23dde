#include "RecordCommands.h"

#include "common/Error.h"
#include "sync/Store.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct RecordCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::RecordCommands)
};

} // namespace

InsertRecordCommand::InsertRecordCommand(EditSession &session, QString table, QVariantMap values,
                                         const QString &label)
    : EditCommand(session, RecordCommandsText::tr("Add %1").arg(label))
    , m_table(std::move(table))
    , m_values(std::move(values))
{}

void InsertRecordCommand::apply()
{
    m_id = store().insert(m_table, m_values, m_id);
}

void InsertRecordCommand::revert()
{
    store().remove(m_table, m_id);
}

UpdateRecordCommand::UpdateRecordCommand(EditSession &session, QString table, QUuid id,
                                         QVariantMap changes, const QString &label)
    : EditCommand(session, RecordCommandsText::tr("Edit %1").arg(label))
    , m_table(std::move(table))
    , m_id(id)
    , m_after(std::move(changes))
{
    const auto current = store().read(m_table, m_id);
    if (!current)
        throw Error(Error::Kind::NotFound,
                    RecordCommandsText::tr("The record to edit no longer exists."));
    for (auto it = m_after.keyBegin(); it != m_after.keyEnd(); ++it)
        m_before.insert(*it, current->value(*it));
}

int UpdateRecordCommand::id() const
{
    return m_mergeable && m_after.size() == 1 ? int(MergeId::EditField) : -1;
}

bool UpdateRecordCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const UpdateRecordCommand *>(other);
    if (next->m_table != m_table || next->m_id != m_id || next->m_after.keys() != m_after.keys())
        return false;
    m_after = next->m_after;
    mergeFootprint(*next);
    bool unchanged = true;
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it)
        unchanged =
            unchanged && Store::storageValue(*it) == Store::storageValue(m_before[it.key()]);
    setObsolete(unchanged); // typed back to what it was: nothing to undo
    return true;
}

void UpdateRecordCommand::apply()
{
    store().update(m_table, m_id, m_after);
}

void UpdateRecordCommand::revert()
{
    store().update(m_table, m_id, m_before);
}

DeleteRecordCommand::DeleteRecordCommand(EditSession &session, QString table, QUuid id,
                                         const QString &label)
    : EditCommand(session, RecordCommandsText::tr("Delete %1").arg(label))
    , m_table(std::move(table))
    , m_id(id)
{}

void DeleteRecordCommand::apply()
{
    const auto current = store().read(m_table, m_id);
    if (!current)
        throw Error(Error::Kind::NotFound,
                    RecordCommandsText::tr("The record to delete no longer exists."));
    m_saved = *current;
    store().remove(m_table, m_id);
}

void DeleteRecordCommand::revert()
{
    store().insert(m_table, m_saved, m_id);
}

} // namespace casebook
