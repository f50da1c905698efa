package id.go.bimakota.pilar.area;

import java.util.regex.Pattern;

/** Shapes of Kemendagri area codes: {@code 52.72.03} (kecamatan), {@code 52.72.03.1004} (kelurahan). */
public final class AreaCodes {

    public static final String KECAMATAN_PATTERN = "^\\d{2}\\.\\d{2}\\.\\d{2}$";
    public static final String KELURAHAN_PATTERN = "^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$";
    private static final Pattern KECAMATAN = Pattern.compile(KECAMATAN_PATTERN);
    private static final Pattern KELURAHAN = Pattern.compile(KELURAHAN_PATTERN);

    private AreaCodes() {
    }

    public static boolean isKecamatanShape(String code) {
        return code != null && KECAMATAN.matcher(code).matches();
    }

    public static boolean isKelurahanShape(String code) {
        return code != null && KELURAHAN.matcher(code).matches();
    }
}
