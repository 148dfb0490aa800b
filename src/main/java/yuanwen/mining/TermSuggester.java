package yuanwen.mining;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yuanwen.align.CedictDictionary;
import yuanwen.align.LanguageData;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryEntry;
import yuanwen.glossary.TermType;
import yuanwen.lang.en.EnglishTokenizer;
import yuanwen.lang.en.EnglishTokens;
import yuanwen.script.Conversions;
import yuanwen.script.ScriptConverter;
import yuanwen.store.AlignmentFile;

/**
 * Mines a stored alignment for the names and terms its glossary lacks (term extraction from
 * aligned text, as translators' terminology tools do it): every Chinese word-like string and
 * every English phrase of up to four words that occur in at least two pairs are counted, each
 * pair of them is scored by how often they occur in the same pair (Dice: {@code 2·both / (zh + en)}),
 * and three kinds of evidence decide which pairs are terms:
 * <ul>
 * <li>{@link Suggestion.Kind#LATIN}: a Latin word the Chinese keeps, found in the English too;</li>
 * <li>{@link Suggestion.Kind#NAME}: a capitalised English name whose sound the pinyin of the
 * Chinese has ({@link Transliteration});</li>
 * <li>{@link Suggestion.Kind#TRANSLATION}: the two keep occurring together and rarely apart.</li>
 * </ul>
 * The best-scored pair is taken first; a pair whose Chinese and English overlap one already taken
 * (人工智 inside 人工智能, "scaling" inside "scaling laws") is a piece of it and is dropped, and
 * another Chinese form of a name already taken becomes its variant. Pairs the glossary already
 * has are taken first, unshown, so that their pieces are dropped too; a new form of one of its
 * entries is proposed as a variant of that entry (贝佐斯 beside 贝索斯).
 *
 * <p>What keeps the list short and right (measured on seed 003 and the Jobs and Munger pairs by
 * {@code yuanwen.bench.SuggestionBenchmark}, which lists why each missed entry was not proposed):
 * pieces of a longer candidate (人工智 of 人工智能) and strings cut out of longer words (高|估自己) are
 * not candidates, but a name before an organisation's head word is (苹果 of 苹果公司). CC-CEDICT's
 * glosses, the aligner's own lexical evidence, check what co-occurrence alone cannot: a translated
 * term in two or three pairs needs at least half of its English words glossed by words of its
 * Chinese (行动空间, "action space"; not 研究工作, "inevitable"), in two pairs every Chinese word too;
 * a pair of forms one side of which is cut short of a longer term (目录 of 整个地球的目录, "Earth
 * Catalog") is dropped; where the dictionary translates the Chinese otherwise and that translation
 * is in its pairs (巴菲特 is "Buffett", not "Warren"; 公司 is "company", not "Apple") it is not
 * proposed; what the dictionary already translates word for word is left to the aligner when it is
 * an everyday word of two characters (搜索, "search") and proposed, at most
 * {@link #MAX_KNOWN_CONFIDENCE}, when it is a longer one (数据库, "database"). A name's sound beats
 * co-occurrence (斯图尔特 is "Stewart", not the "Homer Joe" before it); a passage said twice is no
 * habit; English plurals count for their singular. Capitals that are the initials of the Chinese's
 * dictionary words are its abbreviation ({@link #initialsOf}: 微软研究院, "MSR"); capitals written onto
 * Chinese are one term with it (AI加速器); a Latin name that English lists as a stop word is counted
 * where the English writes it alike (Word); a longer term made with one taken is no piece of it
 * (应用服务器 beside 服务器); 或 inside a form ({@code joining-words.zh.txt}) and a dictionary word glossed
 * by another word of the English word's family (经验主义, "empirical") make no term.
 *
 * <p>Rejected pairs are not read. Chinese is read after OpenCC tw2sp, as the aligner reads it, so
 * forms come out in simplified script as the glossary keeps them.
 */
public final class TermSuggester {

    /** A term must be in at least this many pairs: one pair is a coincidence, not a habit. */
    public static final int MIN_SUPPORT = 2;
    /** Suggestions below this confidence are not shown. */
    public static final double MIN_CONFIDENCE = 0.5;
    /**
     * Translated terms need three pairs, or two when the forms never occur apart and the Chinese is
     * made of one or two CC-CEDICT words (缩放+定律): on seed 003 and the Jobs and Munger pairs, two
     * pairs in common otherwise made mostly coincidences (a clause and a word of it); names and kept
     * Latin words need only two.
     */
    static final int MIN_TRANSLATION_SUPPORT = 3;
    /**
     * Translated terms in fewer pairs than this need CC-CEDICT to tie at least {@link #MIN_LINKED} of
     * their English to the Chinese (unless the English is a name: 黄仁勋, "Jensen"). On the Munger pair
     * most two- and three-pair translations were coincidences the dictionary does not tie (律师, "law
     * practice"; 值钱, "you're paying"), while seed 003's terms in two or three pairs are tied (行动空间,
     * "action space"; 闭源, "closed source").
     */
    static final int LINKED_SUPPORT = 4;
    static final double MIN_LINKED = 0.5;
    /** Two pairs make a translated term when the forms are this exclusive and the dictionary ties them. */
    static final double MIN_RARE_DICE = 0.6;
    /**
     * A translation CC-CEDICT already has (数据库, "database") is proposed only this exclusive, and at
     * most this sure: it is right as the text's term, but the aligner knows it already, so it stays
     * below the confidence at which suggestions are accepted unread.
     */
    static final double MIN_KNOWN_DICE = 0.6;
    static final double MAX_KNOWN_CONFIDENCE = 0.55;
    /**
     * ... and only of this many characters: the dictionary's words of two characters that a text keeps
     * translating alike are mostly its everyday words (世界, "world"; 告诉, "tell"; 决定, "decided"):
     * let in, they added 59 suggestions on seed 003 (5 of them shipped entries: 推理, 代理, 记忆, …),
     * 9 on the Jobs pair (none) and 15 on the Munger pair (one); those of three characters and more
     * are mostly the text's terms (浏览器, 数据库, 基础设施, 董事会, 热力学).
     */
    static final int MIN_KNOWN_CHARS = 3;
    /** Pinyin that sounds at least this much like the English makes a name ({@link Transliteration}). */
    static final double MIN_NAME_SIMILARITY = 0.6;
    /**
     * Chinese strings of 2 to this many characters are candidates (names with · up to twice as long):
     * a title or a name translated word for word runs to seven or eight (整个地球的目录, "Whole Earth Catalog").
     */
    private static final int MAX_ZH_CHARS = 8;
    private static final int MAX_EN_WORDS = 4;
    private static final int MAX_LATIN_WORDS = 3;
    /** Chinese characters written after capitals that are read as one term with them (AI应用服务器). */
    private static final int MAX_MIXED_HAN = 5;
    private static final Set<String> INNER_WORDS = Set.of("of", "on", "and");
    /** How far from a form {@link #cutShort} looks for the rest of a longer term: a word and a particle or dot. */
    private static final int BESIDE = 5;
    /** See {@link #repeatedPassage}. */
    private static final double REPEAT_SHARE = 0.3;
    /** See {@link #pieces}. */
    private static final double PIECE_SHARE = 0.8;

    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}][\\p{IsHan}·•・]*[\\p{IsHan}]|[\\p{IsHan}]");
    /**
     * Words as terms are written (C++, C#, U.S, e-mail, GPT-4, 3.5): the candidates are the terms
     * themselves, so a word keeps what joins its parts ({@link EnglishTokenizer.Option#TERM_JOINS}).
     */
    private static final EnglishTokenizer TERM_WORDS = EnglishTokenizer.with(EnglishTokenizer.Option.TERM_JOINS);
    /** English clause breaks: phrases do not run across them. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:!?()\\[\\]\"“”‘—–…]|\\.(?=\\s|$)|\\s'|'\\s");
    private static final Pattern WORD_BEFORE = Pattern.compile("(公司|集团|银行|大学|学院|基金会|实验室)");
    private static final Pattern PLACE_AFTER = Pattern.compile("(市|州|省|国|岛|湾|县)");

    /** Words that join two terms into a phrase ({@code joining-words.zh.txt}): 或. */
    private static final Set<String> JOINING_WORDS = words("joining-words.zh.txt");

    private final Glossary glossary;
    private final ScriptConverter normaliser;
    private final BiConsumer<String, String> rejected;

    public TermSuggester(Glossary glossary) {
        this(glossary, (forms, why) -> { });
    }

    /**
     * A miner that tells {@code rejected} why each pair of forms it scored is not proposed (forms as
     * {@code 中文<TAB>english}, the English in lower case; a Chinese or English form alone when it was
     * no candidate at all): {@code SuggestionBenchmark} lists it beside each glossary entry missed.
     */
    public TermSuggester(Glossary glossary, BiConsumer<String, String> rejected) {
        this.glossary = glossary;
        this.normaliser = Conversions.standard().get("tw2sp");
        this.rejected = rejected;
    }

    private void reject(String zh, String enKey, String why) {
        rejected.accept(enKey == null ? zh : zh == null ? enKey : zh + '\t' + enKey, why);
    }

    /** One pair as the miner reads it. */
    private record Pair(String id, String zh, String en, Set<String> zhKeys, Set<String> enKeys) {
    }

    /** What is counted of one English phrase over the whole alignment. */
    private static final class EnglishStats {
        final Map<String, Integer> surfaces = new HashMap<>();
        int capitalised;
        int capitalisedInside;
        int lower;

        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("");
        }

        /** Written capitalised, also inside sentences, and hardly ever in lower case: a name. */
        boolean proper() {
            return capitalisedInside > 0 && lower * 4 <= capitalised;
        }
    }

    /** A scored pair of candidate forms. */
    private record Candidate(String zh, String enKey, Suggestion.Kind kind, int support, double dice,
                             double confidence, List<String> examples, double sound, boolean known, boolean hidden) {

        Candidate(String zh, String enKey, Suggestion.Kind kind, int support, double dice, double confidence,
                  List<String> examples, double sound, boolean known) {
            this(zh, enKey, kind, support, dice, confidence, examples, sound, known, false);
        }

        /**
         * The confidence shown: a translation CC-CEDICT already has is ranked among the others by
         * its own evidence (so that 工作流程 wins over its piece 流程), but shown at most
         * {@link #MAX_KNOWN_CONFIDENCE}.
         */
        double shown() {
            return known ? Math.min(confidence, MAX_KNOWN_CONFIDENCE) : confidence;
        }

        /**
         * The confidence of these forms as a new spelling of an entry already taken: without Dice,
         * which the entry's own spelling lowers (it has the same English in other pairs).
         */
        double asVariant() {
            double supported = 1 - Math.pow(0.6, support);
            return switch (kind) {
                case LATIN -> supported;
                case NAME -> supported * (0.5 + 0.5 * sound);
                case TRANSLATION -> supported * 0.8;
            };
        }
    }

    /** The suggestions for one alignment, best first, numbered S1, S2, …; none below {@link #MIN_CONFIDENCE}. */
    public List<Suggestion> suggest(AlignmentFile alignment) {
        List<Pair> read = new ArrayList<>();
        Map<String, EnglishStats> english = new HashMap<>();
        for (AlignmentFile.Link link : alignment.links()) {
            if (link.status() == AlignmentFile.Status.REJECTED) {
                continue;
            }
            String zh = normaliser.convert(alignment.zhSpan(link).text());
            String en = alignment.enSpan(link).text();
            read.add(new Pair(link.id(), zh, en, chineseKeys(zh), englishKeys(en, english)));
        }
        List<Pair> pairs = singularised(read, english);
        Map<String, Integer> zhCount = count(pairs, true);
        Map<String, Integer> enCount = count(pairs, false);
        Set<String> zhPieces = pieces(zhCount, true);
        Set<String> enPieces = pieces(enCount, false);
        // A Latin word the Chinese keeps is a piece only when the English has it inside the longer name
        // too: the Chinese of seed 003 writes "GitHub Copilot" in 6 of GitHub's 7 pairs, the English
        // "GitHub" alone in most (GitHub is a product of its own); "Joe" of "Homer Joe Stewart" is a
        // piece on both sides.
        zhPieces.removeIf(z -> isLatin(z) && enCount.containsKey(z.toLowerCase(Locale.ROOT))
                && !enPieces.contains(z.toLowerCase(Locale.ROOT)));
        // A name before an organisation's head word is written alone as well (苹果 of 苹果公司, "Apple").
        zhPieces.removeIf(z -> !isLatin(z) && beforeHeadWord(z, pairs));
        // A name's parts stay candidates: the Chinese often has the surname alone (巴菲特, "Warren Buffett").
        Set<String> nameParts = new HashSet<>(enPieces);
        enPieces.removeIf(e -> english.get(e).proper());
        nameParts.removeAll(enPieces);
        zhPieces.forEach(z -> reject(z, null, "a piece of a longer Chinese candidate"));
        enPieces.forEach(e -> reject(null, e, "a piece of a longer English candidate"));
        Map<String, int[]> together = new HashMap<>();
        Map<String, List<String>> examples = new HashMap<>();
        for (Pair pair : pairs) {
            List<String> zs = pair.zhKeys().stream().filter(z -> zhCount.get(z) >= MIN_SUPPORT && !zhPieces.contains(z))
                    .toList();
            List<String> es = pair.enKeys().stream().filter(e -> enCount.get(e) >= MIN_SUPPORT && !enPieces.contains(e))
                    .toList();
            for (String z : zs) {
                boolean latin = isLatin(z);
                for (String e : es) {
                    if (latin && !sameLatinWord(z.toLowerCase(Locale.ROOT), e)) {
                        continue; // a kept Latin word pairs only with itself (or its plural: token, tokens)
                    }
                    String key = z + '\t' + e;
                    int[] n = together.computeIfAbsent(key, k -> new int[1]);
                    if (++n[0] <= 2) {
                        examples.computeIfAbsent(key, k -> new ArrayList<>(2)).add(pair.id());
                    }
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, int[]> t : together.entrySet()) {
            int both = t.getValue()[0];
            if (both < MIN_SUPPORT) {
                continue;
            }
            int tab = t.getKey().indexOf('\t');
            String z = t.getKey().substring(0, tab);
            String e = t.getKey().substring(tab + 1);
            double dice = 2.0 * both / (zhCount.get(z) + enCount.get(e));
            if (isLatin(z) && !z.equals(z.toLowerCase(Locale.ROOT)) && english.get(e).lower > 0) {
                // A name kept in Latin that is also an everyday English word (Word, the program, beside
                // "a word"): counted where the English writes it as the Chinese does, capitals and all.
                int[] cased = casedCounts(z, pairs);
                double casedDice = 2.0 * cased[0] / (zhCount.get(z) + cased[1]);
                if (cased[0] >= MIN_SUPPORT && casedDice > dice) {
                    both = cased[0];
                    dice = casedDice;
                }
            }
            Candidate c = score(z, e, both, dice, english.get(e), examples.get(t.getKey()));
            if (c != null && c.kind() == Suggestion.Kind.TRANSLATION && nameParts.contains(e)) {
                // A part of a name is a candidate for the name's sound only: 洛杉矶 is "Los Angeles", not "Los".
                reject(z, e, "a translation of a part of a name");
                continue;
            }
            if (c != null) {
                candidates.add(c);
            }
        }
        // A name kept in Latin that English lists as a stop word (Word, the program) is no English
        // candidate: it is counted where the English writes it as the Chinese does.
        for (Map.Entry<String, Integer> z : zhCount.entrySet()) {
            String latin = z.getKey();
            String e = latin.toLowerCase(Locale.ROOT);
            if (z.getValue() >= MIN_SUPPORT && isLatin(latin) && !zhPieces.contains(latin) && !enCount.containsKey(e)
                    && LanguageData.isEnglishStopWord(e)) {
                int[] cased = casedCounts(latin, pairs);
                if (cased[0] >= MIN_SUPPORT) {
                    EnglishStats stats = english.computeIfAbsent(e, x -> new EnglishStats());
                    stats.surfaces.merge(latin, cased[1], Integer::sum);
                    stats.capitalised += cased[1];
                    stats.capitalisedInside += cased[1];
                    List<String> ids = pairs.stream().filter(p -> p.zhKeys().contains(latin)
                            && casedCounts(latin, List.of(p))[0] > 0).map(Pair::id).limit(2).toList();
                    candidates.add(score(latin, e, cased[0], 2.0 * cased[0] / (z.getValue() + cased[1]), stats, ids));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparing(c -> -(c.zh().length() + c.enKey().length()))
                .thenComparing(Candidate::zh).thenComparing(Candidate::enKey));
        // The sound of a name is stronger evidence than co-occurrence: a Chinese form that sounds like
        // an English name is that name's (斯图尔特 is "Stewart", not the "Homer Joe" always before it).
        Set<String> named = new HashSet<>();
        candidates.stream().filter(c -> c.kind() == Suggestion.Kind.NAME).forEach(c -> named.add(c.zh()));
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.removeIf(c -> c.kind() == Suggestion.Kind.TRANSLATION && named.contains(c.zh()));
        candidates.stream().filter(c -> c.kind() == Suggestion.Kind.TRANSLATION && named.contains(c.zh()))
                .forEach(ordered::add);
        return select(ordered, english, pairs);
    }

    /**
     * The pairs with each English plural counted for its singular too, where the text has both
     * (agents, agent; databases, database; connectors, connector): one term, which the Chinese does
     * not inflect, so that its pairs are not split between two forms; the suggestion shows the
     * commoner spelling. A name keeps its s (Windows, Pages), and so does a last word of four letters
     * or fewer (news, new).
     */
    private static List<Pair> singularised(List<Pair> pairs, Map<String, EnglishStats> english) {
        Map<String, String> singular = new HashMap<>();
        for (String key : english.keySet()) {
            int last = key.lastIndexOf(' ') + 1;
            if (key.endsWith("s") && !key.endsWith("ss") && key.length() - last > 4 && !english.get(key).proper()
                    && english.containsKey(key.substring(0, key.length() - 1))) {
                singular.put(key, key.substring(0, key.length() - 1));
            }
        }
        if (singular.isEmpty()) {
            return pairs;
        }
        singular.forEach((plural, one) -> {
            EnglishStats from = english.get(plural);
            EnglishStats to = english.get(one);
            from.surfaces.forEach((surface, n) -> to.surfaces.merge(surface, n, Integer::sum));
            to.capitalised += from.capitalised;
            to.capitalisedInside += from.capitalisedInside;
            to.lower += from.lower;
        });
        List<Pair> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            Set<String> keys = new HashSet<>(p.enKeys());
            p.enKeys().forEach(k -> keys.add(singular.getOrDefault(k, k)));
            out.add(new Pair(p.id(), p.zh(), p.en(), p.zhKeys(), keys));
        }
        return out;
    }

    /** How sure a pair of forms is a term, or null when no evidence says so. */
    private Candidate score(String z, String e, int both, double dice, EnglishStats stats, List<String> examples) {
        // Support: 2 pairs give 0.64, 3 give 0.78, 5 give 0.92: a habit needs repeats.
        double support = 1 - Math.pow(0.6, both);
        if (isLatin(z)) {
            return new Candidate(z, e, Suggestion.Kind.LATIN, both, dice, support * (0.6 + 0.4 * dice), examples, 0, false);
        }
        if (stats.proper()) {
            double sound = Transliteration.similarity(z, e);
            if (sound >= MIN_NAME_SIMILARITY) {
                return new Candidate(z, e, Suggestion.Kind.NAME, both, dice,
                        support * (0.5 + 0.5 * sound) * Math.sqrt(dice), examples, sound, false);
            }
        }
        boolean initials = stats.proper() && initialsOf(z, stats.surface());
        double linked = initials ? 1 : englishLinked(z, e);
        boolean rareButLinked = dice >= MIN_RARE_DICE && linked >= MIN_LINKED && (initials || chineseLinked(z, e));
        if (dice < 0.5 || both < MIN_TRANSLATION_SUPPORT && !rareButLinked || z.indexOf('·') >= 0) {
            reject(z, e, String.format(Locale.ROOT, "translation: dice %.2f, %d pairs, %.2f linked%s", dice, both,
                    linked, z.indexOf('·') >= 0 ? ", a dotted name" : ""));
            return null; // a name with a dot between its parts is a transliteration: NAME or nothing
        }
        if (both < LINKED_SUPPORT && linked < MIN_LINKED && !stats.proper()) {
            // 律师, "law practice"; 研究工作, "inevitable": in two or three pairs, forms the dictionary
            // does not tie are a coincidence of one passage far more often than a term.
            reject(z, e, String.format(Locale.ROOT, "translation in %d pairs: %.2f of the English linked", both, linked));
            return null;
        }
        List<String> inner = dictionaryWords(z);
        if (inner.subList(1, Math.max(1, inner.size() - 1)).stream().anyMatch(JOINING_WORDS::contains)) {
            reject(z, e, "two terms joined");
            return null;
        }
        if (z.indexOf('的') > 0 && !stats.proper()) {
            // 伟大的投资者, "great investors"; 粘性的点, "sticky": 的 joins a free description, which a
            // term is not, unless it is a title (整个地球的目录, "Whole Earth Catalog").
            reject(z, e, "a description with 的");
            return null;
        }
        // A function word of one or two characters at an edge (方面 of 金融方面, "finance side"; 之后, 时候)
        boolean functionEdge = functionEdge(z);
        if (!initials && !termShaped(z, e) || functionEdge && !LanguageData.dictionaryTranslates(z, e)) {
            // 不可能, 起来: words, not terms, unless the dictionary has this very translation (潮汐能, tidal power)
            reject(z, e, functionEdge ? "a function character at an edge" : "not term-shaped");
            return null;
        }
        // Known: one dictionary word glossed by one English word (数据库, "database"; 标准, "standards"; 突然, "suddenly").
        boolean translates = LanguageData.dictionaryTranslates(z, e);
        boolean known = !stats.proper() && e.indexOf(' ') < 0 && (translates
                || LanguageData.isDictionaryWord(z) && glosses(z, e));
        if (known && !translates && !LanguageData.dictionaryGlossIn(z, e) && z.length() >= MIN_KNOWN_CHARS) {
            // 经验主义, "empirical": the dictionary's word is another of the English word's family
            // ("empiricism"), so the English is another part of speech, and the pair no term of either.
            // Taken unshown, so that its pieces (经验, "empirical") are not proposed in its place.
            reject(z, e, "CC-CEDICT translates it by another word of the English word's family");
            return new Candidate(z, e, Suggestion.Kind.TRANSLATION, both, dice, support * dice * 0.8, examples, 0, true,
                    true);
        }
        if (known && (both < MIN_TRANSLATION_SUPPORT || dice < MIN_KNOWN_DICE || z.length() < MIN_KNOWN_CHARS
                || functionEdge(z))) {
            // 搜索, "search": CC-CEDICT gives the aligner this already; the glossary adds nothing. But
            // 数据库, "database", is the text's term when the two keep going together.
            reject(z, e, "CC-CEDICT translates it");
            return null;
        }
        // The dictionary's one translation of the word (互联网, "Internet"; not 全球气候, "global climate", for
        // "climate") is evidence enough: exclusivity is then a gate (MIN_KNOWN_DICE), not a weight.
        boolean soleGloss = known && translates && CedictDictionary.standard().englishStems(z).size() == 1;
        double exclusive = soleGloss ? 0.6 + 0.4 * dice : dice;
        return new Candidate(z, e, Suggestion.Kind.TRANSLATION, both, dice, support * exclusive * 0.8, examples, 0, known);
    }

    /**
     * Whether two forms are shaped like a term and its translation: English of one to three words
     * with no stop word inside but "of", "on" and "and" (return on invested capital), and Chinese no
     * longer than four characters a word (资本支出, CapEx). A clause ("find what you love", 找到你所爱)
     * is not a term.
     */
    private static boolean termShaped(String z, String e) {
        String[] words = e.split(" ");
        if (words.length > 4 || (words.length == 1 && e.length() < 3)) {
            return false;
        }
        for (int k = 1; k < words.length - 1; k++) {
            if (isStop(words[k]) && !INNER_WORDS.contains(words[k])) {
                return false;
            }
        }
        return z.length() <= 4 * words.length;
    }

    /** Whether the Chinese starts or ends with a function word of one or two characters (每个人, 不清楚, 意味着). */
    private static boolean functionEdge(String z) {
        for (int n = 1; n <= 2 && n < z.length(); n++) {
            if (LanguageData.isChineseFunctionWord(z.substring(0, n))
                    || LanguageData.isChineseFunctionWord(z.substring(z.length() - n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Chinese form is followed by an organisation's head word (公司, 大学, …) in at least half
     * of its occurrences: the name of the organisation, which the English says without the head
     * (苹果公司, "Apple"; 斯坦福大学, "Stanford").
     */
    private static boolean beforeHeadWord(String z, List<Pair> pairs) {
        int seen = 0;
        int head = 0;
        for (Pair p : pairs) {
            String text = p.zh();
            for (int at = text.indexOf(z); at >= 0; at = text.indexOf(z, at + 1)) {
                seen++;
                if (WORD_BEFORE.matcher(text).region(at + z.length(), text.length()).lookingAt()) {
                    head++;
                }
            }
        }
        return seen > 0 && head * 2 >= seen;
    }

    /**
     * Whether a Chinese form is cut out of longer words in at least half of its occurrences: the
     * character before it and its first make a CC-CEDICT word while its first two do not (高|估自己,
     * 高估), or likewise at its end (故事是关|于, 关于). A term or a name is written whole. A CC-CEDICT
     * word is never a cut: 我们比亚马逊 is 比 + 亚马逊, though 比亚 is a word too.
     */
    private static boolean cutsWords(String z, List<Pair> pairs) {
        if (z.length() < 2 || LanguageData.isDictionaryWord(z)) {
            return false;
        }
        int seen = 0;
        int cut = 0;
        for (Pair p : pairs) {
            String text = p.zh();
            for (int at = text.indexOf(z); at >= 0; at = text.indexOf(z, at + 1)) {
                seen++;
                int end = at + z.length();
                boolean startCut = at > 0 && LanguageData.isDictionaryWord(text.substring(at - 1, at + 1))
                        && !LanguageData.isDictionaryWord(z.substring(0, 2));
                boolean endCut = end < text.length() && LanguageData.isDictionaryWord(text.substring(end - 1, end + 1))
                        && !LanguageData.isDictionaryWord(z.substring(z.length() - 2));
                if (startCut || endCut) {
                    cut++;
                }
            }
        }
        return seen > 0 && cut * 2 >= seen;
    }

    /**
     * Whether the two example pairs of a rarely seen translation are one passage said twice (a
     * motto, a teaser and the interview): their Chinese, the term taken out, shares more than
     * {@link #REPEAT_SHARE} of its character pairs. Then every phrase of the passage meets every
     * other, and the count is no habit. A term recurs in other sentences.
     */
    private static boolean repeatedPassage(Candidate c, Map<String, Pair> byId) {
        if (c.examples().size() < 2) {
            return false;
        }
        Set<String> a = bigrams(byId.get(c.examples().get(0)).zh().replace(c.zh(), "|"));
        Set<String> b = bigrams(byId.get(c.examples().get(1)).zh().replace(c.zh(), "|"));
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() > REPEAT_SHARE * Math.min(a.size(), b.size());
    }

    /**
     * Whether CC-CEDICT translates the Chinese otherwise, and that translation is in the English of
     * at least a quarter of the pairs the two meet in: 巴菲特 is "Buffett", not the "Warren" beside it;
     * 公司 is "company", not "Apple" (in the Jobs pair 公司 meets "Apple" in 7 pairs, "company" in 2).
     */
    private static boolean dictionarySaysOtherwise(Candidate c, List<Pair> pairs) {
        if (!LanguageData.isDictionaryWord(c.zh()) || LanguageData.dictionaryTranslates(c.zh(), c.enKey())
                || englishLinked(c.zh(), c.enKey()) > 0) {
            return false;
        }
        int met = 0;
        int otherwise = 0;
        for (Pair p : pairs) {
            if (p.zhKeys().contains(c.zh()) && p.enKeys().contains(c.enKey())) {
                met++;
                if (LanguageData.dictionaryGlossIn(c.zh(), p.en())) {
                    otherwise++;
                }
            }
        }
        return met > 0 && otherwise * 4 >= met;
    }

    private static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            if (Character.isIdeographic(text.charAt(i)) && Character.isIdeographic(text.charAt(i + 1))) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }

    /**
     * The Chinese form cut into CC-CEDICT words, longest first from the left (微软云 = 微软 + 云, 测试时计算 =
     * 测试 + 时 + 计算); a character no word starts with stands alone.
     */
    static List<String> dictionaryWords(String form) {
        String z = hanPart(form);
        List<String> words = new ArrayList<>();
        int at = 0;
        while (at < z.length()) {
            int end = z.length();
            while (end > at + 1 && !LanguageData.isDictionaryWord(z.substring(at, end))) {
                end--;
            }
            words.add(z.substring(at, end));
            at = end;
        }
        return words;
    }

    /** The English's content words, lower case: 3 letters or more, no stop word ("post-training": post, training). */
    private static List<String> contentWords(String e) {
        List<String> out = new ArrayList<>();
        for (String w : e.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 3 && !LanguageData.isEnglishStopWord(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether CC-CEDICT glosses the Chinese word with this English word: the same Porter stem, or a
     * gloss's stem the word is made of (状态 "state" in "stateless", 代理 "agent" in "agentic", 评分
     * "grade" in "autograding", 无 "-less" in "stateless").
     */
    private static boolean glosses(String zhWord, String word) {
        if (LanguageData.dictionaryGlossIn(zhWord, word)) {
            return true;
        }
        for (String stem : CedictDictionary.standard().englishStems(zhWord)) {
            if (stem.length() >= 4 && (word.startsWith(stem) || word.endsWith(stem)) || stem.length() >= 5 && word.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The share of the English's content words that CC-CEDICT glosses by a word of the Chinese (行动空间,
     * "action space": 1; 市值, "market cap": 0.5; 研究工作, "inevitable": 0): the dictionary's own
     * evidence that the two forms translate each other, as the aligner's lexical evidence is.
     */
    static double englishLinked(String z, String e) {
        List<String> words = contentWords(e);
        if (words.isEmpty()) {
            return 0;
        }
        List<String> parts = dictionaryWords(z);
        String capitals = z.substring(0, z.length() - hanPart(z).length()).toLowerCase(Locale.ROOT);
        int linked = 0;
        for (String w : words) {
            if (parts.stream().anyMatch(p -> glosses(p, w)) || glosses(z, w) || w.equals(capitals)) {
                linked++;
            }
        }
        return (double) linked / words.size();
    }

    /**
     * Whether every word of the Chinese (a function word aside) glosses a word of the English: 微软云,
     * "Microsoft Cloud"; not 付出更值钱, "you're paying" (值钱 is "valuable"), nor 家银行, "banks" (the
     * counter 家 stays outside), nor 帕斯卡系统, "Fairmath and Pascal".
     */
    private static boolean chineseLinked(String form, String e) {
        String z = hanPart(form);
        if (!z.equals(form) && !containsPhrase(e, form.substring(0, form.length() - z.length()).toLowerCase(Locale.ROOT))) {
            return false; // the capitals are not in the English
        }
        List<String> words = contentWords(e);
        if (words.stream().anyMatch(w -> glosses(z, w))) {
            return true;
        }
        if (dictionaryWords(z).stream().allMatch(p -> LanguageData.isChineseFunctionWord(p)
                || words.stream().anyMatch(w -> glosses(p, w)))) {
            return true;
        }
        // The cut longest from the left can miss the words (无状态 is 无 + 状态, "stateless", not 无状 +
        // 态): then every character must be inside some dictionary word of the form that glosses an
        // English word or is a function word.
        boolean[] covered = new boolean[z.length()];
        for (int i = 0; i < z.length(); i++) {
            for (int j = i + 1; j <= z.length(); j++) {
                String part = z.substring(i, j);
                if (LanguageData.isDictionaryWord(part) && (LanguageData.isChineseFunctionWord(part)
                        || words.stream().anyMatch(w -> glosses(part, w)))) {
                    java.util.Arrays.fill(covered, i, j, true);
                }
            }
        }
        for (boolean c : covered) {
            if (!c) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the English, written in capitals (MSR, DNNs, OS), is the initials of the Chinese's
     * CC-CEDICT words in their order: each word of the Chinese (function words aside) gives the next
     * letters, the first of them the first letter of one of its glosses and the others later letters
     * of that gloss or first letters of its other glosses (微软 "microsoft" gives M S, 研究院 "research"
     * R). Abbreviations are how the English speaks of a term the Chinese writes out, and a chance
     * match of every letter in order is rare.
     */
    static boolean initialsOf(String z, String surface) {
        String letters = surface.endsWith("s") ? surface.substring(0, surface.length() - 1) : surface;
        if (letters.length() < 2 || letters.length() > 6 || !letters.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        List<List<String>> glosses = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String word : dictionaryWords(z)) {
            // A compound the dictionary has whole is read as its two words too (操作系统: 操作 + 系统, OS).
            String[] halves = word.length() >= 4 ? halves(word) : null;
            words.addAll(halves != null ? List.of(halves) : List.of(word));
        }
        for (String word : words) {
            if (!LanguageData.isChineseFunctionWord(word)) {
                List<String> stems = CedictDictionary.standard().englishStems(word);
                if (stems.isEmpty()) {
                    return false;
                }
                glosses.add(stems);
            }
        }
        return glosses.size() >= 2 && initials(letters.toLowerCase(Locale.ROOT), 0, glosses, 0);
    }

    /** The word as two dictionary words, the first as long as it can be, or null. */
    private static String[] halves(String word) {
        for (int cut = word.length() - 2; cut >= 2; cut--) {
            if (LanguageData.isDictionaryWord(word.substring(0, cut)) && LanguageData.isDictionaryWord(word.substring(cut))) {
                return new String[] {word.substring(0, cut), word.substring(cut)};
            }
        }
        return null;
    }

    private static boolean initials(String letters, int at, List<List<String>> words, int word) {
        if (word == words.size()) {
            return at == letters.length();
        }
        for (int end = at + 1; end <= letters.length() - (words.size() - word - 1); end++) {
            if (chunkOf(letters.substring(at, end), words.get(word), new HashSet<>())
                    && initials(letters, end, words, word + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the letters start a gloss, the rest later in it or starting the word's other glosses. */
    private static boolean chunkOf(String letters, List<String> stems, Set<String> used) {
        if (letters.isEmpty()) {
            return true;
        }
        for (String stem : stems) {
            if (used.contains(stem) || stem.charAt(0) != letters.charAt(0)) {
                continue;
            }
            used.add(stem);
            int k = 1;
            for (int m = 1; m <= letters.length(); m++) {
                // the first m letters from this gloss (as a subsequence), the rest from others
                if (m > 1) {
                    int found = stem.indexOf(letters.charAt(m - 1), k);
                    if (found < 0) {
                        break;
                    }
                    k = found + 1;
                }
                if (chunkOf(letters.substring(m), stems, used)) {
                    return true;
                }
            }
            used.remove(stem);
        }
        return false;
    }

    /**
     * Whether one side says what the other leaves to the words around it, in at least half of the
     * pairs the two meet in: a word of the Chinese that glosses none of the English's words has its
     * dictionary translation elsewhere in the pair's English (整个地球, "Whole" of "Whole Earth
     * Catalog": 地球 is "earth"; 预测天气, "weather": 预测 is "forecast"), or a word of the English that
     * no word of the Chinese glosses is glossed by a word beside it in the pair's Chinese (目录, "Earth
     * Catalog": 地球 before it is "earth"; 斯图尔特, "Homer Joe": 荷马 is "Homer"). Then the forms are cut
     * out of a longer term, and the shorter side is a piece of it.
     */
    private static boolean cutShort(Candidate c, List<Pair> pairs) {
        List<String> words = contentWords(c.enKey());
        List<String> parts = dictionaryWords(c.zh());
        List<String> looseZh = parts.stream().filter(p -> p.length() >= 2
                && !LanguageData.isChineseFunctionWord(p) && words.stream().noneMatch(w -> glosses(p, w))).toList();
        List<String> looseEn = words.stream().filter(w -> parts.stream().noneMatch(p -> glosses(p, w))
                && !glosses(c.zh(), w)).toList();
        if (looseZh.isEmpty() && looseEn.isEmpty()) {
            return false;
        }
        int met = 0;
        int cut = 0;
        for (Pair p : pairs) {
            if (p.zhKeys().contains(c.zh()) && p.enKeys().contains(c.enKey())) {
                met++;
                if (looseZh.stream().anyMatch(l -> LanguageData.dictionaryGlossIn(l, p.en()))
                        || looseEn.stream().anyMatch(w -> glossedBeside(w, c.zh(), p.zh()))) {
                    cut++;
                }
            }
        }
        return met > 0 && cut * 2 >= met;
    }

    /**
     * Whether a CC-CEDICT word of two to four characters within {@link #BESIDE} characters of {@code z}
     * in {@code text} glosses the English word (地球 in 整个地球的目录, beside 目录).
     */
    private static boolean glossedBeside(String word, String z, String text) {
        for (int at = text.indexOf(z); at >= 0; at = text.indexOf(z, at + 1)) {
            int end = at + z.length();
            for (String side : new String[] {text.substring(Math.max(0, at - BESIDE), at),
                    text.substring(end, Math.min(text.length(), end + BESIDE))}) {
                for (int i = 0; i < side.length(); i++) {
                    for (int j = i + 2; j <= Math.min(side.length(), i + 4); j++) {
                        String w = side.substring(i, j);
                        if (!LanguageData.isChineseFunctionWord(w) && LanguageData.isDictionaryWord(w) && glosses(w, word)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A form already taken, its entry's forms (for overlaps) and, for glossary entries, the entry. */
    private static final class Taken {
        final Set<String> zh = new LinkedHashSet<>();
        final Set<String> en = new LinkedHashSet<>();
        final Candidate first;
        final GlossaryEntry entry;
        final List<String> newZh = new ArrayList<>();
        final List<String> newEn = new ArrayList<>();
        /** The first candidate that gave a glossary entry a new form. */
        Candidate evidence;

        Taken(Candidate first, GlossaryEntry entry) {
            this.first = first;
            this.entry = entry;
        }
    }

    private List<Suggestion> select(List<Candidate> candidates, Map<String, EnglishStats> english, List<Pair> pairs) {
        List<Taken> taken = new ArrayList<>();
        Map<String, GlossaryEntry> byZh = new HashMap<>();
        Map<String, GlossaryEntry> byEn = new HashMap<>();
        for (GlossaryEntry entry : glossary.entries()) {
            entry.zh().forEach(t -> byZh.putIfAbsent(t.form().toLowerCase(Locale.ROOT), entry));
            entry.en().forEach(t -> byEn.putIfAbsent(t.form().toLowerCase(Locale.ROOT), entry));
        }
        Map<GlossaryEntry, Taken> known = new HashMap<>();
        Map<String, Pair> byId = new HashMap<>();
        pairs.forEach(p -> byId.put(p.id(), p));
        // The entries the alignment uses are taken before anything is mined, so that pieces of their
        // forms (式化 of 模式化) are not proposed and new spellings of them become their variants.
        String allZh = String.join("\n", pairs.stream().map(p -> p.zh().toLowerCase(Locale.ROOT)).toList());
        for (GlossaryEntry entry : glossary.entries()) {
            if (entry.zh().stream().anyMatch(t -> allZh.contains(t.form().toLowerCase(Locale.ROOT)))) {
                Taken t = new Taken(null, entry);
                entry.zh().forEach(f -> t.zh.add(f.form().toLowerCase(Locale.ROOT)));
                entry.en().forEach(f -> t.en.add(f.form().toLowerCase(Locale.ROOT)));
                taken.add(t);
                known.put(entry, t);
            }
        }
        List<Taken> shown = new ArrayList<>();
        for (Candidate c : candidates) {
            String zKey = c.zh().toLowerCase(Locale.ROOT);
            GlossaryEntry zEntry = byZh.get(zKey);
            GlossaryEntry eEntry = byEn.get(c.enKey());
            if (zEntry != null && zEntry == eEntry) {
                Taken k = known.computeIfAbsent(zEntry, en -> {
                    Taken t = new Taken(c, en);
                    taken.add(t);
                    return t;
                });
                k.zh.add(zKey);
                k.en.add(c.enKey());
                continue;
            }
            if (c.kind() != Suggestion.Kind.LATIN) {
                Taken over = overlap(taken, zKey, c.enKey());
                if (over != null || cutsWords(c.zh(), pairs)) {
                    reject(c.zh(), c.enKey(), over != null ? "overlaps " + over.zh + " " + over.en : "cuts words");
                    continue;
                }
            }
            if (c.hidden()) {
                // Not a term, but its forms are taken, so that its pieces are not proposed in its place.
                if (!sameZh(taken, zKey) && sameEn(taken, c.enKey()) == null) {
                    Taken t = new Taken(c, null);
                    t.zh.add(zKey);
                    t.en.add(c.enKey());
                    taken.add(t);
                }
                continue;
            }
            if (c.kind() == Suggestion.Kind.TRANSLATION && (c.support() < MIN_TRANSLATION_SUPPORT + 1
                    && repeatedPassage(c, byId) || dictionarySaysOtherwise(c, pairs))) {
                reject(c.zh(), c.enKey(), "a passage said twice, or CC-CEDICT says otherwise");
                continue;
            }
            if (c.kind() == Suggestion.Kind.TRANSLATION && cutShort(c, pairs)) {
                reject(c.zh(), c.enKey(), "one side is cut short of the other");
                continue;
            }
            if (sameZh(taken, zKey)) {
                reject(c.zh(), c.enKey(), "its Chinese is taken with other English");
                continue; // one English per Chinese form: the best
            }
            Taken sameEn = sameEn(taken, c.enKey());
            if (sameEn != null) {
                // Another Chinese spelling of a name or word already taken: a variant (萨提亚 beside 萨蒂亚).
                if ((c.kind() != Suggestion.Kind.TRANSLATION || c.dice() >= 0.7) && apart(pairs, sameEn, c)) {
                    sameEn.zh.add(zKey);
                    sameEn.newZh.add(c.zh());
                    if (sameEn.evidence == null) {
                        sameEn.evidence = c;
                    }
                    if (sameEn.entry != null && !shown.contains(sameEn)) {
                        shown.add(sameEn);
                    }
                } else {
                    reject(c.zh(), c.enKey(), "its English is taken with " + sameEn.zh);
                }
                continue;
            }
            if (eEntry != null && zEntry == null) {
                // The glossary knows the English; this Chinese is a new form of that entry.
                Taken k = known.computeIfAbsent(eEntry, en -> {
                    Taken t = new Taken(c, en);
                    taken.add(t);
                    return t;
                });
                k.zh.add(zKey);
                k.en.add(c.enKey());
                k.newZh.add(c.zh());
                if (k.evidence == null) {
                    k.evidence = c;
                }
                if (!shown.contains(k)) {
                    shown.add(k);
                }
                continue;
            }
            if (zEntry != null) {
                continue; // the glossary knows the Chinese with other English: not a new term
            }
            Taken t = new Taken(c, null);
            t.zh.add(zKey);
            t.en.add(c.enKey());
            t.newZh.add(c.zh());
            t.newEn.add(c.enKey());
            taken.add(t);
            shown.add(t);
        }
        List<Suggestion> out = new ArrayList<>();
        for (Taken t : shown) {
            Candidate c = t.entry != null ? t.evidence : t.first;
            if (c == null || t.newZh.isEmpty()) {
                continue;
            }
            List<String> en = t.newEn.stream().map(k -> english.get(k).surface()).toList();
            if (t.entry != null) {
                Candidate variant = c;
                out.add(new Suggestion("", variant.kind(), t.entry.type(), t.newZh,
                        List.of(t.entry.preferredEn()), variant.support(), variant.examples(), variant.asVariant(),
                        t.entry.id()));
            } else {
                out.add(new Suggestion("", c.kind(), typeOf(c, english.get(c.enKey()), pairs), t.newZh, en,
                        c.support(), c.examples(), c.shown(), null));
            }
        }
        out.sort(Comparator.comparingDouble(Suggestion::confidence).reversed());
        List<Suggestion> numbered = new ArrayList<>(out.size());
        for (Suggestion s : out) {
            if (s.confidence() >= MIN_CONFIDENCE) {
                numbered.add(s.withId("S" + (numbered.size() + 1)));
            } else {
                reject(s.preferredZh(), s.preferredEn().toLowerCase(Locale.ROOT),
                        String.format(Locale.ROOT, "confidence %.2f", s.confidence()));
            }
        }
        return numbered;
    }

    /** The taken entry whose forms overlap both of these (one contains the other in each language). */
    private static Taken overlap(List<Taken> taken, String zKey, String enKey) {
        for (Taken t : taken) {
            if (t.zh.stream().allMatch(TermSuggester::isLatin) && !isLatin(zKey)) {
                continue; // a word kept in Latin is its own term, also where capitals are written onto Chinese (AI加速器)
            }
            if (t.first != null && t.first.kind() == Suggestion.Kind.TRANSLATION && t.zh.stream().allMatch(z ->
                    !z.equals(zKey) && zKey.contains(z)) && t.en.stream().allMatch(e -> !e.equals(enKey) && containsPhrase(enKey, e))) {
                continue; // a longer term in both languages, made with the one taken (应用服务器 with 服务器, "app server")
            }
            boolean zh = t.zh.stream().anyMatch(z -> !z.equals(zKey) && (z.contains(zKey) || zKey.contains(z)));
            boolean zhSame = t.zh.contains(zKey);
            boolean en = t.en.stream().anyMatch(e -> containsPhrase(e, enKey) || containsPhrase(enKey, e));
            if ((zh || zhSame) && en) {
                return t;
            }
            if (zh && (t.first == null || t.first.kind() != Suggestion.Kind.TRANSLATION) && !isLatin(zKey)) {
                return t; // a piece of a name, or a name with a word attached (纳德拉说)
            }
        }
        return null;
    }

    /**
     * Whether the Chinese of {@code c} stands in place of the forms already taken for its English
     * rather than beside them: in at most a third of the pairs where it meets that English is one of
     * them too. A spelling variant (萨提亚 for 萨蒂亚) replaces; a companion word (可以说 with Excel) does not.
     */
    private static boolean apart(List<Pair> pairs, Taken taken, Candidate c) {
        int with = 0;
        int beside = 0;
        for (Pair p : pairs) {
            if (p.zhKeys().contains(c.zh()) && p.enKeys().contains(c.enKey())) {
                with++;
                if (taken.zh.stream().anyMatch(z -> p.zh().toLowerCase(Locale.ROOT).contains(z))) {
                    beside++;
                }
            }
        }
        return beside * 3 <= with;
    }

    private static boolean sameZh(List<Taken> taken, String zKey) {
        return taken.stream().anyMatch(t -> t.zh.contains(zKey));
    }

    private static Taken sameEn(List<Taken> taken, String enKey) {
        return taken.stream().filter(t -> t.en.contains(enKey)).findFirst().orElse(null);
    }

    /** Whether the words of {@code inner} are words of {@code outer} in a row. */
    private static boolean containsPhrase(String outer, String inner) {
        return (" " + outer + " ").contains(" " + inner + " ");
    }

    private static TermType typeOf(Candidate c, EnglishStats stats, List<Pair> pairs) {
        if (c.kind() == Suggestion.Kind.LATIN && c.zh().equals(c.zh().toUpperCase(Locale.ROOT)) && c.zh().length() <= 5) {
            return TermType.TERM; // GPU, API, CRM
        }
        Optional<String> after = pairs.stream().filter(p -> c.examples().contains(p.id())).map(p -> {
            int at = p.zh().indexOf(c.zh());
            return at < 0 ? "" : p.zh().substring(at + c.zh().length(), Math.min(p.zh().length(), at + c.zh().length() + 3));
        }).filter(s -> WORD_BEFORE.matcher(s).lookingAt() || PLACE_AFTER.matcher(s).lookingAt()).findFirst();
        if (after.isPresent()) {
            return PLACE_AFTER.matcher(after.get()).lookingAt() && !WORD_BEFORE.matcher(after.get()).lookingAt()
                    ? TermType.PLACE : TermType.ORGANISATION;
        }
        return switch (c.kind()) {
            case LATIN -> TermType.PRODUCT;
            case NAME -> TermType.PERSON;
            case TRANSLATION -> stats.proper() ? TermType.ORGANISATION : TermType.TERM;
        };
    }

    /**
     * The candidates that are pieces of a longer one: a form one character (Chinese) or word (Latin,
     * English) longer is in at least {@link #PIECE_SHARE} of its pairs. 人工智 is always 人工智能,
     * 果公 always 苹果公司, "Whole Earth" nearly always "Whole Earth Catalog"; 苹果 is often alone.
     */
    private static Set<String> pieces(Map<String, Integer> counts, boolean chinese) {
        Map<String, Integer> longest = new HashMap<>();
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            String key = c.getKey();
            // An English phrase counts with its plural ("Homer Joe Stewart" and "the Homer Joe Stewarts").
            int n = c.getValue() + (chinese ? 0 : counts.getOrDefault(key + "s", 0));
            if (n < MIN_SUPPORT) {
                continue;
            }
            for (String shorter : shorter(key, chinese && !isLatin(key))) {
                longest.merge(shorter, n, Math::max);
            }
        }
        Set<String> pieces = new HashSet<>();
        longest.forEach((key, n) -> {
            Integer own = counts.get(key);
            if (own != null && n >= PIECE_SHARE * own) {
                pieces.add(key);
            }
        });
        return pieces;
    }

    /** The key without its first and without its last character (Chinese) or word. */
    private static List<String> shorter(String key, boolean byChar) {
        if (byChar && !hanPart(key).equals(key)) {
            return List.of(hanPart(key), key.substring(0, key.length() - 1));
        }
        if (byChar) {
            return key.length() < 3 ? List.of() : List.of(key.substring(1), key.substring(0, key.length() - 1));
        }
        int first = key.indexOf(' ');
        int last = key.lastIndexOf(' ');
        return first < 0 ? List.of() : List.of(key.substring(first + 1), key.substring(0, last));
    }

    private static Map<String, Integer> count(List<Pair> pairs, boolean chinese) {
        Map<String, Integer> counts = new HashMap<>();
        for (Pair p : pairs) {
            for (String key : chinese ? p.zhKeys() : p.enKeys()) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The pairs with the Latin form in both languages, and those with it in the English, written as
     * given (case and all, as a whole word, its plural too).
     */
    private static int[] casedCounts(String latin, List<Pair> pairs) {
        Pattern word = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(latin) + "s?(?![A-Za-z0-9])");
        int both = 0;
        int en = 0;
        for (Pair p : pairs) {
            if (word.matcher(p.en()).find()) {
                en++;
                if (p.zhKeys().contains(latin)) {
                    both++;
                }
            }
        }
        return new int[] {both, en};
    }

    /** Whether a kept Latin word (lower case) is the English word, or its singular or plural. */
    private static boolean sameLatinWord(String latin, String e) {
        return latin.equals(e) || e.equals(latin + "s") || latin.equals(e + "s");
    }

    private static boolean isLatin(String form) {
        return !form.isEmpty() && form.chars().allMatch(c -> c < 0x3000);
    }

    /** The Chinese of a form with capitals written onto it (加速器 of AI加速器), or the form itself. */
    private static String hanPart(String form) {
        int at = 0;
        while (at < form.length() && form.charAt(at) < 0x3000) {
            at++;
        }
        return at > 0 && at < form.length() ? form.substring(at) : form;
    }

    /**
     * The Chinese candidates of one pair: strings of 2–6 Han characters (longer across a name's ·)
     * that neither start nor end with a function word (unless they are a CC-CEDICT word: 以色列), and runs of 1–3 Latin words.
     */
    static Set<String> chineseKeys(String zh) {
        Set<String> keys = new HashSet<>();
        Matcher run = HAN_RUN.matcher(zh);
        while (run.find()) {
            String r = run.group();
            // A name run (萨蒂亚·纳德拉) is cut only where its parts meet: 蒂亚·纳 is no name.
            Set<Integer> partStarts = new HashSet<>(List.of(0));
            Set<Integer> partEnds = new HashSet<>(List.of(r.length()));
            int lastPart = 0;
            for (int k = 0; k < r.length(); k++) {
                if (isSeparator(r.charAt(k))) {
                    partEnds.add(k);
                    partStarts.add(k + 1);
                    lastPart = k + 1;
                }
            }
            boolean named = lastPart > 0;
            for (int i = 0; i < r.length(); i++) {
                if (isSeparator(r.charAt(i))) {
                    continue;
                }
                boolean functionFirst = LanguageData.isChineseFunctionWord(String.valueOf(r.charAt(i)));
                int hanChars = 0;
                boolean crossed = false;
                for (int j = i + 1; j <= r.length(); j++) {
                    char last = r.charAt(j - 1);
                    if (isSeparator(last)) {
                        crossed = true;
                        continue;
                    }
                    hanChars++;
                    if (hanChars > (crossed ? 2 * MAX_ZH_CHARS : MAX_ZH_CHARS)) {
                        break;
                    }
                    boolean whole = !named || (crossed ? partStarts.contains(i) && (partEnds.contains(j) || i >= lastPart
                            || j > lastPart) : partStarts.contains(i) || partEnds.contains(j) || i >= lastPart);
                    String s = r.substring(i, j);
                    // A function word at an edge is grammar around the term, unless the whole is a word (以色列).
                    boolean functionEdge = functionFirst || LanguageData.isChineseFunctionWord(String.valueOf(last));
                    if (hanChars >= 2 && whole && !LanguageData.isChineseFunctionWord(s)
                            && (!functionEdge || LanguageData.isDictionaryWord(s))) {
                        keys.add(s);
                    }
                }
            }
        }
        List<int[]> words = new ArrayList<>();
        EnglishTokens latin = TERM_WORDS.tokenize(zh);
        for (int t = 0; t < latin.size(); t++) {
            if (latin.kind(t) != EnglishTokenizer.Kind.SYMBOL) {
                words.add(new int[] {latin.start(t), latin.end(t)});
            }
        }
        for (int a = 0; a < words.size(); a++) {
            for (int b = a; b < words.size() && b - a < MAX_LATIN_WORDS; b++) {
                if (b > a && !zh.substring(words.get(b - 1)[1], words.get(b)[0]).equals(" ")) {
                    break;
                }
                String s = possessiveless(zh.substring(words.get(a)[0], words.get(b)[1]));
                // A stop word kept capitalised in the Chinese is a name (Word, the program).
                if (s.chars().anyMatch(Character::isLetter) && (!LanguageData.isEnglishStopWord(s.toLowerCase(Locale.ROOT))
                        || Character.isUpperCase(s.charAt(0)) && s.length() > 2)) {
                    keys.add(s);
                }
            }
            // Capitals written onto a Chinese word make one term (AI加速器, "AI accelerator"; GPU集群).
            String word = zh.substring(words.get(a)[0], words.get(a)[1]);
            int after = words.get(a)[1] + (words.get(a)[1] < zh.length() && zh.charAt(words.get(a)[1]) == ' ' ? 1 : 0);
            if (word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                int end = after;
                while (end < zh.length() && end - after < MAX_MIXED_HAN && Character.UnicodeScript.of(zh.charAt(end))
                        == Character.UnicodeScript.HAN) {
                    end++;
                    String han = zh.substring(after, end);
                    if (han.length() >= 2 && !LanguageData.isChineseFunctionWord(han)
                            && !LanguageData.isChineseFunctionWord(han.substring(han.length() - 1))
                            && !LanguageData.isChineseFunctionWord(han.substring(0, 1))) {
                        keys.add(word + han);
                    }
                }
            }
        }
        return keys;
    }

    private static Set<String> words(String resource) {
        try (java.io.InputStream in = TermSuggester.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("yuanwen/mining/" + resource + " missing from this build");
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String word = line.replaceFirst("#.*", "").trim();
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isSeparator(char c) {
        return c == '·' || c == '•' || c == '・';
    }

    /**
     * The English candidates of one pair (lower case): phrases of 1–4 words within a clause that
     * neither start nor end with a stop word; counts their spellings and capitalisation.
     */
    private static Set<String> englishKeys(String en, Map<String, EnglishStats> stats) {
        Set<String> keys = new HashSet<>();
        int clauseStart = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(en);
        List<String> clauses = new ArrayList<>();
        List<Boolean> sentenceStarts = new ArrayList<>();
        boolean sentenceStart = true;
        while (breaks.find()) {
            clauses.add(en.substring(clauseStart, breaks.start()));
            sentenceStarts.add(sentenceStart);
            sentenceStart = ".!?".indexOf(breaks.group().charAt(0)) >= 0;
            clauseStart = breaks.end();
        }
        clauses.add(en.substring(clauseStart));
        sentenceStarts.add(sentenceStart);
        for (int k = 0; k < clauses.size(); k++) {
            List<String> words = new ArrayList<>();
            EnglishTokens w = TERM_WORDS.tokenize(clauses.get(k));
            for (int t = 0; t < w.size(); t++) {
                if (w.kind(t) != EnglishTokenizer.Kind.SYMBOL) {
                    words.add(possessiveless(w.text(t)));
                }
            }
            for (int a = 0; a < words.size(); a++) {
                if (isStop(words.get(a))) {
                    continue;
                }
                for (int b = a; b < words.size() && b - a < MAX_EN_WORDS; b++) {
                    if (isStop(words.get(b))) {
                        continue;
                    }
                    List<String> phrase = words.subList(a, b + 1);
                    String surface = String.join(" ", phrase);
                    if (!surface.chars().anyMatch(Character::isLetter)) {
                        continue;
                    }
                    String key = surface.toLowerCase(Locale.ROOT);
                    EnglishStats s = stats.computeIfAbsent(key, x -> new EnglishStats());
                    s.surfaces.merge(surface, 1, Integer::sum);
                    boolean capitalised = phrase.stream().allMatch(p -> !Character.isLowerCase(p.charAt(0)));
                    if (capitalised) {
                        s.capitalised++;
                        if (a > 0 || !sentenceStarts.get(k)) {
                            s.capitalisedInside++;
                        }
                    } else {
                        s.lower++;
                    }
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static boolean isStop(String word) {
        return LanguageData.isEnglishStopWord(word.toLowerCase(Locale.ROOT)) || word.length() < 2
                && !Character.isDigit(word.charAt(0));
    }

    private static String possessiveless(String word) {
        return word.replaceFirst("['’]s$", "");
    }
}
