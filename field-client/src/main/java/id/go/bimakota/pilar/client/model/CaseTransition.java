package id.go.bimakota.pilar.client.model;

/** A workflow action on a case, e.g. {@code CaseTransition.of(CaseAction.VERIFY, "Sudah dikunjungi")}. */
public record CaseTransition(CaseAction action, String note, String referredTo) {

    public static CaseTransition of(CaseAction action, String note) {
        return new CaseTransition(action, note, null);
    }

    /** Refers the case to another agency, e.g. a hospital or the Dinas Sosial Provinsi. */
    public static CaseTransition refer(String referredTo, String note) {
        return new CaseTransition(CaseAction.REFER, note, referredTo);
    }
}
