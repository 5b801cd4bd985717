package org.gongshi.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.gongshi.shared.GongshiException;
import org.gongshi.web.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into JSON with a key and a plain message. Business refusals keep their key;
 * anything unexpected is logged with a reference and answered with that reference only — never a
 * stack trace, an exception message or database text, which could carry another tenant's data.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof GongshiException g) {
            return answer(status(g.kind()), g.messageKey(), g.arguments().toArray());
        }
        if (t instanceof EJBAccessException) {
            return answer(Response.Status.FORBIDDEN, "error.request.forbidden");
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return answer(Response.Status.BAD_REQUEST, "error.request.malformed");
        }
        if (t instanceof WebApplicationException w) {
            int code = w.getResponse().getStatus();
            String key = switch (code) {
                case 400 -> "error.request.malformed";
                case 401 -> "error.request.not-authenticated";
                case 403 -> "error.request.forbidden";
                case 404 -> "error.request.not-found";
                case 405 -> "error.request.method-not-allowed";
                case 415 -> "error.request.unsupported-media";
                default -> null;
            };
            if (key != null) {
                return answer(Response.Status.fromStatusCode(code), key);
            }
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, thrown);
        return answer(Response.Status.INTERNAL_SERVER_ERROR, "error.internal", reference);
    }

    private Response answer(Response.StatusType status, String key, Object... arguments) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        String message = Messages.get(Messages.fromAcceptLanguage(acceptable), key, arguments);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(key, message)).build();
    }

    private static Response.StatusType status(GongshiException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
            case INVALID -> Response.Status.BAD_REQUEST;
            case GONE -> Response.Status.GONE;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
            case UNPROCESSABLE -> UNPROCESSABLE_CONTENT;
        };
    }

    /** 422 (RFC 9110 §15.5.21), which Jakarta REST 3.1 has no constant for. */
    static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** EJB containers wrap what they throw; the interesting exception is inside. */
    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current instanceof GongshiException || current instanceof EJBAccessException) {
                return current;
            }
            if (current instanceof EJBException e && e.getCausedByException() != null) {
                current = e.getCausedByException();
            } else if (current.getCause() != null && current.getCause() != current
                    && !(current instanceof WebApplicationException)) {
                Throwable cause = current.getCause();
                if (cause instanceof GongshiException || cause instanceof EJBAccessException
                        || cause instanceof JsonbException) {
                    return cause;
                }
                return current;
            } else {
                return current;
            }
        }
        return t;
    }
}
