package dev.circleview.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The main usage, as {@code circle-view}, {@code circle-view --help} (or {@code -h}) and
 * {@code circle-view help} print it: rendered from the command model at build time, in plain text
 * and in colour, and committed as resources ({@code RootUsageTest} fails when they are stale). The
 * one screen people ask for most then costs a resource read instead of building every command's
 * model and laying out its usage.
 */
public final class RootUsage {
    public static final String PLAIN = "usage.txt";
    public static final String COLOR = "usage-color.txt";

    private RootUsage() {
    }

    /** Whether {@code args} ask for the main usage and nothing else. */
    public static boolean isRequest(String[] args) {
        return args.length == 0 || args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"));
    }

    public static String text(boolean color) {
        try (InputStream in = RootUsage.class.getResourceAsStream(color ? COLOR : PLAIN)) {
            if (in == null) {
                throw new IllegalStateException("the build left out " + (color ? COLOR : PLAIN));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
