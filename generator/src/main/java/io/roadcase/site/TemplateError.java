package io.roadcase.site;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import io.roadcase.model.Place;
import io.roadcase.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A template that cannot be parsed or fails while it renders: the user's own input, like a bad cell,
 * so it ends the run as an error with its place (template file, line and column) and what is wrong,
 * not as a fault of Roadcase with FreeMarker's raw message.
 */
public final class TemplateError extends IOException {

    private static final long serialVersionUID = 1L;

    /** FreeMarker repeats the place inside its message; the problem line already starts with it. */
    private static final Pattern IN_TEMPLATE = Pattern.compile("\\s*\\[in template \"[^\"]*\"[^\\]]*\\]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final transient Problem problem;

    private TemplateError(Problem problem, Exception cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** The error line: {@code error: templates/site/index.ftlh, line 3, column 7: ...}. */
    public Problem problem() {
        return problem;
    }

    /** A template that does not parse. */
    static TemplateError of(ParseException e, String name, Path userFolder) {
        String template = e.getTemplateName() != null ? e.getTemplateName() : name;
        return new TemplateError(Problem.error(place(template, e.getLineNumber(), e.getColumnNumber(), userFolder),
                "the template does not parse: " + oneLine(e.getEditorMessage())), e);
    }

    /** A template that fails while it renders a page. */
    static TemplateError of(TemplateException e, String name, Path userFolder) {
        String template = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String what = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
                ? "expected a value for ${" + e.getBlamedExpressionString() + "}, found none (null or missing; "
                        + "give a default with ${" + e.getBlamedExpressionString() + "!\"\"} if it may be missing)"
                : oneLine(e.getMessageWithoutStackTop());
        return new TemplateError(Problem.error(place(template, line, column, userFolder),
                "the template failed while rendering " + name.replace("site/", "").replace(".ftlh", ".html")
                        + ": " + what), e);
    }

    /**
     * A page whose rendering ran past the run's time budget: almost always a user template's loop over a
     * huge range ({@code <#list 1..999999999 as i>}) or a loop that never ends.
     *
     * @param running the template that was running when the budget ran out (a macro's), or null
     */
    static TemplateError outOfTime(String name, String running, java.time.Duration budget, Path userFolder) {
        String template = running != null ? running : name;
        return new TemplateError(Problem.error(place(template, 0, 0, userFolder),
                "the template was still rendering " + page(name) + " when the run's render time budget of "
                        + RenderBudget.words(budget) + " ran out (a #list over a huge range, or a loop that never "
                        + "ends?): fix the template, or give more time with --render-timeout (Maven: renderTimeout)"),
                null);
    }

    /** A page whose templates call themselves without end (a recursive macro, or an #include of itself). */
    static TemplateError tooDeep(String name, String running, Path userFolder) {
        String template = running != null ? running : name;
        return new TemplateError(Problem.error(place(template, 0, 0, userFolder),
                "the template calls itself without end while rendering " + page(name) + " (a macro or function that "
                        + "calls itself, or an #include or #import of itself): give the recursion an end"), null);
    }

    private static String page(String name) {
        return name.replace("site/", "").replace(".ftlh", ".html");
    }

    /**
     * The template's file as the user knows it: in their template folder when they override it, else
     * the built-in one (a built-in page calling a macro the user's template broke).
     */
    private static Place place(String template, int line, int column, Path userFolder) {
        String file = userFolder != null && Files.isRegularFile(userFolder.resolve(template))
                ? userFolder.resolve(template).toString()
                : "built-in template " + template;
        return new Place(file, null, null, line > 0 ? line : null, column > 0 ? Integer.toString(column) : null);
    }

    /** FreeMarker's message without its tips and stack ("----" and after), on one line. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        int tips = message.indexOf("\n----");
        String text = tips < 0 ? message : message.substring(0, tips);
        text = IN_TEMPLATE.matcher(text).replaceAll("");
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
