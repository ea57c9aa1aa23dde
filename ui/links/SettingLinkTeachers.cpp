#include "SettingLinkTeachers.h"

#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/RecordTableView.h"
#include "links/LinkAllocation.h"
#include "links/LinkRecords.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

SettingLinkTeachers::SettingLinkTeachers(EditSession &session, QUuid setting, QWidget *parent)
    : QGroupBox(tr("Link teacher"), parent)
    , m_session(session)
    , m_setting(setting)
{
    m_current = new QLabel;
    m_current->setObjectName(QStringLiteral("settingLinkTeacher"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_history =
        new RowTableModel({tr("Year"), tr("Service line"), tr("Teacher"), tr("Until")}, this);
    auto *view = makeRecordTableView(m_history, QStringLiteral("settingLinkHistory"),
                                     tr("Link teachers, this year and before"));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMaximumHeight(110);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(view);
    connect(&session.store(), &Store::rowChanged, this, [this](const QString &table) {
        if (table == u"link_teacher" || table == u"staff")
            refresh();
    });
    refresh();
}

void SettingLinkTeachers::refresh()
{
    const QString year = academicYearOf(m_session.database().environment().today());
    QStringList now;
    QList<QUuid> ids;
    QList<QVariantList> rows;
    for (const LinkHistory &h : linkHistoryOfSetting(m_session.database(), m_setting)) {
        if (h.year == year && !h.replacedOn.isValid()) {
            QStringList reach;
            for (const QString &way : {h.teacherEmail, h.teacherPhone})
                if (!way.isEmpty())
                    reach.append(way);
            now.append(reach.isEmpty() ? tr("%1 (%2)").arg(h.teacherName, h.serviceLine)
                                       : tr("%1 (%2): %3")
                                             .arg(h.teacherName, h.serviceLine,
                                                  reach.join(QStringLiteral(", "))));
        }
        ids.append(h.id);
        rows.append({h.year, h.serviceLine, h.teacherName,
                     h.replacedOn.isValid() ? dateText(h.replacedOn) : QString()});
    }
    m_current->setText(now.isEmpty()
                           ? tr("No link teacher for %1 yet: a lead assigns one on Settings ▸ "
                                "Link teachers.")
                                 .arg(year)
                           : tr("For %1: %2").arg(year, now.join(QStringLiteral("; "))));
    m_history->setRows(ids, rows);
}

TeacherLinkSettings::TeacherLinkSettings(EditSession &session, QUuid teacher, QWidget *parent)
    : QGroupBox(parent)
{
    const QString year = academicYearOf(session.database().environment().today());
    setTitle(tr("Link settings for %1").arg(year));
    m_settings = new RowTableModel({tr("URN"), tr("Setting"), tr("Pupils")}, this);
    auto *view = makeRecordTableView(m_settings, QStringLiteral("teacherLinkSettings"),
                                     tr("Link settings for %1").arg(year));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMaximumHeight(150);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    QList<QUuid> ids;
    QList<QVariantList> rows;
    for (const LinkRow &r : linkSettingsOf(session.database(), teacher, year)) {
        ids.append(r.setting);
        rows.append({r.urn, r.name, r.pupils < 0 ? QVariant() : QVariant(r.pupils)});
    }
    m_settings->setRows(ids, rows);
}

} // namespace casebook::ui
