package yuanwen.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import yuanwen.text.WordList;

/**
 * The cue words that mark metadata and promotional lines, loaded from
 * {@code article-boilerplate.zh.txt} so editors can extend them without touching code. The file
 * documents what each section does.
 */
final class Boilerplate {

    enum Section { METADATA, LINE_START, PROMO, END }

    static final String RESOURCE = "article-boilerplate.zh.txt";

    private static final Boilerplate DEFAULT = load();

    private final Map<Section, List<String>> cues;

    private Boilerplate(Map<Section, List<String>> cues) {
        this.cues = cues;
    }

    static Boilerplate standard() {
        return DEFAULT;
    }

    /** True when a {@code key：value} key names article metadata (文章作者 ends with 作者). */
    boolean isMetadataKey(String key) {
        return key.length() <= 12 && cues.get(Section.METADATA).stream().anyMatch(key::endsWith);
    }

    boolean startsWithLineCue(String line) {
        String start = fromFirstWord(line);
        return cues.get(Section.LINE_START).stream().anyMatch(start::startsWith);
    }

    boolean containsPromoCue(String line) {
        return cues.get(Section.PROMO).stream().anyMatch(line::contains);
    }

    boolean startsWithEndCue(String line) {
        String start = fromFirstWord(line);
        return cues.get(Section.END).stream().anyMatch(start::startsWith);
    }

    /** Skips leading markup, emoji, brackets and punctuation: "**👇（关注…" matches "关注…". */
    private static String fromFirstWord(String line) {
        int i = 0;
        while (i < line.length() && !Character.isLetterOrDigit(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        return line.substring(i);
    }

    private static Boilerplate load() {
        Map<Section, List<String>> cues = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            cues.put(section, new ArrayList<>());
        }
        Section current = null;
        for (String cue : WordList.lines(Boilerplate.class, RESOURCE)) {
            if (cue.startsWith("[") && cue.endsWith("]")) {
                current = Section.valueOf(cue.substring(1, cue.length() - 1).toUpperCase().replace('-', '_'));
            } else if (current == null) {
                throw new IllegalStateException(RESOURCE + ": cue before any [section]: " + cue);
            } else {
                cues.get(current).add(cue);
            }
        }
        cues.replaceAll((section, list) -> List.copyOf(list));
        return new Boilerplate(cues);
    }
}
