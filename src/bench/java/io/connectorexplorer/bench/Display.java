package io.connectorexplorer.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The X display the GUI figures are taken on: $DISPLAY when set, else an Xvfb the harness starts (and stops)
 * itself. When neither can be had, {@link #name()} is empty and {@link #why()} says why.
 */
final class Display implements AutoCloseable {

    private final String name;
    private final String why;
    private final Process xvfb;

    private Display(String name, String why, Process xvfb) {
        this.name = name;
        this.why = why;
        this.xvfb = xvfb;
    }

    static Display acquire() {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new Display(existing, "$DISPLAY " + existing, null);
        }
        Optional<Path> xvfb = onPath("Xvfb");
        if (xvfb.isEmpty()) {
            return new Display(null, "no $DISPLAY and no Xvfb on PATH (apt-get install xvfb xauth)", null);
        }
        for (int n = 90; n < 110; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(
                                xvfb.get().toString(), ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                Proc.track(p);
                for (int i = 0; i < 100 && p.isAlive(); i++) {
                    if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                        return new Display(":" + n, "Xvfb :" + n + " 1280x800x24, started by the harness", p);
                    }
                    Thread.sleep(50);
                }
                p.destroy();
            } catch (Exception e) {
                return new Display(null, "Xvfb did not start: " + e.getMessage(), null);
            }
        }
        return new Display(null, "Xvfb did not start on any of :90 to :109", null);
    }

    Optional<String> name() {
        return Optional.ofNullable(name);
    }

    String why() {
        return why;
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null && xvfb.isAlive()) {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
