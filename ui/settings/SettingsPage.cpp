#include "SettingsPage.h"

#include "SettingDialog.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/FileDialog.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "common/Pages.h"
#include "mainwindow/MainWindow.h"
#include "reference/ReferenceData.h"
#include "settings/GiasImport.h"
#include "settings/SettingRecords.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace casebook::ui {

namespace {

QString reportText(const GiasImportReport &report)
{
    QStringList lines;
    lines.append(SettingsPage::tr("%1 settings would be added, %2 updated and %3 left as they "
                                  "are.")
                     .arg(report.added)
                     .arg(report.updated)
                     .arg(report.unchanged));
    const int otherAuthority = report.skippedOtherAuthority();
    if (otherAuthority > 0)
        lines.append(SettingsPage::tr("%1 rows of other local authorities are left out.")
                         .arg(otherAuthority));
    int shown = 0;
    for (const auto &skip : report.skipped) {
        if (skip.otherAuthority)
            continue;
        if (shown++ == 0)
            lines.append(SettingsPage::tr("Skipped:"));
        if (shown > 10) {
            lines.append(SettingsPage::tr("… and more."));
            break;
        }
        lines.append(SettingsPage::tr("• line %1 (%2): %3")
                         .arg(skip.line)
                         .arg(skip.name.isEmpty() ? skip.urn : skip.name, skip.reason));
    }
    if (!report.withoutDistrict.isEmpty())
        lines.append(SettingsPage::tr("%1 would have no STLS district; set it by hand.")
                         .arg(report.withoutDistrict.size()));
    return lines.join(u'\n');
}

} // namespace

SettingsPage::SettingsPage(EditSession &session, QWidget *parent)
    : RecordListPage(
          session, settingKind(), tr("Settings"), tr("Add a setting"),
          {tr("URN"), tr("Name"), tr("Phase"), tr("Type"), tr("District"), tr("Postcode"),
           tr("Status")},
          [this](const QString &search, QList<QUuid> &ids, QList<QVariantList> &rows) {
              const SettingFilter filter{search, m_district->currentData().toString(),
                                         m_status->currentData().toString()};
              const FieldSpec &status = settingKind().type().requireField(u"status");
              for (const auto &s : listSettings(this->session().database(), filter)) {
                  ids.append(s.id);
                  rows.append({s.urn, s.name, s.phase, s.establishmentType, s.districtName,
                               s.postcode, status.choiceLabel(s.status)});
              }
          },
          parent)
{
    m_district = new QComboBox;
    m_district->setAccessibleName(tr("District"));
    m_district->addItem(tr("All districts"), QString());
    for (const auto &d : ReferenceData::load(session.database()).districts)
        m_district->addItem(d.name, d.code);
    m_status = new QComboBox;
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Open and closed"), QString());
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Closed"), QStringLiteral("closed"));
    for (QComboBox *combo : {m_district, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsPage::reload);
    }

    auto *add = new QPushButton(tr("&Add setting…"));
    connect(add, &QPushButton::clicked, this, &SettingsPage::addRecord);
    auto *import = new QPushButton(tr("&Import from GIAS…"));
    import->setObjectName(QStringLiteral("importGias"));
    connect(import, &QPushButton::clicked, this, &SettingsPage::importFromGias);
    toolbar()->addWidget(labelFor(m_district, tr("District")));
    toolbar()->addWidget(m_district, 1);
    toolbar()->addWidget(labelFor(m_status, tr("Status")));
    toolbar()->addWidget(m_status, 1);
    toolbar()->addWidget(add);
    toolbar()->addWidget(import);
    setWindowTitle(tr("Settings"));
    view()->setColumnWidth(1, 320);
    view()->setColumnWidth(3, 200);
    view()->setColumnWidth(4, 160);
    setEmptyText(tr("No settings yet. Import the schools and early-years settings from Get "
                    "Information about Schools with Import from GIAS…, add one with Add "
                    "setting… (Ctrl+N), or join the sync group on the Sync page (Ctrl+9)."));
}

void SettingsPage::importFromGias()
{
    const QString file = FileDialog::openFileName(
        this, tr("Import settings from GIAS"), tr("GIAS establishment CSV (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const GiasImportPlan plan = GiasImport::plan(session().database(), file,
                                                     QString::fromLatin1(GiasImport::KentLaCode));
        QApplication::restoreOverrideCursor();
        if (plan.changes.isEmpty()) {
            MessageBox::information(this, tr("Nothing to import"), reportText(plan.report));
            return;
        }
        if (MessageBox::question(this, tr("Import %1?").arg(plan.report.fileName),
                                 reportText(plan.report) + QLatin1String("\n\n") +
                                     tr("Edit ▸ Undo takes the whole import back."),
                                 QMessageBox::Ok | QMessageBox::Cancel,
                                 QMessageBox::Ok) != QMessageBox::Ok)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        GiasImport::apply(session(), plan);
        QApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        MessageBox::critical(this, tr("Cannot import"), error.message());
    }
}

QDialog *SettingsPage::makeEditDialog(QUuid id, const QString &title)
{
    auto *dialog = new SettingDialog(session(), id, title, this);
    connect(dialog, &SettingDialog::openRecordAsked, this, &SettingsPage::openRecordAsked);
    return dialog;
}

QList<PageDeclaration> settingsPages()
{
    return {{MainWindow::Settings, [](EditSession &session, PageHost &host) -> QWidget * {
                 auto *page = new SettingsPage(session);
                 QObject::connect(page, &SettingsPage::openRecordAsked, page,
                                  [&host](const QString &table, const QUuid &id) {
                                      host.openRecord(table, id);
                                  });
                 return page;
             }}};
}

} // namespace casebook::ui
