package io.connectorexplorer.infra.profile;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the folders of the config and credentials files and calls back when either file is created,
 * changed, replaced or deleted — tools such as aws-vault, granted, Leapp and {@code aws configure} rewrite
 * them while the app runs. Bursts of events (a tool writes a temp file and renames it) become one call.
 */
public final class ProfileFilesWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProfileFilesWatcher.class.getName());
    private static final long QUIET_MILLIS = 250;

    private final WatchService service;
    private final Set<Path> files;
    private final Set<Path> wholeFolders;
    private final Runnable onChange;
    private final Thread thread;

    private ProfileFilesWatcher(WatchService service, Set<Path> files, Set<Path> wholeFolders, Runnable onChange) {
        this.service = service;
        this.files = files;
        this.wholeFolders = wholeFolders;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "aws-config-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching; a folder that does not exist yet is skipped (nothing can change in it). */
    public static ProfileFilesWatcher start(List<Path> watched, Runnable onChange) throws IOException {
        return start(watched, List.of(), onChange);
    }

    /** Also reports any change inside {@code wholeFolders} (the SSO token cache, whose file names are hashes). */
    public static ProfileFilesWatcher start(List<Path> watched, List<Path> wholeFolders, Runnable onChange)
            throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : watched) {
            Path absolute = file.toAbsolutePath().normalize();
            files.add(absolute);
            if (absolute.getParent() != null && Files.isDirectory(absolute.getParent())) {
                folders.add(absolute.getParent());
            }
        }
        Set<Path> everything = new LinkedHashSet<>();
        for (Path folder : wholeFolders) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                everything.add(absolute);
                folders.add(absolute);
            }
        }
        for (Path folder : folders) {
            folder.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        ProfileFilesWatcher watcher = new ProfileFilesWatcher(service, files, everything, onChange);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                // Collect the rest of a burst before calling back once.
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Reacting to a change of the AWS config files failed", e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || wholeFolders.contains(folder)) {
                relevant = true;
            } else if (event.context() instanceof Path name && files.contains(folder.resolve(name))) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        thread.interrupt();
    }
}
