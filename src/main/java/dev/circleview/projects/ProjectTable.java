package dev.circleview.projects;

import dev.circleview.output.StatusStyle;
import dev.circleview.output.TableLayout;
import dev.circleview.output.TimeFormat;
import dev.circleview.api.model.BranchBuild;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The projects the token's user follows ({@code circle-view projects}). On a terminal: PROJECT,
 * BRANCH (the default one), STATUS of that branch's newest build in colour, its number and AGE,
 * fitted to the width. Piped: {@code slug<TAB>branch<TAB>status<TAB>number<TAB>time}, the time in
 * ISO-8601 UTC, nothing cut.
 */
public final class ProjectTable {
    private static final String NO_BUILDS = "no builds";

    enum Column implements TableLayout.Column {
        PROJECT("PROJECT", 0, 20, 16, true),
        BRANCH("BRANCH", 30, 12, 6, false),
        STATUS("STATUS", 24, 0, 0, true),
        NUMBER("#", 0, 0, 0, false),
        AGE("AGE", 0, 0, 0, false);

        private final TableLayout.Width width;

        Column(String header, int cap, int soft, int min, boolean always) {
            this.width = new TableLayout.Width(header, cap, soft, min, always);
        }

        @Override
        public TableLayout.Width width() {
            return width;
        }
    }

    /** The branch shrinks first, then the slug; the age goes before either gets unreadable, the branch and number after. */
    private static final TableLayout<Column> LAYOUT = new TableLayout<>(Column.class,
            List.of(List.of(Column.BRANCH), List.of(Column.PROJECT)),
            List.of(Column.AGE),
            List.of(Column.BRANCH, Column.NUMBER),
            List.of(new TableLayout.Squeeze<>(Column.PROJECT, 1), new TableLayout.Squeeze<>(Column.STATUS, 2)));

    private final Instant now;
    private final Supplier<ZoneId> zone;

    /** @param zone the zone dates are shown in, asked for only when a build is old enough to show a date */
    public ProjectTable(Instant now, Supplier<ZoneId> zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Tab-separated lines for scripts: slug, default branch, status, build number, time (empty when there is no build). */
    public List<String> piped(List<ProjectSummary> projects) {
        List<String> lines = new ArrayList<>(projects.size());
        for (ProjectSummary p : projects) {
            BranchBuild b = p.latestBuild();
            lines.add(String.join("\t",
                    Sanitizer.cell(p.slug()),
                    Sanitizer.cell(p.defaultBranch()),
                    b == null ? "" : StatusStyle.word(b.shownStatus()),
                    b == null || b.buildNum() == null ? "" : b.buildNum().toString(),
                    b == null ? "" : TimeFormat.iso(b.when())));
        }
        return lines;
    }

    /** Aligned lines for a terminal {@code width} columns wide, with a header. */
    public List<String> table(List<ProjectSummary> projects, int width, boolean color) {
        List<String[]> rows = new ArrayList<>(projects.size());
        for (ProjectSummary p : projects) {
            BranchBuild b = p.latestBuild();
            rows.add(new String[] {
                    Sanitizer.cell(p.slug()),
                    Sanitizer.cell(p.defaultBranch()),
                    b == null ? NO_BUILDS : StatusStyle.plainCell(b.shownStatus()),
                    b == null || b.buildNum() == null ? "" : b.buildNum().toString(),
                    b == null ? "" : TimeFormat.relative(b.when(), now, zone)});
        }
        TableLayout.Fit fit = LAYOUT.fit(rows, width, true);
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(LAYOUT.header(fit, color));
        for (int i = 0; i < rows.size(); i++) {
            BranchBuild b = projects.get(i).latestBuild();
            lines.add(LAYOUT.row(rows.get(i), fit, (column, text) -> switch (column) {
                case STATUS -> b == null ? Style.DIM.apply(text, color) : StatusStyle.paint(b.shownStatus(), text, color);
                case AGE -> Style.DIM.apply(text, color);
                default -> text;
            }));
        }
        return lines;
    }
}
