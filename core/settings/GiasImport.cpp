#include "GiasImport.h"

#include "SettingRecords.h"
#include "commands/EditSession.h"
#include "common/Csv.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct GiasImportText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::GiasImport)
};

// GIAS column → setting field, for the columns every import needs.
struct Column
{
    const char *gias;
    const char *field; // nullptr: read, but not stored as it is
};

constexpr Column requiredColumnList[] = {
    {"URN", "urn"},
    {"LA (code)", "la_code"},
    {"EstablishmentNumber", "establishment_number"},
    {"EstablishmentName", "name"},
    {"TypeOfEstablishment (name)", "establishment_type"},
    {"EstablishmentStatus (name)", nullptr},
    {"PhaseOfEducation (name)", "phase"},
    {"Postcode", "postcode"},
    {"DistrictAdministrative (name)", nullptr},
};

constexpr Column optionalColumnList[] = {
    {"OpenDate", "opened_on"},
    {"CloseDate", "closed_on"},
    {"NumberOfPupils", "pupils_on_roll"},
};

struct ExistingSetting
{
    QUuid id;
    QVariantMap values;
};

QHash<QString, ExistingSetting> existingByUrn(Database &db, const QStringList &fields)
{
    QHash<QString, ExistingSetting> existing;
    Statement query(db.handle(), QStringLiteral("SELECT id, upper(urn), %1 FROM setting "
                                                "WHERE urn IS NOT NULL")
                                     .arg(fields.join(QLatin1String(", "))));
    while (query.step()) {
        ExistingSetting setting{QUuid::fromRfc4122(query.blob(0)), {}};
        for (int i = 0; i < fields.size(); ++i)
            setting.values.insert(fields[i], query.value(2 + i));
        existing.insert(query.text(1), setting);
    }
    return existing;
}

QHash<QString, QString> districtsByGiasName(Database &db)
{
    QHash<QString, QString> districts;
    Statement query(db.handle(), QStringLiteral("SELECT gias_name, code FROM district"));
    while (query.step())
        districts.insert(query.text(0).toCaseFolded(), query.text(1));
    return districts;
}

} // namespace

int GiasImportReport::skippedOtherAuthority() const
{
    return int(std::count_if(skipped.begin(), skipped.end(),
                             [](const GiasSkip &s) { return s.otherAuthority; }));
}

QStringList GiasImport::requiredColumns()
{
    QStringList names;
    for (const auto &column : requiredColumnList)
        names.append(QString::fromLatin1(column.gias));
    return names;
}

GiasImportPlan GiasImport::plan(Database &db, const QString &path, const QString &laCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    GiasImportText::tr("Cannot read %1: %2")
                        .arg(QFileInfo(path).fileName(), file.errorString()));
    return planBytes(db, file.readAll(), QFileInfo(path).fileName(), laCode);
}

GiasImportPlan GiasImport::planBytes(Database &db, const QByteArray &bytes, const QString &fileName,
                                     const QString &laCode)
{
    CsvReader reader(decodeTextFile(bytes));
    QStringList header;
    try {
        if (!reader.next(header))
            throw Error(Error::Kind::Invalid, GiasImportText::tr("the file is empty."));
    } catch (const Error &error) {
        throw Error(Error::Kind::Invalid,
                    GiasImportText::tr("%1: %2").arg(fileName, error.message()));
    }
    if (!header.isEmpty())
        header.first().remove(QChar(0xFEFF));

    QHash<QString, int> columnIndex;
    for (int i = 0; i < header.size(); ++i)
        columnIndex.insert(header[i].trimmed(), i);
    QStringList missing;
    for (const auto &column : requiredColumnList)
        if (!columnIndex.contains(QString::fromLatin1(column.gias)))
            missing.append(QString::fromLatin1(column.gias));
    if (missing.size() == qsizetype(std::size(requiredColumnList)))
        throw Error(
            Error::Kind::Invalid,
            GiasImportText::tr("%1 is not a GIAS establishment CSV: it has none of the columns %2.")
                .arg(fileName, missing.join(QLatin1String(", "))));
    if (!missing.isEmpty())
        throw Error(Error::Kind::Invalid,
                    GiasImportText::tr("%1 lacks the GIAS columns %2; nothing was imported.")
                        .arg(fileName, missing.join(QLatin1String(", "))));

    QList<QPair<int, QString>> mapped; // column index → setting field
    QStringList storedFields;
    for (const auto &column : requiredColumnList)
        if (column.field)
            mapped.append({columnIndex.value(QString::fromLatin1(column.gias)),
                           QString::fromLatin1(column.field)});
    for (const auto &column : optionalColumnList)
        if (columnIndex.contains(QString::fromLatin1(column.gias)))
            mapped.append({columnIndex.value(QString::fromLatin1(column.gias)),
                           QString::fromLatin1(column.field)});
    for (const auto &m : mapped)
        storedFields.append(m.second);
    storedFields.append({QStringLiteral("district_code"), QStringLiteral("status")});

    const int urnColumn = columnIndex.value(QStringLiteral("URN"));
    const int laColumn = columnIndex.value(QStringLiteral("LA (code)"));
    const int nameColumn = columnIndex.value(QStringLiteral("EstablishmentName"));
    const int statusColumn = columnIndex.value(QStringLiteral("EstablishmentStatus (name)"));
    const int districtColumn = columnIndex.value(QStringLiteral("DistrictAdministrative (name)"));
    const QHash<QString, QString> districts = districtsByGiasName(db);
    QHash<QString, ExistingSetting> existing = existingByUrn(db, storedFields);
    QHash<QString, int> seenUrns; // URN → line
    static const QRegularExpression urnShape(QStringLiteral("^[0-9]{5,8}$"));

    GiasImportPlan plan;
    GiasImportReport &report = plan.report;
    report.fileName = fileName;
    QStringList row;
    while (true) {
        try {
            if (!reader.next(row))
                break;
        } catch (const Error &error) {
            throw Error(Error::Kind::Invalid,
                        GiasImportText::tr("%1: %2").arg(fileName, error.message()));
        }
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue; // a blank line, such as one at the very end
        ++report.rows;
        const int line = reader.recordLine();
        const auto cell = [&](int column) {
            return column < row.size() ? row[column].trimmed() : QString();
        };
        const QString urn = cell(urnColumn);
        const QString name = cell(nameColumn);
        const auto skip = [&](const QString &reason, bool otherAuthority = false) {
            report.skipped.append({line, urn, name, reason, otherAuthority});
        };
        if (row.size() != header.size()) {
            skip(GiasImportText::tr("it has %1 fields where the header has %2.")
                     .arg(row.size())
                     .arg(header.size()));
            continue;
        }
        if (cell(laColumn) != laCode) {
            skip(GiasImportText::tr("LA (code) is %1, not %2.").arg(cell(laColumn), laCode), true);
            continue;
        }
        if (!urnShape.match(urn).hasMatch()) {
            skip(urn.isEmpty() ? GiasImportText::tr("URN is empty.")
                               : GiasImportText::tr("URN “%1” is not a number.").arg(urn));
            continue;
        }
        if (name.isEmpty()) {
            skip(GiasImportText::tr("EstablishmentName is empty."));
            continue;
        }
        if (seenUrns.contains(urn)) {
            skip(GiasImportText::tr("URN %1 is also on line %2, which was kept.")
                     .arg(urn)
                     .arg(seenUrns[urn]));
            continue;
        }

        QVariantMap values;
        QString badDate;
        for (const auto &[column, field] : mapped) {
            const QString text = cell(column);
            if (field.endsWith(QLatin1String("_on"))) {
                const QDate date = QDate::fromString(text, QStringLiteral("dd-MM-yyyy"));
                if (!text.isEmpty() && !date.isValid())
                    badDate = GiasImportText::tr("%1 “%2” is not a date (dd-mm-yyyy).")
                                  .arg(header[column].trimmed(), text);
                values.insert(field,
                              date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant());
            } else if (field == u"pupils_on_roll") {
                bool number = false;
                const qint64 pupils = text.toLongLong(&number);
                values.insert(field, number && pupils >= 0 ? QVariant(pupils) : QVariant());
            } else {
                values.insert(field, text.isEmpty() ? QVariant() : QVariant(text));
            }
        }
        if (!badDate.isEmpty()) {
            skip(badDate);
            continue;
        }
        values.insert(QStringLiteral("status"),
                      cell(statusColumn).compare(u"Closed", Qt::CaseInsensitive) == 0
                          ? QStringLiteral("closed")
                          : QStringLiteral("open"));
        const QString districtName = cell(districtColumn);
        const QString district = districts.value(districtName.toCaseFolded());
        values.insert(QStringLiteral("district_code"),
                      district.isEmpty() ? QVariant() : QVariant(district));
        if (district.isEmpty())
            report.withoutDistrict.append(
                GiasImportText::tr("line %1: %2 (%3)")
                    .arg(line)
                    .arg(name, districtName.isEmpty() ? GiasImportText::tr("no district given")
                                                      : districtName));
        seenUrns.insert(urn, line);

        const auto found = existing.constFind(urn);
        if (found == existing.constEnd()) {
            plan.changes.append(
                {QStringLiteral("setting"), db.environment().newId(), std::nullopt, values});
            ++report.added;
            continue;
        }
        QVariantMap before, after;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QVariant old = found->values.value(it.key());
            if (Store::storageValue(it.value()) != Store::storageValue(old)) {
                before.insert(it.key(), old);
                after.insert(it.key(), it.value());
            }
        }
        if (after.isEmpty()) {
            ++report.unchanged;
        } else {
            plan.changes.append({QStringLiteral("setting"), found->id, before, after});
            ++report.updated;
        }
    }
    return plan;
}

void GiasImport::apply(EditSession &session, const GiasImportPlan &plan)
{
    if (plan.changes.isEmpty())
        return;
    session.execute(
        std::make_unique<BatchEditCommand>(session,
                                           GiasImportText::tr("Import %1 (%2 added, %3 updated)")
                                               .arg(plan.report.fileName)
                                               .arg(plan.report.added)
                                               .arg(plan.report.updated),
                                           plan.changes));
}

} // namespace casebook
