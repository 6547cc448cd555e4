package io.roadcase.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A test SMTP front for GreenMail: relays each command to GreenMail's plain SMTP port and its reply
 * back, and on the way adds what GreenMail lacks: STARTTLS (with the test certificate), a 550 for chosen
 * recipients, a 451 for the next few recipients, and connections dropped in the middle of a message.
 */
final class SmtpFront implements AutoCloseable {

    private final ServerSocket server;
    private final int backendPort;
    private final SSLContext tls;
    private final Set<String> rejected;
    private final AtomicInteger drops;
    private final Thread acceptor;
    final AtomicInteger dropped = new AtomicInteger();
    /** How many more RCPT commands get a 451 "try again later". */
    final AtomicInteger busy = new AtomicInteger();

    /**
     * @param tls      offers STARTTLS with this context, or null
     * @param rejected recipients answered with 550
     * @param drops    how many messages to cut off in the middle of their data
     */
    SmtpFront(int backendPort, SSLContext tls, Set<String> rejected, int drops) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.backendPort = backendPort;
        this.tls = tls;
        this.rejected = rejected;
        this.drops = new AtomicInteger(drops);
        this.acceptor = new Thread(this::accept, "smtp-front");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> relay(client), "smtp-front-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
            BufferedReader fromServer = reader(backend);
            OutputStream toServer = backend.getOutputStream();
            Socket c = client;
            BufferedReader fromClient = reader(c);
            OutputStream toClient = c.getOutputStream();
            write(toClient, reply(fromServer));
            boolean secure = false;
            while (true) {
                String line = fromClient.readLine();
                if (line == null) {
                    return;
                }
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.equals("STARTTLS") && tls != null && !secure) {
                    write(toClient, "220 2.0.0 Ready to start TLS\r\n");
                    SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(c, null, c.getPort(), false);
                    ssl.setUseClientMode(false);
                    ssl.startHandshake();
                    c = ssl;
                    fromClient = reader(c);
                    toClient = c.getOutputStream();
                    secure = true;
                    continue;
                }
                if (upper.startsWith("RCPT TO:") && busy.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    write(toClient, "451 4.7.1 Greylisted, try again later\r\n");
                    continue;
                }
                if (upper.startsWith("RCPT TO:") && rejected.stream()
                        .anyMatch(r -> upper.contains("<" + r.toUpperCase(Locale.ROOT) + ">"))) {
                    write(toClient, "550 5.1.1 " + line.substring(8).trim() + ": mailbox unavailable\r\n");
                    continue;
                }
                write(toServer, line + "\r\n");
                String answer = reply(fromServer);
                if (upper.startsWith("EHLO") && tls != null && !secure && answer.startsWith("250")) {
                    StringBuilder b = new StringBuilder();
                    for (String l : answer.split("\r\n")) {
                        b.append("250-").append(l.length() > 4 ? l.substring(4) : "").append("\r\n");
                    }
                    answer = b.append("250 STARTTLS\r\n").toString();
                }
                write(toClient, answer);
                if (upper.equals("DATA") && answer.startsWith("354")) {
                    boolean drop = drops.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
                    int lines = 0;
                    while (true) {
                        String data = fromClient.readLine();
                        if (data == null) {
                            return;
                        }
                        if (drop && ++lines == 20) {
                            dropped.incrementAndGet();
                            return;
                        }
                        write(toServer, data + "\r\n");
                        if (data.equals(".")) {
                            break;
                        }
                    }
                    write(toClient, reply(fromServer));
                }
                if (upper.equals("QUIT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client or GreenMail went away: this session is over.
        }
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** One whole reply, all its lines ({@code 250-...} up to {@code 250 ...}). */
    private static String reply(BufferedReader in) throws IOException {
        StringBuilder reply = new StringBuilder();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("server closed");
            }
            reply.append(line).append("\r\n");
            if (line.length() < 4 || line.charAt(3) != '-') {
                return reply.toString();
            }
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
