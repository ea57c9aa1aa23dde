#include "SyncPackages.h"

#include "PayloadCodec.h"
#include "common/Error.h"
#include "common/PrivateFiles.h"
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

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct SyncPackagesText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::SyncPackages)
};

const QString groupKey = QStringLiteral("sync_group");
const QString secretsKey = QStringLiteral("sync_group_secrets");

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

// The whole file, refused before it is read if it is not a regular file (a
// folder, a device such as /dev/zero, a pipe that would never end) or is
// larger than a package can be.
QByteArray readPackageFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto tooLarge = [&] {
        return Error(
            Error::Kind::Invalid,
            SyncPackagesText::tr("%1 is larger than a sync package can be (more than %2 MiB).")
                .arg(name)
                .arg(MaximumPackageBytes / (1024 * 1024)));
    };
    const auto notAFile = [&] {
        return Error(Error::Kind::Invalid,
                     SyncPackagesText::tr(
                         "%1 is not a file (it is a folder, a device or a pipe), so it cannot be "
                         "a sync package.")
                         .arg(name));
    };
    QFile file;
#ifdef Q_OS_UNIX
    // Opened without waiting (a pipe with no writer would block), then looked at.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        throw Error(Error::Kind::NotFound, SyncPackagesText::tr("Cannot read %1: %2")
                                               .arg(name, QString::fromLocal8Bit(strerror(errno))));
    struct stat status = {};
    if (fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        throw notAFile();
    }
    if (status.st_size > MaximumPackageBytes) {
        ::close(fd);
        throw tooLarge();
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        throw Error(Error::Kind::NotFound,
                    SyncPackagesText::tr("Cannot read %1: %2").arg(name, file.errorString()));
    }
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        throw notAFile();
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    SyncPackagesText::tr("Cannot read %1: %2").arg(name, file.errorString()));
    if (file.size() > MaximumPackageBytes)
        throw tooLarge();
#endif
    // A file still growing is read no further than the limit.
    QByteArray bytes = file.read(MaximumPackageBytes + 1);
    if (bytes.size() > MaximumPackageBytes)
        throw tooLarge();
    return bytes;
}

} // namespace

QList<PackagePeer> packagePeers(Database &db)
{
    QList<PackagePeer> peers;
    Statement query(db.handle(),
                    QStringLiteral("SELECT p.installation_id, coalesce(max(CASE WHEN s.origin = "
                                   "s.peer THEN s.stamp END), 0) AS own FROM sync_peer_seen s "
                                   "JOIN sync_peer p ON p.idx = s.peer GROUP BY s.peer "
                                   "ORDER BY own DESC"));
    while (query.step())
        peers.append({QUuid::fromRfc4122(query.blob(0)), Stamp{quint64(query.int64(1))}});
    return peers;
}

QUuid syncGroup(Database &db)
{
    const QVariant value = localSetting(db, groupKey);
    return value.isNull() ? QUuid() : QUuid::fromRfc4122(value.toByteArray());
}

ExportResult exportPackage(Database &db, const QString &path, const QByteArray &passphrase,
                           const ExportOptions &options)
{
    if (passphrase.isEmpty())
        throw Error(Error::Kind::Invalid,
                    SyncPackagesText::tr("A sync package needs the group passphrase."));
    QUuid group = syncGroup(db);
    Transaction transaction(db);
    std::optional<GroupSecrets> secrets = groupSecrets(db);
    if (group.isNull() || !secrets) {
        group = db.environment().newId();
        secrets = GroupSecrets{GroupKey::newSalt(), options.kdf, {}};
    }
    // The key derivation is slow by design: it runs on a second core while
    // the changes are collected.
    reportProgress(options.progress, SyncPackagesText::tr("Deriving the key from the passphrase"));
    std::future<GroupKey> derivation =
        std::async(std::launch::async, [&passphrase, salt = secrets->salt, kdf = secrets->kdf] {
            return GroupKey::derive(passphrase, salt, kdf);
        });
    EncodedChanges changes = encodeChanges(
        db, options.recipient.isNull() ? QMap<QUuid, Stamp>() : seenByPeer(db, options.recipient),
        options.progress);
    const GroupKey key = derivation.get();
    if (secrets->fingerprint.isEmpty())
        rememberGroup(db, group, secrets->salt, secrets->kdf, key);
    else if (key.fingerprint() != secrets->fingerprint)
        throw Error(Error::Kind::Invalid,
                    SyncPackagesText::tr(
                        "That is not this sync group's passphrase; no package was written."));

    PackageHeader header;
    header.schemaVersion = quint32(db.schemaVersion());
    header.group = group;
    header.sender = db.installationId();
    header.recipient = options.recipient;
    header.kdf = secrets->kdf;
    header.salt = secrets->salt;
    reportProgress(options.progress, SyncPackagesText::tr("Encrypting"));
    const QByteArray sealed = package::seal(header, changes.payload, key);
    sodium_memzero(changes.payload.data(), size_t(changes.payload.size()));

    reportProgress(options.progress, SyncPackagesText::tr("Writing the package"));
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(sealed) != sealed.size() || !file.commit())
        throw Error(Error::Kind::Storage, SyncPackagesText::tr("Cannot write %1: %2")
                                              .arg(QFileInfo(path).fileName(), file.errorString()));
    transaction.commit(); // a new group is kept only once its first package exists
    return {int(changes.changes), sealed.size(), group};
}

PackageImport importPackage(Database &db, const QString &path, const QByteArray &passphrase,
                            const ProgressReport &progress)
{
    const QString name = QFileInfo(path).fileName();
    QByteArray bytes = readPackageFile(path);
    const auto named = [&](const Error &error) {
        return Error(error.kind(), SyncPackagesText::tr("%1: %2").arg(name, error.message()));
    };
    try {
        const PackageHeader header = package::readHeader(bytes);
        PackageImport result;
        result.sender = header.sender;
        if (header.schemaVersion > quint32(db.schemaVersion()))
            throw Error(Error::Kind::TooNew,
                        SyncPackagesText::tr(
                            "The package was made by a newer Casebook (database version %1; this "
                            "program has %2). Update Casebook to import it.")
                            .arg(header.schemaVersion)
                            .arg(db.schemaVersion()));
        const QUuid group = syncGroup(db);
        if (!group.isNull() && group != header.group)
            throw Error(Error::Kind::Invalid,
                        SyncPackagesText::tr(
                            "The package belongs to another sync group (…%1); this installation "
                            "is in group …%2. Nothing was imported.")
                            .arg(shortId(header.group), shortId(group)));
        if (header.sender == db.installationId()) {
            result.ownPackage = true;
            return result;
        }
        reportProgress(progress, SyncPackagesText::tr("Deriving the key from the passphrase"));
        const GroupKey key = GroupKey::derive(passphrase, header.salt, header.kdf);
        reportProgress(progress, SyncPackagesText::tr("Decrypting"));
        QByteArray content = package::open(bytes, key);
        bytes = QByteArray(); // a county's package is hundreds of MiB: one copy at a time
        const ChangeSet set = payload::decode(content);
        sodium_memzero(content.data(), size_t(content.size()));
        content = QByteArray();
        if (set.sender != header.sender)
            throw Error(
                Error::Kind::Invalid,
                SyncPackagesText::tr("The package is damaged: its content names another sender."));

        requireBase(db, set); // before the transaction: a refusal writes nothing at all
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
