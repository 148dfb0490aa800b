package yuanwen.segment;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The pre-trained OpenNLP English models, read from the classpath (the opennlp-models-*-en jars) once
 * per JVM and shared: models are immutable and thread-safe, only the ME classes built on them are not.
 */
final class EnglishModels {

    // Resource names inside opennlp-models-sentdetect-en / -tokenizer-en 1.3.0 (UD English-EWT models).
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private EnglishModels() {
    }

    static SentenceModel sentenceModel() {
        return SentenceHolder.MODEL;
    }

    static TokenizerModel tokenizerModel() {
        return TokenizerHolder.MODEL;
    }

    // Holder classes: each model loads on first use, thread-safely, without locking afterwards.
    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private static final class TokenizerHolder {
        static final TokenizerModel MODEL = load(TOKENIZER_MODEL, TokenizerModel::new);
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
