package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JavaFX's software pipeline asked for at once only where JavaFX would have fallen back to it anyway. */
class SoftwareRenderingTest {

    @TempDir
    Path dev;

    @Test
    void linuxWithNoGpuDeviceRendersInSoftware() throws Exception {
        Path dri = Files.createDirectory(dev.resolve("dri"));

        assertThat(SoftwareRendering.noGpu("Linux", dri, dev.resolve("nvidiactl"), dev.resolve("dxg")))
                .as("an empty /dev/dri (a container's) and no NVIDIA or WSL device")
                .isTrue();
    }

    @Test
    void anyGpuDeviceLeavesTheChoiceToJavaFx() throws Exception {
        Path dri = Files.createDirectory(dev.resolve("dri"));
        Files.createFile(dri.resolve("renderD128"));
        Path nvidia = Files.createFile(dev.resolve("nvidiactl"));
        Path dxg = Files.createFile(dev.resolve("dxg"));
        Path missing = dev.resolve("missing");

        assertThat(SoftwareRendering.noGpu("Linux", dri, missing))
                .as("a DRM render node")
                .isFalse();
        assertThat(SoftwareRendering.noGpu("Linux", missing, nvidia))
                .as("NVIDIA's driver")
                .isFalse();
        assertThat(SoftwareRendering.noGpu("Linux", missing, dxg))
                .as("WSL 2's GPU")
                .isFalse();
    }

    @Test
    void otherSystemsAreLeftAlone() {
        Path missing = dev.resolve("missing");

        assertThat(SoftwareRendering.noGpu("Windows 11", missing)).isFalse();
        assertThat(SoftwareRendering.noGpu("Mac OS X", missing)).isFalse();
    }

    @Test
    void thePipelineTheUserNamedWins() {
        String before = System.getProperty("prism.order");
        try {
            System.setProperty("prism.order", "es2");

            SoftwareRendering.chooseWhereNoGpu();

            assertThat(System.getProperty("prism.order")).isEqualTo("es2");
        } finally {
            if (before == null) {
                System.clearProperty("prism.order");
            } else {
                System.setProperty("prism.order", before);
            }
        }
    }
}
