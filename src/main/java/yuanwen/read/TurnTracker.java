package yuanwen.read;

/**
 * Numbers speaker turns while a reader walks through a file. Turns start at 1; a turn mark (dash) or
 * a speaker name different from the current one starts the next turn. Text without either stays in
 * the current turn and keeps its speaker.
 */
final class TurnTracker {

    private int turn;
    private String speaker;

    /** The turn of the next piece of text, given its turn mark and speaker name (null when unnamed). */
    int next(boolean turnMark, String name) {
        if (turn == 0) {
            turn = 1;
            speaker = name;
        } else if (turnMark || (name != null && !name.equals(speaker))) {
            turn++;
            speaker = name;
        }
        return turn;
    }

    /** The speaker name of the current turn, or null when the source does not name it. */
    String speaker() {
        return speaker;
    }
}
