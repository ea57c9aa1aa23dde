#pragma once

#include "EditCommand.h"

#include <QList>
#include <QUuid>
#include <QVariantMap>

#include <optional>

namespace casebook {

// One record's part in a batch: no `before` for a record the batch adds, no
// `after` for one it deletes; otherwise the fields it changes, before and after.
struct RecordChange
{
    QString table;
    QUuid id;
    std::optional<QVariantMap> before;
    std::optional<QVariantMap> after;
};

// Many record changes as one undo step and one transaction (an import, say).
class BatchEditCommand : public EditCommand
{
public:
    BatchEditCommand(EditSession &session, const QString &text, QList<RecordChange> changes);

protected:
    void apply() override;
    void revert() override;

private:
    QList<RecordChange> m_changes;
};

} // namespace casebook
