package dev.circleview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files: long rendered output compared with {@code src/test/resources/golden/<name>.txt}.
 *
 * <p>To create or refresh the files, run the tests with the system property {@code golden.update=true},
 * for example {@code ./mvnw test -Dgolden.update=true -Dtest='dev.circleview.output.**'}; the files are
 * then written instead of compared (and the test passes). Review every changed file in the diff
 * before committing it: the golden file is the specification of the output.
 */
public final class Golden {
    /** The system property that switches from comparing to (re)writing. */
    public static final String UPDATE_PROPERTY = "golden.update";

    private Golden() {
    }

    /** Where golden files live, below the project directory (surefire runs tests there). */
    public static Path directory() {
        String base = System.getProperty("basedir");
        Path root = base == null || base.isEmpty() ? Path.of("") : Path.of(base);
        return root.resolve("src/test/resources/golden");
    }

    public static Path file(String name) {
        return directory().resolve(name + ".txt");
    }

    /** Compares {@code actual} with the golden file {@code name}, or writes it when updating. */
    public static void assertMatches(String name, String actual) {
        Path file = file(name);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write golden file " + file, e);
            }
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail("golden file " + file + " does not exist; create it by running the tests with -D"
                    + UPDATE_PROPERTY + "=true (e.g. ./mvnw test -D" + UPDATE_PROPERTY
                    + "=true -Dtest=...), then review it before committing");
        }
        String expected;
        try {
            expected = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + file, e);
        }
        assertEquals(expected, actual, () -> "output differs from golden file " + file
                + "; if the change is intended, rerun with -D" + UPDATE_PROPERTY + "=true and review the diff");
    }

    /** Lines joined with "\n", ending in "\n" (as a terminal shows them, one per line). */
    public static String text(Iterable<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
