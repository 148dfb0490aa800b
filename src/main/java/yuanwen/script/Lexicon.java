package yuanwen.script;

/** Something that can find the longest key starting at a position: one phrase table or a group. */
interface Lexicon {

    /**
     * Finds the key that starts at {@code from}, ends at or before {@code to} and is chosen by this
     * lexicon's policy (the longest key for a single table).
     *
     * @return true and fills {@code out} when a key matches
     */
    boolean match(CharSequence text, int from, int to, Match out);
}
