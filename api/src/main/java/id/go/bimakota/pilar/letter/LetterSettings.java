package id.go.bimakota.pilar.letter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * What a letter says about the Dinas: its letterhead, the signer, the number pattern and the public
 * address of the verification page. Every value has a Kota Bima default (application.properties maps
 * the {@code PILAR_LETTERHEAD_*} and {@code PILAR_LETTER_*} environment variables onto these).
 */
@ConfigMapping(prefix = "pilar.letter")
public interface LetterSettings {

    /** Base of the verification link in the QR code, e.g. {@code https://pilar.bimakota.go.id}. */
    String publicUrl();

    /**
     * The letter number: {@code {seq}} or {@code {seq:3}} (zero-padded), {@code {month}},
     * {@code {month:2}}, {@code {month:roman}} and {@code {year}} of the issue date (WITA).
     */
    @WithDefault("400.9/{seq:3}/DINSOS/{month:roman}/{year}")
    String numberPattern();

    /** The place before the date ("Bima, 4 Desember 2026"). */
    String place();

    Letterhead letterhead();

    Signer signer();

    /** Verification page requests per client address and minute. */
    int verifyRequestsPerMinute();

    interface Letterhead {
        String government();

        String office();

        String address();

        Optional<String> phone();

        Optional<String> email();

        Optional<String> website();

        /** A PNG or JPEG file shown left of the letterhead; none by default. */
        Optional<String> logo();
    }

    /** The official who signs by hand; the letter never claims an electronic signature. */
    interface Signer {
        String position();

        Optional<String> name();

        Optional<String> rank();

        Optional<String> nip();
    }
}
