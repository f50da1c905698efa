package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.storage.PrivateFiles;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The RS256 signing key. Production points {@code pilar.jwt.private-key} and
 * {@code mp.jwt.verify.publickey.location} at mounted PEM files; the embedded default generates a
 * pair on first start into the data directory and reuses it, so tokens survive restarts.
 */
@Startup
@ApplicationScoped
public class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    private final Path privateKeyFile;
    private final Path publicKeyFile;
    private final boolean generate;
    private PrivateKey privateKey;

    public JwtKeys(PilarConfig config) {
        this.privateKeyFile = config.jwt().privateKey();
        this.publicKeyFile = config.jwt().publicKey();
        this.generate = config.jwt().generateKeys();
    }

    @PostConstruct
    void load() {
        try {
            if (!Files.exists(privateKeyFile)) {
                if (!generate) {
                    throw new IllegalStateException("No JWT signing key at " + privateKeyFile
                            + ": set PILAR_JWT_PRIVATE_KEY and PILAR_JWT_PUBLIC_KEY to PEM files");
                }
                generatePair();
            }
            privateKey = readPrivateKey(Files.readString(privateKeyFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable JWT signing key " + privateKeyFile, e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    private void generatePair() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        writeAtomically(publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        writeAtomically(privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        LOG.infof("Generated a new JWT signing key pair in %s", privateKeyFile.getParent());
    }

    /** Two instances may start at once: write to a temp file and move, so nobody reads half a key. */
    private static void writeAtomically(Path file, String content) throws IOException {
        // 0700 and 0600 where the file system has POSIX permissions; on Windows the folder's ACL applies
        Path directory = PrivateFiles.directory(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(directory, "key", ".tmp");
        PrivateFiles.restrict(temp);
        Files.writeString(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static PrivateKey readPrivateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
