package io.connectorexplorer.infra.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.diagnostics.ServiceCallRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticLogFileTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}([+-]\\d\\d:\\d\\d|Z) ";
    private static final ServiceCallRecord RETRIED = new ServiceCallRecord(
            "Appflow",
            "DescribeConnector",
            "Demo (offline)",
            "eu-west-1",
            "http://127.0.0.1:8080",
            List.of("500", "200"),
            "5f0c-41",
            Duration.ofMillis(84),
            "");

    @TempDir
    Path home;

    @Test
    void nothingIsCreatedBeforeTheFirstLine() {
        Path folder = home.resolve("settings");
        DiagnosticLogFile log = new DiagnosticLogFile(folder);

        log.flush();
        log.close();

        assertThat(log.folder()).isEqualTo(folder);
        assertThat(folder).doesNotExist();
    }

    @Test
    void eachCallAndEachProblemIsOneLineAfterTheRunsFirst() throws IOException {
        Path folder = home.resolve("settings");
        try (DiagnosticLogFile log = new DiagnosticLogFile(folder)) {
            log.call(RETRIED);
            log.call(new ServiceCallRecord(
                    "STS",
                    "GetCallerIdentity",
                    "dev",
                    "us-east-1",
                    "https://sts.us-east-1.amazonaws.com",
                    List.of("none", "none"),
                    "",
                    Duration.ofMillis(2003),
                    "ConnectException"));
            log.problem(
                    "Could not describe S3",
                    "DescribeConnector failed: SignatureDoesNotMatch (HTTP 403): calculated 'POST\n/\n'",
                    "Check the profile's credentials, or sign in again, then retry.");
        }

        List<String> lines = Files.readAllLines(folder.resolve("connector-explorer.0.log"), StandardCharsets.UTF_8);

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches(TIME + "INFO    start connector-explorer \\S+.* java=\\S+ os=.*");
        assertThat(lines.get(1))
                .matches(
                        TIME + "INFO    call Appflow DescribeConnector profile=\"Demo \\(offline\\)\" region=eu-west-1 "
                                + "endpoint=http://127.0.0.1:8080 status=500,200 requestId=5f0c-41 took=84ms");
        assertThat(lines.get(2))
                .matches(TIME + "WARNING call STS GetCallerIdentity profile=dev region=us-east-1 "
                        + "endpoint=https://sts.us-east-1.amazonaws.com status=none,none took=2003ms "
                        + "error=ConnectException");
        assertThat(lines.get(3))
                .endsWith("WARNING problem title=\"Could not describe S3\" detail=\"DescribeConnector failed: "
                        + "SignatureDoesNotMatch (HTTP 403): calculated 'POST\\n/\\n'\" advice=\"Check the profile's "
                        + "credentials, or sign in again, then retry.\"");
    }

    @Test
    void laterRunsAppendToTheSameFile() throws IOException {
        Path folder = home.resolve("settings");
        for (int run = 1; run <= 2; run++) {
            try (DiagnosticLogFile log = new DiagnosticLogFile(folder)) {
                log.problem("run " + run, "", "");
            }
        }

        String text = Files.readString(folder.resolve("connector-explorer.0.log"));

        assertThat(text).contains("title=\"run 1\"", "title=\"run 2\"");
        assertThat(text.lines().filter(line -> line.contains(" start connector-explorer ")))
                .hasSize(2);
    }

    @Test
    void theLogStaysWithinThreeFilesOfAMegabyteWithTheNewestLinesInTheFirst() throws IOException {
        Path folder = home.resolve("settings");
        String detail = "x".repeat(1000);
        int lines = 4 * 1024;
        try (DiagnosticLogFile log = new DiagnosticLogFile(folder)) {
            for (int i = 0; i < lines; i++) {
                log.problem("line " + i, detail, "");
            }
        }

        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }

        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("connector-explorer.0.log", "connector-explorer.1.log", "connector-explorer.2.log");
        for (Path file : files) {
            assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(1024 * 1024 + 2048);
        }
        assertThat(Files.readString(folder.resolve("connector-explorer.0.log")))
                .contains("title=\"line " + (lines - 1) + "\"");
    }

    @Test
    void aFolderThatCannotBeWrittenMeansNoLogSaidOnceAndNothingThrown() throws IOException {
        Path notAFolder = Files.writeString(home.resolve("settings"), "a file where the folder should be");
        List<String> complaints = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        DiagnosticLogFile log = new DiagnosticLogFile(
                notAFolder.resolve("logs"), DiagnosticLogFile.FILE_LIMIT, DiagnosticLogFile.FILE_COUNT, complaint -> {
                    complaints.add(complaint);
                    threads.add(Thread.currentThread().getName());
                });

        log.call(RETRIED);
        log.problem("Could not describe S3", "", "");
        log.flush();
        log.problem("another", "", "");
        log.close();

        assertThat(complaints)
                .singleElement()
                .asString()
                .startsWith("connector-explorer: the diagnostic log cannot be written in " + notAFolder.resolve("logs"))
                .endsWith("running without it.");
        assertThat(log.failure()).isPresent();
        // The file is opened on the log's own thread, never on the caller's (the FX thread, for a problem shown).
        assertThat(threads).containsExactly("diagnostic-log");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }

    @Test
    void linesToldAfterCloseAreDropped() {
        Path folder = home.resolve("settings");
        DiagnosticLogFile log = new DiagnosticLogFile(folder);
        log.close();

        log.problem("too late", "", "");
        log.flush();

        assertThat(folder).doesNotExist();
    }
}
