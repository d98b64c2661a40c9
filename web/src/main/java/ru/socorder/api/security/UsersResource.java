package ru.socorder.api.security;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.security.AccountService;

/** {@code GET /api/v1/users?page=&size=&q=}: user accounts, for administrators. */
@Path("users")
public class UsersResource {
    @EJB
    private AccountService accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q) {
        PageRequest request = PageRequest.ofPage(page, size, q);
        Page<UserAccount> result = accounts.users(request);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (UserAccount u : result.items()) {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            u.getRoles().stream().map(Enum::name).sorted().forEach(roles::add);
            items.add(Json.createObjectBuilder()
                    .add("id", u.getId())
                    .add("login", u.getLogin())
                    .add("fullName", u.getFullName())
                    .add("active", u.isActive())
                    .add("roles", roles));
        }
        return Json.createObjectBuilder().add("items", items).add("total", result.total()).add("page", page).add("size", size)
                .build().toString();
    }
}
