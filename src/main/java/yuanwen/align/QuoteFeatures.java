package yuanwen.align;

/**
 * What one English span shows about a quote, the inputs of {@link QuoteDecision}.
 *
 * @param similarity      the bead similarity: weighted share of both sides' units that found a
 *                        translation on the other side
 * @param quoteCoverage   weighted share of the quote's units the span found
 * @param contentCoverage share of the quote's content words the span found
 * @param spanCoverage    weighted share of the span's English units the quote found
 * @param surprise        how unlikely finding so much is by chance, in nats
 * @param lengthFit       log-probability of the two lengths (Gale–Church)
 * @param sentences       how many English sentences the span has
 * @param matchedWords    how many of the quote's content words it found
 * @param contentWords    how many content words the quote has
 * @param findableShare   share of the quote's findable items (found by some sentence of the
 *                        source) that this span finds
 * @param idfShare        the rarity of what the span found over the rarity of the best the
 *                        source offers for each item: coverage of what the quote could match here
 * @param logSentences    ln of the number of sentences in the source
 * @param foundSurprise   for each item found, −ln of the chance that a span of this many random
 *                        sentences finds it (from how many sentences of the source do), summed
 * @param foundItems      how many of the quote's findable content items the span found
 * @param missedItems     how many it did not find although some sentence of the source does
 * @param spanUnmatched   the weight (IDF) of the span's English units the quote did not find
 * @param touchedShare    share of the source's sentences that find anything of the quote: how
 *                        common its words are here
 */
record QuoteFeatures(double similarity, double quoteCoverage, double contentCoverage, double spanCoverage,
                     double surprise, double lengthFit, int sentences, int matchedWords, int contentWords,
                     double findableShare, double idfShare, double logSentences,
                     double foundSurprise, int foundItems, int missedItems, double spanUnmatched,
                     double touchedShare) {
}
