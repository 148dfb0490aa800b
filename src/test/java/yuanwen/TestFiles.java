package yuanwen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Files the process tests and benchmarks lay out: copied trees and invented termbases. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * Copies {@code from} (a folder and everything in it, or one file) to {@code to}, making the
     * folders on the way and replacing files already there.
     */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** An OmegaT TSV termbase of {@code rows} distinct invented terms: {@code term number 12	一二号术语}. */
    public static String inventedTermbase(int rows) {
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            tsv.append("term number ").append(i).append('\t').append(chineseDigits(i)).append("号术语\n");
        }
        return tsv.toString();
    }

    /** 307 as 三零七: a distinct Chinese form for every number. */
    private static String chineseDigits(int n) {
        String digits = "零一二三四五六七八九";
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }
}
