package dev.circleview.output;

import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Style;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the columns of a table to a terminal's width, and lays out its lines, for {@link BuildTable}
 * and the projects table. Columns shrink in turn to a readable width, the less useful ones are
 * dropped, then the rest shrink to their least, more are dropped, and on a very narrow terminal the
 * last few give what they have left. Widths are worked out afresh after each drop, so the room a
 * dropped column frees goes to the others rather than being left blank at the end of the line.
 *
 * @param <C> the table's columns, in the order they are shown
 */
public final class TableLayout<C extends Enum<C> & TableLayout.Column> {
    public static final String GAP = "  ";

    /**
     * How one column may be fitted.
     *
     * @param cap    the most its natural width may be (0: no cap)
     * @param soft   the width it shrinks to first, which keeps it readable
     * @param min    the least it shrinks to before columns are dropped
     * @param always shown even when every cell is empty (otherwise such a column is left out)
     */
    public record Width(String header, int cap, int soft, int min, boolean always) {
    }

    /** A column of a table: how it may be fitted. */
    public interface Column {
        Width width();

        /** How its cells are cut when they are wider than the column. */
        default Cut cut() {
            return Cut.END;
        }
    }

    /** How a cell wider than its column is cut, with an ellipsis where text was left out. */
    public enum Cut {
        /** Its end goes. */
        END,
        /** Its start goes: for names whose end tells them apart (a project's slug). */
        START,
        /** Its middle goes. */
        MIDDLE,
        /**
         * Its end goes, unless that would make different cells of the column read alike (job names that
         * differ only at the end); then the middle goes, in every cell of the column.
         */
        DISTINCT
    }

    /** A last resort: {@code column} gives up width down to {@code floor}. */
    public record Squeeze<C>(C column, int floor) {
    }

    /** The widths of the columns, which are shown, and how each is cut ({@link Cut#DISTINCT} already decided). */
    public record Fit(int[] widths, boolean[] shown, Cut[] cuts) {
    }

    /** How a cell is styled once cut to its width: {@code text} is never longer than the column. */
    public interface Painter<C> {
        String paint(C column, String text);
    }

    private final C[] columns;
    private final List<List<C>> shrinkOrder;
    private final List<C> dropFirst;
    private final List<C> dropLast;
    private final List<Squeeze<C>> squeeze;

    /**
     * @param shrinkOrder the columns that shrink, in groups: the columns of a group shrink together, the
     *                    one with the most to spare first (the group's order breaks ties); a later group
     *                    only once the earlier ones are at their floors
     * @param dropFirst   dropped, in this order, before any column shrinks below its readable width
     * @param dropLast    dropped, in this order, when even the least widths do not fit
     * @param squeeze     what gives way, in this order, when all that is still too wide
     */
    public TableLayout(Class<C> type, List<List<C>> shrinkOrder, List<C> dropFirst, List<C> dropLast, List<Squeeze<C>> squeeze) {
        this.columns = type.getEnumConstants();
        this.shrinkOrder = shrinkOrder;
        this.dropFirst = dropFirst;
        this.dropLast = dropLast;
        this.squeeze = squeeze;
    }

    /** The layout of {@code rows} (one cell per column) in {@code width} display columns. */
    public Fit fit(List<String[]> rows, int width, boolean headers) {
        int[] natural = new int[columns.length];
        boolean[] shown = new boolean[columns.length];
        for (C c : columns) {
            int i = c.ordinal();
            Width spec = c.width();
            int w = headers ? spec.header().length() : 0;
            for (String[] row : rows) {
                w = Math.max(w, DisplayWidth.of(row[i]));
            }
            natural[i] = spec.cap() > 0 ? Math.min(w, Math.max(spec.cap(), headers ? spec.header().length() : 0)) : w;
            shown[i] = spec.always() || rows.stream().anyMatch(r -> !r[i].isEmpty());
        }
        int[] widths = shrunk(natural, shown, width, true);
        for (C c : dropFirst) {
            if (total(widths, shown) <= width) {
                return new Fit(widths, shown, cuts(rows, widths));
            }
            if (shown[c.ordinal()]) {
                shown[c.ordinal()] = false;
                widths = shrunk(natural, shown, width, true);
            }
        }
        widths = shrunk(natural, shown, width, false);
        for (C c : dropLast) {
            if (total(widths, shown) <= width) {
                return new Fit(widths, shown, cuts(rows, widths));
            }
            if (shown[c.ordinal()]) {
                shown[c.ordinal()] = false;
                widths = shrunk(natural, shown, width, false);
            }
        }
        int excess = total(widths, shown) - width;
        for (Squeeze<C> s : squeeze) {
            if (excess > 0 && shown[s.column().ordinal()]) {
                excess -= shrink(widths, s.column(), s.floor(), excess);
            }
        }
        return new Fit(widths, shown, cuts(rows, widths));
    }

    /** Each column's cut for these widths: {@link Cut#DISTINCT} becomes {@link Cut#END} or {@link Cut#MIDDLE}. */
    private Cut[] cuts(List<String[]> rows, int[] widths) {
        Cut[] cuts = new Cut[columns.length];
        for (C c : columns) {
            int i = c.ordinal();
            cuts[i] = c.cut() == Cut.DISTINCT ? (endCutMerges(rows, i, widths[i]) ? Cut.MIDDLE : Cut.END) : c.cut();
        }
        return cuts;
    }

    /** Whether cutting the end of column {@code i}'s cells to {@code width} makes two different cells read alike. */
    private static boolean endCutMerges(List<String[]> rows, int i, int width) {
        Map<String, String> seen = new HashMap<>();
        for (String[] row : rows) {
            String cut = DisplayWidth.truncate(row[i], width);
            String before = seen.putIfAbsent(cut, row[i]);
            if (before != null && !before.equals(row[i])) {
                return true;
            }
        }
        return false;
    }

    /** The header line, bold when {@code color}. */
    public String header(Fit fit, boolean color) {
        String[] cells = new String[columns.length];
        for (C c : columns) {
            cells[c.ordinal()] = c.width().header();
        }
        return line(cells, fit, (c, text) -> text, color, true);
    }

    /** One row: each cell cut to its column with an ellipsis, styled by {@code painter}, padded, with no trailing spaces. */
    public String row(String[] cells, Fit fit, Painter<C> painter) {
        return line(cells, fit, painter, false, false);
    }

    private String line(String[] cells, Fit fit, Painter<C> painter, boolean color, boolean header) {
        StringBuilder sb = new StringBuilder();
        int last = -1;
        for (int i = 0; i < cells.length; i++) {
            if (fit.shown()[i]) {
                last = i;
            }
        }
        for (C c : columns) {
            int i = c.ordinal();
            if (!fit.shown()[i]) {
                continue;
            }
            String text = header ? DisplayWidth.truncate(cells[i], fit.widths()[i]) : cut(cells[i], fit.widths()[i], fit.cuts()[i]);
            String padding = i == last ? "" : " ".repeat(Math.max(0, fit.widths()[i] - DisplayWidth.of(text)));
            sb.append(header ? Style.BOLD.apply(text + padding, color) : painter.paint(c, text) + padding);
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

    private static String cut(String text, int width, Cut cut) {
        return switch (cut) {
            case START -> DisplayWidth.truncateStart(text, width);
            case MIDDLE -> DisplayWidth.truncateMiddle(text, width);
            case END, DISTINCT -> DisplayWidth.truncate(text, width);
        };
    }

    /**
     * The natural widths, with the columns of {@code shrinkOrder} shrunk as far as {@code width} needs
     * (to their readable widths when {@code soft}, else to their least): group by group, and within a
     * group a column at a time, always the one with the most to spare above that floor, so that a
     * long subject and a long branch give way alike instead of one being cut to its least while the
     * other keeps all it has.
     */
    private int[] shrunk(int[] natural, boolean[] shown, int width, boolean soft) {
        int[] widths = natural.clone();
        int excess = total(widths, shown) - width;
        for (List<C> group : shrinkOrder) {
            while (excess > 0) {
                C widest = null;
                int most = 0;
                for (C c : group) {
                    int spare = widths[c.ordinal()] - (soft ? c.width().soft() : c.width().min());
                    if (shown[c.ordinal()] && spare > most) {
                        widest = c;
                        most = spare;
                    }
                }
                if (widest == null) {
                    break;
                }
                widths[widest.ordinal()]--;
                excess--;
            }
        }
        return widths;
    }

    private static int shrink(int[] widths, Enum<?> c, int min, int excess) {
        int i = c.ordinal();
        int by = Math.min(excess, Math.max(0, widths[i] - min));
        widths[i] -= by;
        return by;
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
}
