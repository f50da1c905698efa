package id.go.bimakota.pilar.client;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a lock file, held across threads and processes. A file lock alone is not
 * enough: the JVM holds it for the whole process, so threads (and clients) of one process also queue
 * on an in-process lock per file. The operating system drops the file lock when a process dies, so a
 * killed app never leaves the outbox locked.
 */
final class DirectoryLock {

    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final ReentrantLock inProcess;

    DirectoryLock(Path file) {
        this.file = file;
        this.inProcess = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
    }

    interface Action<T> {
        T run() throws IOException;
    }

    <T> T call(Action<T> action) throws IOException {
        if (inProcess.isHeldByCurrentThread()) {
            return action.run();
        }
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PrivateFiles.newFile(file.getParent()));
                FileLock ignored = channel.lock()) {
            return action.run();
        } finally {
            inProcess.unlock();
        }
    }
}
