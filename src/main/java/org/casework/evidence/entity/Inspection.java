package org.casework.evidence.entity;

import java.awt.image.BufferedImage;

/** What inspecting an evidence file found: its kind and, for images, the decoded picture to derive copies from. */
public record Inspection(EvidenceType type, BufferedImage image) {
}
