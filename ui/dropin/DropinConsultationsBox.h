#pragma once

#include <QGroupBox>
#include <QUuid>

class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// The drop-in consultations of a child (on their page) or of a setting (on
// its), the newest first, with who asked and what followed. Enter opens the
// session on the Drop-in page. Hidden while there are none.
class DropinConsultationsBox : public QGroupBox
{
    Q_OBJECT
public:
    enum class Of { Child, Setting };
    DropinConsultationsBox(EditSession &session, Of of, QWidget *parent = nullptr);

    void showRecord(QUuid record);
    void refresh();

    RowTableModel *consultations() const { return m_consultations; }
    QTableView *view() const { return m_view; }

signals:
    void openSession(const QUuid &session);

private:
    EditSession &m_session;
    Of m_of;
    QUuid m_record;
    QList<QUuid> m_sessions; // per row
    RowTableModel *m_consultations = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace casebook::ui
