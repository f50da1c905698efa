package id.go.bimakota.pilar.security;

/** The three kinds of users. The names are also the JWT groups and the {@code @RolesAllowed} values. */
public enum Role {
    /** Dinas staff: everything. */
    ADMIN,
    /** A pillar member, linked to one pillar record. */
    PILLAR,
    /** A kelurahan officer, linked to one kelurahan. */
    KELURAHAN;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String PILLAR = "PILLAR";
        public static final String KELURAHAN = "KELURAHAN";

        private Names() {
        }
    }
}
