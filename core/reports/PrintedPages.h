#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace casebook {

class Database;

// Prints `document` on `device` (a PDF writer, a printer, a preview) page by
// page, with the protective marking centred at the head and foot of every
// page and "Page 1 of 2" at the foot. The margins are the device's own plus
// room for the marking. Throws Error::Kind::Storage when the device cannot
// be painted on.
void printPages(const QTextDocument &document, QPagedPaintDevice *device, const QString &marking);

// Writes `document` as an A4 PDF titled `title`, marked and numbered as
// printPages does, readable by its owner alone; the file appears whole or
// not at all. Throws Error::Kind::Storage when it cannot be written.
void writePdfFile(const QTextDocument &document, const QString &title, const QString &marking,
                  const QString &path);

// The marking on every printed page: the UK government's for personal data.
QString protectiveMarking();

// The local authority whose service this is, for the head of a document.
QString authorityName(Database &db);

// The style every printed document shares (fonts, headings, tables).
QString printedStyleSheet();

// Text a person typed, as HTML paragraphs: made printable and escaped, blank
// lines between paragraphs, single line breaks kept; "None recorded." when
// there is none.
QString printedParagraphs(const QString &typed);

// Text a person typed, made safe to print: bidirectional overrides and
// isolates (which can reverse the words around them) and characters the
// report's font cannot draw (emoji, which would print as empty boxes) are
// left out; joiners and variation selectors with them.
QString printableText(const QString &typed);

} // namespace casebook
