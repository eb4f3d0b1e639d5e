package dev.circleview.api;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A body handler that collects the body into a byte array, failing once it grows past a cap. A
 * body sent with {@code Content-Encoding: gzip} is decompressed, under the same cap (an empty one,
 * as some servers label even those, stays empty).
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** Thrown (as the cause) when a body is larger than the cap. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long cap) {
            super("response body larger than " + cap + " bytes");
        }
    }

    /** Thrown (as the cause) when a gzip-encoded body does not decompress. */
    static final class CorruptEncodingException extends IOException {
        private static final long serialVersionUID = 1L;

        CorruptEncodingException(IOException cause) {
            super("gzip-encoded body does not decompress", cause);
        }
    }

    private final long cap;
    private final boolean gzip;
    private final List<ByteBuffer> buffers = new ArrayList<>();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private long size;
    private Flow.Subscription subscription;

    private CappedBody(long cap, boolean gzip) {
        this.cap = cap;
        this.gzip = gzip;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> new CappedBody(cap, info.headers().firstValue("Content-Encoding")
                .map(encoding -> encoding.strip().equalsIgnoreCase("gzip")).orElse(false));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer b : items) {
            size += b.remaining();
            buffers.add(b);
        }
        if (size > cap) {
            subscription.cancel();
            buffers.clear();
            result.completeExceptionally(new TooLargeException(cap));
        }
    }

    @Override
    public void onError(Throwable throwable) {
        buffers.clear();
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        if (result.isDone()) {
            return;
        }
        byte[] all = new byte[(int) size];
        int pos = 0;
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            b.get(all, pos, n);
            pos += n;
        }
        buffers.clear();
        if (!gzip || all.length == 0) {
            result.complete(all);
            return;
        }
        try {
            result.complete(gunzip(all, cap));
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    private static byte[] gunzip(byte[] body, long cap) throws IOException {
        byte[] out;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            out = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
        } catch (ZipException | EOFException e) {
            throw new CorruptEncodingException(e);
        }
        if (out.length > cap) {
            throw new TooLargeException(cap);
        }
        return out;
    }
}
