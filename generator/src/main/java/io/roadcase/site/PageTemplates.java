package io.roadcase.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core._CoreAPI;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.MethodAppearanceFineTuner;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import io.roadcase.model.Stakeholder;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The FreeMarker setup every page renders with. Templates are looked up in the user's template folder
 * first, then among the built-in ones ({@code site/index.ftlh} overrides the built-in
 * {@code site/index.ftlh}). The setup is strict (a missing value is an error, not a blank), independent
 * of the machine's locale and time zone, and sandboxed for user templates: no {@code ?new} of any
 * class, no {@code ?api}, and no file outside the template folder. Stakeholders' e-mail addresses are
 * not in the model at all: what a template renders may be published.
 */
public final class PageTemplates {

    /** Where the built-in templates and assets live on the class path. */
    static final String BUILT_IN = "/io/roadcase/templates";

    /** FreeMarker's behaviour version, pinned so a library upgrade does not change pages silently. */
    private static final Version BEHAVIOUR = Configuration.VERSION_2_3_35;

    /** Interrupts a page's rendering thread when the run's render budget runs out. */
    private static final ScheduledExecutorService ALARM = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "roadcase-render-budget");
        t.setDaemon(true);
        return t;
    });

    private final Configuration configuration;
    private final Path userFolder;
    private final Duration budget;
    private final long deadline;

    /** @param userFolder folder whose templates override the built-in ones by file name, or null */
    public PageTemplates(Path userFolder) throws IOException {
        this(userFolder, RenderBudget.DEFAULT);
    }

    /**
     * @param userFolder folder whose templates override the built-in ones by file name, or null
     * @param budget how long all pages rendered with this object may take together, from now
     */
    public PageTemplates(Path userFolder, Duration budget) throws IOException {
        this.userFolder = userFolder;
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
        configuration = new InterruptibleConfiguration();
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(BEHAVIOUR);
        // report.kpis reads as well as report.kpis(): the model mixes records and plain classes.
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setMethodAppearanceFineTuner(HIDE_ADDRESSES);
        // Texts print cleaned and cut to a length pages can hold: see ShownTextWrapper.
        configuration.setObjectWrapper(new ShownTextWrapper(wrapper));
        configuration.setTemplateLoader(loader(userFolder));
    }

    /** The built-in site templates, every file of the templates module's {@code site/} folder. */
    static final List<String> SITE_TEMPLATES = List.of("layout", "components", "index", "roadmap", "initiative",
            "kpis", "kpi", "funding", "case", "strategy", "objectives", "objective", "changes", "chart");

    /**
     * Parses every built-in site template once and throws the result away: FreeMarker's parser and
     * object wrapper come up, and the parser's code gets compiled, before the render stages need them
     * (see {@code Generator}). Never fails: a warm-up only.
     */
    public static void warmUp() {
        try {
            PageTemplates templates = new PageTemplates(null);
            for (String name : SITE_TEMPLATES) {
                templates.configuration.getTemplate("site/" + name + ".ftlh");
            }
        } catch (IOException | RuntimeException e) {
            // The render stages parse the templates again and report what is wrong with them.
        }
    }

    /** {@code report.stakeholders[0].email} is undefined in every template, built-in or the user's. */
    private static final MethodAppearanceFineTuner HIDE_ADDRESSES = (in, decision) -> {
        if (Stakeholder.class.isAssignableFrom(in.getContainingClass()) && in.getMethod().getName().equals("email")) {
            decision.setExposeAsProperty(null);
            decision.setExposeMethodAs(null);
        }
    };

    private static TemplateLoader loader(Path userFolder) throws IOException {
        TemplateLoader builtIn = new ClassTemplateLoader(PageTemplates.class, BUILT_IN);
        if (userFolder == null) {
            return builtIn;
        }
        if (!Files.isDirectory(userFolder)) {
            throw new IOException("The template folder " + userFolder + " does not exist or is not a folder");
        }
        // FileTemplateLoader refuses any file whose real path is outside the folder (links included).
        return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userFolder.toFile()), builtIn});
    }

    /**
     * Renders one template, e.g. {@code site/index.ftlh}, with its data model.
     *
     * @throws TemplateError when a template does not parse or fails while rendering (its file, line and column)
     */
    public String render(String name, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw TemplateError.outOfTime(name, null, budget, userFolder);
        }
        AtomicReference<Environment> running = new AtomicReference<>();
        AtomicReference<String> runningTemplate = new AtomicReference<>();
        Thread thread = Thread.currentThread();
        AtomicBoolean rendering = new AtomicBoolean(true);
        ScheduledFuture<?> alarm = ALARM.schedule(() -> {
            Environment env = running.get();
            Template current = env == null ? null : env.getCurrentTemplate();
            runningTemplate.set(current == null ? null : current.getSourceName());
            synchronized (rendering) {
                // Never interrupt the pool thread once it has moved on to other work.
                if (rendering.get()) {
                    thread.interrupt();
                }
            }
        }, left, TimeUnit.NANOSECONDS);
        try {
            Environment env = configuration.getTemplate(name).createProcessingEnvironment(model, out);
            running.set(env);
            env.process();
        } catch (ParseException e) {
            throw TemplateError.of(e, name, userFolder);
        } catch (TemplateException e) {
            throw timedOut(alarm) ? TemplateError.outOfTime(name, runningTemplate.get(), budget, userFolder)
                    : TemplateError.of(e, name, userFolder);
        } catch (SecurityException e) {
            // FileTemplateLoader refuses a user template that links outside the template folder.
            throw new IOException("Template " + name + " refused: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // The stack is unwound here: a recursive macro is the template's fault, told like any template error.
            Template current = running.get() == null ? null : running.get().getCurrentTemplate();
            throw TemplateError.tooDeep(name, current == null ? null : current.getSourceName(), userFolder);
        } catch (RuntimeException e) {
            // FreeMarker stops at its interruption checks with an exception of its own (not public).
            if (timedOut(alarm)) {
                throw TemplateError.outOfTime(name, runningTemplate.get(), budget, userFolder);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            synchronized (rendering) {
                rendering.set(false);
            }
            Thread.interrupted(); // an alarm that went off as the page finished: cleared for the next piece of work
        }
        return out.toString();
    }

    private static boolean timedOut(ScheduledFuture<?> alarm) {
        return alarm.isDone() && !alarm.isCancelled();
    }

    /**
     * Adds FreeMarker's thread-interruption checks to every template it loads (pages, imported macro
     * libraries, includes), once, before any page uses it, so an interrupted page stops at its next loop
     * step or macro call. The checks are FreeMarker's public but internal {@code _CoreAPI}.
     */
    private static final class InterruptibleConfiguration extends Configuration {

        private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

        InterruptibleConfiguration() {
            super(BEHAVIOUR);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (t != null) {
                synchronized (checked) {
                    if (checked.add(t)) {
                        _CoreAPI.addThreadInterruptedChecks(t);
                    }
                }
            }
            return t;
        }
    }
}
