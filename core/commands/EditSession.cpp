#include "EditSession.h"

#include "EditCommand.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

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
    m_undoStack.push(command.release());
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
    Statement query(m_db.handle(), QStringLiteral("SELECT seq, table_id, row_id, op, fields FROM "
                                                  "sync_journal WHERE seq > ?"));
    query.bindInt64(1, footprint.after);
    while (query.step()) {
        if (m_ownEntries.contains(query.int64(0)))
            continue;
        const int table = int(query.int64(1));
        const QByteArray row = query.blob(2);
        const bool wholeRow = Store::Operation(query.int64(3)) != Store::Operation::Update;
        const auto fields = quint64(query.int64(4));
        for (const auto &mine : footprint.rows)
            if (mine.tableId == table && mine.row == row &&
                (wholeRow || mine.wholeRow || (mine.fields & fields)))
                return true;
    }
    return false;
}

} // namespace casebook
