#include "LinkAllocationPage.h"

#include "commands/EditSession.h"
#include "common/DistrictChoice.h"
#include "common/Error.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "common/Pages.h"
#include "common/RecordTableView.h"
#include "common/RefreshOnChange.h"
#include "domain/AcademicYear.h"
#include "links/LinkAllocation.h"
#include "links/LinkRecords.h"
#include "mainwindow/MainWindow.h"
#include "records/RowTableModel.h"
#include "reference/ReferenceData.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

LinkAllocationPage::LinkAllocationPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setWindowTitle(tr("Link teachers"));
    Database &db = session.database();
    // The coming year first: leads allocate ahead.
    const int thisYear = AcademicYear::startYear(db.environment().today());
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("linkYear"));
    m_year->setAccessibleName(tr("Academic year"));
    for (int year = thisYear + 1; year >= thisYear - 4; --year)
        m_year->addItem(year == thisYear + 1 ? tr("%1 (coming)").arg(academicYearText(year))
                        : year == thisYear   ? tr("%1 (this year)").arg(academicYearText(year))
                                             : academicYearText(year),
                        academicYearText(year));
    m_district = new QComboBox;
    m_district->setObjectName(QStringLiteral("linkDistrict"));
    m_district->setAccessibleName(tr("District"));
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_district->setMinimumContentsLength(12);
    fillDistrictChoice(m_district, db);
    m_line = new QComboBox;
    m_line->setObjectName(QStringLiteral("linkServiceLine"));
    m_line->setAccessibleName(tr("Service line"));
    for (const auto &line : ReferenceData::load(db).serviceLines)
        m_line->addItem(line.name, line.code);
    m_unallocated = new QCheckBox(tr("&Without one only"));
    auto *copy = new QPushButton(tr("&Copy last year forward"));
    copy->setObjectName(QStringLiteral("linkCopyForward"));
    connect(copy, &QPushButton::clicked, this, &LinkAllocationPage::copyForward);
    auto *controls = new QHBoxLayout;
    controls->addWidget(labelFor(m_year, tr("&Year")));
    controls->addWidget(m_year);
    controls->addWidget(labelFor(m_district, tr("&District")));
    controls->addWidget(m_district, 1);
    controls->addWidget(labelFor(m_line, tr("Ser&vice line")));
    controls->addWidget(m_line);
    controls->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_unallocated);
    actions->addStretch();
    actions->addWidget(copy);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("linkSummary"));
    m_summary->setWordWrap(true);
    m_settings = new RowTableModel(
        {tr("URN"), tr("Setting"), tr("Pupils"), tr("Link teacher"), tr("Last year")}, this);
    m_settingView = makeRecordTableView(m_settings, QStringLiteral("linkSettings"), tr("Settings"));
    QHeaderView *header = m_settingView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_settingView->setColumnWidth(0, 70);
    m_settingView->setColumnWidth(2, 56);
    m_settingView->setColumnWidth(3, 140);
    m_settingView->setColumnWidth(4, 130);
    m_settingView->setToolTip(tr("Enter assigns the setting's link teacher"));
    connect(m_settingView, &QTableView::activated, this, &LinkAllocationPage::assignCurrent);
    m_loads = new RowTableModel({tr("Teacher"), tr("Settings"), tr("Pupils")}, this);
    auto *loadView = makeRecordTableView(m_loads, QStringLiteral("linkLoads"),
                                         tr("Each teacher's link settings"));
    loadView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    loadView->horizontalHeader()->setStretchLastSection(true);
    loadView->setColumnWidth(0, 130);
    loadView->setColumnWidth(1, 70);
    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_settingView);
    splitter->addWidget(loadView);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({640, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    for (QComboBox *combo : {m_year, m_district, m_line})
        connect(combo, &QComboBox::activated, this, &LinkAllocationPage::refresh);
    connect(m_unallocated, &QCheckBox::toggled, this, &LinkAllocationPage::refresh);
    refreshOnChange(
        this, session.store(),
        {QStringLiteral("link_teacher"), QStringLiteral("setting"), QStringLiteral("staff")},
        [this] { refresh(); });
    refresh();
    setFocusProxy(m_settingView);
}

void LinkAllocationPage::refresh()
{
    LinkFilter filter;
    filter.year = m_year->currentData().toString();
    filter.districtCode = m_district->currentData().toString();
    filter.serviceLine = m_line->currentData().toString();
    const QList<LinkRow> all = listLinkAllocation(m_session.database(), filter);
    const QUuid chosen = m_settingView->currentIndex().isValid()
                             ? m_settings->idAt(m_settingView->currentIndex().row())
                             : QUuid();
    QList<QUuid> ids;
    QList<QVariantList> rows;
    m_teachers.clear();
    int without = 0;
    for (const LinkRow &r : all) {
        without += r.teacher.isNull() ? 1 : 0;
        if (m_unallocated->isChecked() && !r.teacher.isNull())
            continue;
        ids.append(r.setting);
        m_teachers.append(r.teacher);
        rows.append(
            {r.urn, r.name, r.pupils < 0 ? QVariant() : QVariant(r.pupils),
             r.teacher.isNull() ? RowTableModel::warning(tr("none")) : QVariant(r.teacherName),
             r.lastYearTeacherName});
    }
    m_settings->setRows(ids, rows);

    QList<QUuid> teacherIds;
    QList<QVariantList> loadRows;
    int heavy = 0;
    const QList<LinkLoad> loads = linkLoads(all);
    for (const LinkLoad &load : loads) {
        teacherIds.append(load.teacher);
        heavy += load.heavy ? 1 : 0;
        loadRows.append(
            {load.name,
             load.heavy ? RowTableModel::warning(tr("%1, far above the average").arg(load.settings))
                        : QVariant(load.settings),
             load.pupils});
    }
    m_loads->setRows(teacherIds, loadRows);
    QStringList said{
        tr("%1: %2 without a link teacher")
            .arg(filter.year, tr("%n of %1 settings", nullptr, without).arg(all.size()))};
    if (!loads.isEmpty())
        said.append(tr("%1 settings a teacher on average")
                        .arg(double(all.size() - without) / double(loads.size()), 0, 'f', 1));
    if (heavy > 0)
        said.append(tr("%n teacher(s) far above it", nullptr, heavy));
    m_summary->setText(said.join(QStringLiteral("; ")) + u'.');
    if (const int row = m_settings->rowOf(chosen); row >= 0)
        m_settingView->setCurrentIndex(m_settings->index(row, 0));
}

void LinkAllocationPage::assignCurrent()
{
    const QModelIndex current = m_settingView->currentIndex();
    if (!current.isValid())
        return;
    const QUuid setting = m_settings->idAt(current.row());
    const QString year = m_year->currentData().toString();
    const QString line = m_line->currentData().toString();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("linkAssignDialog"));
    dialog->setWindowTitle(tr("Link teacher of %1 for %2")
                               .arg(m_settings->index(current.row(), 1).data().toString(), year));
    auto *teacher = new QComboBox;
    teacher->setObjectName(QStringLiteral("linkTeacher"));
    teacher->setAccessibleName(tr("Link teacher"));
    teacher->setEditable(true);
    teacher->setInsertPolicy(QComboBox::NoInsert);
    for (const StaffSummary &s : listStaff(m_session.database()))
        if (s.status != u"left" && (s.serviceLineCode.isEmpty() || s.serviceLineCode == line) &&
            (s.role == u"specialist_teacher" || s.role == u"stls_lead"))
            teacher->addItem(s.districtName.isEmpty()
                                 ? s.fullName()
                                 : tr("%1 (%2)").arg(s.fullName(), s.districtName),
                             s.id);
    teacher->setCurrentIndex(std::max(0, teacher->findData(m_teachers.value(current.row()))));
    auto *error = new QLabel;
    error->setWordWrap(true);
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout;
    form->addRow(labelFor(teacher, tr("&Teacher")), teacher);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        try {
            assignLinkTeacher(m_session, setting, teacher->currentData().toUuid(), year, line);
            dialog->accept();
        } catch (const Error &e) {
            error->setText(e.message());
            error->show();
        }
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LinkAllocationPage::copyForward()
{
    const QString to = m_year->currentData().toString();
    const QString from = academicYearText(parseAcademicYear(to) - 1);
    try {
        const LinkCopyReport report = copyLinkTeachersForward(m_session, from, to);
        QStringList lines{tr("Copied %1 link teachers from %2; %3 settings had one already.")
                              .arg(report.copied)
                              .arg(from)
                              .arg(report.alreadyAllocated)};
        if (!report.skipped.isEmpty())
            lines.append(tr("Skipped:"));
        for (int i = 0; i < std::min<qsizetype>(report.skipped.size(), 12); ++i)
            lines.append(
                tr("• %1: %2").arg(report.skipped.at(i).name, report.skipped.at(i).reason));
        if (report.skipped.size() > 12)
            lines.append(tr("… and %1 more.").arg(report.skipped.size() - 12));
        lines.append(tr("Edit ▸ Undo takes the copy back."));
        MessageBox::information(this, tr("Link teachers copied to %1").arg(to), lines.join(u'\n'));
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot copy the link teachers"), error.message());
    }
}

void LinkAllocationPage::focusSearch()
{
    m_settingView->setFocus();
}

QList<PageDeclaration> linksPages()
{
    return {{MainWindow::Settings, [](EditSession &session, PageHost &) -> QWidget * {
                 return new LinkAllocationPage(session);
             }}};
}

} // namespace casebook::ui
