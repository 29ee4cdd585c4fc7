package io.connectorexplorer.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.testsupport.JsonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliCommandTest {

    private static final String PREFIX = "aws appflow create-connector-profile --cli-input-json ";

    @Test
    void rendersCompactJsonInOneSingleQuotedWord() {
        ObjectNode request =
                (ObjectNode) JsonTrees.parse("{\"connectorProfileName\": \"p\", \"connectionMode\": \"Public\"}");

        assertThat(CliCommand.render(request))
                .isEqualTo(PREFIX + "'{\"connectorProfileName\":\"p\",\"connectionMode\":\"Public\"}'");
    }

    @Test
    void aSingleQuoteClosesQuotesAndAddsAQuotedQuote() {
        ObjectNode request = FormFixtures.NODES.objectNode().put("v", "it's");

        assertThat(CliCommand.render(request)).isEqualTo(PREFIX + "'{\"v\":\"it'\"'\"'s\"}'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "it's",
                "''",
                "$(touch /tmp/pwned) `id` $HOME",
                "back\\slash \"quoted\"",
                "tab\tnew\nline",
                "ünïcødé ☃",
                "!history",
                "*glob?",
                "a;b|c&d"
            })
    void theJsonSurvivesAPosixShellUnchanged(String value) throws Exception {
        Path sh = Path.of("/bin/sh");
        assumeTrue(Files.isExecutable(sh), "needs /bin/sh");
        ObjectNode request = FormFixtures.NODES.objectNode().put("connectorProfileName", value);
        request.putObject("connectorProfileConfig").put("secret", value + "'");
        String command = CliCommand.render(request);
        // Replace the aws command with printf and let the shell parse the quoted word.
        String script = "printf %s " + command.substring(PREFIX.length());

        String printed = run(sh, script);

        assertThat(JsonTrees.parse(printed)).isEqualTo(request);
    }

    private static String run(Path sh, String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(sh.toString(), "-c", script)
                .redirectErrorStream(true)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
