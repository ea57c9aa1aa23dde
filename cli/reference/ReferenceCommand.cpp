#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "reference/ReferenceData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>

namespace casebook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebook::ReferenceCommand", text);
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

struct NamedTable
{
    QString name;
    QString title;
    std::function<OutputTable(const ReferenceData &)> make;
};

QList<NamedTable> referenceTables()
{
    return {
        {QStringLiteral("districts"), tr("Areas and districts"),
         [](const ReferenceData &data) {
             OutputTable t{{QStringLiteral("code"), QStringLiteral("district"),
                            QStringLiteral("area"), QStringLiteral("sla_school")},
                           {tr("Code"), tr("District"), tr("Area"), tr("SLA special school")},
                           {},
                           {}};
             for (const auto &d : data.districts) {
                 QString area;
                 for (const auto &a : data.areas)
                     if (a.code == d.areaCode)
                         area = a.name;
                 t.rows.append({d.code, d.name, area, d.slaSchool});
             }
             return t;
         }},
        {QStringLiteral("service-lines"), tr("Service lines"),
         [](const ReferenceData &data) {
             OutputTable t{{QStringLiteral("code"), QStringLiteral("service_line"),
                            QStringLiteral("scope"), QStringLiteral("county_sla_school"),
                            QStringLiteral("statutory"), QStringLiteral("direct_referrals")},
                           {tr("Code"), tr("Service line"), tr("Scope"), tr("County SLA"),
                            tr("Statutory"), tr("Direct referrals")},
                           {},
                           {}};
             for (const auto &s : data.serviceLines)
                 t.rows.append({s.code, s.name, s.scope, orNull(s.countySlaSchool), s.statutory,
                                s.directReferrals});
             return t;
         }},
        {QStringLiteral("dimensions"), tr("Dimensions of need"),
         [](const ReferenceData &data) {
             OutputTable t{{QStringLiteral("code"), QStringLiteral("dimension")},
                           {tr("Code"), tr("Dimension of need")},
                           {},
                           {}};
             for (const auto &d : data.dimensions)
                 t.rows.append({d.code, d.name});
             return t;
         }},
        {QStringLiteral("needs"), tr("Primary need codes (school census)"),
         [](const ReferenceData &data) {
             OutputTable t{
                 {QStringLiteral("code"), QStringLiteral("need"), QStringLiteral("dimension")},
                 {tr("Code"), tr("Need"), tr("Dimension")},
                 {},
                 {}};
             for (const auto &n : data.needs) {
                 const auto dimension = data.dimensionOfNeed(n.code);
                 t.rows.append(
                     {n.code, n.name, dimension ? QVariant(dimension->name) : QVariant()});
             }
             return t;
         }},
        {QStringLiteral("provisions"), tr("SEN provision"),
         [](const ReferenceData &data) {
             OutputTable t{
                 {QStringLiteral("code"), QStringLiteral("provision"), QStringLiteral("census")},
                 {tr("Code"), tr("Provision"), tr("Census code")},
                 {},
                 {}};
             for (const auto &p : data.provisions)
                 t.rows.append({p.code, p.name, p.census});
             return t;
         }},
        {QStringLiteral("budget"), tr("Budget 2021/22 (decision report, section 9.2)"),
         [](const ReferenceData &data) {
             OutputTable t{{QStringLiteral("financial_year"), QStringLiteral("funding"),
                            QStringLiteral("service_line"), QStringLiteral("amount_gbp")},
                           {tr("Year"), tr("Funding"), tr("Service line"), tr("Amount")},
                           {},
                           {3}};
             for (const auto &b : data.budget) {
                 QString line = tr("(whole service)");
                 for (const auto &s : data.serviceLines)
                     if (s.code == b.serviceLineCode)
                         line = s.name;
                 t.rows.append({b.financialYear, b.funding, line, b.amountGbp});
             }
             t.rows.append(
                 {QStringLiteral("2021/22"), tr("total"), QString(), data.budgetTotal(u"2021/22")});
             return t;
         }},
    };
}

class ReferenceCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("reference"); }
    QString summary() const override
    {
        return tr("Show the reference data: districts, service lines, needs, budget.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        QStringList names;
        for (const auto &table : referenceTables())
            names.append(table.name);
        parser.addPositionalArgument(QStringLiteral("table"),
                                     tr("One table only: %1.").arg(names.join(u", ")),
                                     QStringLiteral("[TABLE]"));
    }

    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const OutputFormat format = outputFormat(parser);
        const QStringList positional = parser.positionalArguments();
        QList<NamedTable> tables = referenceTables();
        if (!positional.isEmpty()) {
            const auto it = std::find_if(tables.begin(), tables.end(), [&](const NamedTable &t) {
                return t.name == positional.first();
            });
            if (it == tables.end())
                throw Error(Error::Kind::Usage,
                            tr("There is no reference table “%1”.").arg(positional.first()));
            tables = {*it};
        } else if (format == OutputFormat::Csv) {
            throw Error(Error::Kind::Usage,
                        tr("CSV holds one table: name it, e.g. “casebook reference budget "
                           "--format csv”."));
        }

        const auto db = context.openDatabase();
        const ReferenceData data = ReferenceData::load(*db);
        if (format == OutputFormat::Json && tables.size() > 1) {
            QJsonObject all;
            for (const auto &table : tables) {
                QString json;
                QTextStream stream(&json);
                writeTable(stream, table.make(data), OutputFormat::Json);
                stream.flush();
                all.insert(table.name, QJsonDocument::fromJson(json.toUtf8()).array());
            }
            context.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
            return ExitSuccess;
        }
        bool first = true;
        for (const auto &table : tables) {
            if (format == OutputFormat::Table) {
                context.out << (first ? "" : "\n") << table.title << "\n\n";
                first = false;
            }
            writeTable(context.out, table.make(data), format);
        }
        return ExitSuccess;
    }
};

} // namespace

CommandList referenceCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<ReferenceCommand>());
    return commands;
}

} // namespace casebook
