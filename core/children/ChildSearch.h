#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace casebook {

class Database;
class Statement;

// What the Children list shows: every word typed matches the start of a word
// of a child's names, UPN or setting name; the other filters narrow further.
struct ChildFilter
{
    QString text;
    QString districtCode;
    QString needCode;      // the primary need (or the secondary, with secondaryNeedToo)
    QString dimensionCode; // the primary need is in this dimension of need (or the secondary)
    bool secondaryNeedToo = false;
    QString provisionCode;
    QString status;

    bool operator==(const ChildFilter &) const = default;
};

// One line of the Children list.
struct ChildSummary
{
    QUuid id;
    QString firstName, lastName;
    QDate dateOfBirth;
    QString upn;
    QString settingName, districtName;
    QString provision, primaryNeed, secondaryNeed, status;
    std::optional<int> yearGroupOverride;

    // The override when there is one, otherwise from the date of birth.
    int yearGroup(QDate today) const;
};

// Children matching a filter, in name order (last name, first name), a page
// at a time: a page starts after the last child of the one before, so that
// every page costs the same however far down the list it is.
class ChildSearch
{
public:
    explicit ChildSearch(Database &db);
    ~ChildSearch();

    void setFilter(const ChildFilter &filter);
    const ChildFilter &filter() const { return m_filter; }

    int count();
    QList<ChildSummary> page(const ChildSummary *after, int limit);
    // The child's line when they match the filter.
    std::optional<ChildSummary> find(QUuid id);
    // How many matching children come before `child` in name order: the row
    // the child has in the whole list.
    int position(const ChildSummary &child);

    // The FTS5 query for typed text: each word as a quoted prefix. Empty when
    // the text holds no word.
    static QString matchExpression(const QString &text);

private:
    void prepare();

    Database &m_db;
    ChildFilter m_filter;
    QString m_match;
    std::unique_ptr<Statement> m_count;
    std::unique_ptr<Statement> m_first;
    std::unique_ptr<Statement> m_next;
    std::unique_ptr<Statement> m_find;
    std::unique_ptr<Statement> m_before;
};

} // namespace casebook
