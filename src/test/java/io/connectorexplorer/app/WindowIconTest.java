package io.connectorexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's icon: every size generated from icons/icon.svg is on the class path and loads as that size. */
@ExtendWith(ApplicationExtension.class)
class WindowIconTest {

    @Start
    void start(Stage stage) {
        // the toolkit is all this test needs
    }

    @Test
    void loadsTheAppIconInEverySizeTheWindowOffers() {
        List<Image> icons = ExplorerApplication.icons();

        assertThat(icons).extracting(Image::isError).containsOnly(false);
        assertThat(icons).extracting(i -> (int) i.getWidth()).containsExactly(16, 32, 64, 128, 256);
        assertThat(icons).extracting(i -> (int) i.getHeight()).containsExactly(16, 32, 64, 128, 256);
    }
}
