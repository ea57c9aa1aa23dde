#pragma once

#include "FieldClocks.h"

#include <QByteArray>
#include <QList>

namespace casebook {

// The versions a journal entry replaced, as stored in `sync_journal.base`
// (format 2). A version is a field clock: stamp (8 bytes) and the local peer
// index of the installation that wrote it (4 bytes), big-endian.
//
// - update: for each changed field in field order, a count byte and that many
//   versions (one for an ordinary edit: the value it replaced; all the
//   field's versions when a person settles a conflict);
// - delete: every version the row held (winners and conflicting values);
// - insert: the tombstones it brings back (none for a new row).
//
// Format 1 (before migration 5) held only stamps, 8 bytes a changed field.
namespace versions {

constexpr int Bytes = 12;
constexpr int JournalFormat = 2;

void append(QByteArray &out, const FieldClock &version);
QByteArray encodeList(const QList<FieldClock> &list);
// Reads `count` versions at `offset`; false when the blob is too short.
bool read(const QByteArray &blob, qsizetype &offset, int count, QList<FieldClock> &out);
QList<FieldClock> decodeList(const QByteArray &blob);

// Per changed field of an update: its list of replaced versions.
QByteArray encodeFieldParents(const QList<QList<FieldClock>> &perField);
// Empty lists when the blob does not hold `fieldCount` well-formed lists.
QList<QList<FieldClock>> decodeFieldParents(const QByteArray &blob, int fieldCount);

} // namespace versions
} // namespace casebook
