package yuanwen.align;

import java.util.List;
import yuanwen.glossary.TermFinder;
import yuanwen.segment.Sentence;

/** Profiles and a bead scorer for two documents, built as the aligner builds them (before it learns a table). */
record Scoring(ZhProfile[] zh, EnProfile[] en, BeadScorer scorer) {

    static Scoring of(List<Sentence> zh, List<Sentence> en, TermFinder terms) {
        Profiler.Profiles profiles = new Profiler(CedictDictionary.standard(), terms).both(en, zh);
        ZhProfile[] z = profiles.chinese();
        EnProfile[] e = profiles.english();
        return new Scoring(z, e, new BeadScorer(z, e, new LinkTable(z, e), AlignParameters.defaults()));
    }

    /** One Chinese sentence against one English sentence. */
    static Scoring pair(String zh, String en) {
        return of(Sentences.of(zh), Sentences.of(en), TermFinder.NONE);
    }
}
