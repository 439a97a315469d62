package fr.impact.ingestion.read;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.rules.FileCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file is, found in one streaming pass over its bytes: its SHA-256 content hash (the
 * import's identity), its size, whether it is an XLSX (zip) or text, and for text the
 * encoding: a BOM says it; else valid UTF-8 is UTF-8; else Windows-1252.
 *
 * @param hash hex SHA-256 of the bytes
 * @param size bytes
 * @param format what the bytes are
 * @param charset for {@link Format#TEXT}: the encoding to decode with
 * @param bomLength for text: bytes of byte-order mark to skip
 */
public record Sniff(String hash, long size, Format format, Charset charset, int bomLength) {

    public enum Format { TEXT, XLSX, XLS, BINARY }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public Sniff {
        requireNonNull(hash, "hash is null");
        requireNonNull(format, "format is null");
        requireNonNull(charset, "charset is null");
    }

    /** Reads the file once. */
    public static Sniff of(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        byte[] buf = new byte[1 << 16];
        long size = 0;
        boolean utf8 = true;
        boolean nul = false;
        int pending = 0; // continuation bytes still expected in a UTF-8 sequence
        byte[] head = new byte[8];
        int headLen = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                for (int i = 0; i < n && headLen < head.length; i++) {
                    head[headLen++] = buf[i];
                }
                size += n;
                if (!utf8 && nul) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (b == 0) {
                        nul = true;
                    }
                    if (pending > 0) {
                        if ((b & 0xC0) != 0x80) {
                            utf8 = false;
                            pending = 0;
                        } else {
                            pending--;
                        }
                    } else if (b >= 0x80) {
                        if (b >= 0xC2 && b <= 0xDF) {
                            pending = 1;
                        } else if (b >= 0xE0 && b <= 0xEF) {
                            pending = 2;
                        } else if (b >= 0xF0 && b <= 0xF4) {
                            pending = 3;
                        } else {
                            utf8 = false;
                        }
                    }
                }
            }
        }
        if (pending > 0) {
            utf8 = false;
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (headLen >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new Sniff(hash, size, Format.XLSX, StandardCharsets.UTF_8, 0);
        }
        if (headLen >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return new Sniff(hash, size, Format.XLS, StandardCharsets.UTF_8, 0);
        }
        if (headLen >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Sniff(hash, size, nul ? Format.BINARY : Format.TEXT, StandardCharsets.UTF_8, 3);
        }
        if (headLen >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Sniff(hash, size, Format.TEXT, StandardCharsets.UTF_16LE, 2);
        }
        if (headLen >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Sniff(hash, size, Format.TEXT, StandardCharsets.UTF_16BE, 2);
        }
        if (nul) {
            return new Sniff(hash, size, Format.BINARY, StandardCharsets.UTF_8, 0);
        }
        return new Sniff(hash, size, Format.TEXT, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** Refuses what is not a table, with the sentence's argument saying what it looks like. */
    public void requireTable() throws FileRefusedException {
        switch (format) {
            case XLS -> throw new FileRefusedException(FileCode.XLS_NOT_SUPPORTED);
            case BINARY -> throw new FileRefusedException(FileCode.NOT_A_TABLE,
                    "contenu binaire / binary content");
            default -> { }
        }
    }

    /** A readable name of the encoding: {@code UTF-8}, {@code Windows-1252}… */
    public String encodingName() {
        return charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    }
}
