package dev.circleview.doctor;

import dev.circleview.app.Installation;
import dev.circleview.doctor.DoctorReport.Check;
import dev.circleview.doctor.DoctorReport.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The doctor's checks of the runtime and the installed files, from what the launcher tells the JVM. */
class DoctorChecksTest {
    private static final Path JDK = Path.of("/opt/jdk-17");

    @TempDir
    Path prefix;

    private Path home() throws IOException {
        Path home = Files.createDirectories(prefix.resolve("share/circle-view"));
        Files.writeString(home.resolve("circle-view.jar"), "jar");
        Files.setLastModifiedTime(home.resolve("circle-view.jar"), FileTime.fromMillis(1_000_000));
        return home;
    }

    private Path archive(Path home, long modified) throws IOException {
        Path archive = Files.writeString(home.resolve("app.jsa"), "archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(modified));
        return archive;
    }

    @Test
    void withoutTheLauncherThereIsNoArchiveAndThatIsFine() {
        Check check = DoctorChecks.java(new Installation(null, null, true, "17.0.15+6", JDK));

        assertEquals(State.OK, check.state());
        assertEquals("Java 17.0.15+6 at /opt/jdk-17; no start-up archive (run without the launcher install.sh writes)",
                check.message());
    }

    @Test
    void anArchiveTheJvmMapsIsInUse() throws IOException {
        Path home = home();
        Check check = DoctorChecks.java(new Installation(home, archive(home, 2_000_000), true, "25.0.3+9", JDK));

        assertEquals(State.OK, check.state());
        assertEquals("Java 25.0.3+9 at /opt/jdk-17; start-up archive app.jsa in use", check.message());
        assertEquals(true, check.details().get("archive_in_use"));
    }

    @Test
    void anArchiveOlderThanTheJarOrNotMappedIsAHint() throws IOException {
        Path home = home();
        Check stale = DoctorChecks.java(new Installation(home, archive(home, 10), true, "17.0.15+6", JDK));
        Check unmapped = DoctorChecks.java(new Installation(home, archive(home, 2_000_000), false, "17.0.15+6", JDK));
        Check none = DoctorChecks.java(new Installation(home, null, true, "17.0.15+6", JDK));

        assertEquals(State.HINT, stale.state());
        assertEquals("Java 17.0.15+6 at /opt/jdk-17; the start-up archive " + home.resolve("app.jsa")
                + " is not in use (older than the jar)", stale.message());
        assertEquals("re-run install.sh for a quicker start", stale.fix());
        assertEquals(State.HINT, unmapped.state());
        assertEquals(State.HINT, none.state());
        assertEquals("Java 17.0.15+6 at /opt/jdk-17; no start-up archive in " + home, none.message());
    }

    @Test
    void completionsFoundSomeOrNone() throws IOException {
        Path home = home();
        Installation installed = new Installation(home, null, true, "17", JDK);

        Check none = DoctorChecks.completions(installed);
        Path bash = prefix.resolve("share/bash-completion/completions/circle-view");
        Files.createDirectories(bash.getParent());
        Files.writeString(bash, "complete");
        Check some = DoctorChecks.completions(installed);

        assertEquals(State.HINT, none.state());
        assertEquals("none under " + prefix.resolve("share"), none.message());
        assertEquals("re-run install.sh, or see 'circle-view completion --help'", none.fix());
        assertEquals(State.HINT, some.state());
        assertEquals("bash only under " + prefix.resolve("share"), some.message());
        assertEquals(bash.toString(), some.details().get("bash"));
    }

    @Test
    void withoutTheLauncherCompletionsAreNotLookedFor() {
        Check check = DoctorChecks.completions(new Installation(null, null, false, "17", JDK));

        assertEquals(State.HINT, check.state());
        assertEquals("not looked for (run without the launcher install.sh writes)", check.message());
    }
}
