package ru.socorder.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import ru.socorder.model.security.Role;

/** Roles in multi-select inputs, where the element type of the set is not known to JSF. */
@FacesConverter("role")
public class RoleConverter implements Converter<Role> {
    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Role r : Role.values()) {
            if (r.name().equals(value)) {
                return r;
            }
        }
        return null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role value) {
        return value == null ? "" : value.name();
    }
}
