#include "SyncIntegrity.h"

#include "FieldClocks.h"
#include "Replica.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct SyncIntegrityText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::SyncIntegrity)
};

CheckResult installationAmongPeers(Database &db)
{
    CheckResult result{SyncIntegrityText::tr("This installation among its peers"), true, {}};
    Statement peer(db.handle(), QStringLiteral("SELECT count(*) FROM sync_peer p JOIN installation "
                                               "i ON i.id = p.installation_id"));
    peer.step();
    if (peer.int64(0) != 1)
        result.addProblem(SyncIntegrityText::tr("this installation is not among its own peers"));
    return result;
}

CheckResult syncedRows(Database &db)
{
    CheckResult result{SyncIntegrityText::tr("Synced rows and their stamps"), true, {}};
    QSet<qint64> peers;
    Statement peerQuery(db.handle(), QStringLiteral("SELECT idx FROM sync_peer"));
    while (peerQuery.step())
        peers.insert(peerQuery.int64(0));
    Statement high(db.handle(), QStringLiteral("SELECT clock_high FROM installation"));
    const quint64 clockHigh = high.step() ? quint64(high.int64(0)) : 0;

    for (const SyncedTable &table : Replica::of(db).schema().tables()) {
        const int fieldCount = int(table.fields.size());
        Statement rows(db.handle(),
                       QStringLiteral("SELECT id, _clock FROM \"%1\"").arg(table.name));
        while (rows.step()) {
            const QByteArray id = rows.blob(0);
            const QByteArray blob = rows.blob(1);
            const QString rowName = QStringLiteral("%1 %2").arg(
                table.name, QUuid::fromRfc4122(id).toString(QUuid::WithoutBraces));
            if (id.size() != 16) {
                result.addProblem(
                    SyncIntegrityText::tr("%1 has an id that is not a UUID").arg(table.name));
                continue;
            }
            if (!FieldClocks::isWellFormed(blob, fieldCount)) {
                result.addProblem(
                    SyncIntegrityText::tr("%1 has a malformed field clock").arg(rowName));
                continue;
            }
            const FieldClocks clocks = FieldClocks::decode(blob, fieldCount);
            for (int i = 0; i < clocks.size(); ++i) {
                if (clocks.at(i).stamp.value == 0 && i < blob.size() / FieldClocks::BytesPerField)
                    result.addProblem(SyncIntegrityText::tr("%1 field %2 was never stamped")
                                          .arg(rowName, table.fields[i]));
                else if (clocks.at(i).stamp.value > clockHigh)
                    result.addProblem(
                        SyncIntegrityText::tr("%1 field %2 is stamped after the clock’s high-water "
                                              "mark")
                            .arg(rowName, table.fields[i]));
                if (clocks.at(i).stamp.value != 0 && !peers.contains(clocks.at(i).origin))
                    result.addProblem(
                        SyncIntegrityText::tr("%1 field %2 names an unknown installation")
                            .arg(rowName, table.fields[i]));
            }
        }
        Statement both(db.handle(), QStringLiteral("SELECT count(*) FROM sync_tombstone t JOIN "
                                                   "\"%1\" r ON r.id = t.row_id WHERE "
                                                   "t.table_id = ?")
                                        .arg(table.name));
        both.bindInt64(1, table.id);
        both.step();
        if (both.int64(0) > 0)
            result.addProblem(SyncIntegrityText::tr("%1 rows of %2 are both present and deleted")
                                  .arg(both.int64(0))
                                  .arg(table.name));
    }
    return result;
}

CheckResult journal(Database &db)
{
    CheckResult result{SyncIntegrityText::tr("Change journal"), true, {}};
    QSet<qint64> tables;
    for (const SyncedTable &table : Replica::of(db).schema().tables())
        tables.insert(table.id);
    Statement entries(db.handle(),
                      QStringLiteral("SELECT seq, table_id, origin, stamp FROM sync_journal "
                                     "WHERE table_id NOT IN (SELECT id FROM sync_table) OR origin "
                                     "NOT IN (SELECT idx FROM sync_peer) OR stamp > (SELECT "
                                     "clock_high FROM installation) OR length(row_id) != 16"));
    while (entries.step())
        result.addProblem(
            SyncIntegrityText::tr("journal entry %1 names an unknown table or installation, or is "
                                  "stamped in the future")
                .arg(entries.int64(0)));
    return result;
}

} // namespace

QList<CheckResult> checkSyncState(Database &db)
{
    return {installationAmongPeers(db), syncedRows(db), journal(db)};
}

} // namespace casebook
