package yuanwen.script;

import java.util.List;

/**
 * Several lexicons consulted as one, as OpenCC's {@code "type": "group"} dictionaries are.
 *
 * <p>{@link MatchPolicy#SHORT_CIRCUIT}: the first member that matches anything wins, even if a later
 * member has a longer key (so a phrase table placed first overrides a character table).
 * {@link MatchPolicy#UNION}: the members act as one merged table: the longest key wins, and on a
 * tie the earlier member's value.
 */
final class LexiconGroup implements Lexicon {

    enum MatchPolicy {
        SHORT_CIRCUIT, UNION
    }

    private final List<Lexicon> members;
    private final MatchPolicy policy;

    LexiconGroup(List<Lexicon> members, MatchPolicy policy) {
        this.members = List.copyOf(members);
        this.policy = policy;
    }

    @Override
    public boolean match(CharSequence text, int from, int to, Match out) {
        if (policy == MatchPolicy.SHORT_CIRCUIT) {
            for (Lexicon member : members) {
                if (member.match(text, from, to, out)) {
                    return true;
                }
            }
            return false;
        }
        int bestLength = 0;
        String bestValue = null;
        for (Lexicon member : members) {
            if (member.match(text, from, to, out) && out.length > bestLength) {
                bestLength = out.length;
                bestValue = out.value;
            }
        }
        if (bestValue == null) {
            return false;
        }
        out.set(bestLength, bestValue);
        return true;
    }
}
