package dev.circleview.api;

import dev.circleview.core.Text;
import dev.circleview.core.UsageException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --cacert}: trust extra certificate authorities (a CircleCI server install or a proxy behind
 * a private CA) on top of the system's trust store, which stays trusted.
 */
public final class TlsTrust {
    private TlsTrust() {
    }

    /** Contexts made by {@link #withExtraAuthorities}, by file contents: one per process in practice. */
    private static final Map<String, SSLContext> WITH_EXTRA = new HashMap<>();

    /**
     * A context that trusts the authorities in {@code pemFile} and the system's. The same file
     * contents give the same context, so one made ahead of time on another thread (see
     * {@code startup.Warmup}) is the one the client uses.
     */
    public static SSLContext withExtraAuthorities(Path pemFile) {
        byte[] pem = readBytes(pemFile);
        synchronized (WITH_EXTRA) {
            String key = new String(pem, StandardCharsets.ISO_8859_1);
            SSLContext context = WITH_EXTRA.get(key);
            if (context == null) {
                context = create(pemFile, pem);
                WITH_EXTRA.put(key, context);
            }
            return context;
        }
    }

    private static SSLContext create(Path pemFile, byte[] pem) {
        Collection<? extends Certificate> extra = parse(pemFile, pem);
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : extra) {
                store.setCertificateEntry("cacert-" + i++, c);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(trustManager(store), () -> trustManager(null))}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new UsageException("--cacert " + pemFile + ": cannot set up TLS with it (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private static byte[] readBytes(Path pemFile) {
        try {
            return Files.readAllBytes(pemFile);
        } catch (NoSuchFileException e) {
            throw new UsageException("--cacert " + pemFile + ": no such file", null);
        } catch (IOException e) {
            throw new UsageException("--cacert " + pemFile + ": cannot read it (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private static Collection<? extends Certificate> parse(Path pemFile, byte[] pem) {
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
            if (certs.isEmpty()) {
                throw new UsageException("--cacert " + pemFile + ": no certificate in it", "give a PEM file with -----BEGIN CERTIFICATE----- blocks");
            }
            return certs;
        } catch (CertificateException e) {
            throw new UsageException("--cacert " + pemFile + ": not a PEM certificate file ("
                    + Text.quoteForMessage(String.valueOf(e.getMessage())) + ")", "give a PEM file with -----BEGIN CERTIFICATE----- blocks");
        }
    }

    /** JSSE's trust manager for {@code store}; {@code null} is the system's trust store. */
    static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return Arrays.stream(factory.getTrustManagers()).filter(X509ExtendedTrustManager.class::isInstance)
                .map(X509ExtendedTrustManager.class::cast).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no X.509 trust manager"));
    }

    /** A check of a chain by one trust manager. */
    private interface Check {
        void run(X509ExtendedTrustManager manager) throws CertificateException;
    }

    /** Makes a trust manager when first needed. */
    interface Source {
        X509ExtendedTrustManager get() throws GeneralSecurityException;
    }

    /**
     * Trusts a chain when the extra authorities do, or else when the system's trust store does; that
     * store is read only then, so a chain that the extra authorities vouch for (a CircleCI server
     * install behind a private CA) never needs the whole CA list parsed.
     *
     * <p>It is an {@link X509ExtendedTrustManager} so that JSSE calls it as it is: a plain
     * {@code X509TrustManager} gets wrapped in one that asks {@link #getAcceptedIssuers()} on every
     * handshake, which would read the system's list anyway. The managers it delegates to, JSSE's
     * own, check the host name and the algorithm constraints in the methods that take a socket or an
     * engine.
     */
    static final class EitherTrustManager extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager extra;
        private final Source systemSource;
        private X509ExtendedTrustManager system;

        EitherTrustManager(X509ExtendedTrustManager extra, Source system) {
            this.extra = extra;
            this.systemSource = system;
        }

        private synchronized X509ExtendedTrustManager system() throws CertificateException {
            if (system == null) {
                try {
                    system = systemSource.get();
                } catch (GeneralSecurityException e) {
                    throw new CertificateException("cannot read the system's trust store", e);
                }
            }
            return system;
        }

        /** When both refuse, the extra authorities' reason is the one told (a wrong host name, say). */
        private void check(Check check) throws CertificateException {
            try {
                check.run(extra);
            } catch (CertificateException refused) {
                try {
                    check.run(system());
                } catch (CertificateException e) {
                    refused.addSuppressed(e);
                    throw refused;
                }
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(m -> m.checkClientTrusted(chain, authType));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(m -> m.checkServerTrusted(chain, authType));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(m -> m.checkClientTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(m -> m.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check(m -> m.checkClientTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check(m -> m.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = extra.getAcceptedIssuers();
            X509Certificate[] b;
            try {
                b = system().getAcceptedIssuers();
            } catch (CertificateException e) {
                b = new X509Certificate[0];
            }
            X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
