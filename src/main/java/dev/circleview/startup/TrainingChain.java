package dev.circleview.startup;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The training server's certificates, made in memory for each training run and forgotten with it:
 * like most public servers', a chain of an ECDSA P-256 certificate for 127.0.0.1 and localhost
 * signed by an RSA certificate authority, so that training runs what a real handshake checks (both
 * kinds of signature, and the validation of a certificate path). Written with the JDK's public
 * APIs: the keys and signatures from {@code java.security}, the certificates' DER by hand below.
 */
final class TrainingChain {
    private static final byte[] SHA256_WITH_RSA = oid(1, 2, 840, 113549, 1, 1, 11);
    private static final byte[] COMMON_NAME = oid(2, 5, 4, 3);
    private static final byte[] BASIC_CONSTRAINTS = oid(2, 5, 29, 19);
    private static final byte[] KEY_USAGE = oid(2, 5, 29, 15);
    private static final byte[] EXTENDED_KEY_USAGE = oid(2, 5, 29, 37);
    private static final byte[] SUBJECT_ALT_NAME = oid(2, 5, 29, 17);
    private static final byte[] SERVER_AUTH = oid(1, 3, 6, 1, 5, 5, 7, 3, 1);
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private final X509Certificate ca;
    private final X509Certificate leaf;
    private final PrivateKey leafKey;

    private TrainingChain(X509Certificate ca, X509Certificate leaf, PrivateKey leafKey) {
        this.ca = ca;
        this.leaf = leaf;
        this.leafKey = leafKey;
    }

    /** A new chain, valid from a day ago to a day from now. */
    static TrainingChain create() throws GeneralSecurityException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair caKeys = rsa.generateKeyPair();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair leafKeys = ec.generateKeyPair();
        Instant now = Instant.now();
        byte[] caName = name("circle-view training CA");
        X509Certificate ca = certificate(1, caName, caName, caKeys.getPublic(), caKeys.getPrivate(), now, seq(
                extension(BASIC_CONSTRAINTS, true, seq(der(0x01, new byte[] {(byte) 0xff}))),
                // keyCertSign and cRLSign
                extension(KEY_USAGE, true, der(0x03, new byte[] {1, 0x06}))));
        X509Certificate leaf = certificate(2, caName, name("127.0.0.1"), leafKeys.getPublic(), caKeys.getPrivate(), now, seq(
                extension(BASIC_CONSTRAINTS, true, seq()),
                // digitalSignature
                extension(KEY_USAGE, true, der(0x03, new byte[] {7, (byte) 0x80})),
                extension(EXTENDED_KEY_USAGE, false, seq(der(0x06, SERVER_AUTH))),
                extension(SUBJECT_ALT_NAME, false, seq(
                        der(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)),
                        der(0x87, new byte[] {127, 0, 0, 1})))));
        return new TrainingChain(ca, leaf, leafKeys.getPrivate());
    }

    X509Certificate ca() {
        return ca;
    }

    X509Certificate leaf() {
        return leaf;
    }

    /** The CA certificate as a PEM file holds it, for {@code --cacert}. */
    String caPem() throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(ca.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    /** Key managers that present the leaf and its CA: an in-memory key store, under a password made for it. */
    KeyManager[] keyManagers() throws GeneralSecurityException {
        char[] password = new BigInteger(128, new SecureRandom()).toString(36).toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        store.setKeyEntry("training", leafKey, password, new Certificate[] {leaf, ca});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        return kmf.getKeyManagers();
    }

    private static X509Certificate certificate(long serial, byte[] issuer, byte[] subject, PublicKey key, PrivateKey signer,
                                               Instant now, byte[] extensions) throws GeneralSecurityException {
        byte[] algorithm = seq(der(0x06, SHA256_WITH_RSA), der(0x05, new byte[0]));
        byte[] tbs = seq(
                der(0xa0, der(0x02, new byte[] {2})),
                der(0x02, BigInteger.valueOf(serial).toByteArray()),
                algorithm,
                issuer,
                seq(time(now.minus(Duration.ofDays(1))), time(now.plus(Duration.ofDays(1)))),
                subject,
                key.getEncoded(),
                der(0xa3, extensions));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(signer);
        signature.update(tbs);
        byte[] signed = signature.sign();
        byte[] bits = new byte[signed.length + 1];
        System.arraycopy(signed, 0, bits, 1, signed.length);
        byte[] encoded = seq(tbs, algorithm, der(0x03, bits));
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
    }

    /** A name of one common name. */
    private static byte[] name(String commonName) {
        return seq(der(0x31, seq(der(0x06, COMMON_NAME), der(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
    }

    private static byte[] time(Instant t) {
        return der(0x17, UTC_TIME.format(t).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] extension(byte[] oid, boolean critical, byte[] value) {
        return critical ? seq(der(0x06, oid), der(0x01, new byte[] {(byte) 0xff}), der(0x04, value))
                : seq(der(0x06, oid), der(0x04, value));
    }

    private static byte[] seq(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return der(0x30, out.toByteArray());
    }

    /** One DER element: its tag, its length, its content. */
    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            byte[] length = BigInteger.valueOf(n).toByteArray();
            int skip = length[0] == 0 ? 1 : 0;
            out.write(0x80 | (length.length - skip));
            out.write(length, skip, length.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** An object identifier's DER content. */
    private static byte[] oid(int... arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(arcs[0] * 40 + arcs[1]);
        for (int i = 2; i < arcs.length; i++) {
            int arc = arcs[i];
            int shift = 28;
            while (shift > 0 && (arc >>> shift) == 0) {
                shift -= 7;
            }
            for (; shift > 0; shift -= 7) {
                out.write(0x80 | ((arc >>> shift) & 0x7f));
            }
            out.write(arc & 0x7f);
        }
        return out.toByteArray();
    }
}
