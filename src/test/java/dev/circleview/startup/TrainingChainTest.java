package dev.circleview.startup;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training chain is what the JDK reads as a CA and a server certificate for 127.0.0.1, and a handshake accepts it. */
class TrainingChainTest {
    private static TrainingChain chain;

    @BeforeAll
    static void make() throws Exception {
        chain = TrainingChain.create();
    }

    @Test
    void theCaIsAnRsaCaThatSignedItself() throws Exception {
        X509Certificate ca = chain.ca();
        assertInstanceOf(RSAPublicKey.class, ca.getPublicKey());
        ca.verify(ca.getPublicKey());
        assertTrue(ca.getBasicConstraints() >= 0, "a CA");
        assertTrue(ca.getKeyUsage()[5], "keyCertSign");
        assertEquals("SHA256withRSA", ca.getSigAlgName());
        ca.checkValidity(new Date());
    }

    @Test
    void theLeafIsAP256ServerCertificateFor127001SignedByTheCa() throws Exception {
        X509Certificate leaf = chain.leaf();
        assertInstanceOf(ECPublicKey.class, leaf.getPublicKey());
        assertEquals(256, ((ECPublicKey) leaf.getPublicKey()).getParams().getCurve().getField().getFieldSize());
        leaf.verify(chain.ca().getPublicKey());
        assertEquals(-1, leaf.getBasicConstraints(), "not a CA");
        assertTrue(leaf.getKeyUsage()[0], "digitalSignature");
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), leaf.getExtendedKeyUsage());
        assertEquals(List.of(List.of(2, "localhost"), List.of(7, "127.0.0.1")), leaf.getSubjectAlternativeNames().stream().toList());
        assertEquals(chain.ca().getSubjectX500Principal(), leaf.getIssuerX500Principal());
        leaf.checkValidity(new Date());
    }

    @Test
    void thePemIsTheCa() throws Exception {
        X509Certificate read = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(chain.caPem().getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(chain.ca().getEncoded(), read.getEncoded());
    }

    @Test
    void aClientThatTrustsTheCaCompletesAHandshakeWithTheServer() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", chain.ca());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
        try (TrainingServer server = TrainingServer.start(chain)) {
            int port = Integer.parseInt(server.apiUrl().replaceAll("^https://127\\.0\\.0\\.1:(\\d+)/.*$", "$1"));
            try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", port)) {
                var params = socket.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(params);
                socket.startHandshake();
                assertEquals(chain.leaf(), socket.getSession().getPeerCertificates()[0]);
            }
        }
    }
}
