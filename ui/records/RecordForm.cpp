#include "RecordForm.h"

#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/ErrorNotice.h"
#include "common/MessageBox.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QString dateForPeople(const QVariant &stored)
{
    const QDate date = QDate::fromString(stored.toString(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : stored.toString();
}

// A setting or a staff member is chosen from a searchable list; other
// record ids (a contact's child) are decided by the context.
bool isRecordPicker(const FieldSpec &field)
{
    return field.type == FieldType::RecordId &&
           (field.recordTable == u"setting" || field.recordTable == u"staff");
}

const char *const pickerTable = "casebookRecordTable";

bool isChoice(const FieldSpec &field)
{
    return field.type == FieldType::Code ||
           (field.type == FieldType::Integer && !field.choices.isEmpty());
}

} // namespace

DuplicateChoice askAboutDuplicate(QWidget *parent, const Error &error, bool adding)
{
    MessageBox::ButtonTexts texts{
        {QMessageBox::Yes, adding ? RecordForm::tr("&Add a different child")
                                  : RecordForm::tr("&Keep both: a different child")},
        {QMessageBox::No,
         adding ? RecordForm::tr("&Back to the form") : RecordForm::tr("&Put it back as it was")}};
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No;
    if (!error.record().isNull()) {
        texts.append({QMessageBox::Open, RecordForm::tr("&Open the existing child")});
        buttons |= QMessageBox::Open;
    }
    const auto answer = MessageBox::question(
        parent, RecordForm::tr("Is this a child already recorded?"),
        error.message() + QLatin1String("\n\n") +
            RecordForm::tr("Keep two records only if this is a different child: one child with "
                           "two records has their history split between them."),
        buttons, error.record().isNull() ? QMessageBox::No : QMessageBox::Open, texts);
    if (answer == QMessageBox::Open && !error.record().isNull())
        return DuplicateChoice::OpenExisting;
    return answer == QMessageBox::Yes ? DuplicateChoice::KeepBoth : DuplicateChoice::GoBack;
}

RecordForm::RecordForm(EditSession &session, const RecordKind &kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error = new ErrorNotice;
    m_error->setObjectName(QStringLiteral("formError"));
    layout->addWidget(m_error);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);
    for (const FieldSpec &field : kind.type().fields) {
        if (field.type == FieldType::RecordId && !isRecordPicker(field))
            continue; // decided by the context (setFixedValue), or offered (offerRecords)
        addRow(field, createEditor(field), form->rowCount());
    }

    connect(&session.store(), &Store::rowChanged, this,
            [this](const QString &table, const QUuid &id) {
                if (!m_id.isNull() && id == m_id && table == m_kind.type().table)
                    reload();
                if ((table == u"setting" || table == u"staff") && !m_settingsRefillPending) {
                    // An import adds hundreds at once: read the lists again once, after.
                    m_settingsRefillPending = true;
                    QTimer::singleShot(0, this, [this] {
                        m_settingsRefillPending = false;
                        m_loading = true;
                        for (QWidget *editor : std::as_const(m_editors))
                            if (auto *combo = qobject_cast<QComboBox *>(editor);
                                combo && combo->isEditable())
                                fillRecords(combo);
                        m_loading = false;
                    });
                }
            });
    connect(&session.store(), &Store::outsideChanges, this, [this] {
        if (!m_id.isNull())
            reload();
    });
}

void RecordForm::fillRecords(QComboBox *combo)
{
    const QUuid current = combo->currentData().toUuid();
    combo->clear();
    combo->addItem(QString(), QUuid());
    if (combo->property(pickerTable).toString() == u"staff") {
        for (const auto &member : listStaff(m_session.database()))
            if (member.status != u"left")
                combo->addItem(member.fullName(), member.id);
    } else {
        for (const auto &setting : listSettings(m_session.database()))
            combo->addItem(setting.urn.isEmpty()
                               ? setting.name
                               : QStringLiteral("%1 (%2)").arg(setting.name, setting.urn),
                           setting.id);
    }
    combo->setCurrentIndex(std::max(combo->findData(current), 0));
}

QComboBox *RecordForm::makePicker(const FieldSpec &field)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(combo, &QComboBox::activated, this, [this, field] { commit(field); });
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, field] { commit(field); });
    return combo;
}

void RecordForm::addRow(const FieldSpec &field, QWidget *editor, int row)
{
    editor->setObjectName(field.name);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // Long entries (a need's full title) must not widen the form.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    editor->setAccessibleName(field.label);
    m_editors.insert(field.name, editor);
    auto *label = new QLabel(field.required ? field.label + u'*' : field.label);
    label->setBuddy(editor);
    findChild<QFormLayout *>()->insertRow(row, label, editor);
}

void RecordForm::offerRecords(const QString &field, const QList<QPair<QString, QUuid>> &records)
{
    const FieldSpec *spec = m_kind.type().field(field);
    if (!spec || spec->type != FieldType::RecordId || m_editors.contains(field))
        return;
    QComboBox *combo = makePicker(*spec);
    combo->addItem(QString(), QUuid());
    for (const auto &[label, id] : records)
        combo->addItem(label, id);
    combo->lineEdit()->setPlaceholderText(tr("Type part of the name"));
    int row = 0; // after the fields shown that come before it
    for (const FieldSpec &f : m_kind.type().fields) {
        if (f.name == field)
            break;
        row += m_editors.contains(f.name) ? 1 : 0;
    }
    addRow(*spec, combo, row);
    if (!m_id.isNull())
        reload();
}

QWidget *RecordForm::createEditor(const FieldSpec &field)
{
    if (field.type == FieldType::Boolean) {
        auto *box = new QCheckBox;
        connect(box, &QCheckBox::clicked, this, [this, field] { commit(field); });
        return box;
    }
    if (isRecordPicker(field)) {
        QComboBox *combo = makePicker(field);
        combo->setProperty(pickerTable, field.recordTable);
        fillRecords(combo);
        combo->lineEdit()->setPlaceholderText(field.recordTable == u"staff"
                                                  ? tr("Type part of the name")
                                                  : tr("Type part of the name or URN"));
        return combo;
    }
    if (isChoice(field)) {
        auto *combo = new QComboBox;
        if (!field.required)
            combo->addItem(QString(), QString());
        for (const auto &[code, label] : fieldChoices(m_session.database(), field))
            combo->addItem(field.codeShown && code != label
                               ? QStringLiteral("%1 — %2").arg(code, label)
                               : label,
                           code);
        if (field.type == FieldType::Integer || field.codeTable.isEmpty())
            for (int i = 0; i < combo->count(); ++i) // labels alone read better here
                combo->setItemText(i, field.choiceLabel(combo->itemData(i).toString()));
        connect(combo, &QComboBox::activated, this, [this, field] { commit(field); });
        return combo;
    }
    if (field.multiline) {
        // A paragraph: Enter makes a new line, Tab moves on, and the text
        // saves as the person leaves it (Ctrl+Enter adds, in a dialog).
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 2 * text->frameWidth() + 8);
        text->installEventFilter(this);
        return text;
    }
    auto *line = new QLineEdit;
    if (field.type == FieldType::Date)
        line->setPlaceholderText(tr("dd/mm/yyyy"));
    connect(line, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
    return line;
}

QVariant RecordForm::editorValue(const FieldSpec &field) const
{
    if (const auto custom = m_custom.constFind(field.name); custom != m_custom.constEnd())
        return custom->read();
    QWidget *editor = m_editors.value(field.name);
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        return qint64(box->isChecked() ? 1 : 0);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (!combo->isEditable())
            return parseFieldText(field, combo->currentData().toString());
        const QString typed = combo->currentText().trimmed();
        if (typed.isEmpty())
            return {};
        const int index = combo->findText(typed, Qt::MatchFixedString);
        if (index < 0)
            throw Error(Error::Kind::Invalid,
                        tr("%1: there is no “%2” to choose; choose one from the list.")
                            .arg(field.label, typed));
        return combo->itemData(index).toUuid().toRfc4122();
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return parseFieldText(field, line->text());
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return parseFieldText(field, text->toPlainText());
    return {};
}

void RecordForm::setEditorValue(const FieldSpec &field, const QVariant &stored)
{
    if (const auto custom = m_custom.constFind(field.name); custom != m_custom.constEnd())
        return custom->write(stored);
    QWidget *editor = m_editors.value(field.name);
    if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(stored.toLongLong() != 0);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant key =
            combo->isEditable()
                ? QVariant(stored.isNull() ? QUuid() : QUuid::fromRfc4122(stored.toByteArray()))
                : QVariant(stored.isNull() ? QString() : stored.toString());
        const int index = combo->findData(key);
        combo->setCurrentIndex(std::max(index, 0));
        if (combo->isEditable())
            combo->setEditText(combo->itemText(std::max(index, 0)));
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(field.type == FieldType::Date ? dateForPeople(stored) : stored.toString());
        line->setCursorPosition(0);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != stored.toString())
            text->setPlainText(stored.toString());
    }
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        for (const FieldSpec &field : m_kind.type().fields)
            if (m_editors.value(field.name) == watched)
                commit(field);
    return QWidget::eventFilter(watched, event);
}

void RecordForm::showRecord(QUuid id)
{
    m_id = id;
    showError(QString());
    reload();
}

void RecordForm::reload()
{
    const auto record = m_session.store().read(m_kind.type().table, m_id);
    if (!record)
        return;
    setValues(*record);
}

void RecordForm::setValues(const QVariantMap &stored)
{
    m_loading = true;
    for (const FieldSpec &field : m_kind.type().fields)
        if (m_editors.contains(field.name))
            setEditorValue(field, stored.value(field.name));
    m_loading = false;
}

void RecordForm::setFixedValue(const QString &field, const QVariant &stored)
{
    m_fixed.insert(field, stored);
}

void RecordForm::setCustomEditor(const QString &field, QWidget *editor,
                                 std::function<QVariant()> read,
                                 std::function<void(const QVariant &)> write)
{
    QWidget *old = m_editors.value(field);
    if (!old)
        return;
    editor->setObjectName(field);
    if (auto *form = findChild<QFormLayout *>())
        delete form->replaceWidget(old, editor);
    old->deleteLater();
    m_editors.insert(field, editor);
    m_custom.insert(field, {std::move(read), std::move(write)});
}

void RecordForm::hideField(const QString &field)
{
    QWidget *editor = m_editors.take(field);
    if (!editor)
        return;
    if (auto *form = findChild<QFormLayout *>())
        form->removeRow(editor); // deletes the label and the editor
}

void RecordForm::saveField(const QString &field)
{
    if (const FieldSpec *spec = m_kind.type().field(field))
        commit(*spec);
}

QVariantMap RecordForm::values() const
{
    QVariantMap values = m_fixed;
    for (const FieldSpec &field : m_kind.type().fields)
        if (m_editors.contains(field.name))
            values.insert(field.name, editorValue(field));
    return values;
}

QString RecordForm::errorText() const
{
    return m_error->text();
}

void RecordForm::showError(const QString &message, const QString &field)
{
    m_error->showProblem(message);
    if (message.isEmpty())
        return;
    // A wrapped label gets its height only from its width: claim it, or the
    // form squeezes the reason to a line cut in half.
    m_error->setMinimumHeight(m_error->heightForWidth(std::max(width(), 200)));
    // The cursor goes where the fix is.
    if (QWidget *editor = m_editors.value(field); editor && editor->isVisible())
        editor->setFocus(Qt::OtherFocusReason);
}

void RecordForm::commit(const FieldSpec &field)
{
    if (m_id.isNull() || m_loading)
        return;
    EditOptions options;
    while (true) {
        try {
            const QVariant value = editorValue(field);
            if (editRecord(m_session, m_kind, m_id, {{field.name, value}}, options) > 0)
                emit saved();
            showError(QString());
            return;
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::Duplicate && !options.confirmedNotDuplicate) {
                const DuplicateChoice choice = askAboutDuplicate(this, error, false);
                if (choice == DuplicateChoice::KeepBoth) {
                    options.confirmedNotDuplicate = true;
                    continue;
                }
                reload();
                showError(QString());
                if (choice == DuplicateChoice::OpenExisting)
                    emit openExistingAsked(error.record());
                return;
            }
            showError(error.message(), error.field() == field.name ? QString() : error.field());
            return;
        }
    }
}

} // namespace casebook::ui
