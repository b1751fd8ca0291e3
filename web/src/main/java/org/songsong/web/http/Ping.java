package org.songsong.web.http;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The cheapest answer this server can give: the ceiling that benchmarks compare the pages against. It is
 * answered on the HTTP layer's own thread, as kept pages are ({@link RenderedResponseServer}).
 */
@Path("/ping")
public class Ping {

    @GET
    @NonBlocking
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "ok";
    }
}
