#include "DatabaseFile.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace casebook {

DatabaseFileHeader DatabaseFileHeader::read(const QString &path)
{
    DatabaseFileHeader header;
    const QFileInfo info(path);
    if (!info.exists())
        return header;
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        header.verdict = Verdict::Unreadable;
        header.error = info.isDir() ? QStringLiteral("is a folder") : file.errorString();
        return header;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty()) {
        header.verdict = Verdict::Empty;
        return header;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        header.verdict = Verdict::NotSqlite;
        return header;
    }
    header.verdict = Verdict::Sqlite;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

} // namespace casebook
