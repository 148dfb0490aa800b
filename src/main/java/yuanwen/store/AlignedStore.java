package yuanwen.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import yuanwen.store.AlignmentFile.Link;
import yuanwen.store.AlignmentFile.Side;
import yuanwen.store.AlignmentFile.Status;
import yuanwen.store.AlignmentFile.StoredSentence;
import yuanwen.text.AtomicFiles;
import yuanwen.text.BadInputException;
import yuanwen.text.Json;

/**
 * The {@code aligned/} folder: one JSON file per alignment ({@link AlignmentFile}, schema 2; schema 1
 * files are read too). Writes are atomic and keep the previous file as {@code NAME.json.bak}; a file
 * that no longer parses or no longer holds together (edited by hand) is reported with its line and
 * column or its first problem, and never overwritten in silence.
 */
public final class AlignedStore {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");

    /** 255 bytes of a file name, less {@code .json.bak}. */
    private static final int MAX_NAME_BYTES = yuanwen.text.AtomicFiles.MAX_NAME_BYTES - ".json.bak".length();

    private final Path folder;

    public AlignedStore(Path folder) {
        this.folder = folder;
    }

    /** The store in {@code aligned/} under the working directory. */
    public static AlignedStore inWorkingDirectory() {
        return new AlignedStore(Path.of("aligned"));
    }

    public Path folder() {
        return folder;
    }

    /** Checks that a name makes a plain file name (letters, digits, dot, dash, underscore). */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("alignment name '" + name
                    + "' must be letters, digits, '.', '-' or '_' (at most 100), starting with a letter or digit");
        }
        // Checked in bytes, as file systems count: 80 Chinese characters are 240 bytes, and
        // NAME.json.bak must fit in 255.
        int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("alignment name '" + name + "' is " + bytes + " bytes in UTF-8; at most "
                    + MAX_NAME_BYTES + " fit in a file name with .json.bak (a Chinese character takes 3)");
        }
        return name;
    }

    public Path fileOf(String name) {
        return folder.resolve(checkName(name) + ".json");
    }

    public boolean exists(String name) {
        return Files.exists(fileOf(name));
    }

    /** Names of the stored alignments, sorted. */
    public List<String> names() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(folder, "cannot be listed: " + e.getMessage());
        }
    }

    /**
     * The stored alignment of this name, its name set to it (whatever the file says: a copy is its
     * own alignment). A schema 1 file is converted ({@link SchemaV1}); its sources are looked for at
     * their recorded paths.
     */
    public AlignmentFile load(String name) {
        Path file = fileOf(name);
        if (!Files.exists(file)) {
            throw new BadInputException(file, "no such alignment (run align --name " + name + " first)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read: " + e.getMessage());
        }
        try {
            Integer version = schemaVersion(text);
            if (version == null) {
                throw new BadInputException(file, "has no schemaVersion; it is not an alignment file (fix it or move it away)");
            }
            AlignmentFile document = switch (version) {
                case AlignmentFile.SCHEMA_VERSION -> Json.MAPPER.readValue(text, AlignmentFile.class);
                case SchemaV1.VERSION -> SchemaV1.convert(file, Json.MAPPER.readValue(text, SchemaV1.Document.class),
                        SchemaV1.RECORDED_FILES);
                default -> throw new BadInputException(file, "has schema version " + version
                        + "; this Yuanwen reads versions " + SchemaV1.VERSION + " and " + AlignmentFile.SCHEMA_VERSION);
            };
            check(file, document);
            return document.withName(name);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
            throw new BadInputException(file + ":" + where + "not a valid alignment file ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); fix it or move it away");
        }
    }

    /**
     * The top-level {@code schemaVersion}, read without building the document (it comes first in
     * the files Yuanwen writes), or null when there is none.
     */
    private static Integer schemaVersion(String text) {
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                if (property.equals("schemaVersion")) {
                    return value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    /**
     * Writes the alignment as {@code aligned/NAME.json}, keeping the previous file as a backup. The
     * name given is where it goes, whatever name the document had: review writes to the file it read.
     */
    public Path save(String name, AlignmentFile document) {
        Path file = fileOf(name);
        byte[] bytes = (Json.write(document.withName(name)) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.writeKeepingBackup(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be written: " + e.getMessage());
        }
        return file;
    }

    /** What a hand edit can break and the commands rely on: one line naming the first problem. */
    private static void check(Path file, AlignmentFile document) {
        String problem = problem(document);
        if (problem != null) {
            throw new BadInputException(file, problem + "; fix it or move it away");
        }
    }

    private static String problem(AlignmentFile document) {
        for (boolean chinese : new boolean[] {true, false}) {
            Side side = chinese ? document.zh() : document.en();
            String key = chinese ? "\"zh\"" : "\"en\"";
            if (side == null || side.sentences() == null) {
                return "has no " + key + " with its \"sentences\"";
            }
            for (int id = 0; id < side.sentences().size(); id++) {
                StoredSentence s = side.sentences().get(id);
                if (s == null || s.text() == null || pair(s.lines()) == null || pair(s.offsets()) == null
                        || (s.time() != null && pair(s.time()) == null)) {
                    return key + " sentence " + id + " needs \"text\", \"lines\" [first, last] and \"offsets\" [start, end]"
                            + " (and \"time\" [start, end] or nothing)";
                }
            }
        }
        if (document.links() == null) {
            return "has no \"links\"";
        }
        Set<String> ids = new HashSet<>();
        BitSet zhTaken = new BitSet();
        BitSet enTaken = new BitSet();
        for (Link link : document.links()) {
            if (link == null || link.id() == null || link.status() == null || link.evidence() == null) {
                return "has a link without \"id\", \"status\" or \"evidence\"";
            }
            if (!ids.add(link.id())) {
                return "has two links with the id " + link.id();
            }
            String zh = consecutive(link.zh(), document.zh().sentences().size());
            String en = consecutive(link.en(), document.en().sentences().size());
            if (zh != null || en != null) {
                return "link " + link.id() + ": " + (zh != null ? "\"zh\" " + zh : "\"en\" " + en);
            }
            if (link.status() != Status.REJECTED) {
                for (BitSet taken : List.of(zhTaken, enTaken)) {
                    List<Integer> side = taken == zhTaken ? link.zh() : link.en();
                    for (int id : side) {
                        if (taken.get(id)) {
                            return "link " + link.id() + ": sentence " + id + " of \"" + (taken == zhTaken ? "zh" : "en")
                                    + "\" is in another link too (reject one of them)";
                        }
                        taken.set(id);
                    }
                }
            }
        }
        return null;
    }

    /** Null when {@code ids} are 1 or more consecutive ids below {@code size}, else what is wrong. */
    private static String consecutive(List<Integer> ids, int size) {
        if (ids == null || ids.isEmpty()) {
            return "has no sentence ids";
        }
        for (int k = 0; k < ids.size(); k++) {
            Integer id = ids.get(k);
            if (id == null || id < 0 || id >= size) {
                return "names sentence " + id + ", but the side has " + size + " (ids count from 0)";
            }
            if (k > 0 && id != ids.get(k - 1) + 1) {
                return "must be consecutive sentence ids, not " + ids;
            }
        }
        return null;
    }

    private static <T> List<T> pair(List<T> values) {
        return values != null && values.size() == 2 && values.get(0) != null && values.get(1) != null ? values : null;
    }
}
