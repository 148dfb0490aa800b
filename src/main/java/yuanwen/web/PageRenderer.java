package yuanwen.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import yuanwen.store.AlignmentFile;

/**
 * Renders the review page (template {@code yuanwen/web/review.html}, Thymeleaf, which escapes
 * every text and attribute it writes) with its style and script inlined: the same page is served
 * by {@link ReviewServer} and written by {@code pairs export --format html}, so the export is one
 * file that loads nothing from anywhere.
 */
public final class PageRenderer {

    private final TemplateEngine engine = new TemplateEngine();
    private final String css = resource("review.css");
    private final String js = resource("review.js");

    public PageRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        resolver.setPrefix("yuanwen/web/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** The page as a file to send: read-only (filters and search work, review does not). */
    public String export(AlignmentFile file) {
        return render(ReviewView.of(file), null);
    }

    /**
     * The live page: review actions post to the server, which checks that the file still has
     * {@code version} before it writes.
     */
    String live(AlignmentFile file, String version) {
        return render(ReviewView.of(file), version);
    }

    private String render(ReviewView view, String version) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("view", view);
        context.setVariable("live", version != null);
        context.setVariable("version", version == null ? "" : version);
        context.setVariable("css", css);
        context.setVariable("js", js);
        return engine.process("review", context);
    }

    private static String resource(String name) {
        try (InputStream in = PageRenderer.class.getResourceAsStream("/yuanwen/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the review page's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
