package dev.circleview;

import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a table: what each argv parses to, and what each bad one is refused with,
 * with no server and no token (parsing never needs either).
 */
class ArgvTableTest {
    @TempDir
    Path dir;

    /**
     * {@code argv | subcommand | option=value ... @index=value ...}: the options named have those values
     * after parsing (globals after the subcommand too), and so do the positional parameters.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            builds                                          | builds    |
            builds -L 5 -b main -s failed                   | builds    | --limit=5 --branch=main --status=failed
            builds --limit=250 --offset 30 --json           | builds    | --limit=250 --offset=30 --json=
            builds -s SUCCESSFUL                            | builds    | --status=successful
            builds --json build_num,status                  | builds    | --json=build_num,status
            builds --json=build_num -L 3                    | builds    | --json=build_num --limit=3
            builds --jq .[0].status                         | builds    | --jq=.[0].status --json=null
            builds --json build_num --jq '.[0]'             | builds    | --json=build_num --jq=.[0]
            build --json 4810                               | build     | --json= @0=4810
            build 4810 --json                               | build     | --json= @0=4810
            retry --json 41                                 | retry     | --json= @0=41
            status --json -b main                           | status    | --json= --branch=main
            status --json build_num,status -b main          | status    | --json=build_num,status --branch=main
            builds -p gh/acme/a -p gh/acme/b --mine         | builds    | --project=[gh/acme/a, gh/acme/b] --mine=true
            --debug builds --color never                    | builds    | --debug=true --color=NEVER
            builds --timeout 5 --retries 0 --no-pager       | builds    | --timeout=5 --retries=0 --no-pager=true
            build 4810                                      | build     | @0=4810 --json=null
            view '#4810' --log --step 'Run tests' --container 1 --log-limit 50M | build | --log=true --step=[Run tests] --container=[1] --log-limit=50M
            build 4810 --exit-status --json                 | build     | --exit-status=true --json=
            retry --last -b main --ssh                      | retry     | --last=true --branch=main --ssh=true
            cancel 41 --json                                | cancel    | --json=
            trigger -b main --revision 3f9c2e1 --param A=1 --param B=2 | trigger | --branch=main --revision=3f9c2e1 --param=[A=1, B=2]
            tests 4810 -a                                   | tests     | --all=true
            artifacts 4810 -d out -f                        | artifacts | --download=out --force=true
            status --all-branches --json                    | status    | --all-branches=true --json=
            status --sha 3f9c2e1                            | status    | --sha=3f9c2e1
            watch 4812 --interval 10 --workflow --fail-fast --notify | watch | --interval=10 --workflow=true --fail-fast=true --notify=true
            projects --json                                 | projects  | --json=
            doctor --json --api-url https://ci.example.com/api/v1.1 | doctor | --json= --api-url=https://ci.example.com/api/v1.1
            completion zsh                                  | completion|
            """)
    void parses(String argv, String command, String expected) {
        String[] args = words(argv);
        ParseResult parsed = new TestContext(dir).commandTree(args).parseArgs(args);

        ParseResult sub = parsed.subcommand();
        assertEquals(command, sub.commandSpec().name());
        if (expected == null) {
            return;
        }
        for (String pair : expected.split(" (?=--|@)")) {
            String option = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (option.startsWith("@")) {
                assertEquals(value, Objects.toString(sub.commandSpec().positionalParameters()
                        .get(Integer.parseInt(option.substring(1))).getValue()), option);
                continue;
            }
            OptionSpec spec = sub.commandSpec().findOption(option) != null ? sub.commandSpec().findOption(option)
                    : parsed.commandSpec().findOption(option);
            assertTrue(spec != null, () -> option + " is no option of " + argv);
            assertEquals(value, Objects.toString(spec.getValue()), option);
        }
    }

    /** {@code argv} split at spaces, as a shell would with single quotes. */
    private static String[] words(String argv) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(argv);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words.toArray(String[]::new);
    }

    /** {@code argv | what stderr's line says}: each is a usage error (exit 2), one line, nothing on stdout, no request. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            biulds                                | did you mean builds
            builds --limit                        | Missing required parameter for option '--limit'
            builds --limit many                   | '--limit'
            builds -L 0                           | --limit must be between 1 and
            builds --offset -1                    | --offset must be 0 or more
            builds --nope                         | Unknown option: '--nope'
            build 12 13                           | Unmatched argument
            build abc                             | abc
            retry 41 --last                       | give a build number or --last, not both
            watch 12 --sha 3f9c2e1                | a build NUMBER does not go with --sha
            watch --fail-fast                     | --fail-fast goes only with --workflow
            watch --interval 0                    | --interval must be at least 1 second
            cancel 41 -p gh/acme/a -p gh/acme/b   | --project was given more than once
            completion tcsh                       | tcsh
            builds --status bogus                 | invalid value for --status: "bogus" (choose from completed, successful, failed, running); see 'circle-view builds --help'
            --color sometimes builds              | invalid value for --color: "sometimes" (choose from auto, always, never)
            builds -s Failed-Builds-Of-A-Very-Long-Name-That-Goes-On-And-On-And-On-Past-What-A-Cut-Message-Would-Keep-Of-It | (choose from completed, successful, failed, running)
            """)
    void refuses(String argv, String message) {
        TestContext.Result r = new TestContext(dir).run(words(argv));

        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.stdout(), r::toString);
        assertEquals(1, r.stderrLines().size(), r::toString);
        assertTrue(r.stderr().startsWith("circle-view: ") && r.stderr().contains(message.strip()), r::toString);
    }
}
