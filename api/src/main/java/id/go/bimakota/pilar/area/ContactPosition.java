package id.go.bimakota.pilar.area;

/** Who a kelurahan contact is, in the order the contact list shows them. */
public enum ContactPosition {
    LURAH(Neighbourhood.NONE),
    SEKRETARIS_LURAH(Neighbourhood.NONE),
    KASI_KESOS(Neighbourhood.NONE),
    KETUA_RW(Neighbourhood.RW),
    KETUA_RT(Neighbourhood.RT),
    OTHER(Neighbourhood.OPTIONAL);

    /** Which of RW and RT a contact of this position carries. */
    public enum Neighbourhood {
        /** Kelurahan office staff: neither. */
        NONE,
        /** Head of an RW: the RW, no RT. */
        RW,
        /** Head of an RT: both. */
        RT,
        /** Anyone else (e.g. a posyandu cadre): either, both or none. */
        OPTIONAL
    }

    private final Neighbourhood neighbourhood;

    ContactPosition(Neighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public Neighbourhood neighbourhood() {
        return neighbourhood;
    }
}
