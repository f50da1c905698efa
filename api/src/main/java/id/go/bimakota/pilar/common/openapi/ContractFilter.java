package id.go.bimakota.pilar.common.openapi;

import id.go.bimakota.pilar.common.idempotency.Idempotent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Adds the cross-cutting parts of the contract once, so that resources only say what is particular to
 * them (summary, description, examples, special error cases): the problem+json error responses each
 * operation can give, the shared Idempotency-Key and If-Match headers, ETag/Location response headers
 * and the roles of each operation in words. Registered as {@code mp.openapi.filter}.
 */
public class ContractFilter implements OASFilter {

    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final String IF_MATCH = "IfMatch";
    private static final String BEARER = "bearerAuth";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents();
        components.addParameter(IDEMPOTENCY_KEY, idempotencyKey()).addParameter(IF_MATCH, ifMatch())
                .addHeader("ETag", header("The version of the resource, for If-Match on the next change", "\"3\""))
                .addHeader("Location", header("Absolute address of the created resource",
                        "https://pilar.bimakota.go.id/api/v1/notices/" + Schemas.EXAMPLE_ID))
                .addHeader(Idempotent.REPLAYED_HEADER, header(
                        "true when this is the stored answer to an earlier request with the same Idempotency-Key",
                        "true"));
        Schemas.useLocalScalarExamples(components);
        Schemas.moveArrayEnumsToItems(components);
        if (api.getPaths() == null) {
            return;
        }
        Set<String> sharedErrors = new TreeSet<>();
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            useSharedHeaderParameters(operation);
            ErrorResponses.complete(path, operation, sharedErrors);
            addSuccessHeaders(operation, components);
            Examples.complete(operation, components);
            describeRoles(operation);
        }));
        ErrorResponses.register(components, sharedErrors);
    }

    /** Resources name the header; the shared component describes it once, with its schema and rules. */
    private static void useSharedHeaderParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            Schemas.typeUntypedParameter(parameter.getSchema());
            parameters.add(switch (String.valueOf(parameter.getName())) {
                case Idempotent.KEY_HEADER -> OASFactory.createParameter().ref("#/components/parameters/" + IDEMPOTENCY_KEY);
                case "If-Match" -> Boolean.TRUE.equals(parameter.getRequired())
                        ? OASFactory.createParameter().ref("#/components/parameters/" + IF_MATCH)
                        : parameter.description("Optional here; when sent it must be the current ETag (412 otherwise).");
                default -> parameter;
            });
        }
        operation.setParameters(parameters);
    }

    private static void addSuccessHeaders(Operation operation, Components components) {
        boolean idempotent = ErrorResponses.hasHeader(operation, IDEMPOTENCY_KEY);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2") || response.getRef() != null) {
                return;
            }
            if (Schemas.isVersioned(Schemas.jsonSchema(response.getContent(), components))) {
                response.addHeader("ETag", headerRef("ETag"));
            }
            if (status.equals("201")) {
                response.addHeader("Location", headerRef("Location"));
            }
            if (idempotent) {
                response.addHeader(Idempotent.REPLAYED_HEADER, headerRef(Idempotent.REPLAYED_HEADER));
            }
        });
    }

    /**
     * Roles are not OAuth scopes, so the bearer requirement lists none (linters reject roles there); the
     * roles are stated in the description, where an admin in Swagger UI reads them.
     */
    private static void describeRoles(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of()); // open to everyone, said explicitly
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getScheme(BEARER) != null) {
                roles.addAll(requirement.getScheme(BEARER));
            }
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
        String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
        operation.setDescription(description + "**Peran (roles):** " + String.join(", ", roles));
    }

    private static Parameter idempotencyKey() {
        return OASFactory.createParameter().name(Idempotent.KEY_HEADER).in(Parameter.In.HEADER).required(false)
                .description(Idempotent.KEY_DESCRIPTION)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)
                        .minLength(1).maxLength(255).pattern(Idempotent.KEY_PATTERN));
    }

    private static Parameter ifMatch() {
        return OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER).required(true)
                .description("The ETag of the version you read (every GET and write answer carries it). "
                        + "Also accepted: W/\"3\", 3, or * (any version). A stale one is 412 with the current resource in the problem body; a missing one is 428.")
                .example("\"3\"")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)
                        .pattern("^(\\*|(W/)?\"?[0-9]+\"?)$").maxLength(14));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }
}
