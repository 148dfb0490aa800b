package yuanwen.align;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import yuanwen.bench.QuoteDevSets.Case;
import yuanwen.bench.QuoteDevSets;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.glossary.TermFinder;

/** Writes every candidate span of every dev quote with its features and whether it is right, as TSV. */
public final class QuoteFeatureDump {

    public static void main(String[] args) throws IOException {
        boolean none = args.length > 1 && args[1].equals("none");
        TermFinder terms = none ? TermFinder.NONE : new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));
        Map<Path, QuoteFinder> finders = new HashMap<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            out.println("set\tq\thas\tfirst\tcount\tright\tsim\tqcov\tccov\tscov\tsurprise\tlength\tb\tmatched\tcontent\tfindable\tidf\tlogm\tqchars\tfsur\tnfound\tnmiss\tenun");
            int q = 0;
            for (Map.Entry<String, List<Case>> set : QuoteDevSets.all().entrySet()) {
                for (Case c : set.getValue()) {
                    QuoteFinder finder = finders.computeIfAbsent(c.source().file(),
                            f -> new QuoteFinder(QuoteIndex.of(c.source().sentences(), terms)));
                    q++;
                    for (QuoteCandidate cand : finder.lookup(c.text()).candidates()) {
                        QuoteFeatures f = cand.features();
                        out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.3f\t%.3f\t%d\t%d\t%d\t%.4f\t%.4f\t%.3f\t%d\t%.3f\t%d\t%d\t%.3f%n",
                                c.set().equals("translator-only") ? "neg" : c.set(), q, c.hasOriginal() ? 1 : 0,
                                cand.first(), cand.count(), c.right(cand.first(), cand.count()) ? 1 : 0,
                                f.similarity(), f.quoteCoverage(), f.contentCoverage(), f.spanCoverage(), f.surprise(),
                                f.lengthFit(), f.sentences(), f.matchedWords(), f.contentWords(), f.findableShare(),
                                f.idfShare(), f.logSentences(), Profiler.countChars(c.text()), f.foundSurprise(), f.foundItems(), f.missedItems(), f.spanUnmatched());
                    }
                    if (finder.lookup(c.text()).candidates().isEmpty()) {
                        out.printf(Locale.ROOT, "%s\t%d\t%d\t-1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0%n",
                                c.set().equals("translator-only") ? "neg" : c.set(), q, c.hasOriginal() ? 1 : 0);
                    }
                }
                System.err.println(set.getKey() + ": " + set.getValue().size() + " quotes");
            }
        }
    }
}
