package org.gongshi.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.gongshi.shared.GongshiException;

/** Short messages to the user as notifications, always from translation keys (public for the screens in sub-packages). */
public final class UserMessages {

    static final int SUCCESS_MILLIS = 3_000;
    static final int ERROR_MILLIS = 10_000;

    private UserMessages() {
    }

    /** A business refusal, in the words of its translation key; never the exception's own text. */
    public static void refusal(GongshiException refusal) {
        error(refusal.messageKey(), refusal.arguments().toArray());
    }

    /** The signed-in staff member, or null after telling the user why the server does not recognise them. */
    public static org.gongshi.tenancy.StaffIdentity signedIn(org.gongshi.access.Callers callers) {
        try {
            return callers.current();
        } catch (GongshiException refusal) {
            refusal(refusal);
            return null;
        }
    }

    public static void error(String key, Object... arguments) {
        show(key, arguments, ERROR_MILLIS, NotificationVariant.ERROR);
    }

    public static void success(String key, Object... arguments) {
        show(key, arguments, SUCCESS_MILLIS, NotificationVariant.SUCCESS);
    }

    private static void show(String key, Object[] arguments, int millis, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification(ui.getTranslation(key, arguments), millis,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
