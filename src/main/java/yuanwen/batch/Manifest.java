package yuanwen.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import yuanwen.store.AlignedStore;
import yuanwen.text.BadInputException;
import yuanwen.text.TextDecoder;

/**
 * The list of pairs a batch aligns: a TSV or CSV file whose header names the columns {@code zh},
 * {@code en} and {@code name}, and optionally {@code video} (a URL stored with the English source)
 * and {@code pre-split} ({@code yes}/{@code no}: each line of both files is one sentence; empty
 * takes the command's {@code --pre-split}). Columns may come in any order; {@code #} lines and
 * blank lines are skipped. Paths are relative to the manifest's folder (absolute paths and URLs
 * such as {@code hdfs://…} stay as they are), resolved as text so that the batch command and the
 * Spark job record the very same path for a pair. A manifest that is wrong as a whole (a missing
 * column, a duplicate or invalid name) is refused with its line; a pair whose files are wrong
 * fails on its own when it runs.
 *
 * @param source  the manifest's path as given
 * @param entries the pairs, in the manifest's order
 */
public record Manifest(String source, List<Entry> entries) {

    /**
     * One pair of the manifest.
     *
     * @param line     the manifest line it is on (1-based)
     * @param name     the alignment's name: {@code aligned/NAME.json}
     * @param zh       the Chinese file, resolved against the manifest's folder
     * @param en       the English file, the same
     * @param video    the video URL, or null
     * @param preSplit each line of both files is one sentence
     *                 (serializable: the Spark job sends entries to its tasks)
     */
    public record Entry(int line, String name, String zh, String en, String video, boolean preSplit)
            implements java.io.Serializable {
    }

    static final List<String> COLUMNS = List.of("zh", "en", "name", "video", "pre-split");
    private static final List<String> REQUIRED = List.of("zh", "en", "name");
    /** A URL scheme ({@code hdfs:}, {@code s3a:}, {@code file:}); two letters at least, so that C: is no scheme. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    public Manifest {
        entries = List.copyOf(entries);
    }

    /** Reads a manifest file (any encoding {@link TextDecoder} reads). */
    public static Manifest read(Path file, boolean preSplitDefault) {
        TextDecoder.requireReadableFile(file);
        return parse(TextDecoder.read(file).text(), file.toString(), preSplitDefault);
    }

    /**
     * @param text            the manifest's content
     * @param source          its path as given (what errors name, and what paths resolve against)
     * @param preSplitDefault what an empty or absent {@code pre-split} means
     */
    public static Manifest parse(String text, String source, boolean preSplitDefault) {
        Path where = Path.of(source);
        boolean tabs = source.toLowerCase(Locale.ROOT).endsWith(".tsv")
                || (!source.toLowerCase(Locale.ROOT).endsWith(".csv") && firstLine(text).contains("\t"));
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(tabs ? '\t' : ',')
                .withAllowComments(true);
        if (tabs) {
            // TSV has no quoting: a " is part of a path or a title.
            schema = schema.withoutQuoteChar();
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
                .enable(CsvReadFeature.SKIP_EMPTY_LINES).enable(CsvReadFeature.TRIM_SPACES).build();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> header = null;
        Map<String, Integer> names = new HashMap<>();
        String folder = folderOf(source);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            while (rows.hasNextValue()) {
                int line = rows.currentLocation().getLineNr();
                String[] row = rows.nextValue();
                if (row.length == 0 || (row.length == 1 && row[0].isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = header(where, line, row);
                    continue;
                }
                String name = cell(row, header, "name");
                String zh = cell(row, header, "zh");
                String en = cell(row, header, "en");
                for (String column : REQUIRED) {
                    if (cell(row, header, column).isEmpty()) {
                        throw new BadInputException(where, line, "no " + column + " (each pair needs zh, en and name)");
                    }
                }
                try {
                    AlignedStore.checkName(name);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(where, line, e.getMessage());
                }
                Integer before = names.putIfAbsent(name, line);
                if (before != null) {
                    throw new BadInputException(where, line, "the name " + name + " is on line " + before
                            + " too (each pair needs its own aligned/NAME.json)");
                }
                String video = cell(row, header, "video");
                entries.add(new Entry(line, name, resolve(folder, zh), resolve(folder, en),
                        video.isEmpty() ? null : video, preSplit(where, line, cell(row, header, "pre-split"),
                        preSplitDefault)));
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BadInputException(where, line, "not a valid " + (tabs ? "TSV" : "CSV") + " manifest ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        if (header == null) {
            throw new BadInputException(where, "is empty: a manifest has a header (zh, en, name) and one pair a line");
        }
        return new Manifest(source, entries);
    }

    /** A manifest path resolved as text: {@code folder/path}, unless the path is absolute or a URL. */
    static String resolve(String folder, String path) {
        if (folder == null || path.startsWith("/") || SCHEME.matcher(path).find()) {
            return path;
        }
        return folder + "/" + path;
    }

    /** The folder part of a path as given ({@code bench} of {@code bench/list.tsv}), or null for none. */
    static String folderOf(String source) {
        int slash = source.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        return slash == 0 ? "" : source.substring(0, slash);
    }

    private static Map<String, Integer> header(Path where, int line, String[] row) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int k = 0; k < row.length; k++) {
            String column = row[k].strip().replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!COLUMNS.contains(column)) {
                throw new BadInputException(where, line, "unknown column '" + row[k].strip() + "' in the header (the"
                        + " columns are zh, en, name and optionally video and pre-split)");
            }
            if (header.put(column, k) != null) {
                throw new BadInputException(where, line, "the column " + column + " is named twice in the header");
            }
        }
        for (String column : REQUIRED) {
            if (!header.containsKey(column)) {
                throw new BadInputException(where, line, "the header has no " + column + " column (a manifest's first"
                        + " line names its columns: zh, en, name and optionally video and pre-split)");
            }
        }
        return header;
    }

    private static String cell(String[] row, Map<String, Integer> header, String column) {
        Integer k = header.get(column);
        return k == null || k >= row.length || row[k] == null ? "" : row[k].strip();
    }

    private static boolean preSplit(Path where, int line, String value, boolean fallback) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> fallback;
            case "yes", "true", "1" -> true;
            case "no", "false", "0" -> false;
            default -> throw new BadInputException(where, line, "pre-split is yes or no, not '" + value + "'");
        };
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
