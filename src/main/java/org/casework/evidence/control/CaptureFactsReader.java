package org.casework.evidence.control;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.casework.evidence.entity.CaptureFacts;

/** Reads GPS position, device and capture time from an image's EXIF. Unreadable metadata simply says nothing. */
public final class CaptureFactsReader {

    private CaptureFactsReader() {
    }

    public static CaptureFacts read(byte[] image) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
            GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation location = gps == null ? null : gps.getGeoLocation();
            boolean placed = location != null && !location.isZero();
            ExifIFD0Directory camera = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            Date taken = exif == null ? null : exif.getDateOriginal(TimeZone.getTimeZone("UTC"));
            return new CaptureFacts(placed ? location.getLatitude() : null, placed ? location.getLongitude() : null,
                    device(camera), taken == null ? null : Instant.ofEpochMilli(taken.getTime()));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return CaptureFacts.NONE;
        }
    }

    private static String device(ExifIFD0Directory camera) {
        if (camera == null) {
            return null;
        }
        String make = camera.getString(ExifIFD0Directory.TAG_MAKE);
        String model = camera.getString(ExifIFD0Directory.TAG_MODEL);
        String device = ((make == null ? "" : make.strip()) + " " + (model == null ? "" : model.strip())).strip();
        device = device.replaceAll("\\p{Cntrl}", "");
        return device.isEmpty() ? null : device.substring(0, Math.min(100, device.length()));
    }
}
