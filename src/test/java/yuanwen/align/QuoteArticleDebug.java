package yuanwen.align;

import java.util.List;
import yuanwen.bench.QuoteDevSets.Case;
import yuanwen.bench.QuoteDevSets;
import yuanwen.glossary.GlossaryFile;
import yuanwen.glossary.GlossaryMatcher;
import yuanwen.segment.Sentence;

/** Prints the --zh mode misses of one dev set's first N quotes. */
public final class QuoteArticleDebug {
    public static void main(String[] args) {
        var terms = new GlossaryMatcher(GlossaryFile.load(GlossaryFile.DEFAULT));
        List<Case> cases = QuoteDevSets.all().get(args[0]);
        Object last = null;
        QuoteInArticle article = null;
        int n = Integer.parseInt(args[1]);
        for (Case c : cases.subList(0, n)) {
            if (c.source() != last) {
                List<Sentence> zh = QuoteDevSets.read(c.article());
                Alignment a = new Aligner(terms).align(zh, c.source().sentences(), AlignParameters.defaults());
                article = new QuoteInArticle(zh, a, new QuoteFinder(QuoteIndex.of(c.source().sentences(), terms)));
                last = c.source();
            }
            QuoteResult r = article.find(c.text(), 3, 0.5);
            QuoteMatch top = r.all().isEmpty() ? null : r.all().get(0);
            boolean ok = top != null && c.right(top.en().get(0).index(), top.en().size());
            if (!ok || r.found().isEmpty()) {
                System.out.println("== " + c.text() + " lines " + c.lines() + " verdict " + r.verdict());
                System.out.println("   article: " + r.article().stream().map(s -> s.index() + "@L" + s.firstLine() + " " + s.text()).toList());
                if (top != null) System.out.println("   top " + top.score() + " L" + top.firstLine() + "-" + top.lastLine() + " " + top.en().stream().map(Sentence::text).toList());
            }
        }
    }
}
