package id.go.bimakota.pilar.client.model;

/**
 * A contact to add to a kelurahan. {@code KETUA_RT} needs rw and rt, {@code KETUA_RW} needs rw (and
 * no rt); {@code LURAH}, {@code SEKRETARIS_LURAH} and {@code KASI_KESOS} have neither; {@code OTHER}
 * may have either. {@code rw}/{@code rt} accept {@code "2"} or {@code "002"}; {@code rtRw} accepts
 * {@code "1/2"}, {@code "001/002"} or {@code "RT 1 RW 2"} (RT first) instead of the two.
 */
public record NewContact(
        String name,
        ContactPosition position,
        String rw,
        String rt,
        String rtRw,
        String phone,
        Boolean active) {

    @Override
    public String toString() {
        return "NewContact[name=" + name + ", position=" + position + ", rw=" + rw + ", rt=" + rt + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String name;
        private ContactPosition position;
        private String rw;
        private String rt;
        private String rtRw;
        private String phone;
        private Boolean active;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder position(ContactPosition position) {
            this.position = position;
            return this;
        }

        public Builder rw(int rw) {
            this.rw = Integer.toString(rw);
            return this;
        }

        public Builder rt(int rt) {
            this.rt = Integer.toString(rt);
            return this;
        }

        /** RT and RW together, RT first: {@code "001/002"} or {@code "RT 1 RW 2"}. */
        public Builder rtRw(String rtRw) {
            this.rtRw = rtRw;
            return this;
        }

        /** {@code 08…}, {@code +62…} or {@code 62…}; the service stores E.164. */
        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /** Default true. */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public NewContact build() {
            return new NewContact(name, position, rw, rt, rtRw, phone, active);
        }
    }
}
