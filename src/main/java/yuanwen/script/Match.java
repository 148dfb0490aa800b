package yuanwen.script;

/**
 * The result of a longest-prefix lookup, reused across lookups so the hot loop allocates nothing.
 * Not shared between threads: each conversion call makes its own.
 */
final class Match {
    int length;
    String value;

    void set(int length, String value) {
        this.length = length;
        this.value = value;
    }
}
