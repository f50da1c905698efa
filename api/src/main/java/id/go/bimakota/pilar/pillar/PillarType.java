package id.go.bimakota.pilar.pillar;

/**
 * The kinds of social workers the Dinas coordinates, and the area each kind covers. The codes
 * match the {@code pillar_type} reference table and never change.
 */
public enum PillarType {
    PSM(Coverage.KELURAHAN),
    TKSK(Coverage.KECAMATAN),
    PORDAM(Coverage.CITY),
    TAGANA(Coverage.CITY),
    FASILITATOR(Coverage.KELURAHAN),
    PENDAMPING_SOSIAL(Coverage.KELURAHAN);

    /** How a pillar of this type is assigned to the map. */
    public enum Coverage {
        /** One or more kelurahan. */
        KELURAHAN,
        /** Exactly one kecamatan. */
        KECAMATAN,
        /** The whole city, optionally with a home kecamatan. */
        CITY
    }

    private final Coverage coverage;

    PillarType(Coverage coverage) {
        this.coverage = coverage;
    }

    public Coverage coverage() {
        return coverage;
    }
}
