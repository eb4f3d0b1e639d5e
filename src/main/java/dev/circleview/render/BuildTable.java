package dev.circleview.render;

import dev.circleview.api.model.Build;
import dev.circleview.term.DisplayWidth;
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
 * ISO-8601 UTC times, nothing cut.
 */
public final class BuildTable {
    private static final String GAP = "  ";
    private static final int SHORT_SHA = 7;

    /**
     * The columns, in order. {@code cap} limits a column's natural width; a column shrinks first to
     * {@code soft}, which keeps it readable, and only when dropping less useful columns was not
     * enough, to {@code min}.
     */
    enum Column {
        STATUS("STATUS", 24, 0, 0),
        NUMBER("#", 0, 0, 0),
        SUBJECT("SUBJECT", 0, 30, 10),
        JOB("JOB", 30, 12, 6),
        WORKFLOW("WORKFLOW", 24, 12, 6),
        BRANCH("BRANCH", 40, 20, 8),
        COMMIT("COMMIT", 0, 0, 0),
        AUTHOR("AUTHOR", 20, 10, 6),
        STARTED("STARTED", 0, 0, 0),
        DURATION("DURATION", 0, 0, 0);

        final String header;
        final int cap;
        final int soft;
        final int min;

        Column(String header, int cap, int soft, int min) {
            this.header = header;
            this.cap = cap;
            this.soft = soft;
            this.min = min;
        }
    }

    /** Columns that shrink, the subject first, in this order. */
    private static final List<Column> SHRINK_ORDER =
            List.of(Column.SUBJECT, Column.WORKFLOW, Column.JOB, Column.AUTHOR, Column.BRANCH);
    /** Dropped, in this order, before any column shrinks below its readable width. */
    private static final List<Column> DROP_FIRST = List.of(Column.WORKFLOW, Column.AUTHOR, Column.JOB, Column.DURATION,
            Column.COMMIT);
    /** Dropped, in this order, when even the smallest widths do not fit. */
    private static final List<Column> DROP_LAST = List.of(Column.BRANCH, Column.STARTED);
    /** On a very narrow terminal the status keeps at least its symbol and an ellipsis. */
    private static final int MIN_STATUS = 2;

    private final Instant now;
    private final Supplier<ZoneId> zone;

    /** @param zone the zone dates are shown in, asked for only when a build is old enough to show a date */
    public BuildTable(Instant now, Supplier<ZoneId> zone) {
        this.now = now;
        this.zone = zone;
    }

    /** The subject as shown: the commit subject, else the workflow name, plus "(retry of #N)". */
    static String subject(Build b) {
        // blank after sanitising (a subject of nothing but escape codes) falls back too
        String text = Sanitizer.cell(b.subject()).strip();
        if (text.isEmpty()) {
            text = Sanitizer.cell(b.workflowName()).strip();
        }
        if (b.retryOf() != null) {
            text = (text.isEmpty() ? "" : text + " ") + "(retry of #" + b.retryOf() + ")";
        }
        return text;
    }

    /** Tab-separated lines for scripts; the columns are listed in the README and in {@code builds --help}. */
    public List<String> piped(List<Build> builds) {
        List<String> lines = new ArrayList<>(builds.size());
        for (Build b : builds) {
            lines.add(String.join("\t",
                    StatusStyle.word(b.status()),
                    b.buildNum() == null ? "" : b.buildNum().toString(),
                    subject(b),
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
        Column[] columns = Column.values();
        List<String[]> rows = new ArrayList<>(builds.size());
        for (Build b : builds) {
            String sha = Sanitizer.cell(b.vcsRevision());
            rows.add(new String[] {
                    StatusStyle.plainCell(b.status()),
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
        int[] widths = new int[columns.length];
        boolean[] shown = new boolean[columns.length];
        for (Column c : columns) {
            int w = headers ? c.header.length() : 0;
            for (String[] row : rows) {
                w = Math.max(w, DisplayWidth.of(row[c.ordinal()]));
            }
            widths[c.ordinal()] = c.cap > 0 ? Math.min(w, Math.max(c.cap, headers ? c.header.length() : 0)) : w;
            // a column with nothing in it but its header is left out
            shown[c.ordinal()] = rows.stream().anyMatch(r -> !r[c.ordinal()].isEmpty()) || c == Column.STATUS || c == Column.NUMBER;
        }
        widths = fit(widths, shown, width);

        List<String> lines = new ArrayList<>(rows.size() + 1);
        if (headers) {
            String[] header = new String[columns.length];
            for (Column c : columns) {
                header[c.ordinal()] = c.header;
            }
            lines.add(line(header, widths, shown, color, true, null, null));
        }
        for (int i = 0; i < rows.size(); i++) {
            Build b = builds.get(i);
            lines.add(line(rows.get(i), widths, shown, color, false, b.status(), links ? b.buildUrl() : null));
        }
        return lines;
    }

    /**
     * The widths that fit {@code width}, dropping columns from {@code shown} where needed. Widths are
     * worked out afresh after each drop, so the room a dropped column frees goes to the others
     * (the subject first) rather than being left blank at the end of the line.
     */
    private static int[] fit(int[] natural, boolean[] shown, int width) {
        int[] widths = shrunk(natural, shown, width, true);
        for (Column c : DROP_FIRST) {
            if (total(widths, shown) <= width) {
                return widths;
            }
            if (shown[c.ordinal()]) {
                shown[c.ordinal()] = false;
                widths = shrunk(natural, shown, width, true);
            }
        }
        widths = shrunk(natural, shown, width, false);
        for (Column c : DROP_LAST) {
            if (total(widths, shown) <= width) {
                return widths;
            }
            if (shown[c.ordinal()]) {
                shown[c.ordinal()] = false;
                widths = shrunk(natural, shown, width, false);
            }
        }
        int excess = total(widths, shown) - width;
        if (excess > 0) {
            // still too wide (a very narrow terminal): the subject gives what it has left, then the status word
            if (shown[Column.SUBJECT.ordinal()]) {
                excess -= shrink(widths, Column.SUBJECT, 1, excess);
            }
            shrink(widths, Column.STATUS, MIN_STATUS, excess);
        }
        return widths;
    }

    /** The natural widths, with the columns of {@link #SHRINK_ORDER} shrunk in turn as far as {@code width} needs. */
    private static int[] shrunk(int[] natural, boolean[] shown, int width, boolean soft) {
        int[] widths = natural.clone();
        int excess = total(widths, shown) - width;
        for (Column c : SHRINK_ORDER) {
            if (excess > 0 && shown[c.ordinal()]) {
                excess -= shrink(widths, c, soft ? c.soft : c.min, excess);
            }
        }
        return widths;
    }

    private static int shrink(int[] widths, Column c, int min, int excess) {
        int i = c.ordinal();
        int by = Math.min(excess, Math.max(0, widths[i] - min));
        widths[i] -= by;
        return by;
    }

    /** The first seven characters of a revision, never splitting a surrogate pair of a hostile one. */
    static String shortSha(String sha) {
        return sha.codePointCount(0, sha.length()) > SHORT_SHA ? sha.substring(0, sha.offsetByCodePoints(0, SHORT_SHA)) : sha;
    }

    private static int total(int[] widths, boolean[] shown) {
        int sum = 0;
        int n = 0;
        for (int i = 0; i < widths.length; i++) {
            if (shown[i]) {
                sum += widths[i];
                n++;
            }
        }
        return sum + Math.max(0, n - 1) * GAP.length();
    }

    /** One row; {@code url}, when not null, is what the number links to (styling and links go around the text, not the padding). */
    private static String line(String[] cells, int[] widths, boolean[] shown, boolean color, boolean header, String status,
                               String url) {
        StringBuilder sb = new StringBuilder();
        int last = -1;
        for (int i = 0; i < cells.length; i++) {
            if (shown[i]) {
                last = i;
            }
        }
        for (int i = 0; i < cells.length; i++) {
            if (!shown[i]) {
                continue;
            }
            String text = DisplayWidth.truncate(cells[i], widths[i]);
            String padded = i == last ? text : DisplayWidth.padRight(text, widths[i]);
            if (header) {
                padded = Style.BOLD.apply(padded, color);
            } else if (i == Column.STATUS.ordinal()) {
                padded = StatusStyle.paint(status, text, color) + padded.substring(text.length());
            } else if (i == Column.NUMBER.ordinal() && url != null) {
                padded = Hyperlink.apply(url, text, true) + padded.substring(text.length());
            } else if (i == Column.COMMIT.ordinal() || i == Column.STARTED.ordinal() || i == Column.DURATION.ordinal()) {
                padded = Style.DIM.apply(text, color) + padded.substring(text.length());
            }
            sb.append(padded);
            if (i != last) {
                sb.append(GAP);
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
