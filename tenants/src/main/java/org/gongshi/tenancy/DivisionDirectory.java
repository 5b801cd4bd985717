package org.gongshi.tenancy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The divisions Gongshi knows, looked up by code. Immutable once loaded, so one instance serves
 * every thread.
 * <p>
 * The data is a CSV with the header {@code code,name,level,parent_code}, one division a row; a
 * province leaves {@code parent_code} empty. Every row's parent must be in the same file, so that
 * the lineage of any known division reaches its province.
 */
public final class DivisionDirectory {

    /** The seed counties (瓯海区, 文成县, 奉化区, 游仙区) with their provinces and cities; see README.md beside it. */
    public static final String SEED_RESOURCE = "/org/gongshi/tenancy/divisions/seed-counties.csv";

    static final String HEADER = "code,name,level,parent_code";
    private static final int COLUMNS = 4;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<DivisionCode, Division> divisionsByCode;
    private final Map<DivisionCode, List<Division>> childrenByParent;
    private final Map<DivisionLevel, List<Division>> divisionsByLevel;

    /** Indexes the divisions; {@code inFileOrder} keeps the sorts cheap, as files usually come sorted by code. */
    private DivisionDirectory(Map<DivisionCode, Division> divisionsByCode, List<Division> inFileOrder) {
        this.divisionsByCode = Collections.unmodifiableMap(divisionsByCode);

        Map<DivisionCode, List<Division>> children = new HashMap<>();
        Map<DivisionLevel, List<Division>> levels = new EnumMap<>(DivisionLevel.class);
        for (DivisionLevel level : DivisionLevel.values()) {
            levels.put(level, new ArrayList<>());
        }
        for (Division division : inFileOrder) {
            levels.get(division.level()).add(division);
            if (division.parentCode() != null) {
                children.computeIfAbsent(division.parentCode(), parent -> new ArrayList<>()).add(division);
            }
        }
        children.replaceAll((parent, list) -> sortedByCode(list));
        levels.replaceAll((level, list) -> sortedByCode(list));
        this.childrenByParent = Collections.unmodifiableMap(children);
        this.divisionsByLevel = Collections.unmodifiableMap(levels);
    }

    /** The directory of the seed counties, read from the classpath on first use. */
    public static DivisionDirectory seed() {
        return Seed.DIRECTORY;
    }

    /** Reads a directory from CSV; the caller closes the reader. */
    public static DivisionDirectory load(Reader csv) {
        Objects.requireNonNull(csv, "CSV reader is required.");
        BufferedReader lines = csv instanceof BufferedReader buffered ? buffered : new BufferedReader(csv);
        try {
            Map<DivisionCode, Division> divisionsByCode = new HashMap<>();
            List<Division> inFileOrder = new ArrayList<>();
            parse(lines, divisionsByCode, inFileOrder);
            return new DivisionDirectory(divisionsByCode, inFileOrder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the division CSV.", e);
        }
    }

    public Optional<Division> find(DivisionCode code) {
        Objects.requireNonNull(code, "Division code is required.");
        return Optional.ofNullable(divisionsByCode.get(code));
    }

    public Division require(DivisionCode code) {
        return find(code).orElseThrow(() -> new UnknownDivisionException(code));
    }

    /** The division and every division above it, province first. */
    public List<Division> lineage(DivisionCode code) {
        List<Division> lineage = new ArrayList<>(DivisionLevel.values().length);
        Division division = require(code);
        lineage.add(division);
        while (division.parentCode() != null) {
            division = require(division.parentCode());
            lineage.add(division);
        }
        Collections.reverse(lineage);
        return List.copyOf(lineage);
    }

    /** The names of the lineage, province first: {@code 浙江省 温州市 文成县 百丈漈镇 篁庄村委会}. */
    public String fullName(DivisionCode code) {
        List<Division> lineage = lineage(code);
        StringBuilder fullName = new StringBuilder(lineage.size() * 6);
        for (Division division : lineage) {
            if (!fullName.isEmpty()) {
                fullName.append(' ');
            }
            fullName.append(division.name());
        }
        return fullName.toString();
    }

    /** The divisions directly beneath a known division, sorted by code. */
    public List<Division> children(DivisionCode code) {
        require(code);
        return childrenByParent.getOrDefault(code, List.of());
    }

    /** Every known division of one level, sorted by code. */
    public List<Division> atLevel(DivisionLevel level) {
        Objects.requireNonNull(level, "Division level is required.");
        return divisionsByLevel.get(level);
    }

    public int size() {
        return divisionsByCode.size();
    }

    private static void parse(BufferedReader lines, Map<DivisionCode, Division> divisions, List<Division> inFileOrder)
            throws IOException {
        String header = lines.readLine();
        if (header != null && !header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK) {
            header = header.substring(1);
        }
        if (!HEADER.equals(header)) {
            throw new IllegalStateException(
                    "Division CSV line 1: expected the header '" + HEADER + "', found '" + header + "'.");
        }

        // Rows whose parent had not been read yet; empty when the file lists parents first.
        Map<Division, Integer> awaitingParent = new LinkedHashMap<>();
        int lineNumber = 1;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            Division division = toDivision(fields(line, lineNumber), lineNumber);
            if (divisions.putIfAbsent(division.code(), division) != null) {
                throw malformed(lineNumber, "the code " + division.code() + " appears a second time");
            }
            inFileOrder.add(division);
            if (division.parentCode() != null && !divisions.containsKey(division.parentCode())) {
                awaitingParent.put(division, lineNumber);
            }
        }

        awaitingParent.forEach((division, itsLine) -> {
            if (!divisions.containsKey(division.parentCode())) {
                throw malformed(itsLine, "the parent " + division.parentCode() + " of " + division.code() + " is on no line");
            }
        });
    }

    private static Division toDivision(String[] fields, int lineNumber) {
        try {
            DivisionCode code = DivisionCode.of(fields[0]);
            DivisionLevel level = levelNamed(fields[2]);
            DivisionCode parentCode = fields[3].isEmpty() ? null : DivisionCode.of(fields[3]);
            return new Division(code, fields[1], level, parentCode);
        } catch (IllegalArgumentException e) {
            throw malformed(lineNumber, e.getMessage());
        }
    }

    private static DivisionLevel levelNamed(String name) {
        for (DivisionLevel level : DivisionLevel.values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a division level");
    }

    /**
     * Splits one CSV line into its four fields. Plain fields run to the next comma; a field in
     * double quotes may hold commas and doubled quotes, as in the national data files.
     */
    private static String[] fields(String line, int lineNumber) {
        String[] fields = new String[COLUMNS];
        int count = 0;
        int position = 0;
        int length = line.length();
        while (true) {
            if (count == COLUMNS) {
                throw malformed(lineNumber, "more than " + COLUMNS + " fields");
            }
            if (position < length && line.charAt(position) == '"') {
                StringBuilder quoted = new StringBuilder();
                position++;
                while (true) {
                    if (position >= length) {
                        throw malformed(lineNumber, "a quote is not closed");
                    }
                    char c = line.charAt(position++);
                    if (c != '"') {
                        quoted.append(c);
                    } else if (position < length && line.charAt(position) == '"') {
                        quoted.append('"');
                        position++;
                    } else {
                        break;
                    }
                }
                if (position < length && line.charAt(position) != ',') {
                    throw malformed(lineNumber, "text follows a closing quote");
                }
                fields[count++] = quoted.toString();
            } else {
                int comma = line.indexOf(',', position);
                int end = comma < 0 ? length : comma;
                fields[count++] = line.substring(position, end);
                position = end;
            }
            if (position >= length) {
                break;
            }
            position++;
        }
        if (count != COLUMNS) {
            throw malformed(lineNumber, count + " fields instead of " + COLUMNS);
        }
        return fields;
    }

    private static IllegalStateException malformed(int lineNumber, String problem) {
        String sentence = problem.endsWith(".") ? problem : problem + ".";
        return new IllegalStateException("Division CSV line " + lineNumber + ": " + sentence);
    }

    private static List<Division> sortedByCode(List<Division> divisions) {
        divisions.sort((a, b) -> a.code().compareTo(b.code()));
        return Collections.unmodifiableList(divisions);
    }

    /** Holds the seed directory, so the CSV is read once, on first use, by whichever thread comes first. */
    private static final class Seed {

        static final DivisionDirectory DIRECTORY = loadSeed();

        private static DivisionDirectory loadSeed() {
            InputStream in = DivisionDirectory.class.getResourceAsStream(SEED_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("The seed division data " + SEED_RESOURCE + " is not on the classpath.");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + SEED_RESOURCE + ".", e);
            }
        }
    }
}
