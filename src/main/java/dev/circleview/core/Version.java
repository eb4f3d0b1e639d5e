package dev.circleview.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The version the build wrote into {@code dev/circleview/version.txt}. */
public final class Version {
    private Version() {
    }

    /** The version from the build, or "dev" when run from classes without one. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/circleview/version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "dev";
        }
    }
}
