#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace casebook {
class Database;
class ChildSearch;
} // namespace casebook

namespace casebook::ui {

// Finds one child by what is typed (the start of their names, UPN or
// setting): Enter takes the first match, Down goes into the matches, and
// Enter or a click there takes that one. Says whom it took.
class ChildPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ChildPicker(Database &db, QWidget *parent = nullptr);
    ~ChildPicker() override;

    QUuid child() const { return m_child; }
    void setChild(QUuid child);
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *matches() const { return m_matches; }

signals:
    void childChosen(const QUuid &child);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void take(int row);

    Database &m_db;
    std::unique_ptr<ChildSearch> m_searcher;
    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_chosen = nullptr;
    QUuid m_child;
};

} // namespace casebook::ui
