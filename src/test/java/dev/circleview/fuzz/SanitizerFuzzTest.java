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

/** {@code Sanitizer.cell}: nothing that steers a terminal survives, and nothing else is touched. */
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
}
