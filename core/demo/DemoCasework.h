#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QUuid>

namespace casebook {

class Store;

// Demo involvements with outcomes, reviews and contact logs for the children
// and settings DemoData makes: over the last five academic years, about ten
// contacts a child, none in August and fewer in the school holidays, each
// teacher with a caseload in their district or county line.
class DemoCasework
{
public:
    struct Counts
    {
        int involvements = 0, outcomes = 0, reviews = 0, contacts = 0;
    };

    DemoCasework(Store &store, QRandomGenerator &random, QDate today);

    // Specialist teachers by service line ("district", "pd", "sensory") and,
    // for district ones, district index.
    void addTeacher(const QString &serviceLine, int district, QUuid id);

    struct Child
    {
        QUuid id, setting;
        int district = 0;
        QString primaryNeed;
        QDate consentGiven; // invalid: no agreement to engage
        QDate consentWithdrawn;
    };
    // Perhaps opens a case for the child, within their consent.
    void addChild(const Child &child);
    // Whole-setting involvements (training, a cohort's needs) for a setting.
    void addSetting(QUuid setting, int district);

    const Counts &counts() const { return m_counts; }

    // A child's case opened through LIFT, for DemoLift to table at a meeting.
    struct LiftCase
    {
        QUuid involvement, child, setting, teacher;
        QDate opened;
    };
    const QList<LiftCase> &liftCases() const { return m_liftCases; }

private:
    int pick(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    QUuid teacherFor(const QString &serviceLine, int district);
    void openCase(QUuid child, QUuid setting, int district, const QString &serviceLine,
                  QDate opened, QDate limit);
    // The next school day for a contact at least `days` after `from`, or
    // null past `until`.
    QDate nextContactDate(QDate from, int days, QDate until);

    Store &m_store;
    QRandomGenerator &m_random;
    QDate m_today;
    QHash<QString, QList<QUuid>> m_teachers; // "district/3", "pd", "sensory"
    Counts m_counts;
    QList<LiftCase> m_liftCases;
};

} // namespace casebook
