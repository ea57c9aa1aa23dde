#include "SyncPackages.h"

#include "PayloadCodec.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/LocalSettings.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <future>
#include <optional>
#include <sodium.h>

namespace casebook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebook::SyncPackages", text);
}

const QString groupKey = QStringLiteral("sync_group");
const QString secretsKey = QStringLiteral("sync_group_secrets");
constexpr qint64 MaximumPackageBytes = qint64(4) * 1024 * 1024 * 1024;

QString shortId(QUuid id)
{
    return id.toString(QUuid::WithoutBraces).right(8);
}

// The group's salt and key derivation limits, and a fingerprint of the key
// (GroupKey::fingerprint), so that a mistyped passphrase is caught before it
// seals a package nobody else can open.
struct GroupSecrets
{
    QByteArray salt;
    KdfLimits kdf;
    QByteArray fingerprint;
};

std::optional<GroupSecrets> groupSecrets(Database &db)
{
    const QByteArray stored = localSetting(db, secretsKey).toByteArray();
    if (stored.size() != 16 + 16 + 32)
        return std::nullopt;
    return GroupSecrets{stored.left(16),
                        {qFromLittleEndian<quint64>(stored.constData() + 16),
                         qFromLittleEndian<quint64>(stored.constData() + 24)},
                        stored.mid(32)};
}

void rememberGroup(Database &db, QUuid group, const QByteArray &salt, const KdfLimits &kdf,
                   const GroupKey &key)
{
    QByteArray stored = salt;
    char limits[16];
    qToLittleEndian<quint64>(kdf.operations, limits);
    qToLittleEndian<quint64>(kdf.memoryBytes, limits + 8);
    stored.append(limits, sizeof limits);
    stored.append(key.fingerprint());
    setLocalSetting(db, groupKey, group.toRfc4122());
    setLocalSetting(db, secretsKey, stored);
}

QMap<QUuid, Stamp> leastSeenByPeers(Database &db)
{
    QMap<QUuid, Stamp> least;
    bool first = true;
    Statement peers(db.handle(), QStringLiteral("SELECT DISTINCT p.installation_id FROM "
                                                "sync_peer_seen s JOIN sync_peer p ON p.idx = "
                                                "s.peer"));
    while (peers.step()) {
        const QMap<QUuid, Stamp> seen = seenByPeer(db, QUuid::fromRfc4122(peers.blob(0)));
        if (first) {
            least = seen;
            first = false;
            continue;
        }
        for (auto it = least.begin(); it != least.end();) {
            const Stamp other = seen.value(it.key());
            if (other.value == 0) {
                it = least.erase(it);
                continue;
            }
            it.value() = std::min(it.value(), other);
            ++it;
        }
    }
    return least;
}

} // namespace

QUuid syncGroup(Database &db)
{
    const QVariant value = localSetting(db, groupKey);
    return value.isNull() ? QUuid() : QUuid::fromRfc4122(value.toByteArray());
}

ExportResult exportPackage(Database &db, const QString &path, const QByteArray &passphrase,
                           const ExportOptions &options)
{
    if (passphrase.isEmpty())
        throw Error(Error::Kind::Invalid, tr("A sync package needs the group passphrase."));
    QUuid group = syncGroup(db);
    Transaction transaction(db);
    std::optional<GroupSecrets> secrets = groupSecrets(db);
    if (group.isNull() || !secrets) {
        group = db.environment().newId();
        secrets = GroupSecrets{GroupKey::newSalt(), options.kdf, {}};
    }
    // The key derivation is slow by design: it runs on a second core while
    // the changes are collected.
    reportProgress(options.progress, tr("Deriving the key from the passphrase"));
    std::future<GroupKey> derivation =
        std::async(std::launch::async, [&passphrase, salt = secrets->salt, kdf = secrets->kdf] {
            return GroupKey::derive(passphrase, salt, kdf);
        });
    EncodedChanges changes = encodeChanges(
        db, options.recipient.isNull() ? leastSeenByPeers(db) : seenByPeer(db, options.recipient),
        options.progress);
    const GroupKey key = derivation.get();
    if (secrets->fingerprint.isEmpty())
        rememberGroup(db, group, secrets->salt, secrets->kdf, key);
    else if (key.fingerprint() != secrets->fingerprint)
        throw Error(Error::Kind::Invalid,
                    tr("That is not this sync group's passphrase; no package was written."));

    PackageHeader header;
    header.schemaVersion = quint32(db.schemaVersion());
    header.group = group;
    header.sender = db.installationId();
    header.recipient = options.recipient;
    header.kdf = secrets->kdf;
    header.salt = secrets->salt;
    reportProgress(options.progress, tr("Encrypting"));
    const QByteArray sealed = package::seal(header, changes.payload, key);
    sodium_memzero(changes.payload.data(), size_t(changes.payload.size()));

    reportProgress(options.progress, tr("Writing the package"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed) != sealed.size() || !file.commit())
        throw Error(Error::Kind::Storage,
                    tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    transaction.commit(); // a new group is kept only once its first package exists
    return {int(changes.changes), sealed.size(), group};
}

PackageImport importPackage(Database &db, const QString &path, const QByteArray &passphrase,
                            const ProgressReport &progress)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, tr("Cannot read %1: %2").arg(name, file.errorString()));
    if (file.size() > MaximumPackageBytes)
        throw Error(Error::Kind::Invalid, tr("%1 is too large to be a sync package.").arg(name));
    QByteArray bytes = file.readAll();
    const auto named = [&](const Error &error) {
        return Error(error.kind(), tr("%1: %2").arg(name, error.message()));
    };
    try {
        const PackageHeader header = package::readHeader(bytes);
        PackageImport result;
        result.sender = header.sender;
        if (header.schemaVersion > quint32(db.schemaVersion()))
            throw Error(Error::Kind::TooNew,
                        tr("The package was made by a newer Casebook (database version %1; this "
                           "program has %2). Update Casebook to import it.")
                            .arg(header.schemaVersion)
                            .arg(db.schemaVersion()));
        const QUuid group = syncGroup(db);
        if (!group.isNull() && group != header.group)
            throw Error(Error::Kind::Invalid,
                        tr("The package belongs to another sync group (…%1); this installation "
                           "is in group …%2. Nothing was imported.")
                            .arg(shortId(header.group), shortId(group)));
        if (header.sender == db.installationId()) {
            result.ownPackage = true;
            return result;
        }
        reportProgress(progress, tr("Deriving the key from the passphrase"));
        const GroupKey key = GroupKey::derive(passphrase, header.salt, header.kdf);
        reportProgress(progress, tr("Decrypting"));
        QByteArray content = package::open(bytes, key);
        bytes = QByteArray(); // a county's package is hundreds of MiB: one copy at a time
        const ChangeSet set = payload::decode(content);
        sodium_memzero(content.data(), size_t(content.size()));
        content = QByteArray();
        if (set.sender != header.sender)
            throw Error(Error::Kind::Invalid,
                        tr("The package is damaged: its content names another sender."));

        Transaction transaction(db);
        if (group.isNull()) {
            rememberGroup(db, header.group, header.salt, header.kdf, key);
            result.joinedGroup = true;
        }
        result.summary = applyChanges(db, set, progress);
        transaction.commit();
        return result;
    } catch (const Error &error) {
        throw named(error);
    }
}

} // namespace casebook
