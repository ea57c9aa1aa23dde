#include "RecordVerbs.h"

#include "RecordOutput.h"
#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Error.h"
#include "records/RecordKind.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct RecordVerbsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::RecordVerbs)
};

QList<std::pair<RecordKindGetter, QString>> &groups()
{
    static QList<std::pair<RecordKindGetter, QString>> given;
    return given;
}

// The common ground of the five verbs: the kind, its words, its id argument.
class RecordVerb : public DatabaseCommand
{
public:
    RecordVerb(RecordKindGetter getKind, QString group, RecordFinder finder)
        : m_kind(getKind)
        , m_group(std::move(group))
        , m_finder(std::move(finder))
    {}
    QString name() const override { return m_group + u' ' + QLatin1String(verb()); }
    virtual const char *verb() const = 0;

protected:
    const RecordType &type() const { return kind().type(); }
    void addIdArgument(QCommandLineParser &parser) const
    {
        if (m_finder.find)
            parser.addPositionalArgument(QStringLiteral("record"), m_finder.description,
                                         m_finder.argument);
        else
            parser.addPositionalArgument(QStringLiteral("id"),
                                         RecordVerbsText::tr("The record's id."),
                                         QStringLiteral("ID"));
    }
    QUuid idArgument(Database &db, const QCommandLineParser &parser) const
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            throw Error(
                Error::Kind::Usage,
                m_finder.find
                    ? RecordVerbsText::tr("Give one %1: %2.").arg(kind().noun(), m_finder.argument)
                    : RecordVerbsText::tr("Give one record's id."));
        const QUuid id = QUuid::fromString(positional.first());
        if (id.isNull() && m_finder.find)
            return m_finder.find(db, positional.first());
        if (id.isNull())
            throw Error(Error::Kind::Usage,
                        RecordVerbsText::tr("“%1” is not a record id; see “casebook %2 list”.")
                            .arg(positional.first(), m_group));
        return id;
    }
    QVariantMap existing(EditSession &session, QUuid id) const
    {
        const auto found = readRecordsWhere(session.database(), type(), u"id", id);
        if (found.isEmpty())
            throw Error(Error::Kind::NotFound,
                        RecordVerbsText::tr("There is no %1 with id %2.")
                            .arg(kind().noun(), id.toString(QUuid::WithoutBraces)));
        return found.first().second;
    }

    const RecordKind &kind() const { return m_kind(); }

    RecordKindGetter m_kind;
    QString m_group;
    RecordFinder m_finder;
};

class AddVerb : public RecordVerb
{
public:
    using RecordVerb::RecordVerb;
    const char *verb() const override { return "add"; }
    QString summary() const override
    {
        return RecordVerbsText::tr("Add one %1.").arg(kind().noun());
    }
    void configure(QCommandLineParser &parser) override { addSetOption(parser); }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const QVariantMap values = parseAssignments(type(), parser.values(QStringLiteral("set")));
        const QUuid id = addRecord(session, kind(), values);
        context.out << RecordVerbsText::tr("Added %1 (%2).")
                           .arg(kind().label(existing(session, id)),
                                id.toString(QUuid::WithoutBraces))
                    << '\n';
        return ExitSuccess;
    }
};

class ListVerb : public RecordVerb
{
public:
    using RecordVerb::RecordVerb;
    const char *verb() const override { return "list"; }
    QString summary() const override
    {
        return RecordVerbsText::tr("List every %1.").arg(kind().noun());
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("where")},
            RecordVerbsText::tr(
                "Only the records whose field has this value (an empty value: is empty)."),
            QStringLiteral("FIELD=VALUE")));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        QString field;
        QVariant value;
        if (parser.isSet(QStringLiteral("where"))) {
            const QVariantMap where =
                parseAssignments(type(), {parser.value(QStringLiteral("where"))});
            field = where.firstKey();
            value = where.first();
        }
        OutputTable table;
        table.keys.append(QStringLiteral("id"));
        table.headings.append(RecordVerbsText::tr("Id"));
        for (const FieldSpec &spec : type().fields) {
            table.keys.append(spec.name);
            table.headings.append(spec.label);
        }
        for (const auto &[id, record] : readRecords(session.database(), type(), field, value)) {
            QVariantList row{id.toString(QUuid::WithoutBraces)};
            for (const FieldSpec &spec : type().fields)
                row.append(format == OutputFormat::Table
                               ? QVariant(textForPeople(spec, record.value(spec.name)))
                               : outputValue(spec, record.value(spec.name)));
            table.rows.append(row);
        }
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class ShowVerb : public RecordVerb
{
public:
    using RecordVerb::RecordVerb;
    const char *verb() const override { return "show"; }
    QString summary() const override
    {
        return RecordVerbsText::tr("Show one %1.").arg(kind().noun());
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        addIdArgument(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        const QUuid id = idArgument(session.database(), parser);
        writeRecord(context.out, format, type(), id, existing(session, id));
        return ExitSuccess;
    }
};

class EditVerb : public RecordVerb
{
public:
    using RecordVerb::RecordVerb;
    const char *verb() const override { return "edit"; }
    QString summary() const override
    {
        return RecordVerbsText::tr("Change fields of one %1.").arg(kind().noun());
    }
    void configure(QCommandLineParser &parser) override
    {
        addSetOption(parser);
        addIdArgument(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const QUuid id = idArgument(session.database(), parser);
        const QVariantMap changes = parseAssignments(type(), parser.values(QStringLiteral("set")));
        if (changes.isEmpty())
            throw Error(Error::Kind::Usage,
                        RecordVerbsText::tr("Say what to change with --set FIELD=VALUE."));
        context.out << fieldsChangedText(editRecord(session, kind(), id, changes)) << '\n';
        return ExitSuccess;
    }
};

class DeleteVerb : public RecordVerb
{
public:
    using RecordVerb::RecordVerb;
    const char *verb() const override { return "delete"; }
    QString summary() const override
    {
        return RecordVerbsText::tr("Delete one %1, with the records that belong to it.")
            .arg(kind().noun());
    }
    void configure(QCommandLineParser &parser) override { addIdArgument(parser); }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const QUuid id = idArgument(session.database(), parser);
        const QString label = kind().label(existing(session, id));
        deleteRecord(session, kind(), id);
        context.out << RecordVerbsText::tr("Deleted %1.").arg(label) << '\n';
        return ExitSuccess;
    }
};

template<typename Verb>
void addUnlessTaken(CommandList &commands, RecordKindGetter kind, const QString &group,
                    const RecordFinder &finder)
{
    auto verb = std::make_unique<Verb>(kind, group, finder);
    for (const auto &command : commands)
        if (command->name() == verb->name())
            return;
    commands.push_back(std::move(verb));
}

} // namespace

void addRecordVerbs(CommandList &commands, RecordKindGetter kind, const QString &group,
                    const RecordFinder &finder)
{
    if (std::none_of(groups().cbegin(), groups().cend(),
                     [&](const auto &given) { return given.first == kind; }))
        groups().append({kind, group});
    addUnlessTaken<AddVerb>(commands, kind, group, finder);
    addUnlessTaken<ListVerb>(commands, kind, group, finder);
    addUnlessTaken<ShowVerb>(commands, kind, group, finder);
    addUnlessTaken<EditVerb>(commands, kind, group, finder);
    addUnlessTaken<DeleteVerb>(commands, kind, group, finder);
}

QString recordVerbGroup(const RecordKind &kind)
{
    for (const auto &[getter, group] : groups())
        if (&getter() == &kind)
            return group;
    return {};
}

} // namespace casebook
