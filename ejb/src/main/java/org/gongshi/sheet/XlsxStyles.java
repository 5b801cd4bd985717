package org.gongshi.sheet;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number format of each cell style of {@code styles.xml}, read with SAX (no XMLBeans DOM):
 * enough to tell a date from a number and to show a number as the clerk formatted it.
 */
final class XlsxStyles extends DefaultHandler {

    enum Kind {
        /** General or text format: the number exactly as stored. */
        PLAIN,
        /** A date or time format: yyyy-MM-dd (HH:mm). */
        DATE,
        /** Any other number format ("0.00", "#,##0", "0%", "¥#,##0.00"): as Excel displays it. */
        FORMATTED
    }

    /** Built-in East Asian date and time formats (ECMA-376 Part 1, 18.8.30: ids 27–36 and 50–58 in zh-CN). */
    private static boolean isCjkBuiltinDate(int id) {
        return id >= 27 && id <= 36 || id >= 50 && id <= 58;
    }

    static final XlsxStyles NONE = new XlsxStyles();

    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<Integer> xfFormatIds = new ArrayList<>();
    private boolean inCellXfs;

    private Kind[] kinds = new Kind[0];
    private int[] ids = new int[0];
    private String[] codes = new String[0];

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "numFmt" -> {
                String id = atts.getValue("numFmtId");
                String code = atts.getValue("formatCode");
                if (id != null && code != null) {
                    customFormats.put(parseId(id), code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    String id = atts.getValue("numFmtId");
                    xfFormatIds.add(id == null ? 0 : parseId(id));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    @Override
    public void endDocument() {
        int n = xfFormatIds.size();
        kinds = new Kind[n];
        ids = new int[n];
        codes = new String[n];
        for (int i = 0; i < n; i++) {
            int id = xfFormatIds.get(i);
            String code = customFormats.get(id);
            ids[i] = id;
            if (code == null && isCjkBuiltinDate(id)) {
                kinds[i] = Kind.DATE;
                continue;
            }
            if (code == null) {
                code = BuiltinFormats.getBuiltinFormat(id);
            }
            codes[i] = code;
            if (id == 0 || code == null || code.equalsIgnoreCase("General") || code.equals("@")) {
                kinds[i] = Kind.PLAIN;
            } else if (DateUtil.isADateFormat(id, code)) {
                kinds[i] = Kind.DATE;
            } else {
                kinds[i] = Kind.FORMATTED;
            }
        }
    }

    Kind kind(int style) {
        return style >= 0 && style < kinds.length ? kinds[style] : Kind.PLAIN;
    }

    int formatId(int style) {
        return ids[style];
    }

    String formatCode(int style) {
        return codes[style];
    }

    private static int parseId(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
