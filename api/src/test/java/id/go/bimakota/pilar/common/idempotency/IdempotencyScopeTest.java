package id.go.bimakota.pilar.common.idempotency;

import static id.go.bimakota.pilar.common.idempotency.IdempotencyTest.THINGS;
import static id.go.bimakota.pilar.common.idempotency.IdempotencyTest.body;
import static id.go.bimakota.pilar.common.idempotency.IdempotencyTest.keyed;
import static id.go.bimakota.pilar.common.idempotency.IdempotencyTest.unique;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.go.bimakota.pilar.security.CurrentUser;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys are scoped per user. Until tests can log in, the caller is anonymous over HTTP and the user
 * the interceptor sees is switched by replacing the request-scoped {@link CurrentUser}.
 */
@QuarkusTest
class IdempotencyScopeTest {

    @Inject
    DataSource dataSource;
    IdempotencyRows rows;
    final SwitchableUser user = new SwitchableUser();

    @BeforeEach
    void setUp() {
        rows = new IdempotencyRows(dataSource);
        QuarkusMock.installMockForType(user, CurrentUser.class);
    }

    /** A CurrentUser whose identity the test sets; null is an anonymous caller. */
    static final class SwitchableUser extends CurrentUser {
        volatile String username;

        SwitchableUser() {
            super(null, null);
        }

        @Override
        public boolean isAuthenticated() {
            return username != null;
        }

        @Override
        public String username() {
            return username;
        }
    }

    @Test
    void twoUsersMayUseTheSameKeyAndCaseOfTheUsernameDoesNotMatter() {
        String name = unique("scoped");
        String key = unique("key");
        user.username = "Alice";
        Response alice = keyed(key).body(body(name)).post(THINGS);
        alice.then().statusCode(201).header(Idempotent.REPLAYED_HEADER, nullValue());
        user.username = "bob";
        keyed(key).body(body(name)).post(THINGS).then().statusCode(201).header(Idempotent.REPLAYED_HEADER, nullValue());
        assertEquals(2, IdempotentThingsResource.calls(name));

        user.username = "ALICE";
        Response replay = keyed(key).body(body(name)).post(THINGS);
        replay.then().statusCode(201).header(Idempotent.REPLAYED_HEADER, "true");
        assertEquals(alice.asString(), replay.asString());
        assertEquals(2, IdempotentThingsResource.calls(name));

        assertNotNull(rows.find("user:alice", key));
        assertNotNull(rows.find("user:bob", key));
    }

    @Test
    void anonymousCallersShareOneScopeApartFromEveryUser() {
        String name = unique("anonymous");
        String key = unique("key");
        user.username = "anonymous"; // a user with that name must not meet anonymous callers' keys
        keyed(key).body(body(name)).post(THINGS).then().statusCode(201);
        user.username = null;
        keyed(key).body(body(name)).post(THINGS).then().statusCode(201).header(Idempotent.REPLAYED_HEADER, nullValue());
        keyed(key).body(body(name)).post(THINGS).then().statusCode(201).header(Idempotent.REPLAYED_HEADER, "true");
        assertEquals(2, IdempotentThingsResource.calls(name));
        assertNotNull(rows.find(IdempotencyInterceptor.ANONYMOUS_SCOPE, key));
        assertNotNull(rows.find("user:anonymous", key));
    }
}
