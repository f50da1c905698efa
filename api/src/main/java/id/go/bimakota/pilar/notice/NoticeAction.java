package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the notice workflow, each {@code POST /api/v1/notices/{id}/<path>}, and who makes
 * them: the kelurahan answers, the lead pillar changes and reports, any pillar joins.
 */
public enum NoticeAction {
    ACKNOWLEDGE("acknowledge", "notice.acknowledged", Actor.KELURAHAN, Status.ACKNOWLEDGED, EnumSet.of(Status.SUBMITTED)),
    REQUEST_RESCHEDULE("request-reschedule", "notice.reschedule-requested", Actor.KELURAHAN,
            Status.RESCHEDULE_REQUESTED, EnumSet.of(Status.SUBMITTED)),
    RESCHEDULE("reschedule", "notice.rescheduled", Actor.LEAD, Status.SUBMITTED,
            EnumSet.of(Status.RESCHEDULE_REQUESTED)),
    CANCEL("cancel", "notice.cancelled", Actor.LEAD, Status.CANCELLED,
            EnumSet.of(Status.SUBMITTED, Status.ACKNOWLEDGED, Status.RESCHEDULE_REQUESTED)),
    COMPLETE("complete", "notice.completed", Actor.LEAD, Status.COMPLETED,
            EnumSet.of(Status.SUBMITTED, Status.ACKNOWLEDGED)),
    JOIN("join", "notice.joined", Actor.ANY_PILLAR, null,
            EnumSet.of(Status.SUBMITTED, Status.ACKNOWLEDGED, Status.RESCHEDULE_REQUESTED));

    /** Who may take the action (ADMIN may take every action but join, on behalf of the others). */
    enum Actor {
        KELURAHAN, LEAD, ANY_PILLAR
    }

    private final String path;
    private final String event;
    private final Actor actor;
    private final Status target;
    private final Set<Status> from;

    NoticeAction(String path, String event, Actor actor, Status target, Set<Status> from) {
        this.path = path;
        this.event = event;
        this.actor = actor;
        this.target = target;
        this.from = from;
    }

    public String path() {
        return path;
    }

    /** The live-feed event type. */
    public String event() {
        return event;
    }

    Actor actor() {
        return actor;
    }

    /** The status after the action; null when the status stays (join). */
    Status target() {
        return target;
    }

    boolean allowedFrom(Status status) {
        return from.contains(status);
    }
}
