package ru.socorder.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of the API (public, like {@code /health}), the same
 * bytes on every server — no MicroProfile OpenAPI needed.
 */
@Path("openapi.json")
public class OpenApiResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response description() {
        return Response.ok(ApiDescription.bytes(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
