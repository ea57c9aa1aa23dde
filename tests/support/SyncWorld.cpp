#include "SyncWorld.h"

#include "commands/EditSession.h"
#include "commands/RecordCommands.h"
#include "common/Error.h"
#include "storage/Statement.h"
#include "sync/CanonicalDump.h"
#include "sync/Conflicts.h"
#include "sync/PeerIndex.h"
#include "sync/Replica.h"
#include "sync/SyncSchema.h"

#include <catch2/catch.hpp>

namespace casebook::test {

namespace {

const QStringList names = {QStringLiteral("Oak"), QStringLiteral("Elm"), QStringLiteral("Ash"),
                           QStringLiteral("Yew")};
const QStringList fields = {QStringLiteral("name"), QStringLiteral("status"),
                            QStringLiteral("postcode"), QStringLiteral("senco_name")};
const QString setting = QStringLiteral("setting");

} // namespace

SyncWorld::SyncWorld(quint32 seed, int least, int most)
    : m_random(seed)
{
    const int count = least + pick(most - least + 1);
    for (int i = 0; i < count; ++i)
        addInstallation();
}

int SyncWorld::tick()
{
    const int p = pick(int(size()));
    peer(size_t(p)).time().ms += pick(3);
    return p;
}

SyncWorld::~SyncWorld()
{
    m_sessions.clear(); // before the databases they edit
}

int SyncWorld::addInstallation()
{
    m_peers.push_back(std::make_unique<Installation>());
    m_sessions.push_back(std::make_unique<EditSession>(m_peers.back()->db()));
    m_ownSteps.emplace_back();
    m_oracle.addInstallation();
    return int(m_peers.size()) - 1;
}

bool SyncWorld::edit(int p, bool undoable)
{
    const int op = pick(100);
    if (op < 15)
        insert(p);
    else if (op < 50)
        update(p, undoable && op >= 30);
    else if (op < 58)
        remove(p);
    else if (op < 62)
        resurrect(p);
    else if (op < 66)
        settle(p);
    else if (undoable && op < 76)
        undoOrRedo(p);
    else
        return false;
    return true;
}

std::optional<Version> SyncWorld::latestChange(int p, qint64 &lastSeq)
{
    Statement query(
        db(size_t(p)).handle(),
        QStringLiteral("SELECT seq, stamp FROM sync_journal ORDER BY seq DESC LIMIT 1"));
    if (!query.step() || query.int64(0) == lastSeq)
        return std::nullopt;
    lastSeq = query.int64(0);
    return Version{Stamp{quint64(query.int64(1))}, db(size_t(p)).installationId()};
}

qint64 SyncWorld::lastSeq(int p)
{
    qint64 seq = -1;
    latestChange(p, seq);
    return seq;
}

void SyncWorld::recordEdit(int p, QUuid row, const QString &field, const QByteArray &replaced,
                           const Version &version, bool ownStep)
{
    m_oracle.edited(p, {row, field, version, replaced});
    if (ownStep)
        m_ownSteps[size_t(p)].insert(SyncOracle::key(version));
}

void SyncWorld::insert(int p)
{
    qint64 seq = lastSeq(p);
    const QUuid id =
        peer(size_t(p)).store().insert(setting, {{QStringLiteral("name"), names[pick(4)]},
                                                 {QStringLiteral("status"), u"open"_qs}});
    m_ids.append(id);
    const auto version = latestChange(p, seq);
    m_oracle.knows(p, *version);
    m_oracle.valueWritten(id, QStringLiteral("name"), *version);
    m_oracle.valueWritten(id, QStringLiteral("status"), *version);
}

void SyncWorld::update(int p, bool undoable)
{
    if (m_ids.isEmpty())
        return;
    const QUuid id = m_ids[pick(int(m_ids.size()))];
    Installation &installation = peer(size_t(p));
    if (!installation.store().exists(setting, id))
        return;
    const QString field = fields[pick(int(fields.size()))];
    const QVariant value = pick(6) == 0 ? QVariant() : QVariant(names[pick(4)]);
    qint64 seq = lastSeq(p);
    const QByteArray replaced = m_oracle.shownOn(p, id, field);
    if (undoable) {
        EditSession &session = *m_sessions[size_t(p)];
        auto command = std::make_unique<UpdateRecordCommand>(session, setting, id,
                                                             QVariantMap{{field, value}}, setting);
        command->setMergeable(false);
        session.execute(std::move(command));
    } else {
        installation.store().update(setting, id, {{field, value}});
    }
    if (const auto version = latestChange(p, seq))
        recordEdit(p, id, field, replaced, *version, undoable);
}

void SyncWorld::undoOrRedo(int p)
{
    EditSession &session = *m_sessions[size_t(p)];
    QUndoStack &stack = session.undoStack();
    const bool undo = stack.canUndo() && (!stack.canRedo() || pick(2) == 0);
    if (!undo && !stack.canRedo())
        return;
    qint64 seq = lastSeq(p);
    undo ? stack.undo() : stack.redo();
    const auto version = latestChange(p, seq);
    if (!version)
        return; // dropped, or nothing to write
    // What the step wrote: one field of one row.
    Statement entry(db(size_t(p)).handle(),
                    QStringLiteral("SELECT row_id, fields FROM sync_journal WHERE seq = ?"));
    entry.bindInt64(1, seq);
    REQUIRE(entry.step());
    const QUuid row = QUuid::fromRfc4122(entry.blob(0));
    const auto mask = quint64(entry.int64(1));
    const SyncedTable &table = Replica::of(db(size_t(p))).schema().table(setting);
    const QString field = table.fields.value(qCountTrailingZeroBits(mask));
    const QByteArray replaced = m_oracle.shownOn(p, row, field);
    if (!m_ownSteps[size_t(p)].contains(replaced))
        m_undoOverwrites.append(
            QStringLiteral("%1 of %2 wrote over %3")
                .arg(undo ? u"undo"_qs : u"redo"_qs, field, QString::fromLatin1(replaced.toHex())));
    recordEdit(p, row, field, replaced, *version, true);
}

void SyncWorld::remove(int p)
{
    if (m_ids.isEmpty())
        return;
    Installation &installation = peer(size_t(p));
    const QUuid id = m_ids[pick(int(m_ids.size()))];
    const auto values = installation.store().read(setting, id);
    if (!values)
        return;
    m_deleted[p].insert(id, *values);
    qint64 seq = lastSeq(p);
    installation.store().remove(setting, id);
    m_oracle.knows(p, *latestChange(p, seq));
    m_oracle.untrack(id);
}

void SyncWorld::settle(int p)
{
    const QList<Conflict> conflicts = listConflicts(db(size_t(p)));
    if (conflicts.isEmpty())
        return;
    const Conflict &conflict = conflicts[pick(int(conflicts.size()))];
    const auto choice = ConflictChoice(pick(3));
    qint64 seq = lastSeq(p);
    resolveConflict(peer(size_t(p)).store(), conflict.id, choice, names[pick(4)]);
    if (const auto version = latestChange(p, seq))
        m_oracle.knows(p, *version);
    m_oracle.untrack(conflict.row);
}

// Undo of a delete on the installation that made it.
void SyncWorld::resurrect(int p)
{
    auto &deleted = m_deleted[p];
    if (deleted.isEmpty())
        return;
    const QUuid id = deleted.keys()[pick(int(deleted.size()))];
    Installation &installation = peer(size_t(p));
    if (installation.store().exists(setting, id))
        return;
    qint64 seq = lastSeq(p);
    installation.store().insert(setting, deleted.take(id), id);
    const auto version = latestChange(p, seq);
    m_oracle.knows(p, *version);
    m_oracle.valueWritten(id, QStringLiteral("name"), *version);
    m_oracle.valueWritten(id, QStringLiteral("status"), *version);
}

QStringList SyncWorld::convergenceFailures()
{
    QStringList failures;
    const QSet<QString> expected = m_oracle.expectedConflicts();
    for (size_t i = 0; i < size(); ++i) {
        const QSet<QString> held = m_oracle.conflictsOn(db(i));
        if (held != expected)
            failures.append(QStringLiteral("installation %1 holds %2 conflicts; the oracle "
                                           "expects %3")
                                .arg(i)
                                .arg(held.size())
                                .arg(expected.size()));
        if (const QStringList lost = m_oracle.lostOn(db(i)); !lost.isEmpty())
            failures.append(QStringLiteral("installation %1 lost %2 values, first %3")
                                .arg(i)
                                .arg(lost.size())
                                .arg(lost.first()));
    }
    const QByteArray first = canonicalDump(db(0));
    for (size_t i = 1; i < size(); ++i)
        if (canonicalDump(db(i)) != first)
            failures.append(QStringLiteral("installation %1 diverged from installation 0").arg(i));
    for (const QString &overwrite : m_undoOverwrites)
        failures.append(QStringLiteral("an undo overwrote a change from elsewhere: ") + overwrite);
    return failures;
}

QList<quint32> propertySeeds(int fallback)
{
    if (qEnvironmentVariableIsSet("CASEBOOK_SYNC_SEED"))
        return {quint32(qEnvironmentVariableIntValue("CASEBOOK_SYNC_SEED"))};
    const int count = qEnvironmentVariableIsSet("CASEBOOK_SYNC_SEEDS")
                          ? qEnvironmentVariableIntValue("CASEBOOK_SYNC_SEEDS")
                          : fallback;
    QList<quint32> list;
    for (int i = 1; i <= count; ++i)
        list.append(quint32(i));
    return list;
}

QStringList failuresOverSeeds(int fallback, const std::function<QStringList(quint32)> &scenario)
{
    QStringList report;
    for (const quint32 seed : propertySeeds(fallback)) {
        for (const QString &failure : scenario(seed))
            report.append(QStringLiteral("seed %1 (replay with CASEBOOK_SYNC_SEED=%1): %2")
                              .arg(seed)
                              .arg(failure));
        if (report.size() >= 5)
            break;
    }
    return report;
}

} // namespace casebook::test
