package dev.circleview.api;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import java.security.SecureRandom;

/**
 * The TLS context of a client that never speaks TLS (the client for an {@code http://} API root;
 * {@link HttpClients} sends https requests through another). java.net.http wants a context even
 * then, and a real one costs a plain-HTTP run the set-up of JSSE and its default parameters (a
 * few tens of milliseconds at start-up); this one is made of nothing, and refuses to set up TLS.
 */
final class NoTls extends SSLContextSpi {
    private NoTls() {
    }

    static SSLContext context() {
        return new SSLContext(new NoTls(), null, "TLS") {
        };
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("TLS through the client of a plain-http API root");
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
        // nothing to set up
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
        return new SSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
        return new SSLParameters();
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
        throw refused();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
        throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
        throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
        throw refused();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
        throw refused();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
        throw refused();
    }
}
