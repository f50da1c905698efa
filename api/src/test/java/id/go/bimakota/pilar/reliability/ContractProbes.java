package id.go.bimakota.pilar.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Derives bad requests from the published contract ({@code openapi.yaml}): for every parameter and
 * every request-body field (following {@code $ref}s) the values a careless or hostile client might
 * send. Each probe says whether the value could legitimately be accepted (e.g. an HTML string in a
 * free-text field): everything else must be refused with a 4xx.
 */
final class ContractProbes {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String SQL_INJECTION = "x' OR '1'='1'; DROP TABLE pillar; --";
    static final String HTML_INJECTION = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final String LONG = "x".repeat(10_000);
    static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
    /** Invalid UTF-8: a truncated two-byte sequence and a byte that never occurs in UTF-8. */
    static final byte[] NOT_UTF8 = {'"', 'a', (byte) 0xC3, '(', (byte) 0xFF, '"'};

    /** One operation of the contract. */
    record Operation(String id, String method, String path, List<JsonNode> parameters, String mediaType,
            JsonNode bodySchema) {
    }

    /**
     * One bad request: where it is bad, how, whether it may be accepted, and what it changes. An
     * accepted request must show {@code echo} verbatim wherever the field is in the answer; an
     * accepted import with {@code rowsRefused} must report its bad rows instead of writing them.
     */
    record Probe(String where, String kind, boolean mayPass, String echo, Consumer<Call> change, boolean rowsRefused) {
        Probe(String where, String kind, boolean mayPass, String echo, Consumer<Call> change) {
            this(where, kind, mayPass, echo, change, false);
        }
    }

    /** A request under construction: the fixture fills in valid parts, a probe spoils one. */
    static final class Call {
        final Map<String, String> path = new LinkedHashMap<>();
        /** Query values, already percent-encoded. */
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String contentType;
        JsonNode json;
        byte[] raw;
        boolean chunked;
        /** Text of the JSON body standing in for a sentinel string value (numbers, nesting, bad bytes). */
        final Map<String, byte[]> verbatim = new LinkedHashMap<>();

        byte[] body(ObjectMapper mapper) {
            if (raw != null) {
                return raw;
            }
            if (json == null) {
                return null;
            }
            try {
                byte[] bytes = mapper.writeValueAsBytes(json);
                for (Map.Entry<String, byte[]> entry : verbatim.entrySet()) {
                    bytes = replace(bytes, ("\"" + entry.getKey() + "\"").getBytes(StandardCharsets.UTF_8),
                            entry.getValue());
                }
                return bytes;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final JsonNode document;

    ContractProbes(Path contract) throws IOException {
        this.document = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                return;
            }
            JsonNode operation = op.getValue();
            List<JsonNode> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
            String mediaType = null;
            JsonNode body = null;
            Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
            if (content.hasNext()) {
                Map.Entry<String, JsonNode> first = content.next();
                mediaType = first.getKey();
                body = resolve(first.getValue().path("schema"));
            }
            operations.add(new Operation(operation.path("operationId").asText(), op.getKey().toUpperCase(),
                    path.getKey(), parameters, mediaType, body));
        }));
        return operations;
    }

    /** A schema or parameter with its local {@code $ref} merged in (local keywords win). */
    JsonNode resolve(JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        ObjectNode merged = resolve(document.at(schema.get("$ref").asText().substring(1))).deepCopy();
        schema.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("$ref")) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        return merged;
    }

    /** Every probe of one operation. */
    List<Probe> probesOf(Operation operation) {
        List<Probe> probes = new ArrayList<>();
        for (JsonNode parameter : operation.parameters()) {
            parameterProbes(parameter, probes);
        }
        if ("application/json".equals(operation.mediaType())) {
            bodyProbes(operation.bodySchema(), probes);
            fieldProbes("", operation.bodySchema(), probes);
        }
        // headers every operation reads, declared or not: odd values change the language or the
        // media type of the answer at most (last, so that field probes meet the resource unchanged)
        probes.add(new Probe("header Accept-Language", "garbage", true, null,
                call -> call.headers.put("Accept-Language", "xx-INVALID;q=abc,,;q=2,*;q=-1")));
        probes.add(new Probe("header Accept-Language", "10,000 characters", true, null,
                call -> call.headers.put("Accept-Language", LONG)));
        probes.add(new Probe("header X-Request-Id", "HTML injection", true, null,
                call -> call.headers.put("X-Request-Id", HTML_INJECTION)));
        probes.add(new Probe("header Accept", "application/xml", true, null,
                call -> call.headers.put("Accept", "application/xml")));
        return probes;
    }

    // ---------------------------------------------------------------------------------------------
    // Parameters
    // ---------------------------------------------------------------------------------------------

    private void parameterProbes(JsonNode parameter, List<Probe> probes) {
        String in = parameter.path("in").asText();
        String name = parameter.path("name").asText();
        boolean required = parameter.path("required").asBoolean(false);
        JsonNode schema = resolve(parameter.path("schema"));
        String where = in + " " + name;
        for (Value value : parameterValues(in, name, schema, required)) {
            Consumer<Call> change = switch (in) {
                case "path" -> call -> call.path.put(name, encode(value.text()));
                case "query" -> call -> {
                    if (value.text() == null) {
                        call.query.remove(name);
                    } else {
                        call.query.put(name, value.encoded() ? value.text() : encode(value.text()));
                    }
                };
                default -> call -> {
                    if (value.text() == null) {
                        call.headers.remove(name);
                    } else {
                        call.headers.put(name, value.text());
                    }
                };
            };
            if ("path".equals(in) && value.text() == null) {
                continue;
            }
            probes.add(new Probe(where, value.kind(), value.mayPass(), null, change));
        }
    }

    /** A parameter value; {@code encoded} values go into the URL exactly as given. */
    private record Value(String kind, String text, boolean mayPass, boolean encoded) {
        Value(String kind, String text, boolean mayPass) {
            this(kind, text, mayPass, false);
        }
    }

    private List<Value> parameterValues(String in, String name, JsonNode schema, boolean required) {
        List<Value> values = new ArrayList<>();
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText("");
        boolean freeText = isFreeText(schema);
        values.add(new Value("missing", null, !required));
        // an empty path segment leads to another route, which may well exist
        values.add(new Value("empty", "", !required || freeText || "path".equals(in)));
        values.add(new Value("10,000 characters", LONG, satisfies(schema, LONG)));
        values.add(new Value("SQL injection", SQL_INJECTION, satisfies(schema, SQL_INJECTION)));
        values.add(new Value("HTML injection", HTML_INJECTION, satisfies(schema, HTML_INJECTION)));
        if (!"header".equals(in)) { // a client cannot put these bytes into a header
            values.add(new Value("not UTF-8", "%C3%28%FF", freeText, true));
            values.add(new Value("NUL byte", "%00", false, true));
        }
        if (schema.has("enum")) {
            values.add(new Value("unknown enum value", "NOT_A_VALUE", false));
        }
        switch (type) {
            case "integer" -> {
                values.add(new Value("wrong type", "ten", false));
                values.add(new Value("fraction", "1.5", false));
                values.add(new Value("overflow", "99999999999999999999", false));
                if (schema.has("minimum")) {
                    values.add(new Value("below minimum", String.valueOf(schema.get("minimum").asLong() - 1), false));
                }
                if (schema.has("maximum")) {
                    values.add(new Value("above maximum", String.valueOf(schema.get("maximum").asLong() + 1), false));
                }
            }
            case "boolean" -> values.add(new Value("wrong type", "maybe", false));
            default -> {
                // strings
            }
        }
        switch (format) {
            case "uuid" -> {
                values.add(new Value("invalid UUID", "not-a-uuid", false));
                values.add(new Value("invalid UUID", "123e4567-e89b-12d3-a456-42661417400Z", false));
                values.add(new Value("unknown UUID", UUID.randomUUID().toString(), !required));
            }
            case "date" -> {
                values.add(new Value("invalid date", "2026-13-45", false));
                values.add(new Value("invalid date", "28/11/2026", false));
                values.add(new Value("extreme date", "+999999999-12-31", true));
            }
            case "date-time" -> {
                values.add(new Value("invalid date-time", "2026-11-28T25:00:00Z", false));
                values.add(new Value("invalid date-time", "yesterday", false));
                values.add(new Value("extreme date-time", "+1000000000-12-31T23:59:59Z", true));
            }
            default -> {
                // no format
            }
        }
        if ("cursor".equals(name)) {
            // a forged cursor may decode to some position: any page or a 400, never a 5xx
            values.add(new Value("forged cursor", "eyJ4IjoxfQ", true));
            values.add(new Value("forged cursor", "AAAAAAAA", true));
            values.add(new Value("forged cursor", java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("2026-01-01T00:00:00Z\u001fnot-a-uuid".getBytes(StandardCharsets.UTF_8)), true));
        }
        if ("If-Match".equals(name)) {
            values.add(new Value("stale version", "\"99999\"", false));
            values.add(new Value("negative version", "\"-1\"", false));
            values.add(new Value("malformed version", "\"abc\"", false));
            values.add(new Value("weak malformed version", "W/\"\"", false));
            values.add(new Value("version overflow", "\"99999999999999999999\"", false));
        }
        if ("Idempotency-Key".equals(name)) {
            values.add(new Value("too long key", "k".repeat(256), false));
        }
        if ("Last-Event-ID".equals(name)) {
            values.add(new Value("negative event id", "-1", true));
            values.add(new Value("event id overflow", "99999999999999999999", false));
        }
        if ("code".equals(name)) {
            values.add(new Value("unknown code", "52.72.99.9999", false));
            values.add(new Value("path traversal", "../../etc/passwd", false));
        }
        if ("id".equals(name)) {
            values.add(new Value("path traversal", "../../etc/passwd", false));
        }
        return values;
    }

    // ---------------------------------------------------------------------------------------------
    // Bodies
    // ---------------------------------------------------------------------------------------------

    /** Probes of the body as a whole. */
    private static void bodyProbes(JsonNode schema, List<Probe> probes) {
        probes.add(raw("no body", new byte[0]));
        probes.add(raw("JSON null", bytes("null")));
        probes.add(raw("JSON array", bytes("[]")));
        probes.add(raw("JSON string", bytes("\"text\"")));
        probes.add(raw("JSON number", bytes("12")));
        probes.add(raw("truncated JSON", bytes("{\"a\":")));
        probes.add(raw("malformed JSON", bytes("{,}")));
        probes.add(raw("10,000 levels of nesting", bytes(DEEP)));
        probes.add(raw("10,000 levels of objects", bytes("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))));
        probes.add(raw("not UTF-8", new byte[] {'{', '"', (byte) 0xC3, '(', (byte) 0xFF, '"', ':', '1', '}'}));
        probes.add(new Probe("body", "over 1 MiB", false, null, call -> call.raw =
                bytes("{\"padding\":\"" + "x".repeat(1024 * 1024) + "\"}")));
        probes.add(new Probe("body", "over 1 MiB, chunked", false, null, call -> {
            call.raw = bytes("{\"padding\":\"" + "x".repeat(1024 * 1024) + "\"}");
            call.chunked = true;
        }));
        probes.add(new Probe("body", "unknown field", false, null,
                call -> ((ObjectNode) call.json).put("unknownField", 1)));
        probes.add(new Probe("body", "text/plain", false, null, call -> call.contentType = "text/plain"));
        probes.add(new Probe("body", "application/xml", false, null, call -> {
            call.contentType = "application/xml";
            call.raw = bytes("<notice><id>1</id></notice>");
        }));
    }

    private static Probe raw(String kind, byte[] body) {
        return new Probe("body", kind, false, null, call -> call.raw = body);
    }

    /** Probes of every field of an object schema, recursively. */
    private void fieldProbes(String pointer, JsonNode objectSchema, List<Probe> probes) {
        List<String> required = new ArrayList<>();
        objectSchema.path("required").forEach(r -> required.add(r.asText()));
        objectSchema.path("properties").fields().forEachRemaining(property -> {
            String field = pointer + "/" + property.getKey();
            JsonNode schema = resolve(property.getValue());
            boolean isRequired = required.contains(property.getKey());
            for (FieldValue value : fieldValues(schema, isRequired)) {
                probes.add(new Probe("field " + field.substring(1).replace('/', '.'), value.kind(), value.mayPass(),
                        value.echo(), call -> value.apply(call, field)));
            }
            if ("object".equals(schema.path("type").asText()) || schema.has("properties")) {
                fieldProbes(field, schema, probes);
            }
        });
    }

    /** A value for one body field: a JSON value, a removal, or verbatim JSON text. */
    private record FieldValue(String kind, JsonNode json, byte[] verbatim, boolean mayPass, String echo) {

        void apply(Call call, String pointer) {
            ObjectNode parent = parentOf(call, pointer);
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (json == null && verbatim == null) {
                parent.remove(name);
            } else if (verbatim != null) {
                String sentinel = "@@" + UUID.randomUUID() + "@@";
                parent.put(name, sentinel);
                call.verbatim.put(sentinel, verbatim);
            } else {
                parent.set(name, json);
            }
        }

        private static ObjectNode parentOf(Call call, String pointer) {
            ObjectNode node = (ObjectNode) call.json;
            String[] parts = pointer.substring(1).split("/");
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode child = node.get(parts[i]);
                if (!(child instanceof ObjectNode)) {
                    child = node.putObject(parts[i]);
                }
                node = (ObjectNode) child;
            }
            return node;
        }
    }

    private static FieldValue json(String kind, JsonNode value, boolean mayPass) {
        return new FieldValue(kind, value, null, mayPass, null);
    }

    private static FieldValue text(String kind, String value, boolean mayPass) {
        return new FieldValue(kind, NODES.textNode(value), null, mayPass, mayPass ? value : null);
    }

    private static FieldValue verbatim(String kind, String jsonText) {
        return new FieldValue(kind, null, bytes(jsonText), false, null);
    }

    private List<FieldValue> fieldValues(JsonNode schema, boolean required) {
        List<FieldValue> values = new ArrayList<>();
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        values.add(new FieldValue("missing", null, null, !required, null));
        values.add(json("null", NODES.nullNode(), !required));
        values.add(new FieldValue("deeply nested", null, bytes(DEEP), false, null));
        switch (type) {
            case "integer", "number" -> {
                values.add(json("wrong type", NODES.textNode("ten"), false));
                values.add(json("wrong type", NODES.objectNode(), false));
                values.add(verbatim("overflow", "99999999999999999999999"));
                values.add(verbatim("huge exponent", "1e400"));
                if (schema.has("minimum")) {
                    values.add(json("below minimum", NODES.numberNode(schema.get("minimum").asLong() - 1), false));
                }
                if (schema.has("maximum")) {
                    values.add(json("above maximum", NODES.numberNode(schema.get("maximum").asLong() + 1), false));
                }
            }
            case "boolean" -> {
                values.add(json("wrong type", NODES.textNode("maybe"), false));
                values.add(json("wrong type", NODES.arrayNode().add(true), false));
            }
            case "array" -> {
                values.add(json("wrong type", NODES.textNode("not-a-list"), false));
                values.add(json("wrong type", NODES.objectNode(), false));
                values.add(json("null item", NODES.arrayNode().addNull(), false));
                values.add(json("invalid item", NODES.arrayNode().add(LONG), false));
                if (schema.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add(UUID.randomUUID().toString());
                    }
                    values.add(json("too many items", many, false));
                }
            }
            case "object" -> {
                values.add(json("wrong type", NODES.textNode("not-an-object"), false));
                values.add(json("wrong type", NODES.arrayNode(), false));
                values.add(json("empty object", NODES.objectNode(), !schema.has("required")));
                values.add(json("unknown nested field", NODES.objectNode().put("unknownField", 1), false));
            }
            default -> stringValues(schema, required, format, values);
        }
        return values;
    }

    private void stringValues(JsonNode schema, boolean required, String format, List<FieldValue> values) {
        boolean freeText = isFreeText(schema);
        values.add(json("wrong type", NODES.objectNode().put("a", 1), false));
        values.add(json("wrong type", NODES.arrayNode().add("a"), false));
        // "" means "no value" for optional fields (cleared, or coerced to null for dates and ids)
        values.add(new FieldValue("empty", NODES.textNode(""), null, !required || satisfies(schema, ""), null));
        values.add(text("10,000 characters", LONG, freeText && satisfies(schema, LONG)));
        values.add(text("SQL injection", SQL_INJECTION, freeText && satisfies(schema, SQL_INJECTION)));
        values.add(text("HTML injection", HTML_INJECTION, freeText && satisfies(schema, HTML_INJECTION)));
        values.add(text("NUL and control characters", "a\u0000b\u0007c", false));
        values.add(new FieldValue("not UTF-8", null, NOT_UTF8, false, null));
        if (schema.has("enum")) {
            values.add(text("unknown enum value", "NOT_A_VALUE", false));
            String known = schema.get("enum").get(0).asText();
            // a known value in another case may be read leniently (case actions accept VERIFY), never a 5xx
            values.add(new FieldValue("enum value in another case", NODES.textNode(known.equals(known.toLowerCase())
                    ? known.toUpperCase() : known.toLowerCase()), null, true, null));
        }
        switch (format) {
            case "uuid" -> {
                values.add(text("invalid UUID", "not-a-uuid", false));
                values.add(text("invalid UUID", "123e4567-e89b-12d3-a456-42661417400Z", false));
                values.add(text("unknown UUID", UUID.randomUUID().toString(), false));
            }
            case "date" -> {
                values.add(text("invalid date", "2026-13-45", false));
                values.add(text("invalid date", "28/11/2026", false));
                values.add(new FieldValue("extreme date", NODES.textNode("+999999999-12-31"), null, true, null));
                values.add(new FieldValue("extreme date", NODES.textNode("-999999999-01-01"), null, true, null));
            }
            case "date-time" -> {
                values.add(text("invalid date-time", "2026-11-28T25:00:00Z", false));
                values.add(text("invalid date-time", "yesterday", false));
                values.add(text("date without time", "2026-12-01", false));
                values.add(new FieldValue("extreme date-time", NODES.textNode("+1000000000-12-31T23:59:59Z"), null,
                        true, null));
                values.add(new FieldValue("epoch", NODES.textNode("1970-01-01T00:00:00Z"), null, true, null));
            }
            default -> {
                // no format
            }
        }
    }

    /** Text a person types: any characters are legitimate, so injection strings are data, not attacks. */
    private static boolean isFreeText(JsonNode schema) {
        return "string".equals(schema.path("type").asText("string")) && !schema.has("enum") && !schema.has("format")
                && (!schema.has("pattern") || "\\S".equals(schema.get("pattern").asText()));
    }

    /** Whether the contract allows the string (length, pattern, enum); formats are never met by these values. */
    private static boolean satisfies(JsonNode schema, String value) {
        return (!schema.has("maxLength") || schema.get("maxLength").asInt() >= value.length())
                && (!schema.has("minLength") || schema.get("minLength").asInt() <= value.length())
                && (!schema.has("pattern") || Pattern.compile(schema.get("pattern").asText()).matcher(value).find())
                && !schema.has("enum") && !schema.has("format");
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replace(byte[] haystack, byte[] needle, byte[] replacement) {
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                byte[] result = new byte[haystack.length - needle.length + replacement.length];
                System.arraycopy(haystack, 0, result, 0, i);
                System.arraycopy(replacement, 0, result, i, replacement.length);
                System.arraycopy(haystack, i + needle.length, result, i + replacement.length,
                        haystack.length - i - needle.length);
                return result;
            }
        }
        throw new IllegalStateException("sentinel not found in the body");
    }

    /**
     * Bean Validation's English default messages (Hibernate Validator's bundle), each up to its first
     * placeholder: none may reach a problem body answered for {@code Accept-Language: id}.
     */
    static Pattern englishValidationDefaults() {
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("org.hibernate.validator.ValidationMessages",
                java.util.Locale.ROOT);
        String alternatives = english.keySet().stream().map(english::getString)
                .map(message -> message.split("[{$]", 2)[0].trim())
                .filter(start -> start.length() >= 8)
                .distinct().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        return Pattern.compile("\"message\":\"(" + alternatives + ")");
    }

    static Pattern forbiddenInErrors() {
        return Pattern.compile("SQL|org\\.hibernate|org\\.h2|org\\.postgresql|java\\.|jakarta\\.|Exception"
                + "|com\\.fasterxml|io\\.quarkus|io\\.vertx|id\\.go\\.bimakota|\\tat |Caused by");
    }
}
