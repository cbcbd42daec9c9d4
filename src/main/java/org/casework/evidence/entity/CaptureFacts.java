package org.casework.evidence.entity;

import java.time.Instant;

/** What a file's own metadata says about where, when and with what it was taken. Any part may be unknown (null). */
public record CaptureFacts(Double latitude, Double longitude, String device, Instant capturedAt) {

    public static final CaptureFacts NONE = new CaptureFacts(null, null, null, null);

    public boolean geoTagged() {
        return latitude != null && longitude != null;
    }
}
