package id.go.bimakota.pilar.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Changes to a kelurahan contact; {@code active(false)} retires a contact without deleting it. */
public final class ContactPatch extends Patch {

    private ContactPatch(Map<String, Object> fields) {
        super(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder name(String name) {
            fields.put("name", name);
            return this;
        }

        public Builder position(ContactPosition position) {
            fields.put("position", position);
            return this;
        }

        public Builder rw(int rw) {
            fields.put("rw", Integer.toString(rw));
            return this;
        }

        public Builder rt(int rt) {
            fields.put("rt", Integer.toString(rt));
            return this;
        }

        /** Removes the RW (sent as {@code ""}), e.g. when a contact becomes Lurah. */
        public Builder clearRw() {
            fields.put("rw", "");
            return this;
        }

        /** Removes the RT (sent as {@code ""}), e.g. when a Ketua RT becomes Ketua RW. */
        public Builder clearRt() {
            fields.put("rt", "");
            return this;
        }

        /** RT and RW together, RT first: {@code "001/002"}. */
        public Builder rtRw(String rtRw) {
            fields.put("rtRw", rtRw);
            return this;
        }

        public Builder phone(String phone) {
            fields.put("phone", phone);
            return this;
        }

        public Builder active(boolean active) {
            fields.put("active", active);
            return this;
        }

        public ContactPatch build() {
            return new ContactPatch(fields);
        }
    }
}
