package id.go.bimakota.pilar.client.model;

import java.util.List;

/**
 * Everyone to coordinate with before going into one kelurahan: the pillars covering it (its own,
 * its kecamatan's TKSK and the city-wide Pordam and Tagana), grouped by type, and its contacts.
 */
public record Coverage(Kelurahan kelurahan, List<Group> groups, List<Contact> contacts) {

    public Coverage {
        groups = groups == null ? List.of() : List.copyOf(groups);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** The active pillars of one type that cover the kelurahan. */
    public record Group(PillarType type, List<Member> pillars) {

        public Group {
            pillars = pillars == null ? List.of() : List.copyOf(pillars);
        }
    }

    /** A pillar as the coverage directory shows it: enough to call or message them. */
    public record Member(String id, String fullName, PillarType type, String phone) {
    }
}
