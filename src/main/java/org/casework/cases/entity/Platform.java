package org.casework.cases.entity;

/** The social-media platform the conduct happened on. */
public enum Platform {
    FACEBOOK("Facebook"), X_TWITTER("X / Twitter"), INSTAGRAM("Instagram"), TIKTOK("TikTok"), WHATSAPP("WhatsApp"),
    LINKEDIN("LinkedIn"), YOUTUBE("YouTube"), SNAPCHAT("Snapchat"), BLOG("Blog"), DATING_APP("Dating app"),
    OTHER("Other");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
