package dev.circleview.app;

import java.net.URI;

/** Opens a web page in the user's browser. The seam that keeps tests from opening real ones. */
@FunctionalInterface
public interface Browser {
    /** Tries to open {@code page}; true when an opener took it, false when none could be started. */
    boolean open(URI page);
}
