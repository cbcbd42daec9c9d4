package org.casework.cases.entity;

import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostUrlTest {

    @Test
    void dropsTrackingParametersAndLowerCasesTheHost() {
        PostUrl url = PostUrl.parse("https://WWW.Facebook.com/david.marsh.demo/posts/1001?fbclid=IwAR0x&utm_source=x"
                + "&story_fbid=42", "postLinks[0]");
        assertThat(url.value()).isEqualTo("https://www.facebook.com/david.marsh.demo/posts/1001?story_fbid=42");
        assertThat(url.platform()).contains(Platform.FACEBOOK);
    }

    @Test
    void theSamePostWrittenTwoWaysMatches() {
        PostUrl desktop = PostUrl.parse("https://www.facebook.com/david.marsh.demo/posts/1001/", "l");
        PostUrl mobile = PostUrl.parse("http://m.facebook.com/david.marsh.demo/posts/1001?mibextid=abc", "l");
        assertThat(mobile.matchHash()).isEqualTo(desktop.matchHash()).hasSize(64);
        assertThat(PostUrl.parse("https://www.facebook.com/david.marsh.demo/posts/1002", "l").matchHash())
                .isNotEqualTo(desktop.matchHash());
        assertThat(PostUrl.parse("https://twitter.com/connor/status/1?s=20", "l").matchHash())
                .isEqualTo(PostUrl.parse("https://x.com/connor/status/1", "l").matchHash());
    }

    @ParameterizedTest
    @CsvSource({"https://x.com/connor/status/1, X_TWITTER", "https://twitter.com/connor/status/1, X_TWITTER",
            "https://www.instagram.com/p/abc/, INSTAGRAM", "https://vm.tiktok.com/xyz, TIKTOK",
            "https://youtu.be/abc, YOUTUBE", "https://wa.me/6421555, WHATSAPP", "https://nz.linkedin.com/in/x, LINKEDIN",
            "https://story.snapchat.com/s/x, SNAPCHAT", "https://sue.blogspot.com/2020/01/a.html, BLOG"})
    void recognisesThePlatformFromTheHost(String link, Platform platform) {
        assertThat(PostUrl.parse(link, "l").platform()).contains(platform);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
            "ftp://example.org/x", "https://user:pw@example.org/", "https://exa mple.org/", "notaurl", "https://"})
    void refusesWhatIsNotAnHttpLink(String link) {
        assertThatThrownBy(() -> PostUrl.parse(link, "postLinks[1]"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("postLinks[1]"));
    }

    @Test
    void refusesOverlongLinks() {
        assertThatThrownBy(() -> PostUrl.parse("https://example.org/" + "a".repeat(PostUrl.MAX_LENGTH), "postLinks[0]"))
                .hasMessageContaining("at most 2048");
    }
}
