package id.go.bimakota.pilar.delivery.webhook;

import java.util.List;

/**
 * The event types an endpoint may subscribe to: the live feed's notice events (NoticeService and
 * NoticeAction name them; WebhookEventsTest keeps this list in step). Kept here, not read from
 * notice/, so the delivery package does not depend on the workflow that writes deliveries.
 */
public final class WebhookEvents {

    public static final List<String> ALL = List.of("notice.created", "notice.acknowledged",
            "notice.reschedule-requested", "notice.rescheduled", "notice.cancelled", "notice.completed",
            "notice.joined");

    private WebhookEvents() {
    }
}
