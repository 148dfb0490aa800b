package yuanwen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import yuanwen.Fixtures;

class VideoReferenceTest {

    @Test
    void findsTheVideoOfAHugoShortcode() throws Exception {
        String article = Files.readString(Fixtures.resource("/yuanwen/fixtures/robots.zh-TW.md"));
        String id = article.replaceAll("(?s).*\\{\\{<\\s*youtube\\s+([A-Za-z0-9_-]{11})\\s*>}}.*", "$1");
        assertThat(VideoReference.in(article)).contains("https://www.youtube.com/watch?v=" + id);
    }

    @Test
    void findsTheFirstYoutubeAddressInTheText() {
        String article = "本文整理自一期访谈。原始内容参考：https://www.youtube.com/watch?v=Ab3dE_gh-1J&list=x 另见 https://youtu.be/Zz9yY8xX7wQ";
        assertThat(VideoReference.in(article)).contains("https://www.youtube.com/watch?v=Ab3dE_gh-1J");
        assertThat(VideoReference.in("原文链接: https://www.example.com/watch?v=Ab3dE_gh-1J")).isEmpty();
        assertThat(VideoReference.in("https://youtu.be/Zz9yY8xX7wQ?t=30")).contains("https://www.youtube.com/watch?v=Zz9yY8xX7wQ");
    }

    @Test
    void linksIntoTheVideoAtTheSecondASentenceStarts() {
        assertThat(VideoReference.at("https://www.youtube.com/watch?v=Ab3dE_gh-1J", 61.48))
                .isEqualTo("https://www.youtube.com/watch?v=Ab3dE_gh-1J&t=61");
        assertThat(VideoReference.at("https://youtu.be/Ab3dE_gh-1J", 0.2)).endsWith("v=Ab3dE_gh-1J&t=0");
        assertThat(VideoReference.at("https://media.example.org/talk.mp4#old", 125.9))
                .isEqualTo("https://media.example.org/talk.mp4#t=125");
    }

    @Test
    void takesAGivenVideoAddressOnlyWhenItIsOne() {
        assertThat(VideoReference.checked(" https://www.youtube.com/embed/Ab3dE_gh-1J "))
                .isEqualTo("https://www.youtube.com/watch?v=Ab3dE_gh-1J");
        assertThat(VideoReference.checked("https://media.example.org/talk.mp4")).isEqualTo("https://media.example.org/talk.mp4");
        assertThatThrownBy(() -> VideoReference.checked("javascript:alert(1)")).hasMessageContaining("--video");
        assertThatThrownBy(() -> VideoReference.checked("talk.mp4")).hasMessageContaining("--video");
    }
}
