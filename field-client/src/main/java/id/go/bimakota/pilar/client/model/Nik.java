package id.go.bimakota.pilar.client.model;

import java.util.Arrays;

/** Keeps full NIKs out of logs: {@code toString()} of every model that holds one masks it. */
final class Nik {

    private Nik() {
    }

    /** {@code 5272014501900001} becomes {@code 5272**********01}, like the service masks it. */
    static String mask(String nik) {
        if (nik == null || nik.length() < 6) {
            return nik == null ? null : "****";
        }
        char[] stars = new char[nik.length() - 6];
        Arrays.fill(stars, '*');
        return nik.substring(0, 4) + new String(stars) + nik.substring(nik.length() - 2);
    }
}
