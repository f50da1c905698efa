package id.go.bimakota.pilar.letter;

import static io.restassured.RestAssured.given;

import id.go.bimakota.pilar.letter.LetterViews.CaseLine;
import id.go.bimakota.pilar.letter.LetterViews.Letter;
import id.go.bimakota.pilar.letter.LetterViews.TeamLine;
import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The time to render one letter, median and p95 over 200 (docs/PERFORMANCE.md): the renderer alone
 * (template, QR code, openhtmltopdf with the embedded font), and a whole GET of the letter through HTTP
 * (access check, database, render). Not part of the suite; run it by hand:
 * {@code ./mvnw -B -o -pl api -am test -Dtest=LetterRenderBenchmark -Dpilar.bench.letters=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "pilar.bench.letters", matches = "true")
class LetterRenderBenchmark {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    @Inject
    LetterRenderer renderer;

    @Test
    void renderOneLetter() {
        Letter letter = new Letter(UUID.randomUUID(), "KL-2026-000045", "400.9/045/DINSOS/XII/2026", "Bima, 4 Desember 2026", 0,
                "Kolo", "Asakota", "Senin, 7 Desember 2026, 09.00–11.00 WITA", "003/002", "Rumah Ketua RT 003",
                Purposes.words(id.go.bimakota.pilar.notice.NoticeEnums.Purpose.ASSESSMENT),
                List.of(new TeamLine("Nurhasanah", "Pendamping Sosial", "+6281237604411", true),
                        new TeamLine("Arifin M. Saleh", "Tenaga Kesejahteraan Sosial Kecamatan", "+6285338120077", false)),
                "+6281237604411", "Mohon didampingi Ketua RT 003", List.of(new CaseLine("Lanjut Usia Telantar", 2)), 2,
                "https://pilar.bimakota.go.id/api/v1/notices/x/acknowledge",
                "https://pilar.bimakota.go.id/api/v1/notices/x/request-reschedule",
                "https://pilar.bimakota.go.id/v/abcdefghijklmnopqrst", List.of("Camat Asakota", "Arsip"), null);
        long[] render = time(() -> renderer.pdf(letter));
        report("renderer only (template + QR + PDF)", render, renderer.pdf(letter).length);

        Member lead = Pillars.psm("52.72.03.1004");
        String id = LetterTest.file(lead.token(), LetterTest.notice(LocalDate.now(LetterTest.WITA).plusDays(2), 9, 11));
        long[] http = time(() -> given().auth().oauth2(lead.token()).accept("application/pdf")
                .get("/api/v1/notices/" + id + "/letter").then().statusCode(200).extract().asByteArray());
        report("GET /api/v1/notices/{id}/letter (HTTP, access, database, render)", http, 0);
        String etag = given().auth().oauth2(lead.token()).get("/api/v1/notices/" + id + "/letter").header("ETag");
        long[] notModified = time(() -> given().auth().oauth2(lead.token()).header("If-None-Match", etag)
                .get("/api/v1/notices/" + id + "/letter").then().statusCode(304));
        report("the same GET with If-None-Match (304)", notModified, 0);
        Accounts.adminToken();
    }

    private static long[] time(Runnable run) {
        for (int i = 0; i < WARMUP; i++) {
            run.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted, int bytes) {
        System.out.printf("LETTER-BENCH %s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms over %d%s%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length, bytes > 0 ? ", " + bytes / 1024 + " KiB" : "");
    }
}
