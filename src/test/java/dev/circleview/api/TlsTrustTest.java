package dev.circleview.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code --cacert}: contexts are made once per file contents, so one made ahead of time is the one
 * the client uses; the system's trust store is asked only when the extra authorities refuse a chain.
 */
class TlsTrustTest {
    private static final String TRAINING = "/dev/circleview/startup/";

    @TempDir
    Path dir;

    @Test
    void theSameCaFileGivesTheSameContextAndAnotherFileAnother() throws IOException {
        Path ca = dir.resolve("ca.pem");
        try (InputStream in = getClass().getResourceAsStream(TRAINING + "training-ca.pem")) {
            Files.copy(in, ca);
        }
        Path copy = Files.copy(ca, dir.resolve("copy.pem"));
        Path other = dir.resolve("other.pem");
        Files.writeString(other, Files.readString(ca) + Files.readString(ca));

        assertSame(TlsTrust.withExtraAuthorities(ca), TlsTrust.withExtraAuthorities(copy));
        assertNotSame(TlsTrust.withExtraAuthorities(ca), TlsTrust.withExtraAuthorities(other));
    }

    @Test
    void aChainTheExtraAuthoritiesVouchForNeverReadsTheSystemList() throws Exception {
        X509Certificate[] chain = chain(training());
        AtomicInteger asked = new AtomicInteger();
        TlsTrust.EitherTrustManager manager = new TlsTrust.EitherTrustManager(TlsTrust.trustManager(trusting(trainingCa())), () -> {
            asked.incrementAndGet();
            throw new GeneralSecurityException("not to be read");
        });

        manager.checkServerTrusted(chain, "ECDHE_RSA");

        assertEquals(0, asked.get());
    }

    @Test
    void aChainTheyRefuseIsAskedOfTheSystemListOnceAndItsVerdictHolds() throws Exception {
        X509Certificate[] chain = chain(keyStore("stranger"));
        KeyStore systemList = trusting(chain[0]);
        AtomicInteger asked = new AtomicInteger();
        TlsTrust.EitherTrustManager manager = new TlsTrust.EitherTrustManager(TlsTrust.trustManager(trusting(trainingCa())), () -> {
            asked.incrementAndGet();
            return TlsTrust.trustManager(systemList);
        });

        manager.checkServerTrusted(chain, "ECDHE_RSA");
        manager.checkServerTrusted(chain, "ECDHE_RSA");

        assertEquals(1, asked.get());
    }

    @Test
    void whenBothRefuseTheExtraAuthoritiesReasonIsTold() throws Exception {
        X509Certificate[] chain = chain(keyStore("stranger"));
        X509ExtendedTrustManager extra = TlsTrust.trustManager(trusting(trainingCa()));
        KeyStore systemList = trusting(chain(keyStore("other"))[0]);
        TlsTrust.EitherTrustManager manager = new TlsTrust.EitherTrustManager(extra, () -> TlsTrust.trustManager(systemList));

        CertificateException e = assertThrows(CertificateException.class, () -> manager.checkServerTrusted(chain, "ECDHE_RSA"));

        CertificateException fromExtra = assertThrows(CertificateException.class, () -> extra.checkServerTrusted(chain, "ECDHE_RSA"));
        assertEquals(fromExtra.getMessage(), e.getMessage());
        assertEquals(1, e.getSuppressed().length);
        assertInstanceOf(CertificateException.class, e.getSuppressed()[0]);
    }

    /** The training server's key pair and chain. */
    private static KeyStore training() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TlsTrustTest.class.getResourceAsStream(TRAINING + "training.p12")) {
            store.load(in, "training-only".toCharArray());
        }
        return store;
    }

    private static KeyStore trusting(X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", certificate);
        return store;
    }

    private static X509Certificate[] chain(KeyStore store) throws GeneralSecurityException {
        Certificate[] chain = store.getCertificateChain(store.aliases().nextElement());
        return Arrays.copyOf(chain, chain.length, X509Certificate[].class);
    }

    /** The training server's CA, which signed its certificate. */
    private static X509Certificate trainingCa() throws Exception {
        try (InputStream in = TlsTrustTest.class.getResourceAsStream(TRAINING + "training-ca.pem")) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** A self-signed certificate for 127.0.0.1 that no one else trusts, made with the JDK's keytool. */
    private KeyStore keyStore(String name) throws Exception {
        Path file = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", name, "-dname", "CN=127.0.0.1",
                "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", "password").redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), out);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "password".toCharArray());
        }
        return store;
    }
}
