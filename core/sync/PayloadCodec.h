#pragma once

#include "ChangeSet.h"

#include <QByteArray>

namespace casebook {

// A change set as bytes: the decrypted content of a sync package. Versioned;
// integers little-endian; installations listed once and named by number;
// values typed (null, integer, real as its 64 bits, UTF-8 text, blob), so
// every value comes back exactly as it went.
namespace payload {

constexpr quint32 FormatVersion = 1;

QByteArray encode(const ChangeSet &set);
// Throws Error::Kind::Invalid when the bytes are not a payload this program
// can read; never reads outside them.
ChangeSet decode(const QByteArray &bytes);

} // namespace payload
} // namespace casebook
