package org.gongshi.web.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void chineseComesFirstAndAnswersEveryLanguageButEnglishEvenOnAnEnglishServer() {
        Locale serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertThat(translations.getProvidedLocales().get(0)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(translations.getTranslation("notice.action.save", Locale.SIMPLIFIED_CHINESE)).isEqualTo("保存草稿");
            assertThat(translations.getTranslation("notice.action.save", Locale.TRADITIONAL_CHINESE)).isEqualTo("保存草稿");
            assertThat(translations.getTranslation("notice.action.save", Locale.FRENCH)).isEqualTo("保存草稿");
            assertThat(translations.getTranslation("notice.action.save", Locale.US)).isEqualTo("Save draft");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(translations.getTranslation("error.internal", Locale.SIMPLIFIED_CHINESE, "0A1B2C3D"))
                .endsWith("编号 0A1B2C3D。");
    }

    @Test
    void everyKeyOfTheStaffScreensIsInBothBundles() throws IOException {
        Set<String> chinese = staffKeys("/vaadin-i18n/translations.properties");
        Set<String> english = staffKeys("/vaadin-i18n/translations_en.properties");

        assertThat(chinese).isNotEmpty().containsExactlyInAnyOrderElementsOf(english);
    }

    private static Set<String> staffKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("app.") || key.startsWith("nav.") || key.startsWith("notice.")
                        || key.startsWith("review.") || key.startsWith("audit.") || key.startsWith("date-picker."))
                .collect(Collectors.toSet());
    }
}
