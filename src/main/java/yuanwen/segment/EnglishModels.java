package yuanwen.segment;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The pre-trained OpenNLP English sentence model, read from the classpath (the
 * opennlp-models-sentdetect-en jar) once per JVM and shared: the model is immutable and thread-safe,
 * only the {@code SentenceDetectorME} built on it is not.
 */
final class EnglishModels {

    // Resource name inside opennlp-models-sentdetect-en 1.3.0 (UD English-EWT model).
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private EnglishModels() {
    }

    static SentenceModel sentenceModel() {
        return SentenceHolder.MODEL;
    }

    // A holder class: the model loads on first use, thread-safely, without locking afterwards.
    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private interface ModelFactory<T> {
        T create(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelFactory<T> factory) {
        try (InputStream in = EnglishModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " not on the classpath");
            }
            return factory.create(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load OpenNLP model " + resource, e);
        }
    }
}
