package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.common.web.Versioned;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.person.NotifyBy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the kelurahan contacts. */
public final class ContactDtos {

    static final String NEIGHBOURHOOD = "KETUA_RT needs rw and rt, KETUA_RW needs rw (and no rt); LURAH, "
            + "SEKRETARIS_LURAH and KASI_KESOS have neither; OTHER may have either. rw and rt accept 2 or \"002\"; "
            + "rtRw accepts \"1/2\", \"001/002\" or \"RT 1 RW 2\" (RT first) instead of the two. One active Ketua RT "
            + "per (kelurahan, RW, RT) and one active Ketua RW per (kelurahan, RW): a second is 409.";
    private static final String PHONE = "Accepts 08..., +62... or 62..., with spaces and dashes; stored as E.164";
    static final String NOTIFY_BY = "How the contact is told about visits: WHATSAPP (to the phone) and/or EMAIL. "
            + "Not given: WhatsApp. [] opts out of every message.";

    private ContactDtos() {
    }

    @Schema(name = "NewKelurahanContact", description = "A contact of the kelurahan. " + NEIGHBOURHOOD)
    public record NewContact(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Syamsuddin") String name,
            @NotNull @Schema(required = true, examples = "KETUA_RT") ContactPosition position,
            @Size(max = 3) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    pattern = RtRw.NUMBER_PATTERN, maxLength = 3, examples = "002") String rw,
            @Size(max = 3) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    pattern = RtRw.NUMBER_PATTERN, maxLength = 3, examples = "001") String rt,
            @Size(max = 20) @Schema(maxLength = 20, description = "RT/RW together, RT first", examples = "001/002")
            String rtRw,
            @NotBlank @Size(max = 32) @Schema(required = true, maxLength = 32, description = PHONE,
                    pattern = Phones.INPUT_PATTERN, examples = "0813-3954-2210") String phone,
            @Email @Size(max = 254) @Schema(maxLength = 254, examples = "kasikesos.kolo@example.id") String email,
            @Size(max = 2) @Schema(description = NOTIFY_BY, examples = "[\"WHATSAPP\", \"EMAIL\"]") List<NotifyBy> notifyBy,
            @Schema(defaultValue = "true") Boolean active) {
    }

    @Schema(name = "KelurahanContactPatch", description = "Only the fields present change; \"\" clears rw or rt. "
            + NEIGHBOURHOOD)
    public record ContactPatch(
            @Size(min = 1, max = 200) @Schema(maxLength = 200, examples = "Syamsuddin, S.H.") String name,
            ContactPosition position,
            @Size(max = 3) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    maxLength = 3, examples = "002") String rw,
            @Size(max = 3) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    maxLength = 3, examples = "001") String rt,
            @Size(max = 20) @Schema(maxLength = 20, examples = "001/002") String rtRw,
            @Size(min = 1, max = 32) @Schema(maxLength = 32, description = PHONE, examples = "+62 813 3954 2210")
            String phone,
            @Email @Size(max = 254) @Schema(maxLength = 254, description = "\"\" removes it", examples = "kasikesos.kolo@example.id")
            String email,
            @Size(max = 2) @Schema(description = NOTIFY_BY, examples = "[\"EMAIL\"]") List<NotifyBy> notifyBy,
            @Schema(description = "false when they no longer hold the position") Boolean active) {
    }

    @Schema(name = "KelurahanContact")
    public record ContactView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "52.72.03.1004", pattern = AreaCodes.KELURAHAN_PATTERN)
            String kelurahanCode,
            @Schema(required = true, examples = "Syamsuddin") String name,
            @Schema(required = true, examples = "KETUA_RT") ContactPosition position,
            @Schema(description = "Zero-padded", examples = "002") String rw,
            @Schema(description = "Zero-padded", examples = "001") String rt,
            @Schema(description = "RT/RW as printed on a KTP, when both are set", examples = "001/002") String rtRw,
            @Schema(required = true, pattern = Phones.E164_PATTERN, examples = "+6281339542210") String phone,
            @Schema(examples = "kasikesos.kolo@example.id") String email,
            @Schema(required = true, description = "The channels in effect (the default when never chosen)",
                    examples = "[\"WHATSAPP\"]") List<NotifyBy> notifyBy,
            @Schema(required = true) boolean active,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") int version) implements Versioned {

        static ContactView of(KelurahanContact c) {
            return new ContactView(c.id, c.kelurahanCode, c.name, c.position, RtRw.pad(c.rw), RtRw.pad(c.rt),
                    new RtRw(c.rt, c.rw).display(), c.phone, c.email,
                    NotifyBy.effective(c.notifyBy, c.phone, c.email), c.active, c.createdAt, c.updatedAt, c.version);
        }
    }
}
