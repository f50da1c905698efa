package id.go.bimakota.pilar.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.thirdparty.ApiClient;
import id.go.bimakota.pilar.thirdparty.ApiException;
import id.go.bimakota.pilar.thirdparty.api.AutentikasiApi;
import id.go.bimakota.pilar.thirdparty.api.PemberitahuanKunjunganApi;
import id.go.bimakota.pilar.thirdparty.api.PenggunaApi;
import id.go.bimakota.pilar.thirdparty.api.PilarApi;
import id.go.bimakota.pilar.thirdparty.model.NewNotice;
import id.go.bimakota.pilar.thirdparty.model.NewPillar;
import id.go.bimakota.pilar.thirdparty.model.NewPillarAccount;
import id.go.bimakota.pilar.thirdparty.model.NewUser;
import id.go.bimakota.pilar.thirdparty.model.NoticeAcknowledgement;
import id.go.bimakota.pilar.thirdparty.model.NoticeView;
import id.go.bimakota.pilar.thirdparty.model.Pillar;
import id.go.bimakota.pilar.thirdparty.model.PillarType;
import id.go.bimakota.pilar.thirdparty.model.Purpose;
import id.go.bimakota.pilar.thirdparty.model.Role;
import id.go.bimakota.pilar.thirdparty.model.Status;
import id.go.bimakota.pilar.thirdparty.model.TokenRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * An integrator with nothing but openapi.yaml: the Java client that openapi-generator makes from it at
 * build time (test scope, target/generated-test-sources) runs the whole notice flow against the service.
 * Every call here goes through that generated client; nothing of our own code is on the request path.
 */
@QuarkusTest
class ThirdPartyClientTest {

    private static final String KOLO = "52.72.03.1004";
    private static final String PASSWORD = "kunjungan-kolo-2026";

    @TestHTTPResource("/")
    URI service;

    @Test
    void noticeFlowWithTheGeneratedClient() throws ApiException {
        ApiClient admin = loggedIn("admin", Accounts.ADMIN_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        Pillar psm = new PilarApi(admin).createPillar(new NewPillar().fullName("Nurhayati " + suffix)
                .type(PillarType.PSM).phone("+62812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)))
                .kelurahanCodes(List.of(KOLO))
                .account(new NewPillarAccount().username("psm.kolo." + suffix).password(PASSWORD)),
                UUID.randomUUID().toString());
        new PenggunaApi(admin).createUser(new NewUser().username("lurah.kolo." + suffix)
                .displayName("Kasi Kesos Kelurahan Kolo").role(Role.KELURAHAN).kelurahanCode(KOLO).password(PASSWORD));

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS);
        NoticeView filed = new PemberitahuanKunjunganApi(loggedIn("psm.kolo." + suffix, PASSWORD)).createNotice(
                new NewNotice().kelurahanCode(KOLO).rw(2).rt(3).location("Rumah Ketua RT 003, Jl. Gajah Mada")
                        .plannedStart(start).plannedEnd(start.plusHours(3)).purpose(Purpose.HOME_VISIT)
                        .description("Asesmen lansia telantar di RT 003."),
                UUID.randomUUID().toString());
        assertEquals(Status.SUBMITTED, filed.getStatus());
        assertEquals(psm.getId(), filed.getLeadPillarId());
        assertTrue(filed.getNumber().matches("KL-\\d{4}-\\d{6}"), filed.getNumber());

        PemberitahuanKunjunganApi kelurahan = new PemberitahuanKunjunganApi(loggedIn("lurah.kolo." + suffix, PASSWORD));
        NoticeView acknowledged = kelurahan.acknowledgeNotice(filed.getId(),
                new NoticeAcknowledgement().acknowledgedBy("H. Abdul Rahman, Lurah Kolo").note("Ketua RT 003 akan mendampingi."),
                UUID.randomUUID().toString());
        assertEquals(Status.ACKNOWLEDGED, acknowledged.getStatus());

        NoticeView read = kelurahan.getNotice(filed.getId());
        assertEquals(Status.ACKNOWLEDGED, read.getStatus());
        assertEquals(KOLO, read.getKelurahanCode());
        assertEquals(start.toInstant(), read.getPlannedStart().toInstant());
        assertNotNull(read.getAcknowledgement());
        assertEquals("H. Abdul Rahman, Lurah Kolo", read.getAcknowledgement().getAcknowledgedBy());
        assertTrue(read.getVersion() > filed.getVersion(), "acknowledging makes a new version");
    }

    @Test
    void errorsArriveAsProblemDetails() throws ApiException {
        ApiClient admin = loggedIn("admin", Accounts.ADMIN_PASSWORD);
        ApiException missing = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new PemberitahuanKunjunganApi(admin).getNotice(UUID.randomUUID()));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseHeaders().firstValue("Content-Type").orElseThrow()
                .startsWith("application/problem+json"));
        assertTrue(missing.getResponseBody().contains("\"/problems/not-found\""), missing.getResponseBody());
    }

    /** A client of the generated kind, logged in through the generated login operation. */
    private ApiClient loggedIn(String username, String password) throws ApiException {
        String token = new AutentikasiApi(client()).login(new TokenRequest().username(username).password(password))
                .getAccessToken();
        return client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    private ApiClient client() {
        return new ApiClient().setScheme(service.getScheme()).setHost(service.getHost()).setPort(service.getPort())
                .setBasePath("");
    }
}
