package dev.circleview.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

/** How answers are read: the API's bodies whole (capped), other hosts' as a stream. */
abstract class BodyKind<T> {
    static final BodyKind<byte[]> API = new BodyKind<>() {
        @Override
        HttpResponse.BodyHandler<byte[]> handler() {
            return CappedBody.handler(Transport.BODY_CAP);
        }

        @Override
        byte[] errorBody(byte[] body) {
            return body;
        }

        @Override
        String size(byte[] body) {
            return body.length + " bytes";
        }
    };

    static final BodyKind<InputStream> EXTERNAL = new BodyKind<>() {
        @Override
        HttpResponse.BodyHandler<InputStream> handler() {
            return HttpResponse.BodyHandlers.ofInputStream();
        }

        @Override
        byte[] errorBody(InputStream body) {
            try (body) {
                return body.readNBytes(Transport.ERROR_BODY_CAP);
            } catch (IOException e) {
                return new byte[0];
            }
        }

        @Override
        String size(InputStream body) {
            return "body streamed";
        }
    };

    abstract HttpResponse.BodyHandler<T> handler();

    /** The (capped) bytes of an answer that is not used, which is then released. */
    abstract byte[] errorBody(T body);

    abstract String size(T body);
}
