#pragma once

#include <QString>

class QSaveFile;

namespace casebook {

// Children's records are special category data: every file the program
// writes that holds them (the database and its -wal and -shm, packages, PDFs)
// is for its owner alone, whatever the umask, and the process never leaves a
// core dump (one would hold names and the group passphrase).

// Called first by main(): files and folders the process creates are
// owner-only from then on, and core dumps are off.
void protectProcess();

// True when this process cannot write a core dump: its soft core size limit
// is 0 (on Linux, as /proc/self/limits says it).
bool coreDumpsOff();

// Creates `folder` and any missing parents; the folders it creates are
// owner-only (0700). Folders that were there already are left as they are.
bool makePrivateFolders(const QString &folder);

// Takes read and write away from everyone but the owner (0600), if the file
// exists and allows more.
void makeOwnerOnly(const QString &file);

// Creates an empty file that only its owner can read or write, unless it
// exists already. False when it cannot.
bool createOwnerOnly(const QString &file);

// Opens a QSaveFile for writing with its (still temporary) file owner-only,
// so the finished file never exists with wider permissions.
bool openOwnerOnly(QSaveFile &file);

} // namespace casebook
