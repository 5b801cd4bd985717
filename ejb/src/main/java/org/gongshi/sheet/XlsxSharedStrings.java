package org.gongshi.sheet;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared strings of {@code sharedStrings.xml}, read with SAX into plain strings (POI's
 * read-only table hands out a rich-text object per lookup, far too slow per cell). Phonetic runs
 * ({@code rPh}) are left out; Excel's {@code _xHHHH_} escapes are decoded.
 */
final class XlsxSharedStrings extends DefaultHandler {

    /** Unique strings per data row allowed on average: a roster has a handful of text columns. */
    static final int STRINGS_PER_ROW = 10;

    private final int maxStrings;
    private final int maxChars;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    /**
     * Memory stays bounded whatever the XML holds: at most {@code STRINGS_PER_ROW × maxRows} strings
     * (a file made of millions of tiny strings is refused like a zip bomb), each kept to one
     * character more than a cell may hold, so that a longer one is still refused where it is used.
     */
    XlsxSharedStrings(SheetLimits limits) {
        this.maxStrings = (int) Math.min(Integer.MAX_VALUE - 8, (long) STRINGS_PER_ROW * limits.maxRows());
        this.maxChars = limits.maxCellChars() + 1;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "t" -> inText = inItem && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                inItem = false;
                if (strings.size() >= maxStrings) {
                    throw new SheetRejected(SheetRejected.Reason.ZIP_BOMB);
                }
                strings.add(XlsxSheet.decodeEscapes(text));
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && text.length() < maxChars) {
            text.append(ch, start, Math.min(length, maxChars - text.length()));
        }
    }

    String[] strings() {
        return strings.toArray(new String[0]);
    }
}
