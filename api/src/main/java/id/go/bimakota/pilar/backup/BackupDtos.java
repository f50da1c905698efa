package id.go.bimakota.pilar.backup;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the backup endpoints. */
public final class BackupDtos {

    private BackupDtos() {
    }

    @Schema(name = "NewBackup", description = "What goes into the backup besides the database")
    public record NewBackup(
            @NotNull @Schema(required = true, description = "Also store the token signing key pair, so that a"
                    + " restored service accepts the tokens of this one (the file is then as secret as the key)",
                    examples = "false")
            Boolean includeSigningKeys) {
    }

    @Schema(name = "Backup", description = "A consistent copy of the embedded database, a zip file under"
            + " <data dir>/backups/ (not served over HTTP: copy it off the server; restore with bin/restore)")
    public record BackupView(
            @Schema(required = true, examples = "pilar-bima-20261128-021500-123.zip") String fileName,
            @Schema(required = true, examples = "1048576") long sizeBytes,
            @Schema(required = true, description = "SHA-256 of the file, hex",
                    examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) boolean includesSigningKeys) {
    }
}
