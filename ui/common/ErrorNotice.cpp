#include "ErrorNotice.h"

#include <QAccessibleWidget>

namespace casebook::ui {

namespace {

class ErrorNoticeAccessible : public QAccessibleWidget
{
public:
    explicit ErrorNoticeAccessible(QWidget *notice)
        : QAccessibleWidget(notice, QAccessible::Notification)
    {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<const QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *errorNoticeFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(ErrorNotice::staticMetaObject.className()) &&
        object->isWidgetType())
        return new ErrorNoticeAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

ErrorNotice::ErrorNotice(QWidget *parent)
    : QLabel(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(errorNoticeFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    hide();
}

void ErrorNotice::showProblem(const QString &problem)
{
    hide();
    setText(problem);
    setVisible(!problem.isEmpty());
}

} // namespace casebook::ui
