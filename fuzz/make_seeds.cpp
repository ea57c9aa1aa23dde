// fuzz_make_seeds DIR: writes DIR/package_reader/seed and
// DIR/payload_parser/seed, valid inputs for the two targets.
#include "FuzzShared.h"
#include "sync/Package.h"
#include "sync/PayloadCodec.h"

#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const QByteArray payload = casebook::payload::encode(casebook::fuzz::sampleChangeSet());
    casebook::PackageHeader header;
    header.schemaVersion = 5;
    header.group = QUuid::fromString(QStringLiteral("01a20000-0000-7000-8000-0000000000ff"));
    header.sender = casebook::fuzz::sampleChangeSet().sender;
    header.kdf = casebook::KdfLimits::minimum();
    header.salt = casebook::GroupKey::newSalt();
    const auto key =
        casebook::GroupKey::derive(casebook::fuzz::passphrase, header.salt, header.kdf);
    const QByteArray package = casebook::package::seal(header, payload, key);
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("package_reader"), package},
                                      std::pair{QStringLiteral("payload_parser"), payload}}) {
        QDir().mkpath(dir + u'/' + name);
        QFile file(dir + u'/' + name + QStringLiteral("/seed"));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 1;
    }
    return 0;
}
