package ru.socorder.service.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import ru.socorder.service.common.NotFound;

/** Finds the {@link JobTarget} of a job kind among the areas' beans (imports and other jobs alike). */
@ApplicationScoped
public class JobTargets {
    @Inject
    @Any
    private Instance<JobTarget> targets;

    public JobTarget of(String kind) {
        for (JobTarget t : targets) {
            if (t.kind().equals(kind)) {
                return t;
            }
        }
        throw new NotFound("Вид задания «" + kind + "» неизвестен");
    }

    /** The import of a kind; a kind that is not an import is unknown here. */
    public ImportTarget importOf(String kind) {
        if (of(kind) instanceof ImportTarget i) {
            return i;
        }
        throw new NotFound("Вид задания «" + kind + "» не загружает файлы");
    }
}
