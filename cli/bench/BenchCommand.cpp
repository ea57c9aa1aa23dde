// `casebook bench`: figures, one a line as "name: value unit", on fresh
// databases in a temporary folder. It measures; it never fails on timing.
#include "RecordsBench.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/Replica.h"
#include "sync/Store.h"
#include "sync/SyncSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct BenchCommandText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::BenchCommand)
};

// Fictional setting number i, the same on every run; made as it is written so
// that the memory figure is the program's, not the bench's.
QVariantMap makeSetting(int i)
{
    static const char *const phases[] = {"Nursery", "Primary", "Secondary", "All-through",
                                         "16 plus"};
    static const char *const districts[] = {
        "dartford",   "gravesham", "sevenoaks", "ashford",   "dover",     "folkestone",
        "canterbury", "swale",     "thanet",    "maidstone", "tonbridge", "tunbridge_wells"};
    QRandomGenerator random(quint32(20221 + i));
    return {
        {QStringLiteral("urn"), QString::number(100000 + i)},
        {QStringLiteral("la_code"), QStringLiteral("886")},
        {QStringLiteral("establishment_number"), QString::number(2000 + i % 8000)},
        {QStringLiteral("name"), QStringLiteral("Bench Setting %1").arg(i, 6, 10, QChar(u'0'))},
        {QStringLiteral("establishment_type"), QStringLiteral("Community school")},
        {QStringLiteral("phase"), QString::fromLatin1(phases[random.bounded(5)])},
        {QStringLiteral("district_code"), QString::fromLatin1(districts[random.bounded(12)])},
        {QStringLiteral("postcode"),
         QStringLiteral("ZZ%1 %2XX").arg(random.bounded(99)).arg(random.bounded(9))},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("senco_name"), QStringLiteral("Senco %1").arg(i)},
        {QStringLiteral("senco_email"), QStringLiteral("senco%1@example.invalid").arg(i)},
        {QStringLiteral("senco_phone"),
         QStringLiteral("01632 %1").arg(i % 1000000, 6, 10, QChar(u'0'))},
    };
}

// Calls write(values) for every row and returns the nanoseconds spent in
// write alone: rows are made 1,000 at a time outside the timing.
template<typename Write>
qint64 timeWrites(int rows, Write write)
{
    constexpr int Chunk = 1000;
    qint64 spent = 0;
    QList<QVariantMap> chunk;
    for (int first = 0; first < rows; first += Chunk) {
        chunk.clear();
        for (int i = first; i < std::min(rows, first + Chunk); ++i)
            chunk.append(makeSetting(i));
        QElapsedTimer timer;
        timer.start();
        for (const QVariantMap &values : std::as_const(chunk))
            write(values);
        spent += timer.nsecsElapsed();
    }
    return spent;
}

qint64 timeCommit(Transaction &transaction)
{
    QElapsedTimer timer;
    timer.start();
    transaction.commit();
    return timer.nsecsElapsed();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double perSecond(qint64 count, qint64 nanoseconds)
{
    return nanoseconds > 0 ? double(count) * 1e9 / double(nanoseconds) : 0.0;
}

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

class BenchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    ApplicationNeeds needs() const override { return ApplicationNeeds::Widgets; }
    QString summary() const override
    {
        return BenchCommandText::tr(
            "Measure write speed and memory on fresh databases; print the figures.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("rows")},
                                            BenchCommandText::tr("Rows to write (default 100000)."),
                                            QStringLiteral("N"), QStringLiteral("100000")));
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("children")},
            BenchCommandText::tr(
                "Children in the demo data for the search figures (default 40000)."),
            QStringLiteral("N"), QStringLiteral("40000")));
    }

    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        bool ok = false;
        const int rows = parser.value(QStringLiteral("rows")).toInt(&ok);
        if (!ok || rows < 1)
            throw Error(Error::Kind::Usage,
                        BenchCommandText::tr("--rows takes a whole number above 0."));
        const int children = parser.value(QStringLiteral("children")).toInt(&ok);
        if (!ok || children < 1)
            throw Error(Error::Kind::Usage,
                        BenchCommandText::tr("--children takes a whole number above 0."));
        QTemporaryDir folder;
        if (!folder.isValid())
            throw Error(Error::Kind::Storage,
                        BenchCommandText::tr("Cannot create a temporary folder for the bench."));

        QTextStream &out = context.out;
        // Three rounds on fresh databases; the median of each rate is printed.
        constexpr int Rounds = 3;
        out << "rows: " << rows << '\n' << "rounds: " << Rounds << '\n';
        std::vector<double> storeRates;
        std::vector<double> rawRates;
        std::unique_ptr<Database> storeDb;
        std::unique_ptr<Database> rawDb;
        std::unique_ptr<Store> store;
        QList<QUuid> ids;
        QList<QByteArray> rawIds;
        for (int round = 0; round < Rounds; ++round) {
            // Through the store, with stamps and change entries, in one transaction.
            store.reset();
            storeDb = Database::open(folder.filePath(QStringLiteral("store-%1.sqlite").arg(round)),
                                     context.environment);
            store = std::make_unique<Store>(*storeDb);
            ids.clear();
            {
                Transaction transaction(*storeDb);
                qint64 spent = timeWrites(rows, [&](const QVariantMap &values) {
                    ids.append(store->insert(u"setting", values));
                });
                spent += timeCommit(transaction);
                storeRates.push_back(perSecond(rows, spent));
            }

            // Plain SQL: the same rows, one prepared statement, no change entries.
            rawDb = Database::open(folder.filePath(QStringLiteral("raw-%1.sqlite").arg(round)),
                                   context.environment);
            const QStringList fields = Replica::of(*storeDb).schema().table(u"setting").fields;
            const QStringList marks(fields.size() + 1, QStringLiteral("?"));
            rawIds.clear();
            {
                Transaction transaction(*rawDb);
                Statement insert(
                    rawDb->handle(),
                    QStringLiteral("INSERT INTO setting (id, %1, _clock) VALUES (%2, x'')")
                        .arg(fields.join(u", "), marks.join(u", ")));
                qint64 spent = timeWrites(rows, [&](const QVariantMap &values) {
                    rawIds.append(context.environment.newId().toRfc4122());
                    insert.bindBlob(1, rawIds.back());
                    for (int f = 0; f < fields.size(); ++f)
                        insert.bind(f + 2, values.value(fields[f]));
                    insert.execute();
                });
                spent += timeCommit(transaction);
                rawRates.push_back(perSecond(rows, spent));
            }
        }
        const double storeRate = median(storeRates);
        const double rawRate = median(rawRates);
        QElapsedTimer timer;

        // One-field updates through the store and as plain SQL.
        const int updates = std::max(1, rows / 10);
        timer.restart();
        {
            Transaction transaction(*storeDb);
            for (int i = 0; i < updates; ++i)
                store->update(u"setting", ids[i],
                              {{QStringLiteral("status"), QStringLiteral("closed")}});
            transaction.commit();
        }
        const double storeUpdateRate = perSecond(updates, timer.nsecsElapsed());
        timer.restart();
        {
            Transaction transaction(*rawDb);
            Statement update(rawDb->handle(),
                             QStringLiteral("UPDATE setting SET status = ? WHERE id = ?"));
            for (int i = 0; i < updates; ++i) {
                update.bindText(1, QStringLiteral("closed"));
                update.bindBlob(2, rawIds[i]);
                update.execute();
            }
            transaction.commit();
        }
        const double rawUpdateRate = perSecond(updates, timer.nsecsElapsed());

        // As the window writes: one command, one durable transaction.
        const int single = std::min(rows, 500);
        timer.restart();
        for (int i = 0; i < single; ++i)
            store->update(u"setting", ids[i], {{QStringLiteral("status"), QStringLiteral("open")}});
        const double commandRate = perSecond(single, timer.nsecsElapsed());

        out << "store insert: " << qRound(storeRate) << " rows/s\n"
            << "raw insert: " << qRound(rawRate) << " rows/s\n"
            << "store/raw insert ratio: " << QString::number(rawRate / storeRate, 'f', 2) << '\n'
            << "store update: " << qRound(storeUpdateRate) << " rows/s\n"
            << "raw update: " << qRound(rawUpdateRate) << " rows/s\n"
            << "store/raw update ratio: "
            << QString::number(rawUpdateRate / storeUpdateRate, 'f', 2) << '\n'
            << "store update, one transaction each: " << qRound(commandRate) << " commands/s\n";
        store.reset();
        storeDb.reset();
        rawDb.reset();
        runRecordsBench(out, folder.path(), context.environment, children);
        out << "peak memory: " << peakResidentKiB() / 1024 << " MiB\n";
        return ExitSuccess;
    }
};

} // namespace

CommandList benchCommands()
{
    return makeCommands<BenchCommand>();
}

} // namespace casebook
