#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "records/RecordKinds.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Conflicts.h"
#include "sync/Passphrase.h"
#include "sync/PeerIndex.h"
#include "sync/Store.h"
#include "sync/SyncPackages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTextStream>

#include <sodium.h>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct SyncCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::SyncCommands)
};

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

QVariant stampTime(Stamp stamp, OutputFormat format)
{
    if (stamp.value == 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(stamp.milliseconds(), Qt::UTC);
    return format == OutputFormat::Table
               ? when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
               : when.toString(Qt::ISODate);
}

// Wipes the passphrase when the command is done with it.
struct Passphrase
{
    QByteArray bytes;
    ~Passphrase() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
};

QString summaryText(const ImportSummary &s)
{
    return SyncCommandsText::tr(
               "%1 new records, %2 changed, %3 deleted; %4 conflicts to settle (%5 changes new "
               "here, %6 already known).")
        .arg(number(s.rowsAdded), number(s.rowsChanged), number(s.rowsDeleted), number(s.conflicts),
             number(s.changesApplied), number(s.changesKnown));
}

// Who a package is for, from the command line: --for ID, --full, or by
// default the one installation this one exchanges packages with.
QUuid exportRecipient(Database &db, const QCommandLineParser &parser)
{
    const bool full = parser.isSet(QStringLiteral("full"));
    if (parser.isSet(QStringLiteral("for"))) {
        if (full)
            throw Error(Error::Kind::Usage,
                        SyncCommandsText::tr("Give --for ID or --full, not both."));
        const QUuid recipient = QUuid::fromString(parser.value(QStringLiteral("for")));
        if (recipient.isNull())
            throw Error(
                Error::Kind::Usage,
                SyncCommandsText::tr("--for needs an installation id; see “casebook sync peers”."));
        return recipient;
    }
    if (full)
        return {};
    const QList<PackagePeer> peers = packagePeers(db);
    if (peers.size() <= 1)
        return peers.isEmpty() ? QUuid() : peers.first().id;
    QStringList ids;
    for (const PackagePeer &peer : peers)
        ids.append(peer.id.toString(QUuid::WithoutBraces));
    throw Error(Error::Kind::Usage,
                SyncCommandsText::tr(
                    "This installation exchanges packages with %1 others, so say who the package "
                    "is for: --for ID (one of %2), or --full for a package holding everything "
                    "(for a new laptop).")
                    .arg(peers.size())
                    .arg(ids.join(QStringLiteral(", "))));
}

class SyncExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sync export"); }
    QString summary() const override
    {
        return SyncCommandsText::tr(
            "Write an encrypted package of the changes another installation lacks.");
    }
    QString description() const override
    {
        return SyncCommandsText::tr(
            "Without --for or --full, the package is for the one installation this one "
            "has had packages from (a teacher's laptop: the district office); with none, "
            "it holds everything; with several, say which. An installation that imports "
            "a package made for another is refused, changing nothing, if it lacks "
            "changes the package counts on.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("out")},
                                            SyncCommandsText::tr("The package file to write."),
                                            QStringLiteral("FILE")));
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("for")},
            SyncCommandsText::tr(
                "Only what this installation lacks, as far as it has told this one (everything, "
                "for one never heard from)."),
            QStringLiteral("INSTALLATION_ID")));
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("full")},
            SyncCommandsText::tr(
                "Everything, for any installation: a new laptop joins the group from it.")));
        addPassphraseOption(parser);
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            throw Error(Error::Kind::Usage,
                        SyncCommandsText::tr("Say where to write the package: --out FILE."));
        const auto db = context.openDatabase();
        ExportOptions options;
        options.recipient = exportRecipient(*db, parser);
        const Passphrase passphrase{readPassphrase(parser, context.err, syncGroup(*db).isNull())};
        const ExportResult result = exportPackage(*db, out, passphrase.bytes, options);
        const QString forWhom = options.recipient.isNull()
                                    ? SyncCommandsText::tr("everything, for any installation")
                                    : SyncCommandsText::tr("for installation %1")
                                          .arg(options.recipient.toString(QUuid::WithoutBraces));
        context.out << SyncCommandsText::tr("Wrote %1 (%2): %3 changes, %4 bytes, sync group …%5.")
                           .arg(out, forWhom, number(result.changes), number(result.bytes),
                                result.group.toString(QUuid::WithoutBraces).right(8))
                    << '\n';
        return ExitSuccess;
    }
};

class SyncImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sync import"); }
    QString summary() const override
    {
        return SyncCommandsText::tr("Merge an encrypted package from another installation.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("file"),
                                     SyncCommandsText::tr("The package file."),
                                     QStringLiteral("FILE"));
        addPassphraseOption(parser);
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            throw Error(Error::Kind::Usage, SyncCommandsText::tr("Give one package file."));
        const auto db = context.openDatabase();
        const Passphrase passphrase{readPassphrase(parser, context.err, false)};
        const PackageImport result = importPackage(*db, positional.first(), passphrase.bytes);
        if (result.ownPackage) {
            context.out << SyncCommandsText::tr(
                               "This package was made here; there is nothing to import.")
                        << '\n';
            return ExitSuccess;
        }
        if (result.joinedGroup)
            context.out << SyncCommandsText::tr(
                               "This installation has joined the package's sync group.")
                        << '\n';
        context.out << SyncCommandsText::tr("Imported from installation %1: %2")
                           .arg(result.sender.toString(QUuid::WithoutBraces),
                                summaryText(result.summary))
                    << '\n';
        return ExitSuccess;
    }
};

class SyncPeersCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("sync peers"); }
    QString summary() const override
    {
        return SyncCommandsText::tr("List the installations known here and what each has seen.");
    }
    void configure(QCommandLineParser &parser) override { addFormatOption(parser); }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        const PeerIndex peers(db);
        const QMap<QUuid, Stamp> here = seenHere(db);
        OutputTable table{{QStringLiteral("id"), QStringLiteral("this_installation"),
                           QStringLiteral("latest_change"), QStringLiteral("has_seen_ours_up_to")},
                          {SyncCommandsText::tr("Installation"), SyncCommandsText::tr("This one"),
                           SyncCommandsText::tr("Latest change from it"),
                           SyncCommandsText::tr("Has seen ours up to")},
                          {},
                          {}};
        for (const auto &[index, uuid] : peers.all()) {
            const bool self = uuid == db.installationId();
            const Stamp theirsSeen =
                self ? Stamp{} : seenByPeer(db, uuid).value(db.installationId());
            table.rows.append({uuid.toString(QUuid::WithoutBraces),
                               format == OutputFormat::Table
                                   ? QVariant(self ? QStringLiteral("*") : QString())
                                   : QVariant(self),
                               stampTime(here.value(uuid), format), stampTime(theirsSeen, format)});
        }
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class SyncConflictsCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("sync conflicts"); }
    QString summary() const override
    {
        return SyncCommandsText::tr("List the edits that clashed, waiting to be settled.");
    }
    void configure(QCommandLineParser &parser) override { addFormatOption(parser); }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        OutputTable table{{QStringLiteral("id"), QStringLiteral("table"), QStringLiteral("row"),
                           QStringLiteral("field"), QStringLiteral("current"),
                           QStringLiteral("waiting"), QStringLiteral("waiting_from"),
                           QStringLiteral("waiting_made"), QStringLiteral("record_deleted")},
                          {SyncCommandsText::tr("Id"), SyncCommandsText::tr("Table"),
                           SyncCommandsText::tr("Record"), SyncCommandsText::tr("Field"),
                           SyncCommandsText::tr("Current"), SyncCommandsText::tr("Waiting"),
                           SyncCommandsText::tr("Waiting from"), SyncCommandsText::tr("Made"),
                           SyncCommandsText::tr("Deleted")},
                          {},
                          {}};
        for (const Conflict &c : listConflicts(db)) {
            const auto text = [](const QVariant &v) {
                return v.typeId() == QMetaType::QByteArray ? QVariant(v.toByteArray().toHex()) : v;
            };
            table.rows.append(
                {c.id, c.table, c.row.toString(QUuid::WithoutBraces), c.field, text(c.current),
                 text(c.waiting), c.waitingVersion.origin.toString(QUuid::WithoutBraces),
                 stampTime(c.waitingVersion.stamp, format),
                 format == OutputFormat::Table
                     ? QVariant(c.rowDeleted ? SyncCommandsText::tr("yes") : QString())
                     : QVariant(c.rowDeleted)});
        }
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class SyncResolveCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sync resolve"); }
    QString summary() const override
    {
        return SyncCommandsText::tr("Settle a conflict: keep one value, or give another.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("conflict"),
                                     SyncCommandsText::tr("The conflict's id."),
                                     QStringLiteral("CONFLICT_ID"));
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("keep")},
            SyncCommandsText::tr(
                "local (the value in the record; for a deleted record, it stays deleted), "
                "incoming (the waiting value; a deleted record comes back), or a value to set."),
            QStringLiteral("local|incoming|VALUE")));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1 || !parser.isSet(QStringLiteral("keep")))
            throw Error(
                Error::Kind::Usage,
                SyncCommandsText::tr("Give a conflict id and --keep local|incoming|VALUE."));
        const QString keep = parser.value(QStringLiteral("keep"));
        const ConflictChoice choice = keep == u"local"      ? ConflictChoice::KeepCurrent
                                      : keep == u"incoming" ? ConflictChoice::KeepWaiting
                                                            : ConflictChoice::SetValue;
        const auto db = context.openDatabase();
        Store store(*db);
        QVariant value;
        if (choice == ConflictChoice::SetValue) {
            const Conflict conflict = findConflict(*db, positional.first());
            value = settlementValue(*db, conflict.table, conflict.row, conflict.field, keep);
        }
        resolveConflict(store, positional.first(), choice, value);
        context.out << SyncCommandsText::tr(
                           "Settled; the settlement reaches the others with the next package.")
                    << '\n';
        return ExitSuccess;
    }
};

} // namespace

CommandList syncCommands()
{
    return makeCommands<SyncExportCommand, SyncImportCommand, SyncPeersCommand,
                        SyncConflictsCommand, SyncResolveCommand>();
}

} // namespace casebook
