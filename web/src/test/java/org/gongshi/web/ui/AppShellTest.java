package org.gongshi.web.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.theme.aura.Aura;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AppShellTest {

    @Test
    void theShellLoadsTheAuraThemeItself() {
        assertThat(AppShell.class.getAnnotation(StyleSheet.class).value()).isEqualTo(Aura.STYLESHEET);
    }

    @Test
    void thePageHasTheChineseProductNameAsTitleAndAMobileViewport() {
        AppShellSettings settings = mock(AppShellSettings.class);
        VaadinRequest request = mock(VaadinRequest.class);
        when(settings.getRequest()).thenReturn(request);
        when(request.getLocale()).thenReturn(Locale.SIMPLIFIED_CHINESE);

        new AppShell().configurePage(settings);

        verify(settings).setPageTitle("公示 · 政务公开栏");
        verify(settings).setViewport("width=device-width, initial-scale=1");
    }
}
