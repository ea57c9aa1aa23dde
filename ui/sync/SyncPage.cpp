#include "SyncPage.h"

#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/PassphraseDialog.h"
#include "common/RecordTableView.h"
#include "common/TextInput.h"
#include "records/RecordKind.h"
#include "records/RecordKinds.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "sync/Conflicts.h"
#include "sync/PeerIndex.h"
#include "sync/Store.h"
#include "sync/SyncPackages.h"
#include "sync/SyncWork.h"

#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <sodium.h>

namespace casebook::ui {

namespace {

QString when(Stamp stamp)
{
    if (stamp.value == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(stamp.milliseconds())
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString shortId(QUuid id)
{
    return id.toString(QUuid::WithoutBraces).right(8);
}

// What a person calls the record: its name where it has one.
QString recordName(Store &store, const Conflict &conflict)
{
    const auto row = store.read(conflict.table, conflict.row);
    if (!row)
        return SyncPage::tr("%1 …%2 (deleted)").arg(conflict.table, shortId(conflict.row));
    if (row->contains(QStringLiteral("first_name")))
        return SyncPage::tr("%1 %2 %3")
            .arg(conflict.table, row->value(QStringLiteral("first_name")).toString(),
                 row->value(QStringLiteral("last_name")).toString());
    if (row->contains(QStringLiteral("name")))
        return SyncPage::tr("%1 %2").arg(conflict.table,
                                         row->value(QStringLiteral("name")).toString());
    return SyncPage::tr("%1 …%2").arg(conflict.table, shortId(conflict.row));
}

// The only copy of a passphrase (shared by the worker, never detached) is
// wiped once the work is over.
void wipe(QByteArray &secret)
{
    sodium_memzero(secret.data(), size_t(secret.size()));
}

const FieldSpec *fieldSpec(const Conflict &conflict)
{
    const RecordKind *kind = recordKindForTable(conflict.table);
    return kind ? kind->type().field(conflict.field) : nullptr;
}

QString fieldLabel(const Conflict &conflict)
{
    const FieldSpec *field = fieldSpec(conflict);
    return field ? field->label : conflict.field;
}

QString valueText(const QVariant &value)
{
    if (value.isNull())
        return SyncPage::tr("(empty)");
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().size() == 1
                   ? SyncPage::tr("(1 byte)")
                   : SyncPage::tr("(%1 bytes)").arg(value.toByteArray().size());
    return value.toString();
}

} // namespace

SyncPage::SyncPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_group = new QLabel;
    m_group->setObjectName(QStringLiteral("syncGroup"));
    m_group->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_group->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("E&xport package…"));
    exportButton->setObjectName(QStringLiteral("exportPackage"));
    connect(exportButton, &QPushButton::clicked, this, &SyncPage::exportPackage);
    auto *importButton = new QPushButton(tr("&Import package…"));
    importButton->setObjectName(QStringLiteral("importPackage"));
    connect(importButton, &QPushButton::clicked, this, &SyncPage::importPackage);
    auto *top = new QHBoxLayout;
    top->addWidget(m_group, 1);
    top->addWidget(exportButton);
    top->addWidget(importButton);

    m_peers = new RowTableModel(
        {tr("Installation"), tr("Latest change from it"), tr("Has seen ours up to")}, this);
    auto *peersBox = new QGroupBox(tr("Installations exchanged with"));
    QTableView *peerView =
        makeRecordTableView(m_peers, QStringLiteral("peerList"), tr("Installations"));
    peerView->setColumnWidth(0, 300);
    peerView->setColumnWidth(1, 180);
    (new QVBoxLayout(peersBox))->addWidget(peerView);

    m_conflicts = new RowTableModel({tr("Record"), tr("Field"), tr("Current value"),
                                     tr("Made on, at"), tr("Waiting value"), tr("Made on, at")},
                                    this);
    m_conflictView =
        makeRecordTableView(m_conflicts, QStringLiteral("conflictList"), tr("Conflicts"));
    const int widths[] = {180, 100, 140, 190, 140};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_conflictView->setColumnWidth(column, widths[column]);
    auto *keepCurrent = new QPushButton(tr("Keep &current"));
    keepCurrent->setToolTip(tr("For a deleted record: it stays deleted."));
    connect(keepCurrent, &QPushButton::clicked, this,
            [this] { settleCurrent(ConflictChoice::KeepCurrent); });
    auto *keepWaiting = new QPushButton(tr("Keep &waiting"));
    keepWaiting->setToolTip(tr("For a deleted record: it comes back."));
    connect(keepWaiting, &QPushButton::clicked, this,
            [this] { settleCurrent(ConflictChoice::KeepWaiting); });
    auto *setValue = new QPushButton(tr("Set &another value…"));
    setValue->setToolTip(tr("Neither: type or choose the value the record should have."));
    connect(setValue, &QPushButton::clicked, this,
            [this] { settleCurrent(ConflictChoice::SetValue); });
    auto *choices = new QHBoxLayout;
    for (QPushButton *settle : {keepCurrent, keepWaiting, setValue}) {
        choices->addWidget(settle);
        m_settleButtons.append(settle);
    }
    m_noConflicts = new QLabel(tr("No edits clashed: there is nothing to settle."));
    m_noConflicts->setObjectName(QStringLiteral("noConflicts"));
    choices->addWidget(m_noConflicts);
    choices->addStretch();
    auto *conflictsBox = new QGroupBox(tr("Edits that clashed"));
    auto *conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->addWidget(m_conflictView);
    conflictsLayout->addLayout(choices);

    // A new laptop's way in: the district office gives it a package.
    m_joinBox = new QGroupBox(tr("Join your service's sync group"));
    m_joinBox->setObjectName(QStringLiteral("joinBox"));
    auto *joinText = new QLabel(
        tr("A laptop set up for a teacher gets the service's records from a sync package the "
           "district office exported for a new laptop (“everything”), or for this laptop by "
           "its installation id, shown above. Choose the package file and type the group's "
           "passphrase; the records arrive and this laptop joins the group. A package made "
           "for another laptop is refused, and nothing changes.\n"
           "Setting up the very first installation? Add staff and settings, then export a "
           "package: that starts the group."));
    joinText->setWordWrap(true);
    auto *joinButton = new QPushButton(tr("&Join from a package…"));
    joinButton->setObjectName(QStringLiteral("joinFromPackage"));
    connect(joinButton, &QPushButton::clicked, this, &SyncPage::importPackage);
    auto *joinLayout = new QHBoxLayout(m_joinBox);
    joinLayout->addWidget(joinText, 1);
    joinLayout->addWidget(joinButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_joinBox);
    layout->addWidget(peersBox, 1);
    layout->addWidget(conflictsBox, 2);
    setFocusProxy(exportButton);
    refresh();
}

void SyncPage::refresh()
{
    Database &db = m_session.database();
    const QUuid group = syncGroup(db);
    m_joinBox->setVisible(group.isNull());
    const QString self = db.installationId().toString(QUuid::WithoutBraces);
    m_group->setText(
        group.isNull()
            ? tr("Not in a sync group yet. This laptop is installation %1.").arg(self)
            : tr("Sync group …%1 · this laptop is installation %2").arg(shortId(group), self));

    const PeerIndex peers(db);
    const QMap<QUuid, Stamp> here = seenHere(db);
    QList<QUuid> ids;
    QList<QVariantList> rows;
    for (const auto &[index, uuid] : peers.all()) {
        if (uuid == db.installationId())
            continue;
        ids.append(uuid);
        rows.append({uuid.toString(QUuid::WithoutBraces), when(here.value(uuid)),
                     when(seenByPeer(db, uuid).value(db.installationId()))});
    }
    m_peers->setRows(ids, rows);

    const QList<Conflict> conflicts = listConflicts(db);
    ids.clear();
    rows.clear();
    m_conflictIds.clear();
    for (const Conflict &c : conflicts) {
        ids.append(c.row);
        m_conflictIds.append(c.id);
        // Who made each value: the installation (this laptop, or another by
        // the end of its id) and when.
        const auto made = [&](const Version &version) {
            const QString where = version.origin == db.installationId()
                                      ? tr("this laptop")
                                      : tr("…%1").arg(shortId(version.origin));
            return tr("%1, %2").arg(where, when(version.stamp));
        };
        rows.append(
            {recordName(m_session.store(), c), fieldLabel(c),
             c.rowDeleted ? tr("(record deleted)") : valueText(c.current), made(c.currentVersion),
             c.waitingKnown ? valueText(c.waiting) : tr("(unknown)"), made(c.waitingVersion)});
    }
    m_conflicts->setRows(ids, rows);
    if (m_conflicts->rowCount() > 0)
        m_conflictView->setCurrentIndex(m_conflicts->index(0, 0));
    for (QPushButton *settle : std::as_const(m_settleButtons))
        settle->setEnabled(!conflicts.isEmpty());
    m_noConflicts->setVisible(conflicts.isEmpty());
    emit conflictCountChanged(int(conflicts.size()));
}

std::optional<QUuid> SyncPage::askRecipient()
{
    const QList<PackagePeer> peers = packagePeers(m_session.database());
    if (peers.isEmpty())
        return QUuid(); // nobody heard from yet: everything, for anyone
    QList<QPair<QString, QString>> choices;
    for (const PackagePeer &peer : peers)
        choices.append({peer.id.toString(QUuid::WithoutBraces),
                        peer.latest.value ? tr("Installation …%1 (its latest change %2)")
                                                .arg(shortId(peer.id), when(peer.latest))
                                          : tr("Installation …%1").arg(shortId(peer.id))});
    choices.append({QString(), tr("A new laptop, or anyone: everything")});
    const std::optional<QString> chosen =
        TextInput::ask(this, tr("Export a sync package"), tr("Who is the package for?"),
                       choices.first().first, choices);
    if (!chosen)
        return std::nullopt;
    return chosen->isEmpty() ? QUuid() : QUuid::fromString(*chosen);
}

void SyncPage::exportPackage()
{
    const std::optional<QUuid> recipient = askRecipient();
    if (!recipient)
        return;
    const QString date = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    const QString file = FileDialog::saveFileName(
        this, tr("Export a sync package"),
        recipient->isNull()
            ? QStringLiteral("casebook-%1-everything.casebook-sync").arg(date)
            : QStringLiteral("casebook-%1-for-%2.casebook-sync").arg(date, shortId(*recipient)),
        tr("Casebook sync package (*.casebook-sync)"));
    if (file.isEmpty())
        return;
    Database &db = m_session.database();
    auto passphrase = std::make_shared<QByteArray>(
        PassphraseDialog::ask(this, tr("Export a sync package"), syncGroup(db).isNull()));
    if (passphrase->isEmpty())
        return;
    auto result = std::make_shared<ExportResult>();
    runWork(
        tr("Export a sync package"),
        [file, passphrase, result, recipient = *recipient](Database &worker,
                                                           const ProgressReport &progress) {
            ExportOptions options;
            options.recipient = recipient;
            options.progress = progress;
            *result = casebook::exportPackage(worker, file, *passphrase, options);
        },
        [this, file, passphrase, result](const std::optional<Error> &error) {
            wipe(*passphrase);
            if (error)
                MessageBox::critical(this, tr("No package was written"), error->message());
            else
                MessageBox::information(
                    this, tr("Package written"),
                    tr("%1 holds %2. Take it to the district office or the other laptop, and "
                       "import it there.")
                        .arg(QDir::toNativeSeparators(file), changesText(result->changes)));
        });
}

void SyncPage::importPackage()
{
    const QString file =
        FileDialog::openFileName(this, tr("Import a sync package"),
                                 tr("Casebook sync package (*.casebook-sync);;All files (*)"));
    if (file.isEmpty())
        return;
    auto passphrase = std::make_shared<QByteArray>(
        PassphraseDialog::ask(this, tr("Import a sync package"), false));
    if (passphrase->isEmpty())
        return;
    auto result = std::make_shared<PackageImport>();
    runWork(
        tr("Import a sync package"),
        [file, passphrase, result](Database &worker, const ProgressReport &progress) {
            *result = casebook::importPackage(worker, file, *passphrase, progress);
        },
        [this, passphrase, result](const std::optional<Error> &error) {
            wipe(*passphrase);
            if (error) {
                MessageBox::critical(this, tr("Nothing was imported"), error->message());
                return;
            }
            MessageBox::information(this, tr("Package imported"), importText(*result));
            if (result->joinedGroup)
                emit joinedGroup();
        });
}

QString SyncPage::changesText(qint64 changes)
{
    return changes == 0 ? tr("no changes")
                        : tr("%Ln change(s)", nullptr, int(std::min<qint64>(changes, INT_MAX)));
}

QString SyncPage::importText(const PackageImport &result)
{
    if (result.ownPackage)
        return tr("This package was made on this laptop; there is nothing to import.");
    const ImportSummary &s = result.summary;
    const QLocale locale;
    QStringList lines;
    if (result.joinedGroup)
        lines.append(tr("This laptop has joined the sync group."));
    if (s.rowsAdded + s.rowsChanged + s.rowsDeleted == 0)
        lines.append(tr("Nothing new: this laptop had every change in the package already."));
    else
        lines.append(tr("New records: %1. Changed: %2. Deleted: %3.")
                         .arg(locale.toString(s.rowsAdded), locale.toString(s.rowsChanged),
                              locale.toString(s.rowsDeleted)));
    lines.append(s.conflicts == 0 ? tr("No edits clashed.")
                                  : tr("%Ln edit(s) clashed and wait below for you to settle.",
                                       nullptr, int(s.conflicts)));
    return lines.join(u'\n');
}

void SyncPage::runWork(const QString &title,
                       std::function<void(Database &, const ProgressReport &)> work,
                       std::function<void(const std::optional<Error> &)> report)
{
    setEnabled(false);
    runSyncWork(this, m_session.database(), title, std::move(work),
                [this, report](const std::optional<Error> &error) {
                    setEnabled(true);
                    // Lists, forms and pages read again what the worker changed.
                    m_session.store().announceOutsideChanges();
                    refresh();
                    report(error);
                    emit workFinished();
                });
}

void SyncPage::settleCurrent(ConflictChoice choice)
{
    const int row = m_conflictView->currentIndex().row();
    if (row < 0 || row >= m_conflictIds.size())
        return;
    try {
        Database &db = m_session.database();
        const Conflict conflict = findConflict(db, m_conflictIds[row]);
        QVariant value;
        if (choice == ConflictChoice::SetValue) {
            const std::optional<QString> text = askValue(conflict);
            if (!text)
                return;
            value = settlementValue(db, conflict.table, conflict.row, conflict.field, *text);
        }
        resolveConflict(m_session.store(), conflict.id, choice, value);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("The conflict could not be settled"), error.message());
    }
    m_session.store().announceOutsideChanges();
    refresh();
}

std::optional<QString> SyncPage::askValue(const Conflict &conflict)
{
    const FieldSpec *field = fieldSpec(conflict);
    const QString label = fieldLabel(conflict);
    const QVariant shown = conflict.rowDeleted ? conflict.waiting : conflict.current;
    QList<QPair<QString, QString>> choices;
    if (field)
        choices = fieldChoices(m_session.database(), *field);
    if (!choices.isEmpty() && !field->required)
        choices.prepend({QString(), tr("(none)")});
    return TextInput::ask(this, tr("Settle a conflict"),
                          tr("%1 for %2:").arg(label, recordName(m_session.store(), conflict)),
                          field ? fieldValueText(*field, shown) : shown.toString(), choices);
}

} // namespace casebook::ui
