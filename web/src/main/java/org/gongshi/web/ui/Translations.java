package org.gongshi.web.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The translations of the staff screens: {@code vaadin-i18n/translations.properties} (Simplified
 * Chinese, the default) and {@code translations_en.properties} (English).
 * <p>
 * Vaadin's own provider would offer English only (the one bundle with a locale in its name) and
 * let {@link ResourceBundle} fall back to the server's default locale; this one offers Chinese
 * first, answers every language but English in Chinese, and never looks at the server's locale.
 * vaadin-cdi picks it up as the {@code @VaadinServiceEnabled} {@link I18NProvider}; outside CDI
 * (tests) name it in the {@code i18n.provider} init parameter.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class Translations implements I18NProvider {

    /** For code that has no Vaadin service at hand, e.g. the app shell. */
    static final Translations INSTANCE = new Translations();

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger LOG = Logger.getLogger(Translations.class.getName());

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale supported = supported(locale);
        String text;
        try {
            text = bundle(supported).getString(key);
        } catch (MissingResourceException e) {
            LOG.log(Level.WARNING, "No translation for the key {0}", key);
            return "!" + key;
        }
        return params == null || params.length == 0 ? text : new MessageFormat(text, supported).format(params);
    }

    /** Whether {@code key} has a translation (in Chinese, or in English for English speakers). */
    boolean has(String key, Locale locale) {
        return key != null && bundle(supported(locale)).containsKey(key);
    }

    @Override
    public Map<String, String> getAllTranslations(Locale locale) {
        ResourceBundle bundle = bundle(supported(locale));
        Map<String, String> all = new HashMap<>();
        for (String key : bundle.keySet()) {
            all.put(key, bundle.getString(key));
        }
        return all;
    }

    /** English for English speakers, Chinese for everyone else; the Chinese bundle carries no locale. */
    private static Locale supported(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH
                : Locale.ROOT;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Translations.class.getClassLoader(), NO_FALLBACK);
    }
}
