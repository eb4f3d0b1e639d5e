package dev.circleview.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The programs some tests need besides the JDK (tmux, less, zsh, fish, groff): where one is missing,
 * the test is skipped and the report says which; where {@value #REQUIRE}=1 (CI, which installs them
 * all), it fails instead, so that no test goes unrun there.
 */
public final class Tools {
    /** The environment variable that turns a missing program into a failure. */
    public static final String REQUIRE = "CIRCLE_VIEW_REQUIRE_TOOLS";

    private Tools() {
    }

    /** The program's path on PATH, or null. */
    public static String find(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** The program's path; the test is skipped without it (failed, where {@value #REQUIRE}=1). */
    public static String require(String program) {
        String path = find(program);
        if (path == null) {
            String reason = program + " is not installed (on PATH); the tests that need it are skipped";
            if ("1".equals(System.getenv(REQUIRE))) {
                fail(reason + ", but " + REQUIRE + "=1 says it must be there");
            }
            assumeTrue(false, reason);
        }
        return path;
    }
}
