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
 * <p>A text that holds both valid UTF-8 sequences (accents written by one program) and bytes
 * that are not UTF-8 (accents written by another, in Windows-1252) has no encoding that reads
 * it right: read as either, some of its names would be silently garbled. It is refused
 * ({@link FileCode#MIXED_ENCODING}), naming the first line where the second encoding appears.
 * UTF-8 is checked strictly: overlong forms and surrogate halves (CESU-8) are not UTF-8.
 *
 * @param hash hex SHA-256 of the bytes
 * @param size bytes
 * @param format what the bytes are
 * @param charset for {@link Format#TEXT}: the encoding to decode with
 * @param bomLength for text: bytes of byte-order mark to skip
 * @param mixedEncodingLine for text: the line where a second encoding appears, or 0
 */
public record Sniff(String hash, long size, Format format, Charset charset, int bomLength, long mixedEncodingLine) {

    public enum Format { TEXT, XLSX, XLS, BINARY }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public Sniff {
        requireNonNull(hash, "hash is null");
        requireNonNull(format, "format is null");
        requireNonNull(charset, "charset is null");
    }

    public Sniff(String hash, long size, Format format, Charset charset, int bomLength) {
        this(hash, size, format, charset, bomLength, 0);
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
        boolean nul = false;
        // UTF-8 check: continuation bytes still expected, and the range of the next one
        int pending = 0;
        int lo = 0x80;
        int hi = 0xBF;
        long firstValid = -1;   // offset of the first valid multi-byte sequence
        long firstInvalid = -1; // offset of the first byte that is not UTF-8
        byte[] head = new byte[8];
        int headLen = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                for (int i = 0; i < n && headLen < head.length; i++) {
                    head[headLen++] = buf[i];
                }
                long offset = size;
                size += n;
                if (nul || firstValid >= 0 && firstInvalid >= 0) {
                    continue; // decided: binary, or mixed
                }
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (pending > 0) {
                        if (b >= lo && b <= hi) {
                            lo = 0x80;
                            hi = 0xBF;
                            if (--pending == 0 && firstValid < 0) {
                                firstValid = offset + i;
                            }
                            continue;
                        }
                        pending = 0;
                        lo = 0x80;
                        hi = 0xBF;
                        if (firstInvalid < 0) {
                            firstInvalid = offset + i;
                        }
                        // this byte starts afresh
                    }
                    if (b < 0x80) {
                        if (b == 0) {
                            nul = true;
                        }
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                        lo = b == 0xE0 ? 0xA0 : 0x80; // no overlong form
                        hi = b == 0xED ? 0x9F : 0xBF; // no surrogate half
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                        lo = b == 0xF0 ? 0x90 : 0x80;
                        hi = b == 0xF4 ? 0x8F : 0xBF; // nothing beyond U+10FFFF
                    } else if (firstInvalid < 0) {
                        firstInvalid = offset + i;
                    }
                }
            }
        }
        if (pending > 0 && firstInvalid < 0) {
            firstInvalid = size;
        }
        boolean utf8 = firstInvalid < 0;
        long mixed = !nul && firstValid >= 0 && firstInvalid >= 0 ? lineAt(file, Math.max(firstValid, firstInvalid)) : 0;
        String hash = HexFormat.of().formatHex(sha.digest());
        if (headLen >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new Sniff(hash, size, Format.XLSX, StandardCharsets.UTF_8, 0);
        }
        if (headLen >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return new Sniff(hash, size, Format.XLS, StandardCharsets.UTF_8, 0);
        }
        if (headLen >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Sniff(hash, size, nul ? Format.BINARY : Format.TEXT, StandardCharsets.UTF_8, 3, mixed);
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
        return new Sniff(hash, size, Format.TEXT, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, 0, mixed);
    }

    /** The physical line (1-based; {@code \n}, {@code \r\n} or {@code \r}) holding the byte at {@code offset}. */
    private static long lineAt(Path file, long offset) throws IOException {
        long line = 1;
        boolean afterCr = false;
        byte[] buf = new byte[1 << 16];
        long read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (read < offset && (n = in.read(buf, 0, (int) Math.min(buf.length, offset - read))) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (!afterCr) {
                            line++;
                        }
                        afterCr = false;
                    } else {
                        if (b == '\r') {
                            line++;
                        }
                        afterCr = b == '\r';
                    }
                }
                read += n;
            }
        }
        return line;
    }

    /** Refuses what is not a table, with the sentence's argument saying what it looks like. */
    public void requireTable() throws FileRefusedException {
        switch (format) {
            case XLS -> throw new FileRefusedException(FileCode.XLS_NOT_SUPPORTED);
            case BINARY -> throw new FileRefusedException(FileCode.NOT_A_TABLE,
                    "contenu binaire / binary content");
            case TEXT -> {
                if (mixedEncodingLine > 0) {
                    throw new FileRefusedException(FileCode.MIXED_ENCODING, String.valueOf(mixedEncodingLine));
                }
            }
            default -> { }
        }
    }

    /** A readable name of the encoding: {@code UTF-8}, {@code Windows-1252}… */
    public String encodingName() {
        return charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    }
}
