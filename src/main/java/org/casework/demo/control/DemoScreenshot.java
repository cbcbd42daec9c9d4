package org.casework.demo.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A stand-in for a screenshot of a social-media post: shapes only, no real person. */
public final class DemoScreenshot {

    private DemoScreenshot() {
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(240, 242, 245));
        g.fillRect(0, 0, 480, 360);
        g.setColor(new Color(24, 119, 242));
        g.fillRect(0, 0, 480, 40);
        g.setColor(Color.WHITE);
        g.fillRoundRect(20, 60, 440, 280, 12, 12);
        g.setColor(new Color(190, 120, 110));
        g.fillOval(150, 120, 180, 140);
        g.setColor(new Color(120, 40, 40));
        g.fillRect(200, 180, 80, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
