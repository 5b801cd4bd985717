package org.gongshi.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national templates of the standard catalog, read once from {@value #RESOURCE} (a CSV whose
 * {@code #} header names the source documents). One row per item and level: an item may exist at
 * several levels with a level's own rule and responsible body. The header line
 * {@code # effective-from: yyyy-MM-dd} is the day the templates apply from, the start of the first
 * due dates of items never published.
 */
public final class StandardCatalog {

    public static final String RESOURCE = "/org/gongshi/catalog/standard-catalog.csv";

    /** The catch-all item every level has, and the default of notices the system files by itself. */
    public static final String OTHER = "other";

    private static final StandardCatalog SEED = load();

    private final Map<CatalogLevel, List<StandardItem>> byLevel;
    private final LocalDate effectiveFrom;

    private StandardCatalog(Map<CatalogLevel, List<StandardItem>> byLevel, LocalDate effectiveFrom) {
        this.byLevel = byLevel;
        this.effectiveFrom = effectiveFrom;
    }

    /** The bundled templates. */
    public static StandardCatalog seed() {
        return SEED;
    }

    /** The template of a level, in catalog order. */
    public List<StandardItem> forLevel(CatalogLevel level) {
        return byLevel.get(level);
    }

    public Optional<StandardItem> find(CatalogLevel level, String key) {
        return forLevel(level).stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Every item at every level. */
    public List<StandardItem> all() {
        return byLevel.values().stream().flatMap(List::stream).toList();
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    private static StandardCatalog load() {
        try (InputStream in = StandardCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StandardCatalog read(Reader reader) throws IOException {
        java.io.StringWriter buffer = new java.io.StringWriter();
        reader.transferTo(buffer);
        String text = buffer.toString();
        LocalDate effective = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("# effective-from:")) {
                effective = LocalDate.parse(line.substring("# effective-from:".length()).strip());
            }
        }
        if (effective == null) {
            throw new IllegalStateException("The catalog seed names no effective-from date.");
        }
        Map<CatalogLevel, List<StandardItem>> byLevel = new EnumMap<>(CatalogLevel.class);
        for (CatalogLevel l : CatalogLevel.values()) {
            byLevel.put(l, new ArrayList<>());
        }
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new java.io.StringReader(text), format)) {
            for (CSVRecord r : parser) {
                CatalogLevel level = CatalogLevel.valueOf(r.get("level"));
                StandardItem item = new StandardItem(r.get("key"), level, r.get("level1"), r.get("level2"),
                        r.get("content"), r.get("legal_basis"), UpdateRule.parse(r.get("rule")), r.get("responsible"),
                        Arrays.stream(r.get("channels").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                        r.get("audience"), DisclosureMode.parse(r.get("mode")), Boolean.parseBoolean(r.get("mandatory")));
                if (!seen.add(level + "/" + item.key())) {
                    throw new IllegalStateException("Catalog item " + item.key() + " twice at level " + level);
                }
                byLevel.get(level).add(item);
            }
        }
        byLevel.replaceAll((l, items) -> List.copyOf(items));
        for (CatalogLevel l : CatalogLevel.values()) {
            if (byLevel.get(l).stream().noneMatch(i -> i.key().equals(OTHER))) {
                throw new IllegalStateException("Level " + l + " has no item '" + OTHER + "'.");
            }
        }
        return new StandardCatalog(Map.copyOf(byLevel), effective);
    }
}
