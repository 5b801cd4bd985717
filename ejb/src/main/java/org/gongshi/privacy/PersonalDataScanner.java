package org.gongshi.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citizen ID, mobile and bank-card numbers in free text, in the forms people really type, and
 * says where (offsets into the original text, line and column) so that a screen can point at them.
 * Villages have been caught publishing rosters with full ID, card and phone numbers (DOMAIN.md);
 * Regulation Art. 15 and the work plans require personal data in published information to be
 * de-identified. The scanner fails closed: when digits could be personal, they are reported.
 * Pure and thread-safe; about 1 MB of text per second on one core.
 *
 * <h2>How a number is read</h2>
 * <ol>
 *   <li><b>Normal form.</b> Full-width digits {@code ０-９} read as ASCII, {@code x Ｘ ｘ} as {@code X};
 *       one character for one, so offsets stay those of the original.</li>
 *   <li><b>Digit groups.</b> Maximal runs of digits; an {@code X} ends a group (the ID check character).
 *       A group glued to ASCII letters or {@code _} ({@code art_…}, hex strings, {@code IPX7}) belongs
 *       to a code and is skipped — unless the letters are a label ({@code Tel}, {@code ID}, {@code No}).
 *       Digits after a decimal point that follows 1–2 digits ({@code 3.1415…}) are a fraction.</li>
 *   <li><b>Joins.</b> Two groups are parts of one number when only 1–4 separator characters stand
 *       between them: spaces of any width (ASCII, NBSP, ideographic U+3000, thin, zero-width), dashes
 *       (ASCII, full-width, en/em, minus), dots, soft hyphens and at most one line break. A dot before
 *       or after a group of 1–2 digits is a decimal point ({@code 12000.00}) unless dots already chain
 *       the groups before it ({@code 6217.0026.6211.2729.46}). Tabs (table cells), commas (thousands),
 *       slashes (dates, index numbers) and brackets never join.</li>
 *   <li><b>Readings.</b> Every stretch of consecutive joined groups of the right length is read:
 *       <ul>
 *         <li>18 characters with a valid area code (GB/T 2260 province, or 9 + province for permanent
 *             residents), a valid birth date (1900–2099) and a valid ISO 7064 MOD 11-2 check character:
 *             <b>citizen ID, high</b>, however it is grouped. The same with a wrong check character:
 *             <b>citizen ID, low</b> (a mistyped ID is still personal data);</li>
 *         <li>11 digits {@code 1[3-9]…}, or with {@code 86}/{@code 0086} (and a {@code +}) in front:
 *             <b>mobile</b>. Every 1[3-9] prefix is taken, allocated or not (16x, 19x, 14x, 17x all are);</li>
 *         <li>15 digits with a valid area code and a valid 19YY birth date: <b>citizen ID (old form), medium</b>;</li>
 *         <li>any other 12–19 digits: <b>bank card</b>. Luhn is NOT required (not every Chinese card or
 *             passbook number passes it). Evidence counts: one piece or one stray separator, card groups
 *             (4-4-4-4…), a Luhn pass, a usual issuer number in front (62, 4, 5, 35, 37, 9), a card word
 *             just before ({@code 卡 账号 银行 存折 账户}); three or more irregular groups with no evidence
 *             are a row of numbers, not a card.</li>
 *       </ul>
 *       Put together from several groups, a reading needs every inner group (and, from three groups on,
 *       the last one, unless grouped like a card or phone) of 3+ digits — {@code 1 3 1500 2 4 2000} in a
 *       table is no number — and at most 6 groups. A group that is a whole valid ID or mobile number on
 *       its own is not a piece of a card, unless a card word or an issuer number with a Luhn pass says so.</li>
 *   <li><b>Choice.</b> Readings that are rarely coincidences — an ID with a valid check character, a
 *       phone in its usual groups (3-4-4) or with its country code — are anchors: no other
 *       reading may take a part of their groups. Of the rest, the set of non-overlapping readings covering
 *       the most digits wins, then the one with the best evidence: a number is never cut short for a
 *       surer reading of a part of it.</li>
 * </ol>
 *
 * <h2>What is not personal (measured in {@code PersonalDataRecognitionTest}, docs/benchmarks.md)</h2>
 * <ul>
 *   <li>dates ({@code 2026-01-01}, {@code 2026.1.1}, {@code 20260101}, {@code 2026年1月1日}) and 12- or
 *       14-digit time stamps ({@code 202601011200});</li>
 *   <li>index numbers ({@code 330328101/2026-00012}, {@code 001008003-2026-00012}) and document numbers
 *       ({@code 文成政发〔2026〕12号}: too few digits anyway);</li>
 *   <li>landlines: a number starting with 0 (area code) of at most 12 digits, and a landline-shaped
 *       number standing on its own ({@code 0577-67812345}, {@code (0577)6781 2345}, with an extension);</li>
 *   <li>amounts: digits right after {@code ¥ ￥} or right before {@code 元 万元 亿元} (and decimals never
 *       join, above);</li>
 *   <li>a 12-digit statistical division code written in one piece ({@code 330328101200}: province code,
 *       town 001–699, village 001–699) <em>unless</em> a card word stands before it. Decision: about one
 *       random 12-digit number in eight has this shape, 12-digit card numbers are rare (Chinese cards
 *       are 16–19 digits) while village codes are common in notices; the card word keeps the rare
 *       12-digit card in a list with its label. Measured cost: the few 12-digit account numbers in the
 *       synthetic corpus that stand unlabelled in a table and happen to have this shape are missed;</li>
 *   <li>an 18-digit unified social credit code (GB 32100-2015 check character) written in one piece
 *       that is not a valid ID, unless a card word stands before it.</li>
 * </ul>
 * A valid 18-character ID (check character right) is reported even where one of these shapes matches.
 * Long reference numbers (invoice, order, contract numbers of 12–20 digits) cannot be told from
 * account numbers and are reported: the clerk overrides them with a reason.
 */
public final class PersonalDataScanner {

    /** Separator characters allowed between two groups of one number. */
    static final int MAX_GAP = 4;
    /** Digits of the longest reading: 0086 + 11. */
    private static final int MAX_DIGITS = 23;
    private static final int MAX_GROUPS = 6;
    /** How far before a number a card word is looked for. */
    private static final int CONTEXT_CHARS = 12;
    private static final List<String> CARD_WORDS = List.of("卡", "账号", "帐号", "银行", "存折", "账户", "帐户", "折号");
    /** ASCII labels that may stand glued to a number: {@code Tel13812345678}, {@code ID330…}. */
    private static final Set<String> LABELS = Set.of("tel", "mobile", "mob", "phone", "cell", "id", "no", "card");

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:19|20)\\d{2}\\s*[-./／年]\\s*\\d{1,2}\\s*[-./／月]\\s*\\d{1,2}(?!\\d)");
    private static final Pattern INDEX_NUMBER = Pattern.compile(
            "(?<![\\dA-Z])[\\dA-Z]{6,18}\\s*[-/／]\\s*(?:19|20)\\d{2}\\s*[-/／]\\s*\\d{1,6}(?!\\d)");
    /** Spaces and dashes inside one landline number; never a tab or a line break (table cells, lines). */
    private static final String IN_NUMBER = "[ \\u00A0\\u3000\\-－‐‑–—]";
    /** Anything that could join digits: a landline veto holds only for a number standing on its own. */
    private static final String JOINING = "[ \\u00A0\\u3000\\-－‐‑–—.．·\\r\\n\\u2028\\u2029]";
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<!\\d" + JOINING + "{0,4})[(（]?0\\d{2,3}[)）]?" + IN_NUMBER + "{0,2}\\d{3,4}" + IN_NUMBER + "?\\d{4}"
                    + "(?:" + IN_NUMBER + "?(?:[-－]|转)" + IN_NUMBER + "?\\d{1,5})?(?!\\d)(?!" + JOINING + "{1,4}\\d)");
    private static final Pattern AMOUNT = Pattern.compile(
            "[¥￥]\\s*\\d[\\d,]*(?:\\.\\d+)?|(?<![\\d,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s*(?:元|万元|亿元|美元)");

    private PersonalDataScanner() {
    }

    /** Every personal number in {@code text}, in order of position, none overlapping. */
    /** Digits of the shortest number reported: a mobile number without 86 (IDs have 15 or more, cards 12 or more). */
    static final int FEWEST_DIGITS = 11;

    /**
     * True when the text has fewer digits (ASCII or full-width) than any number reported can have:
     * nothing to find, and most cells of a list (names, categories, amounts, dates) are decided here
     * without normalising and grouping (relief import benchmark).
     */
    private static boolean fewerDigitsThanAnyNumber(CharSequence text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) && ++digits >= FEWEST_DIGITS) {
                return false;
            }
        }
        return true;
    }

    public static List<Finding> scan(CharSequence text) {
        if (text == null || text.isEmpty() || fewerDigitsThanAnyNumber(text)) {
            return List.of();
        }
        char[] normal = DigitText.normalise(text);
        List<Group> groups = groups(normal);
        if (groups.isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(text, normal);
        int runStart = 0;
        Join previous = Join.NONE;
        for (int k = 1; k <= groups.size(); k++) {
            Join join = k == groups.size() ? Join.NONE : join(normal, groups.get(k - 1), groups.get(k));
            // A short group after a dot is a decimal, unless the dots already chain groups (6217.0026.6211.2729.46).
            boolean joins = join == Join.JOINED || join == Join.DOT || (join == Join.SHORT_DOT && previous == Join.DOT);
            if (!joins) {
                scan.run(groups.subList(runStart, k));
                runStart = k;
            }
            previous = joins ? join : Join.NONE;
        }
        return List.copyOf(scan.findings);
    }

    /** Whether {@code text} holds any personal number. */
    public static boolean containsPersonalData(CharSequence text) {
        return !scan(text).isEmpty();
    }

    // ---- digit groups and joins ----

    /** A maximal run of digits, perhaps ending with X (or a lone X after a separator). */
    record Group(int start, int end, String chars) {
        boolean endsWithX() {
            return chars.charAt(chars.length() - 1) == 'X';
        }

        int length() {
            return chars.length();
        }
    }

    static List<Group> groups(char[] n) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < n.length) {
            boolean loneX = n[i] == 'X' && (i + 1 == n.length || !isAsciiLetterOrDigit(n[i + 1]))
                    && i > 0 && DigitText.isSeparator(n[i - 1]);
            if (!DigitText.isDigit(n[i]) && !loneX) {
                i++;
                continue;
            }
            int start = i;
            int j = i;
            if (loneX) {
                j++;
            } else {
                while (j < n.length && DigitText.isDigit(n[j])) {
                    j++;
                }
                if (j < n.length && n[j] == 'X' && (j + 1 == n.length || !isAsciiLetterOrDigit(n[j + 1]))) {
                    j++;
                }
            }
            boolean gluedBefore = start > 0 && isAsciiLetter(n[start - 1]) && !labelBefore(n, start);
            boolean gluedAfter = j < n.length && (isAsciiLetter(n[j]) || n[j] == '_');
            boolean underscoreBefore = start > 0 && n[start - 1] == '_';
            if (!gluedBefore && !gluedAfter && !underscoreBefore && !fraction(n, start)) {
                groups.add(new Group(start, j, new String(n, start, j - start)));
            }
            i = j;
        }
        return groups;
    }

    /** Digits after a decimal point that follows 1–2 digits ({@code 3.1415926535897932}): a fraction, not a number of its own. */
    private static boolean fraction(char[] n, int start) {
        if (start < 2 || !DigitText.isDot(n[start - 1]) || !DigitText.isDigit(n[start - 2])) {
            return false;
        }
        int left = 0;
        for (int k = start - 2; k >= 0 && DigitText.isDigit(n[k]); k--) {
            left++;
        }
        return left < 3;
    }

    private static boolean labelBefore(char[] n, int at) {
        int s = at;
        while (s > 0 && isAsciiLetter(n[s - 1])) {
            s--;
        }
        if (s > 0 && (DigitText.isDigit(n[s - 1]) || n[s - 1] == '_')) {
            return false;
        }
        return LABELS.contains(new String(n, s, at - s).toLowerCase(Locale.ROOT));
    }

    /** How two neighbouring groups stand to each other. */
    enum Join {
        /** Not parts of one number. */
        NONE,
        /** Only a few separators between them. */
        JOINED,
        /** A dot between groups of 3+ digits each. */
        DOT,
        /** A dot with a group of 1–2 digits beside it: a decimal point, unless dots chain the groups before. */
        SHORT_DOT
    }

    /** Whether only a short stretch of separators stands between {@code a} and {@code b}. */
    static Join join(char[] n, Group a, Group b) {
        if (a.endsWithX()) {
            return Join.NONE;
        }
        int gap = b.start() - a.end();
        if (gap < 1 || gap > MAX_GAP) {
            return Join.NONE;
        }
        int breaks = 0;
        boolean dot = false;
        for (int i = a.end(); i < b.start(); i++) {
            char c = n[i];
            if (!DigitText.isSeparator(c)) {
                return Join.NONE;
            }
            if (DigitText.isLineBreak(c) && !(c == '\n' && i > a.end() && n[i - 1] == '\r')) {
                breaks++;
            }
            dot |= DigitText.isDot(c);
        }
        if (breaks > 1) {
            return Join.NONE;
        }
        if (!dot) {
            return Join.JOINED;
        }
        return a.length() >= 3 && b.length() >= 3 ? Join.DOT : Join.SHORT_DOT;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    // ---- one scan ----

    /**
     * One way of reading groups {@code first..last} of a run: {@code covered} counts their characters,
     * {@code evidence} what speaks for the reading (0–5, see {@link #read} and {@link #card}).
     */
    private record Reading(int first, int last, PersonalDataKind kind, Confidence confidence, String digits,
                           int start, int end, int covered, int evidence) {
        /** Digits covered first — a number is never cut short for a surer reading of a part of it — then evidence. */
        long score() {
            return covered * 100L + evidence;
        }

        boolean isAnchor() {
            return (kind == PersonalDataKind.CITIZEN_ID && confidence == Confidence.HIGH)
                    || (kind == PersonalDataKind.MOBILE_PHONE && evidence == 4 && last > first);  // 3-4-4 or +86
        }
    }

    /** Spans where a shape that is not personal (a date, an index number, a landline, an amount) stands. */
    private record Span(int start, int end) {
        boolean overlaps(int s, int e) {
            return s < end && start < e;
        }
    }

    private static final class Scan {
        private final CharSequence text;
        private final char[] normal;
        private final String normalText;
        private List<Span> vetoes;
        private int[] lineStarts;
        final List<Finding> findings = new ArrayList<>();

        Scan(CharSequence text, char[] normal) {
            this.text = text;
            this.normal = normal;
            this.normalText = new String(normal);
        }

        void run(List<Group> run) {
            int m = run.size();
            List<List<Reading>> endingAt = new ArrayList<>(m);
            for (int k = 0; k < m; k++) {
                endingAt.add(new ArrayList<>(2));
            }
            for (int i = 0; i < m; i++) {
                StringBuilder chars = new StringBuilder(MAX_DIGITS);
                for (int j = i; j < m && j - i < MAX_GROUPS + 1; j++) {
                    chars.append(run.get(j).chars());
                    if (chars.length() > MAX_DIGITS) {
                        break;
                    }
                    Reading r = read(run, i, j, chars.toString());
                    if (r != null) {
                        endingAt.get(j).add(r);
                    }
                }
            }
            // Anchors: an ID with a valid check character, a phone in its usual groups or with its
            // country code. Such a reading is rarely a coincidence, so no other reading may take a
            // part of its groups (a card glued together from an ID's tail and a phone's head).
            List<Reading> anchors = new ArrayList<>();
            for (List<Reading> readings : endingAt) {
                for (Reading r : readings) {
                    if (r.isAnchor()) {
                        anchors.add(r);
                    }
                }
            }
            if (!anchors.isEmpty()) {
                for (List<Reading> readings : endingAt) {
                    readings.removeIf(r -> !r.isAnchor() && anchors.stream().anyMatch(a -> r.first() <= a.last() && a.first() <= r.last()));
                }
            }
            // Weighted interval scheduling over the groups: the most digits, then the best evidence.
            long[] best = new long[m + 1];
            Reading[] choice = new Reading[m + 1];
            for (int k = 1; k <= m; k++) {
                best[k] = best[k - 1];
                for (Reading r : endingAt.get(k - 1)) {
                    long s = best[r.first()] + r.score();
                    if (s > best[k]) {
                        best[k] = s;
                        choice[k] = r;
                    }
                }
            }
            List<Reading> chosen = new ArrayList<>();
            for (int k = m; k > 0; ) {
                if (choice[k] != null && best[k] != best[k - 1]) {
                    chosen.add(choice[k]);
                    k = choice[k].first();
                } else {
                    k--;
                }
            }
            for (int c = chosen.size() - 1; c >= 0; c--) {
                Reading r = chosen.get(c);
                int[] lc = lineAndColumn(r.start());
                findings.add(new Finding(r.kind(), r.start(), r.end(), lc[0], lc[1], r.digits(), r.confidence()));
            }
        }

        private Reading read(List<Group> run, int i, int j, String d) {
            int n = d.length();
            boolean multi = j > i;
            boolean x = d.charAt(n - 1) == 'X';
            if (x && d.indexOf('X') != n - 1) {
                return null;
            }
            int start = run.get(i).start();
            int end = run.get(j).end();
            // Inner groups of 3+ digits (and a last one too when there are three groups or more), so
            // that a row of small numbers in a table is not read as one long number.
            boolean innerOk = true;
            for (int k = i + 1; k < j; k++) {
                innerOk &= run.get(k).length() >= 3;
            }
            boolean tailOk = j - i < 2 || run.get(j).length() >= 3;
            if (n == 18) {
                if (CitizenId.isValidLong(d)) {
                    // A valid check character outweighs every shape that is not personal, and any grouping.
                    return new Reading(i, j, PersonalDataKind.CITIZEN_ID, Confidence.HIGH, d, start, end, n, 5);
                }
                if (CitizenId.plausibleLong(d)) {
                    return !(innerOk && tailOk) || vetoed(start, end) ? null
                            : new Reading(i, j, PersonalDataKind.CITIZEN_ID, Confidence.LOW, d, start, end, n, 1);
                }
            }
            if (x) {
                return null;
            }
            String mobile = mobile(run, i, d, multi);
            if (mobile != null) {
                if (!innerOk || !(tailOk || phoneGrouping(run, i, j).equals("3-4-4")) || vetoed(start, end)) {
                    return null;
                }
                if (mobile.length() < n && start > 0 && (normal[start - 1] == '+' || normal[start - 1] == '＋')) {
                    start--;
                }
                // Evidence: 4 in one piece, with a country code or as 3-4-4; 3 as 3-8 or 7-4; 2 otherwise.
                String shape = phoneGrouping(run, i, j);
                int evidence = !multi || mobile.length() < n || shape.equals("3-4-4") ? 4
                        : shape.equals("3-8") || shape.equals("7-4") ? 3 : 2;
                return new Reading(i, j, PersonalDataKind.MOBILE_PHONE, evidence >= 3 ? Confidence.HIGH : Confidence.MEDIUM,
                        mobile, start, end, n, evidence);
            }
            if (n == 15 && CitizenId.isPlausibleShort(d)) {
                // No check character: only a tidy grouping is read as an old ID.
                return !(innerOk && tailOk) || vetoed(start, end) ? null
                        : new Reading(i, j, PersonalDataKind.CITIZEN_ID, Confidence.MEDIUM, d, start, end, n, 3);
            }
            if (n >= 12 && n <= 19) {
                return card(run, i, j, d, start, end, multi, innerOk && (tailOk || cardLikeGrouping(run, i, j)));
            }
            return null;
        }

        private Reading card(List<Group> run, int i, int j, String d, int start, int end, boolean multi, boolean groupsOk) {
            int n = d.length();
            if (multi && (!groupsOk || j - i + 1 > MAX_GROUPS)) {
                return null;
            }
            boolean context = cardWordBefore(start);
            // A group that is a whole mobile or ID number on its own is that number, not a piece of a
            // card — unless a card word, or an issuer number with a Luhn pass, says it is a card.
            boolean strongCard = context || (usualIssuer(d) && luhn(d));
            for (int k = i; multi && k <= j; k++) {
                String g = run.get(k).chars();
                boolean phone = isMobile(g) || (g.length() == 13 && g.startsWith("86") && isMobile(g.substring(2)));
                if (CitizenId.isValidLong(g) || (phone && !strongCard)) {
                    return null;
                }
            }
            // A number starting with 0 is an area code with a landline (and perhaps an extension).
            if (d.charAt(0) == '0' && (n <= 12 || (multi && run.get(i).length() <= 4))) {
                return null;
            }
            if ((n == 12 || n == 14) && isTimestamp(d)) {
                return null;
            }
            // Division and credit codes are written in one piece; a grouped number of that shape is read on.
            if (!multi && n == 12 && isDivisionCode(d) && !context) {
                return null;
            }
            if (!multi && n == 18 && isCreditCode(d) && !context) {
                return null;
            }
            if (vetoed(start, end)) {
                return null;
            }
            // Evidence: written in one piece or with one stray separator; in card groups (4-4-4-4…);
            // a Luhn pass; a usual issuer number in front; a card word before it.
            int evidence = (j - i <= 1 ? 1 : 0) + (multi && cardLikeGrouping(run, i, j) ? 1 : 0) + (luhn(d) ? 1 : 0)
                    + (usualIssuer(d) ? 1 : 0) + (context ? 1 : 0);
            if (evidence == 0) {
                // Three or more irregular groups and nothing else: a row of numbers, not a card.
                return null;
            }
            Confidence confidence = evidence >= 3 ? Confidence.HIGH : evidence == 2 ? Confidence.MEDIUM : Confidence.LOW;
            return new Reading(i, j, PersonalDataKind.BANK_CARD, confidence, d, start, end, n, evidence);
        }

        /** The 11-digit mobile number these digits are, with or without 86 / 0086, else null. */
        private static String mobile(List<Group> run, int i, String d, boolean multi) {
            int n = d.length();
            if (n == 11 && isMobile(d)) {
                return d;
            }
            String first = run.get(i).chars();
            if (n == 13 && d.startsWith("86") && isMobile(d.substring(2)) && (!multi || first.equals("86"))) {
                return d.substring(2);
            }
            if (n == 15 && d.startsWith("0086") && isMobile(d.substring(4)) && (!multi || first.equals("0086"))) {
                return d.substring(4);
            }
            return null;
        }

        private boolean vetoed(int start, int end) {
            if (vetoes == null) {
                vetoes = new ArrayList<>();
                for (Pattern p : List.of(DATE, INDEX_NUMBER, LANDLINE, AMOUNT)) {
                    Matcher m = p.matcher(normalText);
                    while (m.find()) {
                        vetoes.add(new Span(m.start(), m.end()));
                    }
                }
            }
            for (Span v : vetoes) {
                if (v.overlaps(start, end)) {
                    return true;
                }
            }
            return false;
        }

        private boolean cardWordBefore(int start) {
            int from = Math.max(0, start - CONTEXT_CHARS);
            String before = normalText.substring(from, start);
            for (String word : CARD_WORDS) {
                if (before.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        private int[] lineAndColumn(int offset) {
            if (lineStarts == null) {
                List<Integer> starts = new ArrayList<>();
                starts.add(0);
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    if (DigitText.isLineBreak(c)) {
                        starts.add(i + 1);
                    }
                }
                lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            }
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return new int[]{lo + 1, offset - lineStarts[lo] + 1};
        }
    }

    // ---- shapes ----

    static boolean isMobile(String d) {
        return d.length() == 11 && d.charAt(0) == '1' && d.charAt(1) >= '3' && d.charAt(1) <= '9';
    }

    /** The lengths of groups {@code i..j}, e.g. {@code 3-4-4}, the way phones are grouped when they are. */
    private static String phoneGrouping(List<Group> run, int i, int j) {
        StringBuilder shape = new StringBuilder();
        for (int k = i; k <= j; k++) {
            shape.append(run.get(k).length()).append(k < j ? "-" : "");
        }
        return shape.toString();
    }

    /** 4-4-4-4(-1..4) or a 6-digit issuer number first: how cards are printed and copied. */
    private static boolean cardLikeGrouping(List<Group> run, int i, int j) {
        if (run.get(i).length() == 6 && j == i + 1 && run.get(j).length() >= 10) {
            return true;
        }
        for (int k = i; k < j; k++) {
            if (run.get(k).length() != 4) {
                return false;
            }
        }
        return j - i >= 2 && run.get(j).length() <= 4;
    }

    /** UnionPay (62), Visa (4), Mastercard (5), JCB and Amex (35, 37), domestic 9x cards. */
    static boolean usualIssuer(String d) {
        return d.startsWith("62") || d.startsWith("4") || d.startsWith("5") || d.startsWith("35") || d.startsWith("37")
                || d.startsWith("9");
    }

    /** The Luhn (mod 10) check most international cards pass; many Chinese passbook numbers do not. */
    static boolean luhn(String d) {
        int sum = 0;
        boolean twice = false;
        for (int k = d.length() - 1; k >= 0; k--) {
            int v = d.charAt(k) - '0';
            if (twice) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** YYYYMMDDhhmm or YYYYMMDDhhmmss. */
    static boolean isTimestamp(String d) {
        int y = Integer.parseInt(d.substring(0, 4));
        int mo = Integer.parseInt(d.substring(4, 6));
        int day = Integer.parseInt(d.substring(6, 8));
        int h = Integer.parseInt(d.substring(8, 10));
        int mi = Integer.parseInt(d.substring(10, 12));
        int s = d.length() == 14 ? Integer.parseInt(d.substring(12, 14)) : 0;
        return CitizenId.isDate(y, mo, day) && h < 24 && mi < 60 && s < 60;
    }

    /**
     * The shape of a 12-digit statistical division code (统计用区划代码): province code, city and
     * county 01–99, town 001–699 (streets 0xx, towns 1xx, townships 2xx–3xx, others 4xx–5xx),
     * village 001–699 (residents' committees 0xx–1xx, village committees 2xx–3xx, others 4xx–5xx).
     */
    static boolean isDivisionCode(String d) {
        if (d.length() != 12) {
            return false;
        }
        int province = Integer.parseInt(d.substring(0, 2));
        int city = Integer.parseInt(d.substring(2, 4));
        int county = Integer.parseInt(d.substring(4, 6));
        int town = Integer.parseInt(d.substring(6, 9));
        int village = Integer.parseInt(d.substring(9, 12));
        return CitizenId.isProvinceCode(province) && city >= 1 && county >= 1
                && town >= 1 && town < 700 && village >= 1 && village < 700;
    }

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** An all-digit unified social credit code (统一社会信用代码, GB 32100-2015) with its check character. */
    static boolean isCreditCode(String d) {
        if (d.length() != 18 || !CitizenId.isProvinceCode(Integer.parseInt(d.substring(2, 4)))) {
            return false;
        }
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += CREDIT_CHARS.indexOf(d.charAt(k)) * CREDIT_WEIGHTS[k];
        }
        int check = (31 - sum % 31) % 31;
        return CREDIT_CHARS.charAt(check) == d.charAt(17);
    }
}
