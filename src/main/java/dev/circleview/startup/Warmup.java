package dev.circleview.startup;

import dev.circleview.api.TlsTrust;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.Json;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts, on a second thread, the one-time set-up that a command talking to CircleCI needs later:
 * the TLS context the client will use (with its CA list; for an API root not known, just the JSSE
 * providers; for a plain-http one, nothing), and the JSON mapper with its binding of builds. On a
 * machine with two cores this runs while the first is still parsing arguments and reading the
 * catalog file, instead of after. What it is told is a guess made before parsing, from the flags
 * and the environment; a wrong guess only wastes the other core's time. Failures are ignored: the
 * real use reports them.
 */
public final class Warmup {
    private Warmup() {
    }

    /**
     * @param apiRoot the API root the command will most likely use, or null when a config file may
     *                name it: then only the TLS providers are set up
     * @param caFile  the {@code --cacert} file it will most likely use, or null
     */
    public static void start(URI apiRoot, Path caFile) {
        Thread thread = new Thread(() -> {
            tls(apiRoot, caFile);
            json();
        }, "circle-view-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /** The TLS set-up an https API root needs; a plain-http one needs none. */
    private static void tls(URI apiRoot, Path caFile) {
        try {
            if (apiRoot == null) {
                SSLContext.getInstance("TLS").init(null, new TrustManager[0], null);
            } else if ("https".equalsIgnoreCase(apiRoot.getScheme())) {
                if (caFile == null) {
                    SSLContext.getDefault();
                } else {
                    TlsTrust.withExtraAuthorities(caFile);
                }
            }
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
