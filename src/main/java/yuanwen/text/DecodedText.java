package yuanwen.text;

import java.nio.file.Path;

/**
 * A file's text after decoding.
 *
 * @param source   where it came from (a path, or {@code -} for standard input)
 * @param text     the text, without byte-order mark
 * @param encoding how it was encoded
 */
public record DecodedText(Path source, String text, SourceEncoding encoding) {
}
