package io.roadcase.mail;

/**
 * Sending failed. {@code wholeRun} means the server cannot be used at all (not reachable, login refused,
 * no TLS), so the remaining messages are not tried; otherwise only this recipient failed.
 */
final class SendFailure extends Exception {

    private final boolean wholeRun;

    SendFailure(String message, boolean wholeRun, Throwable cause) {
        super(message, cause);
        this.wholeRun = wholeRun;
    }

    boolean wholeRun() {
        return wholeRun;
    }
}
