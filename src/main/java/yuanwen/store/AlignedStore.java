package yuanwen.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import yuanwen.read.BadInputException;

/**
 * The {@code aligned/} folder: one JSON file per alignment. Writes are atomic and keep the previous
 * file as {@code NAME.json.bak}; a file that no longer parses (edited by hand) is reported with its
 * line and column and never overwritten in silence.
 */
public final class AlignedStore {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");

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

    public AlignedDocument load(String name) {
        Path file = fileOf(name);
        if (!Files.exists(file)) {
            throw new BadInputException(file, "no such alignment (run align --name " + name + " first)");
        }
        AlignedDocument document;
        try {
            document = Json.MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), AlignedDocument.class);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
            throw new BadInputException(file + ":" + where + "not a valid alignment file ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); fix it or move it away");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read: " + e.getMessage());
        }
        if (document.schemaVersion() != AlignedDocument.SCHEMA_VERSION) {
            throw new BadInputException(file, "has schema version " + document.schemaVersion()
                    + "; this Yuanwen reads version " + AlignedDocument.SCHEMA_VERSION);
        }
        return document;
    }

    /** Writes the alignment, keeping the previous file as a backup. */
    public Path save(AlignedDocument document) {
        Path file = fileOf(document.name());
        byte[] bytes = (Json.write(document) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.writeKeepingBackup(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be written: " + e.getMessage());
        }
        return file;
    }
}
