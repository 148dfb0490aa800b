package yuanwen.glossary;

import java.util.List;
import java.util.Map;

/**
 * The glossary as a {@link TermFinder}: Chinese forms in every script (see {@link ChineseTerms}),
 * English forms with their spelling variants (see {@link EnglishTerms}). Build one per glossary
 * (the automata are built in the constructor) and share it: it is immutable and thread-safe.
 *
 * <p>A form the glossary gives to several entries (比尔: Bill Gurley and Bill Gates) yields one
 * match per entry, with the same offsets; the caller decides which entity the text means.
 */
public final class GlossaryMatcher implements TermFinder {

    private final ChineseTerms chinese;
    private final EnglishTerms english;
    private final Map<String, String> fixedSimplified;

    public GlossaryMatcher(Glossary glossary) {
        this.chinese = new ChineseTerms(glossary);
        this.english = new EnglishTerms(glossary);
        this.fixedSimplified = glossary.overriddenForms("tw2sp");
    }

    @Override
    public Map<String, String> fixedSimplifiedForms() {
        return fixedSimplified;
    }

    @Override
    public List<TermMatch> findChinese(String text) {
        return chinese.find(text);
    }

    @Override
    public List<TermMatch> findEnglish(String text) {
        return english.find(text);
    }
}
