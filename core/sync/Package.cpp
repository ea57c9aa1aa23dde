#include "Package.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>
#include <sodium.h>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct PackageText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::Package)
};

constexpr char Magic[8] = {'S', 'T', 'L', 'S', 'S', 'Y', 'N', 'C'};
constexpr qsizetype ChunkSize = 64 * 1024;
constexpr qsizetype KeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;
static_assert(KeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
constexpr qsizetype WrappedKeyBytes = KeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype ChecksumBytes = 32;

// Header layout, in order: magic 8, format 2, schema 4, group 16, sender 16,
// recipient 16, KDF algorithm 1, operations 8, memory 8, salt 16, stream
// header 24, wrap nonce 24 | wrapped key 48 | checksum 32.
constexpr qsizetype AssociatedBytes = 8 + 2 + 4 + 16 * 3 + 1 + 8 + 8 + crypto_pwhash_SALTBYTES +
                                      crypto_secretstream_xchacha20poly1305_HEADERBYTES +
                                      crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype HeaderBytes = AssociatedBytes + WrappedKeyBytes;
constexpr qsizetype SaltAt = 8 + 2 + 4 + 48 + 1 + 16;

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(Error::Kind::Storage,
                    PackageText::tr("The encryption library could not start."));
}

// Key bytes that are wiped when they go.
class SecretKey
{
public:
    SecretKey() { sodium_mlock(m_bytes, sizeof m_bytes); }
    ~SecretKey() { sodium_munlock(m_bytes, sizeof m_bytes); } // also wipes them
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;
    unsigned char *data() { return m_bytes; }

private:
    unsigned char m_bytes[KeyBytes];
};

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian<T>(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
T get(const char *at)
{
    return qFromLittleEndian<T>(at);
}

const unsigned char *bytes(const QByteArray &data, qsizetype offset = 0)
{
    return reinterpret_cast<const unsigned char *>(data.constData() + offset);
}

[[noreturn]] void refuse(Error::Kind kind, const QString &message)
{
    throw Error(kind, message);
}

} // namespace

GroupKey::GroupKey()
{
    ensureSodium();
    m_key = static_cast<unsigned char *>(sodium_malloc(KeyBytes));
    if (!m_key)
        throw Error(Error::Kind::Storage, PackageText::tr("No memory for a key."));
}

GroupKey::~GroupKey()
{
    sodium_free(m_key); // wipes it
}

GroupKey::GroupKey(GroupKey &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{}

GroupKey GroupKey::derive(const QByteArray &passphrase, const QByteArray &salt,
                          const KdfLimits &limits)
{
    GroupKey key;
    if (salt.size() != crypto_pwhash_SALTBYTES)
        throw Error(Error::Kind::Invalid, PackageText::tr("The sync group's salt is damaged."));
    if (crypto_pwhash(key.m_key, KeyBytes, passphrase.constData(), quint64(passphrase.size()),
                      bytes(salt), limits.operations, size_t(limits.memoryBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::Storage,
                    PackageText::tr("Not enough memory to derive the key from the passphrase."));
    return key;
}

QByteArray GroupKey::newSalt()
{
    ensureSodium();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

QByteArray GroupKey::fingerprint() const
{
    static const QByteArray label = "casebook group passphrase check";
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       bytes(label), quint64(label.size()), m_key, KeyBytes);
    return out;
}

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfLimits KdfLimits::caps()
{
    return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
}

namespace package {

QByteArray seal(const PackageHeader &header, const QByteArray &payload, const GroupKey &key)
{
    ensureSodium();
    QByteArray out;
    out.reserve(HeaderBytes + ChecksumBytes + payload.size() + payload.size() / ChunkSize * 21 +
                64);
    out.append(Magic, sizeof Magic);
    put<quint16>(out, header.format);
    put<quint32>(out, header.schemaVersion);
    out.append(header.group.toRfc4122());
    out.append(header.sender.toRfc4122());
    out.append(header.recipient.toRfc4122());
    put<quint8>(out, quint8(crypto_pwhash_ALG_ARGON2ID13));
    put<quint64>(out, header.kdf.operations);
    put<quint64>(out, header.kdf.memoryBytes);
    if (header.salt.size() != crypto_pwhash_SALTBYTES)
        throw Error(Error::Kind::Invalid, PackageText::tr("The sync group's salt is damaged."));
    out.append(header.salt);

    SecretKey fileKey;
    crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, fileKey.data());
    out.append(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader);
    unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
    randombytes_buf(nonce, sizeof nonce);
    out.append(reinterpret_cast<const char *>(nonce), sizeof nonce);
    Q_ASSERT(out.size() == AssociatedBytes);

    // The file key, wrapped with the passphrase's key; the header so far is
    // associated data, so changing any of it makes the key unusable.
    {
        unsigned char wrapped[WrappedKeyBytes];
        unsigned long long wrappedLength = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(wrapped, &wrappedLength, fileKey.data(),
                                                   KeyBytes, bytes(out), quint64(out.size()),
                                                   nullptr, nonce, key.data());
        out.append(reinterpret_cast<const char *>(wrapped), qsizetype(wrappedLength));
    }
    unsigned char checksum[ChecksumBytes];
    crypto_generichash(checksum, sizeof checksum, bytes(out), quint64(out.size()), nullptr, 0);
    out.append(reinterpret_cast<const char *>(checksum), sizeof checksum);

    qsizetype offset = 0;
    do {
        const qsizetype length = std::min(ChunkSize, payload.size() - offset);
        const bool last = offset + length >= payload.size();
        QByteArray chunk(length + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long chunkLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(chunk.data()), &chunkLength,
            bytes(payload, offset), quint64(length), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        put<quint32>(out, quint32(chunkLength));
        out.append(chunk.constData(), qsizetype(chunkLength));
        offset += length;
    } while (offset < payload.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

PackageHeader readHeader(const QByteArray &file)
{
    ensureSodium();
    if (file.size() < qsizetype(sizeof Magic) || std::memcmp(file.constData(), Magic, sizeof Magic))
        refuse(Error::Kind::NotCasebook, PackageText::tr("This is not a Casebook sync package."));
    if (file.size() < HeaderBytes + ChecksumBytes)
        refuse(Error::Kind::Invalid,
               PackageText::tr("The package is cut short: its header is incomplete."));
    unsigned char checksum[ChecksumBytes];
    crypto_generichash(checksum, sizeof checksum, bytes(file), quint64(HeaderBytes), nullptr, 0);
    if (sodium_memcmp(checksum, bytes(file, HeaderBytes), ChecksumBytes) != 0)
        refuse(Error::Kind::Invalid,
               PackageText::tr("The package is damaged: its header does not match its checksum."));

    const char *at = file.constData() + sizeof Magic;
    PackageHeader header;
    header.format = get<quint16>(at);
    header.schemaVersion = get<quint32>(at + 2);
    if (header.format > PackageHeader::CurrentFormat)
        refuse(Error::Kind::TooNew,
               PackageText::tr("The package was made by a newer Casebook (package format "
                               "%1; this program reads up to %2). Update Casebook to "
                               "import it.")
                   .arg(header.format)
                   .arg(PackageHeader::CurrentFormat));
    header.group = QUuid::fromRfc4122(QByteArrayView(at + 6, 16));
    header.sender = QUuid::fromRfc4122(QByteArrayView(at + 22, 16));
    header.recipient = QUuid::fromRfc4122(QByteArrayView(at + 38, 16));
    const quint8 algorithm = get<quint8>(at + 54);
    header.kdf.operations = get<quint64>(at + 55);
    header.kdf.memoryBytes = get<quint64>(at + 63);
    header.salt = file.mid(SaltAt, crypto_pwhash_SALTBYTES);
    if (algorithm != crypto_pwhash_ALG_ARGON2ID13)
        refuse(Error::Kind::Invalid,
               PackageText::tr("The package uses a key derivation this program does not know (%1).")
                   .arg(algorithm));
    const KdfLimits caps = KdfLimits::caps();
    if (header.kdf.operations > caps.operations || header.kdf.memoryBytes > caps.memoryBytes ||
        header.kdf.operations < crypto_pwhash_OPSLIMIT_MIN ||
        header.kdf.memoryBytes < crypto_pwhash_MEMLIMIT_MIN)
        refuse(Error::Kind::Invalid,
               PackageText::tr(
                   "The package asks for key derivation limits outside what this program allows "
                   "(%1 passes, %2 MiB); it was not opened.")
                   .arg(header.kdf.operations)
                   .arg(header.kdf.memoryBytes / (1024 * 1024)));
    return header;
}

QByteArray open(const QByteArray &file, const QByteArray &passphrase)
{
    const PackageHeader header = readHeader(file);
    return open(file, GroupKey::derive(passphrase, header.salt, header.kdf));
}

QByteArray open(const QByteArray &file, const GroupKey &key)
{
    readHeader(file);
    const qsizetype streamHeaderAt = SaltAt + crypto_pwhash_SALTBYTES;
    const qsizetype nonceAt = streamHeaderAt + crypto_secretstream_xchacha20poly1305_HEADERBYTES;

    SecretKey fileKey;
    unsigned long long keyLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            fileKey.data(), &keyLength, nullptr, bytes(file, AssociatedBytes), WrappedKeyBytes,
            bytes(file), quint64(AssociatedBytes), bytes(file, nonceAt), key.data()) != 0 ||
        keyLength != quint64(KeyBytes))
        refuse(Error::Kind::Invalid,
               PackageText::tr("The passphrase is wrong: it does not open this package."));

    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(file, streamHeaderAt),
                                                        fileKey.data()) != 0)
        refuse(Error::Kind::Invalid,
               PackageText::tr("The package is damaged: its stream header is invalid."));
    QByteArray payload;
    qsizetype offset = HeaderBytes + ChecksumBytes;
    int chunkNumber = 0;
    bool finished = false;
    while (!finished) {
        ++chunkNumber;
        if (offset == file.size())
            refuse(Error::Kind::Invalid,
                   PackageText::tr(
                       "The package is cut short: it ends before its last part (after part %1).")
                       .arg(chunkNumber - 1));
        if (file.size() - offset < 4)
            refuse(Error::Kind::Invalid,
                   PackageText::tr("The package is cut short in part %1.").arg(chunkNumber));
        const quint32 length = get<quint32>(file.constData() + offset);
        offset += 4;
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES ||
            length > ChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES)
            refuse(Error::Kind::Invalid,
                   PackageText::tr("The package is damaged: part %1 has an impossible length.")
                       .arg(chunkNumber));
        if (file.size() - offset < qsizetype(length))
            refuse(Error::Kind::Invalid,
                   PackageText::tr("The package is cut short in part %1.").arg(chunkNumber));
        const qsizetype plainLength = length - crypto_secretstream_xchacha20poly1305_ABYTES;
        const qsizetype at = payload.size();
        payload.resize(at + plainLength);
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(payload.data() + at), &written, &tag,
                bytes(file, offset), length, nullptr, 0) != 0)
            refuse(Error::Kind::Invalid,
                   PackageText::tr(
                       "The package is damaged or was altered: part %1 does not check out.")
                       .arg(chunkNumber));
        offset += length;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(&state, sizeof state);
    if (offset != file.size())
        refuse(Error::Kind::Invalid,
               PackageText::tr("The package has %1 bytes after its end; it was altered.")
                   .arg(file.size() - offset));
    return payload;
}

} // namespace package
} // namespace casebook
