package yuanwen.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import yuanwen.lang.en.EnglishTokenizer;
import yuanwen.lang.en.EnglishTokens;

/**
 * Finds the English forms of a glossary in English text: case-insensitive, whole tokens only, and
 * forgiving in the ways transcripts and articles differ: spaces and hyphens between the parts of a
 * form do not matter (OpenAI, Open AI, open-AI; copilot, co-pilot), possessives are left outside
 * the match (Bezos's, Bezos'), and plurals match both ways (agent finds agents, LLMs finds LLM, a
 * glossary's "AI agents" finds "AI agent").
 *
 * <p>Forms are keys of a trie with separators removed; the text is cut into tokens (runs of letters
 * and digits, or one other character: {@link EnglishTokenizer}) and walked token by token from each
 * token start, taking the longest form that ends at a token end. All-capital forms of up to three letters (US, IT, AI) match
 * only in capitals, because "us" and "it" are words.
 */
final class EnglishTerms {

    /**
     * A form's parts are runs of letters and digits of any script (Zürich, 3M), whatever stands
     * between them: spaces, hyphens or nothing (so hyphens are gaps); every other character is a
     * token of its own, which a form may hold (AT&T, C++).
     */
    private static final EnglishTokenizer TOKENIZER = EnglishTokenizer.with(EnglishTokenizer.Option.ALPHANUMERIC_RUNS,
            EnglishTokenizer.Option.ANY_LETTERS, EnglishTokenizer.Option.HYPHEN_GAPS);
    /** At most this many tokens are tried from one start (the longest forms have about ten). */
    private static final int MAX_TOKENS = 16;

    private record Origin(String entryId, String form, boolean capitalsOnly) {
    }

    private final FormAutomaton trie;
    private final List<List<Origin>> origins = new ArrayList<>();

    EnglishTerms(Glossary glossary) {
        Map<String, List<Origin>> exact = new LinkedHashMap<>();
        Map<String, List<Origin>> singular = new LinkedHashMap<>();
        for (GlossaryEntry entry : glossary.entries()) {
            for (Term term : entry.en()) {
                String key = key(term.form());
                if (key.isEmpty()) {
                    continue;
                }
                Origin origin = new Origin(entry.id(), term.form(), capitalsOnly(term.form()));
                exact.computeIfAbsent(key, k -> new ArrayList<>()).add(origin);
                String stem = singularKey(term.form(), key);
                if (stem != null) {
                    singular.computeIfAbsent(stem, k -> new ArrayList<>()).add(origin);
                }
            }
        }
        singular.forEach(exact::putIfAbsent); // a form spelled exactly wins over another's plural
        FormAutomaton.Builder builder = new FormAutomaton.Builder();
        exact.forEach((key, list) -> {
            builder.add(key);
            origins.add(list);
        });
        trie = builder.build();
    }

    List<TermMatch> find(String text) {
        EnglishTokens tokens = TOKENIZER.tokenize(text);
        List<TermMatch> matches = new ArrayList<>();
        for (int t = 0; t < tokens.size(); ) {
            int[] found = longestFrom(text, tokens, t); // {key, end token, end offset} or null
            if (found == null) {
                t++;
                continue;
            }
            add(text, tokens.start(t), found[2], origins.get(found[0]), matches);
            t = found[1] + 1;
        }
        return matches;
    }

    private int[] longestFrom(String text, EnglishTokens tokens, int first) {
        int state = FormAutomaton.ROOT;
        int[] best = null;
        int start = tokens.start(first);
        walk:
        for (int k = first; k < tokens.size() && k < first + MAX_TOKENS; k++) {
            int end = tokens.end(k);
            int tokenStart = tokens.start(k);
            for (int i = tokenStart; i < end; i++) {
                int key = trie.keyAt(state);
                if (key != FormAutomaton.NONE && i > tokenStart && pluralEnding(text, i, end)
                        && casesFit(text, start, i, key)) {
                    best = new int[]{key, k, end};
                }
                state = trie.step(state, fold(text.charAt(i)));
                if (state == FormAutomaton.NONE) {
                    break walk;
                }
            }
            int key = trie.keyAt(state);
            if (key != FormAutomaton.NONE && casesFit(text, start, end, key)) {
                best = new int[]{key, k, end};
            }
        }
        return best;
    }

    /** Whether text[from, end) is a plural ending: s, or es. */
    private static boolean pluralEnding(String text, int from, int end) {
        int length = end - from;
        return (length == 1 && fold(text.charAt(from)) == 's')
                || (length == 2 && fold(text.charAt(from)) == 'e' && fold(text.charAt(from + 1)) == 's');
    }

    /** Whether forms that match only in capitals have capitals in text[start, end). */
    private boolean casesFit(String text, int start, int end, int key) {
        List<Origin> list = origins.get(key);
        if (list.stream().noneMatch(Origin::capitalsOnly)) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return list.stream().anyMatch(o -> !o.capitalsOnly());
            }
        }
        return true;
    }

    /** One match per entry; of an entry's forms with this key, the one spelled as the text is. */
    private static void add(String text, int start, int end, List<Origin> list, List<TermMatch> matches) {
        String written = text.substring(start, end);
        Map<String, String> formByEntry = new LinkedHashMap<>();
        for (Origin o : list) {
            if (!formByEntry.containsKey(o.entryId()) || written.equalsIgnoreCase(o.form())) {
                formByEntry.put(o.entryId(), o.form());
            }
        }
        formByEntry.forEach((id, form) -> matches.add(new TermMatch(id, form, start, end)));
    }

    /** A form as the trie holds it: lower case, without spaces and hyphens. */
    static String key(String form) {
        StringBuilder key = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (!isSeparator(c)) {
                key.append(fold(c));
            }
        }
        return key.toString();
    }

    /**
     * The key of the singular of a plural form (agents → agent, LLMs → LLM), or null: a last word of
     * four or more lower-case letters ending in s (not ss), or capitals followed by a lower-case s.
     */
    private static String singularKey(String form, String key) {
        String last = form.substring(form.lastIndexOf(' ') + 1);
        if (!last.endsWith("s") || last.endsWith("ss")) {
            return null;
        }
        String stem = last.substring(0, last.length() - 1);
        boolean lowerWord = last.length() >= 4 && last.chars().allMatch(Character::isLowerCase);
        boolean acronym = stem.length() >= 2 && stem.chars().allMatch(Character::isUpperCase);
        return lowerWord || acronym ? key.substring(0, key.length() - 1) : null;
    }

    private static boolean capitalsOnly(String form) {
        return form.length() <= 3 && form.chars().allMatch(Character::isUpperCase);
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '’' || c == '‘' ? '\'' : Character.toLowerCase(c);
    }

    /** Whitespace and hyphens: what may stand between the parts of a form, or nothing. */
    static boolean isSeparator(char c) {
        return TOKENIZER.isGap(c);
    }
}
