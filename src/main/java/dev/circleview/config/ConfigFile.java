package dev.circleview.config;

import dev.circleview.core.NotConfiguredException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

/**
 * Finds the config file and reads it when it is there. Every run asks, so a missing default file
 * costs one {@code stat} and nothing more: the YAML reader ({@link ConfigReader}) is only loaded for a
 * file that exists.
 */
public final class ConfigFile {
    public static final String ENV = "CIRCLE_VIEW_CONFIG";
    static final String RELATIVE = "circle-view/config.yaml";

    private ConfigFile() {
    }

    /**
     * Where the config file is: {@code --config}, else {@code CIRCLE_VIEW_CONFIG}, else
     * {@code $XDG_CONFIG_HOME/circle-view/config.yaml} (an absolute XDG_CONFIG_HOME only, as the XDG
     * spec says), else {@code $HOME/.config/circle-view/config.yaml}. Relative names are taken from
     * {@code cwd}.
     */
    public static Config.Location locate(Path flag, Map<String, String> env, Path cwd) {
        if (flag != null) {
            return new Config.Location(cwd.resolve(flag), "--config", true);
        }
        String named = env.get(ENV);
        if (named != null && !named.isBlank()) {
            return new Config.Location(cwd.resolve(named.strip()), ENV, true);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new Config.Location(Path.of(xdg).resolve(RELATIVE), Config.Location.DEFAULT, false);
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            return new Config.Location(Path.of(home).resolve(".config").resolve(RELATIVE), Config.Location.DEFAULT, false);
        }
        return new Config.Location(null, Config.Location.DEFAULT, false);
    }

    /**
     * Reads the file at {@code location}: {@link Config#missing} when a default file is not there;
     * otherwise the checked settings, or a {@link NotConfiguredException} (exit 3) naming the file,
     * the line and column where known, and what to fix.
     */
    public static Config load(Config.Location location, Map<String, String> env) {
        Path file = location.path();
        if (file == null) {
            return Config.missing(location);
        }
        boolean othersMayRead;
        try {
            othersMayRead = othersMayRead(file);
        } catch (NoSuchFileException e) {
            if (!location.named()) {
                return Config.missing(location);
            }
            throw new NotConfiguredException(location.shown() + ": no such file (named by " + location.source() + ")",
                    "check the path, or create the file (see docs/config.md)");
        } catch (IOException e) {
            throw new NotConfiguredException(location.shown() + ": cannot read it (" + e.getClass().getSimpleName() + ")",
                    "check the file's permissions");
        }
        return ConfigReader.read(location, env, othersMayRead);
    }

    /** Whether the group or others may read {@code file}: one {@code stat}, which also says whether it exists. */
    private static boolean othersMayRead(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.readAttributes(file, PosixFileAttributes.class).permissions();
            return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: no permission bits to judge
            Files.readAttributes(file, BasicFileAttributes.class);
            return false;
        }
    }
}
