package id.go.bimakota.pilar.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.storage.TimeOrderedIds;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.delivery.MessageRenderer.Rendered;
import id.go.bimakota.pilar.delivery.Recipients.Recipient;
import id.go.bimakota.pilar.notice.Notice;
import id.go.bimakota.pilar.notice.NoticeAnnouncement;
import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox: one delivery row per recipient × channel for each announced notice
 * change, written in the transaction of the change (before the live-feed event takes the feed's
 * counter row), so a change and its messages commit together and nothing is lost in a crash. The
 * dispatcher sends the rows after the commit, outside the request.
 */
@ApplicationScoped
public class DeliveryOutbox {

    /** What an event says to whom: the kelurahan, the team of pillars, or the Dinas and the lead. */
    private enum Audience {
        KELURAHAN, TEAM, DINAS, NONE
    }

    private record Plan(MessageTemplate template, Audience audience) {
    }

    static final String REMINDER = "notice.reminder";
    static final String ESCALATION = "notice.escalated";
    static final String DIGEST = "digest.daily";

    private static final Map<String, Plan> PLANS = Map.of(
            "notice.created", new Plan(MessageTemplate.NOTICE_CREATED, Audience.KELURAHAN),
            "notice.rescheduled", new Plan(MessageTemplate.NOTICE_RESCHEDULED, Audience.KELURAHAN),
            NoticeAnnouncement.PLACE_CHANGED, new Plan(MessageTemplate.NOTICE_PLACE_CHANGED, Audience.KELURAHAN),
            "notice.cancelled", new Plan(MessageTemplate.NOTICE_CANCELLED, Audience.KELURAHAN),
            "notice.acknowledged", new Plan(MessageTemplate.ACKNOWLEDGED, Audience.TEAM),
            "notice.reschedule-requested", new Plan(MessageTemplate.RESCHEDULE_REQUESTED, Audience.TEAM),
            REMINDER, new Plan(MessageTemplate.REMINDER, Audience.KELURAHAN),
            ESCALATION, new Plan(MessageTemplate.ESCALATION, Audience.DINAS));

    private final Recipients recipients;
    private final MessageRenderer renderer;
    private final AnswerLinks links;
    private final Channels channels;
    private final Instance<WebhookSubscriptions> webhooks;
    private final DeliveryDispatcher dispatcher;
    private final ObjectMapper json;
    private final QuietHours quietHours;
    private final Clock clock;

    DeliveryOutbox(Recipients recipients, MessageRenderer renderer, AnswerLinks links, Channels channels,
            Instance<WebhookSubscriptions> webhooks, DeliveryDispatcher dispatcher, ObjectMapper json,
            PilarConfig config, Clock clock) {
        this.recipients = recipients;
        this.renderer = renderer;
        this.links = links;
        this.channels = channels;
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.json = json;
        this.quietHours = QuietHours.parse(config.delivery().quietHours());
        this.clock = clock;
    }

    /** In the notice's transaction: the rows of every recipient and every subscribed webhook endpoint. */
    void onAnnouncement(@Observes NoticeAnnouncement announcement) {
        write(announcement.eventType(), announcement.notice());
        writeWebhooks(announcement.eventType(), announcement.notice());
    }

    /** After the commit: the dispatcher sends at once instead of at its next tick. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeAnnouncement announcement) {
        dispatcher.kick();
    }

    /** The rows of one event about a notice for the people its plan names; the number written. */
    @Transactional(Transactional.TxType.MANDATORY)
    int write(String eventType, Notice n) {
        Plan plan = PLANS.getOrDefault(eventType, new Plan(null, Audience.NONE));
        List<Recipient> people = switch (plan.audience()) {
            case KELURAHAN -> recipients.kelurahanOf(n);
            case TEAM -> recipients.teamOf(n);
            case DINAS -> recipients.dinasAndLead(n);
            case NONE -> List.of();
        };
        if (people.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        NoticeFacts facts = renderer.factsOf(n);
        Instant due = urgent(eventType, n, now) ? now : quietHours.release(now);
        for (Recipient r : people) {
            Delivery d = newDelivery(n.id, n.kelurahanCode, eventType, r, now, due, n.plannedEnd);
            String link = plan.template().hasLink() && r.kelurahanSide() && n.id != null ? links.issue(d, now) : null;
            fill(d, renderer.render(plan.template(), facts, link, n.number, r.channel()));
            d.persist();
        }
        return people.size();
    }

    /** The morning digest of one kelurahan: one message per office recipient listing the day's visits. */
    @Transactional(Transactional.TxType.MANDATORY)
    int writeDigest(String kelurahanCode, LocalDate day, NoticeFacts facts) {
        Instant now = clock.instant();
        Instant endOfDay = day.plusDays(1).atStartOfDay(Times.WITA).toInstant();
        List<Recipient> people = recipients.kelurahanOffice(kelurahanCode);
        for (Recipient r : people) {
            Delivery d = newDelivery(null, kelurahanCode, DIGEST, r, now, quietHours.release(now), endOfDay);
            fill(d, renderer.render(MessageTemplate.DIGEST, facts, null, null, r.channel()));
            d.persist();
        }
        return people.size();
    }

    /** Disaster response and a cancellation of today's visit cannot wait for the end of the quiet hours. */
    private static boolean urgent(String eventType, Notice n, Instant now) {
        if (n.purpose == Purpose.DISASTER_RESPONSE) {
            return true;
        }
        return eventType.equals("notice.cancelled")
                && LocalDate.ofInstant(n.plannedStart, Times.WITA).equals(LocalDate.ofInstant(now, Times.WITA));
    }

    private void writeWebhooks(String eventType, Notice n) {
        if (!webhooks.isResolvable()) {
            return;
        }
        List<UUID> endpoints = webhooks.get().subscribedTo(eventType);
        if (endpoints.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String body = webhookBody(eventType, n, now);
        for (UUID endpoint : endpoints) {
            Recipient r = new Recipient(RecipientKind.ENDPOINT, endpoint, null, null, ChannelKind.WEBHOOK,
                    endpoint.toString(), false);
            Delivery d = newDelivery(n.id, n.kelurahanCode, eventType, r, now, now, null);
            d.bodyJson = body;
            d.persist();
        }
    }

    /** The thin Standard Webhooks body: ids, codes, status and times, no personal data. */
    private String webhookBody(String eventType, Notice n, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", eventType);
        body.put("timestamp", at);
        body.put("data", n.summary());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Delivery newDelivery(UUID noticeId, String kelurahanCode, String eventType, Recipient r, Instant now,
            Instant due, Instant expiresAt) {
        Delivery d = new Delivery();
        d.id = TimeOrderedIds.next();
        d.noticeId = noticeId;
        d.kelurahanCode = kelurahanCode;
        d.eventType = eventType;
        d.channel = r.channel();
        d.recipientKind = r.kind();
        d.recipientId = r.id();
        d.recipientName = r.name();
        d.recipientPosition = r.position();
        d.address = r.address() == null ? "" : r.address();
        d.createdAt = now;
        d.updatedAt = now;
        d.expiresAt = expiresAt;
        d.state = DeliveryState.QUEUED;
        d.dueAt = due;
        Optional<String> blocked = r.address() == null ? Optional.of("no " + r.channel().name().toLowerCase()
                + " address") : channels.unavailableReason(r.channel());
        blocked.ifPresent(reason -> d.finish(DeliveryState.SUPPRESSED, reason, now));
        return d;
    }

    private void fill(Delivery d, Rendered message) {
        d.template = message.template().waName();
        d.subject = message.subject();
        d.bodyText = message.text();
        d.bodyHtml = message.html();
        try {
            d.parameters = json.writeValueAsString(message.parameters());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
