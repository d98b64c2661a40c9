package ru.socorder.web.decision;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import ru.socorder.model.decision.Vote;

/** Votes in a map keyed by member, where JSF cannot infer the enum type. */
@FacesConverter("vote")
public class VoteConverter implements Converter<Vote> {
    @Override
    public Vote getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Vote v : Vote.values()) {
            if (v.name().equals(value)) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Vote value) {
        return value == null ? "" : value.name();
    }
}
