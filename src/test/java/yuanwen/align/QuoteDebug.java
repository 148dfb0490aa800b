package yuanwen.align;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import yuanwen.bench.QuoteDevSets.Case;
import yuanwen.bench.QuoteDevSets;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.segment.Sentence;

/** Prints, for dev quotes by number within a set, the best candidates with their features and the right one. */
public final class QuoteDebug {

    public static void main(String[] args) {
        List<Case> cases = QuoteDevSets.all().get(args[0]);
        var terms = new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));
        QuoteFinder finder = null;
        Object lastSource = null;
        for (int a = 1; a < args.length; a++) {
            Case c = cases.get(Integer.parseInt(args[a]));
            if (c.source() != lastSource) {
                finder = new QuoteFinder(QuoteIndex.of(c.source().sentences(), terms));
                lastSource = c.source();
            }
            QuoteFinder.Lookup lookup = finder.lookup(c.text());
            System.out.println("== " + args[a] + " " + c.text());
            System.out.println("   units: " + String.join(" ", lookup.quote().unitKeys));
            List<QuoteDecision.Scored> scored = QuoteDecision.STANDARD.score(lookup.candidates());
            int shown = 0;
            for (QuoteDecision.Scored s : scored) {
                boolean right = c.right(s.candidate().first(), s.candidate().count());
                if (shown++ < 3 || right) {
                    print(c, s, right);
                }
                if (right) {
                    break;
                }
            }
            lookup.candidates().stream().filter(x -> c.right(x.first(), x.count()))
                    .max(Comparator.comparingDouble(x -> QuoteDecision.STANDARD.rank(x.features())))
                    .ifPresent(x -> System.out.println("   best right: " + x.features()));
        }
    }

    private static void print(Case c, QuoteDecision.Scored s, boolean right) {
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : c.source().sentences().subList(s.candidate().first(), s.candidate().end())) {
            text.append(sentence.text()).append(' ');
        }
        System.out.printf(Locale.ROOT, "   %s %.2f %s%n      %s%n", right ? "RIGHT" : "wrong", s.rank(), text, s.candidate().features());
    }
}
