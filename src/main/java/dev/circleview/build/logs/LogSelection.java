package dev.circleview.build.logs;

import dev.circleview.api.model.Action;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.Step;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.term.Sanitizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which step logs {@code build NUMBER --log} shows ({@code --step}, {@code --container}, {@code --log-failed}), and {@code --log-limit}. */
public final class LogSelection {
    /** {@code --log-limit} when not given: 10 MiB per log. */
    public static final long DEFAULT_LIMIT = 10L << 20;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,13})\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    /** One log to show: its step's name, the action, its place in the build, its container (null: not parallel). */
    record Item(String stepName, Action action, int stepPos, int actionPos, Integer container) {
        boolean hasOutput() {
            return BuildLogs.hasOutput(action);
        }
    }

    private LogSelection() {
    }

    /**
     * {@code --log-limit}: bytes, or with a K, M or G suffix (KiB, MiB, GiB; "10M", "512k", "1GiB");
     * "none" for no limit; null for {@link #DEFAULT_LIMIT}.
     */
    public static long parseLimit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("none")) {
            return Long.MAX_VALUE;
        }
        Matcher m = SIZE.matcher(v);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UsageException("invalid --log-limit \"" + Text.quoteForMessage(value) + "\"",
                    "give a size such as 10M, 512K, 2G or 100000 (bytes), or 'none'");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long n = Long.parseLong(m.group(1));
        return n > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : n << shift;
    }

    /** The actions to show, in step order; a {@code --step} or {@code --container} that matches nothing is a usage error. */
    static List<Item> select(BuildDetail build, BuildLogs.Options options, int number) {
        boolean parallel = build.summary().parallel() != null && build.summary().parallel() > 1;
        Set<Integer> stepsWanted = stepPositions(build, options.steps(), number);
        Set<Integer> containersSeen = new LinkedHashSet<>();
        List<Item> items = new ArrayList<>();
        for (int s = 0; s < build.steps().size(); s++) {
            Step step = build.steps().get(s);
            if (!stepsWanted.contains(s)) {
                continue;
            }
            boolean showContainer = parallel || step.actions().size() > 1;
            for (int a = 0; a < step.actions().size(); a++) {
                Action action = step.actions().get(a);
                int container = action.index() == null ? a : action.index();
                containersSeen.add(container);
                if (!options.containers().isEmpty() && !options.containers().contains(container)) {
                    continue;
                }
                if (options.failedOnly() && !LogView.failed(action.status()) && !Boolean.TRUE.equals(action.failed())) {
                    continue;
                }
                items.add(new Item(name(step), action, s, a, showContainer ? container : null));
            }
        }
        for (Integer c : options.containers()) {
            if (!containersSeen.contains(c)) {
                throw new UsageException("build #" + number + " has no container " + c + (options.steps().isEmpty() ? "" : " in those steps"),
                        containersSeen.isEmpty() ? null : "its containers: " + containersSeen.stream().sorted().map(String::valueOf)
                                .reduce((x, y) -> x + ", " + y).orElse(""));
            }
        }
        return items;
    }

    /**
     * The positions of the steps named by {@code names}: those whose name equals one (ignoring case),
     * or for a name no step has, those whose name contains it. Every step when there are no names.
     */
    private static Set<Integer> stepPositions(BuildDetail build, List<String> names, int number) {
        Set<Integer> wanted = new LinkedHashSet<>();
        List<String> stepNames = build.steps().stream().map(LogSelection::name).toList();
        if (names.isEmpty()) {
            for (int i = 0; i < stepNames.size(); i++) {
                wanted.add(i);
            }
            return wanted;
        }
        for (String raw : names) {
            String want = raw.strip().toLowerCase(Locale.ROOT);
            Set<Integer> found = new LinkedHashSet<>();
            for (int i = 0; i < stepNames.size(); i++) {
                if (stepNames.get(i).toLowerCase(Locale.ROOT).equals(want)) {
                    found.add(i);
                }
            }
            for (int i = 0; i < stepNames.size() && found.isEmpty(); i++) {
                if (!want.isEmpty() && stepNames.get(i).toLowerCase(Locale.ROOT).contains(want)) {
                    found.add(i);
                }
            }
            if (found.isEmpty()) {
                String all = String.join(", ", stepNames.stream().distinct().limit(12).map(n -> "\"" + n + "\"").toList());
                throw new UsageException("build #" + number + " has no step named \"" + Text.quoteForMessage(raw) + "\"",
                        stepNames.isEmpty() ? "it has no steps yet" : "its steps: " + all + (stepNames.stream().distinct().count() > 12 ? ", ..." : ""));
            }
            wanted.addAll(found);
        }
        return wanted;
    }

    /** The step's name, else its first action's, made safe for one line. */
    static String name(Step step) {
        String name = Sanitizer.cell(step.name()).strip();
        if (name.isEmpty() && !step.actions().isEmpty()) {
            name = Sanitizer.cell(step.actions().get(0).name()).strip();
        }
        return name.isEmpty() ? "(unnamed step)" : name;
    }

    /**
     * The action in {@code build} (fetched again) that stands where {@code old} stood: at the same
     * place with the same step id and container, else anywhere with them; null when gone.
     */
    static Action find(BuildDetail build, int stepPos, int actionPos, Action old) {
        if (stepPos < build.steps().size()) {
            List<Action> actions = build.steps().get(stepPos).actions();
            if (actionPos < actions.size() && same(actions.get(actionPos), old)) {
                return actions.get(actionPos);
            }
        }
        if (old.step() == null) {
            return null;
        }
        for (Step step : build.steps()) {
            for (Action a : step.actions()) {
                if (same(a, old)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean same(Action a, Action b) {
        return Objects.equals(a.step(), b.step()) && Objects.equals(a.index(), b.index());
    }
}
