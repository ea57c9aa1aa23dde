#include "RecordDialog.h"

#include "RecordForm.h"
#include "common/Error.h"
#include "common/MessageBox.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

RecordDialog::RecordDialog(EditSession &session, const RecordKind &kind, const QString &title,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
{
    build(title, true);
    m_form->setValues(kind.defaults());
}

RecordDialog::RecordDialog(EditSession &session, const RecordKind &kind, QUuid id,
                           const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
{
    build(title, false);
    m_form->showRecord(id);
}

void RecordDialog::build(const QString &title, bool adding)
{
    setWindowTitle(title);
    m_form = new RecordForm(m_session, m_kind);
    auto *buttons = new QDialogButtonBox(adding ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                : QDialogButtonBox::Close);
    if (adding) {
        QPushButton *add = buttons->button(QDialogButtonBox::Ok);
        add->setText(tr("&Add"));
        add->setToolTip(tr("Enter, or Ctrl+Enter in a paragraph"));
        // Enter in a paragraph makes a new line; Ctrl+Enter adds from anywhere.
        auto *addShortcut = new QAction(this);
        addShortcut->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
        connect(addShortcut, &QAction::triggered, this, &QDialog::accept);
        addAction(addShortcut);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void RecordDialog::addSection(QWidget *section)
{
    auto *outer = static_cast<QVBoxLayout *>(layout());
    outer->insertWidget(outer->count() - 1, section); // above the buttons
}

void RecordDialog::accept()
{
    if (!m_form->recordId().isNull()) {
        QDialog::accept();
        return;
    }
    EditOptions options;
    while (true) {
        try {
            m_added = addRecord(m_session, m_kind, m_form->values(), options);
            emit added(m_added);
            QDialog::accept();
            return;
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::Duplicate && !options.confirmedNotDuplicate) {
                switch (askAboutDuplicate(this, error, true)) {
                case DuplicateChoice::KeepBoth:
                    options.confirmedNotDuplicate = true;
                    continue;
                case DuplicateChoice::OpenExisting:
                    emit openExistingAsked(error.record());
                    QDialog::reject();
                    return;
                case DuplicateChoice::GoBack:
                    break;
                }
            }
            m_form->showError(error.message(), error.field());
            // Room for the reason, however many lines it wraps to.
            layout()->activate();
            const int needed = layout()->hasHeightForWidth()
                                   ? layout()->totalHeightForWidth(width())
                                   : layout()->totalSizeHint().height();
            if (needed > height())
                resize(width(), needed);
            return;
        }
    }
}

} // namespace casebook::ui
