package yuanwen.segment;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * English word tokens (OpenNLP's learnable tokenizer, UD English-EWT model), for matching English
 * sentences against translations. The model splits off punctuation and symbols but keeps contractions
 * and possessives whole: {@code "Azure's $66 billion, right?"} gives
 * {@code Azure's, $, 66, billion, ",", right, ?}.
 *
 * <p>Thread safety: {@link TokenizerME} keeps per-call state, so the methods are synchronised on the
 * instance. Sharing one instance is safe but serialises callers; give each worker thread its own
 * instance for parallel work (the model itself is loaded once and shared).
 */
public final class EnglishTokenizer {

    private final TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizerModel());

    public synchronized List<String> tokenize(String text) {
        return List.of(tokenizer.tokenize(text));
    }

    /** Token positions in {@code text}, for mapping matches back to characters. */
    public synchronized Span[] tokenSpans(String text) {
        return tokenizer.tokenizePos(text);
    }
}
