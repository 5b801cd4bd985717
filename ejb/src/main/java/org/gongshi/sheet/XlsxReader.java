package org.gongshi.sheet;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an xlsx with Apache POI's package layer and SAX on each part — never the XSSFWorkbook
 * DOM, which holds the whole sheet in memory several times over. The first visible sheet with a
 * header is read (a leading 说明 sheet without one is passed over); hidden sheets are never read,
 * because what a clerk hid is not what they mean to publish, and their names are not reported.
 * Hidden rows and columns inside the sheet are data all the same: they are read, marked and
 * counted ({@link SheetRow#hidden()}, {@link SheetHeader#hiddenColumns()}) so the screen can say so.
 */
final class XlsxReader {

    static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    static final String BINARY = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

    private XlsxReader() {
    }

    static SheetSummary read(byte[] bytes, SheetLimits limits, SheetListener listener, boolean headerOnly) {
        GuardedZip zip = GuardedZip.open(bytes, limits);
        OPCPackage pkg = null;
        try (zip) {
            if (zip.hasEntry("xl/vbaProject.bin")) {
                throw new SheetRejected(SheetRejected.Reason.MACROS);
            }
            pkg = OPCPackage.open(zip);
            PackagePart workbook = workbookPart(pkg);
            XlsxWorkbook book = parse(workbook.getInputStream(), new XlsxWorkbook());
            String[] sharedStrings = new String[0];
            XlsxStyles styles = XlsxStyles.NONE;
            for (PackageRelationship rel : workbook.getRelationships()) {
                String type = rel.getRelationshipType();
                if (type.equals(XSSFRelation.SHARED_STRINGS.getRelation())) {
                    sharedStrings = parse(workbook.getRelatedPart(rel).getInputStream(), new XlsxSharedStrings(limits)).strings();
                } else if (type.equals(XSSFRelation.STYLES.getRelation())) {
                    styles = parse(workbook.getRelatedPart(rel).getInputStream(), new XlsxStyles());
                }
            }
            return readSheets(workbook, book, sharedStrings, styles, limits, listener, headerOnly);
        } catch (Exception e) {
            throw SheetReader.translate(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            if (!pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
                throw new SheetRejected(SheetRejected.Reason.BINARY_EXCEL); // ISO "strict" Open XML: save as xlsx
            }
            throw new SheetRejected(SheetRejected.Reason.CORRUPT);
        }
        PackagePart part = pkg.getPart(core.getRelationship(0));
        if (part == null) {
            throw new SheetRejected(SheetRejected.Reason.CORRUPT);
        }
        String type = part.getContentType();
        if (type.equals(WORKBOOK) || type.equals(TEMPLATE)) {
            return part;
        }
        if (type.startsWith("application/vnd.ms-excel.") && type.contains("macroEnabled") && !type.equals(BINARY)) {
            throw new SheetRejected(SheetRejected.Reason.MACROS);
        }
        if (type.equals(BINARY)) {
            throw new SheetRejected(SheetRejected.Reason.BINARY_EXCEL);
        }
        throw new SheetRejected(SheetRejected.Reason.UNSUPPORTED_TYPE); // a Word or PowerPoint file
    }

    private static SheetSummary readSheets(PackagePart workbook, XlsxWorkbook book, String[] sharedStrings,
                                           XlsxStyles styles, SheetLimits limits, SheetListener listener,
                                           boolean headerOnly) throws Exception {
        List<XlsxWorkbook.SheetRef> visible = book.sheets().stream().filter(XlsxWorkbook.SheetRef::visible).toList();
        boolean sawContent = false;
        for (XlsxWorkbook.SheetRef sheet : visible) {
            PackageRelationship rel = sheet.relationId() == null ? null : workbook.getRelationship(sheet.relationId());
            if (rel == null || !rel.getRelationshipType().equals(XSSFRelation.WORKSHEET.getRelation())) {
                continue; // a chart sheet or a dialog sheet: no cells
            }
            PackagePart part = workbook.getRelatedPart(rel);
            List<String> others = new ArrayList<>();
            for (XlsxWorkbook.SheetRef s : visible) {
                if (s != sheet) {
                    others.add(s.name());
                }
            }
            Set<Integer> hiddenColumns = new HashSet<>();
            Counting in = new Counting(part.getInputStream());
            RowFeed feed = new RowFeed(limits, listener, SheetSource.xlsx(sheet.name(), others), false,
                    in::count, part.getSize(), hiddenColumns, headerOnly);
            XlsxSheet handler = new XlsxSheet(sharedStrings, styles, book.date1904(), limits, feed, hiddenColumns);
            try (in) {
                parse(in, handler);
            } catch (RowFeed.NoHeaderHere e) {
                sawContent = true;
                continue;
            }
            if (!feed.endOfRows()) {
                sawContent |= feed.sawContent();
                continue;
            }
            for (XlsxSheet.Merge m : handler.merges()) {
                feed.checkMerged(m.firstColumn(), m.firstRow(), m.lastColumn(), m.lastRow());
            }
            return feed.finish();
        }
        throw sawContent ? new SheetRejected(SheetRejected.Reason.NO_HEADER, limits.headerSearchRows())
                : new SheetRejected(SheetRejected.Reason.EMPTY);
    }

    /** Parses one part with POI's hardened SAX reader (no DTDs, no external entities). */
    static <H extends ContentHandler> H parse(InputStream in, H handler) throws Exception {
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        try (in) {
            reader.parse(new InputSource(in));
        } catch (org.xml.sax.SAXException e) {
            if (e.getException() instanceof RuntimeException r) {
                throw r; // our own refusal or stop signal, thrown from inside the handler
            }
            throw e;
        }
        return handler;
    }

    /** Inflated bytes of the sheet part read so far, for progress. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
