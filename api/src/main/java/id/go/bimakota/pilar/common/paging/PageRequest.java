package id.go.bimakota.pilar.common.paging;

import id.go.bimakota.pilar.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?limit=&cursor=} of every list. A limit above the maximum is a 400, never a silent clamp,
 * so a client never believes it got everything when it did not.
 */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @Parameter(description = "Items per page (1-200)", schema = @Schema(minimum = "1", maximum = "200",
            defaultValue = "50"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from the previous page's nextCursor", schema = @Schema(maxLength = 512))
    String cursor;

    public PageRequest() {
    }

    public static PageRequest of(int limit, String cursor) {
        PageRequest request = new PageRequest();
        request.limit = Integer.toString(limit);
        request.cursor = cursor;
        return request;
    }

    public int limit() {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below like any other out-of-range value
        }
        throw ProblemException.invalidField("limit", "value.range", 1, MAX_LIMIT);
    }

    /** The key after which the page starts, or null for the first page. */
    public String[] after(int keyParts) {
        return cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, keyParts);
    }
}
