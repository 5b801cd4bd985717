package org.gongshi.web.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Installs {@link UiErrorHandler} in every new session. Registered through
 * {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener}.
 */
public class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UiErrorHandler()));
    }
}
