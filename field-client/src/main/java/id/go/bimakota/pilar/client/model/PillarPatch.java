package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to a pillar. A PILLAR user may change only their own phone and email. {@code ""} clears an
 * optional text field. The status changes through {@code deactivate}/{@code reactivate}.
 */
public final class PillarPatch extends Patch {

    private PillarPatch(Map<String, Object> fields) {
        super(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder fullName(String fullName) {
            fields.put("fullName", fullName);
            return this;
        }

        /** Changing the type usually needs new kelurahanCodes or kecamatanCode in the same patch. */
        public Builder type(PillarType type) {
            fields.put("type", type);
            return this;
        }

        /** {@code ""} removes the NIK. */
        public Builder nik(String nik) {
            fields.put("nik", nik);
            return this;
        }

        public Builder gender(Gender gender) {
            fields.put("gender", gender);
            return this;
        }

        public Builder phone(String phone) {
            fields.put("phone", phone);
            return this;
        }

        /** {@code ""} removes the email. */
        public Builder email(String email) {
            fields.put("email", email);
            return this;
        }

        public Builder memberNumber(String memberNumber) {
            fields.put("memberNumber", memberNumber);
            return this;
        }

        public Builder originRegion(String originRegion) {
            fields.put("originRegion", originRegion);
            return this;
        }

        public Builder joinedOn(LocalDate joinedOn) {
            fields.put("joinedOn", joinedOn);
            return this;
        }

        public Builder kelurahanCodes(List<String> kelurahanCodes) {
            fields.put("kelurahanCodes", kelurahanCodes);
            return this;
        }

        public Builder kecamatanCode(String kecamatanCode) {
            fields.put("kecamatanCode", kecamatanCode);
            return this;
        }

        public PillarPatch build() {
            return new PillarPatch(fields);
        }
    }
}
