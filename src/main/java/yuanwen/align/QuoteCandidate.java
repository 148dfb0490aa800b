package yuanwen.align;

/**
 * One English span a quote may translate, before it is ranked.
 *
 * @param first    its first sentence (0-based)
 * @param count    how many sentences it has
 * @param features what it shows about the quote
 * @param firstIds the distinct English unit ids of its first sentence
 * @param ids      the distinct English unit ids of the whole span, ascending: tells a repeat of
 *                 the same words (a teaser, a recap) from a different passage
 */
record QuoteCandidate(int first, int count, QuoteFeatures features, int[] firstIds, int[] ids) {

    int end() {
        return first + count;
    }

    boolean overlaps(QuoteCandidate other) {
        return first < other.end() && other.first < end();
    }
}
