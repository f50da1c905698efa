package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.common.web.ClientAddresses;
import id.go.bimakota.pilar.letter.LetterViews.Verification;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public page behind a letter's QR code: anyone holding the letter can see that it is genuine and
 * what became of the visit, without logging in. It shows the letter, the kelurahan, the time, the
 * purpose, the status and the Dinas's signer; never a name or phone of a pillar or a resident.
 *
 * <p>Like every public page it runs no script and loads nothing from elsewhere: the one inline style
 * is allowed by its hash in a strict Content-Security-Policy. It is a page, not part of the JSON API,
 * so it is left out of the OpenAPI document.
 */
@Path("/v")
@PermitAll
public class VerifyResource {

    static final String STYLE = LetterRenderer.resource("verify/verify.css").strip();
    static final String CSP = "default-src 'none'; style-src 'sha256-" + sha256(STYLE) + "'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @CheckedTemplate(basePath = "verify")
    static class Templates {
        static native TemplateInstance page(String style, Verification v, String title, String message);
    }

    private final LetterService letters;
    private final VerifyRateLimit limit;
    private final ClientAddresses addresses;

    public VerifyResource(LetterService letters, VerifyRateLimit limit, ClientAddresses addresses) {
        this.letters = letters;
        this.limit = limit;
        this.addresses = addresses;
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@PathParam("code") String code, @Context HttpServerRequest request) {
        String address = java.util.Objects.requireNonNullElse(addresses.of(request), "unknown");
        OptionalLong retryAfter = limit.check(address);
        if (retryAfter.isPresent()) {
            return page(429, Templates.page(STYLE, null, "Terlalu banyak permintaan",
                    "Terlalu banyak pemeriksaan dari alamat Anda. Silakan coba lagi dalam satu menit."))
                    .header("Retry-After", retryAfter.getAsLong()).build();
        }
        Optional<Verification> verification = letters.verification(code);
        if (verification.isEmpty()) {
            return page(404, Templates.page(STYLE, null, "Surat tidak ditemukan",
                    "Kode ini tidak dikenal. Surat dengan kode QR ini tidak diterbitkan oleh Dinas Sosial Kota Bima "
                            + "melalui Pilar Bima, atau alamatnya tidak lengkap. Periksa kembali alamat pada surat.")).build();
        }
        return page(200, Templates.page(STYLE, verification.get(), "Surat asli", null)).build();
    }

    private static Response.ResponseBuilder page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(page.render())
                .header("Content-Security-Policy", CSP).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").header("Content-Language", "id");
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
