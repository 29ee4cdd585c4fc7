package io.connectorexplorer.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** A row's heights kept by width: measured once per width, four widths at a time, all forgotten on request. */
class HeightsByWidthTest {

    private final List<Double> measured = new ArrayList<>();
    private final DoubleUnaryOperator measure = width -> {
        measured.add(width);
        return 1000 / width;
    };
    private final HeightsByWidth heights = new HeightsByWidth();

    @Test
    void eachWidthIsMeasuredOnceUntilForgotten() {
        assertThat(heights.get(500, measure)).isEqualTo(2.0);
        assertThat(heights.get(400, measure)).isEqualTo(2.5);
        assertThat(heights.get(500, measure)).isEqualTo(2.0);
        assertThat(heights.get(400, measure)).isEqualTo(2.5);
        assertThat(measured).containsExactly(500.0, 400.0);

        heights.forget();

        assertThat(heights.get(500, measure)).isEqualTo(2.0);
        assertThat(measured).containsExactly(500.0, 400.0, 500.0);
    }

    @Test
    void aFifthWidthTakesThePlaceOfTheOldest() {
        for (double w : new double[] {100, 200, 250, 500, 1000}) {
            heights.get(w, measure);
        }
        heights.get(200, measure);
        heights.get(1000, measure);
        assertThat(measured).containsExactly(100.0, 200.0, 250.0, 500.0, 1000.0);

        heights.get(100, measure);
        assertThat(measured).containsExactly(100.0, 200.0, 250.0, 500.0, 1000.0, 100.0);
    }
}
