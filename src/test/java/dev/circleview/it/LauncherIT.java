package dev.circleview.it;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The installed launcher, run as a process with piped streams, against a real HTTP server. */
class LauncherIT {
    private static final String TOKEN = "ccipat_launcher0123456789abcdef0123456789abcdef";
    private static final String PAGE = "/api/v1.1/project/github/acme/svc?limit=30&offset=0";
    private static final long WAIT_SECONDS = 60;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .failOnUnmatchedRequests(true)
            .build();

    @TempDir
    Path dir;

    private static Path launcher;

    /** Environment variables the next runs add. */
    private final Map<String, String> extraEnv = new java.util.HashMap<>();

    @BeforeAll
    static void findLauncher() {
        String path = System.getProperty("circleview.launcher");
        assertTrue(path != null && !path.isBlank(), "system property circleview.launcher is not set");
        launcher = Path.of(path);
        assertTrue(Files.isExecutable(launcher), "not an executable file: " + launcher);
    }

    private record Run(int exitCode, String stdout, String stderr) {
        List<String> stdoutLines() {
            return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n", -1)).subList(0, stdout.split("\n", -1).length - 1);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private Run run(String... args) throws Exception {
        return run(process -> { }, args);
    }

    /** Runs the launcher; {@code during} acts on the running process (e.g. interrupts it). */
    private Run run(ProcessAction during, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("CIRCLE") || k.equals("NO_COLOR") || k.startsWith("CLICOLOR")
                || k.equals("XDG_CONFIG_HOME") || k.startsWith("JAVA_TOOL"));
        // no config file of the person running the tests: the default one is looked for under this HOME
        env.put("HOME", dir.toString());
        env.put("CIRCLE_VIEW_API_URL", "http://localhost:" + wm.getPort() + "/api/v1.1");
        env.put("CIRCLECI_AUTH_TOKEN", TOKEN);
        env.put("TERM", "xterm-256color");
        env.putAll(extraEnv);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        during.act(process);
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("circle-view " + String.join(" ", args) + " did not finish within " + WAIT_SECONDS + " s");
        }
        return new Run(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    @FunctionalInterface
    private interface ProcessAction {
        void act(Process process) throws Exception;
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body() {
        return "[{\"build_num\":42,\"status\":\"success\",\"subject\":\"Ship it \\u001b[31mnow\\u001b[0m\",\"branch\":\"main\","
                + "\"vcs_revision\":\"0123456789abcdef0123456789abcdef01234567\","
                + "\"user\":{\"is_user\":true,\"login\":\"alice\"},"
                + "\"workflows\":{\"workflow_name\":\"ci\",\"job_name\":\"build\",\"workflow_id\":\"w-1\"},"
                + "\"start_time\":\"2026-11-28T10:15:30.500Z\",\"stop_time\":\"2026-11-28T10:17:45.500Z\","
                + "\"build_time_millis\":135000,\"unknown_field\":{\"x\":[1,2]},\"vcs_tag\":null},"
                + "{\"build_num\":41,\"status\":\"on_hold\",\"subject\":null,\"branch\":\"feature/x\","
                + "\"vcs_revision\":\"89abcdef0123456789abcdef0123456789abcdef\","
                + "\"user\":{\"is_user\":false,\"login\":\"none\"},\"author_name\":\"Release Bot\","
                + "\"workflows\":{\"workflow_name\":\"nightly\",\"job_name\":\"test\",\"workflow_id\":\"w-2\"},"
                + "\"start_time\":null,\"stop_time\":null,\"build_time_millis\":null}]";
    }

    @Test
    void listsBuildsAsTabSeparatedLinesWhenPiped() throws Exception {
        wm.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body())));

        Run r = run("builds", "-p", "github/acme/svc");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of(
                "success\t42\tShip it now\tbuild\tci\tmain\t0123456789abcdef0123456789abcdef01234567\talice\t2026-11-28T10:15:30Z\t135",
                "on_hold\t41\t\ttest\tnightly\tfeature/x\t89abcdef0123456789abcdef0123456789abcdef\tRelease Bot\t\t"),
                r.stdoutLines(), r::toString);
        assertEquals("", r.stderr());
        assertFalse(r.stdout().contains("\u001b"), "escape codes in piped output");
        wm.verify(1, getRequestedFor(urlEqualTo(PAGE)).withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json")));
        assertTrue(wm.findAllUnmatchedRequests().isEmpty());
    }

    @Test
    void notFoundExitsWith5AndOneLine() throws Exception {
        wm.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Project not found\"}")));

        Run r = run("builds", "-p", "github/acme/svc");

        assertEquals(5, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith("circle-view: project github/acme/svc not found on CircleCI (HTTP 404)"), r::toString);
        assertEquals(1, r.stderr().split("\n").length, r::toString);
        assertTrue(r.stderr().endsWith("\n"));
        assertFalse(r.stderr().contains(TOKEN), r::toString);
        assertFalse(r.stderr().contains("\tat "), r::toString);
    }

    @Test
    void ctrlCWhileWaitingForCircleCiExitsWith130AndNoTrace() throws Exception {
        wm.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withStatus(200).withBody("[]").withFixedDelay(20_000)));

        long start = System.nanoTime();
        Run run = run(process -> {
            // interrupt once the request is in flight
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (wm.getAllServeEvents().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        }, "builds", "-p", "github/acme/svc");

        assertEquals(130, run.exitCode(), run::toString);
        assertEquals("", run.stdout(), run::toString);
        assertFalse(run.stderr().contains("Exception"), run::toString);
        assertFalse(run.stderr().contains("\u001b"), "no escape codes left behind: " + run);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15), "did not wait for the slow answer");
    }

    @Test
    void ctrlCDuringADownloadLeavesNoPartialFile() throws Exception {
        String artifact = "http://localhost:" + wm.getPort() + "/0/slow.bin";
        wm.stubFor(get(urlEqualTo("/api/v1.1/project/github/acme/svc/7/artifacts")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"path\":\"slow.bin\",\"node_index\":0,\"url\":\"" + artifact + "\"}]")));
        wm.stubFor(get(urlEqualTo("/0/slow.bin")).willReturn(aResponse().withStatus(200)
                .withBody(new byte[400_000]).withChunkedDribbleDelay(40, 30_000)));
        Path folder = dir.resolve("out/0");
        List<List<Path>> during = new ArrayList<>();

        Run run = run(process -> {
            // interrupt once the file is being written
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partFiles(folder).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            during.add(partFiles(folder));
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        }, "artifacts", "7", "-p", "github/acme/svc", "--download", "out");

        assertEquals(1, during.get(0).size(), () -> "a temporary file while downloading: " + during);
        assertTrue(during.get(0).get(0).getFileName().toString().endsWith(".part"), during::toString);
        assertEquals(130, run.exitCode(), run::toString);
        assertEquals("", run.stdout(), run::toString);
        assertEquals(List.of(), partFiles(folder), "the temporary file is removed");
        assertFalse(Files.exists(folder.resolve("slow.bin")), "no file in place");
    }

    private static List<Path> partFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Run r = run("--version");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().matches("circle-view \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), r::toString);
        assertEquals("", r.stderr());
        assertTrue(wm.getAllServeEvents().isEmpty());
    }

    @Test
    void helpIsPlainWhenPiped() throws Exception {
        Run r = run("help", "builds");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("Usage: circle-view builds "), r::toString);
        assertFalse(r.stdout().contains("\u001b"), "escape codes in piped help");
        assertEquals("", r.stderr());
    }

    @Test
    void aMissingConfigFileLoadsNoYamlClassesAndAPresentOneIsRead() throws Exception {
        wm.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body())));
        Path log = dir.resolve("classes.log");
        extraEnv.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);

        Run missing = run("builds", "-p", "github/acme/svc");
        String withoutFile = Files.readString(log);
        Path config = Files.createDirectories(dir.resolve(".config/circle-view")).resolve("config.yaml");
        Files.writeString(config, "limit: 30\n");
        Run present = run("builds", "-p", "github/acme/svc");
        String withFile = Files.readString(log);

        assertEquals(0, missing.exitCode(), missing::toString);
        assertEquals(0, present.exitCode(), present::toString);
        assertTrue(withoutFile.contains("dev.circleview.config.ConfigFile "), "the config file was looked for");
        assertFalse(withoutFile.contains("org.yaml.snakeyaml."), "YAML classes loaded without a config file");
        assertFalse(withoutFile.contains("dev.circleview.config.ConfigReader "), "the reader loaded without a config file");
        assertTrue(withFile.contains("dev.circleview.config.ConfigReader "), "the config file was not read");
        assertTrue(withFile.contains("org.yaml.snakeyaml."), "the config file was not parsed");
    }

    @Test
    void doctorKnowsWhereTheLauncherInstalledItsFiles() throws Exception {
        wm.stubFor(get(urlEqualTo("/api/v1.1/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"login\":\"alice\"}")));
        wm.stubFor(get(urlEqualTo("/api/v1.1/project/github/acme/svc?limit=1&offset=0")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        Path share = launcher.getParent().getParent().resolve("share").toRealPath();

        Run r = run("doctor", "-p", "github/acme/svc");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("\nhint completions  none under " + share + "; "), r::toString);
        assertTrue(r.stdout().contains("\nok   api /me      GET /me answered in "), r::toString);
        assertFalse(r.stdout().contains(TOKEN), r::toString);
    }
}
