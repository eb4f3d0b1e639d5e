package dev.circleview.output;

import dev.circleview.api.model.Build;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Renders builds as lines. On a terminal: a header, aligned columns fitted to the width (the
 * subject shrinks first), status symbols and colour, relative times, each build's number a
 * hyperlink to its page where links are on. Piped: tab-separated, no header, raw status words,
 * ISO-8601 UTC times, nothing cut. Builds of several projects get a leading project column in both;
 * builds of one project never do.
 */
public final class BuildTable {
    private static final int SHORT_SHA = 7;

    /**
     * The columns, in order. {@code cap} limits a column's natural width; a column shrinks first to
     * {@code soft}, which keeps it readable, and only when dropping less useful columns was not
     * enough, to {@code min}.
     */
    enum Column implements TableLayout.Column {
        PROJECT("PROJECT", 40, 16, 8, false),
        STATUS("STATUS", 24, 0, 0, true),
        NUMBER("#", 0, 0, 0, true),
        SUBJECT("SUBJECT", 0, 30, 10, false),
        JOB("JOB", 30, 12, 6, false),
        WORKFLOW("WORKFLOW", 24, 12, 6, false),
        BRANCH("BRANCH", 40, 20, 8, false),
        COMMIT("COMMIT", 0, 0, 0, false),
        AUTHOR("AUTHOR", 20, 10, 6, false),
        STARTED("STARTED", 0, 0, 0, false),
        DURATION("DURATION", 0, 0, 0, false);

        private final TableLayout.Width width;

        Column(String header, int cap, int soft, int min, boolean always) {
            this.width = new TableLayout.Width(header, cap, soft, min, always);
        }

        @Override
        public TableLayout.Width width() {
            return width;
        }

        /** Slugs differ at their end (the repository); jobs, workflows and branches often only there. */
        @Override
        public TableLayout.Cut cut() {
            return switch (this) {
                case PROJECT -> TableLayout.Cut.START;
                case JOB, WORKFLOW, BRANCH -> TableLayout.Cut.DISTINCT;
                default -> TableLayout.Cut.END;
            };
        }
    }

    /**
     * The columns with the most to spare shrink first (a long subject and a long branch alike); the less
     * useful columns go before any column gets unreadable; the project column, there only for several
     * projects, is cut at its start (keeping the repository's name) and is never dropped. On a very
     * narrow terminal the subject gives what it has left, then the status keeps its symbol and an ellipsis.
     */
    private static final TableLayout<Column> LAYOUT = new TableLayout<>(Column.class,
            List.of(List.of(Column.SUBJECT, Column.WORKFLOW, Column.JOB, Column.AUTHOR, Column.BRANCH, Column.PROJECT)),
            List.of(Column.WORKFLOW, Column.AUTHOR, Column.JOB, Column.DURATION, Column.COMMIT),
            List.of(Column.BRANCH, Column.STARTED),
            List.of(new TableLayout.Squeeze<>(Column.SUBJECT, 1), new TableLayout.Squeeze<>(Column.STATUS, 2)));

    private final Instant now;
    private final Supplier<ZoneId> zone;

    /** @param zone the zone dates are shown in, asked for only when a build is old enough to show a date */
    public BuildTable(Instant now, Supplier<ZoneId> zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * The subject as a terminal shows it: the commit subject, else the workflow name, plus "(retry of
     * #N)". Piped output has {@link #commitSubject} alone.
     */
    public static String subject(Build b) {
        // blank after sanitising (a subject of nothing but escape codes) falls back too
        String text = commitSubject(b);
        if (text.isEmpty()) {
            text = Sanitizer.cell(b.workflowName()).strip();
        }
        if (b.retryOf() != null) {
            text = (text.isEmpty() ? "" : text + " ") + "(retry of #" + b.retryOf() + ")";
        }
        return text;
    }

    /** The commit subject alone, sanitised: what the SUBJECT field means in piped output. */
    public static String commitSubject(Build b) {
        return Sanitizer.cell(b.subject()).strip();
    }

    /** Tab-separated lines for scripts; the columns are listed in the README and in {@code builds --help}. */
    public List<String> piped(List<Build> builds) {
        return piped(builds, null);
    }

    /**
     * As {@link #piped(List)}, each line led by its build's project from {@code projects} (one per
     * build, in the same order), or not at all when {@code projects} is null.
     */
    public List<String> piped(List<Build> builds, List<String> projects) {
        List<String> lines = new ArrayList<>(builds.size());
        for (int i = 0; i < builds.size(); i++) {
            Build b = builds.get(i);
            lines.add((projects == null ? "" : Sanitizer.cell(projects.get(i)) + "\t") + String.join("\t",
                    StatusStyle.word(b.status()),
                    b.buildNum() == null ? "" : b.buildNum().toString(),
                    commitSubject(b),
                    Sanitizer.cell(b.effectiveJobName()),
                    Sanitizer.cell(b.workflowName()),
                    Sanitizer.cell(b.branch()),
                    Sanitizer.cell(b.vcsRevision()),
                    Sanitizer.cell(b.author()),
                    TimeFormat.iso(b.startedAt()),
                    TimeFormat.seconds(b.duration())));
        }
        return lines;
    }

    /** Aligned lines for a terminal {@code width} columns wide; {@code links}: numbers link to the builds' pages. */
    public List<String> table(List<Build> builds, int width, boolean color, boolean links, boolean headers) {
        return table(builds, null, width, color, links, headers);
    }

    /**
     * As {@link #table(List, int, boolean, boolean, boolean)}, with a leading PROJECT column holding
     * each build's project from {@code projects} (one per build, in the same order); none when it is null.
     */
    public List<String> table(List<Build> builds, List<String> projects, int width, boolean color, boolean links, boolean headers) {
        List<String[]> rows = new ArrayList<>(builds.size());
        for (int i = 0; i < builds.size(); i++) {
            Build b = builds.get(i);
            String sha = Sanitizer.cell(b.vcsRevision());
            rows.add(new String[] {
                    projects == null ? "" : Sanitizer.cell(projects.get(i)),
                    statusCell(b),
                    b.buildNum() == null ? "" : b.buildNum().toString(),
                    subject(b),
                    Sanitizer.cell(b.effectiveJobName()),
                    Sanitizer.cell(b.workflowName()),
                    Sanitizer.cell(b.branch()),
                    shortSha(sha),
                    Sanitizer.cell(b.author()),
                    TimeFormat.relative(b.startedAt(), now, zone),
                    TimeFormat.duration(b.duration())});
        }
        TableLayout.Fit fit = LAYOUT.fit(rows, width, headers);
        List<String> lines = new ArrayList<>(rows.size() + 1);
        if (headers) {
            lines.add(LAYOUT.header(fit, color));
        }
        for (int i = 0; i < rows.size(); i++) {
            Build build = builds.get(i);
            lines.add(LAYOUT.row(rows.get(i), fit, (column, text) -> switch (column) {
                case STATUS -> StatusStyle.paint(build.status(), text, color);
                case NUMBER -> Hyperlink.apply(build.buildUrl(), text, links);
                case COMMIT, STARTED, DURATION -> Style.DIM.apply(text, color);
                default -> text;
            }));
        }
        return lines;
    }

    /** The status as the table shows it: a build CircleCI did not run says why in a word ("- not_run: ci-skip"). */
    static String statusCell(Build b) {
        String cell = StatusStyle.plainCell(b.status());
        return b.dontBuild() == null || b.dontBuild().isBlank() ? cell : cell + ": " + Sanitizer.cell(b.dontBuild());
    }

    /** The first seven characters of a revision, never splitting a surrogate pair of a hostile one. */
    public static String shortSha(String sha) {
        return sha.codePointCount(0, sha.length()) > SHORT_SHA ? sha.substring(0, sha.offsetByCodePoints(0, SHORT_SHA)) : sha;
    }
}
