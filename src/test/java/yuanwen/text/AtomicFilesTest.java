package yuanwen.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        AtomicFiles.write(link, text("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aDeviceIsWrittenToNotReplaced() throws Exception {
        AtomicFiles.write(Path.of("/dev/null"), text("discarded"));

        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
    }

    @Test
    void aFullDiskIsTheTargetsProblemInWords() {
        assertThatThrownBy(() -> AtomicFiles.write(Path.of("/dev/full"), text("x")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("/dev/full: cannot be written: No space left on device");
    }

    @Test
    void aFolderIsRefusedAsTarget() {
        assertThatThrownBy(() -> AtomicFiles.write(dir, text("x")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is a folder");
    }

    @Test
    void aNameTooLongInBytesIsRefusedBeforeWriting() {
        Path target = dir.resolve("软".repeat(90) + ".json"); // 90 characters, 275 bytes

        assertThatThrownBy(() -> AtomicFiles.write(target, text("x")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("275 bytes");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLongNameStillGetsAShortEnoughTemporaryFile() throws Exception {
        Path target = dir.resolve("软".repeat(80) + ".json"); // 245 bytes: the temporary name is shortened

        AtomicFiles.write(target, text("x"));

        assertThat(Files.readString(target)).isEqualTo("x");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void temporaryFilesOfDeadWritersAreRemovedByTheNextWrite() throws Exception {
        Path dead = Files.writeString(dir.resolve(".out.txt.999999999.123.tmp"), "half");
        String live = ".out.txt." + ProcessHandle.current().pid() + ".456.tmp";
        Path alive = Files.writeString(dir.resolve(live), "being written");
        Path other = Files.writeString(dir.resolve(".other.txt.999999999.1.tmp"), "not ours");

        AtomicFiles.write(dir.resolve("out.txt"), text("whole"));

        assertThat(dead).doesNotExist();
        assertThat(alive).exists();
        assertThat(other).exists();
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("whole");
    }

    @Test
    void aFailedProducerLeavesThePreviousFileAndNoTemporary() throws Exception {
        Path target = Files.writeString(dir.resolve("keep.txt"), "previous");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new java.io.IOException("input vanished");
        })).hasMessage("input vanished");

        assertThat(Files.readString(target)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileIsNotPrivateButItsTemporaryWas() throws Exception {
        Path target = dir.resolve("new.txt");
        AtomicFiles.write(target, out -> {
            try (var files = Files.list(dir)) {
                Path temp = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).findFirst().orElseThrow();
                assertThat(Files.getPosixFilePermissions(temp)).containsOnly(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE);
            }
            out.write('x');
        });

        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OTHERS_READ);
    }
}
