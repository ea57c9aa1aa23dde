#pragma once

#include <QString>
#include <QStringList>

namespace casebook::test {

// The casebook binary run as a process, with its exit status and output.
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runCasebook(const QStringList &arguments);

} // namespace casebook::test
