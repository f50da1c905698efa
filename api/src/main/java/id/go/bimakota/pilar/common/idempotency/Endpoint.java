package id.go.bimakota.pilar.common.idempotency;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestResponse;

/** What the interceptor needs to know about one resource method, worked out once. */
final class Endpoint {

    private static final Map<Method, Endpoint> CACHE = new ConcurrentHashMap<>();
    /** Parameters annotated from these packages are path, query, header, form or context values, not the body. */
    private static final List<String> NON_BODY_PACKAGES = List.of("jakarta.ws.rs.", "org.jboss.resteasy.reactive.",
            "io.vertx.", "io.quarkus.");

    private final boolean post;
    private final boolean restResponse;
    private final int[] bodyParameters;
    private final String produces;

    private Endpoint(boolean post, boolean restResponse, int[] bodyParameters, String produces) {
        this.post = post;
        this.restResponse = restResponse;
        this.bodyParameters = bodyParameters;
        this.produces = produces;
    }

    static Endpoint of(Method method) {
        return CACHE.computeIfAbsent(method, Endpoint::inspect);
    }

    private static Endpoint inspect(Method method) {
        boolean post = method.isAnnotationPresent(POST.class);
        Class<?> returns = method.getReturnType();
        boolean restResponse = RestResponse.class.isAssignableFrom(returns);
        if (post && !restResponse && !Response.class.isAssignableFrom(returns)) {
            // A replay must be able to return a stored status and body in the method's place.
            throw new IllegalStateException("@Idempotent POST " + method
                    + " must be blocking and return jakarta.ws.rs.core.Response or RestResponse<T>");
        }
        Parameter[] parameters = method.getParameters();
        int[] body = IntStream.range(0, parameters.length).filter(i -> isBody(parameters[i])).toArray();
        return new Endpoint(post, restResponse, body, producesOf(method));
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (isNonBody(annotation.annotationType())) {
                return false;
            }
        }
        return !isNonBody(parameter.getType());
    }

    private static boolean isNonBody(Class<?> type) {
        String name = type.getName();
        return NON_BODY_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static String producesOf(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        if (produces == null || produces.value().length == 0 || produces.value()[0].contains("*")) {
            return MediaType.APPLICATION_JSON;
        }
        return produces.value()[0].split(",")[0].trim();
    }

    boolean isPost() {
        return post;
    }

    /** The request body argument(s) of a call: what the fingerprint covers besides method and URI. */
    List<Object> bodyOf(Object[] arguments) {
        List<Object> body = new ArrayList<>(bodyParameters.length);
        for (int i : bodyParameters) {
            body.add(arguments[i]);
        }
        return body;
    }

    /** The media type a body without an explicit one is written as. */
    String defaultContentType() {
        return produces;
    }

    /** The method's result as a Response, whichever of the two supported types it returned. */
    static Response asResponse(Object result) {
        return result instanceof RestResponse<?> rest ? rest.toResponse() : (Response) result;
    }

    /** The first answer, with its body replaced by the exact text that was stored for replays. */
    Object firstAnswer(Response original, StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(original.getStatus());
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return answer(withBody(builder, stored));
    }

    /** A replay of a stored answer. */
    Object replay(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status())
                .header(Idempotent.REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        return answer(withBody(builder, stored));
    }

    private static Response withBody(Response.ResponseBuilder builder, StoredResponse stored) {
        if (stored.body() != null) {
            builder.entity(stored.body()).type(stored.contentType());
        }
        return builder.build();
    }

    /** In the type the method declares: a RestResponse method must not return a plain Response. */
    private Object answer(Response response) {
        if (!restResponse) {
            return response;
        }
        RestResponse.ResponseBuilder<Object> builder = RestResponse.ResponseBuilder.create(response.getStatus());
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.entity(response.getEntity()).build();
    }
}
