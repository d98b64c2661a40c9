package ru.socorder.api;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.service.system.SystemInfo;

/** {@code GET /api/v1/health}: unauthenticated; 200 when the database answers, 503 otherwise. */
@Path("health")
public class HealthResource {
    @EJB
    private SystemInfo systemInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        SystemInfo.DatabaseStatus db = systemInfo.probe();
        JsonObject body = Json.createObjectBuilder()
                .add("status", db.reachable() ? "UP" : "DOWN")
                .add("version", systemInfo.version())
                .add("database", Json.createObjectBuilder()
                        .add("kind", db.kind().name())
                        .add("reachable", db.reachable())
                        .add("product", db.product() == null ? "" : db.product()))
                .add("demoMode", systemInfo.isDemoMode())
                .build();
        return Response.status(db.reachable() ? 200 : 503).entity(body.toString()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
