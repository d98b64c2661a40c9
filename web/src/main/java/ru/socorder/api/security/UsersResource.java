package ru.socorder.api.security;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.socorder.api.HistoryJson;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.AccountService;
import ru.socorder.service.security.UserForm;

/**
 * {@code /api/v1/users}, for administrators: {@code GET ?page=&size=&q=} (with the login-lock state),
 * {@code POST} (create), {@code POST /{id}/unlock} (lift a lock after failed logins), {@code GET /{id}/history}
 * (what happened to the account: created, changed, failed logins, locks, unlocks; oldest first, as every history).
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UsersResource {
    @EJB
    private AccountService accounts;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q) {
        PageRequest request = PageRequest.ofPage(page, size, q);
        Page<UserAccount> result = accounts.users(request);
        JsonArrayBuilder items = Json.createArrayBuilder();
        result.items().forEach(u -> items.add(json(u)));
        return Json.createObjectBuilder().add("items", items).add("total", result.total()).add("page", page).add("size", size)
                .build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UserForm form, @Context UriInfo uri) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        UserAccount u = accounts.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(u.getId())).build())
                .entity(json(u).build().toString()).build();
    }

    @POST
    @Path("{id}/unlock")
    public String unlock(@PathParam("id") long id) {
        return json(accounts.unlock(id)).build().toString();
    }

    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(accounts.history(id));
    }

    private JsonObjectBuilder json(UserAccount u) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        u.getRoles().stream().map(Enum::name).sorted().forEach(roles::add);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("id", u.getId())
                .add("login", u.getLogin())
                .add("fullName", u.getFullName())
                .add("active", u.isActive())
                .add("roles", roles)
                .add("locked", accounts.isLocked(u));
        if (accounts.isLocked(u)) {
            body.add("lockedUntil", u.getLockedUntil().toString());
        } else {
            body.addNull("lockedUntil");
        }
        return body;
    }
}
