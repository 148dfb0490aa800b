package yuanwen.text;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Tells a failure to write (a full disk, a closed pipe) from a failure of whatever produces the
 * bytes (its input could not be read): an output stream wrapped by {@link #marking} throws
 * {@link Failed} for its own failures, so the message can blame the output and not the input.
 */
public final class WriteFailure {

    /** An I/O failure of the output itself; {@link #getCause()} is the system's exception. */
    public static final class Failed extends IOException {

        public Failed(IOException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private WriteFailure() {
    }

    /** {@code out}, whose write and flush failures are {@link Failed}. */
    public static OutputStream marking(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new Failed(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new Failed(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new Failed(e);
                }
            }
        };
    }
}
