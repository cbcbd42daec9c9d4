package org.casework.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP relay in front of the test's SMTP server that can hold new connections for a while before passing them on,
 * as a mail server under load does. A job sending mail through it keeps its lock that long, so a node killed then
 * dies holding jobs, which is what the two-node drill needs to see taken over. A connection whose client dies while
 * held never reaches the mail server: nothing is sent on its behalf.
 */
final class SlowSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private volatile long holdMillis;

    private SlowSmtp(ServerSocket server, int target) {
        this.server = server;
        this.target = target;
    }

    static SlowSmtp start(int targetPort) throws IOException {
        SlowSmtp relay = new SlowSmtp(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
        Thread acceptor = new Thread(relay::accept, "slow-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        return relay;
    }

    int port() {
        return server.getLocalPort();
    }

    /** From now on, each new connection waits this long before it is passed on (0: at once). */
    void hold(long millis) {
        holdMillis = millis;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                long hold = holdMillis;
                daemon(() -> relay(client, hold));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client, long hold) {
        try (client) {
            Thread.sleep(hold);
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target)) {
                Thread back = daemon(() -> copy(upstream, client));
                copy(client, upstream);
                back.join();
            }
        } catch (IOException | InterruptedException e) {
            // either side went away: so does the relay
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException e) {
            // closed
        }
    }

    private static Thread daemon(Runnable work) {
        Thread t = new Thread(work);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
