package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox directory: one JSON file per item, named {@code <seq>-<id>.json} so that names sort in
 * enqueue order. A file is only ever replaced whole (written to a temporary file, forced to disk,
 * then atomically renamed over the old one), so a crash leaves either the old or the new item, never
 * half of one.
 *
 * <p>Two locks guard it. {@code enqueue.lock} is held for the few milliseconds an item is added, so
 * sequence numbers stay unique across processes. {@code flush.lock} is held for a whole flush, so one
 * item is never sent by two flushes at once; enqueueing does not wait for a flush.
 */
final class OutboxStore {

    private static final Pattern ITEM_FILE = Pattern.compile("(\\d{12})-([0-9a-f-]{36})\\.json");

    private final Path directory;
    private final ObjectMapper mapper;
    private final DirectoryLock enqueueLock;
    private final DirectoryLock flushLock;

    OutboxStore(Path directory, ObjectMapper mapper) throws IOException {
        PrivateFiles.directory(directory);
        PrivateFiles.restrictFiles(directory);
        this.directory = directory.toRealPath();
        this.mapper = mapper;
        this.enqueueLock = new DirectoryLock(this.directory.resolve("enqueue.lock"));
        this.flushLock = new DirectoryLock(this.directory.resolve("flush.lock"));
    }

    /** Adds the item that {@code create} makes from the next sequence number; durable on return. */
    StoredItem append(LongFunction<StoredItem> create) throws IOException {
        return enqueueLock.call(() -> {
            long seq = 1;
            for (Path file : itemFiles()) {
                seq = Math.max(seq, sequenceOf(file) + 1);
            }
            StoredItem item = create.apply(seq);
            save(item);
            return item;
        });
    }

    /** Runs {@code action} as the only flush on this directory, across threads and processes. */
    <T> T whileFlushing(DirectoryLock.Action<T> action) throws IOException {
        return flushLock.call(action);
    }

    /** Runs {@code action} with no flush and no enqueue going on anywhere. */
    <T> T exclusively(DirectoryLock.Action<T> action) throws IOException {
        return flushLock.call(() -> enqueueLock.call(action));
    }

    /** Every item, in enqueue order. */
    List<StoredItem> load() throws IOException {
        List<StoredItem> items = new ArrayList<>();
        for (Path file : itemFiles()) {
            try {
                items.add(mapper.readValue(Files.readAllBytes(file), StoredItem.class));
            } catch (NoSuchFileException discardedMeanwhile) {
                // gone between listing and reading: nothing to load
            } catch (JsonProcessingException unreadable) {
                // Only a damaged disk or a hand edit gets here. Set the file aside for a person to
                // look at rather than let one bad file stop the whole outbox.
                setAside(file);
            }
        }
        return items;
    }

    void delete(StoredItem item) throws IOException {
        Files.deleteIfExists(fileOf(item));
        syncDirectory();
    }

    /** Leftovers of writes a crash interrupted; only safe to call {@link #exclusively}. */
    void deleteTemporaryFiles() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.tmp")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Writes the item's file, replacing the old one whole. Safe to call from several threads at once
     * for different items: each write has a temporary file of its own, and the rename and directory
     * sync need no lock. One item is only ever saved by the one flush lane that holds it.
     */
    void save(StoredItem item) throws IOException {
        Path target = fileOf(item);
        Path temporary = directory.resolve(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), PrivateFiles.newFile(directory))) {
            ByteBuffer buffer = ByteBuffer.wrap(mapper.writeValueAsBytes(item));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
    }

    /** Makes a rename or delete itself durable; without this a power cut can undo it. */
    private void syncDirectory() throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Some platforms (Windows) cannot open a directory; their rename is durable enough.
        }
    }

    private static void setAside(Path file) throws IOException {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException anotherProcessDidIt) {
            // already set aside
        }
    }

    private List<Path> itemFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : stream) {
                if (ITEM_FILE.matcher(file.getFileName().toString()).matches()) {
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return files;
    }

    private Path fileOf(StoredItem item) {
        return directory.resolve(String.format("%012d-%s.json", item.seq(), item.id()));
    }

    private static long sequenceOf(Path file) {
        Matcher matcher = ITEM_FILE.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return Long.parseLong(matcher.group(1));
    }
}
