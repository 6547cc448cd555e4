package io.roadcase.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The logo the settings name, read from the data folder and checked before anything publishes it: the
 * file is really inside the data folder (no link out), its first bytes are those of the image type its
 * name says (PNG, JPEG, GIF, WebP), or it is an SVG, which is cleaned of anything active
 * ({@link SvgLogo}). The site and the briefs use only these bytes.
 *
 * @param type  what the image is, from its content
 * @param bytes the image as published (an SVG as cleaned)
 */
public record Logo(Type type, byte[] bytes) {

    /** At most this many bytes: a logo is a few kilobytes, and the whole file is held in memory. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The image types a logo may have, with the extension it is published with. */
    public enum Type {
        PNG("png"), JPEG("jpg"), GIF("gif"), WEBP("webp"), SVG("svg");

        private final String extension;

        Type(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The type a file name says ({@code .jpeg} and {@code .jpg} alike), or null. */
        static Type ofName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            String ext = lower.substring(lower.lastIndexOf('.') + 1);
            return switch (ext) {
                case "png" -> PNG;
                case "jpg", "jpeg" -> JPEG;
                case "gif" -> GIF;
                case "webp" -> WEBP;
                case "svg" -> SVG;
                default -> null;
            };
        }
    }

    /** Why a logo cannot be used; {@code missing} when there is simply no such file (a warning, not an error). */
    public static final class Refused extends SourceException {
        private final boolean missing;

        Refused(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }

        Refused(SourceException cause) {
            super(cause.getMessage(), cause);
            this.missing = false;
        }

        public boolean missing() {
            return missing;
        }
    }

    /** Where the logo goes in the output folder: {@code assets/logo.png}. */
    public String outputPath() {
        return "assets/logo." + type.extension();
    }

    /**
     * Reads and checks the logo named {@code name} (a path relative to the data folder).
     *
     * @throws Refused with one line saying why, without the file name (the caller adds the place)
     */
    public static Logo read(Path dataDirectory, String name) throws Refused {
        Type named = Type.ofName(name);
        if (named == null) {
            throw new Refused("expected a png, jpg, gif, webp or svg file, found the name " + name, false);
        }
        Path file = dataDirectory.resolve(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("expected the logo inside the data folder, found no file " + name, true);
        }
        Path real;
        try {
            real = InsideFolder.realFile(dataDirectory, file, "data folder");
        } catch (SourceException e) {
            throw new Refused(e);
        }
        byte[] bytes = readBounded(real);
        Type found = sniff(bytes);
        if (found == null && named == Type.SVG) {
            if (!SvgLogo.looksLikeXml(bytes)) {
                throw new Refused("expected an SVG image, found a file that is not XML text", false);
            }
            try {
                return new Logo(Type.SVG, SvgLogo.clean(bytes));
            } catch (SourceException e) {
                throw new Refused(e);
            }
        }
        if (found == null) {
            throw new Refused("expected a " + named + " image as the name says, found a file that is no image", false);
        }
        if (found != named) {
            throw new Refused("expected a " + named + " image as the name says, found a " + found + " image: "
                    + "rename the file to ." + found.extension(), false);
        }
        return new Logo(found, bytes);
    }

    private static byte[] readBounded(Path real) throws Refused {
        if (!Files.isRegularFile(real)) {
            throw new Refused("expected the logo as a file, found a folder or a device", false);
        }
        try (InputStream in = Files.newInputStream(real)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Refused("the logo is larger than " + MAX_BYTES / (1024 * 1024) + " MB: use a smaller image",
                        false);
            }
            return bytes;
        } catch (IOException e) {
            throw new Refused("the logo cannot be read: " + Messages.oneLine(e), false);
        }
    }

    /** The binary image type the first bytes say, or null (an SVG is text and has no magic bytes). */
    static Type sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return Type.PNG;
        }
        if (starts(b, 0, 0xff, 0xd8, 0xff)) {
            return Type.JPEG;
        }
        if (starts(b, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Type.GIF;
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Type.WEBP;
        }
        return null;
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo l && l.type == type && Arrays.equals(l.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + type + ", " + bytes.length + " bytes]";
    }
}
