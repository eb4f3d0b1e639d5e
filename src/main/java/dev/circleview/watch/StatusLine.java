package dev.circleview.watch;

import dev.circleview.output.BuildTable;
import dev.circleview.output.StatusStyle;
import dev.circleview.output.TimeFormat;
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
 * One build as the single line of {@code circle-view status}. On a terminal: symbol and status,
 * {@code #number}, branch, short revision, subject and relative start time, the subject cut to fit
 * the width, the number a hyperlink to its page where links are on. Piped: status, number, branch, full revision, subject and ISO-8601 UTC start time,
 * tab-separated, nothing cut.
 */
public final class StatusLine {
    private static final String GAP = "  ";
    /** The subject keeps at least this many columns, even when the line then wraps. */
    private static final int MIN_SUBJECT = 10;

    private final Instant now;
    private final Supplier<ZoneId> zone;

    public StatusLine(Instant now, Supplier<ZoneId> zone) {
        this.now = now;
        this.zone = zone;
    }

    public String piped(Build b) {
        return String.join("\t",
                StatusStyle.word(b.status()),
                b.buildNum() == null ? "" : b.buildNum().toString(),
                Sanitizer.cell(b.branch()),
                Sanitizer.cell(b.vcsRevision()),
                BuildTable.commitSubject(b),
                TimeFormat.iso(b.startedAt()));
    }

    /** The line for a terminal {@code width} columns wide; with {@code links} the number links to the build's page. */
    public String terminal(Build b, int width, boolean color, boolean links) {
        String status = StatusStyle.plainCell(b.status());
        String number = b.buildNum() == null ? "" : "#" + b.buildNum();
        String branch = Sanitizer.cell(b.branch());
        String sha = BuildTable.shortSha(Sanitizer.cell(b.vcsRevision()));
        String subject = BuildTable.subject(b);
        String started = TimeFormat.relative(b.startedAt(), now, zone);

        int others = 0;
        int fields = 0;
        for (String s : new String[] {status, number, branch, sha, started}) {
            if (!s.isEmpty()) {
                others += DisplayWidth.of(s);
                fields++;
            }
        }
        int room = width - others - fields * GAP.length();
        subject = DisplayWidth.truncate(subject, Math.max(MIN_SUBJECT, room));

        List<String> parts = new ArrayList<>();
        parts.add(StatusStyle.paint(b.status(), status, color));
        if (!number.isEmpty()) {
            parts.add(Hyperlink.apply(b.buildUrl(), number, links));
        }
        addIfAny(parts, branch, null, color);
        addIfAny(parts, sha, Style.DIM, color);
        addIfAny(parts, subject, null, color);
        addIfAny(parts, started, Style.DIM, color);
        return String.join(GAP, parts);
    }

    private static void addIfAny(List<String> parts, String text, Style style, boolean color) {
        if (!text.isEmpty()) {
            parts.add(style == null ? text : style.apply(text, color));
        }
    }
}
