package id.go.bimakota.pilar.account;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks the RSA signature of an access token once, not on every request: on this machine the check
 * was a fifth of the CPU of a list request (docs/PERFORMANCE.md). A token is remembered only until it
 * expires; whether its user may still use it is decided on every request by
 * {@link TokenValidityAugmentor}, so deactivation and password changes still take effect at once.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    /** About the active tokens of a whole Dinas many times over; when full, it starts again. */
    static final int CAPACITY = 10_000;

    private final JWTParser verifier;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    private final Clock clock;

    VerifiedTokens(@Delegate JWTParser verifier, Clock clock) {
        this.clock = clock;
        this.verifier = verifier;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (clock.instant().getEpochSecond() < known.getExpirationTime()) {
                return known;
            }
            verified.remove(token); // at its expiry the verifier decides again, with its clock-skew allowance
        }
        JsonWebToken checked = verifier.parse(token);
        if (verified.size() >= CAPACITY) {
            verified.clear(); // costs one signature check per active token, and bounds the memory
        }
        verified.put(token, checked);
        return checked;
    }
}
