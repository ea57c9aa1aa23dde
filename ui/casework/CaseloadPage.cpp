#include "CaseloadPage.h"

#include "CaseDialog.h"
#include "casework/Caseload.h"
#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/Pages.h"
#include "common/RecordTableView.h"
#include "common/RefreshOnChange.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "records/RowTableModel.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "support/SupportEpisodes.h"
#include "sync/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

// Sorts date columns by the date, not the text.
class CaseloadSortModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto date = [](const QModelIndex &index) {
            return QDate::fromString(index.data().toString().left(10),
                                     QStringLiteral("dd/MM/yyyy"));
        };
        const QDate a = date(left), b = date(right);
        if (a.isValid() || b.isValid())
            return a < b;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

CaseloadPage::CaseloadPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setWindowTitle(tr("My caseload"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("caseloadSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_teacher = new QComboBox;
    m_teacher->setObjectName(QStringLiteral("caseloadTeacher"));
    m_teacher->setAccessibleName(tr("Caseload of"));
    m_closedToo = new QCheckBox(tr("Closed and declined &too"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("caseloadFilter"));
    m_filter->setAccessibleName(tr("Filter the caseload"));
    m_filter->setPlaceholderText(tr("Filter by child, setting or status (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_model =
        new RowTableModel({tr("Child or setting"), tr("Setting"), tr("Service line"), tr("Status"),
                           tr("Opened"), tr("Last contact"), tr("Next review"), tr("Teacher")},
                          this);
    m_proxy = new CaseloadSortModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = makeRecordTableView(m_proxy, QStringLiteral("caseloadList"), tr("Caseload"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // as listed: overdue reviews first
    // At a laptop's 1100 pixels every column shows whole: the setting takes
    // what is left.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const int widths[] = {180, 0, 100, 70, 85, 90, 150, 130};
    for (int column = 0; column < int(std::size(widths)); ++column)
        if (widths[column] > 0)
            m_view->setColumnWidth(column, widths[column]);
    rememberColumns(m_view);
    connect(m_view, &QTableView::activated, this, &CaseloadPage::openCurrent);
    // Ctrl+L logs a contact on the case chosen, wherever the cursor is.
    auto *logAction = new QAction(tr("Log a contact"), this);
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logAction->setShortcutContext(Qt::WindowShortcut);
    connect(logAction, &QAction::triggered, this, &CaseloadPage::logContact);
    addAction(logAction);
    m_view->setToolTip(tr("Enter opens the child or the case; Ctrl+L logs a contact on it"));

    auto *controls = new QHBoxLayout;
    auto *whose = new QLabel(tr("Caseload &of"));
    whose->setBuddy(m_teacher);
    controls->addWidget(whose);
    controls->addWidget(m_teacher);
    controls->addWidget(m_closedToo);
    controls->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    connect(m_teacher, &QComboBox::activated, this, &CaseloadPage::refresh);
    connect(m_closedToo, &QCheckBox::toggled, this, &CaseloadPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // Enter from the filter goes into the list.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    // Read again after edits, once for a burst of them (an import).
    refreshOnChange(this, session.store(),
                    {QStringLiteral("involvement"), QStringLiteral("contact_log"),
                     QStringLiteral("outcome"), QStringLiteral("outcome_review"),
                     QStringLiteral("staff"), QStringLiteral("support_episode")},
                    [this] { refresh(); });

    fillTeachers();
    refresh();
    setFocusProxy(m_view);
}

void CaseloadPage::fillTeachers()
{
    const QUuid current = m_teacher->currentData().toUuid();
    Database &db = m_session.database();
    const auto me = whoAmI(db);
    m_teacher->clear();
    if (me)
        m_teacher->addItem(tr("me"), *me);
    m_teacher->addItem(tr("everyone"), QUuid());
    for (const auto &member : listStaff(db))
        if (member.role == u"specialist_teacher" && (!me || member.id != *me))
            m_teacher->addItem(member.fullName(), member.id);
    m_teacher->setCurrentIndex(std::max(0, current.isNull() ? 0 : m_teacher->findData(current)));
}

void CaseloadPage::whoAmIChanged()
{
    m_teacher->clear(); // so that the list starts again at "me"
    fillTeachers();
    refresh();
}

void CaseloadPage::refresh()
{
    Database &db = m_session.database();
    CaseFilter filter;
    filter.openOnly = !m_closedToo->isChecked();
    const QUuid teacher = m_teacher->currentData().toUuid();
    if (!teacher.isNull())
        filter.teacher = teacher;
    const QDate today = db.environment().today();
    const FieldSpec &status = involvementKind().type().requireField(u"status");
    QList<QUuid> ids;
    QList<QVariantList> rows;
    m_children.clear();
    int overdue = 0, pastSupport = 0;
    const QHash<QUuid, QDate> supportPast = supportPastPlannedEnd(db, today);
    for (const CaseSummary &c : listCases(db, filter, today)) {
        ids.append(c.id);
        m_children.append(c.child);
        overdue += c.reviewOverdue ? 1 : 0;
        const auto past = supportPast.constFind(c.id);
        pastSupport += past != supportPast.cend() ? 1 : 0;
        rows.append(
            {c.child.isNull() ? tr("%1 (whole setting)").arg(c.subject) : c.subject, c.settingName,
             c.serviceLine,
             past != supportPast.cend()
                 ? RowTableModel::warning(tr("%1; intensive support past its planned end (%2)")
                                              .arg(status.choiceLabel(c.status), dateText(*past)))
                 : QVariant(status.choiceLabel(c.status)),
             dateText(c.openedOn), dateText(c.lastContact),
             c.reviewOverdue ? RowTableModel::warning(tr("%1 overdue").arg(dateText(c.nextReview)))
                             : QVariant(dateText(c.nextReview)),
             c.teacherName});
    }
    m_model->setRows(ids, rows);
    m_view->setColumnHidden(TeacherColumn, !teacher.isNull()); // a teacher's own: no need
    m_summary->setText(
        ids.isEmpty()
            ? tr("No cases here yet. A case is opened from a child's page (Children, Ctrl+1: "
                 "Open a case…); closed and declined ones show with “Closed and declined too”.")
        : overdue > 0
            ? tr("%n case(s), %1 with a review overdue", nullptr, int(ids.size())).arg(overdue)
            : tr("%n case(s)", nullptr, int(ids.size())));
    if (pastSupport > 0)
        m_summary->setText(
            m_summary->text() + u' ' +
            tr("%n with intensive support past its planned end.", nullptr, pastSupport));
}

void CaseloadPage::focusSearch()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void CaseloadPage::openCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    const QUuid child = m_children.value(current.row());
    if (!child.isNull()) {
        emit openChild(child);
        return;
    }
    auto *dialog = new CaseDialog(m_session, m_model->idAt(current.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseloadPage::logContact()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    openContactDialog(m_session, m_model->idAt(current.row()), this);
}

QList<PageDeclaration> caseworkPages()
{
    return {{MainWindow::Casework, [](EditSession &session, PageHost &host) -> QWidget * {
                 auto *caseload = new CaseloadPage(session);
                 QObject::connect(caseload, &CaseloadPage::openChild, caseload,
                                  [&host](const QUuid &id) { host.openRecord(u"child"_qs, id); });
                 host.onWhoAmIChanged([caseload] { caseload->whoAmIChanged(); });
                 return caseload;
             }}};
}

} // namespace casebook::ui
