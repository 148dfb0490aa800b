package yuanwen.align;

/** What a piece of {@link Evidence} is. */
public enum EvidenceKind {
    /** The same glossary entry is named on both sides (same entry id). */
    GLOSSARY,
    /** A Latin-script token of the Chinese text (OpenAI, Azure, GPT) appears verbatim in the English. */
    VERBATIM,
    /** A number on both sides that denotes the same quantity. */
    NUMBER,
    /** Numbers that should correspond but disagree: negative evidence, possibly a translation error. */
    NUMBER_MISMATCH,
    /** A Chinese word whose dictionary (or learned) translation occurs in the English. */
    LEXICAL,
    /** A Chinese name whose pinyin spells an English word (陈清扬 / Qingyang). */
    NAME,
    /** How well the lengths fit (Gale–Church, characters). */
    LENGTH,
    /** Both sides name a speaker: the same one (positive) or different ones (negative). */
    SPEAKER;

    /** The name in JSON and exports: {@code number-mismatch} for {@link #NUMBER_MISMATCH}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
