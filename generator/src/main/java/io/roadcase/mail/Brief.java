package io.roadcase.mail;

/**
 * One PDF brief of a message: attached, or linked when the message would grow over the size limit.
 *
 * @param file     its path in the output folder, {@code pdf/<case-id>.pdf}
 * @param title    what it is about, for the text around the link or attachment
 * @param bytes    the PDF
 */
record Brief(String file, String title, byte[] bytes) {

    /** The attachment's file name. */
    String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
