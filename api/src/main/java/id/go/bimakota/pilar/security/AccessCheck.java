package id.go.bimakota.pilar.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Whether an access token may still be used now: its user active, its session not ended, its access
 * unchanged. Asked on every request and, for open live feeds, again while they stream.
 */
public interface AccessCheck {

    /** Blocking: may read the database. */
    boolean stillValid(JsonWebToken token);
}
