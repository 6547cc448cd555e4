package io.roadcase.chart;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.AffineTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.CreateCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DisposeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawImageCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Group;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetBackgroundCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetClipCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetColorCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetCompositeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetFontCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetHintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetPaintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetStrokeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.filters.FillPaintedShapeAsImageFilter;
import de.erichseifert.vectorgraphics2d.intermediate.filters.StateChangeGroupingFilter;
import de.erichseifert.vectorgraphics2d.util.GraphicsUtils;
import io.roadcase.look.XmlText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A chart as a standalone SVG document: the chart paints onto VectorGraphics2D, whose recorded
 * drawing commands are written here straight to text, with an accessible {@code <title>} and
 * {@code <desc>}, clip ids numbered in order, and text given font fallbacks and an explicit size.
 *
 * <p>The elements, attributes and numbers are those VectorGraphics2D's own SVG writer produces (a test
 * holds the two side by side), without its detours: it builds a DOM and serialises it through the JDK's
 * XSLT transformer, which cost about 80 ms on the first chart of a run and half the time of each
 * chart after, and it formats numbers with a {@link DecimalFormat} shared by all threads.
 */
final class SvgEncoder {

    private static final String FONT_FALLBACKS = ",\"Bitstream Vera Sans\",Verdana,sans-serif";
    private static final String BUNDLED_FAMILY = "DejaVu Sans";
    /** VectorGraphics2D's number formats: up to 15 decimals for doubles, 6 for floats; cloned per document. */
    private static final DecimalFormat DOUBLES = decimals(15);
    private static final DecimalFormat FLOATS = decimals(6);

    private final Chart chart;
    private final DecimalFormat doubles = (DecimalFormat) DOUBLES.clone();
    private final DecimalFormat floats = (DecimalFormat) FLOATS.clone();
    private final Deque<GraphicsState> states = new ArrayDeque<>();
    private final Map<Shape, String> clipIds = new HashMap<>();
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder(8192);
    /** The start tag of the group later elements go into, written with the first of them; null at the root. */
    private String group;
    private boolean groupWritten;

    private SvgEncoder(Chart chart) {
        this.chart = chart;
        states.push(new GraphicsState());
    }

    static byte[] encode(Chart chart) {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g);
        return new SvgEncoder(chart).write(g.getCommands()).getBytes(StandardCharsets.UTF_8);
    }

    /** The document for a chart's drawing commands, grouped as VectorGraphics2D's SVG writer groups them. */
    private String write(CommandSequence commands) {
        for (Command<?> command : new StateChangeGroupingFilter(new FillPaintedShapeAsImageFilter(commands))) {
            handle(command);
        }
        if (groupWritten) {
            body.append("  </g>\n");
        }
        String w = number(chart.width());
        String h = number(chart.height());
        StringBuilder svg = new StringBuilder(body.length() + defs.length() + 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<svg role=\"img\" aria-labelledby=\"title desc\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" height=\"").append(h).append("px\" version=\"1.1\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("px\" x=\"0px\" y=\"0px\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("  <title id=\"title\">").append(escape(chart.title(), Canvas.LONGEST)).append("</title>\n")
                .append("  <desc id=\"desc\">").append(escape(chart.description(), Canvas.LONGEST_DESCRIPTION))
                .append("</desc>\n");
        if (!defs.isEmpty()) {
            svg.append("  <defs>\n").append(defs).append("  </defs>\n");
        }
        return svg.append(body).append("</svg>\n").toString();
    }

    private GraphicsState state() {
        return states.peek();
    }

    private void handle(Command<?> command) {
        if (command instanceof Group c) {
            apply(c.getValue());
        } else if (command instanceof DrawShapeCommand c) {
            element(shape(c.getValue(), stroked()));
        } else if (command instanceof FillShapeCommand c) {
            element(shape(c.getValue(), filled()));
        } else if (command instanceof DrawStringCommand c) {
            element("<text style=\"" + XmlText.attribute(filled() + font(state().getFont())) + "\" x=\"" + number(c.getX())
                    + "\" y=\"" + number(c.getY()) + "\">" + XmlText.content(c.getValue()) + "</text>");
        } else if (command instanceof DrawImageCommand c) {
            element("<image height=\"" + number(c.getHeight()) + "\" preserveAspectRatio=\"none\" width=\""
                    + number(c.getWidth()) + "\" x=\"" + number(c.getX()) + "\" xlink:href=\"" + png(c) + "\" y=\""
                    + number(c.getY()) + "\"/>");
        }
    }

    /** A run of state changes; a new clip or transform starts a new group for what follows. */
    private void apply(List<Command<?>> commands) {
        boolean newGroup = false;
        for (Command<?> command : commands) {
            GraphicsState state = state();
            if (command instanceof SetBackgroundCommand c) {
                state.setBackground(c.getValue());
            } else if (command instanceof SetClipCommand c) {
                state.setClip(c.getValue());
                newGroup = true;
            } else if (command instanceof SetColorCommand c) {
                state.setColor(c.getValue());
            } else if (command instanceof SetCompositeCommand c) {
                state.setComposite(c.getValue());
            } else if (command instanceof SetFontCommand c) {
                state.setFont(c.getValue());
            } else if (command instanceof SetPaintCommand c) {
                state.setPaint(c.getValue());
            } else if (command instanceof SetStrokeCommand c) {
                state.setStroke(c.getValue());
            } else if (command instanceof SetTransformCommand c) {
                state.setTransform(c.getValue());
                newGroup = true;
            } else if (command instanceof AffineTransformCommand c) {
                AffineTransform transform = state.getTransform();
                transform.concatenate(c.getValue());
                state.setTransform(transform);
                newGroup = true;
            } else if (command instanceof SetHintCommand c) {
                state.getHints().put(c.getKey(), c.getValue());
            } else if (command instanceof CreateCommand) {
                states.push(copy(state));
            } else if (command instanceof DisposeCommand) {
                states.pop();
            }
        }
        if (newGroup) {
            startGroup();
        }
    }

    private static GraphicsState copy(GraphicsState state) {
        try {
            return (GraphicsState) state.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void startGroup() {
        if (groupWritten) {
            body.append("  </g>\n");
        }
        StringBuilder g = new StringBuilder("<g");
        Shape clip = state().getClip();
        if (clip != null) {
            g.append(" clip-path=\"url(#").append(clipId(clip)).append(")\"");
        }
        AffineTransform transform = state().getTransform();
        if (!transform.isIdentity()) {
            g.append(" transform=\"").append(transform(transform)).append('"');
        }
        group = g.append('>').toString();
        groupWritten = false;
    }

    /** The id of a clip path in {@code <defs>}, defined on first use; equal clips share one. */
    private String clipId(Shape clip) {
        String id = clipIds.get(clip);
        if (id == null) {
            id = "clip" + (clipIds.size() + 1);
            clipIds.put(clip, id);
            defs.append("    <clipPath id=\"").append(id).append("\">\n      ").append(shape(clip, null))
                    .append("\n    </clipPath>\n");
        }
        return id;
    }

    private void element(String element) {
        if (group != null && !groupWritten) {
            body.append("  ").append(group).append('\n');
            groupWritten = true;
        }
        body.append(group != null ? "    " : "  ").append(element).append('\n');
    }

    /** A shape element; its attributes in name order, as the DOM serialiser wrote them. */
    private String shape(Shape shape, String style) {
        String styled = style == null ? "" : " style=\"" + XmlText.attribute(style) + "\"";
        if (shape instanceof Line2D s) {
            return "<line" + styled + " x1=\"" + number(s.getX1()) + "\" x2=\"" + number(s.getX2()) + "\" y1=\""
                    + number(s.getY1()) + "\" y2=\"" + number(s.getY2()) + "\"/>";
        } else if (shape instanceof Rectangle2D s) {
            return "<rect height=\"" + number(s.getHeight()) + '"' + styled + " width=\"" + number(s.getWidth())
                    + "\" x=\"" + number(s.getX()) + "\" y=\"" + number(s.getY()) + "\"/>";
        } else if (shape instanceof RoundRectangle2D s) {
            return "<rect height=\"" + number(s.getHeight()) + "\" rx=\"" + number(s.getArcWidth() / 2.0) + "\" ry=\""
                    + number(s.getArcHeight() / 2.0) + '"' + styled + " width=\"" + number(s.getWidth()) + "\" x=\""
                    + number(s.getX()) + "\" y=\"" + number(s.getY()) + "\"/>";
        } else if (shape instanceof Ellipse2D s) {
            return "<ellipse cx=\"" + number(s.getCenterX()) + "\" cy=\"" + number(s.getCenterY()) + "\" rx=\""
                    + number(s.getWidth() / 2.0) + "\" ry=\"" + number(s.getHeight() / 2.0) + '"' + styled + "/>";
        }
        return "<path d=\"" + path(shape) + '"' + styled + "/>";
    }

    private String path(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator segments = shape.getPathIterator(null); !segments.isDone(); segments.next()) {
            if (!d.isEmpty()) {
                d.append(' ');
            }
            switch (segments.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(point(c, 0));
                case PathIterator.SEG_LINETO -> d.append('L').append(point(c, 0));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(point(c, 0)).append(' ').append(point(c, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(point(c, 0)).append(' ').append(point(c, 2))
                        .append(' ').append(point(c, 4));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private String point(double[] coordinates, int at) {
        return number(coordinates[at]) + "," + number(coordinates[at + 1]);
    }

    private String transform(AffineTransform t) {
        if (t.getType() == AffineTransform.TYPE_TRANSLATION) {
            return "translate(" + number(t.getTranslateX()) + " " + number(t.getTranslateY()) + ")";
        }
        double[] m = new double[6];
        t.getMatrix(m);
        return "matrix(" + number(m[0]) + " " + number(m[1]) + " " + number(m[2]) + " " + number(m[3]) + " "
                + number(m[4]) + " " + number(m[5]) + ")";
    }

    private String filled() {
        Color color = state().getColor();
        String style = "fill:" + color(color) + ";";
        if (color.getAlpha() < 255) {
            style += "fill-opacity:" + number(color.getAlpha() / 255.0) + ";";
        }
        return style + "stroke:none;";
    }

    private String stroked() {
        Color color = state().getColor();
        StringBuilder style = new StringBuilder("fill:none;stroke:").append(color(color)).append(';');
        if (color.getAlpha() < 255) {
            style.append("stroke-opacity:").append(number(color.getAlpha() / 255.0)).append(';');
        }
        Stroke stroke = state().getStroke();
        if (stroke instanceof BasicStroke s) {
            if (s.getLineWidth() != 1f) {
                style.append("stroke-width:").append(number(s.getLineWidth())).append(';');
            }
            if (s.getMiterLimit() != 4f) {
                style.append("stroke-miterlimit:").append(number(s.getMiterLimit())).append(';');
            }
            if (s.getEndCap() != BasicStroke.CAP_BUTT) {
                style.append("stroke-linecap:").append(s.getEndCap() == BasicStroke.CAP_ROUND ? "round" : "square")
                        .append(';');
            }
            if (s.getLineJoin() != BasicStroke.JOIN_MITER) {
                style.append("stroke-linejoin:").append(s.getLineJoin() == BasicStroke.JOIN_ROUND ? "round" : "bevel")
                        .append(';');
            }
            float[] dashes = s.getDashArray();
            if (dashes != null) {
                style.append("stroke-dasharray:");
                for (int i = 0; i < dashes.length; i++) {
                    style.append(i > 0 ? "," : "").append(number(dashes[i]));
                }
                style.append(';');
                if (s.getDashPhase() != 0f) {
                    style.append("stroke-dashoffset:").append(number(s.getDashPhase())).append(';');
                }
            }
        }
        return style.toString();
    }

    private static String color(Color color) {
        if (color.getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
            float[] cmyk = color.getComponents(null);
            return String.format(Locale.ROOT, "rgb(%d,%d,%d) icc-color(Generic-CMYK-profile,%f,%f,%f,%f)", color.getRed(),
                    color.getGreen(), color.getBlue(), cmyk[0], cmyk[1], cmyk[2], cmyk[3]);
        }
        return "rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
    }

    /**
     * The font's part of a text style: the family (with fallbacks for the bundled DejaVu Sans, which a
     * reader of the SVG on its own may not have), the size always (VectorGraphics2D left out 12 px, its
     * default, which a browser does not share), the style.
     */
    private String font(Font font) {
        StringBuilder style = new StringBuilder();
        if (!GraphicsState.DEFAULT_FONT.equals(font)) {
            if (!GraphicsState.DEFAULT_FONT.getFamily().equals(font.getFamily())) {
                String family = GraphicsUtils.getPhysicalFont(font).getFamily();
                style.append("font-family:\"").append(family).append('"')
                        .append(family.equals(BUNDLED_FAMILY) ? FONT_FALLBACKS : "").append(';');
            }
            if (font.getSize2D() != GraphicsState.DEFAULT_FONT.getSize2D()) {
                style.append("font-size:").append(number(font.getSize2D())).append("px;");
            }
            if (font.isItalic()) {
                style.append("font-style:italic;");
            }
            if (font.isBold()) {
                style.append("font-weight:bold;");
            }
        }
        if (style.indexOf("font-size:") < 0) {
            style.append("font-size:12px;");
        }
        return style.toString();
    }

    /** An image (VectorGraphics2D draws a shape filled with a gradient or texture as one) as a PNG data URL. */
    private static String png(DrawImageCommand image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(GraphicsUtils.toBufferedImage(image.getValue()), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** A number as VectorGraphics2D writes it: no exponent, no trailing zeros, at most 15 decimals. */
    private String number(double value) {
        if (value == (long) value && Math.abs(value) < 1e15 && (value != 0 || 1 / value > 0)) {
            return Long.toString((long) value);
        }
        return doubles.format(value);
    }

    /** A float as VectorGraphics2D writes it, with at most 6 decimals. */
    private String number(float value) {
        if (value == (long) value && Math.abs(value) < 1e7f && (value != 0 || 1 / value > 0)) {
            return Long.toString((long) value);
        }
        return floats.format(value);
    }

    private static DecimalFormat decimals(int digits) {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMaximumFractionDigits(digits);
        return format;
    }

    /** A display text (a title, a description) as XML: cleaned and cut by {@link Canvas#clean}, then escaped. */
    static String escape(String text, int longest) {
        return XmlText.attribute(Canvas.clean(text, longest));
    }
}
