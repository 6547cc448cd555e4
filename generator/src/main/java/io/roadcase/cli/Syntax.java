package io.roadcase.cli;

import io.roadcase.read.LooseNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a command accepts: its options and its one optional argument, parsed from the command line and
 * printed as the command's help.
 *
 * <p>The forms are the usual ones: {@code --name value}, {@code --name=value}, switches alone or
 * grouped ({@code -qv}), and {@code --} before an argument that starts with a dash. A value is taken
 * as given; the command converts it and says what was expected when it cannot ({@link UsageError}).
 *
 * <p>Roadcase used picocli for this until start-up was measured: picocli's class files are Java 5,
 * which a class-data archive cannot hold, so its 176 classes were loaded and verified on every run,
 * 0.12 s of every command (docs/benchmarks.md). These few options need none of its other powers.
 *
 * @param command the command's name after {@code roadcase}, such as {@code generate}
 * @param about what the command does, a paragraph per element
 * @param options the command's options, in the order its help lists them
 * @param argument the command's one optional argument, or null when it takes none
 */
record Syntax(String command, List<String> about, List<Option> options, Argument argument) {

    /** Every command's {@code -h, --help}. */
    static final Option HELP = Option.flag("--help", "Show this help and exit.").shortName('h');
    /** Every command's {@code -V, --version}. */
    static final Option VERSION = Option.flag("--version", "Print the version and exit.").shortName('V');

    /** The help's width; descriptions start at {@link #HELP_COLUMN}. */
    private static final int WIDTH = 80;
    static final int HELP_COLUMN = 30;

    Syntax {
        about = List.copyOf(about);
        options = Stream.concat(options.stream(), Stream.of(HELP, VERSION)).toList();
    }

    /**
     * An option. A switch has no {@code label}; an option with a label takes a value.
     *
     * @param name the long name, such as {@code --out}
     * @param letter the one-letter name without its dash, or 0
     * @param label what the value is, such as {@code DIR}, shown in the help
     * @param help what the option does; {@code {default}} in it stands for the default
     * @param defaultValue the value when the option is not given, or null
     * @param repeatable whether the option may be given several times and takes comma-separated values
     * @param optionalValue whether the option may also be given without its value
     */
    record Option(String name, char letter, String label, String help, String defaultValue, boolean repeatable,
            boolean optionalValue) {

        static Option flag(String name, String help) {
            return new Option(name, (char) 0, null, help, null, false, false);
        }

        static Option value(String name, String label, String help) {
            return new Option(name, (char) 0, label, help, null, false, false);
        }

        Option shortName(char letter) {
            return new Option(name, letter, label, help, defaultValue, repeatable, optionalValue);
        }

        Option orElse(String value) {
            return new Option(name, letter, label, help, value, repeatable, optionalValue);
        }

        Option list() {
            return new Option(name, letter, label, help, defaultValue, true, optionalValue);
        }

        Option valueOptional() {
            return new Option(name, letter, label, help, defaultValue, repeatable, true);
        }

        boolean takesValue() {
            return label != null;
        }

        /** How the help names it: {@code -q, --quiet}, {@code     --out=DIR}, {@code --only=PART[,PART...]}. */
        String synopsis() {
            String names = (letter != 0 ? "-" + letter + ", " : "    ") + name;
            if (!takesValue()) {
                return names;
            }
            String value = repeatable ? label + "[," + label + "...]" : label;
            return names + (optionalValue ? "[=" + value + "]" : "=" + value);
        }
    }

    /** The one optional argument of a command, such as {@code init}'s folder. */
    record Argument(String label, String help, String defaultValue) {
    }

    /** The command line after the command's name, parsed; a wrong option or argument is a {@link UsageError}. */
    Parsed parse(List<String> args) throws UsageError {
        Map<Option, List<String>> given = new HashMap<>();
        String argument = null;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                Option option = named(equals < 0 ? arg : arg.substring(0, equals));
                String value = null;
                if (equals >= 0) {
                    if (!option.takesValue()) {
                        throw new UsageError(option.name() + " takes no value, found '" + arg + "'");
                    }
                    value = arg.substring(equals + 1);
                } else if (option.takesValue()) {
                    boolean next = i + 1 < args.size() && !isOption(args.get(i + 1));
                    if (next) {
                        value = args.get(++i);
                    } else if (!option.optionalValue()) {
                        throw new UsageError(option.name() + " needs a value (" + option.label() + ")");
                    }
                }
                given.computeIfAbsent(option, o -> new ArrayList<>()).add(value);
            } else if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
                for (char letter : arg.substring(1).toCharArray()) {
                    Option option = lettered(letter, arg);
                    given.computeIfAbsent(option, o -> new ArrayList<>()).add(null);
                }
            } else if (argument == null && this.argument != null) {
                argument = arg;
            } else {
                throw new UsageError("unexpected argument '" + arg + "'"
                        + (this.argument == null ? ": " + command + " takes options only" : ""));
            }
        }
        return new Parsed(given, argument != null ? argument : this.argument == null ? null : this.argument.defaultValue());
    }

    private boolean isOption(String arg) {
        return arg.startsWith("-") && arg.length() > 1 && options.stream().anyMatch(o -> arg.equals(o.name())
                || arg.startsWith(o.name() + "=") || arg.length() == 2 && arg.charAt(1) == o.letter());
    }

    private Option named(String name) throws UsageError {
        for (Option option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        throw new UsageError("unknown option '" + name + "'" + closest(name));
    }

    private Option lettered(char letter, String arg) throws UsageError {
        for (Option option : options) {
            if (option.letter() == letter && letter != 0) {
                return option;
            }
        }
        throw new UsageError("unknown option '-" + letter + "'" + (arg.length() > 2 ? " in '" + arg + "'" : "")
                + (arg.length() > 2 ? closest("-" + arg) : ""));
    }

    /** A hint naming the option meant, when the name given begins like one or is one or two edits off. */
    private String closest(String name) {
        for (Option option : options) {
            if (option.name().startsWith(name) || name.startsWith(option.name())
                    || LooseNames.distance(name, option.name(), 2) <= 2) {
                return "; did you mean " + option.name() + "?";
            }
        }
        return "";
    }

    /** The first line of the help: {@code Usage: roadcase init [OPTIONS] [DIR]}. */
    String usage() {
        return "Usage: roadcase " + command + " [OPTIONS]" + (argument != null ? " [" + argument.label() + "]" : "");
    }

    /** The whole help: usage, what the command does, its argument and options, then the footer's paragraphs. */
    void printHelp(PrintWriter out, List<String> footer) {
        out.println(usage());
        about.forEach(paragraph -> paragraph(out, paragraph));
        if (argument != null) {
            out.println();
            out.println("Argument:");
            item(out, "  " + argument.label(), argument.help().replace("{default}", argument.defaultValue()),
                    HELP_COLUMN);
        }
        out.println();
        out.println("Options:");
        for (Option option : options) {
            item(out, "  " + option.synopsis(), option.defaultValue() == null ? option.help()
                    : option.help().replace("{default}", option.defaultValue()), HELP_COLUMN);
        }
        footer.forEach(paragraph -> paragraph(out, paragraph));
        out.flush();
    }

    /** A name and its description, the description in its own column, wrapped. */
    static void item(PrintWriter out, String name, String description, int column) {
        if (name.length() + 2 > column) {
            out.println(name);
            name = "";
        }
        wrap(out, name, description, column);
    }

    /** A paragraph, wrapped. */
    static void paragraph(PrintWriter out, String text) {
        wrap(out, "", text, 0);
    }

    /** Prints text wrapped at word boundaries to the width, the first line after {@code first}. */
    private static void wrap(PrintWriter out, String first, String text, int indent) {
        StringBuilder line = new StringBuilder(first).append(" ".repeat(Math.max(0, indent - first.length())));
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(" ".repeat(indent));
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        out.println(line.toString().stripTrailing());
    }

    /** The options given and the argument, with the defaults of those not given. */
    static final class Parsed {
        private final Map<Option, List<String>> given;
        private final String argument;

        private Parsed(Map<Option, List<String>> given, String argument) {
            this.given = given;
            this.argument = argument;
        }

        /** Whether the option was given. */
        boolean has(Option option) {
            return given.containsKey(option);
        }

        /** The value given last, its default when not given, or null when given without one. */
        String value(Option option) {
            List<String> values = given.get(option);
            return values == null ? option.defaultValue() : values.get(values.size() - 1);
        }

        /** Every comma-separated value of a list option, in order; empty when it was not given. */
        List<String> values(Option option) {
            List<String> all = new ArrayList<>();
            for (String value : given.getOrDefault(option, List.of())) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        all.add(part.strip());
                    }
                }
            }
            return all;
        }

        /**
         * The value converted, or null when there is none; a value the conversion refuses (with an
         * {@link IllegalArgumentException} saying what it expected) is a usage error naming the option.
         */
        <T> T value(Option option, Function<String, T> conversion) throws UsageError {
            return convert(option.name(), value(option), conversion);
        }

        /** The argument (given or its default) converted, as {@link #value(Option, Function)} converts. */
        <T> T argument(Function<String, T> conversion) throws UsageError {
            return convert("argument", argument, conversion);
        }

        private static <T> T convert(String name, String value, Function<String, T> conversion) throws UsageError {
            try {
                return value == null ? null : conversion.apply(value);
            } catch (IllegalArgumentException e) {
                throw new UsageError(name + ": " + e.getMessage());
            }
        }

        Path path(Option option) throws UsageError {
            return value(option, Path::of);
        }

        Integer number(Option option) throws UsageError {
            return value(option, value -> {
                try {
                    return Integer.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a whole number, found '" + value + "'");
                }
            });
        }

        /** One of an enumeration's constants, named in any case. */
        <E extends Enum<E>> E choice(Option option, Class<E> type) throws UsageError {
            return value(option, value -> constant(type, value));
        }

        /** Every value of a list option as one of an enumeration's constants, named in any case. */
        <E extends Enum<E>> List<E> choices(Option option, Class<E> type) throws UsageError {
            List<E> all = new ArrayList<>();
            for (String value : values(option)) {
                all.add(convert(option.name(), value, v -> constant(type, v)));
            }
            return all;
        }

        private static <E extends Enum<E>> E constant(Class<E> type, String value) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value.strip())) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("expected one of " + Stream.of(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                    + ", found '" + value + "'");
        }

    }

    /** Wrong usage: an unknown option, a missing or unreadable value. Exit code 2, with the usage line. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }
}
