package id.go.bimakota.pilar.client.model;

/** Keeps full NIKs out of logs: {@code toString()} of every model that holds one masks it. */
final class Nik {

    private Nik() {
    }

    /** {@code 5272014501900001} becomes {@code 5272**********01}, like the service masks it. */
    static String mask(String nik) {
        if (nik == null || nik.length() < 6) {
            return nik == null ? null : "****";
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 6) + nik.substring(nik.length() - 2);
    }
}
