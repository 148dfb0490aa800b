package yuanwen.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import yuanwen.glossary.GlossaryFile;

/**
 * What {@code --glossary} means for commands that use the glossary rather than edit it: a file,
 * {@code none}, or (when absent) {@code glossary/glossary.json} of the current folder if it is there, else
 * that of the installation ({@code bin/yuanwen} sets {@code yuanwen.home}).
 */
final class GlossaryOption {

    private GlossaryOption() {
    }

    /** The glossary file to use, or null for none. */
    static Path resolve(String option) {
        if ("none".equals(option)) {
            return null;
        }
        if (option == null) {
            if (Files.exists(GlossaryFile.DEFAULT)) {
                return GlossaryFile.DEFAULT;
            }
            // Run through bin/yuanwen from another folder: the installation's shipped glossary.
            String home = System.getProperty("yuanwen.home");
            Path shipped = home == null ? null : Path.of(home).resolve(GlossaryFile.DEFAULT);
            return shipped != null && Files.exists(shipped) ? shipped : null;
        }
        return Path.of(option);
    }
}
