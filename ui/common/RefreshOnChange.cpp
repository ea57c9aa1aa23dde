#include "RefreshOnChange.h"

#include "sync/Store.h"

#include <QTimer>

#include <memory>

namespace casebook::ui {

void refreshOnChange(QObject *owner, Store &store, const QStringList &tables,
                     std::function<void()> refresh)
{
    auto pending = std::make_shared<bool>(false);
    const auto later = [owner, pending, refresh = std::move(refresh)] {
        if (*pending)
            return;
        *pending = true;
        QTimer::singleShot(0, owner, [pending, refresh] {
            *pending = false;
            refresh();
        });
    };
    QObject::connect(&store, &Store::rowChanged, owner, [tables, later](const QString &table) {
        for (const QString &watched : tables)
            if (watched.endsWith(u'_') ? table.startsWith(watched) : table == watched) {
                later();
                return;
            }
    });
    QObject::connect(&store, &Store::outsideChanges, owner, later);
}

} // namespace casebook::ui
