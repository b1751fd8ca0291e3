package org.songsong.importer.translation;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An OpenAI-compatible {@code POST /v1/chat/completions} (Ollama, vLLM, llama.cpp's server, hosted APIs). */
@Path("/v1/chat/completions")
public interface OpenAiApi {

    /** {@code authorization} is {@code Bearer <key>}, or null for an engine that wants none. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response complete(@HeaderParam("Authorization") String authorization, Map<String, Object> request);
}
