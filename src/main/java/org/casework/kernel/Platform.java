package org.casework.kernel;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The social-media platform the conduct happened on. */
public enum Platform {
    FACEBOOK("Facebook"), X_TWITTER("X / Twitter"), INSTAGRAM("Instagram"), TIKTOK("TikTok"), WHATSAPP("WhatsApp"),
    LINKEDIN("LinkedIn"), YOUTUBE("YouTube"), SNAPCHAT("Snapchat"), BLOG("Blog"), DATING_APP("Dating app"),
    OTHER("Other");

    private static final Map<String, Platform> HOSTS = Map.ofEntries(
            Map.entry("facebook.com", FACEBOOK), Map.entry("fb.com", FACEBOOK),
            Map.entry("fb.watch", FACEBOOK), Map.entry("messenger.com", FACEBOOK),
            Map.entry("x.com", X_TWITTER), Map.entry("twitter.com", X_TWITTER),
            Map.entry("t.co", X_TWITTER),
            Map.entry("instagram.com", INSTAGRAM), Map.entry("instagr.am", INSTAGRAM),
            Map.entry("tiktok.com", TIKTOK), Map.entry("vm.tiktok.com", TIKTOK),
            Map.entry("wa.me", WHATSAPP), Map.entry("whatsapp.com", WHATSAPP),
            Map.entry("chat.whatsapp.com", WHATSAPP),
            Map.entry("linkedin.com", LINKEDIN), Map.entry("lnkd.in", LINKEDIN),
            Map.entry("youtube.com", YOUTUBE), Map.entry("youtu.be", YOUTUBE),
            Map.entry("snapchat.com", SNAPCHAT),
            Map.entry("tinder.com", DATING_APP), Map.entry("bumble.com", DATING_APP),
            Map.entry("hinge.co", DATING_APP),
            Map.entry("blogspot.com", BLOG), Map.entry("wordpress.com", BLOG),
            Map.entry("medium.com", BLOG), Map.entry("substack.com", BLOG));

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    /** The platform of a host name or any of its subdomains (facebook.com, m.facebook.com, foo.blogspot.com). */
    public static Optional<Platform> fromHost(String host) {
        String candidate = host == null ? "" : host.toLowerCase(Locale.ROOT);
        while (!candidate.isEmpty()) {
            Platform platform = HOSTS.get(candidate);
            if (platform != null) {
                return Optional.of(platform);
            }
            int dot = candidate.indexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(dot + 1);
        }
        return Optional.empty();
    }

    public String label() {
        return label;
    }
}
