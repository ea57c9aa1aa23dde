// Sync package files: a round trip, and every refusal changing nothing.
#include "common/Error.h"
#include "support/SyncPeers.h"
#include "sync/CanonicalDump.h"
#include "sync/Package.h"
#include "sync/PayloadCodec.h"
#include "sync/SyncPackages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>
#include <sodium.h>

using namespace casebook;
using casebook::test::Installation;

namespace {

const QByteArray passphrase = "correct horse battery staple";

ExportOptions fast()
{
    ExportOptions options;
    options.kdf = KdfLimits::minimum();
    return options;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The refusal's message, after checking that nothing changed.
QString refusal(Installation &to, const QString &path, const QByteArray &key = passphrase)
{
    const QByteArray before = canonicalDump(to.db());
    const QUuid groupBefore = syncGroup(to.db());
    try {
        importPackage(to.db(), path, key);
    } catch (const Error &error) {
        CHECK(canonicalDump(to.db()) == before);
        CHECK(syncGroup(to.db()) == groupBefore);
        return error.message();
    }
    return {};
}

// Rewrites the header's checksum, as a newer Casebook would have written it.
void fixChecksum(QByteArray &file)
{
    constexpr qsizetype headerBytes = 8 + 2 + 4 + 48 + 1 + 8 + 8 + 16 + 24 + 24 + 48;
    crypto_generichash(reinterpret_cast<unsigned char *>(file.data() + headerBytes), 32,
                       reinterpret_cast<const unsigned char *>(file.constData()), headerBytes,
                       nullptr, 0);
}

struct Fixture
{
    QTemporaryDir folder;
    Installation a, b;
    QString path = folder.filePath(QStringLiteral("week.casebook-sync"));

    explicit Fixture(int settings = 3)
    {
        for (int i = 0; i < settings; ++i) {
            const QString name = QStringLiteral("Setting %1 ").arg(i) + QString(200, u'x');
            a.store().insert(u"setting", QVariantMap{{QStringLiteral("name"), name}});
        }
        exportPackage(a.db(), path, passphrase, fast());
    }
};

} // namespace

TEST_CASE("A package carries the changes across and joins the group", "[sync][package]")
{
    Fixture f;
    CHECK(syncGroup(f.b.db()).isNull());
    const PackageImport result = importPackage(f.b.db(), f.path, passphrase);
    CHECK(result.joinedGroup);
    CHECK(result.summary.rowsAdded == 3);
    CHECK(syncGroup(f.b.db()) == syncGroup(f.a.db()));
    CHECK(canonicalDump(f.a.db()) == canonicalDump(f.b.db()));
    CHECK_FALSE(readAll(f.path).contains("Setting 1")); // encrypted

    // Again: nothing new. Its own package: nothing to do.
    CHECK(importPackage(f.b.db(), f.path, passphrase).summary.changesApplied == 0);
    CHECK(importPackage(f.a.db(), f.path, passphrase).ownPackage);
    QFile::Permissions permissions = QFile::permissions(f.path);
    CHECK_FALSE(permissions & (QFile::ReadOther | QFile::ReadGroup));
}

TEST_CASE("A wrong passphrase is refused, and an export checks it too", "[sync][package]")
{
    Fixture f;
    CHECK(refusal(f.b, f.path, "wrong horse").contains(QStringLiteral("passphrase is wrong")));
    try {
        exportPackage(f.a.db(), f.folder.filePath(QStringLiteral("next")), "typo", fast());
        FAIL("exported with the wrong passphrase");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("not this sync group's passphrase")));
    }
    CHECK_FALSE(QFile::exists(f.folder.filePath(QStringLiteral("next"))));
}

TEST_CASE("Every single flipped byte is refused", "[sync][package]")
{
    Fixture f;
    const QByteArray original = readAll(f.path);
    const QString damaged = f.folder.filePath(QStringLiteral("damaged"));
    for (qsizetype i = 0; i < original.size(); ++i) {
        QByteArray copy = original;
        copy[i] = char(copy[i] ^ 0x01);
        writeAll(damaged, copy);
        INFO("byte " << i);
        CHECK_FALSE(refusal(f.b, damaged).isEmpty());
    }
    CHECK(importPackage(f.b.db(), f.path, passphrase).summary.rowsAdded == 3); // still fine
}

TEST_CASE("Truncation at any length and bytes appended are refused", "[sync][package]")
{
    Fixture f;
    const QByteArray original = readAll(f.path);
    const QString cut = f.folder.filePath(QStringLiteral("cut"));
    for (qsizetype length = 0; length < original.size(); ++length) {
        writeAll(cut, original.left(length));
        INFO("length " << length);
        CHECK_FALSE(refusal(f.b, cut).isEmpty());
    }
    writeAll(cut, original + QByteArray(1, '\0'));
    CHECK(refusal(f.b, cut).contains(QStringLiteral("after its end")));
}

TEST_CASE("Chunks swapped, duplicated or taken from another package are refused", "[sync][package]")
{
    Fixture f(800); // several 64 KiB parts
    QByteArray file = readAll(f.path);
    constexpr qsizetype firstChunk = 8 + 2 + 4 + 48 + 1 + 8 + 8 + 16 + 24 + 24 + 48 + 32;
    QList<QByteArray> chunks;
    for (qsizetype at = firstChunk; at < file.size();) {
        const quint32 length = qFromLittleEndian<quint32>(file.constData() + at);
        chunks.append(file.mid(at, 4 + length));
        at += 4 + length;
    }
    REQUIRE(chunks.size() >= 3);
    const QByteArray head = file.left(firstChunk);
    const QString changed = f.folder.filePath(QStringLiteral("changed"));

    QList<QByteArray> swapped = chunks;
    swapped.swapItemsAt(0, 1);
    writeAll(changed, head + swapped.join());
    CHECK(refusal(f.b, changed).contains(QStringLiteral("part 1")));

    QList<QByteArray> duplicated = chunks;
    duplicated.insert(1, chunks[0]);
    writeAll(changed, head + duplicated.join());
    CHECK_FALSE(refusal(f.b, changed).isEmpty());

    writeAll(changed, head + chunks.mid(0, chunks.size() - 1).join()); // the final part dropped
    CHECK(refusal(f.b, changed).contains(QStringLiteral("cut short")));

    // A part spliced in from another package of the same group.
    const QString other = f.folder.filePath(QStringLiteral("other"));
    exportPackage(f.a.db(), other, passphrase, fast());
    const QByteArray otherFile = readAll(other);
    QList<QByteArray> spliced = chunks;
    spliced[1] = otherFile.mid(firstChunk + 4 + chunks[0].size() - 4,
                               chunks[1].size()); // the same place in the other file
    writeAll(changed, head + spliced.join());
    CHECK_FALSE(refusal(f.b, changed).isEmpty());
}

TEST_CASE("Another group's package, a newer format or schema, and KDF limits above the caps",
          "[sync][package]")
{
    Fixture f;
    Installation c;
    exportPackage(c.db(), f.folder.filePath(QStringLiteral("c")), "another group", fast());
    CHECK(refusal(c, f.path).contains(QStringLiteral("another sync group")));

    const QByteArray original = readAll(f.path);
    const QString changed = f.folder.filePath(QStringLiteral("changed"));
    QByteArray newer = original;
    qToLittleEndian<quint16>(PackageHeader::CurrentFormat + 1, newer.data() + 8);
    fixChecksum(newer);
    writeAll(changed, newer);
    CHECK(refusal(f.b, changed).contains(QStringLiteral("newer Casebook (package format")));

    QByteArray newerSchema = original;
    qToLittleEndian<quint32>(quint32(f.b.db().schemaVersion() + 1), newerSchema.data() + 10);
    fixChecksum(newerSchema);
    writeAll(changed, newerSchema);
    CHECK(refusal(f.b, changed).contains(QStringLiteral("newer Casebook (database version")));

    QByteArray greedy = original;
    qToLittleEndian<quint64>(quint64(64) * 1024 * 1024 * 1024, greedy.data() + 8 + 63);
    fixChecksum(greedy);
    writeAll(changed, greedy);
    CHECK(refusal(f.b, changed).contains(QStringLiteral("key derivation limits")));

    writeAll(changed, "PK\x03\x04 not a package at all");
    CHECK(refusal(f.b, changed).contains(QStringLiteral("not a Casebook sync package")));
}

TEST_CASE("Values cross in a package exactly", "[sync][package]")
{
    double negativeZero = -0.0;
    double quietNaN = std::numeric_limits<double>::quiet_NaN();
    ChangeSet set;
    set.sender = QUuid::createUuid();
    set.senderSeen.insert(set.sender, Stamp{42});
    Change change;
    change.tableId = 1;
    change.row = QUuid::createUuid();
    change.version = {Stamp{42}, set.sender};
    const QVariantList values = {
        QVariant(),
        QVariant(QString()),
        QVariant(QStringLiteral("")),
        QVariant(qint64(std::numeric_limits<qint64>::min())),
        QVariant(qint64(-1)),
        QVariant(negativeZero),
        QVariant(quietNaN),
        QVariant(std::numeric_limits<double>::infinity()),
        QVariant(0.1),
        QVariant(QStringLiteral("Zoë 😀 \u202E عربى \t\n")),
        QVariant(QByteArray("\0\1\2\xff", 4)),
        QVariant(QByteArray()),
    };
    for (int i = 0; i < values.size(); ++i)
        change.fields.append({i, {{Stamp{41}, QUuid()}}, true, values[i]});
    change.fields.append({99, {}, false, {}});
    set.changes.append(change);

    const ChangeSet back = payload::decode(payload::encode(set));
    REQUIRE(back.changes.size() == 1);
    const auto &fields = back.changes.first().fields;
    REQUIRE(fields.size() == values.size() + 1);
    CHECK(fields[0].value.isNull());
    CHECK(fields[1].value.typeId() == QMetaType::QString); // empty text is not NULL
    CHECK_FALSE(fields[1].value.isNull());
    CHECK(fields[3].value.toLongLong() == std::numeric_limits<qint64>::min());
    const auto bits = [](const QVariant &v) {
        const double d = v.toDouble();
        quint64 b;
        std::memcpy(&b, &d, sizeof b);
        return b;
    };
    CHECK(bits(fields[5].value) == bits(values[5]));
    CHECK(bits(fields[6].value) == bits(values[6]));
    CHECK(bits(fields[7].value) == bits(values[7]));
    CHECK(fields[8].value.toDouble() == 0.1);
    CHECK(fields[9].value.toString() == values[9].toString());
    CHECK(fields[10].value.toByteArray() == values[10].toByteArray());
    CHECK(fields[11].value.typeId() == QMetaType::QByteArray);
    CHECK_FALSE(fields[12].hasValue);
    CHECK(back.senderSeen == set.senderSeen);
    CHECK(back.changes.first().fields[0].parents.first().origin.isNull());
}

TEST_CASE("The payload reader refuses damaged content without reading past it", "[sync][package]")
{
    Installation a;
    a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    const QByteArray bytes = payload::encode(collectChanges(a.db(), {}));
    for (qsizetype length = 0; length < bytes.size(); ++length)
        CHECK_THROWS_AS(payload::decode(bytes.left(length)), Error);
    CHECK_THROWS_AS(payload::decode(bytes + "x"), Error);
    QByteArray hugeCount = bytes;
    qToLittleEndian<quint32>(0xFFFFFFFF, hugeCount.data() + 8); // the installation count
    CHECK_THROWS_AS(payload::decode(hugeCount), Error);
}

TEST_CASE("Export and import report progress, and stopping either changes nothing",
          "[sync][package]")
{
    Fixture f(3 * int(ProgressInterval));
    QList<Progress> reports;
    const auto record = [&](const Progress &progress) {
        reports.append(progress);
        return true;
    };

    ExportOptions options = fast();
    options.progress = record;
    exportPackage(f.a.db(), f.path, passphrase, options);
    QList<qint64> collected;
    for (const Progress &p : reports)
        if (p.step == QStringLiteral("Collecting changes")) {
            CHECK(p.total == 3 * ProgressInterval);
            collected.append(p.done);
        }
    CHECK(collected == QList<qint64>{0, ProgressInterval, 2 * ProgressInterval});
    CHECK(reports.last().step == QStringLiteral("Writing the package"));

    // Stopped while merging: refused, and nothing changed (refusal checks).
    Installation &b = f.b;
    const QByteArray before = canonicalDump(b.db());
    try {
        importPackage(b.db(), f.path, passphrase, [](const Progress &p) {
            return !(p.step == QStringLiteral("Merging changes") && p.done > 0);
        });
        FAIL("the import did not stop");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Cancelled);
    }
    CHECK(canonicalDump(b.db()) == before);
    CHECK(syncGroup(b.db()).isNull());

    // Stopped while collecting: no package, and no group made.
    const QString next = f.folder.filePath(QStringLiteral("from-b"));
    options.progress = [](const Progress &p) {
        return p.step != QStringLiteral("Encrypting");
    };
    CHECK_THROWS_AS(exportPackage(b.db(), next, passphrase, options), Error);
    CHECK_FALSE(QFile::exists(next));
    CHECK(syncGroup(b.db()).isNull());

    // Not stopped: everything arrives.
    reports.clear();
    CHECK(importPackage(b.db(), f.path, passphrase, record).summary.rowsAdded ==
          3 * ProgressInterval);
    CHECK(canonicalDump(b.db()) == canonicalDump(f.a.db()));
    CHECK(reports.first().step == QStringLiteral("Deriving the key from the passphrase"));
}
