#include "RecordKind.h"

#include "RecordKinds.h"
#include "commands/BatchEditCommand.h"
#include "commands/EditSession.h"
#include "commands/RecordCommands.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

#include <QCoreApplication>
#include <QSet>

namespace casebook {

namespace {

QVariantMap currentRecord(EditSession &session, const RecordKind &kind, QUuid id)
{
    auto current = session.store().read(kind.type().table, id);
    if (!current)
        throw Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("casebook::RecordKind", "There is no %1 with id %2.")
                .arg(kind.type().table, id.toString(QUuid::WithoutBraces)));
    return *current;
}

} // namespace

void RecordKind::validate(Database &, QUuid, QVariantMap &, const EditOptions &) const
{}

namespace {

// The record as `kind` would add it, checked by its rules.
// `links` name records a batch adds before this one: not in the database to be
// checked yet, they are taken as they are.
QVariantMap checkedNewRecord(Database &db, const RecordKind &kind, const QVariantMap &values,
                             const EditOptions &options, const QVariantMap &links = {})
{
    QVariantMap record = kind.defaults();
    record.insert(checkedValues(db, kind.type(), values));
    record.insert(links);
    checkRequired(kind.type(), record);
    kind.validate(db, QUuid(), record, options);
    return record;
}

// The fields an edit changes, checked by the kind's rules on the whole record
// as it would be; empty when nothing changes.
QVariantMap checkedChanges(EditSession &session, const RecordKind &kind, QUuid id,
                           const QVariantMap &changes, const EditOptions &options,
                           QVariantMap *before = nullptr, QVariantMap *after = nullptr,
                           const QVariantMap &links = {})
{
    Database &db = session.database();
    const QVariantMap current = currentRecord(session, kind, id);
    QVariantMap record = current;
    record.insert(checkedValues(db, kind.type(), changes));
    record.insert(links);
    checkRequired(kind.type(), record);
    kind.validate(db, id, record, options);
    QVariantMap changed;
    for (auto it = record.cbegin(); it != record.cend(); ++it)
        if (Store::storageValue(it.value()) != Store::storageValue(current.value(it.key())))
            changed.insert(it.key(), it.value());
    if (before)
        for (auto it = changed.keyBegin(); it != changed.keyEnd(); ++it)
            before->insert(*it, current.value(*it));
    if (after)
        *after = record;
    return changed;
}

} // namespace

QUuid addRecord(EditSession &session, const RecordKind &kind, const QVariantMap &values,
                const EditOptions &options)
{
    const QVariantMap record = checkedNewRecord(session.database(), kind, values, options);
    auto command = std::make_unique<InsertRecordCommand>(session, kind.type().table, record,
                                                         kind.label(record));
    auto *added = command.get();
    session.execute(std::move(command));
    return added->recordId();
}

int editRecord(EditSession &session, const RecordKind &kind, QUuid id, const QVariantMap &changes,
               const EditOptions &options)
{
    QVariantMap record;
    const QVariantMap changed =
        checkedChanges(session, kind, id, changes, options, nullptr, &record);
    if (changed.isEmpty())
        return 0;
    auto command = std::make_unique<UpdateRecordCommand>(session, kind.type().table, id, changed,
                                                         kind.label(record));
    for (auto it = changed.keyBegin(); it != changed.keyEnd(); ++it)
        if (kind.isStep(*it))
            command->setMergeable(false);
    session.execute(std::move(command));
    return int(changed.size());
}

RecordBatch::RecordBatch(EditSession &session, QString text)
    : m_session(session)
    , m_text(std::move(text))
{}

RecordBatch::~RecordBatch() = default;

QVariantMap RecordBatch::withoutPendingLinks(const QVariantMap &values, QVariantMap &links) const
{
    QVariantMap rest;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QUuid id = it.value().typeId() == QMetaType::QUuid
                             ? it.value().toUuid()
                             : QUuid::fromRfc4122(it.value().toByteArray());
        if (!id.isNull() && m_added.contains(id))
            links.insert(it.key(), id.toRfc4122());
        else
            rest.insert(it.key(), it.value());
    }
    return rest;
}

QUuid RecordBatch::add(const RecordKind &kind, const QVariantMap &values,
                       const EditOptions &options, QUuid id)
{
    QVariantMap links;
    const QVariantMap rest = withoutPendingLinks(values, links);
    const QVariantMap record = checkedNewRecord(m_session.database(), kind, rest, options, links);
    if (id.isNull())
        id = m_session.database().environment().newId();
    m_added.insert(id);
    m_changes.append({kind.type().table, id, std::nullopt, record});
    return id;
}

void RecordBatch::edit(const RecordKind &kind, QUuid id, const QVariantMap &changes,
                       const EditOptions &options)
{
    QVariantMap links, before;
    const QVariantMap rest = withoutPendingLinks(changes, links);
    const QVariantMap changed =
        checkedChanges(m_session, kind, id, rest, options, &before, nullptr, links);
    if (!changed.isEmpty())
        m_changes.append({kind.type().table, id, before, changed});
}

void RecordBatch::commit()
{
    if (!m_changes.isEmpty())
        m_session.execute(std::make_unique<BatchEditCommand>(m_session, m_text, m_changes));
    m_changes.clear();
    m_added.clear();
}

namespace {

// The record and, first, every record its delete takes with it by the
// declared rules; throws when a Refuse rule holds it.
void collectDelete(Database &db, const RecordKind &kind, QUuid id, const QVariantMap &record,
                   QList<RecordChange> &changes, QSet<QUuid> &seen)
{
    if (seen.contains(id))
        return;
    seen.insert(id);
    for (const RecordReference &reference : referencesTo(kind.type().table)) {
        if (reference.field->onDelete == OnDelete::Keep)
            continue;
        const auto holders =
            readRecordsWhere(db, reference.kind->type(), reference.field->name, id);
        if (holders.isEmpty())
            continue;
        if (reference.field->onDelete != OnDelete::Cascade)
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate(
                            "casebook::RecordKind",
                            "%1 cannot be deleted: %2 refers to it (%3 records, the first %4). "
                            "Change or delete those first.")
                            .arg(kind.label(record), reference.kind->type().table)
                            .arg(holders.size())
                            .arg(reference.kind->label(holders.first().second)));
        for (const auto &[holderId, holder] : holders)
            collectDelete(db, *reference.kind, holderId, holder, changes, seen);
    }
    changes.append({kind.type().table, id, record, std::nullopt});
}

} // namespace

void deleteRecord(EditSession &session, const RecordKind &kind, QUuid id)
{
    const QVariantMap record = currentRecord(session, kind, id);
    QList<RecordChange> changes;
    QSet<QUuid> seen;
    collectDelete(session.database(), kind, id, record, changes, seen);
    if (changes.size() == 1) {
        session.execute(std::make_unique<DeleteRecordCommand>(session, kind.type().table, id,
                                                              kind.label(record)));
        return;
    }
    session.execute(std::make_unique<BatchEditCommand>(
        session,
        QCoreApplication::translate("casebook::RecordKind", "Delete %1").arg(kind.label(record)),
        changes));
}

QList<QPair<QUuid, QVariantMap>> readRecordsWhere(Database &db, const RecordType &type,
                                                  QStringView field, QUuid id)
{
    return readRecords(db, type, field, id.toRfc4122());
}

QList<QPair<QUuid, QVariantMap>> readRecords(Database &db, const RecordType &type,
                                             QStringView field, const QVariant &stored)
{
    QStringList columns;
    for (const auto &f : type.fields)
        columns.append(u'"' + f.name + u'"');
    // Names come from a RecordType in code (a field a person names is looked
    // up in it first), never from input. Version 7 ids sort in the order the
    // records were made.
    const QString where = field.isEmpty()   ? QString()
                          : stored.isNull() ? QStringLiteral(" WHERE \"%1\" IS NULL").arg(field)
                                            : QStringLiteral(" WHERE \"%1\" = ?").arg(field);
    Statement query(db.handle(), QStringLiteral("SELECT id, %1 FROM \"%2\"%3 ORDER BY id")
                                     .arg(columns.join(QLatin1String(", ")), type.table, where));
    if (!field.isEmpty() && !stored.isNull())
        query.bind(1, stored);
    QList<QPair<QUuid, QVariantMap>> records;
    while (query.step()) {
        QVariantMap record;
        for (int i = 0; i < type.fields.size(); ++i)
            record.insert(type.fields[i].name, query.value(1 + i));
        records.append({QUuid::fromRfc4122(query.blob(0)), record});
    }
    return records;
}

QVariant recordValue(Database &db, const QString &table, const QString &column, QUuid id)
{
    Statement query(db.handle(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                     .arg(quoteIdentifier(column), quoteIdentifier(table)));
    query.bindBlob(1, id.toRfc4122());
    return query.step() ? query.value(0) : QVariant();
}

} // namespace casebook
