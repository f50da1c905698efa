package id.go.bimakota.pilar.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.bimakota.pilar.client.model.Gender;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.NewPillar;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import id.go.bimakota.pilar.client.model.Pillar;
import id.go.bimakota.pilar.client.model.PillarType;
import id.go.bimakota.pilar.support.Accounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.function.Executable;

/**
 * What the client contract tests share: clients for the running test service that record every
 * exchange on the wire, test users made through the real API, and the check that a model the client
 * parsed holds exactly what the service sent (no field lost, none invented, no enum read as UNKNOWN).
 */
final class Contract {

    static final String KOLO = "52.72.03.1004";
    static final String ASAKOTA = "52.72.03";
    /** Santi (Mpunda): no other test files notices there, so the bulk outbox and crash notices go there. */
    static final String SANTI = "52.72.05.1003";
    static final String ADMIN = "admin";
    static final String PASSWORD = Accounts.PASSWORD;

    /** Re-serialises what the client parsed, the way the client writes JSON. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final String baseUrl;

    Contract(URL root) {
        String url = root.toString();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String baseUrl() {
        return baseUrl;
    }

    // --- clients

    PilarClient admin(Wire wire) {
        return client(ADMIN, Accounts.ADMIN_PASSWORD, wire, null, "id");
    }

    private static final java.util.Map<String, PilarClient> SHARED_ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One logged-in admin client per service, for setting up and checking (logins cost a password hash). */
    PilarClient sharedAdmin() {
        return SHARED_ADMINS.computeIfAbsent(baseUrl, url -> admin(new Wire()));
    }

    PilarClient client(String username, String password, Wire wire) {
        return client(username, password, wire, null, "id");
    }

    PilarClient client(String username, String password, Wire wire, Path outbox, String language) {
        return client(baseUrl, username, password, wire, outbox, language);
    }

    static PilarClient client(String baseUrl, String username, String password, Wire wire, Path outbox,
            String language) {
        PilarClient.Builder builder = PilarClient.builder().baseUrl(baseUrl).language(language)
                .okHttpClient(wire.http());
        if (username != null) {
            builder.credentials(username, password);
        }
        if (outbox != null) {
            builder.outboxDirectory(outbox);
        }
        return builder.build();
    }

    /** An address where nothing listens: connections are refused at once. */
    static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- test users, through the real API

    /** A registered pillar with its own login. */
    record Member(Pillar pillar, String username) {
        String id() {
            return pillar.id();
        }

        PilarClient client(Contract contract, Wire wire) {
            return contract.client(username, PASSWORD, wire);
        }
    }

    /** A new PSM of {@code kelurahan} with a login, registered by the admin through the client. */
    Member psm(String kelurahan) {
        return pillar(PillarType.PSM, List.of(kelurahan), null);
    }

    Member pillar(PillarType type, List<String> kelurahanCodes, String kecamatanCode) {
        String username = type.name().toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        NewPillar.Builder request = NewPillar.builder().fullName("Pilar Kontrak " + username).type(type)
                .gender(Gender.P).phone(randomPhone()).account(username, PASSWORD);
        if (kelurahanCodes != null) {
            request.kelurahanCodes(kelurahanCodes);
        }
        if (kecamatanCode != null) {
            request.kecamatanCode(kecamatanCode);
        }
        return new Member(sharedAdmin().pillars().create(request.build()), username);
    }

    /** A KELURAHAN officer of {@code kelurahan}; returns the username (password {@link #PASSWORD}). */
    static String officer(String kelurahan) {
        return Accounts.newUser("KELURAHAN", kelurahan).username();
    }

    static String randomPhone() {
        return "+62813" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** A valid NIK nobody else has: region 5272 (Kota Bima), a real birth date, a random serial. */
    static String randomNik() {
        return "527203" + "150790" + String.format("%04d", 1 + ThreadLocalRandom.current().nextInt(9998));
    }

    static NewNotice.Builder notice(Instant start, String description) {
        return NewNotice.builder().kelurahanCode(KOLO).rw(2).rt(3).plannedStart(start)
                .plannedEnd(start.plus(Duration.ofHours(2))).purpose(NoticePurpose.HOME_VISIT).description(description);
    }

    // --- assertions

    /** The call fails with this status and problem type; returns the exception for more checks. */
    static PilarApiException assertProblem(int status, String type, Executable call) {
        PilarApiException e = assertThrows(PilarApiException.class, call);
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(type, e.problemType(), e.getMessage());
        assertTrue(e.title() != null && !e.title().isBlank(), "a problem has a title");
        return e;
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The body of the last request on the wire. */
    static String lastRequestBody(Wire wire) {
        return wire.last().requestBody();
    }

    /** The last answer on the wire holds exactly what {@code parsed} holds. */
    static void assertParsedExactly(Wire wire, Object parsed) {
        assertSameJson(wire.lastJson(), parsed);
    }

    /** The items of the last list answer hold exactly what {@code items} holds. */
    static void assertParsedItemsExactly(Wire wire, List<?> items) {
        JsonNode raw = wire.lastJson();
        assertTrue(raw.has("items") && raw.has("nextCursor"), "a list answer is {items, nextCursor}: " + raw);
        assertSameJson(raw.get("items"), items);
    }

    static void assertSameJson(JsonNode raw, Object parsed) {
        JsonNode server = normalize(raw);
        JsonNode client = normalize(MAPPER.valueToTree(parsed));
        List<String> differences = new ArrayList<>();
        diff("$", server, client, differences);
        if (!differences.isEmpty()) {
            fail("client model and server JSON differ:\n  " + String.join("\n  ", differences) + "\nserver: " + raw);
        }
    }

    /** Null, absent, [] and {} mean the same; numbers compare by value; instants by the instant. */
    private static JsonNode normalize(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = normalize(field.getValue());
                if (value != null) {
                    copy.set(field.getKey(), value);
                }
            }
            return copy.isEmpty() ? null : copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> {
                JsonNode value = normalize(element);
                copy.add(value == null ? JsonNodeFactory.instance.nullNode() : value);
            });
            return copy.isEmpty() ? null : copy;
        }
        if (node.isNumber()) {
            return DecimalNode.valueOf(node.decimalValue().stripTrailingZeros());
        }
        if (node.isTextual() && node.textValue().length() >= 20 && node.textValue().endsWith("Z")) {
            try {
                return TextNode.valueOf(Instant.parse(node.textValue()).toString());
            } catch (DateTimeParseException notAnInstant) {
                return node;
            }
        }
        return node;
    }

    private static void diff(String path, JsonNode server, JsonNode client, List<String> differences) {
        if (server == null && client == null) {
            return;
        }
        if (server == null) {
            differences.add(path + ": the client has " + client + " that the server did not send");
            return;
        }
        if (client == null) {
            differences.add(path + ": the server sent " + server + " that the client model lost");
            return;
        }
        if (server.isObject() && client.isObject()) {
            List<String> names = new ArrayList<>();
            server.fieldNames().forEachRemaining(names::add);
            client.fieldNames().forEachRemaining(name -> {
                if (!names.contains(name)) {
                    names.add(name);
                }
            });
            names.forEach(name -> diff(path + "." + name, server.get(name), client.get(name), differences));
            return;
        }
        if (server.isArray() && client.isArray()) {
            if (server.size() != client.size()) {
                differences.add(path + ": " + server.size() + " items from the server, " + client.size() + " parsed");
                return;
            }
            for (int i = 0; i < server.size(); i++) {
                diff(path + "[" + i + "]", server.get(i), client.get(i), differences);
            }
            return;
        }
        if (!server.equals(client)) {
            differences.add(path + ": server " + server + ", client " + client);
        }
    }

    /** Records every exchange the client makes on the network, for checks of the raw JSON and headers. */
    static final class Wire implements Interceptor {

        record Exchange(String method, String path, Headers requestHeaders, String requestBody, int status,
                Headers responseHeaders, String body) {

            boolean is(String method, String pathSuffix) {
                return this.method.equals(method) && path.endsWith(pathSuffix);
            }
        }

        private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
        private final List<Interceptor> faults = new CopyOnWriteArrayList<>();

        /** A fresh OkHttpClient that records through this wire (a network interceptor: it sees retries too). */
        OkHttpClient http() {
            return new OkHttpClient.Builder()
                    .addInterceptor(chain -> {
                        for (Interceptor fault : faults) {
                            return fault.intercept(chain);
                        }
                        return chain.proceed(chain.request());
                    })
                    .addNetworkInterceptor(this).build();
        }

        /** Puts a fault between the client and the network (first one wins). */
        void inject(Interceptor fault) {
            faults.add(fault);
        }

        void clearFaults() {
            faults.clear();
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            String requestBody = null;
            if (request.body() != null) {
                okio.Buffer buffer = new okio.Buffer();
                request.body().writeTo(buffer);
                requestBody = buffer.readUtf8();
            }
            Response response = chain.proceed(request);
            String body = response.peekBody(4 * 1024 * 1024).string();
            exchanges.add(new Exchange(request.method(), request.url().encodedPath()
                    + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery()),
                    request.headers(), requestBody, response.code(), response.headers(), body));
            return response;
        }

        List<Exchange> exchanges() {
            return List.copyOf(exchanges);
        }

        List<Exchange> exchanges(Predicate<Exchange> which) {
            return exchanges.stream().filter(which).toList();
        }

        void clear() {
            exchanges.clear();
        }

        Exchange last() {
            if (exchanges.isEmpty()) {
                throw new AssertionError("nothing went over the wire");
            }
            return exchanges.get(exchanges.size() - 1);
        }

        JsonNode lastJson() {
            return parse(last().body());
        }

        /** "GET /api/v1/me 200"-style lines, for assertions on what went over the wire and for failure messages. */
        List<String> summary() {
            return exchanges.stream().map(e -> e.method() + " " + e.path().replaceAll("\\?.*", "") + " " + e.status())
                    .toList();
        }
    }
}
