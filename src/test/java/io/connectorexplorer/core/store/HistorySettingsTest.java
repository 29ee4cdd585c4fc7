package io.connectorexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.testsupport.MemorySettings;
import org.junit.jupiter.api.Test;

class HistorySettingsTest {

    private static final long MB = 1024L * 1024L;

    @Test
    void theCapIsAHundredMegabytesUnlessTheSettingsSayOtherwise() {
        MemorySettings settings = new MemorySettings();
        assertThat(HistorySettings.capBytes(settings)).isEqualTo(100 * MB);

        settings.put("history.maxSizeMB", " 250 ");
        assertThat(HistorySettings.capBytes(settings)).isEqualTo(250 * MB);

        settings.put(HistorySettings.MAX_SIZE_KEY, "1");
        assertThat(HistorySettings.capBytes(settings)).isEqualTo(MB);
    }

    @Test
    void aValueThatIsNotAWholeNumberOfAtLeastOneMegabyteGivesTheDefault() {
        MemorySettings settings = new MemorySettings();
        for (String bad : new String[] {"0", "-5", "1.5", "lots", "", "99999999999999999999", "2000000000"}) {
            settings.put(HistorySettings.MAX_SIZE_KEY, bad);
            assertThat(HistorySettings.capBytes(settings)).as(bad).isEqualTo(100 * MB);
        }
    }
}
