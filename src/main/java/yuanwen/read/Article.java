package yuanwen.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Chinese article as read from one file: its headings and paragraphs (with speakers), the metadata
 * found in front matter or {@code key：value} lines, and the original text the blocks point into.
 */
public final class Article {

    private final Path source;
    private final String original;
    private final Map<String, String> metadata;
    private final List<ArticleBlock> blocks;
    private final LineIndex lines;

    Article(Path source, String original, Map<String, String> metadata, List<ArticleBlock> blocks,
            LineIndex lines) {
        this.source = source;
        this.original = original;
        this.metadata = Map.copyOf(metadata);
        this.blocks = List.copyOf(blocks);
        this.lines = lines;
    }

    public Path source() {
        return source;
    }

    /** The decoded file exactly as given; block offsets index into it. */
    public String original() {
        return original;
    }

    /**
     * Fields that are not article text: front matter scalars (title, date …) and metadata lines
     * (作者, 原文链接 …), first occurrence wins. Source links here can help find the English original.
     */
    public Map<String, String> metadata() {
        return metadata;
    }

    public List<ArticleBlock> blocks() {
        return blocks;
    }

    /** The 1-based line of the original holding the character at {@code offset}. */
    public int lineAt(int offset) {
        return lines.lineNumberAt(offset);
    }
}
