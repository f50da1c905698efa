package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.common.paging.Cursor;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.problem.FieldChecks;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.storage.TimeOrderedIds;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointDtos.EndpointPatch;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointDtos.EndpointView;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointDtos.EndpointWithSecret;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointDtos.NewEndpoint;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The integrators' webhook endpoints (ADMIN). Every write is audited with the names of the changed fields. */
@ApplicationScoped
public class WebhookEndpointService {

    static final String ENTITY = "WebhookEndpoint";

    private final EndpointUrls urls;
    private final AuditLog audit;
    private final Clock clock;

    public WebhookEndpointService(EndpointUrls urls, AuditLog audit, Clock clock) {
        this.urls = urls;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<EndpointView> list(PageRequest page) {
        String[] after = page.after(1);
        List<WebhookEndpoint> rows = after == null
                ? WebhookEndpoint.<WebhookEndpoint>findAll(Sort.by("id")).range(0, page.limit()).list()
                : WebhookEndpoint.<WebhookEndpoint>find("id > ?1", Sort.by("id"), Cursor.uuid(after[0]))
                        .range(0, page.limit()).list();
        return Page.of(rows, page, e -> new String[] {e.id.toString()}, EndpointView::of);
    }

    public EndpointView get(UUID id) {
        return EndpointView.of(require(id));
    }

    @Transactional
    public EndpointWithSecret create(NewEndpoint request) {
        FieldChecks checks = new FieldChecks();
        String url = checks.check(() -> urls.require("url", request.url()).toString());
        Set<String> events = events(request.events(), checks);
        checks.throwIfAny();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = TimeOrderedIds.next();
        endpoint.url = url;
        endpoint.events.addAll(events);
        endpoint.description = blankToNull(request.description());
        endpoint.secret = WebhookSecrets.newSecret();
        endpoint.active = true;
        endpoint.createdAt = clock.instant();
        endpoint.updatedAt = endpoint.createdAt;
        endpoint.persist();
        audit.record("WEBHOOK_ENDPOINT_CREATED", ENTITY, endpoint.id, List.of("url", "events", "description", "secret"));
        WebhookEndpoint.getEntityManager().flush();
        return EndpointWithSecret.of(endpoint);
    }

    @Transactional
    public EndpointView update(UUID id, String ifMatch, EndpointPatch patch) {
        WebhookEndpoint endpoint = require(id);
        Versions.requireMatch(ifMatch, endpoint.version, () -> EndpointView.of(endpoint));
        FieldChecks checks = new FieldChecks();
        String url = patch.url() == null ? endpoint.url : checks.check(() -> urls.require("url", patch.url()).toString());
        Set<String> events = patch.events() == null ? endpoint.events : events(patch.events(), checks);
        checks.throwIfAny();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(url, endpoint.url)) {
            endpoint.url = url;
            changed.add("url");
        }
        if (!events.equals(endpoint.events)) {
            endpoint.events.clear();
            endpoint.events.addAll(events);
            changed.add("events");
        }
        if (patch.description() != null && !Objects.equals(blankToNull(patch.description()), endpoint.description)) {
            endpoint.description = blankToNull(patch.description());
            changed.add("description");
        }
        Instant now = clock.instant();
        if (patch.active() != null && patch.active() != endpoint.active) {
            setActive(endpoint, patch.active(), now, "Paused by an administrator");
            changed.add("active");
        }
        if (!changed.isEmpty()) {
            endpoint.updatedAt = now;
            audit.record("WEBHOOK_ENDPOINT_UPDATED", ENTITY, endpoint.id, changed);
            WebhookEndpoint.getEntityManager().flush(); // the answer carries the new version
        }
        return EndpointView.of(endpoint);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookEndpoint endpoint = require(id);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, endpoint.version, () -> EndpointView.of(endpoint));
        }
        endpoint.delete();
        audit.record("WEBHOOK_ENDPOINT_DELETED", ENTITY, endpoint.id, List.of());
    }

    /** A new secret at once: the old one signs nothing from now on, retries included. */
    @Transactional
    public EndpointWithSecret rotateSecret(UUID id) {
        WebhookEndpoint endpoint = require(id);
        endpoint.secret = WebhookSecrets.newSecret();
        endpoint.updatedAt = clock.instant();
        audit.record("WEBHOOK_ENDPOINT_SECRET_ROTATED", ENTITY, endpoint.id, List.of("secret"));
        WebhookEndpoint.getEntityManager().flush();
        return EndpointWithSecret.of(endpoint);
    }

    static void setActive(WebhookEndpoint endpoint, boolean active, Instant at, String reason) {
        endpoint.active = active;
        endpoint.disabledAt = active ? null : at;
        endpoint.disabledReason = active ? null : reason;
    }

    private static WebhookEndpoint require(UUID id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return endpoint;
    }

    private static Set<String> events(List<String> requested, FieldChecks checks) {
        Set<String> events = new TreeSet<>();
        for (String event : requested) {
            if (!WebhookEvents.ALL.contains(event)) {
                checks.add("events", "webhook.events.unknown", event, String.join(", ", WebhookEvents.ALL));
                return events;
            }
            events.add(event);
        }
        return events;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
