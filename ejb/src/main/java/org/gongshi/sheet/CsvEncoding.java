package org.gongshi.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a CSV is in, from its first bytes. Excel in China saves "CSV" in the system code
 * page (GBK, read here as its superset GB18030) and "CSV UTF-8" with a byte-order mark; WPS and
 * other programs write UTF-8 without one. In order: a byte-order mark (UTF-8, UTF-16LE/BE);
 * else strict UTF-8; else strict GB18030; else the file is refused. A strict UTF-8 decode of GBK
 * text practically always fails (GBK lead bytes C1–FE rarely form UTF-8 sequences), but short
 * samples can pass; so the decoded text must also look like a Chinese list — mostly CJK,
 * ASCII and common punctuation. GBK bytes that decode to Latin, Greek, Cyrillic or private-use
 * characters as UTF-8 are read as GB18030 instead; bytes that are only valid GB18030 (it maps almost
 * any byte sequence) but decode to such characters are refused as another encoding (Big5 and
 * Shift-JIS text cannot be told from GBK this way; they are not what Excel writes in mainland China).
 */
final class CsvEncoding {

    /** Bytes looked at to decide. */
    static final int SAMPLE = 64 * 1024;

    static final Charset GB18030 = Charset.forName("GB18030");

    /** The decision: the charset and the byte-order mark's length to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    private CsvEncoding() {
    }

    /**
     * @param sample   the first bytes of the file (at most {@link #SAMPLE})
     * @param complete true when the sample is the whole file
     */
    static Detected detect(byte[] sample, boolean complete) {
        int n = sample.length;
        if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        boolean ascii = true;
        for (byte b : sample) {
            if (b == 0) {
                // UTF-16 without a byte-order mark, or not a text file at all.
                throw new SheetRejected(SheetRejected.Reason.ENCODING);
            }
            ascii &= b > 0;
        }
        if (ascii) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        int broken = brokenUtf8Line(sample, complete);
        if (broken > 0) {
            // UTF-8 with a few broken bytes (a bad copy or a paste from another encoding), not GBK:
            // read as GB18030 it would come out as plausible-looking nonsense.
            throw new SheetRejected(SheetRejected.Reason.ENCODING_BROKEN, "UTF-8", broken);
        }
        String utf8 = decode(StandardCharsets.UTF_8, sample, complete);
        String gb = decode(GB18030, sample, complete);
        if (utf8 != null && (gb == null || looksChinese(utf8) || !looksChinese(gb))) {
            // Valid UTF-8 wins unless only the GB18030 reading looks like a Chinese list (then the file
            // is GBK that happens to be valid UTF-8). UTF-8 text in other scripts (Uyghur, Korean) stays UTF-8.
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        if (gb != null && looksChinese(gb)) {
            return new Detected(GB18030, 0);
        }
        throw new SheetRejected(SheetRejected.Reason.ENCODING);
    }

    /**
     * The line of the first invalid byte when the sample is UTF-8 except for a few bytes: at least
     * 90% of its non-ASCII bytes (and at least 30) form valid UTF-8 sequences. GBK text forms them
     * only by chance, far less often. 0 when the sample is valid UTF-8 or not mostly UTF-8.
     */
    static int brokenUtf8Line(byte[] sample, boolean complete) {
        int n = sample.length;
        int high = 0;
        int covered = 0;
        int firstBad = -1;
        int i = 0;
        while (i < n) {
            int b = sample[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len > 0 && i + len > n && !complete) {
                break; // a sequence cut by the end of the sample
            }
            boolean valid = len > 0 && i + len <= n;
            for (int k = 1; valid && k < len; k++) {
                int c = sample[i + k] & 0xFF;
                valid = c >= 0x80 && c <= 0xBF;
            }
            if (valid) {
                high += len;
                covered += len;
                i += len;
            } else {
                high++;
                if (firstBad < 0) {
                    firstBad = i;
                }
                i++;
            }
        }
        if (firstBad < 0 || covered < 30 || covered * 10L < high * 9L) {
            return 0;
        }
        int line = 1;
        for (int k = 0; k < firstBad; k++) {
            if (sample[k] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The strict decoding of the sample, or {@code null} when it is not valid in {@code charset}. */
    static String decode(Charset charset, byte[] sample, boolean complete) {
        CharsetDecoder decoder = strict(charset);
        CharBuffer out = CharBuffer.allocate(sample.length + 16);
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample), out, complete);
        if (result.isError()) {
            return null;
        }
        if (complete) {
            if (decoder.flush(out).isError()) {
                return null;
            }
        }
        out.flip();
        return out.toString();
    }

    static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * True when at most 5% of the non-ASCII characters (and fewer than 3) are ones a Chinese list
     * does not hold: C1 controls, Latin letters with accents, Greek, Cyrillic and other scripts,
     * Hangul, private-use characters, the replacement character.
     */
    static boolean looksChinese(String text) {
        int nonAscii = 0;
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                    odd++;
                }
                continue;
            }
            nonAscii++;
            if (!plausible(c)) {
                odd++;
            }
        }
        return odd < 3 || odd * 20 <= nonAscii;
    }

    private static boolean plausible(char c) {
        return c >= 0x4E00 && c <= 0x9FFF          // CJK unified ideographs
                || c >= 0x3400 && c <= 0x4DBF      // extension A
                || c >= 0xF900 && c <= 0xFAFF      // compatibility ideographs
                || c >= 0xD800 && c <= 0xDFFF      // surrogates: extensions B and later (rare names)
                || c >= 0x3000 && c <= 0x303F      // CJK punctuation, ideographic space
                || c >= 0xFF00 && c <= 0xFFEF      // full-width forms
                || c >= 0x2000 && c <= 0x27BF      // punctuation, letterlike, number forms, ①, arrows, shapes
                || c >= 0x3100 && c <= 0x312F      // bopomofo
                || c >= 0x3200 && c <= 0x33FF      // enclosed CJK, CJK compatibility (㎡)
                || c >= 0xA0 && c <= 0xBF || c == 0xD7 || c == 0xF7; // ·, °, ±, ×, ÷
    }
}
