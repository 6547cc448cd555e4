package io.roadcase.site;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import io.roadcase.model.ShownText;
import java.util.Locale;

/**
 * The object wrapper of every page template, built-in or the user's: each text a template prints is
 * {@linkplain ShownText#clean cleaned} and cut to {@link ShownText#PAGE} characters, so a 32,767-character
 * title repeated in a thousand rows makes pages of bounded size. A link (http, https or mailto, no spaces)
 * is cleaned but never cut: a cut address leads nowhere. A Java method a template calls (such as
 * {@code md.toHtml(description)}) still gets the full text.
 */
final class ShownTextWrapper extends DefaultObjectWrapper {

    ShownTextWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) {
            return new Shown(s);
        }
        return super.wrap(obj);
    }

    /** A text that prints shown and unwraps (for a Java method's argument) to the full text. */
    private static final class Shown implements TemplateScalarModel, WrapperTemplateModel {

        private final String full;
        private String shown;

        Shown(String full) {
            this.full = full;
        }

        @Override
        public String getAsString() {
            if (shown == null) {
                shown = isLink(full) ? ShownText.clean(full) : ShownText.cut(full, ShownText.PAGE);
            }
            return shown;
        }

        @Override
        public Object getWrappedObject() {
            return full;
        }

        private static boolean isLink(String s) {
            String start = s.substring(0, Math.min(8, s.length())).toLowerCase(Locale.ROOT);
            return (start.startsWith("http://") || start.startsWith("https://") || start.startsWith("mailto:"))
                    && s.chars().noneMatch(Character::isWhitespace);
        }
    }
}
