package dev.circleview.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file a build stored ({@code GET …/:build_num/artifacts}). {@code path} is relative to the
 * working folder on 2.0 builds and was absolute on 1.0 ones; {@code prettyPath} is kept for
 * compatibility and today equals {@code path}; {@code nodeIndex} is the container; {@code url} is
 * where to fetch it, usually on a {@code *.circle-artifacts.com} host. Every field may be null.
 */
public record Artifact(String path, String prettyPath, Integer nodeIndex, String url) {
    private static final String ARTIFACTS_ROOT = "$CIRCLE_ARTIFACTS/";
    private static final Pattern OLD_ROOT = Pattern.compile("^/tmp/circle-artifacts\\.[^/]+/");

    /**
     * The path under the artifacts' root, as it is saved and shown: {@code path} on 2.0 builds; on
     * 1.0 builds, whose {@code path} is absolute ({@code /tmp/circle-artifacts.XXXX/coverage/index.html}),
     * what follows {@code $CIRCLE_ARTIFACTS/} in {@code pretty_path}, else what follows that folder
     * in {@code path}. Null when there is no path.
     */
    @JsonIgnore
    public String relativePath() {
        if (prettyPath != null && prettyPath.startsWith(ARTIFACTS_ROOT) && prettyPath.length() > ARTIFACTS_ROOT.length()) {
            return prettyPath.substring(ARTIFACTS_ROOT.length());
        }
        if (path != null) {
            Matcher m = OLD_ROOT.matcher(path);
            if (m.find() && m.end() < path.length()) {
                return path.substring(m.end());
            }
        }
        return path;
    }
}
