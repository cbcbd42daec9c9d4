package org.casework.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the Arquillian tests share with the server they start: its data folder and the SMTP server it mails to. */
final class ServerSide {

    private ServerSide() {
    }

    /** A real SMTP server in the test JVM, on the port the server is configured with (payara.cmdOptions). */
    static GreenMailExtension mailServer() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("casework.it.smtp.port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    }

    /** Evidence files in the server's data folder: the same machine, see casework.data.dir in pom.xml. */
    static long evidenceFiles() {
        Path folder = Path.of(System.getProperty("casework.buildDir"), "it-data", "evidence");
        if (!Files.exists(folder)) {
            return 0;
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
