package dev.circleview.doctor;

import dev.circleview.cli.ErrorHandler;

import dev.circleview.core.ExitCode;
import dev.circleview.term.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code circle-view doctor}'s report: one line per check, its state as a symbol on a UTF-8 terminal
 * ({@code ✓ ✗ ! -}) or a word otherwise ({@code ok FAIL hint skip}, for grep), then what was found and,
 * when something is wrong, what to do. Also the {@code --json} shape (docs/json.md).
 */
public final class DoctorReport {
    /** How a check came out: only {@link #FAIL} keeps {@code builds} from working. */
    public enum State {
        OK("✓", "ok", Style.GREEN), FAIL("✗", "FAIL", Style.RED), HINT("!", "hint", Style.YELLOW), SKIP("-", "skip", Style.GREY);

        private final String symbol;
        private final String word;
        private final Style style;

        State(String symbol, String word, Style style) {
            this.symbol = symbol;
            this.word = word;
            this.style = style;
        }

        /** As {@code --json} writes it: ok, fail, hint, skip. */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One check.
     *
     * @param name    its stable name (java, config, project, token, api_me, api_project, terminal, completions)
     * @param state   how it came out
     * @param message what was found, one line, already safe to print
     * @param fix     what to do, or null
     * @param exit    for a failure, the exit code it stands for; null otherwise
     * @param details the facts behind it, for {@code --json} (keys in docs/json.md)
     */
    public record Check(String name, State state, String message, String fix, ExitCode exit, Map<String, Object> details) {
        public static Check ok(String name, String message, Map<String, Object> details) {
            return new Check(name, State.OK, message, null, null, details);
        }

        public static Check hint(String name, String message, String fix, Map<String, Object> details) {
            return new Check(name, State.HINT, message, fix, null, details);
        }

        public static Check fail(String name, String message, String fix, ExitCode exit, Map<String, Object> details) {
            return new Check(name, State.FAIL, message, fix, exit, details);
        }

        public static Check skip(String name, String message, Map<String, Object> details) {
            return new Check(name, State.SKIP, message, null, null, details);
        }
    }

    /** The {@code --json} document. */
    public record Report(boolean ok, int exitCode, List<JsonCheck> checks) {
    }

    /** One check in {@code --json}. */
    public record JsonCheck(String name, String status, String message, String fix, Map<String, Object> details) {
    }

    private DoctorReport() {
    }

    /** The exit code: that of the first failure, or 0. */
    public static ExitCode exitCode(List<Check> checks) {
        return checks.stream().filter(c -> c.state() == State.FAIL).map(Check::exit).findFirst().orElse(ExitCode.OK);
    }

    public static List<String> lines(List<Check> checks, boolean unicode, boolean color) {
        int width = checks.stream().mapToInt(c -> label(c.name()).length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (Check check : checks) {
            String mark = unicode ? check.state().symbol : String.format("%-4s", check.state().word);
            String label = label(check.name());
            lines.add(check.state().style.apply(mark, color) + " " + label + " ".repeat(width - label.length() + 2)
                    + ErrorHandler.line(check.message(), check.fix()));
        }
        return lines;
    }

    public static Report json(List<Check> checks) {
        ExitCode code = exitCode(checks);
        return new Report(code == ExitCode.OK, code.code(), checks.stream()
                .map(c -> new JsonCheck(c.name(), c.state().json(), c.message(), c.fix(), c.details())).toList());
    }

    /**
     * Whether to draw symbols: on a terminal whose locale ({@code LC_ALL}, else {@code LC_CTYPE}, else
     * {@code LANG}) is UTF-8, or names none (as every other circle-view output assumes); words otherwise.
     */
    public static boolean unicode(boolean terminal, Map<String, String> env) {
        if (!terminal) {
            return false;
        }
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = env.getOrDefault(name, "");
            if (!value.isEmpty()) {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return true;
    }

    private static String label(String name) {
        return switch (name) {
            case "api_url" -> "api url";
            case "api_me" -> "api /me";
            case "api_project" -> "api project";
            default -> name;
        };
    }
}
