package id.go.bimakota.pilar.common.problem;

import java.util.List;

/** A not-yet-localized message: a key of {@code i18n/messages} and its arguments. */
public record Message(String key, List<Object> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** A field and what is wrong with it, localized when the answer is written. */
    public record ForField(String field, Message message) {
    }
}
