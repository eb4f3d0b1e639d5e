package dev.circleview.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the CircleCI slug from the checkout's git remote ({@code origin} first), by reading
 * {@code .git/config} directly: no git process to start.
 */
public final class GitRemote {
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[remote\\s+\"([^\"]+)\"\\s*]\\s*$");
    private static final Pattern URL = Pattern.compile("^\\s*url\\s*=\\s*(\\S+)\\s*$");
    private static final Pattern HOSTED = Pattern.compile(
            "^(?:[a-z+]+://)?(?:[^@/]+@)?(github\\.com|bitbucket\\.org)[:/]([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\\.git)?/?$");

    private GitRemote() {
    }

    /** {@code github/ORG/REPO} or {@code bitbucket/WORKSPACE/REPO} from the remote, or null. */
    public static String guessSlug(Path repositoryRoot) {
        if (repositoryRoot == null) {
            return null;
        }
        Path config = gitDir(repositoryRoot);
        if (config == null) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(config.resolve("config"), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String firstUrl = null;
        String remote = null;
        for (String line : lines) {
            Matcher s = SECTION.matcher(line);
            if (s.matches()) {
                remote = s.group(1);
                continue;
            }
            if (line.trim().startsWith("[")) {
                remote = null;
                continue;
            }
            Matcher u = URL.matcher(line);
            if (remote != null && u.matches()) {
                String slug = slugOf(u.group(1));
                if (slug != null && remote.equals("origin")) {
                    return slug;
                }
                if (slug != null && firstUrl == null) {
                    firstUrl = slug;
                }
            }
        }
        return firstUrl;
    }

    static String slugOf(String url) {
        Matcher m = HOSTED.matcher(url);
        if (!m.matches()) {
            return null;
        }
        String vcs = m.group(1).startsWith("github") ? "github" : "bitbucket";
        return vcs + "/" + m.group(2) + "/" + m.group(3);
    }

    private static Path gitDir(Path root) {
        Path dotGit = root.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        // a worktree or submodule: ".git" is a file saying "gitdir: <path>"
        try {
            String text = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
            if (text.startsWith("gitdir:")) {
                Path dir = root.resolve(text.substring("gitdir:".length()).trim()).normalize();
                Path common = dir.resolve("commondir");
                if (Files.isRegularFile(common)) {
                    dir = dir.resolve(Files.readString(common, StandardCharsets.UTF_8).trim()).normalize();
                }
                return dir;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
