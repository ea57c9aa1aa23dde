#pragma once

#include <QByteArray>
#include <QUuid>

#include <memory>

namespace casebook {

// The limits of the key derivation (Argon2id) from the group passphrase.
struct KdfLimits
{
    quint64 operations = 0;
    quint64 memoryBytes = 0;

    static KdfLimits moderate(); // what packages are written with
    static KdfLimits minimum();  // for tests only: fast, and weak
    static KdfLimits caps();     // a package asking more is refused unopened
};

// What a package's header says, authenticated (with the passphrase) as a whole.
struct PackageHeader
{
    // 2: the payload says what it was computed against (payload format 2).
    // A format 1 package opens, and its payload is then refused.
    static constexpr quint16 CurrentFormat = 2;

    quint16 format = CurrentFormat;
    quint32 schemaVersion = 0;
    QUuid group;
    QUuid sender;
    QUuid recipient; // null: any member of the group
    KdfLimits kdf;
    QByteArray salt; // the group's, 16 bytes
};

// The key that wraps each package's random file key: Argon2id of the group
// passphrase with the group's salt. Derived once per export or import, kept in
// guarded memory and wiped when it goes.
class GroupKey
{
public:
    static GroupKey derive(const QByteArray &passphrase, const QByteArray &salt,
                           const KdfLimits &limits);
    static QByteArray newSalt();
    ~GroupKey();
    GroupKey(GroupKey &&) noexcept;
    GroupKey &operator=(GroupKey &&) = delete;

    // Recognises the passphrase later without keeping the key: BLAKE2b keyed
    // with it over a fixed label.
    QByteArray fingerprint() const;
    const unsigned char *data() const { return m_key; }

private:
    GroupKey();
    unsigned char *m_key = nullptr;
};

// A sync package as bytes: a header, a random file key wrapped with a key
// derived from the passphrase (XChaCha20-Poly1305, the header as associated
// data), then the payload in secretstream chunks, the last tagged FINAL.
// docs/package-format.md describes it byte by byte.
namespace package {

QByteArray seal(const PackageHeader &header, const QByteArray &payload, const GroupKey &key);

// Reads and checks the header without the passphrase: what it says, or
// Error::Kind::Invalid / TooNew naming the problem (not a package, damaged,
// newer format, KDF limits above the caps).
PackageHeader readHeader(const QByteArray &file);

// The payload. Throws Error naming the problem: wrong passphrase, a damaged or
// altered chunk, a truncated package, bytes after its end.
QByteArray open(const QByteArray &file, const GroupKey &key);
// The same, deriving the key from the header's salt and limits.
QByteArray open(const QByteArray &file, const QByteArray &passphrase);

} // namespace package
} // namespace casebook
