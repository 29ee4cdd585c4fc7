package io.connectorexplorer.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The copied command run for real by POSIX shells, with {@code aws} replaced by a stub on PATH that writes down
 * its arguments: the JSON the CLI would get must be the request with the real secrets in it, and without a secret
 * variable nothing may reach the CLI.
 */
class CliCommandShellTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CliCommand.Destination TARGET =
            new CliCommand.Destination("prod", "eu-west-1", "http://127.0.0.1:8443");
    private static final List<String> TRICKY = List.of(
            "it's",
            "back\\slash \"quoted\" \\\"",
            "$(touch pwned) `id` $HOME ${PATH}",
            "ünïcødé ☃ 日本",
            "a&b|c;d <e> *glob?",
            "%s %d \\n",
            "-n",
            "trailing spaces  ",
            "!history");

    @TempDir
    Path folder;

    private Path stub;
    private Path calls;

    /** Every POSIX shell here, each once (/bin/sh is often one of the others). */
    static Stream<Arguments> shells() {
        return Stream.of("/bin/sh", "/bin/bash", "/bin/dash", "/bin/zsh", "/bin/ksh")
                .filter(s -> Files.isExecutable(Path.of(s)))
                .collect(Collectors.toMap(CliCommandShellTest::realPath, s -> s, (a, b) -> a, LinkedHashMap::new))
                .values()
                .stream()
                .flatMap(s -> TRICKY.stream().map(v -> Arguments.of(s, v)));
    }

    private static Path realPath(String shell) {
        try {
            return Path.of(shell).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> shellNames() {
        return Stream.of("/bin/sh", "/bin/bash").filter(s -> Files.isExecutable(Path.of(s)));
    }

    @BeforeEach
    void stubAws() throws IOException {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        calls = folder.resolve("calls");
        stub = bin.resolve("aws");
        // One argument per line would break on values with line breaks: NUL separates them.
        Files.writeString(stub, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\" >> \"" + calls + "\"; done\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static ObjectNode request(String secret) {
        ObjectNode request = (ObjectNode) JSON.createObjectNode().put("connectorProfileName", "p");
        ObjectNode credentials = request.putObject("connectorProfileConfig").putObject("credentials");
        credentials.put("apiToken", secret).put("user", "it's me");
        credentials.putArray("keys").add(secret + "-1").add("plain");
        return request;
    }

    private static List<RequestSecret> secrets() {
        return List.of(
                new RequestSecret("/connectorProfileConfig/credentials/apiToken", "API token"),
                new RequestSecret("/connectorProfileConfig/credentials/keys/0", "Keys 1"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shells")
    void withTheVariablesSetTheCliGetsTheRequestWithTheRealSecrets(String shell, String secret) throws Exception {
        ObjectNode clear = request(secret);
        CliCommand.Rendered rendered = CliCommand.render(request("****"), secrets(), TARGET, Redaction.MASK);
        assertThat(rendered.text()).doesNotContain(secret);

        Run run = run(
                shell,
                rendered.text(),
                Map.of("APPFLOW_SECRET_API_TOKEN", secret, "APPFLOW_SECRET_KEYS_1", secret + "-1"));

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> arguments = arguments();
        assertThat(arguments.subList(0, arguments.size() - 1))
                .containsExactly(
                        "appflow",
                        "create-connector-profile",
                        "--profile",
                        "prod",
                        "--region",
                        "eu-west-1",
                        "--endpoint-url",
                        "http://127.0.0.1:8443",
                        "--cli-input-json");
        assertThat(JSON.readTree(arguments.get(arguments.size() - 1))).isEqualTo(clear);
        assertThat(Files.exists(folder.resolve("pwned"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shellNames")
    void withAVariableUnsetOrEmptyTheCommandStopsNamingItAndNeverCallsTheCli(String shell) throws Exception {
        CliCommand.Rendered rendered = CliCommand.render(request("****"), secrets(), TARGET, Redaction.MASK);

        Run unset = run(shell, rendered.text(), Map.of("APPFLOW_SECRET_API_TOKEN", "tok"));
        Run empty = run(shell, rendered.text(), Map.of("APPFLOW_SECRET_API_TOKEN", "", "APPFLOW_SECRET_KEYS_1", "k"));

        assertThat(unset.exit()).isNotZero();
        assertThat(unset.err()).contains("APPFLOW_SECRET_KEYS_1", "set it to the Keys 1 of this connector profile");
        assertThat(empty.exit()).isNotZero();
        assertThat(empty.err()).contains("APPFLOW_SECRET_API_TOKEN", "set it to the API token");
        assertThat(Files.exists(calls)).as("the stub aws was called").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shellNames")
    void aStopEndsOnlyTheCommandNotTheShellItWasPastedInto(String shell) throws Exception {
        CliCommand.Rendered rendered = CliCommand.render(request("****"), secrets(), TARGET, Redaction.MASK);

        // Non-interactive, this shell would exit at a failed ${VAR:?} outside a subshell.
        Run run = run(shell, rendered.text() + "; echo still here: $?", Map.of());

        assertThat(run.out()).isEqualTo("still here: " + (shell.endsWith("bash") ? "1" : "2") + "\n");
        assertThat(Files.exists(calls)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shellNames")
    void aSecretWithALineBreakMakesJsonTheCliRefuses(String shell) throws Exception {
        CliCommand.Rendered rendered = CliCommand.render(request("****"), secrets(), TARGET, Redaction.MASK);

        run(shell, rendered.text(), Map.of("APPFLOW_SECRET_API_TOKEN", "line\nbreak", "APPFLOW_SECRET_KEYS_1", "k"));

        List<String> arguments = arguments();
        assertThatThrownBy(() -> JSON.readTree(arguments.get(arguments.size() - 1)))
                .isInstanceOf(IOException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shellNames")
    void withSecretsIncludedTheCommandRunsAsIs(String shell) throws Exception {
        ObjectNode clear = request("it's \"$HOME\"");
        CliCommand.Rendered rendered = CliCommand.render(clear, secrets(), TARGET, Redaction.NONE);

        Run run = run(shell, rendered.text(), Map.of());

        assertThat(run.exit()).isZero();
        List<String> arguments = arguments();
        assertThat(JSON.readTree(arguments.get(arguments.size() - 1))).isEqualTo(clear);
    }

    private List<String> arguments() throws IOException {
        String all = Files.readString(calls, StandardCharsets.UTF_8);
        return Arrays.asList(all.substring(0, all.length() - 1).split("\0", -1));
    }

    private record Run(int exit, String out, String err) {}

    private Run run(String shell, String script, Map<String, String> variables) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(shell, "-c", script).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("APPFLOW_SECRET_"));
        environment.put("PATH", stub.getParent() + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        environment.putAll(variables);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }
}
