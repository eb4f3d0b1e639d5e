package dev.circleview.cli;

import dev.circleview.AppContext;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the build's version. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"circle-view " + AppContext.version()};
    }
}
