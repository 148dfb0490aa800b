package yuanwen.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import yuanwen.glossary.GlossaryFile;
import yuanwen.store.AlignedStore;
import yuanwen.text.BadInputException;

/**
 * Where the user's own files live: {@code aligned/} (stored alignments), {@code glossary/glossary.json}
 * (the user's glossary, laid over the shipped one) and the shell's history. The workspace is the
 * folder given as {@code --workspace DIR}; else the current folder when it has {@code glossary/} or
 * {@code aligned/}; else {@code $YUANWEN_HOME}; else there is none, and commands that would write
 * there say how to make one ({@code yuanwen init}) instead of filling a random folder.
 */
final class Workspace {

    static final String ENVIRONMENT = "YUANWEN_HOME";
    static final String ALIGNED = "aligned";
    static final String GLOSSARY = "glossary";

    private static Workspace current;

    /** The folder, or null when there is no workspace. */
    private final Path root;
    /** How it was chosen, for messages: "--workspace", "current folder", "YUANWEN_HOME". */
    private final String chosenBy;
    /** The root is the current folder: paths are shown relative, as the user typed them. */
    private final boolean here;

    private Workspace(Path root, String chosenBy, boolean here) {
        this.root = root;
        this.chosenBy = chosenBy;
        this.here = here;
    }

    /** Chooses the workspace for this run; {@code option} is {@code --workspace}'s value or null. */
    static Workspace choose(String option, Path workingDirectory, String environment) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        if (option != null && !option.isBlank()) {
            return at(Path.of(option), "--workspace", cwd);
        }
        if (isWorkspace(cwd)) {
            return new Workspace(cwd, "current folder", true);
        }
        if (environment != null && !environment.isBlank()) {
            return at(Path.of(environment), ENVIRONMENT, cwd);
        }
        return new Workspace(null, null, false);
    }

    private static Workspace at(Path folder, String chosenBy, Path cwd) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(chosenBy + " " + folder + ": no such folder (yuanwen init "
                    + folder + " makes one)");
        }
        return new Workspace(root, chosenBy, root.equals(cwd));
    }

    static boolean isWorkspace(Path folder) {
        return Files.isDirectory(folder.resolve(GLOSSARY)) || Files.isDirectory(folder.resolve(ALIGNED));
    }

    /** The workspace of this process: chosen once, from --workspace (see {@link #use}), the folder, the environment. */
    static synchronized Workspace current() {
        if (current == null) {
            current = choose(null, Path.of(""), System.getenv(ENVIRONMENT));
        }
        return current;
    }

    static synchronized void use(Workspace workspace) {
        current = workspace;
    }

    boolean exists() {
        return root != null;
    }

    Path root() {
        return root;
    }

    /** "current folder", "--workspace" or "YUANWEN_HOME"; null when there is none. */
    String chosenBy() {
        return chosenBy;
    }

    /** Paths of the workspace as the user sees them: relative when it is the current folder. */
    private Path resolve(String first, String... more) {
        Path relative = Path.of(first, more);
        return here ? relative : root.resolve(relative);
    }

    /** The stored alignments, for reading: none are there when there is no workspace. */
    AlignedStore store() {
        return root == null ? new AlignedStore(Path.of(ALIGNED)) : new AlignedStore(resolve(ALIGNED));
    }

    /** The stored alignments, for writing: only in a workspace. */
    AlignedStore storeForWriting(String command) {
        requireExists(command);
        return store();
    }

    /** The user's glossary file (it may not exist yet); null when there is no workspace. */
    Path userGlossary() {
        return root == null ? null : resolve(GLOSSARY, GlossaryFile.DEFAULT.getFileName().toString());
    }

    /** The user's glossary file, for writing: only in a workspace. */
    Path userGlossaryForWriting(String command) {
        requireExists(command);
        return userGlossary();
    }

    /** The shell's history: in the workspace, else in the user's home folder, never in a random folder. */
    Path history() {
        if (root != null) {
            return root.resolve(".yuanwen_history");
        }
        return Path.of(System.getProperty("user.home"), ".yuanwen_history");
    }

    /** One line saying which workspace is used, when it is not the current folder. */
    String describe() {
        if (root == null) {
            return "no workspace (this folder has no aligned/ or glossary/; yuanwen init makes one)";
        }
        return "workspace " + root + " (" + chosenBy + ")";
    }

    private void requireExists(String command) {
        if (root == null) {
            throw new NoWorkspaceException("'" + command + "' writes to a workspace, and there is none here: "
                    + "run 'yuanwen init' to make this folder one, or give --workspace DIR (or set "
                    + ENVIRONMENT + ")");
        }
    }

    /** Makes {@code folder} a workspace: {@code aligned/} and {@code glossary/}, keeping what is there. */
    static Path init(Path folder) {
        try {
            Files.createDirectories(folder.resolve(ALIGNED));
            Files.createDirectories(folder.resolve(GLOSSARY));
        } catch (IOException e) {
            throw new BadInputException(folder, "cannot be made a workspace: " + e.getMessage());
        }
        return folder;
    }

    /** A command that writes to the workspace ran where there is none: a command-line problem (status 2). */
    static final class NoWorkspaceException extends IllegalArgumentException {
        NoWorkspaceException(String message) {
            super(message);
        }
    }
}
