package org.gongshi.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text outside Vaadin (REST errors, public pages), from the same bundles the staff
 * screens use: {@code vaadin-i18n/translations*.properties}. Chinese is the default bundle.
 */
public final class Messages {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "vaadin-i18n/translations";

    private Messages() {
    }

    /** The text of {@code key} in {@code locale} (Chinese unless English is asked for). */
    public static String get(Locale locale, String key, Object... arguments) {
        Locale chosen = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT_LOCALE;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, chosen).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String get(Locale locale, String key, List<Object> arguments) {
        return get(locale, key, arguments.toArray());
    }

    /** Picks Chinese or English from an Accept-Language list; anything else gets Chinese. */
    public static Locale fromAcceptLanguage(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("zh".equals(l.getLanguage())) {
                return DEFAULT_LOCALE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return DEFAULT_LOCALE;
    }
}
