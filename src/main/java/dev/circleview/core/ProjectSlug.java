package dev.circleview.core;

import java.util.regex.Pattern;

/**
 * A CircleCI project: {@code github/ORG/REPO}, {@code bitbucket/WORKSPACE/REPO}, or the opaque
 * {@code circleci/ORG-ID/PROJECT-ID} of GitHub App, GitLab and Bitbucket Data Center projects.
 * Parts are restricted to characters that are safe as URL path segments, so a slug can never
 * steer a request to a surprising path.
 */
public record ProjectSlug(String vcs, String org, String repo) {

    public static final String ACCEPTED_FORMS =
            "github/ORG/REPO, gh/ORG/REPO, bitbucket/WORKSPACE/REPO, bb/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID";

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");

    public ProjectSlug {
        boolean knownVcs = "github".equals(vcs) || "bitbucket".equals(vcs) || "circleci".equals(vcs);
        if (!knownVcs || !validPart(org) || !validPart(repo)) {
            throw new IllegalArgumentException("invalid slug part");
        }
    }

    /**
     * Parses a slug.
     *
     * @param value  the text as given
     * @param source where it came from, for the error message ("--project", "catalog-info.yaml, entity x")
     */
    public static ProjectSlug parse(String value, String source) {
        if (value == null || value.isBlank()) {
            throw invalid(value, source, "it is empty");
        }
        String[] parts = value.split("/", -1);
        if (parts.length != 3) {
            throw invalid(value, source, "it has " + parts.length + (parts.length == 1 ? " part" : " parts") + ", not 3");
        }
        String vcs = switch (parts[0]) {
            case "github", "gh" -> "github";
            case "bitbucket", "bb" -> "bitbucket";
            case "circleci" -> "circleci";
            default -> throw invalid(value, source, "\"" + Text.quoteForMessage(parts[0]) + "\" is not a known VCS");
        };
        for (int i = 1; i < 3; i++) {
            if (parts[i].isEmpty()) {
                throw invalid(value, source, "part " + (i + 1) + " is empty");
            }
            if (!validPart(parts[i])) {
                throw invalid(value, source, "\"" + Text.quoteForMessage(parts[i]) + "\" has characters a project name cannot have");
            }
        }
        return new ProjectSlug(vcs, parts[1], parts[2]);
    }

    private static boolean validPart(String part) {
        return part != null && PART.matcher(part).matches() && !part.equals(".") && !part.equals("..");
    }

    private static UsageException invalid(String value, String source, String why) {
        return new UsageException(
                "invalid project slug \"" + Text.quoteForMessage(value == null ? "" : value) + "\" from " + source + ": " + why,
                "use one of " + ACCEPTED_FORMS);
    }

    /** The path of the project's endpoints below the API base URL, without a leading slash. */
    public String apiPath() {
        return "project/" + vcs + "/" + org + "/" + repo;
    }

    @Override
    public String toString() {
        return vcs + "/" + org + "/" + repo;
    }
}
