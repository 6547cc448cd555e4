package io.roadcase.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ledger.tsv} beside the {@code .eml} files: one line per message the server accepted (time,
 * recipient, Message-ID, content hash, file), appended and flushed to disk right after each one, so it
 * shows who got theirs even when a later message fails. A message is never in it before the server
 * took it.
 */
final class Ledger {

    static final String FILE = "ledger.tsv";
    private static final String HEADER = "# time\trecipient\tmessage-id\tcontent-hash\tfile\n";

    /** One sent message. */
    record Entry(Instant time, String recipient, String messageId, String contentHash, String file) {
    }

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();

    private Ledger(Path file) {
        this.file = file;
    }

    /** The ledger in this folder, empty when there is none yet. */
    static Ledger in(Path folder) throws IOException {
        Ledger ledger = new Ledger(folder.resolve(FILE));
        if (Files.isRegularFile(ledger.file)) {
            for (String line : Files.readAllLines(ledger.file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length < 5) {
                    continue;
                }
                try {
                    ledger.entries.add(new Entry(Instant.parse(f[0]), f[1], f[2], f[3], f[4]));
                } catch (RuntimeException e) {
                    // A line cut short by a crash: it did not record a send.
                }
            }
        }
        return ledger;
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Whether this content already went to this recipient. */
    boolean sent(String recipient, String contentHash) {
        String r = recipient.toLowerCase(Locale.ROOT);
        return entries.stream().anyMatch(e -> e.recipient().toLowerCase(Locale.ROOT).equals(r)
                && e.contentHash().equals(contentHash));
    }

    /** Records a message the server accepted; on disk before this returns. */
    void record(String recipient, String messageId, String contentHash, String emlFile) throws IOException {
        Entry entry = new Entry(Instant.now().truncatedTo(ChronoUnit.SECONDS), recipient, messageId, contentHash,
                emlFile);
        boolean fresh = !Files.exists(file);
        String line = (fresh ? HEADER : "") + entry.time() + "\t" + recipient + "\t" + messageId + "\t" + contentHash
                + "\t" + emlFile + "\n";
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        }
        entries.add(entry);
    }
}
