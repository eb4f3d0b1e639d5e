package dev.circleview.startup;

import dev.circleview.api.CircleCiClient;
import dev.circleview.api.TlsTrust;
import dev.circleview.api.model.BuildListReader;
import dev.circleview.api.model.Json;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;

/**
 * Starts, on other threads, the one-time set-up that a command talking to CircleCI needs later: the
 * TLS context the client will use (with its CA list; for an API root not known, just the JSSE
 * providers; for a plain-http one, nothing), then the reader of build lists and the JSON mapper;
 * and, unless the API root is plain http, what the handshake computes or reads once: the
 * elliptic-curve tables and the JDK's own CA list. On a machine with two cores this runs while the
 * first is still parsing arguments and reading the catalog file, instead of after. What it is told
 * is a guess made before parsing, from the flags and the environment; a wrong guess only wastes
 * the other core's time. Failures are ignored: the real use reports them.
 */
public final class Warmup {
    private Warmup() {
    }

    /**
     * @param apiRoot the API root the command will most likely use, or null when a config file may
     *                name it: then only the TLS providers are set up
     * @param caFile  the {@code --cacert} file it will most likely use, or null
     * @param mapper  whether the command will use the JSON mapper (all but {@code builds} do)
     */
    public static void start(URI apiRoot, Path caFile, boolean mapper) {
        if (apiRoot == null || "https".equalsIgnoreCase(apiRoot.getScheme())) {
            daemon("circle-view-warmup-tls", () -> {
                ellipticCurve();
                jdkAuthorities();
            });
        }
        daemon("circle-view-warmup", () -> {
            tls(apiRoot, caFile);
            CircleCiClient.warmUp();
            json(mapper);
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
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

    /**
     * Every TLS 1.3 handshake of JSSE offers a P-256 key (besides X25519), and checking an ECDSA
     * P-256 signature works on the same curve. The first such key is costly (recent JDKs compute a
     * table of multiples of the curve's generator when it is first used; docs/performance.md has the
     * measurements); here it is made off the handshake's path.
     */
    private static void ellipticCurve() {
        try {
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(256);
            ec.generateKeyPair();
        } catch (Exception | LinkageError e) {
            // the handshake will say what is wrong
        }
    }

    /**
     * Every certificate check of JSSE's trust manager asks whether the chain ends at one of the
     * JDK's own CAs (for its host-name rules), and the first time this loads the JDK's CA list, in
     * the middle of the handshake (docs/performance.md). The class is internal, but initializing a
     * class by name needs no access; on a JDK without it, nothing happens.
     */
    private static void jdkAuthorities() {
        try {
            Class.forName("sun.security.util.AnchorCertificates", true, null);
        } catch (ClassNotFoundException | LinkageError e) {
            // another JDK: the handshake does without
        }
    }

    /**
     * The reader of build lists (what {@code builds} waits for), used once on an answer of the usual
     * shape, then, if asked, the mapper that the other commands bind with.
     */
    private static void json(boolean mapper) {
        try {
            BuildListReader.read("[{\"build_num\": 1, \"status\": \"success\", \"user\": {}, \"workflows\": {}}]"
                    .getBytes(StandardCharsets.US_ASCII));
            if (mapper) {
                Json.mapper();
            }
        } catch (Exception | LinkageError e) {
            // the command's own reading will say what is wrong
        }
    }
}
