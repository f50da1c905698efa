package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.storage.VersionedEntity;
import id.go.bimakota.pilar.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A login: Dinas staff, a pillar member or a kelurahan officer. Never hard-deleted. */
@Entity
@Table(name = "app_user")
public class User extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String username;

    @Column(name = "username_key", nullable = false)
    public String usernameKey;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "pillar_id")
    public UUID pillarId;

    @Column(name = "kelurahan_code")
    public String kelurahanCode;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public boolean active;

    /** Where the user is told about visits (issue 20); set by the user through PATCH /api/v1/me. */
    public String phone;

    public String email;

    /** Comma-separated {@code WHATSAPP}/{@code EMAIL}; null = the default, "" = opted out (person/NotifyBy). */
    @Column(name = "notify_by")
    public String notifyBy;

    @Column(name = "auth_version", nullable = false)
    public int authVersion;

    /** NFKC-normalised and lower-cased: "ａｄｍｉｎ" and "Admin" are "admin". */
    public static String keyOf(String username) {
        return Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public static Optional<User> findByUsername(String username) {
        return find("usernameKey", keyOf(username)).firstResultOptional();
    }

    /** Ends every session of this user: refresh tokens are revoked elsewhere, access tokens here. */
    public void invalidateTokens() {
        authVersion++;
    }
}
