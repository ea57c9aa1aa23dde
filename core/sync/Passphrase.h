#pragma once

#include <QByteArray>

class QCommandLineParser;
class QTextStream;

namespace casebook {

// The group passphrase for a sync command, never from an argument: from
// --passphrase-file FILE (its first line), else CASEBOOK_PASSPHRASE, else a
// prompt on the terminal without echo. Throws Error::Kind::Usage when none
// can be had (no terminal and neither given).
QByteArray readPassphrase(const QCommandLineParser &parser, QTextStream &prompt, bool twice);
void addPassphraseOption(QCommandLineParser &parser);

} // namespace casebook
