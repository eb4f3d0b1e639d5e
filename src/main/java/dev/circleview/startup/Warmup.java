package dev.circleview.startup;

import dev.circleview.api.Preconnect;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.Json;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts, on other threads, the one-time set-up that a command talking to CircleCI needs later: the
 * TLS context and a handshake with the API host ({@link Preconnect}), or for a plain-http API root
 * (or one not known) the JSSE providers, and the JSON mapper with its binding of builds. On a machine
 * with two cores this runs while the first is still parsing arguments and reading the catalog file,
 * instead of after. What it is told is a guess made before parsing, from the flags, the environment
 * and a cheap look at the config file; when the host cannot be known that way it is not guessed, so
 * that no connection goes to a host the command will not use. Failures are ignored: the real use
 * reports them.
 */
public final class Warmup {
    private Warmup() {
    }

    /**
     * @param apiRoot the API root the command will use, or null when that cannot be known cheaply (a
     *                config file the guess cannot read): then only the TLS providers are warmed, and
     *                no host is connected to, since it might not be the one the command uses
     * @param caFile  the {@code --cacert} file it will most likely use, or null
     */
    public static void start(URI apiRoot, Path caFile) {
        start("circle-view-preconnect", () -> tls(apiRoot, caFile));
        start("circle-view-warmup", Warmup::json);
    }

    private static void start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void tls(URI apiRoot, Path caFile) {
        if (apiRoot != null && "https".equalsIgnoreCase(apiRoot.getScheme())) {
            Preconnect.to(apiRoot, caFile);
            return;
        }
        try {
            SSLContext.getInstance("TLS").init(null, new TrustManager[0], null);
        } catch (Exception | LinkageError e) {
            // the client's own set-up will say what is wrong
        }
    }

    private static void json() {
        try {
            Json.mapper().readValue("[]", Json.mapper().getTypeFactory().constructCollectionType(List.class, Build.class));
        } catch (Exception | LinkageError e) {
            // the command's own use of the mapper will say what is wrong
        }
    }
}
