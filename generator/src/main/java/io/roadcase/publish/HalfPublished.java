package io.roadcase.publish;

import java.io.IOException;

/**
 * Publishing failed after its point of no return: some new files are in place, the rest wait in the
 * staging folder, and the next run (or any run into the same folder) finishes moving them in.
 */
public final class HalfPublished extends IOException {

    HalfPublished(String message, IOException cause) {
        super(message, cause);
    }
}
