package dev.circleview.fuzz;

import dev.circleview.term.Sanitizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code Sanitizer.cell} and {@code text}: nothing that steers a terminal survives, and nothing else is touched. */
class SanitizerFuzzTest {

    @Provide
    Arbitrary<String> anyText() {
        return FuzzArbitraries.anyString().injectNull(0.01);
    }

    /** Text without a single control or bidi character: words, wide, zero-width and astral text. */
    @Provide
    Arbitrary<String> safeText() {
        return Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.of(FuzzArbitraries.WORDS)),
                        Tuple.of(2, Arbitraries.of(FuzzArbitraries.ODD_TEXT)),
                        Tuple.of(1, FuzzArbitraries.unicodeText(8)))
                .list().ofMaxSize(8).map(parts -> String.join("", parts))
                .filter(s -> s.codePoints().noneMatch(TextChecks::isUnsafe));
    }

    @Property(tries = 3000)
    void leavesNoControlEscapeOrBidiOverride(@ForAll("anyText") String s) {
        TextChecks.assertSafe("cell(" + (s == null ? "null" : TextChecks.visible(s)) + ")", Sanitizer.cell(s), "");
    }

    @Property(tries = 3000)
    void isIdempotent(@ForAll("anyText") String s) {
        String once = Sanitizer.cell(s);

        assertEquals(once, Sanitizer.cell(once));
    }

    @Property(tries = 500)
    void leavesPrintableAsciiAlone(@ForAll @CharRange(from = ' ', to = '~') @StringLength(max = 80) String s) {
        assertEquals(s, Sanitizer.cell(s));
    }

    @Property(tries = 500)
    void leavesTextWithoutControlsAlone(@ForAll("safeText") String s) {
        assertEquals(s, Sanitizer.cell(s));
    }

    @Property(tries = 3000)
    void logTextKeepsOnlyNewlinesTabsAndColour(@ForAll("anyText") String s) {
        String what = "text(" + (s == null ? "null" : TextChecks.visible(s)) + ")";
        TextChecks.assertSafe(what, Sanitizer.text(s, false), "\n\t");
        // with colour on, what remains once the SGR sequences are taken out is just as safe
        TextChecks.assertSafe(what, ANY_SGR.matcher(Sanitizer.text(s, true)).replaceAll(""), "\n\t");
    }

    @Property(tries = 500)
    void logTextWithoutControlsIsUnchanged(@ForAll("safeText") String s) {
        assertEquals(s + "\nmore\tcolumns", Sanitizer.text(s + "\nmore\tcolumns", true));
    }

    private static final java.util.regex.Pattern ANY_SGR = java.util.regex.Pattern.compile("\u001b\\[[0-9;:]*m");
}
