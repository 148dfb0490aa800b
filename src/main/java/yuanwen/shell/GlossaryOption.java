package yuanwen.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import yuanwen.glossary.GlossaryFile;

/**
 * What {@code --glossary} means for commands that use the glossary rather than edit it: a file,
 * {@code none}, or (when absent) the shipped {@code glossary/glossary.json} if it is there.
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
            return Files.exists(GlossaryFile.DEFAULT) ? GlossaryFile.DEFAULT : null;
        }
        return Path.of(option);
    }
}
