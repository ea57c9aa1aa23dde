#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>

#include <functional>

namespace casebook {

class Store;

// Demo drop-in clinics, made after the settings, staff, children and LIFT
// meetings (read back from the database): about two sessions a month in
// every district over five years and a term ahead, led by each dimension of
// need in turn, run by the district's specialist teachers; most slots of the
// sessions held are booked, a few of those to come. Consultations come from
// the setting's SENCO or a teacher, about a child on record, one by initials
// or a cohort; about one in seven leads to a LIFT referral at the setting's
// group's next meeting (within Kent's intake rules), one in four is
// signposted and a few open an involvement.
class DemoDropin
{
public:
    struct Counts
    {
        int sessions = 0, consultations = 0, liftReferrals = 0, involvements = 0;
    };

    DemoDropin(Store &store, QRandomGenerator &random, QDate today,
               std::function<QString()> personName);

    void run();
    const Counts &counts() const { return m_counts; }

private:
    struct Impl;
    Store &m_store;
    QRandomGenerator &m_random;
    QDate m_today;
    std::function<QString()> m_personName;
    Counts m_counts;
};

} // namespace casebook
