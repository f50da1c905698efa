package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.web.Versioned;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.area.AreaCodes;
import id.go.bimakota.pilar.person.NotifyBy;
import id.go.bimakota.pilar.person.Phones;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the account endpoints. */
public final class AccountDtos {

    public static final String USERNAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$";

    private AccountDtos() {
    }

    private static String nfkc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @NotBlank @Size(max = 64) @Schema(required = true, examples = "psm.kolo") String username,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "rahasia-lapangan-2026") String password) {

        public TokenRequest {
            username = nfkc(username);
        }
    }

    @Schema(name = "RefreshRequest")
    public record RefreshRequest(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, description = "The refresh token from the last answer",
                    examples = "q7H2vXkP0c9RmB4tLw8sZf1YaN6eJdU3oGiK5xEhT2A")
            String refreshToken) {
    }

    @Schema(name = "UserSummary", description = "Who is logged in")
    public record UserSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "psm.kolo") String username,
            @Schema(required = true, examples = "Siti Aminah") String displayName,
            @Schema(required = true, examples = "PILLAR") Role role,
            @Schema(description = "The pillar of a PILLAR user") UUID pillarId,
            @Schema(description = "The kelurahan of a KELURAHAN user", examples = "52.72.03.1004",
                    pattern = AreaCodes.KELURAHAN_PATTERN) String kelurahanCode) {

        static UserSummary of(User user) {
            return new UserSummary(user.id, user.username, user.displayName, user.role, user.pillarId,
                    user.kelurahanCode);
        }
    }

    @Schema(name = "TokenResponse")
    public record TokenResponse(
            @Schema(required = true, description = "Signed JWT (RS256) for Authorization: Bearer",
                    examples = "eyJraWQiOiJwaWxhci1iaW1hIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYifQ.eyJ1cG4iOiJwc20ua29sbyJ9.c2lnbmF0dXJl")
            String accessToken,
            @Schema(required = true, examples = "Bearer") String tokenType,
            @Schema(required = true, description = "Seconds until the access token expires", examples = "3600")
            long expiresIn,
            @Schema(required = true, description = "Opaque, single use: each refresh returns a new one",
                    examples = "q7H2vXkP0c9RmB4tLw8sZf1YaN6eJdU3oGiK5xEhT2A") String refreshToken,
            @Schema(required = true) UserSummary user) {
    }

    @Schema(name = "PasswordChange")
    public record PasswordChange(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "kata-sandi-lama-2026") String currentPassword,
            @NotBlank @Size(min = 10, max = 200) @Schema(required = true, minLength = 10, examples = "kata-sandi-baru-2026")
            String newPassword) {
    }

    @Schema(name = "PasswordReset")
    public record PasswordReset(
            @NotBlank @Size(min = 10, max = 200) @Schema(required = true, minLength = 10, examples = "sementara-kolo-2026")
            String newPassword) {
    }

    @Schema(name = "NewUser")
    public record NewUser(
            @NotBlank @Pattern(regexp = USERNAME_PATTERN, message = "{pilar.username}")
            @Schema(required = true, examples = "lurah.kolo", pattern = USERNAME_PATTERN) String username,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Kasi Kesos Kelurahan Kolo")
            String displayName,
            @NotNull @Schema(required = true) Role role,
            @NotBlank @Size(min = 10, max = 200) @Schema(required = true, minLength = 10, examples = "sementara-kolo-2026")
            String password,
            @Schema(description = "Required for KELURAHAN", examples = "52.72.03.1004", pattern = AreaCodes.KELURAHAN_PATTERN)
            String kelurahanCode,
            @Schema(description = "Required for PILLAR: the pillar record this login belongs to") UUID pillarId) {

        /** Usernames are compared NFKC-normalised: a full-width "ａｄｍｉｎ" is "admin", and is refused as taken. */
        public NewUser {
            username = nfkc(username);
        }
    }

    @Schema(name = "UserPatch", description = "Only the fields present change")
    public record UserPatch(
            @Size(min = 1, max = 200) @Schema(examples = "Kasi Kesos Kelurahan Kolo") String displayName,
            Role role,
            @Schema(examples = "52.72.03.1004", pattern = AreaCodes.KELURAHAN_PATTERN) String kelurahanCode,
            UUID pillarId,
            Boolean active) {
    }

    @Schema(name = "MyContactPatch", description = "Where and how I am told about visits. Only the fields present "
            + "change; \"\" removes phone or email.")
    public record MePatch(
            @Size(max = 32) @Schema(maxLength = 32, description = "Accepts 08..., +62... or 62...; stored as E.164",
                    examples = "0812-3780-5521") String phone,
            @Email @Size(max = 254) @Schema(maxLength = 254, examples = "kasikesos.kolo@example.id") String email,
            @Size(max = 2) @Schema(description = "WHATSAPP (to the phone) and/or EMAIL; [] opts out of every message",
                    examples = "[\"WHATSAPP\", \"EMAIL\"]") List<NotifyBy> notifyBy) {
    }

    @Schema(name = "User")
    public record UserView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "lurah.kolo") String username,
            @Schema(required = true, examples = "Kasi Kesos Kelurahan Kolo") String displayName,
            @Schema(required = true) Role role,
            UUID pillarId,
            @Schema(examples = "52.72.03.1004", pattern = AreaCodes.KELURAHAN_PATTERN) String kelurahanCode,
            @Schema(required = true) boolean active,
            @Schema(pattern = Phones.E164_PATTERN, examples = "+6281237805521") String phone,
            @Schema(examples = "kasikesos.kolo@example.id") String email,
            @Schema(required = true, description = "The channels in effect (the default when never chosen)",
                    examples = "[\"WHATSAPP\"]") List<NotifyBy> notifyBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "1") int version) implements Versioned {

        static UserView of(User user) {
            return new UserView(user.id, user.username, user.displayName, user.role, user.pillarId,
                    user.kelurahanCode, user.active, user.phone, user.email,
                    NotifyBy.effective(user.notifyBy, user.phone, user.email), user.createdAt, user.updatedAt,
                    user.version);
        }
    }
}
