package yuanwen.align;

/**
 * What a matchable unit of a sentence is, on either side. The kind decides how a unit is looked
 * up ({@link Vocabulary}), how much it weighs ({@link Profiler}) and whether the aligner may learn
 * new translations for it ({@link TranslationTable}).
 */
enum UnitKind {
    /** A Chinese dictionary word, or an English content word (by its stem). */
    WORD,
    /** A number; it matches only a number that {@link yuanwen.segment.NumberMention#agrees agrees} with it. */
    NUMBER,
    /** A glossary entry, on either side: matched by entry id. */
    TERM,
    /** A Latin-script token in the Chinese text (OpenAI, GPT), matched by its English stem. */
    LATIN;

    /**
     * Numbers and verbatim Latin words name one thing each, where a dictionary word has several
     * translations and many chances to be found by accident: they weigh more, on both sides.
     * Glossary entries do not, on either side (Chinese ones used to, English ones not). Boosting
     * the English ones as well made quote mode find spans for other interviews' sentences through
     * common domain terms (Amazon, AI): on {@code QuoteBenchmark}'s tuning half, false matches
     * rose from 0.7% to 2.6% and stayed at 1.9% even with the threshold raised to 0.85, where
     * recall fell below what it was; not boosting either left quote mode as it was (0.7%).
     */
    boolean strong() {
        return this == NUMBER || this == LATIN;
    }
}
