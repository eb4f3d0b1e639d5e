package dev.circleview.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A body handler that collects the body into a byte array, failing once it grows past a cap. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** Thrown (as the cause) when a body is larger than the cap. */
    static final class TooLargeException extends IOException {
        TooLargeException(long cap) {
            super("response body larger than " + cap + " bytes");
        }
    }

    private final long cap;
    private final List<ByteBuffer> buffers = new ArrayList<>();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private long size;
    private Flow.Subscription subscription;

    private CappedBody(long cap) {
        this.cap = cap;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> new CappedBody(cap);
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
        result.complete(all);
    }
}
