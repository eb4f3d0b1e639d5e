package dev.circleview.startup;

import dev.circleview.app.Session;
import dev.circleview.api.Sleeper;
import dev.circleview.term.ColorMode;
import dev.circleview.term.Terminal;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import java.util.stream.Stream;

/**
 * The start-up training run ({@code circle-view --aot-training}, used by install.sh): runs the real
 * commands once against {@link TrainingServer}, from a folder with a catalog file, so that the JVM's
 * class-data archive holds every class a real run loads: picocli, YAML, TLS, JSON, rendering, errors.
 */
public final class Training {
    public static final String FLAG = "--aot-training";

    private Training() {
    }

    /** Runs {@code cli} (the program's own {@code Main.run}); returns 0 when every run gave the expected exit code and output. */
    public static int run(ToIntBiFunction<Session, String[]> cli) throws Exception {
        Path dir = Files.createTempDirectory("circle-view-training");
        TrainingChain chain = TrainingChain.create();
        try (TrainingServer server = TrainingServer.start(chain)) {
            Path ca = Files.writeString(dir.resolve("ca.pem"), chain.caPem());
            Files.writeString(dir.resolve("catalog-info.yaml"), """
                    apiVersion: backstage.io/v1alpha1
                    kind: Component
                    metadata:
                      name: training
                      annotations:
                        circleci.com/project-slug: %s
                    spec:
                      type: service
                      lifecycle: production
                      owner: team
                    """.formatted(TrainingServer.PROJECT));
            // HOME without a config file under it: what most runs look for and do not find
            Map<String, String> env = Map.of(
                    "CIRCLE_VIEW_API_URL", server.apiUrl(),
                    "CIRCLE_VIEW_CACERT", ca.toString(),
                    "CIRCLECI_AUTH_TOKEN", "training-token",
                    "HOME", dir.toString());
            Path config = Files.writeString(dir.resolve("config.yaml"), """
                    limit: 30
                    color: auto
                    headers:
                      X-Training: ${TRAINING_HEADER}
                    """);
            Map<String, String> withConfig = new HashMap<>(env);
            withConfig.put("CIRCLE_VIEW_CONFIG", config.toString());
            withConfig.put("TRAINING_HEADER", "training");
            // what a real run probes first: the streams (through jansi's native library)
            Terminal.system(env, ColorMode.AUTO);
            int failures = 0;
            failures += expect(cli, dir, env, true, 0, "builds");
            failures += expect(cli, dir, env, false, 0, "builds");
            failures += expect(cli, dir, env, false, 0, "builds", "--json");
            failures += expect(cli, dir, env, false, 0, "builds", "--json", "build_num", "--jq", ".[0].build_num");
            failures += expect(cli, dir, withConfig, false, 0, "builds");
            failures += expect(cli, dir, env, true, 5, "builds", "--project", "github/acme/missing");
            failures += expect(cli, dir, env, true, 2, "builds", "--project", "github/bad");
            failures += expect(cli, dir, env, true, 0, "builds", "--help");
            failures += expect(cli, dir, env, true, 0, "build", Integer.toString(TrainingServer.BUILD));
            failures += expect(cli, dir, env, false, 0, "build", Integer.toString(TrainingServer.BUILD));
            failures += expect(cli, dir, env, true, 0, "--version");
            failures += expect(cli, dir, env, true, 0, "--help");
            return failures == 0 ? 0 : 1;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static int expect(ToIntBiFunction<Session, String[]> cli, Path cwd, Map<String, String> env, boolean terminal, int code, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int got;
        try (Session session = new Session(Terminal.forTest(out, err, terminal, terminal, 120),
                Clock.systemUTC(), env, cwd, Sleeper.REAL)) {
            got = cli.applyAsInt(session, args);
        }
        boolean produced = code == 0 ? !out.toString().isEmpty() : !err.toString().isEmpty();
        if (got != code || !produced) {
            System.err.println("circle-view: training run " + List.of(args) + " gave exit " + got + ": " + err.toString().strip());
            return 1;
        }
        return 0;
    }
}
