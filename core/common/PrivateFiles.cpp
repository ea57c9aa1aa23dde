#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace casebook {

namespace {

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions Others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

void protectProcess()
{
#ifdef Q_OS_UNIX
    umask(077);
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    // A core dump piped to a crash collector ignores the size limit; this does not.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool coreDumpsOff()
{
#ifdef Q_OS_LINUX
    QFile limits(QStringLiteral("/proc/self/limits"));
    if (limits.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (!line.startsWith("Max core file size"))
                continue;
            const QList<QByteArray> columns =
                line.mid(int(qstrlen("Max core file size"))).simplified().split(' ');
            return !columns.isEmpty() && columns.first() == "0";
        }
    }
    return false;
#elif defined(Q_OS_UNIX)
    rlimit limit{};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
#else
    return true; // Windows writes no core files unless asked to
#endif
}

bool makePrivateFolders(const QString &folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (QFileInfo(at).path() == at)
            break;
    }
    for (const QString &path : missing) {
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
            return false;
        QFile::setPermissions(path, OwnerOnly | QFile::ExeOwner);
    }
    return QFileInfo(absolute).isDir();
}

void makeOwnerOnly(const QString &file)
{
    const QFileInfo info(file);
    if (info.exists() && info.isFile() && (info.permissions() & Others))
        QFile::setPermissions(file, info.permissions() & ~Others);
}

bool createOwnerOnly(const QString &file)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(file).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        fchmod(fd, S_IRUSR | S_IWUSR); // the umask may have taken more
        ::close(fd);
        return true;
    }
    return QFileInfo::exists(file);
#else
    QFile created(file);
    if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(file);
    created.setPermissions(OwnerOnly);
    return true;
#endif
}

bool openOwnerOnly(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!file.setPermissions(OwnerOnly)) {
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace casebook
