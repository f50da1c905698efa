package id.go.bimakota.pilar.reliability;

import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bimakota.pilar.reliability.ContractProbes.Call;
import id.go.bimakota.pilar.reliability.ContractProbes.Operation;
import id.go.bimakota.pilar.reliability.ContractProbes.Probe;
import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Accounts.Login;
import id.go.bimakota.pilar.support.Cases;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import id.go.bimakota.pilar.support.WebhookEndpoints;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input generated from the contract: every operation of {@code openapi.yaml}, every
 * parameter and body field, spoiled one at a time while the rest of the request stays valid (real
 * ids, a caller allowed to call it), so the spoiled value reaches validation and business rules.
 * Every answer is a 4xx problem+json that leaks nothing; a 2xx only where the value is legitimate
 * (an HTML string is a fine name), and then it is stored verbatim. Afterwards no resource exists or
 * changed that an accepted request does not explain.
 */
@QuarkusTest
class BadInputTest {

    /** The endpoints registered here go nowhere: deleted, so later notices make no deliveries to them. */
    @AfterEach
    void deleteUnroutableEndpoints() {
        WebhookEndpoints.deleteUnroutable();
    }

    static final String KOLO = "52.72.03.1004";
    static final Pattern LEAKS = ContractProbes.forbiddenInErrors();
    static final Pattern ENGLISH = ContractProbes.englishValidationDefaults();
    static final Set<String> VOLATILE = Set.of("awaitingAcknowledgement", "allowedActions", "overlaps", "lastLoginAt");
    /** The collections whose members are compared before and after. */
    static final Map<String, String> COLLECTIONS = Map.of("users", "/api/v1/users", "pillars", "/api/v1/pillars",
            "cases", "/api/v1/cases", "notices", "/api/v1/notices",
            "contacts", "/api/v1/areas/kelurahan/" + KOLO + "/contacts", "webhookEndpoints", "/api/v1/webhook-endpoints");

    @TestHTTPResource("/")
    URI base;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** How one operation is called validly: caller, real ids, a valid body, the resource it changes. */
    static final class Fixture {
        String token;
        final Map<String, String> path = new HashMap<>();
        final Map<String, String> query = new HashMap<>();
        Supplier<JsonNode> body;
        Supplier<byte[]> csv;
        /** The resource this operation changes (its ETag feeds If-Match), or null. */
        String resource;
        /** The collection it adds to, or null. */
        String creates;

        Fixture as(String caller) {
            this.token = caller;
            return this;
        }

        Fixture id(String id) {
            path.put("id", id);
            return this;
        }

        Fixture body(Supplier<JsonNode> valid) {
            this.body = valid;
            return this;
        }

        Fixture changes(String url) {
            this.resource = url;
            return this;
        }

        Fixture creates(String collection) {
            this.creates = collection;
            return this;
        }
    }

    /** What came back for one probe. */
    record Outcome(int status, String contentType, String body) {
    }

    private final Map<String, String> etags = new ConcurrentHashMap<>();
    private final Set<String> writtenResources = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> acceptedCreations = new ConcurrentHashMap<>();
    private final Set<String> acceptedDeletions = ConcurrentHashMap.newKeySet();
    /** The highest version an accepted write of a resource answered: refused requests must not move past it. */
    private final Map<String, Integer> answeredVersions = new ConcurrentHashMap<>();

    @Test
    void everyOperationRefusesBadInputWithAProblemAndChangesNothing() throws Exception {
        ContractProbes contract = new ContractProbes(Path.of("..", "openapi.yaml"));
        Map<String, Fixture> fixtures = fixtures();
        Map<String, JsonNode> resourcesBefore = snapshotResources(fixtures);
        Map<String, Set<String>> membersBefore = snapshotCollections();
        beforeProbing();

        List<String> failures = probeEveryOperation(contract, fixtures);

        assertEquals(List.of(), failures.stream().limit(60).toList(), failures.size() + " problems");
        assertOnlyAcceptedRequestsAddedOrRemoved(membersBefore, snapshotCollections());
        assertRefusedRequestsChangedNothing(resourcesBefore, snapshotResources(fixtures));
    }

    /** Between the set-up and the probes: nothing here; after a quiet spell in {@link BadInputAfterIdleGapTest}. */
    void beforeProbing() {
    }

    /** Operations run side by side (each on its own resources); the probes of one run in order. */
    private List<String> probeEveryOperation(ContractProbes contract, Map<String, Fixture> fixtures) throws Exception {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, long[]> table = new ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            Fixture fixture = fixtures.get(operation.id());
            if (fixture == null) {
                failures.add(operation.id() + ": no fixture, so it is not probed");
                continue;
            }
            List<Probe> probes = new ArrayList<>(contract.probesOf(operation));
            if ("text/csv".equals(operation.mediaType())) {
                probes.addAll(csvProbes());
            }
            probes.sort(Comparator.comparing(Probe::mayPass)); // what may change state goes last
            long[] counts = new long[5]; // requests, 2xx, other, 4xx, milliseconds
            table.put(operation.method() + " " + operation.path(), counts);
            runs.add(pool.submit(() -> {
                long start = System.nanoTime();
                for (Probe probe : probes) {
                    Outcome outcome = send(operation, fixture, probe);
                    counts[0]++;
                    counts[outcome.status() / 100 == 2 ? 1 : outcome.status() / 100 == 4 ? 3 : 2]++;
                    judge(operation, probe, outcome, failures);
                }
                counts[4] = (System.nanoTime() - start) / 1_000_000;
            }));
        }
        try {
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        print(table);
        failures.forEach(failure -> System.out.println("BAD INPUT FAILURE " + failure));
        return failures;
    }

    private void assertOnlyAcceptedRequestsAddedOrRemoved(Map<String, Set<String>> before,
            Map<String, Set<String>> after) {
        after.forEach((name, members) -> {
            Set<String> explained = new TreeSet<>(before.get(name));
            explained.addAll(acceptedCreations.getOrDefault(name, Set.of()));
            explained.removeAll(acceptedDeletions);
            assertEquals(explained, new TreeSet<>(members), "only accepted requests created or deleted " + name);
        });
    }

    private void assertRefusedRequestsChangedNothing(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        before.forEach((url, was) -> {
            JsonNode is = after.get(url);
            if (acceptedDeletions.stream().anyMatch(url::endsWith)) {
                return;
            }
            if (!writtenResources.contains(url)) {
                assertEquals(was.toPrettyString(), is.toPrettyString(), url + " changed by refused requests");
            } else if (answeredVersions.containsKey(url)) {
                assertEquals(answeredVersions.get(url), is.path("version").asInt(),
                        url + " is not at the version its last accepted write answered");
            }
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Sending and judging
    // ---------------------------------------------------------------------------------------------

    private Outcome send(Operation operation, Fixture fixture, Probe probe) {
        Call call = new Call();
        call.path.putAll(fixture.path.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ContractProbes.encode(e.getValue()))));
        fixture.query.forEach((k, v) -> call.query.put(k, ContractProbes.encode(v)));
        if (fixture.resource != null && operation.parameters().stream()
                .anyMatch(p -> "If-Match".equals(p.path("name").asText()) && p.path("required").asBoolean())) {
            call.headers.put("If-Match", etags.get(fixture.resource));
        }
        if (fixture.body != null) {
            call.json = fixture.body.get();
            call.contentType = "application/json";
        }
        if (fixture.csv != null) {
            call.raw = fixture.csv.get();
            call.contentType = "text/csv";
        }
        probe.change().accept(call);
        String path = operation.path();
        for (Map.Entry<String, String> value : call.path.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        String query = call.query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path + (query.isEmpty() ? "" : "?" + query));
        byte[] body = call.body(mapper);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : call.chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(operation.method(), publisher);
        if (fixture.token != null) {
            request.header("Authorization", "Bearer " + fixture.token);
        }
        if (call.contentType != null && body != null) {
            request.header("Content-Type", call.contentType);
        }
        if (!call.headers.containsKey("Accept-Language")) {
            request.header("Accept-Language", "id"); // every message must then be Indonesian (issue 22)
        }
        try {
            call.headers.forEach(request::header);
        } catch (IllegalArgumentException unsendable) {
            throw new IllegalStateException(probe + " cannot be sent", unsendable);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String text;
            try (InputStream stream = response.body()) {
                text = contentType.startsWith("text/event-stream") ? ""
                        : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (response.statusCode() / 100 == 2) {
                recordAccepted(fixture, response, text);
            }
            return new Outcome(response.statusCode(), contentType, text);
        } catch (IOException | InterruptedException e) {
            return new Outcome(599, "", "connection failed: " + e);
        }
    }

    private void recordAccepted(Fixture fixture, HttpResponse<?> response, String text) throws IOException {
        if (fixture.resource != null && !"GET".equals(response.request().method())) {
            writtenResources.add(fixture.resource);
            JsonNode answer = text.isEmpty() ? null : mapper.readTree(text);
            if (answer != null && answer.path("id").asText().equals(fixture.path.get("id")) && answer.has("version")) {
                answeredVersions.merge(fixture.resource, answer.get("version").asInt(), Math::max);
            }
            response.headers().firstValue("ETag").ifPresent(etag -> etags.put(fixture.resource, etag));
            if ("DELETE".equals(response.request().method())) {
                acceptedDeletions.add(fixture.path.get("id"));
            }
        }
        if (fixture.creates != null && !text.isEmpty()) {
            JsonNode created = mapper.readTree(text);
            Set<String> ids = acceptedCreations.computeIfAbsent(fixture.creates, k -> ConcurrentHashMap.newKeySet());
            if (created.has("rows")) {
                created.get("rows").forEach(row -> {
                    if (row.hasNonNull("id") && !created.path("dryRun").asBoolean()) {
                        ids.add(row.get("id").asText());
                    }
                });
            } else if (created.has("id")) {
                ids.add(created.get("id").asText());
            }
        }
    }

    private void judge(Operation operation, Probe probe, Outcome outcome, List<String> failures) {
        String what = operation.method() + " " + operation.path() + " [" + probe.where() + ": " + probe.kind() + "] -> "
                + outcome.status();
        int status = outcome.status();
        if (status / 100 == 2) {
            if (!probe.mayPass()) {
                failures.add(what + " accepted");
            } else if (probe.echo() != null && !shownVerbatim(probe, outcome.body())) {
                failures.add(what + " accepted but not stored verbatim");
            } else if (probe.rowsRefused() && !outcome.body().contains("\"failed\":1")) {
                failures.add(what + " accepted without reporting the bad row: " + abbreviate(outcome.body()));
            }
            return;
        }
        if (status / 100 != 4) {
            failures.add(what + " " + abbreviate(outcome.body()));
            return;
        }
        if (!outcome.contentType().startsWith("application/problem+json")) {
            failures.add(what + " is not problem+json but '" + outcome.contentType() + "'");
            return;
        }
        try {
            JsonNode problem = mapper.readTree(outcome.body());
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != status) {
                failures.add(what + " problem lacks type/title/status: " + abbreviate(outcome.body()));
            }
        } catch (IOException e) {
            failures.add(what + " problem is not JSON: " + abbreviate(outcome.body()));
        }
        if (LEAKS.matcher(outcome.body()).find()) {
            failures.add(what + " leaks internals: " + abbreviate(outcome.body()));
        }
        if (!probe.where().equals("header Accept-Language") && ENGLISH.matcher(outcome.body()).find()) {
            failures.add(what + " answers Accept-Language: id with an English default: " + abbreviate(outcome.body()));
        }
    }

    /** Where the answer shows the field (a password is never shown), it shows exactly what was sent. */
    private boolean shownVerbatim(Probe probe, String json) {
        String field = probe.where().substring(probe.where().lastIndexOf('.') + 1).replace("field ", "");
        try {
            JsonNode answer = mapper.readTree(json);
            if (answer == null || answer.findValue(field) == null) {
                return true;
            }
            List<JsonNode> found = new ArrayList<>();
            walk(answer, probe.echo(), found);
            return !found.isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void walk(JsonNode node, String value, List<JsonNode> found) {
        if (node.isTextual() && node.asText().equals(value)) {
            found.add(node);
        }
        node.forEach(child -> walk(child, value, found));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static void print(Map<String, long[]> table) {
        StringBuilder out = new StringBuilder("\nBad-input requests per operation\n");
        String row = "%-52s %8d %6d %6d %6d %7d%n";
        out.append(String.format("%-52s %8s %6s %6s %6s %7s%n", "operation", "requests", "2xx", "4xx", "other", "ms"));
        long[] total = new long[5];
        table.forEach((operation, counts) -> {
            out.append(String.format(row, operation, counts[0], counts[1], counts[3], counts[2], counts[4]));
            for (int i = 0; i < 5; i++) {
                total[i] += counts[i];
            }
        });
        out.append(String.format(row, table.size() + " operations", total[0], total[1], total[3], total[2], total[4]));
        System.out.println(out);
    }

    // ---------------------------------------------------------------------------------------------
    // The CSV import is not JSON: its own bad files
    // ---------------------------------------------------------------------------------------------

    private static List<Probe> csvProbes() {
        List<Probe> probes = new ArrayList<>();
        String header = "fullName,type,phone\n";
        probes.add(badFile("empty file", new byte[0]));
        probes.add(badFile("header only", ContractProbes.bytes(header)));
        probes.add(badFile("unknown column", ContractProbes.bytes("fullName,type,phone,salary\nA,PORDAM,081234567890,1\n")));
        probes.add(badFile("duplicate column", ContractProbes.bytes("fullName,type,type,phone\nA,PORDAM,PORDAM,0812\n")));
        probes.add(badFile("not UTF-8", new byte[] {'f', 'u', 'l', 'l', (byte) 0xC3, '(', (byte) 0xFF, '\n'}));
        probes.add(badFile("JSON instead of CSV", ContractProbes.bytes("{\"fullName\":\"A\"}")));
        probes.add(csv("ragged row", ContractProbes.bytes(header + "A,PORDAM\n"), false));
        probes.add(csv("unterminated quote", ContractProbes.bytes(header + "\"A,PORDAM,081234567890\n"), false));
        probes.add(csv("10,000-character cell", ContractProbes.bytes(header + ContractProbes.LONG + ",PORDAM,081234567890\n"), false));
        probes.add(csv("unknown enum value", ContractProbes.bytes(header + "A,NOT_A_VALUE,081234567890\n"), false));
        probes.add(csv("NUL byte", ContractProbes.bytes(header + "A\u0000B,PORDAM,081234567890\n"), false));
        probes.add(csv("formula injection", ContractProbes.bytes(header + "=HYPERLINK(\"http://x\"),PORDAM," + phone() + "\n"), true));
        probes.add(csv("SQL injection", ContractProbes.bytes(header + "\"" + ContractProbes.SQL_INJECTION.replace("\"", "\"\"")
                + "\",PORDAM," + phone() + "\n"), true));
        probes.add(new Probe("body", "over 5 MiB", false, null, call -> call.raw =
                ContractProbes.bytes(header + ("A,PORDAM,081234567890\n").repeat(5 * 1024 * 1024 / 20 + 1))));
        probes.add(new Probe("body", "over 5 MiB, chunked", false, null, call -> {
            call.raw = ContractProbes.bytes(header + ("A,PORDAM,081234567890\n").repeat(5 * 1024 * 1024 / 20 + 1));
            call.chunked = true;
        }));
        probes.add(new Probe("body", "application/json", false, null, call -> call.contentType = "application/json"));
        return probes;
    }

    private static Probe badFile(String kind, byte[] file) {
        return new Probe("body", kind, false, null, call -> call.raw = file);
    }

    /** A file whose bad rows are reported in a 200 (the import's contract) unless it is legitimate. */
    private static Probe csv(String kind, byte[] file, boolean legitimate) {
        return new Probe("body", kind, true, null, call -> call.raw = file, !legitimate);
    }

    // ---------------------------------------------------------------------------------------------
    // Fixtures: real resources, valid requests
    // ---------------------------------------------------------------------------------------------

    private Map<String, Fixture> fixtures() {
        String admin = Accounts.adminToken();
        Member psm = Pillars.psm(KOLO);
        Member tksk = Pillars.register("TKSK", null, "52.72.03");
        Login loginUser = Accounts.newUser("PILLAR", null);
        Login refreshUser = Accounts.newUser("PILLAR", null);
        Login logoutUser = Accounts.newUser("PILLAR", null);
        Login passwordUser = Accounts.newUser("KELURAHAN", KOLO);
        Login patchedUser = Accounts.newUser("KELURAHAN", KOLO);
        Login resetUser = Accounts.newUser("PILLAR", null);
        String caseId = createdId(as(psm.token()).body(Cases.newCase(KOLO, "FAKIR_MISKIN", null)).post("/api/v1/cases"));
        String patchedCase = createdId(as(psm.token()).body(Cases.newCase(KOLO, "FAKIR_MISKIN", null))
                .post("/api/v1/cases"));
        // a report of the same person by a pillar who may not read the first one waits for duplicate review
        String reviewNik = id.go.bimakota.pilar.pillar.Pillars.nik();
        createdId(as(psm.token()).body(Cases.newCase(KOLO, "FAKIR_MISKIN", reviewNik)).post("/api/v1/cases"));
        String reviewedCase = createdId(as(Pillars.psm("52.72.01.1001").token())
                .body(Cases.newCase(KOLO, "FAKIR_MISKIN", reviewNik)).post("/api/v1/cases"));
        String patchedPillar = Pillars.register("PORDAM", null, null).pillarId();
        String deactivatedPillar = Pillars.register("PORDAM", null, null).pillarId();
        String reactivatedPillar = Pillars.register("PORDAM", null, null).pillarId();
        as(admin).body(Map.of("reason", "Uji")).post("/api/v1/pillars/" + reactivatedPillar + "/deactivate").then()
                .statusCode(200);
        String patchedContact = contact(admin);
        String deletedContact = contact(admin);
        createdId(as(admin).body(Map.of("name", "Lurah Uji", "position", "LURAH", "phone", phone()))
                .post("/api/v1/areas/kelurahan/" + KOLO + "/contacts")); // a recipient: the notices get deliveries
        Map<String, String> notices = new HashMap<>();
        for (String use : List.of("patch", "acknowledge", "request-reschedule", "reschedule", "cancel", "join")) {
            notices.put(use, notice(psm.token(), Instant.now().plus(3, ChronoUnit.DAYS)));
        }
        notices.put("complete", notice(psm.token(), Instant.now().plusSeconds(3)));
        as(admin).body(Map.of("proposedStart", Instant.now().plus(4, ChronoUnit.DAYS).toString(),
                "proposedEnd", Instant.now().plus(4, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString(),
                "reason", "Ada posyandu")).post("/api/v1/notices/" + notices.get("reschedule") + "/request-reschedule")
                .then().statusCode(200);

        String patchedEndpoint = webhookEndpoint(admin);
        String deletedEndpoint = webhookEndpoint(admin);
        String rotatedEndpoint = webhookEndpoint(admin);

        Map<String, Fixture> f = new LinkedHashMap<>();
        // reference data and reads
        for (String read : List.of("listKecamatan", "listKelurahan", "listPpksCategories", "listPillarTypes", "getMe",
                "listUsers", "listAuditEvents", "listPillars", "listCases", "listNotices", "getAgenda",
                "reportCases", "reportCoordination", "streamNoticeEvents", "listBackups", "listWebhookEndpoints")) {
            f.put(read, new Fixture().as(admin));
        }
        for (String read : List.of("getKelurahan", "getKelurahanCoverage", "listKelurahanContacts")) {
            Fixture fixture = new Fixture().as(admin);
            fixture.path.put("code", KOLO);
            f.put(read, fixture);
        }
        f.put("createBackup", new Fixture().as(admin).body(() -> object(Map.of("includeSigningKeys", false))));
        f.put("getUser", new Fixture().as(admin).id(patchedUser.userId()));
        f.put("getPillar", new Fixture().as(admin).id(patchedPillar));
        f.put("getCase", new Fixture().as(admin).id(caseId));
        f.put("getCaseTimeline", new Fixture().as(admin).id(caseId));
        f.put("getNotice", new Fixture().as(admin).id(notices.get("patch")));
        f.put("getNoticeLetter", new Fixture().as(admin).id(notices.get("patch")));
        f.put("getAgendaLetters", new Fixture().as(admin));
        // deliveries (issue 20): every notice in Kolo has some (SUPPRESSED here: no channel is configured)
        f.put("listDeliveries", new Fixture().as(admin));
        f.put("listNoticeDeliveries", new Fixture().as(admin).id(notices.get("patch")));
        String deliveryId = as(admin).get("/api/v1/notices/" + notices.get("patch") + "/deliveries").then()
                .statusCode(200).extract().path("[0].id");
        f.put("retryDelivery", new Fixture().as(admin).id(deliveryId));
        f.put("updateMe", new Fixture().as(admin).changes("/api/v1/me")
                .body(() -> object(Map.of("email", "dinas.uji@example.id", "notifyBy", List.of()))));
        // accounts
        f.put("login", new Fixture().as(null).body(() -> object(Map.of("username", loginUser.username(),
                "password", PASSWORD))));
        f.put("refreshToken", new Fixture().as(null).body(() -> object(Map.of("refreshToken",
                refreshUser.refreshToken()))));
        f.put("logout", new Fixture().as(logoutUser.accessToken()).body(() -> object(Map.of("refreshToken",
                logoutUser.refreshToken()))));
        f.put("changeMyPassword", new Fixture().as(passwordUser.accessToken()).body(() -> object(Map.of(
                "currentPassword", PASSWORD, "newPassword", "kata-sandi-baru-2026"))));
        f.put("createUser", new Fixture().as(admin).creates("users").body(() -> object(Map.of("username",
                "fuzz." + unique(), "displayName", "Uji Fuzz", "role", "ADMIN", "password", PASSWORD))));
        f.put("updateUser", new Fixture().as(admin).id(patchedUser.userId())
                .changes("/api/v1/users/" + patchedUser.userId()).body(() -> object(Map.of("displayName", "Uji Ubah"))));
        f.put("unlockUser", new Fixture().as(admin).id(resetUser.userId()));
        f.put("resetUserPassword", new Fixture().as(admin).id(resetUser.userId())
                .changes("/api/v1/users/" + resetUser.userId())
                .body(() -> object(Map.of("newPassword", "kata-sandi-baru-2026"))));
        // pillars and contacts
        f.put("createPillar", new Fixture().as(admin).creates("pillars").body(() -> object(Map.of(
                "fullName", "Pilar Fuzz", "type", "PORDAM", "gender", "L", "phone", phone()))));
        Fixture importing = new Fixture().as(admin).creates("pillars");
        importing.query.put("dryRun", "true");
        importing.csv = () -> ContractProbes.bytes("fullName,type,phone\nPilar Impor,PORDAM," + phone() + "\n");
        f.put("importPillars", importing);
        f.put("updatePillar", new Fixture().as(admin).id(patchedPillar).changes("/api/v1/pillars/" + patchedPillar)
                .body(() -> object(Map.of("email", "uji@example.id"))));
        f.put("deactivatePillar", new Fixture().as(admin).id(deactivatedPillar)
                .changes("/api/v1/pillars/" + deactivatedPillar).body(() -> object(Map.of("reason", "Pindah tugas"))));
        f.put("reactivatePillar", new Fixture().as(admin).id(reactivatedPillar)
                .changes("/api/v1/pillars/" + reactivatedPillar));
        Fixture newContact = new Fixture().as(admin).creates("contacts").body(() -> object(Map.of("name",
                "Kontak Uji", "position", "OTHER", "phone", phone())));
        newContact.path.put("code", KOLO);
        f.put("createKelurahanContact", newContact);
        f.put("updateKelurahanContact", new Fixture().as(admin).id(patchedContact)
                .changes("/api/v1/contacts/" + patchedContact).body(() -> object(Map.of("name", "Kontak Ubah"))));
        f.put("deleteKelurahanContact", new Fixture().as(admin).id(deletedContact)
                .changes("/api/v1/contacts/" + deletedContact));
        // cases
        f.put("createCase", new Fixture().as(psm.token()).creates("cases")
                .body(() -> mapper.valueToTree(Cases.newCase(KOLO, "FAKIR_MISKIN", null))));
        f.put("updateCase", new Fixture().as(admin).id(patchedCase).changes("/api/v1/cases/" + patchedCase)
                .body(() -> object(Map.of("description", "Perubahan uji"))));
        f.put("transitionCase", new Fixture().as(admin).id(caseId).changes("/api/v1/cases/" + caseId)
                .body(() -> object(Map.of("action", "verify"))));
        f.put("assignCase", new Fixture().as(admin).id(caseId).changes("/api/v1/cases/" + caseId)
                .body(() -> object(Map.of("leadPillarId", psm.pillarId()))));
        f.put("reviewCaseDuplicate", new Fixture().as(admin).id(reviewedCase).changes("/api/v1/cases/" + reviewedCase)
                .body(() -> object(Map.of("decision", "NOT_DUPLICATE"))));
        f.put("addCaseNote", new Fixture().as(admin).id(caseId).changes("/api/v1/cases/" + caseId)
                .body(() -> object(Map.of("text", "Catatan uji"))));
        // notices
        f.put("createNotice", new Fixture().as(psm.token()).creates("notices")
                .body(() -> noticeBody(Instant.now().plus(20, ChronoUnit.DAYS))));
        f.put("updateNotice", noticeFixture(admin, notices.get("patch"), Map.of("description", "Perubahan uji")));
        f.put("acknowledgeNotice", noticeFixture(admin, notices.get("acknowledge"),
                Map.of("acknowledgedBy", "Lurah Kolo", "note", "Siap")));
        Instant later = Instant.now().plus(5, ChronoUnit.DAYS);
        f.put("requestNoticeReschedule", noticeFixture(admin, notices.get("request-reschedule"), Map.of(
                "proposedStart", later.toString(), "proposedEnd", later.plus(2, ChronoUnit.HOURS).toString(),
                "reason", "Ada posyandu")));
        f.put("rescheduleNotice", noticeFixture(admin, notices.get("reschedule"), Map.of(
                "plannedStart", later.toString(), "plannedEnd", later.plus(2, ChronoUnit.HOURS).toString())));
        f.put("cancelNotice", noticeFixture(admin, notices.get("cancel"), Map.of("reason", "Cuaca buruk")));
        f.put("completeNotice", noticeFixture(admin, notices.get("complete"), Map.of("outcome", "3 rumah dikunjungi",
                "householdsVisited", 3, "followUpNeeded", false)));
        Fixture join = new Fixture().as(tksk.token()).id(notices.get("join"))
                .changes("/api/v1/notices/" + notices.get("join"));
        f.put("joinNotice", join);
        // webhooks: integrators' endpoints, and Meta's calls (unsigned here, so every probe is refused)
        f.put("createWebhookEndpoint", new Fixture().as(admin).creates("webhookEndpoints").body(() -> object(Map.of(
                "url", WEBHOOK_URL, "events", List.of("notice.created"), "description", "Uji"))));
        f.put("getWebhookEndpoint", new Fixture().as(admin).id(patchedEndpoint));
        f.put("updateWebhookEndpoint", new Fixture().as(admin).id(patchedEndpoint)
                .changes("/api/v1/webhook-endpoints/" + patchedEndpoint).body(() -> object(Map.of("description", "Ubah"))));
        f.put("deleteWebhookEndpoint", new Fixture().as(admin).id(deletedEndpoint)
                .changes("/api/v1/webhook-endpoints/" + deletedEndpoint));
        f.put("rotateWebhookEndpointSecret", new Fixture().as(admin).id(rotatedEndpoint)
                .changes("/api/v1/webhook-endpoints/" + rotatedEndpoint));
        Fixture handshake = new Fixture().as(null);
        handshake.query.putAll(Map.of("hub.mode", "subscribe", "hub.verify_token", "test-verify-token",
                "hub.challenge", "1158201444"));
        f.put("verifyWhatsAppWebhook", handshake);
        f.put("receiveWhatsAppWebhook", new Fixture().as(null).body(() -> object(Map.of("object",
                "whatsapp_business_account", "entry", List.of()))));
        for (Fixture fixture : f.values()) {
            if (fixture.resource != null) {
                etags.put(fixture.resource, "\"" + read(fixture.resource).path("version").asInt() + "\"");
            }
        }
        return f;
    }

    private Fixture noticeFixture(String token, String id, Map<String, Object> body) {
        return new Fixture().as(token).id(id).changes("/api/v1/notices/" + id).body(() -> object(body));
    }

    private ObjectNode noticeBody(Instant start) {
        ObjectNode body = mapper.createObjectNode().put("kelurahanCode", KOLO).put("rw", 2).put("rt", 3)
                .put("location", "Rumah Ketua RT 003").put("plannedStart", start.toString())
                .put("plannedEnd", start.plus(2, ChronoUnit.HOURS).toString()).put("purpose", "HOME_VISIT")
                .put("description", "Asesmen lansia");
        return body;
    }

    private String notice(String token, Instant start) {
        return createdId(as(token).body(noticeBody(start).toString()).post("/api/v1/notices"));
    }

    private static String contact(String admin) {
        return createdId(as(admin).body(Map.of("name", "Kontak Uji", "position", "OTHER", "phone", phone()))
                .post("/api/v1/areas/kelurahan/" + KOLO + "/contacts"));
    }

    /** TEST-NET-3 (RFC 5737): accepted as a public address without DNS; nothing is ever sent to it here. */
    static final String WEBHOOK_URL = "https://203.0.113.10/hooks/pilar";

    private static String webhookEndpoint(String admin) {
        return createdId(as(admin).body(Map.of("url", WEBHOOK_URL, "events", List.of("notice.created")))
                .post("/api/v1/webhook-endpoints"));
    }

    private static String createdId(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().jsonPath().getString("id");
    }

    private ObjectNode object(Map<String, Object> fields) {
        return mapper.valueToTree(fields);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String phone() {
        return "0812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    // ---------------------------------------------------------------------------------------------
    // Snapshots through the API
    // ---------------------------------------------------------------------------------------------

    private Map<String, Set<String>> snapshotCollections() {
        Map<String, Set<String>> members = new TreeMap<>();
        COLLECTIONS.forEach((name, url) -> {
            Set<String> ids = new HashSet<>();
            String cursor = null;
            do {
                var request = as(Accounts.adminToken()).queryParam("limit", 200);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get(url).then().statusCode(200).extract().jsonPath();
                ids.addAll(page.getList("items.id", String.class));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            members.put(name, ids);
        });
        return members;
    }

    /** A resource as an admin reads it; contacts have no single read, so they come from Kolo's list. A deleted one reads as such. */
    private ObjectNode read(String url) {
        try {
            if (url.startsWith("/api/v1/contacts/")) {
                String id = url.substring(url.lastIndexOf('/') + 1);
                JsonNode list = mapper.readTree(as(Accounts.adminToken()).queryParam("limit", 200)
                        .get(COLLECTIONS.get("contacts")).then().statusCode(200).extract().asString());
                for (JsonNode item : list.path("items")) {
                    if (id.equals(item.path("id").asText())) {
                        return (ObjectNode) item;
                    }
                }
                return mapper.createObjectNode().put("deleted", true);
            }
            var response = as(Accounts.adminToken()).get(url);
            if (response.statusCode() == 404 && url.startsWith("/api/v1/webhook-endpoints/")) {
                return mapper.createObjectNode().put("deleted", true); // by the accepted DELETE
            }
            return (ObjectNode) mapper.readTree(response.then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, JsonNode> snapshotResources(Map<String, Fixture> fixtures) {
        Map<String, JsonNode> resources = new TreeMap<>();
        for (Fixture fixture : fixtures.values()) {
            if (fixture.resource != null) {
                ObjectNode node = read(fixture.resource);
                node.remove(VOLATILE);
                resources.put(fixture.resource, node);
            }
        }
        return resources;
    }
}
