package ru.socorder.service.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import ru.socorder.service.common.NotFound;

/** Finds the {@link ImportTarget} of a job kind among the areas' beans. */
@ApplicationScoped
public class ImportTargets {
    @Inject
    @Any
    private Instance<ImportTarget> targets;

    public ImportTarget of(String kind) {
        for (ImportTarget t : targets) {
            if (t.kind().equals(kind)) {
                return t;
            }
        }
        throw new NotFound("Вид задания «" + kind + "» неизвестен");
    }
}
