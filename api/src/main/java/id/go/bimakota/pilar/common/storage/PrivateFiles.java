package id.go.bimakota.pilar.common.storage;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files that only the service's own user may read (the database, signing keys, backups): directories
 * {@code 0700}, files {@code 0600}, on file systems with POSIX permissions (elsewhere a no-op). Java has
 * no umask, so files that a library creates (H2's) are restricted afterwards by {@link #secureTree};
 * inside a {@code 0700} directory nobody else can reach them meanwhile.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the directory (and missing parents) as {@code 0700}, and makes an existing one {@code 0700}. */
    public static Path directory(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (!posix(absolute.getFileSystem())) {
            return Files.createDirectories(absolute);
        }
        if (!Files.isDirectory(absolute)) {
            Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        Files.setPosixFilePermissions(absolute, DIRECTORY);
        return absolute;
    }

    /** Makes one file {@code 0600}. */
    public static void restrict(Path file) throws IOException {
        if (posix(file.getFileSystem())) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Writes a small file that is {@code 0600} before it holds anything. */
    public static void writeString(Path file, String content) throws IOException {
        if (posix(file.getFileSystem()) && !Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        restrict(file);
        Files.writeString(file, content);
    }

    /** The directory {@code 0700} and everything under it: directories {@code 0700}, files {@code 0600}. */
    public static void secureTree(Path root) throws IOException {
        directory(root);
        if (!posix(root.getFileSystem())) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue; // never change what a link points at
                }
                Set<PosixFilePermission> wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE;
                if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                    Files.setPosixFilePermissions(path, wanted);
                }
            }
        }
    }

    static boolean posix(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }
}
