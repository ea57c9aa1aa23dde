#pragma once

#include <QString>

class QWidget;

namespace casebook::ui {

// File choosers go through here, so that a test can give the file in advance.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    // Queues the answer of a file dialog to come (empty: as if cancelled).
    static void setNextFileName(const QString &fileName);
};

} // namespace casebook::ui
