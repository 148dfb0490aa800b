package yuanwen.glossary;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import yuanwen.text.TextDecoder;

/**
 * The exchange formats of other tools: OmegaT TSV, CSV and TBX (v3 written, v2 and v3 read). See
 * {@link TsvTermbase}, {@link CsvTermbase} and {@link TbxTermbase} for what each keeps.
 */
public enum TermbaseFormat {
    TSV, CSV, TBX;

    /** The format a name gives ({@code tsv}, {@code csv}, {@code tbx}); a usage error otherwise. */
    public static TermbaseFormat parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "tsv", "txt", "tab", "utf8", "omegat" -> TSV;
            case "csv" -> CSV;
            case "tbx", "xml" -> TBX;
            default -> throw new IllegalArgumentException("unknown format '" + name + "'; known: tsv, csv, tbx");
        };
    }

    /** The format a file name's extension suggests, or TSV (OmegaT's glossaries are .txt). */
    public static TermbaseFormat of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        try {
            return dot < 0 ? TSV : parse(name.substring(dot + 1));
        } catch (IllegalArgumentException unknown) {
            return TSV;
        }
    }

    /** The format {@code name} gives, or the one {@code file}'s extension suggests when there is no name. */
    public static TermbaseFormat of(Path file, String name) {
        return name == null ? of(file) : parse(name);
    }

    /** The largest termbase imported: 64 MB, as for articles and sources (about 500,000 TSV rows). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The entries of a termbase file, not yet checked against a glossary. */
    public List<GlossaryEntry> read(Path file) {
        TextDecoder.requireReadableFile(file);
        try {
            // A regular file's size is known before it is read; a pipe's is not (it is read whole).
            if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) > MAX_BYTES) {
                throw new yuanwen.text.BadInputException(file, "is " + java.nio.file.Files.size(file) / (1024 * 1024)
                        + " MB; termbases of at most " + MAX_BYTES / (1024 * 1024) + " MB are imported (split it)");
            }
        } catch (java.io.IOException e) {
            throw yuanwen.text.AtomicFiles.cannotRead(file, e);
        }
        String text = TextDecoder.read(file).text();
        return switch (this) {
            case TSV -> TsvTermbase.read(file, text);
            case CSV -> CsvTermbase.read(file, text);
            case TBX -> TbxTermbase.read(file, text);
        };
    }

    /** The glossary in this format. */
    public String write(Glossary glossary) {
        return switch (this) {
            case TSV -> TsvTermbase.write(glossary);
            case CSV -> CsvTermbase.write(glossary);
            case TBX -> TbxTermbase.write(glossary);
        };
    }
}
