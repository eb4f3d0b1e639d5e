package dev.circleview.artifacts;

import dev.circleview.api.model.Artifact;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * A build's artifacts ({@code circle-view artifacts}). On a terminal: CONTAINER, PATH and URL
 * columns fitted to the width (the address shrinks first, then goes, before the path is cut), the
 * address a hyperlink where links are on. Piped: {@code container<TAB>path<TAB>url}, nothing cut.
 */
public final class ArtifactTable {
    private static final String GAP = "  ";
    private static final String[] HEADERS = {"CONTAINER", "PATH", "URL"};
    /** The address is left out rather than cut shorter than this. */
    private static final int MIN_URL = 24;

    private ArtifactTable() {
    }

    public static List<String> piped(List<Artifact> artifacts) {
        List<String> lines = new ArrayList<>(artifacts.size());
        for (Artifact a : artifacts) {
            lines.add(String.join("\t", container(a), Sanitizer.cell(a.relativePath()), Sanitizer.cell(a.url())));
        }
        return lines;
    }

    public static List<String> table(List<Artifact> artifacts, int width, boolean color, boolean links) {
        List<String[]> rows = new ArrayList<>(artifacts.size());
        int[] natural = {HEADERS[0].length(), HEADERS[1].length(), HEADERS[2].length()};
        for (Artifact a : artifacts) {
            String[] row = {container(a), Sanitizer.cell(a.relativePath()), Sanitizer.cell(a.url())};
            rows.add(row);
            for (int i = 0; i < row.length; i++) {
                natural[i] = Math.max(natural[i], DisplayWidth.of(row[i]));
            }
        }
        int[] widths = natural.clone();
        int excess = widths[0] + widths[1] + widths[2] + 2 * GAP.length() - width;
        boolean showUrl = rows.stream().anyMatch(r -> !r[2].isEmpty());
        if (!showUrl) {
            excess -= widths[2] + GAP.length();
        }
        if (excess > 0 && showUrl) {
            int by = Math.min(excess, Math.max(0, widths[2] - MIN_URL));
            widths[2] -= by;
            excess -= by;
        }
        if (excess > 0 && showUrl) {
            showUrl = false;
            excess -= widths[2] + GAP.length();
        }
        if (excess > 0) {
            widths[1] = Math.max(HEADERS[1].length(), widths[1] - excess);
        }
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(line(HEADERS, widths, showUrl, color, links, true));
        for (String[] row : rows) {
            lines.add(line(row, widths, showUrl, color, links, false));
        }
        return lines;
    }

    private static String line(String[] cells, int[] widths, boolean showUrl, boolean color, boolean links, boolean header) {
        String container = DisplayWidth.padRight(cells[0], widths[0]);
        String path = DisplayWidth.truncate(cells[1], widths[1]);
        StringBuilder sb = new StringBuilder();
        if (header) {
            sb.append(Style.BOLD.apply(container, color)).append(GAP).append(Style.BOLD.apply(showUrl
                    ? DisplayWidth.padRight(path, widths[1]) : path, color));
            if (showUrl) {
                sb.append(GAP).append(Style.BOLD.apply(cells[2], color));
            }
            return sb.toString();
        }
        sb.append(container).append(GAP).append(path);
        if (showUrl && !cells[2].isEmpty()) {
            String url = DisplayWidth.truncate(cells[2], widths[2]);
            sb.append(" ".repeat(widths[1] - DisplayWidth.of(path))).append(GAP)
                    .append(Hyperlink.apply(cells[2], Style.DIM.apply(url, color), links));
        }
        return sb.toString().stripTrailing();
    }

    private static String container(Artifact a) {
        return a.nodeIndex() == null ? "" : a.nodeIndex().toString();
    }
}
