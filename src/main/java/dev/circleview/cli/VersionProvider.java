package dev.circleview.cli;

import dev.circleview.core.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the build's version. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"circle-view " + Version.current()};
    }
}
