package yuanwen.align;

import java.nio.file.Path;
import yuanwen.bench.QuoteDevSets;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;

/** args: English source file, quote: prints the top candidates with evidence. */
public final class QuoteTry {
    public static void main(String[] args) {
        var source = QuoteDevSets.source("x", Path.of(args[0]));
        QuoteFinder finder = new QuoteFinder(QuoteIndex.of(source.sentences(), new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT))));
        for (int a = 1; a < args.length; a++) {
            System.out.println("== " + args[a]);
            for (QuoteMatch m : finder.find(args[a], 4, 0.0).all()) {
                System.out.println("  " + m.score() + " L" + m.firstLine() + " " + m.en().stream().map(s -> s.text()).reduce("", (x, y) -> x + " " + y));
                System.out.println("     " + m.evidence());
            }
        }
    }
}
