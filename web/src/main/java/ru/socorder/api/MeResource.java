package ru.socorder.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;

/** {@code GET /api/v1/me}: login, roles and the organisation the caller is bound to. */
@Path("me")
public class MeResource {
    @Inject
    private CurrentUser currentUser;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response me() {
        Caller c = currentUser.get();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        c.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("login", c.login())
                .add("fullName", c.fullName())
                .add("roles", roles);
        if (c.authorityId() != null) {
            body.add("organisation", Json.createObjectBuilder().add("type", "AUTHORITY").add("id", c.authorityId()).add("name", c.authorityName()));
        } else if (c.executorId() != null) {
            body.add("organisation", Json.createObjectBuilder().add("type", "EXECUTOR").add("id", c.executorId()).add("name", c.executorName()));
        } else {
            body.addNull("organisation");
        }
        return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
