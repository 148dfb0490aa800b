package yuanwen.text;

import java.nio.charset.Charset;

/**
 * How a file's bytes are to be read.
 *
 * @param charset    the character set its text is in
 * @param bomLength  bytes of byte-order mark to skip before the text
 * @param label      what to tell the user, e.g. {@code UTF-8 with BOM} or {@code Big5}
 */
public record SourceEncoding(Charset charset, int bomLength, String label) {

    @Override
    public String toString() {
        return label;
    }
}
