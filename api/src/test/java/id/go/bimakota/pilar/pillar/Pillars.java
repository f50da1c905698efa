package id.go.bimakota.pilar.pillar;

import static id.go.bimakota.pilar.support.Accounts.asAdmin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builds pillar requests with unique phone numbers and NIKs, and registers them through the API. */
public final class Pillars {

    public static final String KOLO = "52.72.03.1004";
    /** Another kelurahan of Asakota, Kolo's kecamatan. */
    public static final String JATIWANGI = "52.72.03.1002";
    public static final String ASAKOTA = "52.72.03";
    /** A kelurahan of another kecamatan (Rasanae Barat). */
    public static final String PARUGA = "52.72.01.1001";
    public static final String RASANAE_BARAT = "52.72.01";

    private Pillars() {
    }

    /** A mobile number no other test uses, in the local 08… form. */
    public static String phone() {
        return "0812" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** {@code 0812-3456-7890} → {@code +6281234567890}. */
    public static String e164(String localPhone) {
        return "+62" + localPhone.replace("-", "").replace(" ", "").substring(1);
    }

    /** A valid NIK no other test uses: Kabupaten Dompu region, a real date, women's day + 40. */
    public static String nik() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int day = 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0);
        return String.format("5205%02d%02d%02d%02d%04d", 1 + random.nextInt(99), day, 1 + random.nextInt(12),
                random.nextInt(100), 1 + random.nextInt(9999));
    }

    /** A word no other pillar name contains, for name searches. */
    public static String token() {
        return "Uji" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public static Map<String, Object> psm(String name, String... kelurahan) {
        return pillar(name, "PSM", Map.of("kelurahanCodes", List.of(kelurahan)));
    }

    public static Map<String, Object> tksk(String name, String kecamatan) {
        return pillar(name, "TKSK", Map.of("kecamatanCode", kecamatan));
    }

    public static Map<String, Object> cityWide(String name, String type) {
        return pillar(name, type, Map.of());
    }

    public static Map<String, Object> pillar(String name, String type, Map<String, Object> assignment) {
        Map<String, Object> body = new HashMap<>(assignment);
        body.put("fullName", name);
        body.put("type", type);
        body.put("phone", phone());
        return body;
    }

    /** Registers the pillar as ADMIN and returns its id. */
    public static String create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getString("id");
    }
}
