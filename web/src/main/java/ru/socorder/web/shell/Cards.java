package ru.socorder.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.decision.Decision;
import ru.socorder.service.catalog.CodeItem;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;

/**
 * What the views of cards and lists ask besides their own bean: may the caller start a new record of a kind (the
 * lists' «Добавить», from {@link Rights} like every card's {@code editable}), and how a chosen value reads on a card
 * that is read-only for the caller (the label of an option, «Да»/«Нет»).
 */
@Named("cards")
@RequestScoped
public class Cards {
    /** The kinds of records the lists create, by the name the views use. */
    private static final Map<String, Class<?>> KINDS = Map.of("Territory", Territory.class, "ActivityDirection", ActivityDirection.class,
            "MeasurementUnit", MeasurementUnit.class, "AuthorisedBody", AuthorisedBody.class, "SocialService", SocialService.class,
            "Executor", Executor.class, "Decision", Decision.class);

    @Inject
    private CurrentUser currentUser;

    /** Whether the caller may create a record of the kind (the class's simple name). */
    public boolean canCreate(String kind) {
        Class<?> type = KINDS.get(kind);
        if (type == null) {
            throw new IllegalArgumentException("Unknown kind of record: " + kind);
        }
        return currentUser.get().can(Rights.Action.CREATE, type);
    }

    /** The label of the chosen option(s) ({@link OptionItem} by id, {@link CodeItem} by code); empty when none is chosen. */
    public String label(Collection<?> options, Object value) {
        if (value == null || options == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> label(options, v)).collect(Collectors.joining("; "));
        }
        for (Object o : options) {
            if (o instanceof OptionItem i && Objects.equals(i.id(), value) || o instanceof CodeItem c && Objects.equals(c.code(), value)) {
                return o instanceof OptionItem i ? i.label() : ((CodeItem) o).label();
            }
        }
        return String.valueOf(value);
    }

    /** «Да» / «Нет». */
    public String yesNo(Boolean value) {
        return Bundle.text(Boolean.TRUE.equals(value) ? "yes" : "no");
    }
}
