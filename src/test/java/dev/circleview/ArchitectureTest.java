package dev.circleview;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The house rules of docs/architecture.md, read from the sources: arrows between packages point
 * down only, no feature reaches into another, no package cycle, HTTP only in {@code api}, and no
 * main source file past what one reader can hold.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final String BASE = "dev.circleview";
    /** Each package's layer: a package may use its own layer's and lower layers' packages. */
    private static final Map<String, Integer> LAYER = new HashMap<>();
    private static final Set<String> FEATURES = Set.of("builds", "build", "watch", "artifacts", "actions", "tests", "projects",
            "doctor", "completion", "help");
    private static final int MAX_LINES = 400;
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.circleview\\.((?:[a-z][a-z0-9]*\\.)*)[A-Z]", Pattern.MULTILINE);

    static {
        LAYER.put("", 5);
        FEATURES.forEach(f -> LAYER.put(f, 4));
        LAYER.put("startup", 4);
        for (String p : List.of("app", "cli", "output")) {
            LAYER.put(p, 3);
        }
        for (String p : List.of("api", "api.model", "catalog", "config", "term")) {
            LAYER.put(p, 2);
        }
        LAYER.put("core", 1);
    }

    /** Package (relative to dev.circleview, "" for the root) -> the packages its sources import. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    private static final Map<Path, String> SOURCES = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                SOURCES.put(file, text);
                String pkg = packageOf(file);
                Set<String> uses = USES.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    String used = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                    if (!used.equals(pkg)) {
                        uses.add(used);
                    }
                }
            }
        }
    }

    private static String packageOf(Path file) {
        String dir = MAIN.relativize(file.getParent()).toString().replace('/', '.');
        return dir.equals(BASE) ? "" : dir.substring(BASE.length() + 1);
    }

    /** The feature or layer a package belongs to: {@code build.logs} is part of {@code build}. */
    private static String home(String pkg) {
        String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
        return FEATURES.contains(top) ? top : pkg;
    }

    @Test
    void everyPackageHasALayer() {
        List<String> unknown = USES.keySet().stream().filter(p -> !LAYER.containsKey(home(p))).toList();
        assertEquals(List.of(), unknown, "give each new package a layer here and in docs/architecture.md");
    }

    @Test
    void arrowsPointDownOnly() {
        List<String> upward = new ArrayList<>();
        USES.forEach((pkg, uses) -> uses.stream()
                .filter(u -> LAYER.getOrDefault(home(u), 0) > LAYER.getOrDefault(home(pkg), 0))
                .forEach(u -> upward.add(name(pkg) + " -> " + name(u))));
        assertEquals(List.of(), upward);
    }

    @Test
    void noFeatureUsesAnother() {
        List<String> across = new ArrayList<>();
        USES.forEach((pkg, uses) -> uses.stream()
                .filter(u -> FEATURES.contains(home(pkg)) && FEATURES.contains(home(u)) && !home(u).equals(home(pkg)))
                .forEach(u -> across.add(name(pkg) + " -> " + name(u))));
        assertEquals(List.of(), across, "what two features share belongs in app, cli or output");
    }

    @Test
    void noPackageCycle() {
        List<String> cycles = new ArrayList<>();
        for (String start : USES.keySet()) {
            List<String> path = cycleFrom(start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null && start.equals(path.stream().min(String::compareTo).orElseThrow())) {
                cycles.add(String.join(" -> ", path.stream().map(ArchitectureTest::name).toList()));
            }
        }
        assertEquals(List.of(), cycles);
    }

    private static List<String> cycleFrom(String start, String at, List<String> path, Set<String> seen) {
        for (String next : USES.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    @Test
    void onlyTheApiSpeaksHttp() {
        List<String> outside = SOURCES.entrySet().stream()
                .filter(e -> e.getValue().contains("import java.net.http.") && !packageOf(e.getKey()).startsWith("api"))
                .map(e -> MAIN.relativize(e.getKey()).toString()).toList();
        assertEquals(List.of(), outside);
    }

    @Test
    void noMainSourceFileIsLongerThanOneReaderCanHold() {
        List<String> long_ = SOURCES.entrySet().stream()
                .filter(e -> e.getValue().lines().count() > MAX_LINES)
                .map(e -> MAIN.relativize(e.getKey()) + " (" + e.getValue().lines().count() + " lines)").toList();
        assertEquals(List.of(), long_, "split it: at most " + MAX_LINES + " lines a file");
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg;
    }
}
