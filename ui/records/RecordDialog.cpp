#include "RecordDialog.h"

#include "RecordForm.h"
#include "common/Error.h"
#include "common/MessageBox.h"

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
    if (adding)
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
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
            if (error.kind() == Error::Kind::Duplicate && !options.confirmedNotDuplicate &&
                MessageBox::question(this, tr("Is this a different child?"),
                                     error.message() + QLatin1String("\n\n") +
                                         tr("Add a second record only if this is a different "
                                            "child.")) == QMessageBox::Yes) {
                options.confirmedNotDuplicate = true;
                continue;
            }
            m_form->showError(error.message());
            return;
        }
    }
}

} // namespace casebook::ui
