package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;
import java.util.List;

/** A pillar to register; {@code account} optionally creates its PILLAR login in the same request. */
public record NewPillar(
        String fullName,
        PillarType type,
        String nik,
        Gender gender,
        String phone,
        String email,
        String memberNumber,
        String originRegion,
        LocalDate joinedOn,
        List<String> kelurahanCodes,
        String kecamatanCode,
        Account account) {

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "NewPillar[fullName=" + fullName + ", type=" + type + ", nik=" + Nik.mask(nik) + ", account="
                + account + "]";
    }

    /** The login to create for the pillar. */
    public record Account(String username, String password) {

        @Override
        public String toString() {
            return "Account[username=" + username + ", password=████]";
        }
    }

    public static final class Builder {
        private String fullName;
        private PillarType type;
        private String nik;
        private Gender gender;
        private String phone;
        private String email;
        private String memberNumber;
        private String originRegion;
        private LocalDate joinedOn;
        private List<String> kelurahanCodes;
        private String kecamatanCode;
        private Account account;

        private Builder() {
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder type(PillarType type) {
            this.type = type;
            return this;
        }

        public Builder nik(String nik) {
            this.nik = nik;
            return this;
        }

        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        /** {@code 08…}, {@code +62…} or {@code 62…}; the service stores E.164. */
        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder memberNumber(String memberNumber) {
            this.memberNumber = memberNumber;
            return this;
        }

        /** Where a transferred pillar comes from, e.g. "Kabupaten Dompu". */
        public Builder originRegion(String originRegion) {
            this.originRegion = originRegion;
            return this;
        }

        public Builder joinedOn(LocalDate joinedOn) {
            this.joinedOn = joinedOn;
            return this;
        }

        public Builder kelurahanCodes(List<String> kelurahanCodes) {
            this.kelurahanCodes = List.copyOf(kelurahanCodes);
            return this;
        }

        public Builder kecamatanCode(String kecamatanCode) {
            this.kecamatanCode = kecamatanCode;
            return this;
        }

        public Builder account(String username, String password) {
            this.account = new Account(username, password);
            return this;
        }

        public NewPillar build() {
            return new NewPillar(fullName, type, nik, gender, phone, email, memberNumber, originRegion, joinedOn,
                    kelurahanCodes, kecamatanCode, account);
        }
    }
}
