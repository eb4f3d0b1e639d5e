package dev.circleview.testing;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The man pages of a command tree: AsciiDoc written by picocli's {@link ManPageGenerator} from the
 * command model, one page per command that is not hidden, each with a SEE ALSO section naming the
 * others; and the roff that Asciidoctor's manpage backend makes of it. Both come out the same on any
 * day and machine: no page carries a date ({@code reproducible}), and the version is the program's.
 *
 * <p>The generator copies help text into AsciiDoc as it is, where {@code ***}, {@code *.host} or
 * {@code [...]} would be read as markup, and keeps the help's line breaks. So its prose is passed
 * through as text ({@code pass:c[...]}) and left to the pager to wrap, while indented lines (examples,
 * tables) stay literal, and a footer's {@code Examples:} line becomes a section of its own.
 */
public final class ManPages implements AutoCloseable {
    private static final String END = "// end::picocli-generated-full-manpage[]";

    private final Asciidoctor asciidoctor = Asciidoctor.Factory.create();
    private final List<String> warnings = new ArrayList<>();

    public ManPages() {
        asciidoctor.registerLogHandler(this::log);
    }

    /** Each page's AsciiDoc by its name ({@code circle-view-builds}), the root's first. */
    public static Map<String, String> asciiDoc(CommandLine root) {
        List<CommandSpec> commands = new ArrayList<>();
        collect(root.getCommandSpec(), commands);
        Map<String, String> pages = new LinkedHashMap<>();
        for (CommandSpec spec : commands) {
            if (spec.version().length == 0) {
                // only the root has --version; every page's footer names the program's version
                spec.versionProvider(root.getCommandSpec().versionProvider());
            }
            StringWriter page = new StringWriter();
            ManPageGenerator.writeSingleManPage(new PrintWriter(page, true), spec);
            String others = commands.stream().filter(other -> other != spec)
                    .map(other -> "*" + other.qualifiedName("-") + "*(1)").collect(Collectors.joining(", "));
            pages.put(spec.qualifiedName("-"), tidy(page.toString()).replace(END,
                    "// tag::see-also[]\n== See also\n\n" + others + "\n\n// end::see-also[]\n" + END));
        }
        return pages;
    }

    /** The command and its subcommands, depth first, each once (an alias names the same command). */
    private static void collect(CommandSpec spec, List<CommandSpec> into) {
        if (spec.usageMessage().hidden() || into.contains(spec)) {
            return;
        }
        into.add(spec);
        for (CommandLine sub : spec.subcommands().values()) {
            collect(sub.getCommandSpec(), into);
        }
    }

    /** The generator's page with its prose made text, section by section. */
    static String tidy(String asciiDoc) {
        StringBuilder out = new StringBuilder();
        String section = "";
        List<String> paragraph = new ArrayList<>();
        for (String line : asciiDoc.split("\n", -1)) {
            Matcher tag = SECTION.matcher(line);
            if (tag.matches() || line.isBlank()) {
                flush(section, paragraph, out);
                out.append(line).append('\n');
                section = tag.matches() ? (line.startsWith("// tag::") ? tag.group(1) : "") : section;
            } else if (!line.equals("[%hardbreaks]")) {
                paragraph.add(line);
            }
        }
        flush(section, paragraph, out);
        return out.substring(0, out.length() - 1);
    }

    private static final Pattern SECTION = Pattern.compile("// (?:tag|end)::picocli-generated-man-section-([a-z-]+)\\[]");
    private static final Pattern LIST_TERM = Pattern.compile("\\S.*::");

    /** One paragraph of the section, as text; indented lines as they are. */
    private static void flush(String section, List<String> paragraph, StringBuilder out) {
        if (paragraph.isEmpty()) {
            return;
        }
        String first = paragraph.get(0);
        boolean prose = switch (section) {
            case "description", "footer" -> !Character.isWhitespace(first.charAt(0));
            case "options", "arguments", "commands", "exit-status" -> true;
            default -> false;
        };
        if (first.startsWith("== ")) {
            // a heading of the generator's, from a help heading such as "%nExamples:%n"
            out.append("== ").append(heading(first.substring(3))).append('\n');
            paragraph.subList(0, 1).clear();
            prose = false;
        } else if (section.equals("footer") && prose && first.endsWith(":") && paragraph.size() > 1
                && paragraph.stream().skip(1).allMatch(line -> Character.isWhitespace(line.charAt(0)))) {
            // "Examples:" above indented lines: a section of its own
            out.append("== ").append(heading(first)).append("\n\n");
            paragraph.subList(0, 1).clear();
            prose = false;
        }
        for (String line : paragraph) {
            boolean markup = line.equals("+") || LIST_TERM.matcher(line).matches();
            if (prose && !markup) {
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                out.append(indent).append("pass:c[").append(line.strip().replace("]", "\\]")).append("]\n");
            } else {
                out.append(line).append('\n');
            }
        }
        paragraph.clear();
    }

    private static String heading(String text) {
        String title = text.strip();
        return title.endsWith(":") ? title.substring(0, title.length() - 1) : title;
    }

    /**
     * The roff of one page, in ASCII: any other character (the marks of doctor's help) as a glyph
     * escape, {@code \[u2713]}, which groff and mandoc read whatever the page's encoding is taken for.
     */
    public String roff(String asciiDoc) {
        Options options = Options.builder()
                .backend("manpage")
                .standalone(true)
                .safe(SafeMode.SECURE)
                .attributes(Attributes.builder().attribute("reproducible", "").build())
                .build();
        return asciidoctor.convert(asciiDoc, options).codePoints()
                .mapToObj(c -> c < 0x80 ? Character.toString(c) : String.format("\\[u%04X]", c))
                .collect(Collectors.joining());
    }

    /** What Asciidoctor warned about so far (a malformed page), one line each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void log(LogRecord record) {
        if (record.getSeverity().compareTo(Severity.WARN) >= 0) {
            warnings.add(record.getSeverity() + ": " + record.getMessage());
        }
    }

    @Override
    public void close() {
        asciidoctor.close();
    }
}
