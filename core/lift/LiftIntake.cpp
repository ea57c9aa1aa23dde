#include "LiftIntake.h"

#include "LiftRecords.h"
#include "casework/CaseworkRecords.h"
#include "common/DisplayDate.h"
#include "records/RecordType.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace casebook {

namespace {

struct LiftIntakeText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LiftIntake)
};

constexpr int referralsPerSetting = 3;

// "the next meeting, on 10/12/2026", or that none is planned yet.
QString nextMeetingText(Database &db, QUuid meeting)
{
    const auto next = nextLiftMeeting(db, meeting);
    return next ? LiftIntakeText::tr("the group's next meeting, on %1").arg(dateText(next->meetsOn))
                : LiftIntakeText::tr("the group's next meeting, once one is planned");
}

} // namespace

std::optional<LiftMeetingDate> nextLiftMeeting(Database &db, QUuid meeting)
{
    Statement query(db.handle(), QStringLiteral("SELECT n.id, n.meets_on FROM lift_meeting m "
                                                "JOIN lift_meeting n ON n.group_id = m.group_id "
                                                "WHERE m.id = ? AND n.meets_on > m.meets_on "
                                                "ORDER BY n.meets_on LIMIT 1"));
    query.bindBlob(1, meeting.toRfc4122());
    if (!query.step())
        return std::nullopt;
    return LiftMeetingDate{QUuid::fromRfc4122(query.blob(0)), query.date(1)};
}

void checkLiftIntake(Database &db, const RecordType &type, QUuid id, const QVariantMap &record)
{
    const QUuid meeting =
        QUuid::fromRfc4122(record.value(QStringLiteral("meeting_id")).toByteArray());
    const QUuid child = QUuid::fromRfc4122(record.value(QStringLiteral("child_id")).toByteArray());
    const QByteArray setting = record.value(QStringLiteral("setting_id")).toByteArray();
    const QDate received = storedDate(record.value(QStringLiteral("received_on")));

    if (!child.isNull() && record.value(QStringLiteral("agreement_override")).isNull() &&
        !consentInForce(db, child, received))
        refuseField(type, u"agreement_override",
                    LiftIntakeText::tr("the child has no agreement to engage in force, and one "
                                       "must come with every referral. Record it on the child's "
                                       "page, or say why the referral is tabled without one."));

    if (!setting.isEmpty() && record.value(QStringLiteral("quota_approved_by")).isNull()) {
        Statement others(db.handle(),
                         QStringLiteral("SELECT count(*) FROM lift_referral "
                                        "WHERE meeting_id = ? AND setting_id = ? AND id <> ?"));
        others.bindBlob(1, meeting.toRfc4122());
        others.bindBlob(2, setting);
        others.bindBlob(3, id.toRfc4122());
        if (others.step() && others.int64(0) >= referralsPerSetting) {
            Statement name(db.handle(), QStringLiteral("SELECT name FROM setting WHERE id = ?"));
            name.bindBlob(1, setting);
            refuseField(type, u"quota_approved_by",
                        LiftIntakeText::tr("%1 brings %2 referrals to this meeting already; one "
                                           "more needs the chair's agreement (say who agreed), "
                                           "or offer it to %3.")
                            .arg(name.step() ? name.text(0) : LiftIntakeText::tr("The setting"))
                            .arg(referralsPerSetting)
                            .arg(nextMeetingText(db, meeting)));
        }
    }

    Statement dates(db.handle(),
                    QStringLiteral("SELECT m.meets_on, s.phase, s.urn "
                                   "FROM lift_meeting m LEFT JOIN setting s ON s.id = ? "
                                   "WHERE m.id = ?"));
    dates.bindBlob(1, setting);
    dates.bindBlob(2, meeting.toRfc4122());
    if (!dates.step() || !received.isValid() ||
        !record.value(QStringLiteral("urgent_reason")).isNull())
        return;
    const QDate deadline =
        liftReferralDeadline(dates.date(0), isEarlyYearsSetting(dates.text(1), dates.text(2)));
    if (deadline.isValid() && received > deadline)
        refuseField(type, u"urgent_reason",
                    LiftIntakeText::tr("it was received on %1, after this meeting's deadline of "
                                       "%2. Offer it to %3, or say why it is urgent.")
                        .arg(dateText(received), dateText(deadline), nextMeetingText(db, meeting)));
}

} // namespace casebook
