package yuanwen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsOneCharacterEdits() {
        assertThat(EditDistance.between("conver", "convert")).isEqualTo(1);
        assertThat(EditDistance.between("lst", "list")).isEqualTo(1);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("NTL", "NTL")).isZero();
    }
}
