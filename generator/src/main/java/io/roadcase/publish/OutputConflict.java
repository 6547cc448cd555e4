package io.roadcase.publish;

import java.io.IOException;

/**
 * The output folder holds something of the user's where this run would write a file: a file Roadcase
 * did not write, a link, or a folder. Found before anything in the output folder is changed.
 */
public final class OutputConflict extends IOException {

    OutputConflict(String message) {
        super(message);
    }
}
