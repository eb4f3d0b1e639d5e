package dev.circleview.fuzz;

import dev.circleview.term.LogText;
import dev.circleview.term.Sanitizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link LogText}, the log sanitiser fed message by message: however a log is split into
 * messages (in the middle of an escape sequence, a CR LF or a surrogate pair), the result is that
 * of {@link Sanitizer#text} on the whole.
 */
class LogTextFuzzTest {
    private static final String RESET = "\u001b[0m";

    /** A log (several hostile strings) and where to split it. */
    record Split(String log, List<String> pieces) {
    }

    @Provide
    Arbitrary<Split> splitLogs() {
        Arbitrary<String> log = FuzzArbitraries.anyString().list().ofMaxSize(6).map(parts -> String.join("", parts));
        return Combinators.combine(log, Arbitraries.integers().between(0, 1000).list().ofMaxSize(12)).as((s, cuts) -> {
            TreeSet<Integer> at = new TreeSet<>();
            cuts.forEach(c -> at.add(s.isEmpty() ? 0 : c % (s.length() + 1)));
            List<String> pieces = new ArrayList<>();
            int from = 0;
            for (int cut : at) {
                pieces.add(s.substring(from, cut));
                from = cut;
            }
            pieces.add(s.substring(from));
            return new Split(s, pieces);
        });
    }

    @Property(tries = 3000)
    void anySplitGivesWhatTheWholeGives(@ForAll("splitLogs") Split split) throws IOException {
        for (boolean color : new boolean[] {false, true}) {
            StringBuilder out = new StringBuilder();
            LogText text = new LogText(out, color);
            for (String piece : split.pieces()) {
                text.write(piece);
            }
            text.finish();
            String whole = Sanitizer.text(split.log(), color);
            assertEquals(TextChecks.visible(whole), TextChecks.visible(out.toString()), "colour " + color + ", pieces "
                    + split.pieces().stream().map(TextChecks::visible).toList());

            String shown = whole.endsWith(RESET) && whole.contains(RESET) && color ? whole.substring(0, whole.length() - RESET.length()) : whole;
            boolean open = !shown.isEmpty() && !shown.endsWith("\n");
            if (!color) {
                assertEquals(open, text.lineOpen(), () -> "lineOpen of " + TextChecks.visible(whole));
            }
        }
    }
}
