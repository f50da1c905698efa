package id.go.bimakota.pilar.common.storage;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Applies one field of a PATCH: only a value that is sent and differs changes, and its name is recorded. */
public final class Changes {

    private Changes() {
    }

    public static <T> void set(List<String> changed, String field, T current, T patched, Consumer<T> setter) {
        if (patched != null && !Objects.equals(current, patched)) {
            setter.accept(patched);
            changed.add(field);
        }
    }
}
