package id.go.bimakota.pilar.support;

import java.util.HashMap;
import java.util.Map;

/** Request bodies for PPKS cases, for tests. */
public final class Cases {

    private Cases() {
    }

    /** A complete, valid report of an elderly woman in the given kelurahan (RW 2, RT 3). */
    public static Map<String, Object> newCase(String kelurahan, String category, String nik) {
        Map<String, Object> subject = new HashMap<>(Map.of("fullName", "Siti Hajar", "gender", "P", "estimatedAge", 78));
        if (nik != null) {
            subject.put("nik", nik);
        }
        return new HashMap<>(Map.of("category", category, "subject", subject,
                "address", Map.of("kelurahanCode", kelurahan, "rw", 2, "rt", 3, "street", "Jl. Sultan Hasanuddin"),
                "description", "Lansia tinggal sendiri.", "urgency", "URGENT",
                "source", Map.of("kind", "PILLAR", "name", "PSM Kolo", "phone", "0812-3456-7890"),
                "consentRecorded", true));
    }

}
