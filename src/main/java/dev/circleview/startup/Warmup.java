package dev.circleview.startup;

import dev.circleview.api.model.Build;
import dev.circleview.api.model.Json;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.util.List;

/**
 * Starts, on a second thread, the one-time set-up that a command talking to CircleCI needs later:
 * the JSON mapper and its binding of builds, the JSSE providers, and (when the default trust will be
 * used) the default TLS context with its CA list. On a machine with two cores this runs while the
 * first is still parsing arguments and reading the catalog file, instead of after. What it is told
 * is a guess made before parsing; a wrong guess only wastes the second core's time. Failures are
 * ignored: the real use reports them.
 */
public final class Warmup {
    private Warmup() {
    }

    /** @param defaultTrust whether the API root is https and no extra CA file is given */
    public static void start(boolean defaultTrust) {
        Thread thread = new Thread(() -> run(defaultTrust), "circle-view-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(boolean defaultTrust) {
        try {
            if (defaultTrust) {
                SSLContext.getDefault();
            } else {
                SSLContext.getInstance("TLS").init(null, new TrustManager[0], null);
            }
            Json.mapper().readValue("[]", Json.mapper().getTypeFactory().constructCollectionType(List.class, Build.class));
        } catch (Exception | LinkageError e) {
            // the command's own use of the same parts will say what is wrong
        }
    }
}
