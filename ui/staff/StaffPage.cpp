#include "StaffPage.h"

#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/Pages.h"
#include "links/SettingLinkTeachers.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>

namespace casebook::ui {

StaffPage::StaffPage(EditSession &session, QWidget *parent)
    : RecordListPage(
          session, staffKind(), tr("Staff"), tr("Add a staff member"),
          {tr("Name"), tr("Role"), tr("Service line"), tr("District"), tr("Specialisms"),
           tr("Status"), tr("Uses this laptop")},
          [this](const QString &search, QList<QUuid> &ids, QList<QVariantList> &rows) {
              Database &db = this->session().database();
              const auto me = whoAmI(db);
              const FieldSpec &status = staffKind().type().requireField(u"status");
              for (const auto &s : listStaff(db)) {
                  const QString name = s.fullName();
                  if (!search.isEmpty() && !name.contains(search, Qt::CaseInsensitive) &&
                      !s.districtName.contains(search, Qt::CaseInsensitive))
                      continue;
                  ids.append(s.id);
                  rows.append({name, StaffKind::roleLabel(s.role), s.serviceLineName,
                               s.districtName, s.specialisms, status.choiceLabel(s.status),
                               me && *me == s.id ? tr("Yes") : QString()});
              }
          },
          parent)
{
    auto *add = new QPushButton(tr("&Add staff member…"));
    connect(add, &QPushButton::clicked, this, &StaffPage::addRecord);
    auto *me = new QPushButton(tr("&This is me"));
    me->setObjectName(QStringLiteral("thisIsMe"));
    me->setToolTip(tr("Contact-log entries made on this laptop are recorded as theirs."));
    connect(me, &QPushButton::clicked, this, &StaffPage::makeCurrentMe);
    toolbar()->addWidget(add);
    toolbar()->addWidget(me);
    view()->setColumnWidth(0, 200);
    view()->setColumnWidth(1, 180);
    view()->setColumnWidth(3, 160);
    setEmptyText(tr("No staff yet. Add the service's teachers, leads and admins with Add staff "
                    "member… (Ctrl+N), or join the sync group on the Sync page (Ctrl+9)."));
}

void StaffPage::makeCurrentMe()
{
    const QUuid id = currentId();
    if (id.isNull())
        return;
    try {
        setWhoAmI(session().database(), id);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot choose this staff member"), error.message());
        return;
    }
    reload();
    emit whoAmIChanged();
}

QDialog *StaffPage::makeEditDialog(QUuid id, const QString &title)
{
    auto *dialog = new RecordDialog(session(), staffKind(), id, title, this);
    dialog->addSection(new TeacherLinkSettings(session(), id));
    return dialog;
}

QList<PageDeclaration> staffPages()
{
    return {{MainWindow::Staff, [](EditSession &session, PageHost &host) -> QWidget * {
                 auto *staff = new StaffPage(session);
                 QObject::connect(staff, &StaffPage::whoAmIChanged, staff,
                                  [&host] { host.whoAmIChosen(); });
                 return staff;
             }}};
}

} // namespace casebook::ui
