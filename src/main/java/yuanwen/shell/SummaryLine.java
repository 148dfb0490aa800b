package yuanwen.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.shell.core.command.CommandContext;
import yuanwen.text.AtomicFiles;

/**
 * Where the line a command prints about the file it wrote ({@code a.md -> b.md (…)}, {@code wrote
 * …}, {@code exported …}) goes: standard output, unless the file written is standard output itself
 * ({@code --out /dev/stdout}, or {@code --out x > x}); then standard error, so the summary never
 * lands in (or overwrites) the output, as with {@code curl -o /dev/stdout}.
 */
final class SummaryLine {

    private SummaryLine() {
    }

    /** Ask before writing: a file replaced by the write is no longer the one standard output holds. */
    static PrintWriter beside(Path output, CommandContext context) {
        if (AtomicFiles.isStandardOutput(output)) {
            context.outputWriter().flush();
            return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                    StandardCharsets.UTF_8), true);
        }
        return context.outputWriter();
    }
}
