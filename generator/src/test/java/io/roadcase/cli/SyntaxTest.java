package io.roadcase.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadcase.Config.Part;
import io.roadcase.cli.Syntax.Option;
import io.roadcase.cli.Syntax.Parsed;
import io.roadcase.cli.Syntax.UsageError;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxTest {

    private static final Option OUT = Option.value("--out", "DIR", "Output (default: {default}).").orElse("target/x");
    private static final Option ONLY = Option.value("--only", "PART", "Parts.").list();
    private static final Option QUIET = Option.flag("--quiet", "Quiet.").shortName('q');
    private static final Option VERBOSE = Option.flag("--verbose", "Verbose.").shortName('v');
    private static final Option PASSWORD = Option.value("--password", "PW", "Password.").valueOptional();
    private static final Option COUNT = Option.value("--count", "N", "How many.");

    private final Syntax syntax = new Syntax("try", List.of("Tries things."),
            List.of(OUT, ONLY, QUIET, VERBOSE, PASSWORD, COUNT), null);
    private final Syntax withArgument = new Syntax("init", List.of("Writes."), List.of(QUIET),
            new Syntax.Argument("DIR", "Folder (default: {default}).", "src/x"));

    private Parsed parse(Syntax syntax, String... args) throws UsageError {
        return syntax.parse(List.of(args));
    }

    @Test
    void valuesComeSeparateOrAfterAnEqualsSignAndTheLastOneWins() throws UsageError {
        Parsed parsed = parse(syntax, "--out", "a", "--out=b=c", "--count", "7");

        assertThat(parsed.value(OUT)).isEqualTo("b=c");
        assertThat(parsed.path(OUT)).isEqualTo(Path.of("b=c"));
        assertThat(parsed.number(COUNT)).isEqualTo(7);
    }

    @Test
    void optionsNotGivenHaveTheirDefaultOrNothing() throws UsageError {
        Parsed parsed = parse(syntax);

        assertThat(parsed.value(OUT)).isEqualTo("target/x");
        assertThat(parsed.has(OUT)).isFalse();
        assertThat(parsed.number(COUNT)).isNull();
        assertThat(parsed.values(ONLY)).isEmpty();
    }

    @Test
    void switchesComeAloneOrGrouped() throws UsageError {
        assertThat(parse(syntax, "-qv").has(VERBOSE)).isTrue();
        assertThat(parse(syntax, "-qv").has(QUIET)).isTrue();
        assertThat(parse(syntax, "--verbose").has(QUIET)).isFalse();
        assertThat(parse(syntax, "-h").has(Syntax.HELP)).isTrue();
        assertThat(parse(syntax, "--version").has(Syntax.VERSION)).isTrue();
    }

    @Test
    void aListOptionGathersEveryCommaSeparatedValueInAnyCase() throws UsageError {
        Parsed parsed = parse(syntax, "--only", "site, PDF", "--only=json");

        assertThat(parsed.values(ONLY)).containsExactly("site", "PDF", "json");
        assertThat(parsed.choices(ONLY, Part.class)).containsExactly(Part.SITE, Part.PDF, Part.JSON);
    }

    @Test
    void anOptionalValueIsTakenUnlessAnotherOptionFollows() throws UsageError {
        assertThat(parse(syntax, "--password", "secret").value(PASSWORD)).isEqualTo("secret");
        Parsed bare = parse(syntax, "--password", "--quiet");
        assertThat(bare.has(PASSWORD)).isTrue();
        assertThat(bare.value(PASSWORD)).isNull();
        assertThat(bare.has(QUIET)).isTrue();
    }

    @Test
    void aValueMayStartWithADashWhenItIsNoOption() throws UsageError {
        assertThat(parse(syntax, "--out", "-").value(OUT)).isEqualTo("-");
        assertThat(parse(syntax, "--out", "-draft").value(OUT)).isEqualTo("-draft");
    }

    @Test
    void theArgumentHasItsDefaultAndComesAfterADoubleDashWhenItStartsWithOne() throws UsageError {
        assertThat(parse(withArgument).<Path>argument(Path::of)).isEqualTo(Path.of("src/x"));
        assertThat(parse(withArgument, "-q", "data").<Path>argument(Path::of)).isEqualTo(Path.of("data"));
        assertThat(parse(withArgument, "--", "-data").<Path>argument(Path::of)).isEqualTo(Path.of("-data"));
    }

    @Test
    void wrongUsageSaysWhatIsWrongAndWhatWasMeant() {
        assertThatThrownBy(() -> parse(syntax, "--output", "x")).isInstanceOf(UsageError.class)
                .hasMessage("unknown option '--output'; did you mean --out?");
        assertThatThrownBy(() -> parse(syntax, "--colour")).hasMessage("unknown option '--colour'");
        assertThatThrownBy(() -> parse(syntax, "--verbsoe")).hasMessage("unknown option '--verbsoe'; did you mean --verbose?");
        assertThatThrownBy(() -> parse(syntax, "--Quiet_")).hasMessage("unknown option '--Quiet_'; did you mean --quiet?");
        assertThatThrownBy(() -> parse(syntax, "-qx")).hasMessage("unknown option '-x' in '-qx'");
        assertThatThrownBy(() -> parse(syntax, "-out", "x")).hasMessage("unknown option '-o' in '-out'; did you mean --out?");
        assertThatThrownBy(() -> parse(syntax, "--out")).hasMessage("--out needs a value (DIR)");
        assertThatThrownBy(() -> parse(syntax, "--out", "--quiet")).hasMessage("--out needs a value (DIR)");
        assertThatThrownBy(() -> parse(syntax, "--quiet=yes")).hasMessage("--quiet takes no value, found '--quiet=yes'");
        assertThatThrownBy(() -> parse(syntax, "data")).hasMessage("unexpected argument 'data': try takes options only");
        assertThatThrownBy(() -> parse(withArgument, "a", "b")).hasMessage("unexpected argument 'b'");
    }

    @Test
    void aValueThatCannotBeConvertedNamesItsOptionAndWhatWasExpected() throws UsageError {
        Parsed parsed = parse(syntax, "--count", "seven", "--only", "site,web");

        assertThatThrownBy(() -> parsed.number(COUNT)).isInstanceOf(UsageError.class)
                .hasMessage("--count: expected a whole number, found 'seven'");
        assertThatThrownBy(() -> parsed.choices(ONLY, Part.class))
                .hasMessage("--only: expected one of site, pdf, json, found 'web'");
        assertThatThrownBy(() -> parse(syntax, "--out", "a\0b").path(OUT)).hasMessageStartingWith("--out: ");
    }

    @Test
    void theHelpListsEveryOptionWithItsDefaultAndWrapsAtEightyColumns() {
        StringWriter help = new StringWriter();
        new Syntax("try", List.of("Tries things. ".repeat(12).strip()), List.of(OUT, ONLY, QUIET, PASSWORD), null)
                .printHelp(new PrintWriter(help), List.of("", "Footer."));

        assertThat(help.toString().lines()).startsWith("Usage: roadcase try [OPTIONS]")
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80))
                .contains("      --out=DIR               Output (default: target/x).",
                        "      --only=PART[,PART...]   Parts.",
                        "  -q, --quiet                 Quiet.",
                        "      --password[=PW]         Password.",
                        "  -h, --help                  Show this help and exit.",
                        "  -V, --version               Print the version and exit.", "Footer.");
        assertThat(help.toString()).contains("Tries things. Tries things.");
    }
}
