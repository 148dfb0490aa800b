package yuanwen.text;

import java.nio.file.Path;

/**
 * Input the user can fix: a missing file, undecodable bytes, a broken timestamp. The message is one
 * line that names the file (and line, where there is one) and the problem; the shell prints it as is,
 * never a stack trace.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public BadInputException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
