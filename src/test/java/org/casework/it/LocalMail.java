package org.casework.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;

/** A real SMTP server (GreenMail) for a server process a test starts itself, on a free port of 127.0.0.1. */
public final class LocalMail {

    private LocalMail() {
    }

    /** Started; {@code mail.getSmtp().getPort()} is the port to give the application. */
    public static GreenMail start() throws IOException {
        GreenMail mail = new GreenMail(new ServerSetup(PayaraProcess.freePort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }
}
