#include "RecordKinds.h"

#include "Feature.h"
#include "RecordKind.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

namespace casebook {

QList<const RecordKind *> allRecordKinds()
{
    QList<const RecordKind *> kinds;
    for (const CoreFeature &feature : installedCoreFeatures())
        kinds += feature.recordKinds;
    return kinds;
}

const RecordKind *recordKindForTable(QStringView table)
{
    for (const RecordKind *kind : allRecordKinds())
        if (kind->type().table == table)
            return kind;
    return nullptr;
}

QList<RecordReference> referencesTo(QStringView table)
{
    QList<RecordReference> references;
    for (const RecordKind *kind : allRecordKinds())
        for (const FieldSpec &field : kind->type().fields)
            if (field.type == FieldType::RecordId && field.recordTable == table)
                references.append({kind, &field});
    return references;
}

QStringList danglingReferences(Database &db)
{
    QStringList found;
    for (const RecordKind *kind : allRecordKinds()) {
        for (const FieldSpec &field : kind->type().fields) {
            if (field.type != FieldType::RecordId || field.onDelete == OnDelete::Keep)
                continue;
            // Names come from record kinds in code, never from input.
            Statement query(db.handle(),
                            QStringLiteral("SELECT r.id, r.\"%2\" FROM \"%1\" r WHERE r.\"%2\" IS "
                                           "NOT NULL AND NOT EXISTS (SELECT 1 FROM \"%3\" t WHERE "
                                           "t.id = r.\"%2\") LIMIT 5")
                                .arg(kind->type().table, field.name, field.recordTable));
            while (query.step())
                found.append(
                    QStringLiteral("%1 %2: %3 names %4 %5, which is not there")
                        .arg(kind->type().table,
                             QUuid::fromRfc4122(query.blob(0)).toString(QUuid::WithoutBraces),
                             field.name, field.recordTable,
                             QUuid::fromRfc4122(query.blob(1)).toString(QUuid::WithoutBraces)));
        }
    }
    return found;
}

QVariant settlementValue(Database &db, QStringView table, QUuid row, const QString &field,
                         const QString &text)
{
    const RecordKind *kind = recordKindForTable(table);
    const FieldSpec *spec = kind ? kind->type().field(field) : nullptr;
    if (!spec)
        return text;
    const QVariantMap checked =
        checkedValues(db, kind->type(), {{field, parseFieldText(*spec, text)}});
    checkRequired(*spec, checked.value(field));
    // The record's own rules, on the record as the settlement would leave it.
    // (A deleted record comes back with the values made to it; its kind's
    // rules meet it again at its next edit.)
    Store store(db);
    std::optional<QVariantMap> record = store.read(kind->type().table, row);
    if (!record)
        return checked.value(field);
    record->insert(checked);
    kind->validate(db, row, *record, {});
    return record->value(field);
}

} // namespace casebook
