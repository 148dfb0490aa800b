package yuanwen.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit lock leaves nothing behind for a command that wrote nothing, and keeps one writer at a time. */
class EditLockTest {

    @TempDir
    Path dir;

    @Test
    void aLockReleasedWithoutAWriteRemovesTheFoldersItMadeForIt() throws Exception {
        Path alignment = dir.resolve("workspace/aligned/first.json");
        Files.createDirectories(dir.resolve("workspace"));

        try (EditLock lock = EditLock.acquire(alignment)) {
            assertThat(dir.resolve("workspace/aligned")).isDirectory();
        }

        assertThat(dir.resolve("workspace/aligned")).doesNotExist();
        assertThat(dir.resolve("workspace")).isEmptyDirectory();
    }

    @Test
    void aLockReleasedWithoutAWriteInAnExistingFolderLeavesItAsItWas() throws Exception {
        Path glossary = dir.resolve("glossary.json");

        try (EditLock lock = EditLock.acquire(glossary)) {
            assertThat(glossary).doesNotExist();
        }

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileWrittenUnderTheLockKeepsItsFolder() throws Exception {
        Path alignment = dir.resolve("aligned/first.json");

        try (EditLock lock = EditLock.acquire(alignment)) {
            AtomicFiles.write(alignment, out -> out.write('{'));
        }

        assertThat(alignment).hasContent("{");
        try (EditLock again = EditLock.acquire(alignment)) {
            assertThat(again).isNotNull();
        }
        assertThat(alignment).hasContent("{");
    }

    @Test
    void aFolderAnotherCommandPutAFileInIsKept() throws Exception {
        Path alignment = dir.resolve("aligned/first.json");

        try (EditLock lock = EditLock.acquire(alignment)) {
            Files.writeString(dir.resolve("aligned/second.json"), "{}");
        }

        assertThat(dir.resolve("aligned/second.json")).hasContent("{}");
        assertThat(alignment).doesNotExist();
    }

    @Test
    void aSecondLockOnTheSameFileFailsAtOnceAndTheFirstReleasesWithTheFolderItMade() {
        Path alignment = dir.resolve("aligned/first.json");
        try (EditLock first = EditLock.acquire(alignment)) {
            assertThatThrownBy(() -> EditLock.acquire(alignment))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(alignment + ": is being changed by another Yuanwen command right now; nothing was "
                            + "changed (run this again when that one has finished)");
            assertThat(dir.resolve("aligned")).as("the refused second lock takes nothing away").isDirectory();
        }
        assertThat(dir.resolve("aligned")).doesNotExist();
        try (EditLock again = EditLock.acquire(alignment)) {
            assertThat(dir.resolve("aligned")).isDirectory();
        }
    }

    @Test
    void aLockFileRemovedBetweenOpeningAndLockingItIsNotHeldBesideTheNewOne() {
        // The second command opens the first one's lock file; the first ends without writing (the
        // file is removed) and a third starts on a new lock file. The second must not lock the
        // removed file and go on beside the third.
        Path target = dir.resolve("aligned/first.json");
        EditLock[] first = {EditLock.acquire(target)};
        EditLock[] third = new EditLock[1];

        assertThatThrownBy(() -> EditLock.acquire(target, () -> {
            if (first[0] != null) {
                first[0].close();
                first[0] = null;
                third[0] = EditLock.acquire(target);
            }
        })).isInstanceOf(BadInputException.class).hasMessageContaining("is being changed by another Yuanwen command");

        assertThat(third[0]).isNotNull();
        third[0].close();
        assertThat(dir).isEmptyDirectory();
    }
}
