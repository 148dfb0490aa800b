package yuanwen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yuanwen.SharedData;
import yuanwen.align.AlignParameters;
import yuanwen.align.Aligner;
import yuanwen.align.Alignment;
import yuanwen.align.QuoteFinder;
import yuanwen.align.QuoteInArticle;
import yuanwen.align.QuoteIndex;
import yuanwen.align.QuoteMatch;
import yuanwen.align.QuoteResult;
import yuanwen.bench.QuoteDevSets.Case;
import yuanwen.glossary.Glossary;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;
import yuanwen.mining.Suggestion;
import yuanwen.mining.SuggestionAcceptance;
import yuanwen.mining.TermSuggester;
import yuanwen.review.AlignRun;
import yuanwen.segment.Sentence;
import yuanwen.store.AlignedStore;
import yuanwen.store.AlignmentFile;

/**
 * Issue 14's second bar: does a glossary grown from suggestions help? The 13 TED dev talks are
 * aligned with no glossary (as {@code align --glossary none} does), every suggestion at confidence
 * ≥ the threshold is accepted into one glossary that starts empty (talk after talk, as
 * {@code glossary suggest NAME --accept-all --min-confidence X} does), the talks are aligned again
 * with it, and quote top-1 on the TED quotes of {@link QuoteDevSets#ted()} is measured before (no
 * glossary) and after (the grown glossary), lone and with the article ({@code --zh}), as
 * {@link QuoteBenchmark} counts them. Also printed: how many pairs the re-alignment changed.
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.bench.SuggestionTedBenchmark</pre>
 * {@code -Dsuggest.threshold=X} (default 0.6) is the confidence accepted; {@code -Dsuggest.keep=FILE}
 * writes the grown glossary there for a look.
 */
public final class SuggestionTedBenchmark {

    private static final int LIMIT = 5;

    private SuggestionTedBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (!SharedData.present()) {
            System.out.println("TED suggestion benchmark skipped: ../shared not found at " + SharedData.location());
            return;
        }
        double threshold = Double.parseDouble(System.getProperty("suggest.threshold", "0.6"));
        Path folder = Files.createTempDirectory("yuanwen-ted-suggest");
        AlignedStore store = new AlignedStore(folder);
        Path glossaryFile = folder.resolve("grown.json");
        Glossary grown = Glossary.empty();
        List<Path> talks = QuoteDevSets.tedTalks();
        Map<String, AlignmentFile> before = new HashMap<>();
        int accepted = 0;
        int offered = 0;
        for (Path talk : talks) {
            String name = "ted-" + talk.getFileName();
            AlignmentFile aligned = new AlignRun(store).run(new AlignRun.Request(talk.resolve("zh.txt"),
                    talk.resolve("en.txt"), name, false, null), stage -> { }).document();
            before.put(name, aligned);
            List<Suggestion> suggestions = new TermSuggester(grown).suggest(aligned);
            List<Suggestion> chosen = suggestions.stream().filter(s -> s.confidence() >= threshold).toList();
            offered += suggestions.size();
            SuggestionAcceptance.Outcome outcome = SuggestionAcceptance.accept(grown, chosen, name);
            accepted += outcome.added().size();
            grown = outcome.glossary();
        }
        GlossaryFile.save(glossaryFile, grown);
        String keep = System.getProperty("suggest.keep");
        if (keep != null) {
            GlossaryFile.save(Path.of(keep), grown);
        }
        int changed = 0;
        int links = 0;
        for (Path talk : talks) {
            String name = "ted-" + talk.getFileName();
            AlignmentFile again = new AlignRun(store).run(new AlignRun.Request(talk.resolve("zh.txt"),
                    talk.resolve("en.txt"), name, false, glossaryFile), stage -> { }).document();
            changed += again.linksChangedSince(before.get(name));
            links += again.links().size();
        }
        System.out.printf(Locale.ROOT, "13 TED talks: %d suggestions, %d accepted at confidence >= %.2f (%d entries); "
                + "re-aligned with them: %d of %d pairs changed%n", offered, accepted, threshold, grown.size(), changed, links);
        List<Case> cases = QuoteDevSets.ted();
        report("no glossary", cases, TermFinder.NONE);
        report("grown glossary", cases, new GlossaryMatcher(grown));
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void report(String label, List<Case> cases, TermFinder terms) {
        Map<Path, QuoteFinder> finders = new HashMap<>();
        Map<Path, QuoteInArticle> articles = new HashMap<>();
        int lone = 0;
        int loneWrong = 0;
        int withArticle = 0;
        List<String> perTalk = new ArrayList<>();
        for (Case c : cases) {
            QuoteFinder finder = finders.computeIfAbsent(c.source().file(),
                    f -> new QuoteFinder(QuoteIndex.of(c.source().sentences(), terms)));
            QuoteResult result = finder.find(c.text(), LIMIT);
            if (result.verdict() == QuoteResult.Verdict.FOUND) {
                QuoteMatch top = result.found().get(0);
                if (c.right(top.en().get(0).index(), top.en().size())) {
                    lone++;
                } else {
                    loneWrong++;
                }
            }
            QuoteInArticle article = articles.computeIfAbsent(c.source().file(), f -> {
                List<Sentence> zh = QuoteDevSets.read(c.article());
                List<Sentence> en = c.source().sentences();
                Alignment alignment = new Aligner(terms).align(zh, en, AlignParameters.defaults());
                return new QuoteInArticle(zh, alignment, new QuoteFinder(QuoteIndex.of(en, terms, alignment, zh)));
            });
            QuoteResult inArticle = article.find(c.text(), LIMIT, QuoteFinder.FOUND_SCORE);
            if (inArticle.verdict() == QuoteResult.Verdict.FOUND) {
                QuoteMatch top = inArticle.found().get(0);
                if (c.right(top.en().get(0).index(), top.en().size())) {
                    withArticle++;
                }
            }
        }
        int n = Math.max(1, cases.size());
        System.out.printf(Locale.ROOT, "%-15s %d quotes: lone top-1 right %.1f%% (wrong %.1f%%); --zh mode right %.1f%%%n",
                label, cases.size(), 100.0 * lone / n, 100.0 * loneWrong / n, 100.0 * withArticle / n);
    }
}
