package dev.circleview.api.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The branch names that key the {@code branches} of {@code GET /projects}: CircleCI sends them
 * percent-encoded ({@code feature%2Flogin}) and has said it will keep doing so.
 */
public final class BranchNames {
    private BranchNames() {
    }

    /**
     * The branch name a key stands for. A {@code +} stays a {@code +} (git allows it in branch names;
     * form decoding would turn it into a space); a key that is not valid percent-encoding, such as
     * {@code 100%}, is taken as it is.
     */
    public static String decode(String key) {
        if (key == null || key.indexOf('%') < 0) {
            return key;
        }
        try {
            return URLDecoder.decode(key.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return key;
        }
    }
}
