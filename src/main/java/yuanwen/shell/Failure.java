package yuanwen.shell;

import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.ExitStatus;
import yuanwen.text.BadInputException;

/**
 * How a failed command is reported: one line for the user and the process exit status of a
 * one-shot run. 1: the input is wrong (a file, its bytes, its content); 2: the command line is
 * wrong (unknown command or option, missing value); 70: a fault of Yuanwen itself.
 */
final class Failure {

    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 70;
    /** Cancelled by Ctrl-C (128 + SIGINT, as shells report it). */
    static final int CANCELLED = 130;

    private Failure() {
    }

    static ExitStatus of(Throwable error) {
        Throwable cause = rootCause(error);
        if (cause instanceof ToolCommands.ScriptFailure failure) {
            return new ExitStatus(failure.status(), failure.getMessage());
        }
        if (cause instanceof java.util.concurrent.CancellationException || cause instanceof ThreadDeath) {
            return new ExitStatus(CANCELLED, "cancelled");
        }
        if (cause instanceof BadInputException) {
            return new ExitStatus(BAD_INPUT, cause.getMessage());
        }
        if (cause instanceof OutOfMemoryError) {
            // Large inputs are refused with a limit before they fill memory; a small heap can still run out.
            return new ExitStatus(BAD_INPUT, "out of memory: the input is too large for this Java heap "
                    + "(split it, or give Java more, e.g. java -Xmx2g -jar yuanwen.jar …)");
        }
        if (cause instanceof java.io.IOException io) {
            // The system refused a file (permissions, a read-only or full disk, a folder where a
            // file belongs): the user's environment, not a fault of Yuanwen.
            String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                    ? fs.getFile() + ": " : "";
            return new ExitStatus(BAD_INPUT, file + yuanwen.text.AtomicFiles.reason(io));
        }
        if (cause instanceof NumberFormatException number) {
            return new ExitStatus(USAGE, "not a number: " + number.getMessage().replace("For input string: ", "")
                    + " (an option that takes a number was given something else)");
        }
        if (cause instanceof IllegalArgumentException || cause instanceof ConversionException
                || cause instanceof NumberFormatException) {
            return new ExitStatus(USAGE, cause.getMessage());
        }
        return new ExitStatus(INTERNAL, "internal error: " + cause
                + " (please report it with the command that caused it)");
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof BadInputException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
