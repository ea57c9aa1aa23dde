#include "RecordKinds.h"

#include "RecordKind.h"
#include "casework/CaseworkRecords.h"
#include "children/ChildRecords.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "sync/Store.h"

namespace casebook {

const RecordKind *recordKindForTable(QStringView table)
{
    const RecordKind *const kinds[] = {&childKind(),   &childContactKind(),  &consentKind(),
                                       &settingKind(), &staffKind(),         &involvementKind(),
                                       &outcomeKind(), &outcomeReviewKind(), &contactLogKind()};
    for (const RecordKind *kind : kinds)
        if (kind->type().table == table)
            return kind;
    return nullptr;
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
