package dev.circleview.api;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of one URL path segment (RFC 3986): only unreserved characters stay as they are. */
final class PathSegments {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegments() {
    }

    static String encode(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            // a dot segment would move up the path; callers reject these, this is the second lock
            return segment.replace(".", "%2E");
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }
}
