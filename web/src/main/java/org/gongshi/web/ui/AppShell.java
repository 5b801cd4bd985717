package org.gongshi.web.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

import java.util.Locale;

/**
 * The HTML page every staff screen lives in. With an {@link AppShellConfigurator} present, Vaadin
 * loads no theme by itself, so the Aura stylesheet is named here.
 */
@StyleSheet(Aura.STYLESHEET)
public class AppShell implements AppShellConfigurator {

    static final String VIEWPORT = "width=device-width, initial-scale=1";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport(VIEWPORT);
        Locale locale = settings.getRequest() != null ? settings.getRequest().getLocale() : null;
        settings.setPageTitle(Translations.INSTANCE.getTranslation("app.title", locale));
    }
}
