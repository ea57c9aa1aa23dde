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

// The context under which translators find this file's texts.
struct ReferenceCommandText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ReferenceCommand)
};

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
        {QStringLiteral("districts"), ReferenceCommandText::tr("Areas and districts"),
         [](const ReferenceData &data) {
             OutputTable t{{QStringLiteral("code"), QStringLiteral("district"),
                            QStringLiteral("area"), QStringLiteral("sla_school")},
                           {ReferenceCommandText::tr("Code"), ReferenceCommandText::tr("District"),
                            ReferenceCommandText::tr("Area"),
                            ReferenceCommandText::tr("SLA special school")},
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
        {QStringLiteral("service-lines"), ReferenceCommandText::tr("Service lines"),
         [](const ReferenceData &data) {
             OutputTable t{
                 {QStringLiteral("code"), QStringLiteral("service_line"), QStringLiteral("scope"),
                  QStringLiteral("county_sla_school"), QStringLiteral("statutory"),
                  QStringLiteral("direct_referrals")},
                 {ReferenceCommandText::tr("Code"), ReferenceCommandText::tr("Service line"),
                  ReferenceCommandText::tr("Scope"), ReferenceCommandText::tr("County SLA"),
                  ReferenceCommandText::tr("Statutory"),
                  ReferenceCommandText::tr("Direct referrals")},
                 {},
                 {}};
             for (const auto &s : data.serviceLines)
                 t.rows.append({s.code, s.name, s.scope, orNull(s.countySlaSchool), s.statutory,
                                s.directReferrals});
             return t;
         }},
        {QStringLiteral("dimensions"), ReferenceCommandText::tr("Dimensions of need"),
         [](const ReferenceData &data) {
             OutputTable t{
                 {QStringLiteral("code"), QStringLiteral("dimension")},
                 {ReferenceCommandText::tr("Code"), ReferenceCommandText::tr("Dimension of need")},
                 {},
                 {}};
             for (const auto &d : data.dimensions)
                 t.rows.append({d.code, d.name});
             return t;
         }},
        {QStringLiteral("needs"), ReferenceCommandText::tr("Primary need codes (school census)"),
         [](const ReferenceData &data) {
             OutputTable t{
                 {QStringLiteral("code"), QStringLiteral("need"), QStringLiteral("dimension")},
                 {ReferenceCommandText::tr("Code"), ReferenceCommandText::tr("Need"),
                  ReferenceCommandText::tr("Dimension")},
                 {},
                 {}};
             for (const auto &n : data.needs) {
                 const auto dimension = data.dimensionOfNeed(n.code);
                 t.rows.append(
                     {n.code, n.name, dimension ? QVariant(dimension->name) : QVariant()});
             }
             return t;
         }},
        {QStringLiteral("provisions"), ReferenceCommandText::tr("SEN provision"),
         [](const ReferenceData &data) {
             OutputTable t{
                 {QStringLiteral("code"), QStringLiteral("provision"), QStringLiteral("census")},
                 {ReferenceCommandText::tr("Code"), ReferenceCommandText::tr("Provision"),
                  ReferenceCommandText::tr("Census code")},
                 {},
                 {}};
             for (const auto &p : data.provisions)
                 t.rows.append({p.code, p.name, p.census});
             return t;
         }},
        {QStringLiteral("budget"),
         ReferenceCommandText::tr("Budget 2021/22 (decision report, section 9.2)"),
         [](const ReferenceData &data) {
             OutputTable t{{QStringLiteral("financial_year"), QStringLiteral("funding"),
                            QStringLiteral("service_line"), QStringLiteral("amount_gbp")},
                           {ReferenceCommandText::tr("Year"), ReferenceCommandText::tr("Funding"),
                            ReferenceCommandText::tr("Service line"),
                            ReferenceCommandText::tr("Amount")},
                           {},
                           {3}};
             for (const auto &b : data.budget) {
                 QString line = ReferenceCommandText::tr("(whole service)");
                 for (const auto &s : data.serviceLines)
                     if (s.code == b.serviceLineCode)
                         line = s.name;
                 t.rows.append({b.financialYear, b.funding, line, b.amountGbp});
             }
             t.rows.append({QStringLiteral("2021/22"), ReferenceCommandText::tr("total"), QString(),
                            data.budgetTotal(u"2021/22")});
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
        return ReferenceCommandText::tr(
            "Show the reference data: districts, service lines, needs, budget.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        QStringList names;
        for (const auto &table : referenceTables())
            names.append(table.name);
        parser.addPositionalArgument(
            QStringLiteral("table"),
            ReferenceCommandText::tr("One table only: %1.").arg(names.join(u", ")),
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
                            ReferenceCommandText::tr("There is no reference table “%1”.")
                                .arg(positional.first()));
            tables = {*it};
        } else if (format == OutputFormat::Csv) {
            throw Error(Error::Kind::Usage,
                        ReferenceCommandText::tr(
                            "CSV holds one table: name it, e.g. “casebook reference budget "
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
    return makeCommands<ReferenceCommand>();
}

} // namespace casebook
