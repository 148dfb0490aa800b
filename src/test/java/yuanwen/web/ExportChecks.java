package yuanwen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What makes an exported page one self-contained file. */
final class ExportChecks {

    private static final Pattern ADDRESS_ATTRIBUTE = Pattern.compile("\\s(src|href|action|srcset|poster|data)\\s*=\\s*\"([^\"]*)\"");

    private ExportChecks() {
    }

    /**
     * No script, style sheet, font, image or frame from elsewhere; the only addresses are links a
     * reader may follow (the video), and the page forbids any other load by its content policy.
     */
    static void loadsNothingFromAnywhere(String html) {
        assertThat(html).doesNotContainIgnoringCase("<script src").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<img")
                .contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        Matcher attribute = ADDRESS_ATTRIBUTE.matcher(html);
        while (attribute.find()) {
            assertThat(attribute.group(1)).as(attribute.group()).isEqualTo("href");
            int tagStart = html.lastIndexOf('<', attribute.start());
            assertThat(html.substring(tagStart, tagStart + 2)).as(attribute.group()).isEqualTo("<a");
        }
    }
}
