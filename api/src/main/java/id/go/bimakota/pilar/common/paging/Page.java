package id.go.bimakota.pilar.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paged list: the items and the opaque cursor of the next page, or null. */
public record Page<T>(List<T> items, String nextCursor) {

    /** A short list that always fits one page (reference data). */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * Cuts a page from rows fetched with {@code limit + 1}: the extra row only tells that more
     * exist, and the last returned item's key becomes the next cursor.
     */
    public static <E, T> Page<T> of(List<E> rows, PageRequest request, Function<E, String[]> keyOf,
            Function<E, T> toItem) {
        boolean more = rows.size() > request.limit();
        List<E> page = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? Cursor.encode(keyOf.apply(page.get(page.size() - 1))) : null;
        return new Page<>(page.stream().map(toItem).toList(), next);
    }
}
