#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>

namespace casebook::test {

Environment ManualTime::environment()
{
    return {
        [this] { return ms; },
        [this] {
            ++ids;
            return makeTimeOrderedUuid(qint64(ids)); // ordered by creation
        },
    };
}

TestDatabase::TestDatabase()
{
    reopen();
}

QString TestDatabase::path() const
{
    return m_folder.filePath(QStringLiteral("test.sqlite"));
}

void TestDatabase::reopen()
{
    m_db.reset();
    m_db = Database::open(path(), m_time->environment());
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace casebook::test
