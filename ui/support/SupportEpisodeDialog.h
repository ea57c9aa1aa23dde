#pragma once

#include "records/RecordDialog.h"

class QTableView;

namespace casebook::ui {

class RowTableModel;

// One intensive support episode: its details, saved as each field is left
// (giving the outcome closes it, and the check falls six weeks later unless
// given), the setting staff whose capacity it built, and its sessions (the
// case's contacts from its start to its end).
class SupportEpisodeDialog : public RecordDialog
{
    Q_OBJECT
public:
    SupportEpisodeDialog(EditSession &session, QUuid episode, QWidget *parent = nullptr);

    void refresh();
    void addCapacity();
    void removeCapacity();

    RowTableModel *capacity() const { return m_capacity; }
    RowTableModel *sessions() const { return m_sessions; }

private:
    EditSession &m_session;
    QUuid m_id;
    RowTableModel *m_capacity = nullptr;
    QTableView *m_capacityView = nullptr;
    RowTableModel *m_sessions = nullptr;
};

// Starts intensive support on `involvement`, or opens its open episode.
void openSupportFor(EditSession &session, QUuid involvement, QWidget *parent);

} // namespace casebook::ui
