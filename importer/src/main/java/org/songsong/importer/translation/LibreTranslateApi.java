package org.songsong.importer.translation;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** LibreTranslate's {@code POST /translate}; the answer is read whatever its status ({@link EngineHttp}). */
@Path("/translate")
public interface LibreTranslateApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response translate(Map<String, Object> request);
}
