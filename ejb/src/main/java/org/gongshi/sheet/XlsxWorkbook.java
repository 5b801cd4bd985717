package org.gongshi.sheet;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;

/** The sheets of {@code workbook.xml} in tab order, with their visibility, and the 1904 date system flag. */
final class XlsxWorkbook extends DefaultHandler {

    record SheetRef(String name, String relationId, boolean visible) {
    }

    private static final String RELATIONSHIPS_NS_END = "/relationships";

    private final List<SheetRef> sheets = new ArrayList<>();
    private boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "workbookPr" -> {
                String d = atts.getValue("date1904");
                date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
            }
            case "sheet" -> {
                String id = null;
                for (int i = 0; i < atts.getLength(); i++) {
                    if (atts.getLocalName(i).equals("id") && atts.getURI(i).endsWith(RELATIONSHIPS_NS_END)) {
                        id = atts.getValue(i);
                    }
                }
                String state = atts.getValue("state");
                sheets.add(new SheetRef(atts.getValue("name"), id, state == null || state.equals("visible")));
            }
            default -> {
            }
        }
    }

    List<SheetRef> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }
}
