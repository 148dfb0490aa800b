package yuanwen.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import yuanwen.store.AlignmentFile;

/**
 * Renders the review page (template {@code yuanwen/web/templates/review.jte}, jte, compiled to Java
 * at build time, which escapes every value it writes for its place: text, attribute, URL) with its
 * style and script inlined: the same page is served by {@link ReviewServer} and written by
 * {@code pairs export --format html}, so the export is one file that loads nothing from anywhere.
 */
public final class PageRenderer {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String CSS = resource("review.css");
    private static final String JS = resource("review.js");

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

    private static String render(ReviewView view, String version) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("view", view);
        parameters.put("live", version != null);
        parameters.put("version", version == null ? "" : version);
        // The page's own style and script, shipped in the jar (nothing from the files).
        parameters.put("style", (gg.jte.Content) output -> output.writeContent(CSS));
        parameters.put("script", (gg.jte.Content) output -> output.writeContent(JS));
        StringOutput out = new StringOutput(1 << 20);
        ENGINE.render("review.jte", parameters, out);
        return out.toString();
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
