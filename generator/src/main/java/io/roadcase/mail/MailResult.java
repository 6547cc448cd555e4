package io.roadcase.mail;

import io.roadcase.Result;
import java.util.List;

/**
 * What a mail run did. Lines name stakeholders, never their addresses (a CI log may be public).
 *
 * @param generation the generate run it started with (its problems, whether the data failed)
 * @param notes      info lines: who got no message, what was already sent
 * @param failures   one line per recipient whose message was not written or not delivered
 * @param fatal      why sending stopped for everyone (server not reachable, login refused), or null
 * @param written    {@code .eml} files written
 * @param sent       messages the server accepted in this run
 * @param unchanged  messages not sent again because the ledger has them with identical content
 */
public record MailResult(Result generation, List<String> notes, List<String> failures, String fatal, int written,
        int sent, int unchanged) {

    /** Whether every message that should have been written or sent was. */
    public boolean delivered() {
        return !generation.failed() && failures.isEmpty() && fatal == null;
    }
}
