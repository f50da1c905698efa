package id.go.bimakota.pilar.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list, and the way to the next. Iterating a page yields its items and then those of
 * the following pages, fetching each only when reached; {@link #items()} is this page alone.
 */
public final class Page<T> implements Iterable<T> {

    private final List<T> items;
    private final String nextCursor;
    private final Function<String, Page<T>> fetch;

    Page(List<T> items, String nextCursor, Function<String, Page<T>> fetch) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.nextCursor = nextCursor;
        this.fetch = fetch;
    }

    public List<T> items() {
        return items;
    }

    /** The opaque cursor of the next page, or null on the last page. */
    public String nextCursor() {
        return nextCursor;
    }

    public boolean hasNextPage() {
        return nextCursor != null;
    }

    /** Fetches the next page. Throws {@link NoSuchElementException} on the last page. */
    public Page<T> nextPage() {
        if (!hasNextPage()) {
            throw new NoSuchElementException("last page");
        }
        return fetch.apply(nextCursor);
    }

    /** Every item from this page on; a failed fetch of a later page throws {@link PilarApiException}. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Page<T> page = Page.this;
            private Iterator<T> current = items.iterator();

            @Override
            public boolean hasNext() {
                // A page may come back empty while still pointing to a next one.
                while (!current.hasNext() && page.hasNextPage()) {
                    page = page.nextPage();
                    current = page.items.iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Every item from this page on, as a lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items, nextCursor=" + nextCursor + "]";
    }
}
