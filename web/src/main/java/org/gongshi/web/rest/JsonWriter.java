package org.gongshi.web.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes every JSON answer with the one shared JSON-B instance ({@link JsonConfig}): dates as
 * ISO-8601 text, records as objects, and no per-request set-up. Registered by the application, it
 * takes precedence over the server's built-in JSON providers (which would otherwise pick Jackson
 * and write instants as epoch numbers).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !String.class.equals(type) && !byte[].class.equals(type) && !jakarta.json.JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws WebApplicationException {
        headers.putSingle("Content-Type", MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        JsonConfig.JSONB.toJson(value, genericType == null ? type : genericType, out);
    }
}
