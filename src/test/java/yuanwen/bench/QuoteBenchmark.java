package yuanwen.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.align.QuoteFinder;
import yuanwen.align.QuoteInArticle;
import yuanwen.align.QuoteIndex;
import yuanwen.align.QuoteMatch;
import yuanwen.align.QuoteResult;
import yuanwen.bench.QuoteDevSets.Case;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.Sentence;

/**
 * Quote mode on the dev sets of {@link QuoteDevSets}, one line per set, as {@code quote --json}
 * answers (a quote is right when the first of its found candidates covers its original; weak and
 * none count as misses):
 * <ul>
 * <li>for sets with originals: <b>right</b> (found, top-1 right), <b>wrong</b> (found, top-1
 * wrong), weak, none; over all quotes and over the held-out half (odd positions; the decision was
 * fitted on the even ones by {@code yuanwen.align.QuoteDecisionFit});</li>
 * <li>for translator-only text: the share answered <b>none</b> (and the share with no found
 * candidate, which is what {@code candidates} shows);</li>
 * <li>{@code --zh} mode (quote with its article): the same figures when the quote is answered from
 * the document alignment of its article;</li>
 * <li>speed: quotes per second answering the Nadella quotes and the translator-only text in one
 * process, the index built once.</li>
 * </ul>
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.QuoteBenchmark
 * mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.QuoteBenchmark -Dexec.args=none</pre>
 * The first uses the shipped glossary, the second none. {@code -Dquote.step=K} samples every K-th
 * TED line (default every line).
 */
public final class QuoteBenchmark {

    private static final int LIMIT = 5;

    private QuoteBenchmark() {
    }

    public static void main(String[] args) {
        boolean none = args.length > 0 && args[0].equals("none");
        int step = Integer.getInteger("quote.step", 1);
        TermFinder terms = none ? TermFinder.NONE : new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));
        System.out.println("quote benchmark, glossary " + (none ? "none" : GlossaryFile.DEFAULT)
                + (step > 1 ? ", every " + step + "th TED line" : ""));
        Map<Path, QuoteFinder> finders = new HashMap<>();
        Map<Path, QuoteInArticle> articles = new HashMap<>();
        for (Map.Entry<String, List<Case>> set : QuoteDevSets.all().entrySet()) {
            List<Case> cases = set.getKey().equals("ted") && step > 1 ? every(set.getValue(), step) : set.getValue();
            if (set.getKey().equals("translator-only")) {
                reportTranslatorOnly(cases, finders, terms);
                continue;
            }
            Counts lone = new Counts();
            Counts held = new Counts();
            Counts article = new Counts();
            for (int k = 0; k < cases.size(); k++) {
                Case c = cases.get(k);
                QuoteResult result = finder(finders, c, terms).find(c.text(), LIMIT);
                lone.add(c, result);
                lone.ceiling(c, finder(finders, c, terms).find(c.text(), LIMIT, 0.0));
                if (k % 2 == 1) {
                    held.add(c, result);
                }
                article.add(c, article(articles, finders, c, terms).find(c.text(), LIMIT, QuoteFinder.FOUND_SCORE));
            }
            System.out.printf(Locale.ROOT, "%-14s %4d quotes: right %s, wrong %s, weak %s, none %s (held-out half: right %s, "
                            + "wrong %s); --zh mode: right %s, wrong %s; whatever the verdict, top-1 right %s, right in top %d %s%n",
                    set.getKey(), lone.n, lone.share(lone.right),
                    lone.share(lone.wrong), lone.share(lone.weak), lone.share(lone.none), held.share(held.right),
                    held.share(held.wrong), article.share(article.right), article.share(article.wrong),
                    lone.share(lone.topRight), LIMIT, lone.share(lone.anyRight));
        }
        speed(finders, terms);
    }

    private static void reportTranslatorOnly(List<Case> cases, Map<Path, QuoteFinder> finders, TermFinder terms) {
        Map<String, Counts> kinds = new java.util.LinkedHashMap<>();
        Counts all = new Counts();
        for (Case c : cases) {
            QuoteResult result = finder(finders, c, terms).find(c.text(), LIMIT);
            all.add(c, result);
            kinds.computeIfAbsent(c.set(), k -> new Counts()).add(c, result);
        }
        StringBuilder parts = new StringBuilder();
        kinds.forEach((kind, counts) -> parts.append(parts.isEmpty() ? "" : ", ").append(kind).append(' ')
                .append(counts.none).append('/').append(counts.n));
        System.out.printf(Locale.ROOT, "%-14s %4d quotes: none %s, no found candidate %s (%s)%n", "translator-only",
                all.n, all.share(all.none), all.share(all.none + all.weak), parts);
    }

    private static void speed(Map<Path, QuoteFinder> finders, TermFinder terms) {
        List<Case> quotes = new java.util.ArrayList<>(QuoteDevSets.nadella());
        quotes.addAll(QuoteDevSets.translatorOnly().stream().filter(c -> c.source().name().equals("nadella")).toList());
        QuoteFinder finder = finder(finders, quotes.get(0), terms);
        for (Case c : quotes.subList(0, 50)) {
            finder.find(c.text(), LIMIT); // warm-up
        }
        long started = System.nanoTime();
        for (Case c : quotes) {
            finder.find(c.text(), LIMIT);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long built = System.nanoTime();
        QuoteIndex.of(quotes.get(0).source().sentences(), terms);
        System.out.printf(Locale.ROOT, "speed: %d quotes against the Nadella transcript in %.2f s = %.0f quotes/s "
                        + "(index built once, in %.2f s)%n", quotes.size(), seconds, quotes.size() / seconds,
                (System.nanoTime() - built) / 1e9);
    }

    private static QuoteFinder finder(Map<Path, QuoteFinder> finders, Case c, TermFinder terms) {
        return finders.computeIfAbsent(c.source().file(), f -> new QuoteFinder(QuoteIndex.of(c.source().sentences(), terms)));
    }

    private static QuoteInArticle article(Map<Path, QuoteInArticle> articles, Map<Path, QuoteFinder> finders, Case c,
                                          TermFinder terms) {
        return articles.computeIfAbsent(c.source().file(), f -> {
            List<Sentence> zh = QuoteDevSets.read(c.article());
            List<Sentence> en = c.source().sentences();
            Alignment alignment = new Aligner(terms).align(zh, en, AlignParameters.defaults());
            return new QuoteInArticle(zh, alignment, new QuoteFinder(QuoteIndex.of(en, terms, alignment, zh)));
        });
    }

    private static <T> List<T> every(List<T> all, int step) {
        List<T> out = new java.util.ArrayList<>();
        for (int k = 0; k < all.size(); k += step) {
            out.add(all.get(k));
        }
        return out;
    }

    /** How a set's quotes were answered. */
    private static final class Counts {
        int n;
        int right;
        int wrong;
        int weak;
        int none;
        /** Whatever the verdict: the best candidate is right; some candidate of the best few is. */
        int topRight;
        int anyRight;

        void ceiling(Case c, QuoteResult unbounded) {
            List<QuoteMatch> all = unbounded.all();
            if (!c.hasOriginal() || all.isEmpty()) {
                return;
            }
            topRight += c.right(index(c, all.get(0)), all.get(0).en().size()) ? 1 : 0;
            anyRight += all.stream().anyMatch(m -> c.right(index(c, m), m.en().size())) ? 1 : 0;
        }

        void add(Case c, QuoteResult result) {
            n++;
            switch (result.verdict()) {
                case FOUND -> {
                    QuoteMatch top = result.found().get(0);
                    boolean ok = c.hasOriginal() && c.right(index(c, top), top.en().size());
                    if (ok) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
                case WEAK -> weak++;
                case NONE -> none++;
            }
        }

        /** Position of the match's first sentence in the case's source. */
        private static int index(Case c, QuoteMatch match) {
            return match.en().get(0).index();
        }

        String share(int count) {
            return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / Math.max(1, n));
        }
    }
}
