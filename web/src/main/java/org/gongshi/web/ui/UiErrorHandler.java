package org.gongshi.web.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.ejb.EJBAccessException;
import org.gongshi.shared.GongshiException;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The safety net under every staff screen: whatever a listener lets escape, the user sees a short
 * translated message and never a stack trace. A business refusal (also inside an
 * {@link jakarta.ejb.EJBException}) shows its own message; anything else shows
 * {@code error.internal} with a reference that is also in the log next to the exception.
 */
public class UiErrorHandler implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(UiErrorHandler.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_CAUSE_DEPTH = 20;

    @Override
    public void error(ErrorEvent event) {
        Throwable problem = event.getThrowable();
        GongshiException refusal = find(problem, GongshiException.class);
        if (refusal != null) {
            LOG.log(Level.FINE, "Business refusal {0} reached the error handler", refusal.messageKey());
            UserMessages.refusal(refusal);
            return;
        }
        if (find(problem, EJBAccessException.class) != null) {
            LOG.log(Level.FINE, "The container refused a call for lack of a role", problem);
            UserMessages.error("error.access.role-required");
            return;
        }
        String reference = newReference();
        LOG.log(Level.SEVERE, "Unexpected error in the staff screens, reference " + reference, problem);
        UserMessages.error("error.internal", reference);
    }

    /** Eight hex digits, enough to find one incident in the log. */
    static String newReference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static <T extends Throwable> T find(Throwable problem, Class<T> type) {
        Throwable current = problem;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }
}
