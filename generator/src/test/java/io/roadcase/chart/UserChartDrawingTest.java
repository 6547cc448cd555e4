package io.roadcase.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadcase.analyze.UserChartAnalysis;
import io.roadcase.model.DataColumn;
import io.roadcase.model.DataSheet;
import io.roadcase.model.DataType;
import io.roadcase.model.Origin;
import io.roadcase.model.Problem;
import io.roadcase.model.Settings;
import io.roadcase.model.UserChart;
import io.roadcase.model.UserChartFigures;
import io.roadcase.model.UserChartType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every chart type of the charts table, drawn by XChart through the house encoders: the same bytes on
 * every run and in any default locale and time zone, an SVG that parses with its title and
 * description, nothing drawn outside the chart's box, and 500 categories or points without a failure.
 */
class UserChartDrawingTest {

    private static final Theme THEME = Theme.of(Settings.DEFAULTS);

    /** A data sheet of {@code rows} rows: a date, a category, a team, three numbers, seeded. */
    static DataSheet sheet(int rows) {
        Random random = new Random(rows);
        List<Object> dates = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        List<Object> teams = new ArrayList<>();
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        List<Object> c = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            dates.add(LocalDate.of(2020, 1, 1).plusDays(i));
            names.add("Item " + i);
            teams.add(i % 3 == 0 ? "Core" : i % 3 == 1 ? "Web" : "Data");
            a.add(10.0 + random.nextInt(90));
            b.add(5.0 + random.nextInt(50));
            c.add(1.0 + random.nextInt(20));
        }
        return new DataSheet("sample", List.of(
                new DataColumn("day", DataType.DATE, dates),
                new DataColumn("name", DataType.TEXT, names),
                new DataColumn("team", DataType.TEXT, teams),
                new DataColumn("amount", DataType.NUMBER, a),
                new DataColumn("cost", DataType.NUMBER, b),
                new DataColumn("size", DataType.NUMBER, c)), rows, Origin.NONE);
    }

    /** A chart of each type over the sample sheet, with the columns that type needs. */
    static UserChart chart(UserChartType type) {
        return switch (type) {
            case PIE, DONUT -> declare(type, "name", List.of("amount"), null);
            case SCATTER -> declare(type, "amount", List.of("cost"), "team");
            case BUBBLE -> declare(type, "day", List.of("cost", "size"), "team");
            case BOX -> declare(type, null, List.of("amount", "cost"), null);
            case HEAT_MAP -> declare(type, "day", List.of("amount"), "team");
            case RADAR -> declare(type, "name", List.of("amount", "cost"), null);
            default -> declare(type, "day", List.of("amount"), "team");
        };
    }

    private static UserChart declare(UserChartType type, String x, List<String> y, String seriesBy) {
        return new UserChart("c-" + type.name().toLowerCase(Locale.ROOT), "A " + type.word() + " <chart> & more",
                type, "sample", x, y, seriesBy, false, "EUR", null, null, Origin.NONE);
    }

    static Chart drawing(UserChartType type, int rows) {
        List<Problem> problems = new ArrayList<>();
        List<UserChartFigures> figures = UserChartAnalysis.analyze(List.of(chart(type)), List.of(sheet(rows)),
                List.of(), List.of(), List.of(), List.of(), problems);
        assertThat(problems).isEmpty();
        assertThat(figures).hasSize(1);
        return new UserChartDrawing(THEME, figures.get(0));
    }

    @ParameterizedTest
    @EnumSource(UserChartType.class)
    void drawsTheSameBytesEveryRunInAnyLocaleAndTimeZone(UserChartType type) {
        Chart chart = drawing(type, 12);
        byte[] svg = SvgEncoder.encode(chart);
        byte[] png = PngEncoder.encode(chart);
        assertThat(SvgEncoder.encode(chart)).isEqualTo(svg);
        assertThat(PngEncoder.encode(chart)).isEqualTo(png);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Chart again = drawing(type, 12);
            assertThat(SvgEncoder.encode(again)).isEqualTo(svg);
            assertThat(PngEncoder.encode(again)).isEqualTo(png);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @ParameterizedTest
    @EnumSource(UserChartType.class)
    void svgParsesWithItsTitleAndDescription(UserChartType type) throws Exception {
        Chart chart = drawing(type, 12);
        SvgFile svg = SvgFile.parse(SvgEncoder.encode(chart));
        assertThat(svg.child("title")).isEqualTo("A " + type.word() + " <chart> & more");
        assertThat(svg.child("desc")).startsWith(type.word().substring(0, 1).toUpperCase(Locale.ROOT))
                .contains("data table");
        // XChart's words are outlines; the frame's title is the one real text, and it stays in the box.
        assertThat(svg.texts(THEME)).extracting(SvgFile.Text::content).contains("A " + type.word() + " <chart> & more");
        for (SvgFile.Text t : svg.texts(THEME)) {
            assertThat(t.x()).isGreaterThanOrEqualTo(0);
            assertThat(t.x() + t.width()).isLessThanOrEqualTo(chart.width());
        }
    }

    @ParameterizedTest
    @EnumSource(UserChartType.class)
    void drawsNothingOutsideItsBox(UserChartType type) {
        Chart chart = drawing(type, 40);
        int pad = 20;
        BufferedImage image = new BufferedImage(chart.width() + 2 * pad, chart.height() + 2 * pad,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.MAGENTA);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.translate(pad, pad);
        chart.paint(g);
        g.dispose();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                boolean outside = x < pad || y < pad || x >= pad + chart.width() || y >= pad + chart.height();
                if (outside) {
                    assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(Color.MAGENTA.getRGB());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(UserChartType.class)
    void draws500CategoriesOrPoints(UserChartType type) throws Exception {
        Chart chart = drawing(type, 500);
        assertThat(PngEncoder.encode(chart)).isNotEmpty();
        assertThat(SvgFile.parse(SvgEncoder.encode(chart)).child("title")).isNotBlank();
    }
}
