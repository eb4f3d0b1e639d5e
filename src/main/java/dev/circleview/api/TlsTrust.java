package dev.circleview.api;

import dev.circleview.core.Text;
import dev.circleview.core.UsageException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
            X509TrustManager extraTrust = trustManager(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(extraTrust, new SystemTrust())}, null);
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

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no X.509 trust manager"));
    }

    /**
     * The system's trust store, read on first use: a chain that the extra authorities already
     * trust (a CircleCI server install behind a private CA) never needs the whole CA list parsed.
     */
    private static final class SystemTrust implements X509TrustManager {
        private X509TrustManager delegate;

        private synchronized X509TrustManager delegate() throws CertificateException {
            if (delegate == null) {
                try {
                    delegate = trustManager(null);
                } catch (GeneralSecurityException e) {
                    throw new CertificateException("cannot read the system's trust store", e);
                }
            }
            return delegate;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate().checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate().checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            try {
                return delegate().getAcceptedIssuers();
            } catch (CertificateException e) {
                return new X509Certificate[0];
            }
        }
    }

    /**
     * Trusts a chain when either manager does. JSSE wraps a plain {@link X509TrustManager} and still
     * checks the host name against the certificate.
     */
    private record EitherTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkClientTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkClientTrusted(chain, authType);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
