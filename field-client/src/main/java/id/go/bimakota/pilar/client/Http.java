package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.client.PilarService.PageBody;
import id.go.bimakota.pilar.client.model.Problem;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** Runs calls synchronously and turns every failure into a {@link PilarApiException}. */
final class Http {

    private final ObjectMapper mapper;

    Http(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> T call(Call<T> call) {
        retrofit2.Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw new PilarApiException(e);
        }
        if (response.isSuccessful()) {
            return response.body();
        }
        try (ResponseBody errorBody = response.errorBody()) {
            throw failure(response.raw(), errorBody);
        }
    }

    /** The first page of a list; later pages are fetched with the same parameters and the cursor. */
    <T> Page<T> page(Map<String, String> parameters, Function<Map<String, String>, Call<PageBody<T>>> request) {
        return page(parameters, null, request);
    }

    /** Every item of a short list (reference data), following cursors. */
    <T> List<T> all(Function<Map<String, String>, Call<PageBody<T>>> request) {
        return List.copyOf(page(Map.of(), request).stream().collect(Collectors.toList()));
    }

    private <T> Page<T> page(Map<String, String> parameters, String cursor,
            Function<Map<String, String>, Call<PageBody<T>>> request) {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        if (cursor != null) {
            query.put("cursor", cursor);
        }
        PageBody<T> body = call(request.apply(query));
        return new Page<>(body.items(), body.nextCursor(), next -> page(parameters, next, request));
    }

    String text(Call<ResponseBody> call) {
        try (ResponseBody body = call(call)) {
            return body.string();
        } catch (IOException e) {
            throw new PilarApiException(e);
        }
    }

    byte[] bytes(Call<ResponseBody> call) {
        try (ResponseBody body = call(call)) {
            return body.bytes();
        } catch (IOException e) {
            throw new PilarApiException(e);
        }
    }

    /** The exception for an unsuccessful answer; its body is read here and must be closed by the caller. */
    PilarApiException failure(Response response, ResponseBody body) {
        return new PilarApiException(problem(response, body), retryAfter(response));
    }

    private Problem problem(Response response, ResponseBody body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            if (bytes.length > 0) {
                Problem parsed = mapper.readValue(bytes, Problem.class);
                // The HTTP status is the truth even if a proxy or a bug left the body's status out.
                return new Problem(parsed.type(), parsed.title(), response.code(), parsed.detail(), parsed.instance(),
                        parsed.requestId(), parsed.errors(), parsed.extensions());
            }
        } catch (IOException notAProblemBody) {
            // e.g. an HTML error page of a proxy: fall through to a problem made from the status line
        }
        String title = response.message().isEmpty() ? "HTTP " + response.code() : response.message();
        return new Problem("about:blank", title, response.code(), null, response.request().url().encodedPath(),
                null, null, null);
    }

    /** Retry-After in seconds or as an HTTP date. */
    static Duration retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            Date date = response.headers().getDate("Retry-After");
            if (date == null) {
                return null;
            }
            Duration wait = Duration.between(Instant.now(), date.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    static String ifMatch(long version) {
        return "\"" + version + "\"";
    }
}
