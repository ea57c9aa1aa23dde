#pragma once

#include <QGroupBox>
#include <QUuid>

class QLabel;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// A setting's link teacher for this year, with how to reach them, and the
// ones before (earlier years, and any replaced this year).
class SettingLinkTeachers : public QGroupBox
{
    Q_OBJECT
public:
    SettingLinkTeachers(EditSession &session, QUuid setting, QWidget *parent = nullptr);

    void refresh();
    QLabel *current() const { return m_current; }
    RowTableModel *history() const { return m_history; }

private:
    EditSession &m_session;
    QUuid m_setting;
    QLabel *m_current = nullptr;
    RowTableModel *m_history = nullptr;
};

// A teacher's link settings this year, on their dialog.
class TeacherLinkSettings : public QGroupBox
{
    Q_OBJECT
public:
    TeacherLinkSettings(EditSession &session, QUuid teacher, QWidget *parent = nullptr);

    RowTableModel *settings() const { return m_settings; }

private:
    RowTableModel *m_settings = nullptr;
};

} // namespace casebook::ui
