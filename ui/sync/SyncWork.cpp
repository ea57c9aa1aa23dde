#include "SyncWork.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <utility>

namespace casebook::ui {

namespace {

// What the worker and the GUI thread share. The worker never touches a
// widget: the dialog reads the latest progress on a timer, and the error only
// once the thread has finished.
struct SharedState
{
    std::atomic<bool> stopRequested{false};
    QMutex mutex;
    std::optional<Progress> latest; // under mutex; taken by the GUI
    std::optional<Error> error;

    void report(const Progress &progress)
    {
        QMutexLocker lock(&mutex);
        latest = progress;
    }
    std::optional<Progress> take()
    {
        QMutexLocker lock(&mutex);
        return std::exchange(latest, std::nullopt);
    }
};

// The context under which translators find this file's texts.
struct SyncWorkText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ui::SyncWork)
};

void show(QProgressDialog *dialog, const Progress &progress)
{
    dialog->setLabelText(progress.step + QStringLiteral("…"));
    if (progress.total > 0) {
        dialog->setRange(0, int(std::min<qint64>(progress.total, INT_MAX)));
        dialog->setValue(int(std::min<qint64>(progress.done, INT_MAX)));
    } else {
        dialog->setRange(0, 0); // busy: no measure of how far
    }
}

} // namespace

void runSyncWork(QWidget *parent, Database &db, const QString &title,
                 std::function<void(Database &, const ProgressReport &)> work,
                 std::function<void(const std::optional<Error> &)> done)
{
    auto shared = std::make_shared<SharedState>();
    auto *dialog =
        new QProgressDialog(SyncWorkText::tr("Starting…"), SyncWorkText::tr("Stop"), 0, 0, parent);
    dialog->setObjectName(QStringLiteral("syncProgress"));
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumWidth(420);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [dialog, shared] {
        shared->stopRequested = true;
        dialog->setLabelText(SyncWorkText::tr("Stopping…"));
    });
    // Quick work finishes before the dialog would only flash up.
    QTimer::singleShot(300, dialog, [dialog] {
        if (!dialog->wasCanceled())
            dialog->show();
    });

    const QString path = db.path();
    const Environment environment = db.environment();
    QThread *thread = QThread::create([=] {
        try {
            auto connection = Database::open(path, environment);
            work(*connection, [dialog, shared](const Progress &progress) {
                QMetaObject::invokeMethod(
                    dialog, [dialog, progress] { show(dialog, progress); }, Qt::QueuedConnection);
                return !shared->stopRequested;
            });
        } catch (const Error &error) {
            shared->error = error;
        } catch (const std::exception &error) {
            shared->error = Error(Error::Kind::Storage, QString::fromLocal8Bit(error.what()));
        }
    });
    // Queued to the dialog, so that it comes after every progress report.
    // The dialog is gone before `done` tells the outcome: a message box's own
    // event loop would otherwise let the dialog's show timer put it back up,
    // over the message, with the keyboard held by it.
    QObject::connect(thread, &QThread::finished, dialog, [dialog, thread, shared, done] {
        thread->deleteLater();
        dialog->hide();
        dialog->deleteLater();
        QObject *owner = dialog->parent() ? dialog->parent() : qApp;
        QMetaObject::invokeMethod(
            owner, [done, error = shared->error] { done(error); }, Qt::QueuedConnection);
    });
    // Should the window go while the work runs, the work stops (changing
    // nothing) before the window's database does.
    QObject::connect(dialog, &QObject::destroyed, thread, [thread, shared] {
        shared->stopRequested = true;
        thread->wait();
        thread->deleteLater();
    });
    thread->start();
}

} // namespace casebook::ui
