package io.connectorexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * JavaFX's renderer on a Linux machine without a GPU — a virtual machine, a container, a cloud desktop, Xvfb — where
 * JavaFX would first try its OpenGL pipeline: Mesa answers with its software rasteriser, JavaFX's hardware check
 * turns that down ("Failed Graphics Hardware Qualifier check") and falls back to its own software pipeline. The try
 * cost ~70 ms of every start and left Mesa's driver and LLVM mapped (tens of MB resident). Where no GPU device exists
 * the app asks for the software pipeline at once ({@code prism.order=sw}): the same renderer as before, without the
 * try. A {@code prism.order} given by the user always wins; so does any GPU device, even one JavaFX then turns down.
 *
 * <p>GTK loads Mesa too, on its own, when it opens the display, unless {@code GDK_GL=disable} is in the environment:
 * only a process's starter can set that, which the installed app's start script does on the same condition
 * (packaging/linux/write-start-script.sh, which keeps the list of devices equal to {@link #GPU_DEVICES}).
 */
public final class SoftwareRendering {

    /** What a GPU shows as on Linux: DRM (Intel, AMD, nouveau, …), NVIDIA's own driver, WSL 2's GPU paravirtualisation. */
    static final Path[] GPU_DEVICES = {Path.of("/dev/dri"), Path.of("/dev/nvidiactl"), Path.of("/dev/dxg")};

    private SoftwareRendering() {}

    /** Before the toolkit starts: {@code prism.order=sw} where that is what JavaFX would end up with anyway. */
    static void chooseWhereNoGpu() {
        if (System.getProperty("prism.order") == null && noGpu()) {
            System.setProperty("prism.order", "sw");
        }
    }

    /** This machine: Linux without a GPU device (the benchmarks start the window as the start script would). */
    public static boolean noGpu() {
        return noGpu(System.getProperty("os.name", ""), GPU_DEVICES);
    }

    /** Linux with none of {@code devices} (a directory counts when it holds something). */
    static boolean noGpu(String osName, Path... devices) {
        if (!osName.startsWith("Linux")) {
            return false;
        }
        for (Path device : devices) {
            if (present(device)) {
                return false;
            }
        }
        return true;
    }

    private static boolean present(Path device) {
        if (!Files.isDirectory(device)) {
            return Files.exists(device);
        }
        try (Stream<Path> entries = Files.list(device)) {
            return entries.findAny().isPresent();
        } catch (IOException | SecurityException e) {
            return true; // there, but not readable: leave the choice to JavaFX
        }
    }
}
