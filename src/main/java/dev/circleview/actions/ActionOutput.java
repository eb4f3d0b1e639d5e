package dev.circleview.actions;

import dev.circleview.output.Printer;
import dev.circleview.api.model.Build;
import dev.circleview.output.BuildTable;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How {@code retry}, {@code cancel} and {@code trigger} print the build CircleCI answered with:
 * {@code --json}, the build as one JSON object (the fields of {@code builds --json}); on a terminal,
 * the command's own lines; piped, one tab-separated line in the {@code builds} piped format.
 */
final class ActionOutput {
    private ActionOutput() {
    }

    /** {@code human} makes the terminal lines, given whether colour and hyperlinks are on. */
    static void print(Printer out, Clock clock, Build build, BiFunction<Boolean, Boolean, List<String>> human) {
        out.print(build, () -> human.apply(out.color(), out.links()),
                () -> new BuildTable(clock.instant(), clock::getZone).piped(List.of(build)));
    }
}
