package org.casework.cases.entity;

/** The social-media platform the conduct happened on. */
public enum Platform {
    FACEBOOK("Facebook"), X_TWITTER("X / Twitter"), INSTAGRAM("Instagram"), TIKTOK("TikTok"), WHATSAPP("WhatsApp"),
    LINKEDIN("LinkedIn"), YOUTUBE("YouTube"), SNAPCHAT("Snapchat"), BLOG("Blog"), DATING_APP("Dating app"),
    OTHER("Other");

    private static final java.util.Map<String, Platform> HOSTS = java.util.Map.ofEntries(
            java.util.Map.entry("facebook.com", FACEBOOK), java.util.Map.entry("fb.com", FACEBOOK),
            java.util.Map.entry("fb.watch", FACEBOOK), java.util.Map.entry("messenger.com", FACEBOOK),
            java.util.Map.entry("x.com", X_TWITTER), java.util.Map.entry("twitter.com", X_TWITTER),
            java.util.Map.entry("t.co", X_TWITTER),
            java.util.Map.entry("instagram.com", INSTAGRAM), java.util.Map.entry("instagr.am", INSTAGRAM),
            java.util.Map.entry("tiktok.com", TIKTOK), java.util.Map.entry("vm.tiktok.com", TIKTOK),
            java.util.Map.entry("wa.me", WHATSAPP), java.util.Map.entry("whatsapp.com", WHATSAPP),
            java.util.Map.entry("chat.whatsapp.com", WHATSAPP),
            java.util.Map.entry("linkedin.com", LINKEDIN), java.util.Map.entry("lnkd.in", LINKEDIN),
            java.util.Map.entry("youtube.com", YOUTUBE), java.util.Map.entry("youtu.be", YOUTUBE),
            java.util.Map.entry("snapchat.com", SNAPCHAT),
            java.util.Map.entry("tinder.com", DATING_APP), java.util.Map.entry("bumble.com", DATING_APP),
            java.util.Map.entry("hinge.co", DATING_APP),
            java.util.Map.entry("blogspot.com", BLOG), java.util.Map.entry("wordpress.com", BLOG),
            java.util.Map.entry("medium.com", BLOG), java.util.Map.entry("substack.com", BLOG));

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    /** The platform of a host name or any of its subdomains (facebook.com, m.facebook.com, foo.blogspot.com). */
    public static java.util.Optional<Platform> fromHost(String host) {
        String candidate = host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        while (!candidate.isEmpty()) {
            Platform platform = HOSTS.get(candidate);
            if (platform != null) {
                return java.util.Optional.of(platform);
            }
            int dot = candidate.indexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(dot + 1);
        }
        return java.util.Optional.empty();
    }

    public String label() {
        return label;
    }
}
