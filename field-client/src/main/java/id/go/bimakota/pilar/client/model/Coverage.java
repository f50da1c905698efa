package id.go.bimakota.pilar.client.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone to coordinate with before going into one kelurahan: the active pillars covering it (its
 * own, its kecamatan's TKSK and the city-wide Pordam and Tagana) by type, and its active contacts,
 * Lurah first. The service lists every type, possibly with no pillars.
 */
public record Coverage(Kelurahan kelurahan, Map<PillarType, List<Member>> pillars, List<Contact> contacts) {

    public Coverage {
        Map<PillarType, List<Member>> copy = new EnumMap<>(PillarType.class);
        if (pillars != null) {
            pillars.forEach((type, members) -> copy.put(type, members == null ? List.of() : List.copyOf(members)));
        }
        pillars = java.util.Collections.unmodifiableMap(copy);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** The active pillars of {@code type} covering the kelurahan; empty when there are none. */
    public List<Member> pillarsOf(PillarType type) {
        return pillars.getOrDefault(type, List.of());
    }

    /** A pillar as the coverage directory shows it: enough to call or message them. */
    public record Member(String id, String fullName, PillarType type, String phone) {
    }
}
