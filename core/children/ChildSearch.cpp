#include "ChildSearch.h"

#include "domain/AcademicYear.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QVariantList>

namespace casebook {

namespace {

const QLatin1String selectColumns(
    "SELECT c.id, c.first_name, c.last_name, c.date_of_birth, c.upn, s.name, d.name, "
    "c.sen_provision, c.primary_need, c.status, c.year_group_override, c.secondary_need ");

const QLatin1String fromTables("FROM child c LEFT JOIN setting s ON s.id = c.setting_id "
                               "LEFT JOIN district d ON d.code = s.district_code ");

const QLatin1String
    nameOrder(" ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id LIMIT ?");

ChildSummary summaryFrom(const Statement &row)
{
    ChildSummary child;
    child.id = QUuid::fromRfc4122(row.blob(0));
    child.firstName = row.text(1);
    child.lastName = row.text(2);
    child.dateOfBirth = QDate::fromString(row.text(3), Qt::ISODate);
    child.upn = row.text(4);
    child.settingName = row.text(5);
    child.districtName = row.text(6);
    child.provision = row.text(7);
    child.primaryNeed = row.text(8);
    child.status = row.text(9);
    if (!row.isNull(10))
        child.yearGroupOverride = int(row.int64(10));
    child.secondaryNeed = row.text(11);
    return child;
}

} // namespace

int ChildSummary::yearGroup(QDate today) const
{
    if (yearGroupOverride)
        return *yearGroupOverride;
    return AcademicYear::yearGroup(dateOfBirth, today);
}

ChildSearch::ChildSearch(Database &db)
    : m_db(db)
{
    prepare();
}

ChildSearch::~ChildSearch() = default;

QString ChildSearch::matchExpression(const QString &text)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + QLatin1String("\"*"));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

void ChildSearch::setFilter(const ChildFilter &filter)
{
    if (filter == m_filter && m_first)
        return;
    m_filter = filter;
    prepare();
}

namespace {

struct WhereClause
{
    QString sql;
    QVariantList values;

    void add(const QString &condition, const QVariant &value)
    {
        sql += sql.isEmpty() ? QLatin1String("WHERE ") : QLatin1String(" AND ");
        sql += condition;
        values.append(value);
    }
    int bind(Statement &statement) const
    {
        int index = 1;
        for (const auto &value : values)
            statement.bind(index++, value);
        return index;
    }
};

WhereClause whereFor(const ChildFilter &filter, const QString &match)
{
    WhereClause where;
    if (!match.isEmpty())
        where.add(QStringLiteral("c.id IN (SELECT k.child_id FROM child_search f "
                                 "JOIN child_search_key k ON k.rowid = f.rowid "
                                 "WHERE child_search MATCH ?)"),
                  match);
    if (!filter.districtCode.isEmpty())
        where.add(QStringLiteral("s.district_code = ?"), filter.districtCode);
    if (!filter.needCode.isEmpty()) {
        where.add(QStringLiteral("(c.primary_need = ?"), filter.needCode);
        if (filter.secondaryNeedToo) {
            where.sql += QLatin1String(" OR c.secondary_need = ?");
            where.values.append(filter.needCode);
        }
        where.sql += u')';
    }
    if (!filter.dimensionCode.isEmpty()) {
        const QLatin1String inDimension(
            " IN (SELECT code FROM need_code WHERE dimension_code = ?)");
        where.add(QStringLiteral("(c.primary_need") + inDimension, filter.dimensionCode);
        if (filter.secondaryNeedToo) {
            where.sql += QLatin1String(" OR c.secondary_need") + inDimension;
            where.values.append(filter.dimensionCode);
        }
        where.sql += u')';
    }
    if (!filter.provisionCode.isEmpty())
        where.add(QStringLiteral("c.sen_provision = ?"), filter.provisionCode);
    if (!filter.status.isEmpty())
        where.add(QStringLiteral("c.status = ?"), filter.status);
    return where;
}

} // namespace

void ChildSearch::prepare()
{
    m_match = matchExpression(m_filter.text);
    const WhereClause where = whereFor(m_filter, m_match);
    const QString after = (where.sql.isEmpty() ? QLatin1String("WHERE ") : QLatin1String(" AND ")) +
                          QLatin1String("(c.last_name COLLATE NOCASE, c.first_name COLLATE "
                                        "NOCASE, c.id) > (?, ?, ?)");
    // The count needs the setting only to filter by district.
    const QString countFrom = m_filter.districtCode.isEmpty()
                                  ? QStringLiteral("FROM child c ")
                                  : QStringLiteral("FROM child c JOIN setting s ON s.id = "
                                                   "c.setting_id ");
    m_count = std::make_unique<Statement>(m_db.handle(), QLatin1String("SELECT count(*) ") +
                                                             countFrom + where.sql);
    m_first = std::make_unique<Statement>(m_db.handle(),
                                          selectColumns + fromTables + where.sql + nameOrder);
    m_next = std::make_unique<Statement>(m_db.handle(), selectColumns + fromTables + where.sql +
                                                            after + nameOrder);
    const QString and_ = where.sql.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND ");
    m_find = std::make_unique<Statement>(m_db.handle(), selectColumns + fromTables + where.sql +
                                                            and_ + QLatin1String("c.id = ?"));
    const QString before = and_ + QLatin1String("(c.last_name COLLATE NOCASE, c.first_name "
                                                "COLLATE NOCASE, c.id) < (?, ?, ?)");
    m_before = std::make_unique<Statement>(m_db.handle(), QLatin1String("SELECT count(*) ") +
                                                              fromTables + where.sql + before);
}

std::optional<ChildSummary> ChildSearch::find(QUuid id)
{
    const WhereClause where = whereFor(m_filter, m_match);
    const int index = where.bind(*m_find);
    m_find->bindBlob(index, id.toRfc4122());
    std::optional<ChildSummary> found;
    if (m_find->step())
        found = summaryFrom(*m_find);
    m_find->reset();
    return found;
}

int ChildSearch::position(const ChildSummary &child)
{
    const WhereClause where = whereFor(m_filter, m_match);
    int index = where.bind(*m_before);
    m_before->bindText(index++, child.lastName);
    m_before->bindText(index++, child.firstName);
    m_before->bindBlob(index, child.id.toRfc4122());
    const int n = m_before->step() ? int(m_before->int64(0)) : 0;
    m_before->reset();
    return n;
}

int ChildSearch::count()
{
    const WhereClause where = whereFor(m_filter, m_match);
    where.bind(*m_count);
    const int n = m_count->step() ? int(m_count->int64(0)) : 0;
    m_count->reset();
    return n;
}

QList<ChildSummary> ChildSearch::page(const ChildSummary *after, int limit)
{
    const WhereClause where = whereFor(m_filter, m_match);
    Statement &statement = after ? *m_next : *m_first;
    int index = where.bind(statement);
    if (after) {
        statement.bindText(index++, after->lastName);
        statement.bindText(index++, after->firstName);
        statement.bindBlob(index++, after->id.toRfc4122());
    }
    statement.bindInt64(index, limit);
    QList<ChildSummary> children;
    while (statement.step())
        children.append(summaryFrom(statement));
    statement.reset();
    return children;
}

} // namespace casebook
