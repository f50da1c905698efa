package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** The timing rules of a visit: when it may be planned, how long it may last, what is short notice. */
@ApplicationScoped
public class NoticeRules {

    static final Duration MAX_DURATION = Duration.ofHours(12);
    /** Phones' clocks drift: a start a few minutes in the past is taken as "now". */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final Duration minLeadTime;

    public NoticeRules(PilarConfig config) {
        this.minLeadTime = config.notice().minLeadTime();
    }

    /** 400 naming the field unless the window starts now or later and lasts at most 12 hours. */
    void requireWindow(String startField, Instant start, String endField, Instant end, Instant now) {
        if (start.isBefore(now.minus(CLOCK_TOLERANCE))) {
            throw ProblemException.invalidField(startField, "notice.startInPast");
        }
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField(endField, "notice.endBeforeStart");
        }
        if (Duration.between(start, end).compareTo(MAX_DURATION) > 0) {
            throw ProblemException.invalidField(endField, "notice.tooLong", MAX_DURATION.toHours());
        }
    }

    /**
     * Filed less than the lead time (24 hours) before the start. Such notices are accepted but
     * flagged; disaster response may start at once and is flagged the same way.
     */
    boolean isShortNotice(Instant start, Purpose purpose, Instant now) {
        return purpose == Purpose.DISASTER_RESPONSE || now.plus(minLeadTime).isAfter(start);
    }

    /** Still unanswered while the visit is within the lead time, or already under way. */
    boolean isAwaitingAcknowledgement(Notice n, Instant now) {
        return n.status == NoticeEnums.Status.SUBMITTED && now.plus(minLeadTime).isAfter(n.plannedStart);
    }
}
