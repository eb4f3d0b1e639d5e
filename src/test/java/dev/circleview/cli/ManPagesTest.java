package dev.circleview.cli;

import dev.circleview.testing.ManPages;
import dev.circleview.testing.Tools;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The man pages in docs/man (AsciiDoc and roff) are generated from the command model and committed.
 * This fails when they are stale; {@code ./mvnw test -Dtest=ManPagesTest -Dmanpages.update=true} writes
 * them anew (and removes the pages of commands that are gone).
 */
class ManPagesTest {
    private static final Path DIR = Path.of("docs", "man");
    private static final String UPDATE = "./mvnw test -Dtest=ManPagesTest -Dmanpages.update=true";

    private static ManPages manPages;
    private static CommandLine tree;
    /** Every page file, AsciiDoc and roff, by its path. */
    private static Map<Path, String> generated;

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        manPages = new ManPages();
        tree = new TestContext(dir).wholeTree(true);
        generated = new TreeMap<>();
        ManPages.asciiDoc(tree).forEach((name, asciiDoc) -> {
            generated.put(DIR.resolve(name + ".adoc"), asciiDoc);
            generated.put(DIR.resolve(name + ".1"), manPages.roff(asciiDoc));
        });
    }

    @AfterAll
    static void close() {
        manPages.close();
    }

    @Test
    void manPagesAreCurrent() throws IOException {
        if (Boolean.getBoolean("manpages.update")) {
            Files.createDirectories(DIR);
            for (Path old : committed()) {
                Files.delete(old);
            }
            for (var page : generated.entrySet()) {
                Files.writeString(page.getKey(), page.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (var page : generated.entrySet()) {
            Path file = page.getKey();
            assertTrue(Files.exists(file), "missing " + file + "; run: " + UPDATE);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), page.getValue(),
                    file + " is stale; run: " + UPDATE + ", and commit it");
        }
        assertEquals(List.of(), committed().stream().filter(file -> !generated.containsKey(file)).toList(),
                "pages of commands that are gone; run: " + UPDATE);
    }

    @Test
    void asciidoctorHasNoWarnings() {
        assertEquals(List.of(), manPages.warnings());
    }

    @Test
    void everyCommandHasAPageThatNamesTheOthers() {
        List<String> names = new ArrayList<>(List.of("circle-view"));
        tree.getSubcommands().values().stream().map(sub -> sub.getCommandSpec().qualifiedName("-"))
                .distinct().forEach(names::add);
        assertTrue(names.contains("circle-view-builds") && names.contains("circle-view-watch"), names::toString);
        for (String name : names) {
            String roff = generated.get(DIR.resolve(name + ".1"));
            assertTrue(roff != null, "no page for " + name);
            assertTrue(roff.contains(".TH \"" + name.toUpperCase().replace("-", "\\-") + "\" \"1\" \"\" \"circle\\-view "), name + ": title line");
            for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SEE ALSO")) {
                assertTrue(roff.contains(".SH \"" + section + "\""), name + ": section " + section);
            }
            String seeAlso = roff.substring(roff.indexOf(".SH \"SEE ALSO\""));
            for (String other : names) {
                assertEquals(!other.equals(name), seeAlso.contains("\\fB" + other.replace("-", "\\-") + "\\fP(1)"),
                        name + " names " + other + " under SEE ALSO");
            }
        }
    }

    @Test
    void pagesShowOptionsExamplesAndExitCodes() {
        String builds = generated.get(DIR.resolve("circle-view-builds.1"));
        assertTrue(builds.contains("\\fB\\-s\\fP, \\fB\\-\\-status\\fP=\\fISTATUS\\fP"), "an option with its value");
        assertTrue(builds.contains(".SH \"EXAMPLES\""), "the footer's examples");
        assertTrue(builds.contains("\\-\\-api\\-url"), "the global options too");
        String root = generated.get(DIR.resolve("circle-view.1"));
        assertTrue(root.contains(".SH \"EXIT CODES\""), "exit codes");
        assertTrue(root.contains(".SH \"COMMANDS\""), "the list of commands");
    }

    @Test
    void hiddenOptionsStayHidden() {
        List<String> hidden = new ArrayList<>(List.of("--aot-training"));
        specs(tree.getCommandSpec()).flatMap(spec -> spec.options().stream()).filter(OptionSpec::hidden)
                .forEach(option -> hidden.addAll(List.of(option.names())));
        for (var page : generated.entrySet()) {
            for (String name : hidden) {
                assertFalse(page.getValue().contains(name) || page.getValue().contains(name.replace("-", "\\-")),
                        page.getKey() + " shows " + name);
            }
        }
    }

    @Test
    void rendersWithoutWarnings() throws Exception {
        Tools.require("groff");
        for (var page : generated.entrySet()) {
            if (page.getKey().toString().endsWith(".1")) {
                Rendered rendered = render(page.getValue());
                assertEquals("", rendered.warnings(), page.getKey() + ": groff warnings");
                assertTrue(rendered.text().contains("SEE ALSO"), page.getKey().toString());
            }
        }
    }

    @Test
    void helpTextIsShownAsWritten() throws Exception {
        Tools.require("groff");
        String text = "as *** or *bold* _it_ `code` #mark# ^sup^ ~sub~ +pass+ {asterisk} [x] a]b <TAB> & "
                + "'q' \\ ... -> (C) x -- y https://example.com/a_b_";
        CommandSpec spec = CommandSpec.create().name("demo").version("demo 1");
        spec.usageMessage().description(text).footerHeading("%nExamples:%n").footer("  demo --x # " + text, "", text);
        spec.addOption(OptionSpec.builder("--x").description(text).build());
        String asciiDoc = ManPages.asciiDoc(new CommandLine(spec)).get("demo");

        Rendered rendered = render(manPages.roff(asciiDoc));

        assertEquals("", rendered.warnings());
        String flat = rendered.text().replaceAll("\\s+", " ");
        for (String shown : List.of("DESCRIPTION " + text, "--x " + text, "EXAMPLES demo --x # " + text + " " + text)) {
            assertTrue(flat.contains(shown), () -> shown + "\nnot in:\n" + rendered.text());
        }
    }

    private record Rendered(String text, String warnings) {
    }

    /** The page as man shows it, as plain text (no bold, no underline), and groff's warnings. */
    private Rendered render(String roff) throws Exception {
        Path page = Files.createTempFile(dir, "page", ".1");
        Files.writeString(page, roff, StandardCharsets.UTF_8);
        Path warnings = dir.resolve("warnings.txt");
        Process process = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-P-cbou", "-rLL=200n", page.toString())
                .redirectError(warnings.toFile()).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "groff took too long");
        assertEquals(0, process.exitValue(), Files.readString(warnings));
        return new Rendered(text, Files.readString(warnings));
    }

    private static Stream<CommandSpec> specs(CommandSpec spec) {
        return Stream.concat(Stream.of(spec), spec.subcommands().values().stream().flatMap(sub -> specs(sub.getCommandSpec())));
    }

    private static List<Path> committed() throws IOException {
        if (!Files.isDirectory(DIR)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(file -> file.toString().endsWith(".adoc") || file.toString().endsWith(".1")).sorted().toList();
        }
    }
}
