package yuanwen.script;

/** What script a text is written in, as far as its characters tell. */
public enum Script {
    SIMPLIFIED("simplified"),
    TRADITIONAL("traditional"),
    MIXED("mixed"),
    /** Chinese, but only characters that both scripts share (e.g. 中文): either would do. */
    UNDETERMINED("undetermined (only characters common to both scripts)"),
    NOT_CHINESE("not Chinese");

    private final String label;

    Script(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
