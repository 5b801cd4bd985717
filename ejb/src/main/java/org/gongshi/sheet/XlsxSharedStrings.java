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

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

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
        if (inText) {
            text.append(ch, start, length);
        }
    }

    String[] strings() {
        return strings.toArray(new String[0]);
    }
}
