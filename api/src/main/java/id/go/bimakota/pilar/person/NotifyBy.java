package id.go.bimakota.pilar.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a person wants to be told about a visit. Stored as a comma-separated list: {@code null} means
 * the default (WhatsApp when there is a phone), {@code ""} that they opted out.
 */
public enum NotifyBy {
    WHATSAPP, EMAIL;

    /** The stored form of a chosen list; null (not chosen) stays null. */
    public static String store(List<NotifyBy> chosen) {
        if (chosen == null) {
            return null;
        }
        return String.join(",", chosen.stream().distinct().map(Enum::name).toList());
    }

    /** The list as stored, or null when the person never chose. */
    public static List<NotifyBy> read(String stored) {
        if (stored == null) {
            return null;
        }
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(NotifyBy::valueOf).toList();
    }

    /**
     * The channels a person is reached by: their choice, or by default WhatsApp when they have a
     * phone (and email when they have only an email address).
     */
    public static List<NotifyBy> effective(String stored, String phone, String email) {
        List<NotifyBy> chosen = read(stored);
        if (chosen != null) {
            return chosen;
        }
        List<NotifyBy> channels = new ArrayList<>();
        if (phone != null) {
            channels.add(WHATSAPP);
        } else if (email != null) {
            channels.add(EMAIL);
        }
        return channels;
    }
}
