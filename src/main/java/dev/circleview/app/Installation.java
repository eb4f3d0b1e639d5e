package dev.circleview.app;

import java.nio.file.Path;

/**
 * What {@code circle-view doctor} reports about how it runs: the Java runtime, and what the installed
 * launcher (src/main/sh/circle-view) tells the JVM with system properties: where its files are and
 * which start-up archive it passed.
 *
 * @param home     the folder of the installed files ({@code PREFIX/share/circle-view}), or null when not
 *                 run through the launcher
 * @param archive  the start-up archive the launcher passed (app.aot or app.jsa), or null
 * @param sharing  whether the JVM maps a class-data archive (it says "sharing" in {@code java.vm.info})
 * @param java     the runtime's version
 * @param javaHome the runtime's folder
 */
public record Installation(Path home, Path archive, boolean sharing, String java, Path javaHome) {
    public static final String HOME_PROPERTY = "circleview.home";
    public static final String ARCHIVE_PROPERTY = "circleview.archive";

    /** This process's. */
    public static Installation current() {
        return new Installation(path(System.getProperty(HOME_PROPERTY)), path(System.getProperty(ARCHIVE_PROPERTY)),
                System.getProperty("java.vm.info", "").contains("sharing"),
                System.getProperty("java.runtime.version", Runtime.version().toString()),
                Path.of(System.getProperty("java.home", "")));
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
