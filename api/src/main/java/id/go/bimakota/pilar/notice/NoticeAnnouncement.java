package id.go.bimakota.pilar.notice;

/**
 * A change of a notice that people and integrators are told about, fired as a synchronous CDI event
 * inside the transaction of the change and before the live-feed event is numbered. Observers (the
 * deliveries) write their rows in that transaction, so a notice change and its messages commit or
 * roll back together; notice/ knows nothing of who observes.
 *
 * @param eventType the live feed's event type ({@code notice.created}, ...), or {@code notice.updated}
 *     for a change of place, which has no feed event
 */
public record NoticeAnnouncement(String eventType, Notice notice) {

    /** A change of the place of a visit (PATCH of {@code location}); the feed has no event for it. */
    public static final String PLACE_CHANGED = "notice.updated";
}
