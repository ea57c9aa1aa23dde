#include "EditSession.h"

#include "EditCommand.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

#include <QHash>

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
    const QString text = command->text();
    m_undoStack.push(command.release());
    emit executed(text);
}

qint64 EditSession::journalEnd() const
{
    Statement query(m_db.handle(),
                    QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_journal"));
    return query.step() ? query.int64(0) : 0;
}

EditCommand::Footprint EditSession::footprintSince(qint64 start, QList<qint64> &written) const
{
    EditCommand::Footprint footprint;
    footprint.after = start;
    Statement query(m_db.handle(), QStringLiteral("SELECT seq, table_id, row_id, op, fields FROM "
                                                  "sync_journal WHERE seq > ? ORDER BY seq"));
    query.bindInt64(1, start);
    while (query.step()) {
        written.append(query.int64(0));
        footprint.after = query.int64(0);
        footprint.rows.append({int(query.int64(1)), query.blob(2), quint64(query.int64(4)),
                               Store::Operation(query.int64(3)) != Store::Operation::Update});
    }
    return footprint;
}

void EditSession::addOwnEntries(const QList<qint64> &written)
{
    for (const qint64 seq : written)
        m_ownEntries.insert(seq);
}

bool EditSession::changedSince(const EditCommand::Footprint &footprint) const
{
    if (footprint.rows.isEmpty())
        return false;
    // By table and row: the fields written, all of them for an insert or delete.
    QHash<std::pair<int, QByteArray>, quint64> written;
    for (const auto &mine : footprint.rows)
        written[{mine.tableId, mine.row}] |= mine.wholeRow ? ~quint64(0) : mine.fields;
    Statement query(m_db.handle(), QStringLiteral("SELECT seq, table_id, row_id, op, fields FROM "
                                                  "sync_journal WHERE seq > ?"));
    query.bindInt64(1, footprint.after);
    while (query.step()) {
        if (m_ownEntries.contains(query.int64(0)))
            continue;
        const auto mine = written.constFind({int(query.int64(1)), query.blob(2)});
        if (mine == written.constEnd())
            continue;
        const bool wholeRow = Store::Operation(query.int64(3)) != Store::Operation::Update;
        if (wholeRow || (*mine & quint64(query.int64(4))))
            return true;
    }
    return false;
}

} // namespace casebook
