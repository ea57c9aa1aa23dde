#include "Environment.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace casebook {

QUuid makeTimeOrderedUuid(qint64 unixMs)
{
    std::array<quint8, 16> bytes{};
    auto *rng = QRandomGenerator::global();
    const quint64 r1 = rng->generate64();
    const quint64 r2 = rng->generate64();
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(quint64(unixMs) >> (8 * (5 - i)));
    for (int i = 0; i < 8; ++i) {
        bytes[size_t(6 + i)] = quint8(r1 >> (8 * i));
        if (i < 2)
            bytes[size_t(14 + i)] = quint8(r2 >> (8 * i));
    }
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // RFC 4122 variant
    return QUuid::fromRfc4122(
        QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
}

Environment Environment::system()
{
    return {
        [] { return QDateTime::currentMSecsSinceEpoch(); },
        [] { return makeTimeOrderedUuid(QDateTime::currentMSecsSinceEpoch()); },
    };
}

QDate Environment::today() const
{
    return QDateTime::fromMSecsSinceEpoch(wallClockMs()).date();
}

} // namespace casebook

#include <QCoreApplication>

namespace casebook {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("stls-casebook"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("stls-casebook.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("casebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
}

} // namespace casebook
