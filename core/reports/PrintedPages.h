#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace casebook {

// Prints `document` on `device` (a PDF writer, a printer, a preview) page by
// page, with the protective marking centred at the head and foot of every
// page and "Page 1 of 2" at the foot. The margins are the device's own plus
// room for the marking. Throws Error::Kind::Storage when the device cannot
// be painted on.
void printPages(const QTextDocument &document, QPagedPaintDevice *device, const QString &marking);

// Text a person typed, made safe to print: bidirectional overrides and
// isolates (which can reverse the words around them) and characters the
// report's font cannot draw (emoji, which would print as empty boxes) are
// left out; joiners and variation selectors with them.
QString printableText(const QString &typed);

} // namespace casebook
