package io.connectorexplorer.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class JsonPointersTest {

    @Test
    void childEscapesTildeAndSlashSoAKeyStaysOneSegment() {
        String pointer = JsonPointers.child("/credentialsMap", "a/b~c");

        assertThat(pointer).isEqualTo("/credentialsMap/a~1b~0c");
        assertThat(JsonPointers.segments(pointer)).containsExactly("credentialsMap", "a/b~c");
        assertThat(JsonPointers.last(pointer)).isEqualTo("a/b~c");
    }

    @Test
    void tildeOneIsUnescapedBeforeTildeZeroAsRfc6901Demands() {
        // "~01" is the key "~1", not "/".
        assertThat(JsonPointers.segments("/~01")).containsExactly("~1");
    }

    @Test
    void ofJoinsSegmentsAndTheRootHasNone() {
        assertThat(JsonPointers.of("connectorProfileConfig", "connectorProfileProperties"))
                .isEqualTo("/connectorProfileConfig/connectorProfileProperties");
        assertThat(JsonPointers.segments("")).isEmpty();
        assertThat(JsonPointers.last("")).isEmpty();
        assertThat(JsonPointers.segments("/")).containsExactly("");
    }

    @Test
    void isWithinComparesWholeSegments() {
        assertThat(JsonPointers.isWithin("/a/b", "/a")).isTrue();
        assertThat(JsonPointers.isWithin("/a", "/a")).isTrue();
        assertThat(JsonPointers.isWithin("/ab", "/a")).isFalse();
        assertThat(JsonPointers.isWithin("/a", "/a/b")).isFalse();
    }

    @Test
    void aPointerWithoutLeadingSlashIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonPointers.segments("a/b"));
    }
}
