package yuanwen.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code src/main/resources/yuanwen/align/word-families.en.txt} from WordNet 3.1 (through
 * extJWNL, a test dependency: nothing of WordNet is loaded at run time): for each one-word lemma,
 * the one-word lemmas WordNet links to it as a derivationally related form or a pertainym
 * (environment → environmental, automate → automatic, decide → decisive), kept only when the two
 * words begin with the same {@link WordFamilies#MIN_ROOT} letters, so that a family stays a family of
 * spellings (WordNet also links environmental to ecology).
 *
 * <pre>mvn -o -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=yuanwen.align.WordFamiliesExport</pre>
 */
public final class WordFamiliesExport {

    static final Path OUT = Path.of("src/main/resources/yuanwen/align/word-families.en.txt");

    private WordFamiliesExport() {
    }

    public static void main(String[] args) throws JWNLException, IOException {
        Dictionary wordnet = Dictionary.getDefaultResourceInstance();
        Map<String, Set<String>> families = new TreeMap<>();
        for (POS pos : POS.getAllPOS()) {
            for (Iterator<Synset> synsets = wordnet.getSynsetIterator(pos); synsets.hasNext(); ) {
                for (Word word : synsets.next().getWords()) {
                    for (Pointer pointer : word.getPointers()) {
                        PointerType type = pointer.getType();
                        if ((type == PointerType.DERIVATION || type == PointerType.PERTAINYM)
                                && pointer.getTarget() instanceof Word target) {
                            add(families, word.getLemma(), target.getLemma());
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# English word families: a word, then the words of its family (derivationally related forms\n")
                .append("# and pertainyms) that Porter stems keep apart. Generated from WordNet 3.1 by\n")
                .append("# yuanwen.align.WordFamiliesExport; edit by hand or regenerate. A line may be added by anyone:\n")
                .append("# the aligner and quote mode treat the words of a line as one family.\n")
                .append("# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the\n")
                .append("# WordNet License (see NOTICE): THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON\n")
                .append("# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.\n");
        families.forEach((word, relatives) -> out.append(word).append(' ').append(String.join(" ", relatives)).append('\n'));
        Files.writeString(OUT, out, StandardCharsets.UTF_8);
        System.out.println(families.size() + " words with relatives written to " + OUT);
    }

    private static void add(Map<String, Set<String>> families, String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        if (x.equals(y) || !x.chars().allMatch(c -> c >= 'a' && c <= 'z') || !y.chars().allMatch(c -> c >= 'a' && c <= 'z')
                || x.length() < WordFamilies.MIN_ROOT || y.length() < WordFamilies.MIN_ROOT
                || !x.regionMatches(0, y, 0, WordFamilies.MIN_ROOT)) {
            return;
        }
        families.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
        families.computeIfAbsent(y, k -> new TreeSet<>()).add(x);
    }
}
