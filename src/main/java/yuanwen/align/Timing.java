package yuanwen.align;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Stage times of an alignment, logged at FINE for benchmarking (java.util.logging, off by default). */
final class Timing {

    private static final Logger LOG = Logger.getLogger("yuanwen.align");

    private Timing() {
    }

    static void log(String stage, long startNanos) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(String.format(java.util.Locale.ROOT, "%s: %.3f s", stage, (System.nanoTime() - startNanos) / 1e9));
        }
    }
}
