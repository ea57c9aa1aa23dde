#include "LiftGroupDialog.h"

#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/RecordTableView.h"
#include "lift/LiftMeetings.h"
#include "lift/LiftRecords.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "sync/Store.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

LiftGroupDialog::LiftGroupDialog(EditSession &session, QUuid group, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_group(group)
{
    setObjectName(QStringLiteral("liftGroupDialog"));
    setWindowTitle(tr("LIFT group"));
    auto *form = new RecordForm(session, liftGroupKind());
    form->showRecord(group);

    m_members = new RowTableModel({tr("Setting"), tr("URN"), tr("Phase")}, this);
    m_memberView = makeRecordTableView(m_members, QStringLiteral("liftGroupMembers"),
                                       tr("Settings in the group"));
    m_memberView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_memberView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *remove = new QAction(tr("Take the setting out of the group"), m_memberView);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &LiftGroupDialog::removeSetting);
    m_memberView->addAction(remove);

    auto *add = new QPushButton(tr("&Add a setting…"));
    add->setObjectName(QStringLiteral("liftGroupAddSetting"));
    connect(add, &QPushButton::clicked, this, &LiftGroupDialog::addSetting);
    auto *out = new QPushButton(tr("&Take out"));
    out->setToolTip(tr("Delete"));
    connect(out, &QPushButton::clicked, this, &LiftGroupDialog::removeSetting);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(add);
    memberButtons->addWidget(out);
    memberButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *membersLabel = new QLabel(tr("Settings in the &group"));
    membersLabel->setBuddy(m_memberView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(membersLabel);
    layout->addWidget(m_memberView, 1);
    layout->addLayout(memberButtons);
    layout->addWidget(buttons);
    resize(560, 480);

    connect(&session.store(), &Store::rowChanged, this, [this](const QString &table) {
        if (table == u"lift_group_setting" || table == u"setting")
            refresh();
    });
    refresh();
}

void LiftGroupDialog::refresh()
{
    QList<QUuid> ids;
    QList<QVariantList> rows;
    for (const LiftGroupMember &m : listLiftGroupMembers(m_session.database(), m_group)) {
        ids.append(m.id);
        rows.append({m.name, m.urn, m.phase});
    }
    m_members->setRows(ids, rows);
}

void LiftGroupDialog::addSetting()
{
    auto *dialog =
        new RecordDialog(m_session, liftGroupSettingKind(), tr("Add a setting to the group"), this);
    dialog->form()->setFixedValue(QStringLiteral("group_id"), m_group.toRfc4122());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::added, this, [this](const QUuid &id) {
        m_memberView->setCurrentIndex(m_members->index(std::max(0, m_members->rowOf(id)), 0));
        m_memberView->setFocus();
    });
    dialog->open();
}

void LiftGroupDialog::removeSetting()
{
    const QModelIndex current = m_memberView->currentIndex();
    if (!current.isValid())
        return;
    try {
        deleteRecord(m_session, liftGroupSettingKind(), m_members->idAt(current.row()));
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Take out of the group"), error.message());
    }
}

} // namespace casebook::ui
