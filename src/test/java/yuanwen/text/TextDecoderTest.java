package yuanwen.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yuanwen.Fixtures;
import yuanwen.SharedData;

class TextDecoderTest {

    @TempDir
    Path dir;

    private static String seed(int n) throws IOException {
        return Files.readString(SharedData.seed(n));
    }

    /** The part of a text an encoding can represent (Big5 lacks emoji and some punctuation). */
    private static String encodable(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            if (encoder.canEncode(c)) {
                kept.append(c);
            }
        });
        return kept.toString();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void readsUtf8WithAndWithoutBom() throws IOException {
        String text = seed(3);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        DecodedText plain = TextDecoder.read(write("plain.txt", utf8));
        DecodedText bom = TextDecoder.read(write("bom.txt", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)));

        assertThat(plain.text()).isEqualTo(text);
        assertThat(plain.encoding().label()).isEqualTo("UTF-8");
        assertThat(bom.text()).isEqualTo(text);
        assertThat(bom.encoding().label()).isEqualTo("UTF-8 with BOM");
    }

    @Test
    void readsUtf16WithBomAndWithout() throws IOException {
        String text = seed(0);
        DecodedText le = TextDecoder.read(write("le.txt", concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE))));
        DecodedText be = TextDecoder.read(write("be.txt", text.getBytes(StandardCharsets.UTF_16))); // BE + BOM
        DecodedText bare = TextDecoder.read(write("bare.txt", text.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(le.text()).isEqualTo(text);
        assertThat(be.text()).isEqualTo(text);
        assertThat(be.encoding().label()).isEqualTo("UTF-16BE with BOM");
        assertThat(bare.text()).isEqualTo(text);
        assertThat(bare.encoding().label()).isEqualTo("UTF-16LE");
    }

    @Test
    void readsGb18030SimplifiedArticles() throws IOException {
        String text = seed(3);
        DecodedText decoded = TextDecoder.read(write("gbk.txt", text.getBytes(Charset.forName("GB18030"))));

        assertThat(decoded.encoding().label()).isEqualTo("GB18030");
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void readsBig5TraditionalArticles() throws IOException {
        Charset big5 = Charset.forName("Big5");
        String text = encodable(seed(2), big5);
        DecodedText decoded = TextDecoder.read(write("big5.txt", text.getBytes(big5)));

        assertThat(decoded.encoding().label()).isEqualTo("Big5");
        assertThat(decoded.text()).isEqualTo(text);
    }

    /** The same on the invented articles (short texts, which give the encoding guesser less to go on). */
    @Test
    void readsTheFixtureArticlesInEachEncoding() throws IOException {
        String simplified = Fixtures.text(Fixtures.interviewArticle());
        Charset big5 = Charset.forName("Big5");
        String traditional = encodable(Fixtures.text(Fixtures.taiwanArticle()), big5);

        DecodedText bom = TextDecoder.read(write("bom.txt", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                simplified.getBytes(StandardCharsets.UTF_8))));
        DecodedText bare16 = TextDecoder.read(write("bare.txt", simplified.getBytes(StandardCharsets.UTF_16LE)));
        DecodedText gb = TextDecoder.read(write("gbk.txt", simplified.getBytes(Charset.forName("GB18030"))));
        DecodedText big5Text = TextDecoder.read(write("big5.txt", traditional.getBytes(big5)));

        assertThat(bom.encoding().label()).isEqualTo("UTF-8 with BOM");
        assertThat(bom.text()).isEqualTo(simplified);
        assertThat(bare16.encoding().label()).isEqualTo("UTF-16LE");
        assertThat(bare16.text()).isEqualTo(simplified);
        assertThat(gb.encoding().label()).isEqualTo("GB18030");
        assertThat(gb.text()).isEqualTo(simplified);
        assertThat(big5Text.encoding().label()).isEqualTo("Big5");
        assertThat(big5Text.text()).isEqualTo(traditional);
    }

    @Test
    void refusesBinaryFilesAndNamesThem() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = write("cover.png", png);

        assertThatThrownBy(() -> TextDecoder.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": is a binary file, not text");
    }

    @Test
    void refusesBytesNoEncodingAccepts() throws IOException {
        byte[] bytes = concat("正常的开头".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xFF, (byte) 0xFF, 'x'});
        Path file = write("broken.txt", bytes);

        assertThatThrownBy(() -> TextDecoder.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": undecodable bytes at offset 15");
    }

    @Test
    void namesMissingFilesAndFolders() {
        Path missing = dir.resolve("nope.md");
        assertThatThrownBy(() -> TextDecoder.read(missing)).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> TextDecoder.read(dir)).hasMessage(dir + ": is a folder, expected a file");
    }

    @Test
    void anEmptyFileIsEmptyText() throws IOException {
        assertThat(TextDecoder.read(write("empty.txt", new byte[0])).text()).isEmpty();
    }
}
