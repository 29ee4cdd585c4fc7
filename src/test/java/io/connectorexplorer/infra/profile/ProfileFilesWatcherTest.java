package io.connectorexplorer.infra.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFilesWatcherTest {

    @TempDir
    Path folder;

    @Test
    void changesToEitherFileAreReportedIncludingAReplaceByRename() throws Exception {
        Path config = folder.resolve("config");
        Path credentials = folder.resolve("credentials");
        Files.writeString(config, "[default]\nregion = eu-west-1\n");
        Semaphore changes = new Semaphore(0);

        try (ProfileFilesWatcher watcher = ProfileFilesWatcher.start(List.of(config, credentials), changes::release)) {
            Files.writeString(config, "[default]\nregion = us-east-1\n");
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS))
                    .as("edit in place")
                    .isTrue();

            Path temp = folder.resolve("credentials.tmp");
            Files.writeString(temp, "[default]\naws_access_key_id = X\naws_secret_access_key = Y\n");
            Files.move(temp, credentials, StandardCopyOption.ATOMIC_MOVE);
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS))
                    .as("a tool writing a temp file and renaming it")
                    .isTrue();

            Files.delete(config);
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).as("deleted").isTrue();
        }
    }

    @Test
    void otherFilesInTheSameFolderAreIgnored() throws Exception {
        Path config = folder.resolve("config");
        Semaphore changes = new Semaphore(0);
        try (ProfileFilesWatcher watcher = ProfileFilesWatcher.start(List.of(config), changes::release)) {
            Files.writeString(folder.resolve("unrelated.txt"), "x");
            Files.writeString(config, "[default]\n");
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            // The burst that held both writes produced one call, and it came from the config file.
            assertThat(changes.availablePermits()).isZero();
        }
    }

    @Test
    void anyChangeInTheSsoTokenCacheIsReported() throws Exception {
        Path cache = Files.createDirectories(folder.resolve("sso").resolve("cache"));
        Semaphore changes = new Semaphore(0);
        try (ProfileFilesWatcher watcher =
                ProfileFilesWatcher.start(List.of(folder.resolve("config")), List.of(cache), changes::release)) {
            Files.writeString(cache.resolve("0123456789abcdef.json"), "{}");
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
