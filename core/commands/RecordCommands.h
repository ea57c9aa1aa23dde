#pragma once

#include "EditCommand.h"

#include <QUuid>
#include <QVariantMap>

namespace casebook {

// Generic edits of one synced record, usable for every table. `label` names
// the record for the Undo menu ("setting Oak Tree Primary").

class InsertRecordCommand : public EditCommand
{
public:
    InsertRecordCommand(EditSession &session, QString table, QVariantMap values,
                        const QString &label);
    QUuid recordId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    QVariantMap m_values;
    QUuid m_id;
};

class UpdateRecordCommand : public EditCommand
{
public:
    // Reads the values being replaced now, so undo restores exactly them.
    UpdateRecordCommand(EditSession &session, QString table, QUuid id, QVariantMap changes,
                        const QString &label);

    // Typing in one field merges into one undo step; a step that must stand
    // alone (a case's status moving on) does not.
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    QUuid m_id;
    QVariantMap m_before;
    QVariantMap m_after;
    bool m_mergeable = true;
};

class DeleteRecordCommand : public EditCommand
{
public:
    DeleteRecordCommand(EditSession &session, QString table, QUuid id, const QString &label);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    QUuid m_id;
    QVariantMap m_saved;
};

} // namespace casebook
