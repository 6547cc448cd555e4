package io.roadcase.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.source.Cell;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random cells through every parser: each must return a value or throw {@link BadCell} with a
 * message, never another exception (which would surface as a stack trace for a user's typo).
 */
class CellParsersRobustnessTest {

    private static final String ALPHABET = "0123456789.,;:-+−()%$€£ QqMmarJanFebDec/\\\n\t#*xyYN@_TZ'\"e\u00a0";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void everyParserAnswersWithAValueOrABadCell(long seed) {
        Random random = new Random(seed);
        var format = DateCells.format("dd/MM/yyyy");
        for (int i = 0; i < 5_000; i++) {
            Cell cell = randomCell(random);
            List<Parser> parsers = List.of(TextCells::text, TextCells::id, TextCells::list, c -> TextCells.ids(c, true),
                    TextCells::bool, TextCells::url, TextCells::markdown, NumberCells::number, NumberCells::percent,
                    c -> NumberCells.whole(c, "a whole number"), c -> DateCells.date(c, DateCells.Role.START, null),
                    c -> DateCells.date(c, DateCells.Role.END, format), RoadmapTable.STATUSES::parse,
                    FundingCaseTable::shares, c -> CashFlowTable.period(c, null));
            for (Parser parser : parsers) {
                try {
                    parser.parse(cell);
                } catch (BadCell e) {
                    assertThat(e.getMessage()).as("message for %s", cell).startsWith("expected");
                } catch (RuntimeException e) {
                    throw new AssertionError("parser failed on " + cell, e);
                }
            }
        }
    }

    private interface Parser {
        Object parse(Cell cell) throws BadCell;
    }

    private static Cell randomCell(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                double n = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(3000);
                    case 1 -> random.nextDouble() * 1e6 - 5e5;
                    case 2 -> new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300, 60, 2200.5}[random.nextInt(6)];
                    default -> random.nextGaussian();
                };
                return Cell.number(n, TextCells.plainNumber(n));
            case 1:
                return Cell.date(LocalDateTime.of(1900 + random.nextInt(300), 1 + random.nextInt(12), 1, 0, 0), 0, "d");
            case 2:
                return new Cell(Cell.Kind.ERROR, "#N/A", 0, null);
            default:
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(14);
                for (int i = 0; i < length; i++) {
                    s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                return Cell.text(s.toString());
        }
    }
}
